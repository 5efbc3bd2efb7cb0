import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/ksb-review/ksb-review.js';
import type { KsbReview } from '../../src/elements/ksb-review/ksb-review.js';
import type { KsbReviewSubmitEvent } from '../../src/shared/events.js';
import type { Framework } from '../../src/model/framework.js';
import { verifyIntegrity } from '../../src/model/integrity.js';
import { scanItems, DEFAULT_CATEGORIES } from '../../src/model/sections.js';
import { bundled, miniStandard } from '../harness/frameworks.js';
import { keyboardFrom } from '../harness/keyboard.js';
import { allRated, partyResult } from '../harness/review-harness.js';
import { clean, settle } from './a11y-helpers.js';
import { clippedText, horizontalScroll, overflowing, overlaps, renderEverything } from './layout-checks.js';

describe('<ksb-review>: keyboard, reflow and zoom', () => {
  let st0958: Framework;
  let ids: string[];
  before(async () => {
    st0958 = await bundled('st0958.json');
    ids = scanItems(st0958, DEFAULT_CATEGORIES).map((i) => i.id);
  });
  const threeParties = () => [
    partyResult(st0958, 'learner', allRated(ids, 3, { K1: 1, K2: null })),
    partyResult(st0958, 'employer', allRated(ids, 4, { K1: 4 })),
    partyResult(st0958, 'provider', allRated(ids, 3)),
  ];

  it('a whole three-party review by keyboard alone: quick agreement, an agreed rating and reason, three sign-offs, submit', async function () {
    this.timeout(60000);
    const fw = miniStandard();
    const results = [
      partyResult(fw, 'learner', { K1: 1, K2: 3, S1: 3 }),
      partyResult(fw, 'employer', { K1: 4, K2: 3, S1: 3 }),
      partyResult(fw, 'provider', { K1: 3, K2: 3, S1: 3 }),
    ];
    const el = await fixture<KsbReview>(html`<ksb-review required .framework=${fw} .results=${results}></ksb-review>`);
    await settle(el);
    const { active, tabTo, done } = keyboardFrom(el);
    try {
      await tabTo((a) => clean(a.textContent) === 'Use the provider’s ratings where the parties agree');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.currentReview!.items.map((i) => [i.item, i.agreed])).to.deep.equal([['K2', 3], ['S1', 3]]);

      // K1 is flagged (1, 4, 3): the reviewer picks "3 With support" from the list with the arrow keys.
      const select = await tabTo((a) => a.id === 'agreed-0');
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect((select as HTMLSelectElement).value).to.equal('3');
      expect(el.currentReview!.items.find((i) => i.item === 'K1')!.agreed).to.equal(3);
      await tabTo((a) => a.id === 'reason-0');
      await sendKeys({ type: 'Agreed at the review: can do it with support' });
      for (const [party, name] of [['learner', 'Jo Bloggs'], ['employer', 'Sam Patel'], ['provider', 'Alex Jones']] as const) {
        await tabTo((a) => a.id === `signoff-${party}-name`, 40);
        await sendKeys({ type: name });
        await tabTo((a) => a.id === `sign-${party}`);
        await sendKeys({ press: 'Enter' });
        await settle(el);
        // Focus stays in the sign-off: on the button that removes it.
        expect(clean(active()!.textContent)).to.match(/^Remove the/);
      }
      expect(el.currentReview!.items.find((i) => i.item === 'K1')!.reason).to.equal('Agreed at the review: can do it with support');
      const submitted = oneEvent(el, 'ksb-submit') as unknown as Promise<KsbReviewSubmitEvent>;
      await tabTo((a) => a.id === 'submit');
      await sendKeys({ press: 'Enter' });
      const { review } = (await submitted).detail;
      expect(review.signoffs.map((s) => [s.party, s.name])).to.deep.equal([['learner', 'Jo Bloggs'], ['employer', 'Sam Patel'], ['provider', 'Alex Jones']]);
      expect((await verifyIntegrity(review)).status).to.equal('intact');
    } finally {
      done();
    }
  });

  it('a failed submit by keyboard focuses the error summary, whose links reach each step', async function () {
    this.timeout(30000);
    const fw = miniStandard();
    const results = [partyResult(fw, 'learner', { K1: 1, K2: 3, S1: 3 }), partyResult(fw, 'employer', { K1: 4, K2: 3, S1: 3 })];
    const el = await fixture<KsbReview>(html`<ksb-review required .framework=${fw} .results=${results}></ksb-review>`);
    await settle(el);
    const { active, tabTo, done } = keyboardFrom(el);
    try {
      await tabTo((a) => a.id === 'submit', 60);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(active()!.id).to.equal('error-summary');
      await tabTo((a) => clean(a.textContent) === 'Agree a rating for K2');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(active()!.id).to.equal('agreed-1');
    } finally {
      done();
    }
  });

  it('reflows at 320 px: only the tables scroll, each in a named, focusable region', async function () {
    this.timeout(30000);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><ksb-review .framework=${st0958} .results=${threeParties()} otj-hours="400" otj-minimum="300" duration-months="15" band-maximum="9000" price="8000"></ksb-review></div>`);
    const el = wrapper.firstElementChild as KsbReview;
    await elementUpdated(el);
    renderEverything(el);
    expect(overflowing(el)).to.deep.equal([]);
    expect(overlaps(el)).to.deep.equal([]);
    expect(clippedText(el)).to.deep.equal([]);
    for (const region of el.shadowRoot!.querySelectorAll<HTMLElement>('.table-scroll')) {
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.tabIndex).to.equal(0);
      expect(clean(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent)).to.not.equal('');
    }
    await expect(el).to.be.accessible();
  });

  it('reflows at 200 % zoom in a 1280 px window', async function () {
    this.timeout(30000);
    await setViewport({ width: 1280, height: 800 });
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="zoom: 2"><ksb-review .framework=${st0958} .results=${threeParties()}></ksb-review></div>`);
      const el = wrapper.firstElementChild as KsbReview;
      await settle(el);
      renderEverything(el);
      expect(horizontalScroll(el)).to.deep.equal([]);
      expect(overflowing(el)).to.deep.equal([]);
      expect(overlaps(el)).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
