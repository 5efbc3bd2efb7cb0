import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { Result } from '../../src/model/result.js';
import { miniStandard } from '../harness/frameworks.js';
import { ScanHarness } from '../harness/scan-harness.js';

// In a page of its own, so the draft code (a chunk loaded on demand) is not yet loaded.

const keyOf = (name: string) => `ksb-draft:skills-scan:mini:2:${name}:`;
const stored = (name: string) => JSON.parse(localStorage.getItem(keyOf(name))!) as Result;
const draftCodeFetched = () => performance.getEntriesByType('resource').some((e) => e.name.includes('draft-controller'));

async function scan(name: string) {
  const el = document.createElement('skills-scan') as SkillsScan;
  el.name = name;
  el.framework = miniStandard();
  document.body.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('#progress-text'), 'the scan never showed');
  return { el, h: new ScanHarness(el) };
}

describe('autosave turned on while the form is in use', () => {
  afterEach(() => {
    document.querySelectorAll('skills-scan').forEach((e) => e.remove());
    ['a', 'b'].forEach((n) => localStorage.removeItem(keyOf(n)));
  });

  it('saves answers given before the draft code has loaded, also when another framework comes straight after', async () => {
    ['a', 'b'].forEach((n) => localStorage.removeItem(keyOf(n)));
    const a = await scan('a');
    const b = await scan('b');
    await a.h.answer('K1', 'Aware');
    expect(draftCodeFetched()).to.be.false;
    // All in one task: the draft code cannot have loaded yet.
    a.el.autosave = true;
    a.h.radio('K2', 'Confidently').click();
    b.el.autosave = true;
    b.h.radio('K1', 'Aware').click();
    b.el.framework = { ...miniStandard(), version: '3' };
    await waitUntil(() => localStorage.getItem(keyOf('a')) && localStorage.getItem(keyOf('b')), 'a draft was lost', { timeout: 3000 });
    expect(stored('a').responses.map((r) => r.item)).to.deep.equal(['K1', 'K2']);
    expect(stored('a')).to.deep.equal(a.el.currentResult);
    expect(stored('b').responses.map((r) => r.item)).to.deep.equal(['K1']);
  });
});
