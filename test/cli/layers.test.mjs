// Layers import downwards only: elements > shared > importers > model.
// A module may import its own layer or a lower one, never a higher one
// (type-only imports included: they tie the layers together just the same).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const rank = { model: 0, importers: 1, shared: 2, elements: 3 };

const layerOf = (file) => rank[relative(src, file).split(/[\\/]/)[0]];

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** Every relative module a file names in an import, export or dynamic import(). */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return found.map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
}

test('no module imports from a layer above its own', () => {
  const upward = [];
  for (const file of sources(src)) {
    const own = layerOf(file);
    if (own === undefined) continue;
    for (const target of importsOf(file)) {
      const theirs = layerOf(target);
      if (theirs !== undefined && theirs > own) upward.push(`${relative(src, file)} -> ${relative(src, target)}`);
    }
  }
  assert.deepEqual(upward, []);
});

test('the check sees the imports it is meant to catch', () => {
  const elements = importsOf(join(src, 'elements/skills-scan/skills-scan.component.ts'));
  assert.ok(elements.some((t) => layerOf(t) === rank.shared), 'an element imports shared code');
  assert.ok(importsOf(join(src, 'shared/localize.ts')).some((t) => t.endsWith('locales/cy.ts')), 'dynamic import() is seen');
});
