import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { Framework } from '../../src/model/framework.js';
import { bundled } from '../harness/frameworks.js';
import { clippedText, overflowing, overlaps, renderEverything } from './layout-checks.js';

/**
 * WCAG 1.4.10 reflow: at 320 CSS px wide (what a 1280 px window shows at
 * 400 % zoom) the content must not need horizontal scrolling. Every box in
 * the shadow root must fit inside the element, except content inside a
 * scrolling region of its own (a data table: the criterion's exception for
 * two-dimensional content), whose region must fit.
 */
async function at320(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">${template}</div>`);
  const el = wrapper.firstElementChild as HTMLElement;
  await elementUpdated(el);
  renderEverything(el);
  return el;
}

describe('reflow at 320 px', () => {
  let st0958: Framework;
  let somerset: Framework;
  before(async () => {
    [st0958, somerset] = await Promise.all([bundled('st0958.json'), bundled('somerset-splw.json')]);
  });

  it('<skills-scan>: questions, stepper and summary fit', async () => {
    const el = await at320(html`<skills-scan mode="all" .framework=${st0958}></skills-scan>`);
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(overflowing(el)).to.deep.equal([]);
    expect(overlaps(el)).to.deep.equal([]);
    expect(clippedText(el)).to.deep.equal([]);
    const stepper = await at320(html`<skills-scan .framework=${st0958}></skills-scan>`);
    expect(overflowing(stepper)).to.deep.equal([]);
    expect(overlaps(stepper)).to.deep.equal([]);
  });

  it('<dreyfus-rater>: rubrics, guidance and summary fit', async () => {
    const el = await at320(html`<dreyfus-rater .framework=${somerset}></dreyfus-rater>`);
    expect(overflowing(el)).to.deep.equal([]);
    expect(overlaps(el)).to.deep.equal([]);
    expect(clippedText(el)).to.deep.equal([]);
  });

  it('<ksb-matrix>: switches to the list layout, which fits', async () => {
    const el = await at320(html`<ksb-matrix .framework=${st0958}></ksb-matrix>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="list"]'), 'no list layout', { timeout: 3000 });
    expect(overflowing(el)).to.deep.equal([]);
    expect(overlaps(el)).to.deep.equal([]);
    expect(clippedText(el)).to.deep.equal([]);
  });

  it('the error panel fits, even with a long unbroken problem text', async () => {
    const el = await at320(html`<skills-scan framework=${`{"format":"ksb-framework/1","id":"${'x'.repeat(300)}"}`}></skills-scan>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(overflowing(el)).to.deep.equal([]);
    expect(overlaps(el)).to.deep.equal([]);
    expect(clippedText(el)).to.deep.equal([]);
  });
});
