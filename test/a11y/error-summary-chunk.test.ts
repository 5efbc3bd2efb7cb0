// The error summary and inline errors of a failed submit are a chunk of their own
// (src/shared/error-summary.ts): an element without `required` never fetches it, and an update
// that shows errors waits for it, so the summary is there, styled and focused, in that update.
// This file runs in a page of its own; the order of the tests matters: the first checks that
// the chunk has not been fetched yet.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import { miniStandard } from '../harness/frameworks.js';
import { deepActive, describedBy, twoCompetencies } from './a11y-helpers.js';
import { fetched, idle } from '../harness/chunk-timing.js';

describe('error summary code loaded on demand', () => {
  it('without `required`: neither element fetches it, even once the page is idle', async () => {
    const scan = await fixture<SkillsScan>(html`<skills-scan .framework=${miniStandard()}></skills-scan>`);
    const rater = await fixture<DreyfusRater>(html`<dreyfus-rater .framework=${twoCompetencies()}></dreyfus-rater>`);
    await idle();
    expect(fetched('shared/result-element.ts'), 'resource timing sees the elements’ own modules').to.equal(true);
    expect(fetched('shared/error-summary.ts')).to.equal(false);
    expect(scan.shadowRoot!.querySelector('[part="question"]')).to.not.equal(null);
    expect(rater.shadowRoot!.querySelector('[part="competency"]')).to.not.equal(null);
  });

  it('a failed submit before any prefetch: the update that shows the errors waits for the code, then shows the summary styled and focused', async () => {
    const el = await fixture<SkillsScan>(html`<skills-scan mode="all" .framework=${miniStandard()}></skills-scan>`);
    expect(fetched('shared/error-summary.ts')).to.equal(false);
    // Required and submitted in one task: no render (so no prefetch) comes between.
    el.required = true;
    expect(el.submit()).to.equal(false);
    expect(el.validationMessage).to.not.equal('');
    await el.updateComplete;
    expect(fetched('shared/error-summary.ts')).to.equal(true);
    const root = el.shadowRoot!;
    const box = root.querySelector<HTMLElement>('[part="error-summary"]');
    expect(box, 'the summary is in the update that shows the errors').to.not.equal(null);
    expect(deepActive()).to.equal(box);
    // The chunk's CSS came with it.
    expect(getComputedStyle(box!).borderTopWidth).to.equal('5px');
    const question = root.querySelector<HTMLElement>('fieldset.invalid')!;
    expect(getComputedStyle(question).borderInlineStartWidth).to.equal('5px');
    expect(describedBy(root, question)[0]).to.match(/^Error: Choose an answer for /);
    expect(getComputedStyle(root.querySelector('.error-message')!).fontWeight).to.equal('700');
  });
});
