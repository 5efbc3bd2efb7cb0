// Tests of the command line (bin/ksb-elements.mjs) with node:test: `npm run build && node --test test/cli/`.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/ksb-elements.mjs');
const ifate = (f) => join(root, 'test/fixtures/importers/ifate', f);
const casePkg = (f) => join(root, 'test/fixtures/importers/case', f);
const framework = (f) => join(root, 'frameworks', f);
const BUNDLED = ['st0958.json', 'somerset-splw.json', 'ahp-support-worker.json', 'st0568-pwp.json', 'str-workers.json'];

function run(args, input) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let tmp;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ksb-cli-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('convert --from ifate', () => {
  test('one standard: a framework on stdout, a summary on stderr, exit 0', () => {
    const r = run(['convert', '--from', 'ifate', ifate('ifate-api-2020-lars425-st0568-psychological-wellbeing-practitioner.json')]);
    assert.equal(r.code, 0, r.err);
    const fw = JSON.parse(r.out);
    assert.equal(fw.format, 'ksb-framework/1');
    assert.equal(fw.items.length, 66);
    assert.equal(fw.associations.length, 229);
    assert.match(r.err, /converted 66 items, 229 links; 0 errors, 2 warnings/);
    assert.match(r.err, /warning \$\.referenceNumber/);
  });

  test('--reference sets the ST code and the id', () => {
    const r = run(['convert', '--from', 'ifate', '--reference', 'ST0568', '--version', '1.2', ifate('ifate-api-2020-lars425-st0568-psychological-wellbeing-practitioner.json')]);
    assert.equal(r.code, 0, r.err);
    const fw = JSON.parse(r.out);
    assert.deepEqual([fw.id, fw.reference, fw.version], ['st0568', 'ST0568', '1.2']);
    assert.match(r.err, /0 errors, 0 warnings/);
  });

  test('the 54-standard list: a JSON array with every KSB and link, with progress and a summary', () => {
    const r = run(['convert', '--from', 'ifate', ifate('ifate-api-2020-54-standards-with-ksbs.json')]);
    assert.equal(r.code, 0, r.err);
    const list = JSON.parse(r.out);
    assert.equal(list.length, 54);
    assert.equal(list.reduce((n, fw) => n + fw.items.length, 0), 1527 + 1429 + 396 + 771);
    assert.equal(list.reduce((n, fw) => n + fw.associations.length, 0), 11655);
    assert.match(r.err, /Reading .* \(1\.6 MB\) as ifate/);
    assert.match(r.err, /Converting standards: 54\/54/);
    assert.match(r.err, /converted 54 frameworks, 4,123 items, 11,655 links; 0 errors, 143 warnings in [\d.]+ s/);
    assert.match(r.err, /\.\.\. and 93 more/);
  });

  test('--out-dir writes one file per standard', () => {
    const dir = join(tmp, 'standards');
    const r = run(['convert', '--from', 'ifate', '--out-dir', dir, '--quiet', ifate('ifate-api-2020-11-standards-skills-and-duties-only.json')]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
    assert.equal(readdirSync(dir).length, 11);
    assert.doesNotMatch(r.err, /: warning /);
  });

  test('reads standard input', () => {
    const r = run(['convert', '--from', 'ifate', '-'], readFileSync(ifate('ifate-api-2020-lars399-metal-fabricator.json')));
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).associations.length, 594);
  });

  test('--strict fails on warnings', () => {
    const r = run(['convert', '--from', 'ifate', '--strict', ifate('ifate-api-2020-lars399-metal-fabricator.json')]);
    assert.equal(r.code, 1);
  });

  test('input that is not a standard: errors, no output, exit 1', () => {
    const r = run(['convert', '--from', 'ifate', ifate('ifate-2020-larscode-to-referenceNumber-crossref.json')]);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /not converted: 1 error/);
  });
});

describe('convert --from case and --to case', () => {
  for (const file of readdirSync(join(root, 'test/fixtures/importers/case'))) {
    test(`imports ${file}`, () => {
      const r = run(['convert', '--from', 'case', casePkg(file)]);
      assert.equal(r.code, 0, r.err);
      const fw = JSON.parse(r.out);
      const pkg = JSON.parse(readFileSync(casePkg(file), 'utf8'));
      assert.equal(fw.items.length, pkg.CFItems.length);
    });
  }

  test('the rubric package keeps its 7 criteria as rubrics', () => {
    const r = run(['convert', casePkg('case-v1p1-compeito-sample-with-CFRubrics.json')]);
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).rubrics.length, 7);
  });

  for (const file of BUNDLED) {
    test(`${file} -> CASE -> framework is unchanged`, () => {
      const out = join(tmp, `${file}.case.json`);
      const a = run(['convert', '--to', 'case', '--date', '2025-01-01T00:00:00Z', '--out', out, framework(file)]);
      assert.equal(a.code, 0, a.err);
      const pkg = JSON.parse(readFileSync(out, 'utf8'));
      assert.ok(pkg.CFDocument && pkg.CFItems.length > 0);
      const b = run(['convert', '--from', 'case', out]);
      assert.equal(b.code, 0, b.err);
      assert.deepEqual(JSON.parse(b.out), JSON.parse(readFileSync(framework(file), 'utf8')));
    });
  }
});

