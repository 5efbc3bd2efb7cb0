// `ksb-elements verify`: per file "intact" or what changed; exit 1 when any file is not intact.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { root, run } from './run-cli.mjs';

let tmp;
let model;
before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ksb-verify-'));
  model = await import(new URL('../../dist/model/index.js', import.meta.url));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

const result = {
  format: 'ksb-result/1',
  framework: { id: 'st0958', version: '1' },
  party: 'employer',
  subject: 'Jo',
  scale: 'confidence',
  started: '2026-01-05T09:00:00.000Z',
  updated: '2026-01-05T09:10:00.000Z',
  submitted: '2026-01-05T09:10:00.000Z',
  responses: [{ item: 'K1', value: 4, scale: 'confidence', note: '=HYPERLINK("x")', time: '2026-01-05T09:01:00.000Z' }],
};

describe('verify', () => {
  test('an intact file, a changed one and one without a digest: each named, exit 1', async () => {
    const stamped = await model.withIntegrity(result);
    // The digest is SHA-256 over the RFC 8785 form, so Node's own hash of that text gives the same value.
    const { createHash } = await import('node:crypto');
    assert.equal(stamped.integrity.digest, createHash('sha256').update(model.canonicalJson(result)).digest('hex'));
    writeFileSync(join(tmp, 'intact.json'), JSON.stringify(stamped, null, 2));
    writeFileSync(join(tmp, 'changed.json'), JSON.stringify({ ...stamped, responses: [{ ...result.responses[0], value: 5 }] }));
    writeFileSync(join(tmp, 'unstamped.json'), JSON.stringify(result));
    const ok = run(['verify', join(tmp, 'intact.json')]);
    assert.equal(ok.code, 0, ok.err);
    assert.equal(ok.out, 'intact.json: intact\n');
    const mixed = run(['verify', join(tmp, 'intact.json'), join(tmp, 'changed.json'), join(tmp, 'unstamped.json')]);
    assert.equal(mixed.code, 1);
    const lines = mixed.out.trim().split('\n');
    assert.equal(lines[0], 'intact.json: intact');
    assert.match(lines[1], /^changed\.json: changed: Changed since it was submitted: the digest recorded is [0-9a-f]{64}, the document's is now [0-9a-f]{64}\.$/);
    assert.match(lines[2], /^unstamped\.json: missing: /);
  });

  test('a submitted review verifies, and a changed agreed rating in it shows', async () => {
    const stampedResult = await model.withIntegrity(result);
    let review = model.createReview({ id: 'st0958', version: '1' }, 'confidence', [stampedResult], new Date('2026-01-06T09:00:00Z'));
    review = model.setAgreed(review, 'K1', { agreed: 4 }, new Date('2026-01-06T09:05:00Z'));
    const submitted = await model.withIntegrity({ ...review, submitted: '2026-01-06T09:10:00.000Z' });
    assert.equal(submitted.sources[0].digest, stampedResult.integrity.digest);
    writeFileSync(join(tmp, 'review.json'), JSON.stringify(submitted));
    writeFileSync(join(tmp, 'review-edited.json'), JSON.stringify({ ...submitted, items: [{ ...submitted.items[0], agreed: 5 }] }));
    const ok = run(['verify', join(tmp, 'review.json')]);
    assert.equal(ok.out, 'review.json: intact\n');
    const edited = run(['verify', join(tmp, 'review-edited.json')]);
    assert.equal(edited.code, 1);
    assert.match(edited.out, /^review-edited\.json: changed: /);
  });

  test('no file is a usage error (exit 2); an unreadable file too', () => {
    assert.equal(run(['verify']).code, 2);
    const r = run(['verify', join(tmp, 'nope.json')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read .*no such file/);
  });
});
