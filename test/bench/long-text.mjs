#!/usr/bin/env node
// Long text: each element's first render (to the next frame) of a framework whose statement,
// description, rubric key features and one descriptor are 100 KB each, as one unbroken word and
// as words, beside the same framework with short texts in the same run. Target: under 1 s.
// Prints figures (medians of fresh pages), not a pass/fail test. Needs `npm run build` first.
import puppeteer from 'puppeteer-core';
import { browsers } from '../../scripts/browsers.mjs';
import { serve } from '../cli/serve-dist.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 5);
const TAGS = ['skills-scan', 'dreyfus-rater', 'ksb-matrix', 'ksb-review'];
const texts = {
  short: 'Knows the wider social determinants of health',
  'one 100 KB word': 'x'.repeat(100_000),
  '100 KB of words': Array.from({ length: 20_000 }, (_, i) => `word${i % 97}`).join(' ').slice(0, 100_000),
};
const frameworkWith = (text) => ({
  format: 'ksb-framework/1', id: 'long', version: '1', title: 'Long',
  items: [{ id: 'K1', code: 'K1', type: 'knowledge', statement: text, description: text }, { id: 'S1', code: 'S1', type: 'skill', statement: 'Short' }],
  rubrics: [{ item: 'K1', scale: 'dreyfus', keyFeatures: text, descriptors: [0, 1, 2, 3, 4, 5].map((v) => ({ value: v, text: v === 3 ? text : 'd' })) }],
});
const page = `<!doctype html><html lang="en-GB"><body><script type="module">
import { define } from '/dist/ksb-elements.bundle.js';
window.ready = define().then(() => true);
window.render = async (tag, fw) => {
  const el = document.createElement(tag);
  if (tag === 'skills-scan') el.setAttribute('mode', 'all');
  const t0 = performance.now();
  el.framework = fw;
  if (tag === 'ksb-review') el.results = [{ format: 'ksb-result/1', framework: { id: 'long', version: '1' }, party: 'learner', scale: 'confidence', started: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z', submitted: '2026-01-01T00:00:00Z', responses: [{ item: 'K1', value: 2, scale: 'confidence', time: '2026-01-01T00:00:00Z' }] }];
  document.body.append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const ms = performance.now() - t0;
  el.remove();
  return ms;
};
</script></body></html>`;

const server = await serve(page);
const browser = await puppeteer.launch({ executablePath: browsers.chromium.path, headless: true, args: ['--no-sandbox', '--disable-gpu'], protocolTimeout: 300_000 });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
const version = await browser.version();
try {
  for (const tag of TAGS) {
    const figures = {};
    for (const [name, text] of Object.entries(texts)) {
      const runs = [];
      for (let i = 0; i < SAMPLES; i++) {
        const tab = await browser.newPage();
        await tab.goto(`http://127.0.0.1:${server.address().port}/page.html`);
        await tab.waitForFunction(() => window.ready);
        // A first render warms the chunks, as on a page that already shows the element.
        await tab.evaluate((t, fw) => window.render(t, fw), tag, frameworkWith('warm'));
        runs.push(await tab.evaluate((t, fw) => window.render(t, fw), tag, frameworkWith(text)));
        await tab.close();
      }
      figures[name] = median(runs);
    }
    const worst = Math.max(figures['one 100 KB word'], figures['100 KB of words']);
    rows.push([`<${tag}>`, ...Object.values(figures).map((ms) => `${ms.toFixed(0)} ms`), `${(worst / figures.short).toFixed(1)}×`, worst < 1000 ? 'met' : 'MISSED']);
  }
} finally {
  await browser.close();
  server.close();
}
const header = ['element', ...Object.keys(texts), 'worst ÷ short', '< 1 s'];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
console.log(`\nLong text, first render to the next frame (${version}; medians of ${SAMPLES} fresh pages)`);
for (const [n, r] of [header, ...rows].entries()) {
  console.log(r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
  if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
