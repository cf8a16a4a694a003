// `npm run migration:create -- add_catalogs`: writes an empty migration and registers it in
// migrations/index.ts, which lists every migration in the order the server applies them.
const { readFileSync, writeFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const name = (process.argv[2] || '').trim();
if (!/^[a-z][a-z0-9_]*$/.test(name)) {
  console.error('usage: npm run migration:create -- name_in_snake_case');
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
const file = `Migration${stamp}_${name}`;
const className = `Migration${stamp}${name.replace(/(^|_)([a-z0-9])/g, (_, __, c) => c.toUpperCase())}`;
const dir = join(__dirname, '..', 'migrations');
if (existsSync(join(dir, `${file}.ts`))) {
  console.error(`${file}.ts exists`);
  process.exit(1);
}
writeFileSync(
  join(dir, `${file}.ts`),
  `import { Migration } from '@mikro-orm/migrations';

/** (${name}) What this changes and, for tenant tables, who may see and write what. */
export class ${className} extends Migration {
  override async up(): Promise<void> {
    this.addSql(\`\`);
  }

  override async down(): Promise<void> {
    this.addSql(\`\`);
  }
}
`,
);
const indexPath = join(dir, 'index.ts');
let index = readFileSync(indexPath, 'utf8');
index = index.replace(
  /(import [^\n]+\n)(?![\s\S]*import )/,
  `$1import { ${className} } from './${file}';\n`,
);
index = index.replace(/\n\];/, `\n  { name: '${file}', class: ${className} },\n];`);
writeFileSync(indexPath, index);
console.log(`created migrations/${file}.ts and registered it in migrations/index.ts`);
