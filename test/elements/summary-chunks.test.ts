// The summaries of <skills-scan> and <dreyfus-rater> load on demand (a chunk each). These tests
// pin what that must not change: while the chunk loads, the heading is there (focus can rest on
// it) with a polite loading status; `updateComplete` waits for the chunk; the chunk's styles
// reach the shadow root; and trends over `history` render in the first complete render.
// The first test must stay first: it needs a page where no summary chunk has loaded yet.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { Framework } from '../../src/model/framework.js';
import type { Result } from '../../src/model/result.js';
import { firstRender } from '../harness/chunk-timing.js';
import { bundled, miniStandard } from '../harness/frameworks.js';

describe('summaries loaded on demand', () => {
  let somerset: Framework;
  before(async () => {
    somerset = await bundled('somerset-splw.json');
  });

  it('<skills-scan>: shows the heading and a loading status until the summary chunk is in, and updateComplete waits for it', async () => {
    const el = document.createElement('skills-scan') as SkillsScan;
    el.mode = 'all';
    el.framework = miniStandard();
    document.body.append(el);
    try {
      const summary = await firstRender(el, '[part="summary"]');
      expect(summary.querySelector('#summary-title')!.textContent).to.equal('Check your answers');
      expect(summary.getAttribute('aria-busy')).to.equal('true');
      expect(summary.querySelector('[role="status"]')!.textContent).to.equal('Loading the summary…');
      expect(summary.querySelector('.charts')).to.equal(null);

      await el.updateComplete;
      expect(summary.hasAttribute('aria-busy')).to.equal(false);
      expect(summary.querySelector('[role="status"]')).to.equal(null);
      expect(summary.querySelectorAll('.chart-figure').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('<skills-scan>: reaching the summary focuses its heading, with the chunk’s styles applied', async () => {
    const el = await fixture<SkillsScan>(html`<skills-scan .framework=${miniStandard()}></skills-scan>`);
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('.steps li:last-child .step-link')!.click();
    await el.updateComplete;
    expect(root.activeElement?.id).to.equal('summary-title');
    const charts = root.querySelector<HTMLElement>('.charts')!;
    // `.charts` is laid out by the summary chunk's stylesheet, not the element's own.
    expect(getComputedStyle(charts).display).to.equal('grid');
    expect(getComputedStyle(root.querySelector('.print-only')!).display).to.equal('none');
  });

  it('<skills-scan>: a submitted result resumed on the summary shows it whole once updateComplete settles', async () => {
    const fw = miniStandard();
    const now = new Date().toISOString();
    const value: Result = {
      format: 'ksb-result/1',
      framework: { id: fw.id, version: fw.version },
      scale: 'confidence',
      started: now,
      updated: now,
      submitted: now,
      position: { section: 'summary' },
      responses: fw.items.map((i) => ({ item: i.id, value: 3, scale: 'confidence', time: now })),
    };
    const el = await fixture<SkillsScan>(html`<skills-scan readonly .framework=${fw} .value=${value}></skills-scan>`);
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
    expect(summary.querySelector('h4')!.textContent).to.equal('Every item is answered.');
    expect(summary.querySelector('.submit')).to.equal(null);
  });

  it('<dreyfus-rater>: the summary renders from its chunk, styled, and trends over history come with the first render', async () => {
    const now = '2026-01-15T10:00:00.000Z';
    const earlier: Result = {
      format: 'ksb-result/1',
      framework: { id: somerset.id, version: somerset.version },
      scale: 'dreyfus',
      started: now,
      updated: now,
      submitted: now,
      rater: 'A. Okafor',
      responses: [{ item: 'person-centred-approach', value: 2, scale: 'dreyfus', time: now }],
    };
    const el = await fixture<DreyfusRater>(html`<dreyfus-rater .framework=${somerset} .history=${[earlier]}></dreyfus-rater>`);
    const root = el.shadowRoot!;
    const trend = root.querySelector('.competency[data-item="person-centred-approach"] [part="trend"]')!;
    expect(trend.querySelector('li')!.textContent!.trim()).to.equal('15 January 2026, A. Okafor: 2 Advanced Beginner');
    expect(getComputedStyle(trend.querySelector('.sparkline')!).borderTopWidth).to.equal('1px');
    const summary = root.querySelector('[part="summary"]')!;
    expect(summary.hasAttribute('aria-busy')).to.equal(false);
    expect(summary.querySelector('.ratings-table')).to.not.equal(null);
    expect(getComputedStyle(summary.querySelector('.table-scroll')!).overflowX).to.equal('auto');
    await expect(el).to.be.accessible();
  });
});
