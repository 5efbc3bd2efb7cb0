// Bundles each public entry with Lit (minified, production build) and prints its size
// min, min+gzip and min+brotli; exits non-zero when a budget is exceeded.
// Run after `npm run build` (it reads dist/).
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const KB = 1024;
const elements = readdirSync('dist/elements').filter((name) => existsSync(`dist/elements/${name}/${name}.js`));
const entries = [
  { name: 'whole library (all elements + model)', file: 'dist/index.js', budget: 35 * KB },
  ...elements.map((name) => ({ name: `<${name}> alone`, file: `dist/elements/${name}/${name}.js`, budget: 25 * KB })),
  { name: 'model only (no DOM)', file: 'dist/model/index.js', budget: 15 * KB },
];

export async function measure(file) {
  const bundle = await rollup({ input: file, plugins: [nodeResolve({ exportConditions: ['production'] })], logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ format: { comments: false } })] });
  await bundle.close();
  // What a page loads up front: the entry chunk and every chunk it imports statically.
  // Chunks behind a dynamic import() (the IfATE converter) load only when used.
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const loaded = new Set();
  const visit = (name) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const dep of chunks.get(name).imports) visit(dep);
  };
  visit(output.find((o) => o.type === 'chunk' && o.isEntry).fileName);
  const code = Buffer.from([...loaded].map((name) => chunks.get(name).code).join('\n'));
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const runAsScript = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runAsScript) await report();

async function report() {
let over = 0;
const rows = [];
for (const entry of entries) {
  const size = await measure(entry.file);
  const ok = size.gzip <= entry.budget;
  if (!ok) over++;
  rows.push([entry.name, kb(size.min), kb(size.gzip), kb(size.brotli), `${kb(entry.budget)} gzip`, ok ? 'ok' : 'OVER']);
}
const widths = rows[0].map((_, i) => Math.max(...[['entry', 'min', 'min+gzip', 'min+brotli', 'budget', ''], ...rows].map((r) => r[i].length)));
for (const row of [['entry', 'min', 'min+gzip', 'min+brotli', 'budget', ''], ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  '));
if (over) {
  console.error(`\n${over} ${over === 1 ? 'entry is' : 'entries are'} over budget.`);
  process.exit(1);
}
}
