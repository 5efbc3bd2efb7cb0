// `ksb-elements results`: results to a spreadsheet and back, validated, nothing written when a result has errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { root, run } from './run-cli.mjs';
const st0958 = join(root, 'frameworks/st0958.json');

let tmp;
let model;
before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ksb-results-'));
  model = await import(new URL('../../dist/model/index.js', import.meta.url));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test('results --to csv with the framework, then --from csv: the same results', async () => {
  const fw = JSON.parse(readFileSync(st0958, 'utf8'));
  let a = model.createResult(fw, 'confidence', new Date('2026-09-01T09:00:00Z'), { subject: 'Jo', party: 'learner' });
  a = model.setResponse(a, 'K1', { value: 4, note: '@SUM(A1), a note' }, new Date('2026-09-01T09:01:00Z'));
  const signed = await model.withIntegrity({ ...a, submitted: '2026-09-01T09:02:00.000Z' });
  let b = model.createResult(fw, 'confidence', new Date('2026-09-01T09:00:00Z'), { subject: 'Jo', party: 'employer', rater: 'Sam' });
  b = model.setResponse(b, 'S1', { value: null }, new Date('2026-09-01T09:03:00Z'));
  writeFileSync(join(tmp, 'a.json'), JSON.stringify(signed));
  writeFileSync(join(tmp, 'list.json'), JSON.stringify([b]));
  const sheet = join(tmp, 'cohort.csv');
  const out = run(['results', '--to', 'csv', '--framework', st0958, '-o', sheet, join(tmp, 'a.json'), join(tmp, 'list.json')]);
  assert.equal(out.code, 0, out.err);
  assert.match(out.err, /2 results, 2 answers written/);
  const csv = readFileSync(sheet, 'utf8');
  assert.match(csv, /Independently/);
  assert.doesNotMatch(csv, /(^|,)@SUM/m);
  const back = run(['results', '--from', 'csv', sheet]);
  assert.equal(back.code, 0, back.err);
  const results = JSON.parse(back.out);
  assert.deepEqual(results, [signed, b]);
  assert.equal((await model.verifyIntegrity(results[0])).status, 'intact');
});

test('a result for another version with --framework: errors, nothing written, exit 1', () => {
  const stale = { format: 'ksb-result/1', framework: { id: 'st0958', version: '0.1' }, scale: 'confidence', started: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z', responses: [] };
  writeFileSync(join(tmp, 'stale.json'), JSON.stringify(stale));
  const target = join(tmp, 'stale.csv');
  const r = run(['results', '--to', 'csv', '--framework', st0958, '-o', target, join(tmp, 'stale.json')]);
  assert.equal(r.code, 1);
  assert.match(r.err, /version-mismatch/);
  assert.equal(existsSync(target), false);
});

test('results without a direction is a usage error (exit 2)', () => {
  assert.equal(run(['results', join(tmp, 'a.json')]).code, 2);
});
