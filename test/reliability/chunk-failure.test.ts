// A summary whose code cannot be fetched (a dropped connection, a deploy that lost a file):
// the element says so in its place, keeps the answers and stays usable, and throws nothing.
// In this page (each test file has its own) every import of a summary module fails as a lost
// connection makes it fail. Refusing the request at the server does not work in a full run: the
// browser serves the module from an earlier test page's cache.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import { miniStandard } from '../harness/frameworks.js';
import { twoCompetencies } from '../a11y/a11y-helpers.js';
import { watchPageErrors } from '../harness/page-errors.js';
import { failedImport, replaceChunkImport } from '../harness/chunk-timing.js';

const restoreLoading = replaceChunkImport(/scan-summary|rater-summary/, failedImport);

const NOT_LOADED = 'This part could not be loaded. Your answers are kept: reload the page to try again.';

describe('a summary whose code cannot be loaded', () => {
  after(restoreLoading);

  it('<skills-scan>: an alert in the summary’s place, answers kept, nothing thrown, no retry loop', async () => {
    const stopWatching = watchPageErrors();
    let thrown: string[] = [];
    try {
      const el = await fixture<SkillsScan>(html`<skills-scan mode="all" .framework=${miniStandard()}></skills-scan>`);
      const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
      await waitUntil(() => summary.querySelector('[role="alert"]'), 'no alert in the summary', { timeout: 5000 });
      expect(summary.querySelector('[role="alert"]')!.textContent).to.equal(NOT_LOADED);
      expect(summary.getAttribute('aria-busy')).to.equal(null);
      el.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-item="K1"] input[type="radio"]')!.click();
      await el.updateComplete;
      expect(el.currentResult?.responses.map((r) => r.item)).to.deep.equal(['K1']);
      expect(summary.querySelector('[role="alert"]')!.textContent).to.equal(NOT_LOADED);
      await expect(el).to.be.accessible();
    } finally {
      thrown = stopWatching();
    }
    expect(thrown).to.deep.equal([]);
  });

  it('<dreyfus-rater>: the same, in Welsh', async () => {
    const el = await fixture<DreyfusRater>(html`<dreyfus-rater lang="cy" .framework=${twoCompetencies()}></dreyfus-rater>`);
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
    await waitUntil(() => summary.querySelector('[role="alert"]'), 'no alert in the summary', { timeout: 5000 });
    expect(summary.querySelector('[role="alert"]')!.textContent).to.match(/^Nid oedd modd llwytho’r rhan hon/);
    await expect(el).to.be.accessible();
  });
});
