// Its own test file, so that the page starts with no chunk loaded: an input given while the
// element waits for the chunks of another still gets the chunks it needs before the render.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/ksb-review/ksb-review.js';
import type { KsbReview } from '../../src/elements/ksb-review/ksb-review.js';
import { allRated, partyResult } from '../harness/review-harness.js';
import { bundled } from '../harness/frameworks.js';

describe('an input given while other chunks load', () => {
  it('<ksb-review>: results set while the RPL chunks load are read and shown', async () => {
    const st0958 = await bundled('st0958.json');
    const ids = st0958.items.filter((i) => ['knowledge', 'skill', 'behaviour'].includes(i.type)).map((i) => i.id);
    const el = document.createElement('ksb-review') as KsbReview;
    for (const [name, value] of Object.entries({ 'otj-hours': '400', 'otj-minimum': '300', 'duration-months': '15', 'band-maximum': '9000', price: '8000' })) el.setAttribute(name, value);
    el.framework = st0958;
    document.body.append(el);
    // The first update now waits for the prior-learning chunks; the results come meanwhile.
    await new Promise((r) => setTimeout(r));
    el.results = [partyResult(st0958, 'learner', allRated(ids, 3)), partyResult(st0958, 'employer', allRated(ids, 4))];
    try {
      await waitUntil(() => el.shadowRoot?.querySelector('.quick button[data-party="employer"]'), 'the results were never read', { timeout: 4000 });
      expect(el.shadowRoot!.textContent).to.include('Ratings reviewed');
    } finally {
      el.remove();
    }
  });
});
