import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The checkout's root directory (the one holding this project's package.json), found by walking
 * up from this file so it is the same from `src/` under jest and from `dist/src/` at run time.
 */
export function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string };
      if (pkg.name === 'yibao-graph') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot locate the yibao-graph project root');
    dir = parent;
  }
}
