import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../../src/elements/ksb-review/ksb-review.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { KsbReview } from '../../src/elements/ksb-review/ksb-review.js';
import { createReview, setAgreed, setSignoff } from '../../src/model/review.js';
import { createResult, setResponse } from '../../src/model/result.js';
import { bundled, miniStandard } from '../harness/frameworks.js';
import { hostile, PWNED, UNICODE } from './payloads.js';

/** Notes, reasons and names that try every trick a form post or a server page could fall for. */
const NASTY = [hostile('note'), '</script><script>window.__pwned="echo"</script>', '=HYPERLINK("http://x.example","x")', UNICODE.override, UNICODE.loneSurrogates, UNICODE.emoji, UNICODE.controls, 'line one\r\nline two', '%0D%0Afield=injected&x=1'].join(' | ');

describe('a form post of a scan, a rater and a review with hostile text', () => {
  it('posts, byte for byte, the JSON each element emitted, and runs nothing', async () => {
    const mini = miniStandard();
    const somerset = await bundled('somerset-splw.json');
    const competency = somerset.rubrics![0].item;
    let scanValue = createResult(mini, 'confidence', new Date('2026-09-01T09:00:00Z'), { subject: NASTY, party: 'learner' });
    scanValue = setResponse(scanValue, 'K1', { value: 4, note: NASTY }, new Date('2026-09-01T09:01:00Z'));
    let raterValue = createResult(somerset, 'dreyfus', new Date('2026-09-01T09:00:00Z'), { subject: NASTY, rater: NASTY });
    raterValue = setResponse(raterValue, competency, { value: 3, note: NASTY }, new Date('2026-09-01T09:01:00Z'), 'dreyfus');
    const learner = { ...scanValue, submitted: '2026-09-01T10:00:00Z' };
    let review = createReview(mini, 'confidence', [learner], new Date('2026-09-02T09:00:00Z'));
    review = setAgreed(review, 'K1', { agreed: 3, reason: NASTY }, new Date('2026-09-02T09:01:00Z'));
    review = setSignoff(review, 'learner', { name: NASTY, role: NASTY, date: '2026-09-02', statement: NASTY }, new Date('2026-09-02T09:02:00Z'));

    const frame = document.createElement('iframe');
    frame.name = 'echo';
    document.body.append(frame);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <form method="post" action="/scans" target="echo" enctype="application/x-www-form-urlencoded">
        <skills-scan name="scan" mode="all" .framework=${mini} .value=${scanValue}></skills-scan>
        <dreyfus-rater name="rater" .framework=${somerset} competencies=${competency} .value=${raterValue}></dreyfus-rater>
        <ksb-review name="review" .framework=${mini} .results=${[learner]} .value=${review}></ksb-review>
      </form>
    </div>`);
    const scan = wrapper.querySelector<SkillsScan>('skills-scan')!;
    const rater = wrapper.querySelector<DreyfusRater>('dreyfus-rater')!;
    const reviewEl = wrapper.querySelector<KsbReview>('ksb-review')!;
    await Promise.all([scan.updateComplete, rater.updateComplete, reviewEl.updateComplete]);
    await waitUntil(() => scan.currentResult && rater.currentResult && reviewEl.currentReview?.items.length, 'the values were not resumed');
    const emitted = { scan: JSON.stringify(scan.currentResult), rater: JSON.stringify(rater.currentResult), review: JSON.stringify(reviewEl.currentReview) };
    expect(emitted.scan).to.include('⟦note⟧');

    const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
    wrapper.querySelector('form')!.requestSubmit();
    await loaded;
    const received = JSON.parse(frame.contentDocument!.getElementById('received')!.textContent!) as { fields: Record<string, string[]> };
    expect(Object.keys(received.fields).sort()).to.deep.equal(['rater', 'review', 'scan']);
    expect(received.fields.scan).to.deep.equal([emitted.scan]);
    expect(received.fields.rater).to.deep.equal([emitted.rater]);
    expect(received.fields.review).to.deep.equal([emitted.review]);
    expect((window as unknown as Record<string, unknown>)[PWNED]).to.equal(undefined);
    frame.remove();
  });
});
