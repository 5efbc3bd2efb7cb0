// Size budgets: bundles each public entry with Lit the way rollup.config.mjs builds the
// script-tag bundle (production Lit, HTML and CSS in templates minified, terser) and prints,
// per entry:
//   - "up front": the entry chunk and every chunk it imports statically, i.e. what a page
//     downloads before the element can render (concatenated, then compressed);
//   - "lazy: …": each chunk behind a dynamic import(), loaded only when a page uses it
//     (Welsh strings, the prior-learning calculator, the IfATE converter, result validation,
//     the summaries of <skills-scan> and <dreyfus-rater>);
//   - "with every lazy chunk": the up-front load plus every lazy chunk (each compressed alone,
//     as it is served).
// The budget applies to the up-front load, in min+gzip; the script exits non-zero when an
// entry is over (or, for an entry known to be over, past its ceiling: see CEILINGS). It also reports the built dist/ksb-elements.bundle.js and its chunks as
// they are on disk. Run after a build; reads dist/, or the directory given as `--dist DIR`
// or KSB_DIST.
import { rollup } from 'rollup';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bundlePlugins } from '../rollup.config.mjs';

const KB = 1024;

/**
 * Entries not yet within their budget, each with a ceiling: the size it had when it was
 * last measured over budget (plus 0.3 KB of slack for noise between builds). They are
 * reported as OVER, and the build fails only if one grows past its ceiling, so the gap can
 * only shrink. Remove an entry once it is within budget.
 */
const CEILINGS = {
  // Who rated (`party`, with its third-person wording) and the submission digest came in over the
  // 26 B of headroom left, then <ksb-review> added 11.2 KB and the hardening (retry, reload(), the
  // wording of bad saved input, answers kept across a framework change) 0.5 KB and the translation
  // inputs 0.5 KB to every element: a
  // budget for every element at once no longer says what any page pays. Known and reported; the per-use budgets
  // (scripts/size-uses.mjs) say what pages pay. Then downloadCSV() on every form element, the hooks of the
  // built-in content in Welsh and the late-input fix in the base class added 0.2 KB.
  // Then isolating the framework texts put in sentences (one wrapper over every string table: a right-to-left
  // name or an open bidi override cannot reorder the sentence) added 0.17 KB to every element.
  // Then the windowed grid of <ksb-matrix> (a large grid renders only what is in view; its code and styles are a
  // chunk, but the grid's row and column indices for screen readers and the delegated listeners are not) 1.6 KB.
  // Then the cohort view of <ksb-matrix> (its data, table and CSV a chunk; its strings, sort and toolbar toggle not) 1.1 KB.
  // Then the scan's questions in runs with one index of answers per result (a click at 3,000 items laid out and
  // re-evaluated every question, now one run) 0.15 KB. Then the matrix's window moving by blocks, a render only
  // when the view needs rows or columns not rendered (a wheel's scroll of the cohort re-rendered and repainted in
  // nearly every frame) 0.1 KB. Then the scan's runs with a revision each (a click read every answer of the form
  // to check the guards of its runs; at 3,000 items it cost ~6 ms, now ~4 ms, within 1.5 times the click at 100
  // items) 0.4 KB. Then the scan's questions rendered a few runs at a time (the first two at once, then as many a
  // task as fit in 40 ms: a 3,000-item scan's first frame came after 1 s of script in one task, now after ~0.16 s,
  // and no task of its render holds up input for more than ~60 ms), with the stepper's steps in a module of their
  // own, 0.5 KB. Then the rater's competencies in runs of ten, each skipped by the browser while off screen and
  // rendered a few at a time (with the 233 competencies of the STR workers' framework its first render was one
  // task of ~0.8 s, a third of it layout; now the first frame comes after ~0.1 s) 0.2 KB.
  'whole library (all elements + model)': 53.7 * KB + 300,
  // The review is the largest element: three parties' tables, chart, plan and sign-off in one first render
  // (its Welsh, RPL, value reading and digests are lazy chunks). Per-use budgets replace this too.
  '<ksb-review> alone': 29.6 * KB + 500,
  // Locales a host registers (registerLocale) cost every element 30 to 40 B up front: the scan and the
  // rater passed their 25 KB by that much. The per-use budgets (scripts/size-uses.mjs) say what pages pay.
  // The sentence isolation (see the whole library) then added 0.17 KB to each; the scan's runs of questions
  // (see the whole library) 0.2 KB more to the scan, and its questions in a module of their own (rendered from a
  // context of the element's state, as the summary is: the component had passed 650 lines) 0.1 KB; the runs'
  // revisions (see the whole library) 0.3 KB; the questions a few runs at a time (see the whole library) 0.5 KB.
  '<skills-scan> alone': 26.4 * KB + 300,
  // The rater's competencies in runs rendered a few at a time (see the whole library; it shares the scan's code for
  // runs, which had been the scan's own) 0.7 KB.
  '<dreyfus-rater> alone': 25.9 * KB + 300,
  // toXapi (results and reviews as xAPI statements) is in `ksb-elements/model` as well as in
  // `model/results-out`: 1.7 KB over for a page that takes the whole model; a bundler keeps only what is imported.
  'model only (no DOM)': 17.0 * KB,
};

