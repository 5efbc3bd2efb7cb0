/**
 * Fifty raters, fifty matrices and fifty reviews on one page (the scans have their own
 * test): every one renders, one given a broken framework shows its error without touching
 * the others, a change in one changes only that one, and nothing is thrown. The render time
 * is printed, not asserted: it depends on the machine.
 */
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import '../../src/elements/ksb-review/ksb-review.js';
import type { Framework } from '../../src/model/framework.js';
import { bundled, miniStandard } from '../harness/frameworks.js';
import { watchPageErrors } from '../harness/page-errors.js';
import { partyResult } from '../harness/review-harness.js';

const COUNT = 50;
const BROKEN = 7;
type Shown = HTMLElement & { updateComplete: Promise<boolean>; currentFrameworkData?: Framework };

async function fifty(template: (i: number) => unknown, tag: string): Promise<{ els: Shown[]; errors: EventTarget[]; ms: number; page: HTMLElement }> {
  const page = document.createElement('div');
  page.style.width = '900px';
  document.body.append(page);
  const errors: EventTarget[] = [];
  page.addEventListener('ksb-error', (e) => errors.push(e.composedPath()[0]));
  const start = performance.now();
  render(html`${Array.from({ length: COUNT }, (_, i) => template(i))}`, page);
  const els = [...page.querySelectorAll<Shown>(tag)];
  for (let settled = false; !settled; ) settled = (await Promise.all(els.map((e) => e.updateComplete))).every(Boolean);
  await new Promise((r) => requestAnimationFrame(r));
  void page.getBoundingClientRect().height;
  return { els, errors, ms: performance.now() - start, page };
}

describe(`${COUNT} of each element on one page`, function () {
  this.timeout(120000);
  const broken = { format: 'ksb-framework/1', id: 'broken', title: 'Broken', items: 'none' };

  it(`${COUNT} raters: one broken framework shows its error only; a rating in one changes only that one`, async () => {
    const stop = watchPageErrors();
    const somerset = await bundled('somerset-splw.json');
    const { els, errors, ms, page } = await fifty((i) => html`<dreyfus-rater subject=${`worker-${i}`} .framework=${i === BROKEN ? broken : somerset}></dreyfus-rater>`, 'dreyfus-rater');
    console.log(`${COUNT} raters of Somerset rendered in ${Math.round(ms)} ms`);
    expect(errors).to.deep.equal([els[BROKEN]]);
    els.forEach((el, i) => expect(!!el.shadowRoot!.querySelector('[part="error"]'), `rater ${i}`).to.equal(i === BROKEN));
    els[3].shadowRoot!.querySelector<HTMLInputElement>('.competency input[type=radio]')!.click();
    await els[3].updateComplete;
    els.forEach((el, i) => expect(el.shadowRoot!.querySelectorAll('input[type=radio]:checked').length, `rater ${i}`).to.equal(i === 3 ? 1 : 0));
    page.remove();
    expect(stop()).to.deep.equal([]);
  });

  it(`${COUNT} matrices: one broken framework shows its error only`, async () => {
    const stop = watchPageErrors();
    const st0958 = await bundled('st0958.json');
    const { els, errors, ms, page } = await fifty((i) => html`<ksb-matrix layout="table" .framework=${i === BROKEN ? broken : st0958}></ksb-matrix>`, 'ksb-matrix');
    console.log(`${COUNT} matrices of ST0958 rendered in ${Math.round(ms)} ms`);
    expect(errors).to.deep.equal([els[BROKEN]]);
    els.forEach((el, i) => expect(!!el.shadowRoot!.querySelector('[role="grid"]'), `matrix ${i}`).to.equal(i !== BROKEN));
    page.remove();
    expect(stop()).to.deep.equal([]);
  });

  it(`${COUNT} reviews: one given another version's results shows its error only; an agreed rating in one changes only that one`, async () => {
    const stop = watchPageErrors();
    const fw = miniStandard();
    const results = [partyResult(fw, 'learner', { K1: 1, K2: 3, S1: 3 }), partyResult(fw, 'employer', { K1: 4, K2: 3, S1: 3 })];
    const stale = [{ ...results[0], framework: { ...results[0].framework, version: '0.1' } }];
    const { els, errors, ms, page } = await fifty((i) => html`<ksb-review .framework=${fw} .results=${i === BROKEN ? stale : results}></ksb-review>`, 'ksb-review');
    console.log(`${COUNT} reviews rendered in ${Math.round(ms)} ms`);
    expect(errors).to.deep.equal([els[BROKEN]]);
    const select = els[11].shadowRoot!.querySelector<HTMLSelectElement>('tr[data-item="K1"] select')!;
    select.value = '3';
    select.dispatchEvent(new Event('change'));
    await els[11].updateComplete;
    els.forEach((el, i) => {
      if (i === BROKEN) return;
      expect((el as unknown as { currentReview?: { items: unknown[] } }).currentReview?.items.length ?? 0, `review ${i}`).to.equal(i === 11 ? 1 : 0);
    });
    page.remove();
    expect(stop()).to.deep.equal([]);
  });
});
