// Every command given a 50 MB input finishes, with the summary a person needs, well inside the
// memory of a small machine (the default V8 heap): validate, convert (JSON to JSON and to CSV,
// CSV back to JSON) and verify. Converting it to CASE also finishes (about 35 s and 0.9 GB on
// 2 cores), so it is left out of the suite's time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/ksb-elements.mjs');
const run = (args) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

let tmp;
let big;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ksb-large-'));
  big = join(tmp, 'big.json');
  const items = Array.from({ length: 100000 }, (_, i) => ({ id: `K${i}`, code: `K${i}`, type: 'knowledge', statement: `${'Knows the '.repeat(48)}${i}` }));
  writeFileSync(big, JSON.stringify({ format: 'ksb-framework/1', id: 'big', version: '1', title: 'A very large framework', items }));
  assert.ok(statSync(big).size > 50 * 1024 * 1024);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test('validate, convert to JSON and CSV, read the CSV back and verify: each finishes on a 50 MB input', { timeout: 120000 }, () => {
  const valid = run(['validate', big]);
  assert.equal(valid.code, 0, valid.err);
  assert.match(valid.out + valid.err, /valid \(big 1: 100,000 items/);
  const json = run(['convert', big, '-q', '-o', join(tmp, 'out.json')]);
  assert.equal(json.code, 0, json.err);
  const csv = run(['convert', '--to', 'csv', big, '-q', '-o', join(tmp, 'out.csv')]);
  assert.equal(csv.code, 0, csv.err);
  const back = run(['convert', join(tmp, 'out.csv'), '-q', '-o', join(tmp, 'back.json')]);
  assert.equal(back.code, 0, back.err);
  assert.match(back.err, /converted 100,000 items/);
  const verify = run(['verify', big]);
  assert.equal(verify.code, 1);
  assert.match(verify.out, /^big\.json: missing: /);
});
