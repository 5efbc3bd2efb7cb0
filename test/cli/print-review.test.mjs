// The evidence record: a submitted review printed by Chromium (page.pdf, the browser's own
// "Save as PDF") is a complete document. The PDF's text (poppler's pdftotext, which .ci/run
// installs) must hold the standard, version, learner, parties and dates, the side-by-side
// ratings, the agreed starting point with its reason, the RPL breakdown with its rule
// citations, the training plan, the sign-offs and the digest. Runs against the built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, root, serve } from './serve-dist.mjs';

const model = await import(join(root, 'dist/model/index.js'));
const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
const skip = pdftotext.error ? 'pdftotext is missing: apt-get install -y poppler-utils' : false;

const framework = JSON.parse(readFileSync(join(root, 'frameworks/st0958.json'), 'utf8'));
const ids = framework.items.filter((i) => ['knowledge', 'skill', 'behaviour'].includes(i.type)).map((i) => i.id);

/** A party's submitted result: every item rated `value`, with `overrides`. */
function partyResult(party, value, overrides = {}) {
  let r = model.createResult(framework, 'confidence', new Date('2026-09-01T09:00:00Z'), { subject: 'Jo Bloggs', party });
  for (const id of ids) r = model.setResponse(r, id, { value: overrides[id] ?? value }, new Date('2026-09-01T09:05:00Z'));
  return { ...r, submitted: '2026-09-01T10:00:00Z' };
}

async function submittedReview(results) {
  const comparisons = model.compareParties(results, ids);
  const now = new Date('2026-09-08T14:00:00Z');
  let review = model.createReview(framework, 'confidence', results, now);
  review = model.takePartyRatings(review, comparisons, 'provider', now);
  review = model.setAgreed(review, 'K1', { agreed: 4, reason: 'Shown in the workplace portfolio.' }, now);
  for (const [party, name] of [['learner', 'Jo Bloggs'], ['employer', 'Sam Patel'], ['provider', 'Alex Jones']]) {
    review = model.setSignoff(review, party, { name, role: party === 'provider' ? 'Skills coach' : undefined, date: '2026-09-08', statement: `Declaration of the ${party}.` }, now);
  }
  return model.withIntegrity({ ...review, submitted: now.toISOString() });
}

test('a submitted review prints (Save as PDF) as the whole evidence record', { skip, timeout: 120000 }, async () => {
  const results = [partyResult('learner', 3, { K1: 2 }), partyResult('employer', 4), partyResult('provider', 3, { K1: 4 })];
  const review = await submittedReview(results);
  const page = `<!doctype html><html lang="en-GB"><body>
    <ksb-review readonly otj-hours="400" otj-minimum="300" duration-months="15" band-maximum="9000" price="8000"></ksb-review>
    <script type="module">
      import '/dist/ksb-elements.bundle.js';
      const el = document.querySelector('ksb-review');
      el.framework = ${JSON.stringify(framework)};
      el.results = ${JSON.stringify(results)};
      el.value = ${JSON.stringify(review)};
    </script></body></html>`;
  const server = await serve(page);
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`http://127.0.0.1:${server.address().port}/page.html`);
    await tab.waitForFunction(() => document.querySelector('ksb-review')?.shadowRoot?.querySelector('[part="rpl"] .rpl-lines'), { timeout: 30000 }).catch(async (e) => {
      throw new Error(`${e.message}; errors: ${errors.join('; ')}; shown: ${await tab.evaluate(() => document.querySelector('ksb-review')?.shadowRoot?.textContent.replace(/\s+/g, ' ').slice(0, 400))}`);
    });
    const file = process.env.KSB_PRINT_PDF ?? join(mkdtempSync(join(tmpdir(), 'ksb-print-')), 'review.pdf');
    await tab.pdf({ path: file, format: 'A4', printBackground: true });
    assert.deepEqual(errors, []);
    const out = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    assert.equal(out.status, 0, out.stderr);
    const text = out.stdout.replace(/\s+/g, ' ');
    const expected = [
      'Initial assessment review: Jo Bloggs',
      'Record of the initial assessment',
      framework.title,
      framework.reference,
      `Version ${framework.version}`,
      'Learner: submitted 1 September 2026',
      'Employer: submitted 1 September 2026',
      'Review submitted 8 September 2026',
      review.integrity.digest,
      // The side-by-side ratings: K1 and its three ratings, agreed rating and reason.
      'Ratings side by side',
      'Discuss: 2 points apart',
      'Shown in the workplace portfolio.',
      // Every section, and the last item: the filter and the table scroll do not cut rows from the print.
      'Knowledge',
      'Behaviours',
      ids.at(-1),
      'Mean rating per section',
      // RPL with its citations.
      'Recognition of prior learning from the agreed ratings',
      'rule 35.2',
      // The headline first, and the item table, which is closed on screen, printed whole.
      'Without prior learning',
      'Prior learning by item',
      'Training plan',
      'Sign-off',
      'Signed by Jo Bloggs, dated 8 September 2026',
      'Signed by Alex Jones, Skills coach, dated 8 September 2026',
      'Declaration of the employer.',
    ];
    for (const phrase of expected) assert.ok(text.includes(phrase), `the PDF lacks "${phrase}"`);
    // Nothing to click is printed.
    assert.ok(!text.includes('Print or save as PDF'), 'the print button is printed');
    assert.ok(!text.includes('Show only the items to discuss'), 'the filter is printed');
  } finally {
    await browser.close();
    server.close();
  }
});
