// Each element's Welsh table sits beside its English one and is a chunk of its own: a page
// fetches the Welsh of the elements it shows in Welsh, and no Welsh at all in English.
// The first test must stay first: it needs a page where no Welsh has loaded yet.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { KsbMatrix } from '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import { fetched } from '../harness/chunk-timing.js';
import { bundled, miniStandard } from '../harness/frameworks.js';

const welshOf = {
  shared: 'shared/locales/cy.ts',
  matrix: 'elements/ksb-matrix/matrix-strings.cy.ts',
  rater: 'elements/dreyfus-rater/rater-strings.cy.ts',
  raterSummary: 'elements/dreyfus-rater/rater-summary-strings.cy.ts',
};

describe('Welsh tables loaded with their elements', () => {
  it('an English matrix and rater fetch no Welsh', async () => {
    const matrix = await fixture<KsbMatrix>(html`<ksb-matrix lang="en" .framework=${miniStandard()}></ksb-matrix>`);
    const rater = await fixture<DreyfusRater>(html`<dreyfus-rater lang="en" .framework=${await bundled('somerset-splw.json')}></dreyfus-rater>`);
    await Promise.all([matrix.updateComplete, rater.updateComplete]);
    expect(Object.values(welshOf).filter(fetched)).to.deep.equal([]);
  });

  it('a Welsh matrix fetches the shared Welsh and its own table, not the rater’s, and renders Welsh from the first render', async () => {
    const el = await fixture<KsbMatrix>(html`<ksb-matrix lang="cy" .framework=${miniStandard()}></ksb-matrix>`);
    await el.updateComplete;
    expect(fetched(welshOf.shared)).to.equal(true);
    expect(fetched(welshOf.matrix)).to.equal(true);
    expect(fetched(welshOf.rater)).to.equal(false);
    expect(fetched(welshOf.raterSummary)).to.equal(false);
    const filter = el.shadowRoot!.querySelector('label[for="filter"]');
    expect(filter?.textContent?.trim()).to.equal('Hidlo');
    await expect(el).to.be.accessible();
  });

  it('a Welsh rater then fetches its own tables', async () => {
    const el = await fixture<DreyfusRater>(html`<dreyfus-rater lang="cy" .framework=${await bundled('somerset-splw.json')}></dreyfus-rater>`);
    await el.updateComplete;
    expect(fetched(welshOf.rater)).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('Sut i sgorio');
  });
});
