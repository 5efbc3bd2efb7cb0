// `ksb-elements translation template | build`: the translator's spreadsheet and back, the
// example Welsh translation reproduced exactly from a filled sheet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { root, run } from './run-cli.mjs';
const st0958 = join(root, 'frameworks/st0958.json');
const example = join(root, 'frameworks/st0958.cy.example.json');

let tmp;
let importers;
before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ksb-translation-'));
  importers = await import(new URL('../../dist/importers/index.js', import.meta.url));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Fills the translation column of a template from `fill` (by "id|field"), as a translator would in a spreadsheet. */
function fillSheet(csv, fill) {
  const rows = importers.parseCsvRows(csv.replace(/^\uFEFF/, ''), ',');
  const quote = (v) => (/[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v);
  return rows
    .map((row, i) => {
      const cells = row.cells.map((c) => c.value);
      if (i > 0 && cells.length === 4) cells[3] = fill[`${cells[0]}|${cells[1]}`] ?? cells[3];
      return cells.map(quote).join(',');
    })
    .join('\r\n');
}

test('template, filled in, built: the example translation exactly', () => {
  const sheet = join(tmp, 'cy.csv');
  const made = run(['translation', 'template', st0958, '--language', 'cy', '-o', sheet]);
  assert.equal(made.code, 0, made.err);
  const csv = readFileSync(sheet, 'utf8');
  assert.match(csv, /^\uFEFFid,field,source,translation\r\ntranslation,language,en-GB,cy\r\n/);
  const fw = JSON.parse(readFileSync(st0958, 'utf8'));
  const k1 = fw.items.find((i) => i.id === 'K1');
  assert.ok(csv.includes(`item:K1,statement,${k1.statement.includes(',') ? `"${k1.statement}"` : k1.statement},`));
  const want = JSON.parse(readFileSync(example, 'utf8'));
  const fill = { 'translation|notice': want.notice, 'framework|title': want.title };
  for (const [id, text] of Object.entries(want.items)) fill[`item:${id}|statement`] = text.statement;
  for (const [id, names] of Object.entries(want.itemTypes)) Object.assign(fill, { [`itemType:${id}|label`]: names.label, [`itemType:${id}|plural`]: names.plural });
  writeFileSync(sheet, fillSheet(csv, fill));
  const out = join(tmp, 'st0958.cy.json');
  const built = run(['translation', 'build', sheet, '--framework', st0958, '-o', out]);
  assert.equal(built.code, 0, built.err);
  assert.equal(readFileSync(out, 'utf8'), readFileSync(example, 'utf8'));
  assert.match(built.err, /texts not translated yet/);
});

test('rows the framework lacks and changed sources are reported; a partial list is left out', () => {
  const fw = JSON.parse(readFileSync(st0958, 'utf8'));
  const withNotes = fw.notes.length > 1;
  const csv = [
    'id,field,source,translation',
    'translation,language,,cy',
    'item:K1,statement,an older wording,Testun',
    'item:NOPE,statement,x,y',
    ...(withNotes ? [`framework,notes.0,"${fw.notes[0].replace(/"/g, '""')}",Nodyn`] : []),
  ].join('\r\n');
  writeFileSync(join(tmp, 'odd.csv'), csv);
  const r = run(['translation', 'build', join(tmp, 'odd.csv'), '--framework', st0958]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /1 text the framework lacks, left out: item:NOPE statement/);
  assert.match(r.err, /1 text whose source changed since the sheet was made: item:K1 statement/);
  const t = JSON.parse(r.out);
  assert.equal(t.items.K1.statement, 'Testun');
  if (withNotes) {
    assert.equal(t.notes, undefined);
    assert.match(r.err, /translated in part/);
  }
});

test('no language, nothing translated, or a formula: errors or data, never a broken file', () => {
  writeFileSync(join(tmp, 'nolang.csv'), 'id,field,source,translation\r\nitem:K1,statement,x,Testun\r\n');
  const target = join(tmp, 'never.json');
  const nolang = run(['translation', 'build', join(tmp, 'nolang.csv'), '--framework', st0958, '-o', target]);
  assert.equal(nolang.code, 1);
  assert.match(nolang.err, /names no language/);
  writeFileSync(join(tmp, 'empty.csv'), 'id,field,source,translation\r\ntranslation,language,,cy\r\n');
  assert.equal(run(['translation', 'build', join(tmp, 'empty.csv'), '--framework', st0958, '-o', target]).code, 1);
  assert.equal(existsSync(target), false);
  // A translated text that looks like a formula is written neutralised in the sheet and read back as it was.
  const fw = JSON.parse(readFileSync(st0958, 'utf8'));
  const sheet = importers.translationTemplateCSV(fw, 'cy', { format: 'ksb-translation/1', framework: { id: fw.id, version: fw.version }, language: 'cy', items: { K1: { statement: '=HYPERLINK("x")' } } });
  assert.doesNotMatch(sheet, /(^|,)=HYPERLINK/m);
  const back = importers.translationFromCSV(sheet, fw);
  assert.equal(back.translation.items.K1.statement, '=HYPERLINK("x")');
  assert.equal(run(['translation', 'template', st0958]).code, 2, '--language is required');
});
