// The script-tag bundle (dist/ksb-elements.bundle.js) loads its lazy chunks (Welsh strings,
// the prior-learning calculator, the IfATE converter, role profiles) by URLs relative to its
// own: every chunk it reaches must exist, be packed, and import nothing a browser cannot
// resolve from a plain <script type="module"> tag. Runs against the built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = join(root, 'dist/ksb-elements.bundle.js');

/** Every specifier a module imports, statically or with import(). */
function specifiers(file) {
  const code = readFileSync(file, 'utf8');
  const found = [];
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${}\s,*]+from\s*)?["']([^"']+)["']/g)) found.push(m[1]);
  for (const m of code.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) found.push(m[1]);
  return found;
}

/** The bundle and every chunk it reaches, as paths inside the package. */
function reachable() {
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of specifiers(file)) {
      assert.ok(spec.startsWith('./') || spec.startsWith('../'), `${relative(root, file)} imports "${spec}", which a plain script tag cannot resolve`);
      const target = resolve(dirname(file), spec);
      assert.ok(existsSync(target), `${relative(root, file)} imports ${spec}, which is missing`);
      walk(target);
    }
  };
  walk(bundle);
  return [...seen].map((f) => relative(root, f));
}

test('the bundle loads its lazy chunks from beside itself, with nothing else to resolve', () => {
  const files = reachable();
  assert.ok(files.length > 1, 'the bundle has lazy chunks');
  assert.ok(files.every((f) => f === 'dist/ksb-elements.bundle.js' || f.startsWith('dist/chunks/')), files.join(', '));
});

test('every chunk the bundle can load is packed', () => {
  const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  assert.equal(packed.status, 0, packed.stderr);
  const files = new Set(JSON.parse(packed.stdout)[0].files.map((f) => f.path));
  for (const f of reachable()) assert.ok(files.has(f), `${f} is not packed`);
});

test('the bundle loads an element when its tag first appears, and keeps what was set on it before', { timeout: 60000 }, async () => {
  const { serve, launchChromium } = await import('./serve-dist.mjs');
  const framework = JSON.parse(readFileSync(join(root, 'frameworks/st0958.json'), 'utf8'));
  const page = `<!doctype html><html lang="en-GB"><body><ksb-matrix></ksb-matrix>
    <script type="module">
      import { ready, define, KSB_TAGS } from '/dist/ksb-elements.bundle.js';
      window.bundle = { define, KSB_TAGS };
      document.querySelector('ksb-matrix').framework = ${JSON.stringify(framework)};
      window.ready = ready.then(() => true);
    </script></body></html>`;
  const server = await serve(page);
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const errors = [];
    const scripts = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && errors.push(m.text()));
    tab.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
    tab.on('request', (r) => r.url().endsWith('.js') && scripts.push(new URL(r.url()).pathname));
    await tab.goto(`http://127.0.0.1:${server.address().port}/page.html`);
    assert.equal(await tab.evaluate(() => window.ready), true);
    // The tag in the page is defined, and drew the framework it was given before its class came.
    assert.equal(await tab.evaluate(() => !!customElements.get('ksb-matrix') && !customElements.get('skills-scan')), true);
    await tab.waitForFunction(() => document.querySelector('ksb-matrix').shadowRoot?.querySelector('table, ul'));
    await tab.waitForNetworkIdle({ idleTime: 300 });
    assert.ok(!scripts.some((s) => /\/skills-scan-/.test(s)), `the scan was loaded for a page without one: ${scripts.join(', ')}`);
    // A scan added later, with a property set at once, is loaded then and keeps the property.
    const drawn = await tab.evaluate(async (fw) => {
      const scan = document.createElement('skills-scan');
      scan.framework = fw;
      document.body.append(scan);
      await customElements.whenDefined('skills-scan');
      await scan.updateComplete;
      return scan.shadowRoot.querySelectorAll('fieldset[data-item]').length;
    }, framework);
    assert.ok(drawn > 0);
    assert.ok(scripts.some((s) => /\/skills-scan-/.test(s)));
    // define(): every tag on demand, and a clear refusal of an unknown one.
    const defined = await tab.evaluate(async () => {
      const classes = await window.bundle.define();
      const refused = await window.bundle.define('no-such-tag').then(() => '', (e) => e.message);
      return { count: classes.length, all: window.bundle.KSB_TAGS.every((t) => customElements.get(t)), refused };
    });
    assert.deepEqual({ count: defined.count, all: defined.all }, { count: 6, all: true });
    assert.match(defined.refused, /not a ksb-elements tag/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
