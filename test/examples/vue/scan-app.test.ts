import { expect, waitUntil } from '@open-wc/testing';
import { nextTick } from 'vue';
import type { SkillsScan } from '../../../src/elements/skills-scan/skills-scan.js';
import { ScanHarness } from '../../harness/scan-harness.js';
import { isKsbElement, mountScanApp } from './scan-app.js';

/** Collects Vue's warnings (the development build warns through console.warn, prefixed "[Vue warn]"). */
function watchVueWarnings(): () => string[] {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    if (String(args[0]).startsWith('[Vue warn]')) warnings.push(args.map(String).join(' '));
    else original.apply(console, args);
  };
  return () => {
    console.warn = original;
    return warnings;
  };
}

function mount(subject: string) {
  const target = document.createElement('div');
  document.body.append(target);
  const stopWatching = watchVueWarnings();
  const { app, state } = mountScanApp(target, '/frameworks/st0958.json', subject);
  const status = () => target.querySelector('[role="status"]')!.textContent!.trim();
  const unmount = () => {
    app.unmount();
    target.remove();
    return stopWatching();
  };
  return { target, state, status, unmount };
}

async function loadedScan(target: Element): Promise<{ el: SkillsScan; h: ScanHarness }> {
  await waitUntil(() => target.querySelector('skills-scan')?.shadowRoot?.querySelector('fieldset.question'), 'the scan did not show its questions', { timeout: 5000 });
  const el = target.querySelector('skills-scan')!;
  return { el, h: new ScanHarness(el) };
}

describe('example: Vue 3 app with <skills-scan>', () => {
  it('binds the framework as a property and puts each answer into Vue state, without Vue warnings', async () => {
    const app = mount('learner-123');
    let warnings: string[] = [];
    try {
      const { el, h } = await loadedScan(app.target);
      // .prop: the framework object went in as a property, not as "[object Object]" text.
      expect(el.hasAttribute('framework')).to.equal(false);
      expect(el.subject).to.equal('learner-123');
      expect(h.progressText()).to.equal('0 of 92 answered');
      expect(app.status()).to.equal('Nothing saved yet');

      h.radio('K2', 'With support').click();
      await waitUntil(() => app.state.draft, '@ksb-change did not update Vue state');
      expect(app.state.draft!.framework).to.include({ id: 'st0958', version: '1' });
      expect(app.state.draft!.responses.map((r) => [r.item, r.value, r.scale])).to.deep.equal([['K2', 3, 'confidence']]);
      await nextTick();
      expect(app.status()).to.equal('1 saved for learner-123');

      h.radio('K7', 'Not sure').click();
      await waitUntil(() => app.state.draft!.responses.length === 2);
      expect(app.state.draft!.responses.map((r) => [r.item, r.value])).to.deep.equal([['K2', 3], ['K7', null]]);
    } finally {
      warnings = app.unmount();
    }
    expect(warnings).to.deep.equal([]);
  });

  it('tells Vue that every tag of the library, and only those, is a custom element', () => {
    // The browser build's compiler also treats tags defined before compiling as custom
    // elements; the predicate matters when the library loads later, and in build-step setups.
    const tags = ['skills-scan', 'dreyfus-rater', 'ksb-matrix', 'ksb-framework', 'ksb-profile-builder'];
    expect(tags.filter(isKsbElement)).to.deep.equal(tags);
    expect(['div', 'form', 'input', 'my-scan', 'skills'].filter(isKsbElement)).to.deep.equal([]);
  });

  it('keeps the answers when Vue re-renders with new state', async () => {
    const app = mount('learner-123');
    try {
      const { el, h } = await loadedScan(app.target);
      h.radio('K1', 'Confidently').click();
      await waitUntil(() => app.state.draft);

      app.state.subject = 'learner-456';
      await nextTick();
      await el.updateComplete;
      expect(app.target.querySelector('skills-scan')).to.equal(el, 'Vue replaced the element');
      expect(el.subject).to.equal('learner-456');
      expect(h.checked('K1')).to.equal('Confidently');

      h.radio('K3', 'Aware').click();
      await waitUntil(() => app.state.draft!.responses.length === 2);
      expect(app.state.draft!.subject).to.equal('learner-456');
      expect(app.state.draft!.responses.map((r) => [r.item, r.value])).to.deep.equal([['K1', 5], ['K3', 2]]);
      await nextTick();
      expect(app.status()).to.equal('2 saved for learner-456');
    } finally {
      app.unmount();
    }
  });
});
