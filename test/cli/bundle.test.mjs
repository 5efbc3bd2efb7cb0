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
