import { aTimeout, elementUpdated, expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import { miniStandard } from '../harness/frameworks.js';
import { RaterHarness } from '../harness/rater-harness.js';
import { ScanHarness } from '../harness/scan-harness.js';
import { eventLog, miniResult, textOf } from './helpers.js';

// The held-result notice (a `value` or draft for another version) is a chunk of its own, loaded
// with result validation. This file runs in a page of its own, so the chunk is not loaded until
// a test here gives a result to read; the first test must stay first.

/** Whether the page has fetched the held-notice code. */
const heldCodeFetched = () => performance.getEntriesByType('resource').some((e) => e.name.includes('held-notice'));
const notice = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="mismatch"]');

/**
 * Appends `el` and records what the first render showing the framework (its
 * progress line) showed of `look`, and the same once the element settles.
 */
async function firstShown<T>(el: SkillsScan | DreyfusRater, look: () => T): Promise<{ first: T; settled: T }> {
  let first: { value: T } | undefined;
  el.addController({
    hostUpdated: () => {
      if (!first && el.shadowRoot!.querySelector('#progress-text')) first = { value: look() };
    },
  });
  document.body.append(el);
  await waitUntil(() => first, 'the framework was never shown');
  await elementUpdated(el);
  return { first: first!.value, settled: look() };
}

describe('held-result notice loaded on demand', () => {
  afterEach(() => document.querySelectorAll('skills-scan, dreyfus-rater').forEach((e) => e.remove()));

  it('is not fetched without a value or autosave', async () => {
    const el = document.createElement('skills-scan') as SkillsScan;
    el.framework = miniStandard();
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('#progress-text'), 'the scan never showed');
    await new ScanHarness(el).answer('K1', 'Aware');
    await aTimeout(300);
    expect(heldCodeFetched()).to.be.false;
    expect(notice(el)).to.equal(null);
  });

  it('shows a value for another version in the first render that shows the framework, and reports it once', async () => {
    const el = document.createElement('skills-scan') as SkillsScan;
    const log = eventLog(el);
    el.framework = miniStandard();
    el.value = miniResult({ K1: 4, K9: 2 }, { framework: { id: 'mini', version: '1' } });
    const { first, settled } = await firstShown(el, () => textOf(notice(el)));
    expect(first).to.equal(
      'These saved answers are for a different framework The saved answers were given for version 1; this is version 2. ' +
        '1 answer matches an item in this framework; 1 does not. Answers for items not in this framework: K9 Use the matching answers Start afresh',
    );
    expect(settled).to.equal(first);
    expect(heldCodeFetched()).to.be.true;
    expect(log.of('ksb-error').map((e) => e.detail.source)).to.deep.equal(['value']);
    log.stop();
  });

  it('is in Welsh from the first render on a Welsh page, naming unknown items as the rater does', async () => {
    const el = document.createElement('dreyfus-rater') as DreyfusRater;
    el.lang = 'cy';
    el.setAttribute('competencies', 'K1 K2');
    el.framework = miniStandard();
    el.value = {
      ...miniResult({}, { framework: { id: 'other', version: '1' } }),
      scale: 'dreyfus',
      responses: [
        { item: 'K1', value: 3, scale: 'dreyfus', time: '2026-03-01T09:00:00.000Z' },
        { item: 'X7', value: 2, scale: 'dreyfus', time: '2026-03-01T09:00:00.000Z' },
      ],
    };
    const { first } = await firstShown(el, () => ({
      title: textOf(notice(el)?.querySelector('h2')),
      lines: [...(notice(el)?.querySelectorAll('p, li') ?? [])].map(textOf),
    }));
    expect(first).to.deep.equal({
      title: 'Mae’r atebion hyn wedi’u cadw ar gyfer fframwaith gwahanol',
      lines: [
        'Mae’r atebion ar gyfer “other”, nid “mini”.',
        'Mae 1 ateb yn cyfateb i eitemau yn y fframwaith hwn; nid yw 1 yn cyfateb.',
        'Atebion ar gyfer eitemau nad ydynt yn y fframwaith hwn:',
        'X7',
        'Defnyddio’r atebion sy’n cyfateb Dechrau o’r newydd',
      ],
    });
    await expect(el).to.be.accessible();

    // The choice works from the chunk: the matching answer is taken, the notice goes.
    await new RaterHarness(el).press('Defnyddio’r atebion sy’n cyfateb');
    await elementUpdated(el);
    expect(notice(el)).to.equal(null);
    expect(el.currentResult!.framework).to.deep.include({ id: 'mini', version: '2' });
    expect(el.currentResult!.responses.map((r) => [r.item, r.value])).to.deep.equal([['K1', 3]]);
  });
});