describe('convert --from csv and --to csv', () => {
  for (const file of BUNDLED) {
    test(`${file} -> CSV -> framework is unchanged`, () => {
      const out = join(tmp, `${file}.csv`);
      const a = run(['convert', '--to', 'csv', '-o', out, framework(file)]);
      assert.equal(a.code, 0, a.err);
      assert.ok(readFileSync(out, 'utf8').startsWith('\uFEFFFramework id,'));
      const b = run(['convert', '--from', 'csv', out]);
      assert.equal(b.code, 0, b.err);
      assert.deepEqual(JSON.parse(b.out), JSON.parse(readFileSync(framework(file), 'utf8')));
    });
  }

  test('a hand-written sheet with Welsh text, recognised without --from', () => {
    const sheet = join(tmp, 'sheet.csv');
    writeFileSync(sheet, 'Title,Gweithiwr iechyd\nVersion,1\nLanguage,cy\n\ncode,type,statement,duties\nDuty 1,duty,"Hybu iechyd, lles a ""ffyniant"""\nK1,knowledge,Gwybodaeth am ŵyr a ŷd,Duty 1\n');
    const r = run(['convert', sheet]);
    assert.equal(r.code, 0, r.err);
    const fw = JSON.parse(r.out);
    assert.equal(fw.items[0].statement, 'Hybu iechyd, lles a "ffyniant"');
    assert.equal(fw.items[1].statement, 'Gwybodaeth am ŵyr a ŷd');
    assert.deepEqual(fw.associations, [{ type: 'requires', source: 'D1', target: 'K1' }]);
  });

  test('a sheet without items: errors with their location, exit 1', () => {
    const sheet = join(tmp, 'bad.csv');
    writeFileSync(sheet, 'Title,T\nnot,a,header\n');
    const r = run(['convert', '--from', 'csv', sheet]);
    assert.equal(r.code, 1);
    assert.match(r.err, /\$\.rows\[2\]/);
    assert.match(r.err, /no-items/);
  });
});

describe('validate', () => {
  test('the bundled frameworks are valid (exit 0)', () => {
    const r = run(['validate', ...BUNDLED.map(framework)]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err.match(/: valid/g).length, 5);
  });

  test('a broken framework: every problem with its path, exit 1', () => {
    const fw = JSON.parse(readFileSync(framework('st0958.json'), 'utf8'));
    delete fw.items[0].id;
    fw.associations[0].target = 'nowhere';
    fw.colour = 'blue';
    const file = join(tmp, 'broken.json');
    writeFileSync(file, JSON.stringify(fw));
    const r = run(['validate', file]);
    assert.equal(r.code, 1);
    assert.match(r.err, /error\s+\$\.items\[0\]\.id\s+Missing required text "id"/);
    assert.match(r.err, /error\s+\$\.associations\[0\]\.target\s+Refers to unknown item "nowhere"/);
    assert.match(r.err, /warning\s+\$\.colour/);
    assert.match(r.err, /invalid; 2 errors, 1 warning/);
  });

  test('not JSON: exit 1', () => {
    const file = join(tmp, 'notjson.json');
    writeFileSync(file, '{ "format": ');
    const r = run(['validate', file]);
    assert.equal(r.code, 1);
    assert.match(r.err, /Not valid JSON/);
  });

  test('an IfATE record: says how to convert it; with --from it validates the conversion', () => {
    const file = ifate('ifate-api-2020-lars504-st0709-district-nurse.json');
    const a = run(['validate', file]);
    assert.equal(a.code, 1);
    assert.match(a.err, /convert --from ifate/);
    const b = run(['validate', '--from', 'ifate', file]);
    assert.equal(b.code, 0, b.err);
    assert.match(b.err, /valid \(lars504 1\.0: 92 items, 132 links\); 0 errors, 2 warnings/);
  });
});

describe('usage', () => {
  test('help prints usage', () => {
    const r = run(['help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /ksb-elements convert/);
  });

  test('wrong usage exits 2 with a message', () => {
    for (const args of [[], ['frobnicate'], ['convert', '--from', 'xml', 'x'], ['convert', join(root, 'no-such-file.json')], ['validate'], ['convert', '--bogus']]) {
      const r = run(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    }
    assert.match(run(['convert', join(root, 'no-such-file.json')]).err, /cannot read .*no such file/);
  });

  test('input it cannot recognise asks for --from', () => {
    const file = join(tmp, 'mystery.json');
    writeFileSync(file, '{"hello": 1}');
    const r = run(['convert', file]);
    assert.equal(r.code, 2);
    assert.match(r.err, /give --from/);
  });
});
