// A failed submit whose error-summary code cannot be fetched: an alert with the validation
// message stands in for the summary (focused, in Welsh too), the submit stays blocked, the
// answers are kept and nothing is thrown. Every import of the error-summary module fails in
// this page (each test file has its own), as a lost connection makes it fail.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import { miniStandard } from '../harness/frameworks.js';
import { deepActive, twoCompetencies } from '../a11y/a11y-helpers.js';
import { watchPageErrors } from '../harness/page-errors.js';
import { failedImport, replaceChunkImport } from '../harness/chunk-timing.js';

let attempts = 0;
const restoreLoading = replaceChunkImport(/error-summary/, () => {
  attempts++;
  return failedImport();
});

describe('a failed submit whose error-summary code cannot be loaded', () => {
  after(restoreLoading);

  it('<skills-scan>: a focused alert with the validation message, submit blocked, answers kept, nothing thrown', async () => {
    const stopWatching = watchPageErrors();
    let thrown: string[] = [];
    try {
      const el = await fixture<SkillsScan>(html`<skills-scan mode="all" required .framework=${miniStandard()}></skills-scan>`);
      el.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-item="K1"] input[type="radio"]')!.click();
      await el.updateComplete;
      let submitted = 0;
      el.addEventListener('ksb-submit', () => submitted++);
      expect(el.submit()).to.equal(false);
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector<HTMLElement>('[part="error-summary"]');
      expect(box, 'an alert stands in for the summary').to.not.equal(null);
      expect(box!.getAttribute('role')).to.equal('alert');
      expect(box!.querySelector('h2')!.textContent).to.equal('There is a problem');
      expect(box!.querySelector('p')!.textContent).to.equal(el.validationMessage);
      expect(el.validationMessage).to.not.equal('');
      expect(deepActive()).to.equal(box);
      expect(attempts, 'the code was asked for').to.be.greaterThan(0);
      expect(submitted).to.equal(0);
      expect(el.currentResult?.responses.map((r) => r.item)).to.deep.equal(['K1']);
      await expect(el).to.be.accessible();
    } finally {
      thrown = stopWatching();
    }
    expect(thrown).to.deep.equal([]);
  });

  it('<dreyfus-rater>: the same, in Welsh', async () => {
    const el = await fixture<DreyfusRater>(html`<dreyfus-rater lang="cy" required .framework=${twoCompetencies()}></dreyfus-rater>`);
    expect(el.submit()).to.equal(false);
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="error-summary"]');
    expect(box).to.not.equal(null);
    expect(box!.querySelector('h2')!.textContent).to.equal('Mae problem wedi codi');
    expect(box!.querySelector('p')!.textContent).to.equal(el.validationMessage);
    expect(deepActive()).to.equal(box);
    await expect(el).to.be.accessible();
  });
});
