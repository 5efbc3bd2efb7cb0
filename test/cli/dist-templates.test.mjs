// The modules under dist/ (what Vite, esbuild and rollup apps import) ship with the HTML and
// CSS of their templates minified (scripts/minify-templates.mjs), and their source maps still
// lead to the right line of src/. Runs against the built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distModules } from '../../scripts/minify-templates.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');

test('no module under dist/ has an indented line of template HTML or CSS', () => {
  const files = distModules();
  assert.ok(files.length > 50, `${files.length} modules`);
  const indented = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      // An element's tag at the start of an indented line (HTML), or a rule's selector or a
      // declaration on a line of its own (CSS): both only occur inside a template as written.
      if (/^\s+<\/?[a-z][\w-]*[\s>]/.test(line) || /^\s+(?::host|[.#][\w-]+)[\w\s.#:>,[\]="-]*\{\s*$/.test(line) || /^\s+--?[a-z-]+:\s[^;]*;\s*$/.test(line)) {
        indented.push(`${relative(root, file)}:${i + 1}: ${line.trim().slice(0, 60)}`);
      }
    });
  }
  assert.deepEqual(indented.slice(0, 10), []);
});

test('the shared styles are one line of CSS', () => {
  const styles = readFileSync(join(dist, 'shared/styles.js'), 'utf8');
  const sheet = styles.match(/export const baseStyles = css `([^`]*)`/);
  assert.ok(sheet, 'baseStyles is a css template');
  assert.ok(sheet[1].length > 1000, `${sheet[1].length} characters`);
  assert.doesNotMatch(sheet[1], /\n|\s{2}/);
});

test('source maps of minified modules still lead to the line of src/ each function is on', () => {
  for (const name of ['elements/skills-scan/scan-question.js', 'elements/ksb-matrix/cohort-table.js', 'elements/ksb-review/review-view.js']) {
    const file = join(dist, name);
    const code = readFileSync(file, 'utf8').split('\n');
    const map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    let checked = 0;
    code.forEach((line, i) => {
      const declared = line.match(/^export function (\w+)/);
      if (!declared) return;
      // Columns are 0-based; the name's position, after "export function ".
      const entry = map.findEntry(i, line.indexOf(declared[1]));
      assert.ok(entry.originalSource, `${name}:${i + 1} maps to a source`);
      const source = readFileSync(resolve(dirname(file), entry.originalSource), 'utf8').split('\n');
      assert.match(source[entry.originalLine], new RegExp(`function ${declared[1]}\\b`), `${name}:${i + 1} ${declared[1]}`);
      checked++;
    });
    assert.ok(checked >= 2, `${name}: ${checked} functions checked`);
  }
});
