// A rater of many competencies renders its first runs at once and the rest a task at a time
// (src/shared/progressive-runs.ts), each run off screen skipped by the browser until shown;
// updateComplete waits for every competency.
import { aTimeout, expect } from '@open-wc/testing';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { Framework } from '../../src/model/framework.js';
import { bundled } from '../harness/frameworks.js';
import { holdSteps } from '../harness/progressive.js';

const counts = (el: DreyfusRater) => {
  const root = el.shadowRoot!;
  return {
    competencies: root.querySelectorAll('fieldset.competency').length,
    emptyRuns: [...root.querySelectorAll('.competency-block')].filter((b) => !b.querySelector('fieldset')).length,
    summary: !!root.querySelector('.summary'),
  };
};

describe('<dreyfus-rater>: many competencies rendered a few runs at a time', () => {
  let workers: Framework;
  before(async () => {
    workers = await bundled('str-workers.json');
  });
  afterEach(() => document.querySelectorAll('dreyfus-rater').forEach((el) => el.remove()));

  async function place(required = false): Promise<{ el: DreyfusRater; updates: ReturnType<typeof counts>[] }> {
    const el = document.createElement('dreyfus-rater') as DreyfusRater;
    el.required = required;
    document.body.append(el);
    await el.updateComplete;
    const updates: ReturnType<typeof counts>[] = [];
    el.addController({ hostUpdated: () => updates.push(counts(el)) });
    return { el, updates };
  }

  it('renders the first two runs at once and every competency, then the summary, by updateComplete', async () => {
    const { el, updates } = await place();
    el.framework = workers;
    await el.updateComplete;
    const all = counts(el);
    expect(all.competencies).to.be.greaterThan(200);
    // The first two runs (of up to ten, within a domain) at once; every other run an empty box.
    const blocks = [...el.shadowRoot!.querySelectorAll('.competency-block')];
    const firstTwo = blocks.slice(0, 2).reduce((n, b) => n + b.querySelectorAll('fieldset.competency').length, 0);
    expect(firstTwo).to.be.within(2, 20);
    expect(updates[0]).to.deep.equal({ competencies: firstTwo, emptyRuns: blocks.length - 2, summary: false });
    expect(all).to.deep.include({ emptyRuns: 0, summary: true });
    // Each run is skipped by the browser while off screen, at about the height it will have.
    const block = el.shadowRoot!.querySelector<HTMLElement>('.competency-block')!;
    expect(getComputedStyle(block).contentVisibility).to.equal('auto');
  });

  it('an error summary link to a competency not yet rendered renders its run and focuses its first level', async () => {
    const { el } = await place(true);
    const release = holdSteps();
    try {
      el.framework = workers;
      await aTimeout(50);
      expect(counts(el).emptyRuns).to.be.greaterThan(15);
      await expect(el).to.be.accessible();
      expect(el.submit()).to.equal(false);
      await aTimeout(50);
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')];
      expect(links.length).to.be.greaterThan(200);
      const last = links[links.length - 1];
      const target = last.getAttribute('href')!.slice(1);
      last.click();
      await aTimeout(50);
      const focused = el.shadowRoot!.activeElement as HTMLInputElement | null;
      expect(focused?.type).to.equal('radio');
      expect(focused!.closest('fieldset')!.id).to.equal(target);
    } finally {
      release();
    }
    await el.updateComplete;
    expect(counts(el).emptyRuns).to.equal(0);
  });
});
