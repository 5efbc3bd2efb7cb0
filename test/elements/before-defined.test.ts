// Its own test file: the element is not defined until the test imports it, as on a page that
// loads the script-tag bundle, which fetches an element's code when its tag appears.
import { expect, waitUntil } from '@open-wc/testing';
import { allRated, partyResult } from '../harness/review-harness.js';
import { bundled } from '../harness/frameworks.js';

describe('properties set before the element is defined', () => {
  it('<ksb-review>: framework and results set before the class arrives are read, with the chunks they need', async () => {
    const st0958 = await bundled('st0958.json');
    const ids = st0958.items.filter((i) => ['knowledge', 'skill', 'behaviour'].includes(i.type)).map((i) => i.id);
    expect(customElements.get('ksb-review'), 'defined too early').to.equal(undefined);
    const el = document.createElement('ksb-review') as HTMLElement & { framework: unknown; results: unknown };
    el.setAttribute('otj-hours', '400');
    el.setAttribute('price', '8000');
    el.framework = st0958;
    el.results = [partyResult(st0958, 'learner', allRated(ids, 3)), partyResult(st0958, 'employer', allRated(ids, 4))];
    document.body.append(el);
    await import('../../src/elements/ksb-review/ksb-review.js');
    try {
      await waitUntil(() => el.shadowRoot?.querySelector('.quick button[data-party="employer"]'), 'the results were never read', { timeout: 4000 });
      expect(el.shadowRoot!.textContent).to.include('Ratings reviewed');
    } finally {
      el.remove();
    }
  });
});
