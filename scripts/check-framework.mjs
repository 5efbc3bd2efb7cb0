// Quick command-line check of framework files against the JSON Schema.
// Usage: node scripts/check-framework.mjs frameworks/st0958.json [...]
import { readFileSync } from 'node:fs';
import { Validator } from '@cfworker/json-schema';

const schema = JSON.parse(readFileSync(new URL('../frameworks/framework.schema.json', import.meta.url), 'utf8'));
const validator = new Validator(schema, '2020-12', false);
let failed = 0;
for (const file of process.argv.slice(2)) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const { valid, errors } = validator.validate(data);
  const ids = new Set((data.items ?? []).map((i) => i.id));
  const dangling = [
    ...(data.associations ?? []).flatMap((a) => [a.source, a.target]),
    ...(data.items ?? []).map((i) => i.parent).filter(Boolean),
    ...(data.rubrics ?? []).map((r) => r.item),
    ...(data.levels ?? []).flatMap((l) => l.assesses ?? []),
    ...(data.resources ?? []).flatMap((r) => r.items ?? []),
    ...(data.lists ?? []).flatMap((l) => l.items),
  ].filter((id) => !ids.has(id));
  const dupes = (data.items ?? []).length - ids.size;
  console.log(`${file}: schema ${valid ? 'ok' : 'INVALID'}, ${data.items?.length} items, ${data.associations?.length ?? 0} associations, ${dupes} duplicate ids, ${dangling.length} unknown ids ${dangling.slice(0, 10).join(' ')}`);
  if (!valid) for (const e of errors.slice(0, 20)) console.log('  ', e.instanceLocation, e.error);
  if (!valid || dupes || dangling.length) failed++;
}
process.exit(failed ? 1 : 0);
