// Tests of the published package as a consumer sees it: the exports map, the
// DOM-free entries, and what `npm pack` would ship. Runs against the built dist/.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every file an `exports` entry points at (wildcard entries are checked by their folder). */
function exportTargets() {
  const targets = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) targets.push({ subpath, file });
  }
  return targets;
}

describe('exports map', () => {
  test('every entry points at a file that exists after the build', () => {
    for (const { subpath, file } of exportTargets()) {
      const path = join(root, file.replace(/\/\*$/, ''));
      assert.ok(existsSync(path), `${subpath} → ${file} is missing`);
    }
  });

  test('every element entry has its type declarations', () => {
    const typed = Object.entries(pkg.exports).filter(([, t]) => typeof t === 'object');
    assert.ok(typed.length >= 8, `expected at least 8 typed entries, got ${typed.length}`);
    for (const [subpath, target] of typed) assert.ok(target.types.endsWith('.d.ts'), `${subpath} has no .d.ts`);
  });

  test('the model and the importers load in Node without a DOM and register nothing', async () => {
    assert.equal(typeof globalThis.customElements, 'undefined');
    const model = await import('ksb-elements/model');
    const importers = await import('ksb-elements/importers');
    assert.equal(typeof model.validateFramework, 'function');
    assert.equal(typeof model.createResult, 'function');
    assert.equal(typeof importers.fromIfATE, 'function');
    assert.equal(typeof importers.fromCSV, 'function');
    const framework = JSON.parse(readFileSync(join(root, 'frameworks/st0958.json'), 'utf8'));
    assert.deepEqual(model.validateFramework(framework).problems.filter((p) => p.severity === 'error'), []);
  });

  test('the bundled frameworks are reachable through the exports map', async () => {
    const { default: catalogue } = await import('ksb-elements/frameworks/catalogue.json', { with: { type: 'json' } });
    assert.deepEqual(catalogue.map((f) => f.file).sort(), ['ahp-support-worker.json', 'somerset-splw.json', 'st0568-pwp.json', 'st0958.json', 'str-workers.json']);
  });

  test('sideEffects lists every element registration module that the exports map names', () => {
    for (const { subpath, file } of exportTargets()) {
      if (!/^\.\/(skills-scan|dreyfus-rater|ksb-matrix|ksb-framework|ksb-profile-builder)$/.test(subpath)) continue;
      if (file.endsWith('.d.ts')) continue;
      assert.ok(pkg.sideEffects.includes(file), `${file} registers an element but is not in sideEffects`);
    }
    assert.ok(!pkg.sideEffects.some((f) => /\/model\/|\/importers\//.test(f)), 'the model and importers must be side-effect free');
  });
});

describe('npm pack', () => {
  const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  const files = packed.status === 0 ? JSON.parse(packed.stdout)[0].files.map((f) => f.path) : [];

  test('ships only what a consumer needs', () => {
    assert.equal(packed.status, 0, packed.stderr);
    const allowed = /^(dist\/|frameworks\/[\w.-]+\.json$|bin\/ksb-elements\.mjs$|custom-elements\.json$|README\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/;
    const unexpected = files.filter((f) => !allowed.test(f));
    assert.deepEqual(unexpected, []);
    assert.ok(!files.some((f) => /(^|\/)(test|stories|src|node_modules)\//.test(f) || f.endsWith('.tsbuildinfo')), 'no sources, tests or stories');
  });

  test('includes the bundle, every element, the types, the schemas and the licence', () => {
    for (const f of ['dist/ksb-elements.bundle.js', 'dist/index.d.ts', 'frameworks/framework.schema.json', 'frameworks/profile.schema.json', 'frameworks/review.schema.json', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json']) {
      assert.ok(files.includes(f), `${f} is not packed`);
    }
  });

  test('source maps carry their sources, since src/ is not shipped', () => {
    const map = JSON.parse(readFileSync(join(root, 'dist/index.js.map'), 'utf8'));
    assert.ok(Array.isArray(map.sourcesContent) && map.sourcesContent.every((s) => typeof s === 'string'));
  });
});
