// `ksb-elements results --to xapi`: sample results of all five bundled frameworks (and a
// review) as xAPI statements, each checked with Learning Locker's xapi-validation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import validation from 'xapi-validation';
import { root, run } from './run-cli.mjs';

const validateStatement = validation.default ?? validation;
const FRAMEWORKS = ['st0958.json', 'st0568-pwp.json', 'somerset-splw.json', 'ahp-support-worker.json', 'str-workers.json'];
const REGISTRATION = '0b6f7a52-3c1d-4e8f-9a2b-5d6c7e8f9a0b';

let tmp;
let model;
before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ksb-xapi-'));
  model = await import(new URL('../../dist/model/index.js', import.meta.url));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** A submitted sample result: every item rated on the framework's scale in turn, "not sure" once, a note with quotes and markup once. */
async function sampleResult(fw) {
  const scale = model.findScale(fw.defaultScale ?? 'confidence', fw);
  let r = model.createResult(fw, scale.id, new Date('2026-09-01T09:00:00Z'), { subject: 'learner-0042', party: 'learner' });
  fw.items.forEach((item, i) => {
    const value = i === 1 ? null : scale.points[i % scale.points.length].value;
    r = model.setResponse(r, item.id, { value, ...(i === 0 ? { note: '<b>"Led"</b> =SUM(A1) & more' } : {}) }, new Date(Date.UTC(2026, 8, 1, 9, 1, i % 60)));
  });
  return model.withIntegrity({ ...r, submitted: '2026-09-01T10:00:00.000Z' });
}

for (const file of FRAMEWORKS) {
  test(`${file}: a statement per answer and one for the submission, each valid xAPI`, async () => {
    const fw = JSON.parse(readFileSync(join(root, 'frameworks', file), 'utf8'));
    const result = await sampleResult(fw);
    const input = join(tmp, `${fw.id}.result.json`);
    writeFileSync(input, JSON.stringify(result));
    const out = run(['results', '--to', 'xapi', '--framework', join(root, 'frameworks', file), '--actor', 'account:https://lms.provider.example', '--registration', REGISTRATION, input]);
    assert.equal(out.code, 0, out.err);
    const statements = JSON.parse(out.out);
    assert.equal(statements.length, fw.items.length + 1);
    for (const [i, s] of statements.entries()) assert.deepEqual(validateStatement(s).map((w) => `${w.path.join('.')}: ${w.typeName ?? w.message}`), [], `statement ${i}`);
    assert.deepEqual(statements[0].actor, { objectType: 'Agent', account: { homePage: 'https://lms.provider.example', name: 'learner-0042' } });
    assert.equal(statements[0].result.response, '<b>"Led"</b> =SUM(A1) & more');
    assert.equal(statements.at(-1).verb.id, 'http://adlnet.gov/expapi/verbs/completed');
    assert.equal(statements.at(-1).context.extensions['urn:ksb-elements:xapi:result-digest'], result.integrity.digest);
    assert.ok(statements.every((s) => s.context.registration === REGISTRATION));
  });
}

test('a submitted review: a statement per agreed rating, valid xAPI, with the parties who signed', async () => {
  const fw = JSON.parse(readFileSync(join(root, 'frameworks/st0958.json'), 'utf8'));
  const learner = model.setResponse(model.createResult(fw, 'confidence', new Date('2026-09-01T09:00:00Z'), { subject: 'Jo', party: 'learner' }), 'K1', { value: 5 });
  const employer = model.setResponse(model.createResult(fw, 'confidence', new Date('2026-09-01T09:00:00Z'), { subject: 'Jo', party: 'employer' }), 'K1', { value: 3 });
  let review = model.createReview(fw, 'confidence', [learner, employer], new Date('2026-09-02T09:00:00Z'));
  review = model.setAgreed(review, 'K1', { agreed: 4, reason: 'Seen at work' });
  review = model.setAgreed(review, 'K2', { agreed: null });
  review = model.setSignoff(review, 'learner', { name: 'Jo', date: '2026-09-02', statement: 'I agree.' });
  const signed = await model.withIntegrity({ ...review, submitted: '2026-09-02T10:00:00.000Z' });
  writeFileSync(join(tmp, 'review.json'), JSON.stringify(signed));
  const out = run(['results', '--to', 'xapi', '--framework', join(root, 'frameworks/st0958.json'), '--actor', 'mailto:jo@example.com', '--base-iri', 'https://provider.example/xapi/', join(tmp, 'review.json')]);
  assert.equal(out.code, 0, out.err);
  const statements = JSON.parse(out.out);
  assert.deepEqual(statements.map((s) => s.verb.id.split('/').at(-1)), ['scored', 'scored', 'completed']);
  for (const s of statements) assert.deepEqual(validateStatement(s), []);
  assert.equal(statements[0].object.id, 'https://provider.example/xapi/framework/st0958/item/K1');
  assert.deepEqual(statements[0].context.extensions['urn:ksb-elements:xapi:agreed-by'], ['learner']);
  assert.equal(statements.at(-1).context.extensions['urn:ksb-elements:xapi:review-digest'], signed.integrity.digest);
});

test('no --actor is a usage error; account: without a subject, a malformed actor or a stale result: exit 1, nothing written', async () => {
  const fw = join(root, 'frameworks/st0958.json');
  const result = { format: 'ksb-result/1', framework: { id: 'st0958', version: JSON.parse(readFileSync(fw, 'utf8')).version }, scale: 'confidence', started: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z', responses: [{ item: 'K1', value: 2, scale: 'confidence', time: '2026-01-01T00:00:00Z' }] };
  writeFileSync(join(tmp, 'anon.json'), JSON.stringify(result));
  writeFileSync(join(tmp, 'stale.json'), JSON.stringify({ ...result, framework: { id: 'st0958', version: '0.1' } }));
  const noActor = run(['results', '--to', 'xapi', '--framework', fw, join(tmp, 'anon.json')]);
  assert.equal(noActor.code, 2);
  assert.match(noActor.err, /needs --actor/);
  const target = join(tmp, 'out.json');
  const unnamed = run(['results', '--to', 'xapi', '--framework', fw, '--actor', 'account:https://lms.example', '-o', target, join(tmp, 'anon.json')]);
  assert.equal(unnamed.code, 1);
  assert.match(unnamed.err, /no(ne| subject)/);
  const badMbox = run(['results', '--to', 'xapi', '--framework', fw, '--actor', '{"mbox":"jo@example.com"}', '-o', target, join(tmp, 'anon.json')]);
  assert.equal(badMbox.code, 1);
  assert.match(badMbox.err, /mailto:/);
  const stale = run(['results', '--to', 'xapi', '--framework', fw, '--actor', 'mailto:jo@example.com', '-o', target, join(tmp, 'stale.json')]);
  assert.equal(stale.code, 1);
  assert.match(stale.err, /version-mismatch/);
  assert.equal(existsSync(target), false);
  assert.equal(run(['results', '--to', 'xapi', '--actor', 'mailto:jo@example.com', join(tmp, 'anon.json')]).code, 2, '--framework is required');
});
