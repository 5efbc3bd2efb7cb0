// scripts/private-names.mjs decides which property names terser may shorten in the script-tag
// bundle; a wrong "safe" name breaks the bundle at run time only, so each exclusion rule is
// checked here on a fixture, and the real list on src/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { privateNames } from '../../scripts/private-names.mjs';

const here = dirname(fileURLToPath(import.meta.url));

test('only private members used solely through their class are safe to shorten', () => {
  const names = privateNames(join(here, 'fixtures/private-names/tsconfig.json'));
  assert.deepEqual(names, ['computeTotal', 'parameterProperty', 'plainCounter']);
});

test('in src/, no name of a decorated (reactive) property, an event detail or the data formats is shortened', () => {
  const names = new Set(privateNames(resolve(here, '../../tsconfig.build.json')));
  assert.ok(names.size > 20, `expected a useful list, got ${names.size}`);
  for (const kept of ['step', 'openNotes', 'currentFramework', 'framework', 'items', 'responses', 'result', 'strings', 'value', 'problems', 'scale']) {
    assert.ok(!names.has(kept), `${kept} must keep its name`);
  }
});