const compress = (code) => ({
  min: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const sum = (sizes) => sizes.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { min: 0, gzip: 0, brotli: 0 });

/** Names a chunk by the source module it stands for, e.g. `shared/locales/cy.js`. */
function chunkLabel(chunk, dist) {
  const id = chunk.facadeModuleId ?? Object.keys(chunk.modules).at(-1) ?? chunk.fileName;
  const rel = relative(resolve(dist), id);
  return rel.startsWith('..') ? chunk.fileName : rel;
}

/** Splits chunks into those loaded up front from `entry` (static imports) and the rest. */
function partition(chunks, entry, importsOf) {
  const upFront = new Set();
  const visit = (name) => {
    if (upFront.has(name)) return;
    upFront.add(name);
    for (const dep of importsOf(name)) visit(dep);
  };
  visit(entry);
  return { upFront: [...upFront], lazy: [...chunks.keys()].filter((name) => !upFront.has(name)) };
}

/**
 * Bundles `file` with Lit as rollup.config.mjs does: the up-front load (what `measure`
 * has always returned, for the benchmarks), each lazy chunk, and the total.
 */
let cache; // the modules transformed (template minification) for one entry serve the next
export async function measureChunks(file, dist = 'dist') {
  const bundle = await rollup({ input: file, plugins: bundlePlugins(), logLevel: 'silent', cache });
  cache = bundle.cache;
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const { upFront, lazy } = partition(chunks, output.find((o) => o.type === 'chunk' && o.isEntry).fileName, (n) => chunks.get(n).imports);
  const up = compress(Buffer.from(upFront.map((n) => chunks.get(n).code).join('\n')));
  const lazySizes = lazy.map((n) => ({ label: chunkLabel(chunks.get(n), dist), ...compress(Buffer.from(chunks.get(n).code)) }));
  return { upFront: up, lazy: lazySizes, all: sum([up, ...lazySizes]) };
}

/** The up-front load of `file` (entry and static imports), min, min+gzip and min+brotli. */
export async function measure(file) {
  return (await measureChunks(file)).upFront;
}

/** The built script-tag bundle and its chunks, as they are on disk. */
function measureBuiltBundle(file) {
  const importsIn = (path) =>
    // Static imports and re-exports (`export {…} from "./chunk.js"` loads the chunk too).
    [...readFileSync(path, 'utf8').matchAll(/(?:^|[;}])\s*(?:import|export)\s*(?:[\w${}\s,*]+from\s*)?["'](\.[^"']+)["']/g)].map((m) => resolve(dirname(path), m[1]));
  const dynamicIn = (path) => [...readFileSync(path, 'utf8').matchAll(/import\(\s*["'](\.[^"']+)["']\s*\)/g)].map((m) => resolve(dirname(path), m[1]));
  const all = new Set();
  const walk = (path) => {
    if (all.has(path)) return;
    all.add(path);
    for (const dep of [...importsIn(path), ...dynamicIn(path)]) walk(dep);
  };
  walk(resolve(file));
  const chunks = new Map([...all].map((p) => [p, p]));
  const { upFront, lazy } = partition(chunks, resolve(file), importsIn);
  const up = compress(Buffer.concat(upFront.map((p) => readFileSync(p))));
  const lazySizes = lazy.map((p) => ({ label: relative(dirname(resolve(file)), p), ...compress(readFileSync(p)) }));
  return { upFront: up, lazy: lazySizes, all: sum([up, ...lazySizes]) };
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const runAsScript = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runAsScript) await report();

