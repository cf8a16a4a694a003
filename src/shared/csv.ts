/**
 * Splits CSV text (RFC 4180: comma separated, double-quoted fields with "" for a quote, CRLF or
 * LF line ends) into rows of fields. Empty lines are dropped.
 */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    if (row.some((f) => f !== '')) rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  endRow();
  return rows;
}

/** CSV with a header row, as objects keyed by the (trimmed) header names. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header = [], ...body] = parseCsvRows(text);
  return body.map((values) =>
    Object.fromEntries(header.map((h, i) => [h.trim(), (values[i] ?? '').trim()])),
  );
}

/** The byte-order mark that makes spreadsheet programs open UTF-8 CSV as UTF-8 (Excel above all). */
export const UTF8_BOM = '\uFEFF';

/** One CSV field: quoted when it holds a comma, quote, CR or LF (RFC 4180), quotes doubled. */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV text, CRLF line ends, with the UTF-8 byte-order mark first. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
