import { expect, waitUntil } from '@open-wc/testing';
import { createElement, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { DreyfusRater, KsbFramework, KsbMatrix, KsbProfileBuilder, KsbReview, SkillsScan } from '../../../src/react/index.js';
import type { KsbReviewChangeEvent } from '../../../src/shared/events.js';
import { allRated, partyResult } from '../../harness/review-harness.js';
import type { KsbErrorEvent, KsbLoadEvent, KsbProfileEvent, KsbSelectEvent, KsbSubmitEvent, KsbChangeEvent } from '../../../src/shared/events.js';
import type { Framework } from '../../../src/model/framework.js';
import { bundled, miniStandard } from '../../harness/frameworks.js';
import { RaterHarness } from '../../harness/rater-harness.js';
import { ScanHarness } from '../../harness/scan-harness.js';

/** Renders a React element into a fresh container; returns it and a clean-up. */
function render(element: ReactElement) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(element);
  return {
    container,
    unmount: () => {
      root.unmount();
      container.remove();
    },
  };
}

const shown = (el: Element | null | undefined, selector: string) => el?.shadowRoot?.querySelector(selector);

describe('ksb-elements/react wrappers', () => {
  it('each wrapper is an entry of its own (ksb-elements/react/skills-scan, ...), the same component as in the index', async () => {
    const each = await Promise.all([
      import('../../../src/react/skills-scan.js'),
      import('../../../src/react/dreyfus-rater.js'),
      import('../../../src/react/ksb-matrix.js'),
      import('../../../src/react/ksb-framework.js'),
      import('../../../src/react/ksb-profile-builder.js'),
      import('../../../src/react/ksb-review.js'),
    ]);
    expect(each.map((m) => Object.values(m)[0])).to.deep.equal([SkillsScan, DreyfusRater, KsbMatrix, KsbFramework, KsbProfileBuilder, KsbReview]);
  });

  let st0958: Framework;
  let somerset: Framework;
  before(async () => {
    [st0958, somerset] = await Promise.all([bundled('st0958.json'), bundled('somerset-splw.json')]);
  });

  it('SkillsScan passes objects as properties and calls onKsbSubmit with the submitted result', async () => {
    const submitted: KsbSubmitEvent[] = [];
    const changes: KsbChangeEvent[] = [];
    const page = render(
      createElement(SkillsScan, { framework: miniStandard(), subject: 'learner-9', onKsbChange: (e) => changes.push(e), onKsbSubmit: (e) => submitted.push(e) }),
    );
    try {
      await waitUntil(() => shown(page.container.querySelector('skills-scan'), 'fieldset.question'), 'no questions shown');
      const el = page.container.querySelector('skills-scan')!;
      expect(el.hasAttribute('framework')).to.equal(false, 'the framework went in as an attribute');
      const h = new ScanHarness(el);
      await h.answer('K1', 'Independently');
      await h.answer('K2', 'Aware');
      await h.press('Next');
      await h.answer('S1', 'Not yet');
      await h.press('Review answers');
      await h.press('Submit');
      await waitUntil(() => submitted.length === 1, 'onKsbSubmit was not called');
      const { result } = submitted[0].detail;
      expect(result.submitted).to.be.a('string');
      expect(result.subject).to.equal('learner-9');
      expect(result.responses.map((r) => [r.item, r.value])).to.deep.equal([['K1', 4], ['K2', 2], ['S1', 1]]);
      expect(changes.map((e) => e.detail.item)).to.deep.equal(['K1', 'K2', 'S1']);
    } finally {
      page.unmount();
    }
  });

  it('DreyfusRater calls onKsbChange with the level chosen and the rater', async () => {
    const changes: KsbChangeEvent[] = [];
    const page = render(
      createElement(DreyfusRater, { framework: somerset, competencies: 'promoting-autonomy', rater: 'A. Supervisor', onKsbChange: (e) => changes.push(e) }),
    );
    try {
      await waitUntil(() => shown(page.container.querySelector('dreyfus-rater'), '.competency[data-item]'), 'no competency shown');
      const h = new RaterHarness(page.container.querySelector('dreyfus-rater')!);
      expect(h.competencyIds()).to.deep.equal(['promoting-autonomy']);
      h.radio('promoting-autonomy', 2).click();
      await waitUntil(() => changes.length === 1, 'onKsbChange was not called');
      const { result, item } = changes[0].detail;
      expect(item).to.equal('promoting-autonomy');
      expect(result.rater).to.equal('A. Supervisor');
      expect(result.responses.map((r) => [r.item, r.value, r.scale])).to.deep.equal([['promoting-autonomy', 2, 'dreyfus']]);
    } finally {
      page.unmount();
    }
  });

  it('KsbMatrix calls onKsbSelect with the items of the clicked cell', async () => {
    const selected: KsbSelectEvent[] = [];
    const loaded: KsbLoadEvent[] = [];
    const page = render(createElement(KsbMatrix, { framework: st0958, layout: 'table', onKsbSelect: (e) => selected.push(e), onKsbLoad: (e) => loaded.push(e) }));
    try {
      await waitUntil(() => shown(page.container.querySelector('ksb-matrix'), 'td[part="cell"]'), 'no cells shown');
      expect(loaded.map((e) => e.detail.id)).to.deep.equal(['st0958']);
      const root = page.container.querySelector('ksb-matrix')!.shadowRoot!;
      const firstRow = root.querySelector('tbody tr')!;
      expect(firstRow.querySelector('.row-label')!.textContent!.trim()).to.equal('Duty 1');
      (firstRow.querySelectorAll('td[part="cell"]')[2] as HTMLElement).click();
      await waitUntil(() => selected.length === 1, 'onKsbSelect was not called');
      expect(selected[0].detail).to.deep.equal({ items: ['D1', 'K3'] });
    } finally {
      page.unmount();
    }
  });

  it('KsbFramework loads one framework for its React children and calls onKsbLoad, or onKsbError for a bad src', async () => {
    const loaded: KsbLoadEvent[] = [];
    const errors: KsbErrorEvent[] = [];
    const page = render(
      createElement(
        'div',
        null,
        createElement(KsbFramework, { src: '/frameworks/st0958.json', onKsbLoad: (e) => loaded.push(e) }, createElement(SkillsScan, null)),
        createElement(KsbFramework, { src: '/no/such/framework.json', onKsbError: (e) => errors.push(e) }),
      ),
    );
    try {
      await waitUntil(() => loaded.length === 1 && errors.length === 1, 'onKsbLoad and onKsbError were not both called', { timeout: 5000 });
      expect(loaded[0].detail).to.deep.equal({ id: 'st0958', version: '1', title: 'Community health and wellbeing worker', warnings: [] });
      expect(errors[0].detail.source).to.equal('src');
      expect(errors[0].detail.problems[0].message).to.include('404');
      const scan = page.container.querySelector('ksb-framework')!.querySelector('skills-scan')!;
      await waitUntil(() => shown(scan, '#progress-text'), 'the child scan did not render');
      expect(new ScanHarness(scan).progressText()).to.equal('0 of 92 answered');
    } finally {
      page.unmount();
    }
  });

  it('KsbProfileBuilder calls onKsbProfile with the profile when an item is ticked', async () => {
    const profiles: KsbProfileEvent[] = [];
    const page = render(createElement(KsbProfileBuilder, { framework: miniStandard(), onKsbProfile: (e) => profiles.push(e) }));
    try {
      const box = () => shown(page.container.querySelector('ksb-profile-builder'), 'li[data-item="K2"] input[type=checkbox]') as HTMLInputElement | null;
      await waitUntil(box, 'no checkbox for K2');
      const wasChecked = box()!.checked;
      box()!.click();
      await waitUntil(() => profiles.length === 1, 'onKsbProfile was not called');
      const { profile } = profiles[0].detail;
      expect(profile.framework).to.deep.equal({ id: 'mini', version: '2' });
      expect(profile.items.includes('K2')).to.equal(!wasChecked);
    } finally {
      page.unmount();
    }
  });

  it('KsbReview takes the parties\' results as a property and calls onKsbChange with the review', async () => {
    const changes: KsbReviewChangeEvent[] = [];
    const fw = miniStandard();
    const results = [partyResult(fw, 'learner', allRated(['K1', 'K2', 'S1'], 3)), partyResult(fw, 'employer', allRated(['K1', 'K2', 'S1'], 4))];
    const page = render(createElement(KsbReview, { framework: fw, results, onKsbChange: (e) => changes.push(e) }));
    try {
      await waitUntil(() => shown(page.container.querySelector('ksb-review'), 'tr[data-item="K1"] select'), 'no review table shown');
      const select = shown(page.container.querySelector('ksb-review'), 'tr[data-item="K1"] select') as HTMLSelectElement;
      select.value = '4';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => changes.length === 1, 'onKsbChange was not called');
      expect(changes[0].detail.review.items.map((i) => [i.item, i.agreed])).to.deep.equal([['K1', 4]]);
    } finally {
      page.unmount();
    }
  });
});
