import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import { fixture } from '@open-wc/testing';
import type { Framework } from '../../src/model/framework.js';
import { verifyIntegrity } from '../../src/model/integrity.js';
import { bundled } from '../harness/frameworks.js';
import { scanFixture } from '../harness/scan-harness.js';

describe('who rated (party) and the submission digest', () => {
  let st0958: Framework;
  let somerset: Framework;
  before(async () => {
    st0958 = await bundled('st0958.json');
    somerset = await bundled('somerset-splw.json');
  });

  const description = (root: ShadowRoot, input: HTMLInputElement) => root.getElementById(input.getAttribute('aria-describedby')!)!.textContent!.trim();

  it('a scan is the learner\'s by default: first-person wording, party "learner" in the result', async () => {
    const { el, h } = await scanFixture(html`<skills-scan .framework=${st0958}></skills-scan>`);
    expect(h.root.querySelector('.about-prompt')).to.equal(null);
    expect(description(el.shadowRoot!, h.radio('K7', 'With support'))).to.equal('I can do this with guidance or supervision.');
    const changed = oneEvent(el, 'ksb-change');
    await h.answer('K1', 'Aware');
    expect((await changed).detail.result.party).to.equal('learner');
  });

  it('an employer is asked about the subject, with the third-person scale descriptors, and recorded as the employer', async () => {
    const { el, h } = await scanFixture(html`<skills-scan .framework=${st0958} party="employer" subject="Jo"></skills-scan>`);
    expect(h.root.querySelector('.about-prompt')!.textContent!.trim()).to.equal('How well can Jo do each of these?');
    expect(description(el.shadowRoot!, h.radio('K7', 'With support'))).to.equal('Jo can do this with guidance or supervision.');
    expect(description(el.shadowRoot!, h.radio('K7', 'Not sure'))).to.equal('Skip for now if you have not seen this yet.');
    const changed = oneEvent(el, 'ksb-change');
    await h.answer('K1', 'Aware');
    const { result } = (await changed).detail;
    expect([result.party, result.subject]).to.deep.equal(['employer', 'Jo']);
    await expect(el).to.be.accessible();
  });

  it('without a subject another party is told about "the learner", and in Welsh about "y dysgwr"', async () => {
    const { el, h } = await scanFixture(html`<skills-scan .framework=${st0958} party="provider"></skills-scan>`);
    expect(h.root.querySelector('.about-prompt')!.textContent!.trim()).to.equal('How well can the learner do each of these?');
    expect(description(el.shadowRoot!, h.radio('K7', 'Not yet'))).to.equal('The learner has no knowledge or experience of this yet.');
    const cy = await scanFixture(html`<skills-scan .framework=${st0958} party="employer" lang="cy"></skills-scan>`);
    expect(cy.h.root.querySelector('.about-prompt')!.textContent!.trim()).to.equal('Pa mor dda y gall y dysgwr wneud pob un o’r rhain?');
    expect(description(cy.el.shadowRoot!, cy.h.radio('K7', 'Gyda chymorth'))).to.equal('Gall y dysgwr wneud hyn gydag arweiniad neu oruchwyliaeth.');
    await expect(cy.el).to.be.accessible();
  });

  it('an unknown party is reported with ksb-error (source party) and the scan stays the learner\'s', async () => {
    const el = document.createElement('skills-scan');
    const error = oneEvent(el, 'ksb-error');
    el.framework = st0958;
    el.setAttribute('party', 'boss');
    document.body.append(el);
    const { detail } = await error;
    expect(detail.source).to.equal('party');
    expect(detail.problems[0].message).to.contain('Unknown party "boss"');
    await el.updateComplete;
    el.remove();
  });

  it('a submitted scan carries an integrity digest that verifies, and a later answer drops it', async () => {
    const { el, h } = await scanFixture(html`<skills-scan .framework=${st0958} mode="all" party="assessor"></skills-scan>`);
    await h.answer('K1', 'Independently');
    const submitted = oneEvent(el, 'ksb-submit');
    expect(el.submit()).to.equal(true);
    const { result } = (await submitted).detail;
    expect(result.party).to.equal('assessor');
    expect(result.integrity).to.include({ alg: 'SHA-256', canonicalization: 'JCS' });
    expect((await verifyIntegrity(result)).status).to.equal('intact');
    // What the host stores (JSON text) still verifies; an edit to it shows.
    expect((await verifyIntegrity(JSON.stringify(result))).status).to.equal('intact');
    expect((await verifyIntegrity({ ...result, subject: 'someone else' })).status).to.equal('changed');
    await el.updateComplete;
    expect(el.currentResult!.integrity?.digest).to.equal(result.integrity!.digest);
    await h.answer('K2', 'Aware');
    expect(el.currentResult!.integrity).to.equal(undefined);
  });

  it('a rater records its party; a learner rating themself is asked about themself, an observer about the subject', async () => {
    const el = await fixture<DreyfusRater>(html`<dreyfus-rater .framework=${somerset} party="learner"></dreyfus-rater>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.hint[id$="-hint"]')!.textContent!.trim()).to.equal('Choose the level that best describes how you do this.');
    await expect(el).to.be.accessible();
    const about = await fixture<DreyfusRater>(html`<dreyfus-rater .framework=${somerset} party="employer" subject="Jo"></dreyfus-rater>`);
    await about.updateComplete;
    expect(about.shadowRoot!.querySelector('.hint[id$="-hint"]')!.textContent!.trim()).to.equal('Choose the level that best describes what you observed of Jo.');
    const submitted = oneEvent(about, 'ksb-submit');
    about.submit();
    const { result } = (await submitted).detail;
    expect(result.party).to.equal('employer');
    expect((await verifyIntegrity(result)).status).to.equal('intact');
  });
});
