import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { overflowing } from '../a11y/layout-checks.js';
import { settle, shownText, type ElementKind, type Mounted } from './mount.js';

/**
 * A framework whose statement is one unbroken 1 MiB word must render, wrap
 * inside a 320 px wide element and not stall the page: text that only wraps
 * anywhere makes layout cost grow with the word length (and at one time with
 * its square). The render time is printed, not asserted: the machines vary.
 */

const WORD = 'x'.repeat(1024 * 1024);
const framework = (word = WORD) => ({
  format: 'ksb-framework/1',
  id: 'long-word',
  version: '1',
  title: 'Long word',
  items: [
    { id: 'D1', code: 'D1', type: 'duty', statement: 'A duty' },
    { id: 'K1', code: 'K1', type: 'knowledge', statement: word },
  ],
  associations: [{ type: 'requires', source: 'D1', target: 'K1' }],
});

async function render(kind: Exclude<ElementKind, 'provider'>, word = WORD): Promise<{ view: Mounted['view']; ms: number }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
  const view = document.createElement(kind) as Mounted['view'];
  if (kind === 'skills-scan') view.setAttribute('mode', 'all');
  if (kind === 'ksb-matrix') {
    view.setAttribute('rows', 'knowledge');
    view.setAttribute('columns', 'duty');
  }
  const t0 = performance.now();
  (view as unknown as { framework: unknown }).framework = framework(word);
  wrapper.append(view);
  await settle(view);
  // At 320 px the matrix switches to its list layout once it has measured its width.
  if (kind === 'ksb-matrix') await waitUntil(() => view.shadowRoot!.querySelector('[part="list"]'), 'no list layout', { timeout: 30000 });
  view.getBoundingClientRect();
  const ms = performance.now() - t0;
  if (word !== WORD) return { view, ms };
  console.log(`<${kind}> with a ${WORD.length}-character word at 320 px: ${ms.toFixed(0)} ms (${navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chromium'})`);
  return { view, ms };
}

/** The deepest element in the shadow root whose own text is the word. */
function holder(view: HTMLElement): HTMLElement | undefined {
  return [...view.shadowRoot!.querySelectorAll<HTMLElement>('*')].find((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(WORD)));
}

describe('a 1 MiB unbroken word', function () {
  this.timeout(60000);
  for (const kind of ['skills-scan', 'dreyfus-rater', 'ksb-matrix'] as const) {
    it(`<${kind}> renders it, wrapped inside 320 px`, async () => {
      // Once with a short word first, so the time printed is the word's, not the first render's set-up.
      await render(kind, 'short');
      const { view } = await render(kind);
      expect(shownText(view).includes(WORD), 'the word is shown verbatim').to.equal(true);
      const el = holder(view);
      expect(el, 'an element holds the word').to.not.equal(undefined);
      const box = el!.getBoundingClientRect();
      const host = view.getBoundingClientRect();
      expect(host.width).to.equal(320);
      expect(box.width, 'the word has a box').to.be.greaterThan(0);
      expect(box.height, 'the word wraps onto many lines').to.be.greaterThan(1000);
      expect(box.right, 'the word stays inside the element').to.be.at.most(host.right + 0.5);
      expect(view.scrollWidth, 'no horizontal scroll').to.be.at.most(view.clientWidth + 1);
      expect(overflowing(view), 'boxes sticking out').to.deep.equal([]);
    });
  }
});
