const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether text is a UUID (checked before it reaches a uuid column: a bad one would abort the transaction). */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}