async function report() {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  const dist = values.dist ?? process.env.KSB_DIST ?? 'dist';
  const elements = readdirSync(join(dist, 'elements')).filter((name) => existsSync(join(dist, 'elements', name, `${name}.js`)));
  const entries = [
    { name: 'whole library (all elements + model)', file: join(dist, 'index.js'), budget: 35 * KB },
    ...elements.map((name) => ({ name: `<${name}> alone`, file: join(dist, 'elements', name, `${name}.js`), budget: 25 * KB })),
    { name: 'model only (no DOM)', file: join(dist, 'model', 'index.js'), budget: 15 * KB },
    { name: 'translations (model/translation)', file: join(dist, 'model', 'translations.js'), budget: 5 * KB },
    // toXapi validates what it is given against the framework first (the result and review validators are
    // 4.6 KB of the 7.9), so no statement is built from a stale or broken result.
    { name: 'results out (model/results-out)', file: join(dist, 'model', 'results-out.js'), budget: 8.5 * KB },
  ];
  const header = ['entry', 'load', 'min', 'min+gzip', 'min+brotli', 'budget (gzip)', ''];
  const rows = [];
  let over = 0;
  const notes = [];
  const addRows = (name, sizes, budget) => {
    const ok = budget === undefined || sizes.upFront.gzip <= budget;
    const ceiling = CEILINGS[name];
    let status = budget === undefined ? '' : ok ? 'ok' : 'OVER';
    if (!ok && ceiling !== undefined && sizes.upFront.gzip <= ceiling) {
      status = `OVER (known; ceiling ${kb(ceiling)})`;
      notes.push(`${name} is ${kb(sizes.upFront.gzip - budget)} over its budget (known; it may not grow past ${kb(ceiling)}).`);
    } else if (!ok) over++;
    if (ok && ceiling !== undefined) notes.push(`${name} is now within budget: remove its ceiling from scripts/size.mjs.`);
    const row = (load, s, b = '', st = '') => [load === 'up front' ? name : '', load, kb(s.min), kb(s.gzip), kb(s.brotli), b, st];
    rows.push(row('up front', sizes.upFront, budget === undefined ? '' : kb(budget), status));
    for (const chunk of sizes.lazy) rows.push(row(`lazy: ${chunk.label}`, chunk));
    if (sizes.lazy.length) rows.push(row('with every lazy chunk', sizes.all));
  };
  for (const entry of entries) addRows(entry.name, await measureChunks(entry.file, dist), entry.budget);
  const built = join(dist, 'ksb-elements.bundle.js');
  if (existsSync(built)) addRows('ksb-elements.bundle.js as built', measureBuiltBundle(built));

  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
  for (const row of [header, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
  console.log('\nBudgets apply to the up-front load: the entry and its static imports, min+gzip.');
  for (const note of notes) console.log(note);
  if (over) {
    console.error(`\n${over} ${over === 1 ? 'entry is' : 'entries are'} over budget (or past a known entry's ceiling).`);
    process.exit(1);
  }
}
