// A `required` element renders without the error summary's chunk and fetches it once the
// browser is idle, so a failed submit shows the summary without a wait.
// This file runs in a page of its own: the chunk must not have been fetched before it starts.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import { deepActive, twoCompetencies } from './a11y-helpers.js';
import { fetched, firstRender } from '../harness/chunk-timing.js';

describe('error summary code prefetched with `required`', () => {
  it('renders without it, fetches it when idle, and a failed submit then shows the summary at once', async () => {
    const el = document.createElement('dreyfus-rater') as DreyfusRater;
    el.required = true;
    el.framework = twoCompetencies();
    document.body.append(el);
    try {
      await firstRender(el, '[part="competency"]');
      expect(fetched('shared/error-summary.ts')).to.equal(false);
      await waitUntil(() => fetched('shared/error-summary.ts'), 'the error summary code is prefetched', { timeout: 5000 });
      // Loaded (not only requested) before the submit.
      await new Promise((r) => setTimeout(r, 200));
      expect(el.submit()).to.equal(false);
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector('[part="error-summary"]');
      expect(box).to.not.equal(null);
      expect(deepActive()).to.equal(box);
    } finally {
      el.remove();
    }
  });
});
