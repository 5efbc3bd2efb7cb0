import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { SkillsScan } from '../../../src/elements/skills-scan/skills-scan.js';
import type { KsbErrorDetail } from '../../../src/shared/events.js';
import type { Result } from '../../../src/model/result.js';
import { ScanHarness } from '../../harness/scan-harness.js';
import { ScanPage, type ScanPageProps } from './scan-page.js';

const ST0958 = '/frameworks/st0958.json';

/** Mounts the example page in a fresh React root; `render` re-renders it with new props. */
function mount(props: ScanPageProps) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const render = (p: ScanPageProps) => root.render(createElement(ScanPage, p));
  render(props);
  const status = () => container.querySelector('[role="status"]')?.textContent ?? '';
  const unmount = () => {
    root.unmount();
    container.remove();
  };
  return { container, render, status, unmount };
}

/** Waits until the scan inside `container` has loaded its framework and shows questions. */
async function loadedScan(container: HTMLElement): Promise<{ el: SkillsScan; h: ScanHarness }> {
  await waitUntil(() => container.querySelector('skills-scan')?.shadowRoot?.querySelector('fieldset.question'), 'the scan did not show its questions', { timeout: 5000 });
  const el = container.querySelector('skills-scan')!;
  return { el, h: new ScanHarness(el) };
}

/** Records what the page hands to the host. */
function host() {
  const drafts: Result[] = [];
  const problems: KsbErrorDetail[] = [];
  return { drafts, problems, onDraft: (r: Result) => drafts.push(r), onProblem: (d: KsbErrorDetail) => problems.push(d) };
}

describe('example: React page with <SkillsScan>', () => {
  it('renders the scan from src and hands each answer to the onKsbChange handler', async () => {
    const saved = host();
    const page = mount({ src: ST0958, subject: 'learner-123', ...saved });
    try {
      const { h } = await loadedScan(page.container);
      expect(page.status()).to.equal('Nothing saved yet');
      expect(h.progressText()).to.equal('0 of 92 answered');

      // A person's click on a radio inside the element's shadow DOM.
      h.radio('K2', 'With support').click();
      await waitUntil(() => saved.drafts.length === 1, 'onKsbChange was not called');
      const [draft] = saved.drafts;
      expect(draft.framework).to.include({ id: 'st0958', version: '1' });
      expect(draft.subject).to.equal('learner-123');
      expect(draft.responses.map((r) => [r.item, r.value, r.scale])).to.deep.equal([['K2', 3, 'confidence']]);
      // React state set by the handler re-rendered the page.
      await waitUntil(() => page.status() === '1 saved for learner-123; last K2 = 3', `status was "${page.status()}"`);

      h.radio('K5', 'Confidently').click();
      await waitUntil(() => saved.drafts.length === 2);
      expect(saved.drafts[1].responses.map((r) => [r.item, r.value])).to.deep.equal([['K2', 3], ['K5', 5]]);
      await waitUntil(() => page.status() === '2 saved for learner-123; last K5 = 5', `status was "${page.status()}"`);
      expect(saved.problems).to.deep.equal([]);
    } finally {
      page.unmount();
    }
  });

  it('hands bad input to the onKsbError handler, with the problem and its path', async () => {
    const saved = host();
    const page = mount({ src: new URL('../broken-framework.json', import.meta.url).pathname, subject: 'learner-123', ...saved });
    try {
      await waitUntil(() => saved.problems.length > 0, 'onKsbError was not called', { timeout: 5000 });
      const [detail] = saved.problems;
      const errors = detail.problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => p.path)).to.deep.equal(['$.items[1].parent']);
      expect(errors[0].message).to.include('D9');
      await waitUntil(() => page.status() === `${detail.source}: ${detail.problems.length} problem(s)`, `status was "${page.status()}"`);
      const alert = page.container.querySelector('skills-scan')!.shadowRoot!.querySelector('[role="alert"]');
      expect(alert?.textContent).to.include('This framework cannot be shown');
      expect(saved.drafts).to.deep.equal([]);
    } finally {
      page.unmount();
    }
  });

  it('keeps the answers when React re-renders with new props, and calls the new handler only', async () => {
    const first = host();
    const page = mount({ src: ST0958, subject: 'learner-123', ...first });
    try {
      const { el, h } = await loadedScan(page.container);
      h.radio('K1', 'Aware').click();
      h.radio('K3', 'Independently').click();
      await waitUntil(() => first.drafts.length === 2);

      // New props: another subject and new handlers (as a parent's re-render would pass).
      const second = host();
      page.render({ src: ST0958, subject: 'learner-456', ...second });
      await waitUntil(() => el.subject === 'learner-456', 'the new subject prop did not reach the element');
      await el.updateComplete;
      expect(page.container.querySelector('skills-scan')).to.equal(el, 'React replaced the element');
      expect(h.checked('K1')).to.equal('Aware');
      expect(h.checked('K3')).to.equal('Independently');
      expect(h.progressText()).to.equal('2 of 92 answered');

      h.radio('K4', 'Not sure').click();
      await waitUntil(() => second.drafts.length === 1, 'the new onKsbChange handler was not called');
      expect(first.drafts).to.have.length(2);
      const latest = second.drafts[0];
      expect(latest.subject).to.equal('learner-456');
      expect(latest.responses.map((r) => [r.item, r.value])).to.deep.equal([['K1', 2], ['K3', 4], ['K4', null]]);
      await waitUntil(() => page.status() === '3 saved for learner-456; last K4 = null', `status was "${page.status()}"`);
    } finally {
      page.unmount();
    }
  });
});
