import { aTimeout, elementUpdated, expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import { miniStandard } from '../harness/frameworks.js';
import { ScanHarness } from '../harness/scan-harness.js';
import { miniResult, textOf } from './helpers.js';

// The draft code (`autosave`) is a chunk of its own. This file runs in a page of its own, so
// the chunk is not loaded until a test here turns `autosave` on.

const KEY = 'ksb-draft:skills-scan:mini:2::';
const drafts = () => Object.keys(localStorage).filter((k) => k.startsWith('ksb-draft:'));
/** Whether the page has fetched the draft code. */
const draftCodeFetched = () => performance.getEntriesByType('resource').some((e) => e.name.includes('draft-controller'));

describe('autosave code loaded on demand', () => {
  beforeEach(() => drafts().forEach((k) => localStorage.removeItem(k)));
  afterEach(() => {
    document.querySelectorAll('skills-scan').forEach((e) => e.remove());
    drafts().forEach((k) => localStorage.removeItem(k));
  });

  it('is not fetched without autosave, even with a draft stored', async () => {
    localStorage.setItem(KEY, JSON.stringify(miniResult({ K1: 3 })));
    const el = document.createElement('skills-scan') as SkillsScan;
    el.framework = miniStandard();
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('#progress-text'), 'the scan never showed');
    const h = new ScanHarness(el);
    expect(h.checked('K1')).to.equal(undefined);
    await h.answer('K2', 'Aware');
    await aTimeout(600);
    expect(draftCodeFetched()).to.be.false;
    expect(JSON.parse(localStorage.getItem(KEY)!).responses.map((r: { item: string }) => r.item)).to.deep.equal(['K1']);
  });

  it('is in before the first render that shows the framework: the draft shows at once, with its notice', async () => {
    localStorage.setItem(KEY, JSON.stringify(miniResult({ K1: 3 })));
    const el = document.createElement('skills-scan') as SkillsScan;
    el.autosave = true;
    el.framework = miniStandard();
    const h = new ScanHarness(el);
    const snapshot = () => ({ K1: h.checked('K1'), notes: [...h.root.querySelectorAll('[part="autosave"]')].map(textOf) });
    let firstShown: ReturnType<typeof snapshot> | undefined;
    el.addController({
      hostUpdated: () => {
        if (!firstShown && el.shadowRoot!.querySelector('#progress-text')) firstShown = snapshot();
      },
    });
    document.body.append(el);
    await waitUntil(() => firstShown && snapshot().notes.length, 'the draft was never restored');
    await elementUpdated(el);
    expect(snapshot().K1).to.be.a('string');
    expect(snapshot().notes).to.deep.equal(['Your saved answers were restored. Start again']);
    expect(firstShown, 'the first render showing the framework').to.deep.equal(snapshot());
    expect(draftCodeFetched()).to.be.true;
  });
});
