/**
 * Paths into a rule package for error rows, written the way a person would point at the JSON:
 * `adrgs.GZ1.drgs[0].when`, `codeLists["GZ1.dx"][3]`. Keys that are not plain words (they contain
 * a dot, space, quote …) are bracketed and JSON-quoted so the path stays unambiguous.
 */
const PLAIN_KEY = /^[A-Za-z0-9_$-]+$/;

export function keyPath(base: string, key: string): string {
  if (PLAIN_KEY.test(key)) return base === '' ? key : `${base}.${key}`;
  return `${base}[${JSON.stringify(key)}]`;
}

export function indexPath(base: string, index: number): string {
  return `${base}[${index}]`;
}

/** Shown for a problem with the document itself. */
export const ROOT_PATH = '(root)';
