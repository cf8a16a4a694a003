import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * The lines of a UTF-8 text file, read only once iteration starts. A readline interface starts
 * reading as soon as it is made, and lines it emits before anyone iterates are lost: made before
 * an `await` (a transaction's BEGIN, say), a small file could vanish whole and its consumer wait
 * forever for the end.
 */
export async function* fileLines(path: string): AsyncGenerator<string> {
  const reader = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  try {
    for await (const line of reader) yield line;
  } finally {
    reader.close();
  }
}
