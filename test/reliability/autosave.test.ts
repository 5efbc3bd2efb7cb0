import { aTimeout, elementUpdated, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { Result } from '../../src/model/result.js';
import { miniStandard } from '../harness/frameworks.js';
import { keyboardFrom } from '../harness/keyboard.js';
import { RaterHarness } from '../harness/rater-harness.js';
import { ScanHarness } from '../harness/scan-harness.js';
import { eventLog, miniResult, textOf, watchPageErrors } from './helpers.js';

/** The key of an unnamed scan of the mini standard (version 2). */
const KEY = 'ksb-draft:skills-scan:mini:2::';
/** Longer than the autosave delay. */
const PAUSE = 600;

const drafts = () => Object.keys(localStorage).filter((k) => k.startsWith('ksb-draft:'));
const stored = (key: string) => JSON.parse(localStorage.getItem(key)!) as Result;

/** Creates a scan with the given setup, logging its events from the start, and waits for it to show. */
async function scan(setup: (el: SkillsScan) => void = () => {}, parent: HTMLElement = document.body) {
  const el = document.createElement('skills-scan');
  const log = eventLog(el);
  el.autosave = true;
  el.framework = miniStandard();
  setup(el);
  parent.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('#progress-text'), 'the scan never showed');
  await elementUpdated(el);
  return { el, h: new ScanHarness(el), log };
}

const autosaveNotes = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[part="autosave"]')].map(textOf);

/** Replaces a Storage method with one that throws a DOMException of `name`; returns the undo. */
function breakStorage(methods: ('getItem' | 'setItem' | 'removeItem' | 'key')[], name: string): () => void {
  const originals = methods.map((m) => [m, Storage.prototype[m]] as const);
  for (const m of methods) {
    Storage.prototype[m] = function () {
      throw new DOMException(`${m} refused`, name);
    } as never;
  }
  return () => originals.forEach(([m, f]) => (Storage.prototype[m] = f as never));
}

describe('autosave', () => {
  let stopErrors: () => string[];
  beforeEach(() => {
    drafts().forEach((k) => localStorage.removeItem(k));
    stopErrors = watchPageErrors();
  });
  afterEach(() => {
    document.querySelectorAll('skills-scan, dreyfus-rater').forEach((e) => e.remove());
    drafts().forEach((k) => localStorage.removeItem(k));
    expect(stopErrors(), 'errors thrown into the page').to.deep.equal([]);
  });

  it('is off by default: nothing is stored', async () => {
    const { el, h } = await scan((e) => (e.autosave = false));
    expect(el.hasAttribute('autosave')).to.be.false;
    await h.answer('K1', 'Aware');
    await aTimeout(PAUSE);
    expect(drafts()).to.deep.equal([]);
  });

  it('writes one draft once changes pause, keyed by framework id and version, name and subject', async () => {
    const writes: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(key);
      return setItem.call(this, key, value);
    };
    try {
      const { el, h } = await scan((e) => {
        e.name = 'scan';
        e.subject = 'learner-123';
      });
      await h.answer('K1', 'Aware');
      await h.answer('K1', 'With support');
      await h.answer('K2', 'Not sure');
      expect(writes).to.deep.equal([]);
      await waitUntil(() => writes.length, 'no draft written', { timeout: 2000 });
      await aTimeout(PAUSE);
      expect(writes).to.deep.equal(['ksb-draft:skills-scan:mini:2:scan:learner-123']);
      expect(stored(writes[0])).to.deep.equal(el.currentResult);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('restores the draft of the same framework with a notice, a restored ksb-change and the step; "Start again" clears it, with undo', async () => {
    const first = await scan();
    await first.h.answer('K1', 'Confidently');
    await first.h.press('Next');
    await first.h.answer('S1', 'Aware');
    first.el.remove(); // leaving flushes the pending draft
    expect(stored(KEY).responses.map((r) => r.item)).to.deep.equal(['K1', 'S1']);
    expect(stored(KEY).position).to.deep.equal({ section: 'skill', item: 'S1' });

    const { el, h, log } = await scan();
    expect(h.sectionTitle()).to.include('Skills');
    expect(h.checked('S1')).to.equal('Aware');
    expect(h.progressText()).to.equal('2 of 3 answered');
    const restored = log.of('ksb-change');
    expect(restored).to.have.length(1);
    expect(restored[0].detail.restored).to.equal(true);
    expect(restored[0].detail.result).to.deep.equal(stored(KEY));
    expect(autosaveNotes(el)).to.deep.equal(['Your saved answers were restored. Start again']);
    await expect(el).to.be.accessible();

    // "Start again" by keyboard.
    const kb = keyboardFrom(el);
    await kb.tabTo((e) => textOf(e) === 'Start again');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => localStorage.getItem(KEY) === null, '"Start again" did not clear the draft', { timeout: 3000 });
    await elementUpdated(el);
    expect(h.progressText()).to.equal('0 of 3 answered');
    expect(h.sectionTitle()).to.include('Knowledge');
    expect(autosaveNotes(el)).to.deep.equal(['Your saved answers were cleared. Undo']);
    expect(textOf(el.shadowRoot!.activeElement)).to.equal('Undo');
    expect(log.of('ksb-change').at(-1)!.detail.result.responses).to.deep.equal([]);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(h.progressText()).to.equal('2 of 3 answered');
    expect(log.of('ksb-change').at(-1)!.detail.restored).to.equal(true);
    await waitUntil(() => localStorage.getItem(KEY), 'undo did not write the draft back', { timeout: 2000 });
    expect(stored(KEY).responses.map((r) => r.item)).to.deep.equal(['K1', 'S1']);
    kb.done();

    // Undo lasts until the next answer: after one, the cleared answers are gone for good.
    await h.press('Start again');
    await h.answer('K2', 'Aware');
    expect(autosaveNotes(el)).to.deep.equal([]);
    expect(el.currentResult!.responses.map((r) => r.item)).to.deep.equal(['K2']);
  });

  it('says so in Welsh', async () => {
    localStorage.setItem(KEY, JSON.stringify(miniResult({ K1: 3 })));
    const { el, h } = await scan((e) => (e.lang = 'cy'));
    expect(autosaveNotes(el)).to.deep.equal(['Cafodd eich atebion a gadwyd eu hadfer. Dechrau eto']);
    await expect(el).to.be.accessible();
    await h.press('Dechrau eto');
    expect(autosaveNotes(el)).to.deep.equal(['Cafodd eich atebion a gadwyd eu clirio. Dadwneud']);
    expect(textOf(el.shadowRoot!.activeElement)).to.equal('Dadwneud');
    // Back in English, the notes follow the element's language.
    el.lang = 'en';
    await elementUpdated(el);
    expect(autosaveNotes(el)).to.deep.equal(['Your saved answers were cleared. Undo']);
  });

  it('lets a given value win over a draft', async () => {
    localStorage.setItem(KEY, JSON.stringify(miniResult({ K1: 3 })));
    const { el, h, log } = await scan((e) => (e.value = miniResult({ K2: 5 })));
    expect(h.checked('K2')).to.equal('Confidently');
    expect(h.checked('K1')).to.equal(undefined);
    expect(autosaveNotes(el)).to.deep.equal([]);
    expect(log.count('ksb-change')).to.equal(0);
    expect(stored(KEY).responses[0].item).to.equal('K1');
  });

  it('keeps two scans of one framework apart by name, and people apart by subject', async () => {
    const a = await scan((e) => (e.name = 'first'));
    const b = await scan((e) => (e.id = 'second'));
    await a.h.answer('K1', 'Aware');
    await b.h.answer('K2', 'Confidently');
    a.el.remove();
    b.el.remove();
    expect(drafts().sort()).to.deep.equal(['ksb-draft:skills-scan:mini:2:first:', 'ksb-draft:skills-scan:mini:2:second:']);
    const again = await scan((e) => (e.name = 'first'));
    expect(again.h.checked('K1')).to.equal('Aware');
    expect(again.h.checked('K2')).to.equal(undefined);
    const other = await scan((e) => {
      e.name = 'first';
      e.subject = 'someone-else';
    });
    expect(other.h.progressText()).to.equal('0 of 3 answered');
    expect(autosaveNotes(other.el)).to.deep.equal([]);
  });

  it('removes the draft on submit', async () => {
    const { el, h, log } = await scan();
    await h.answer('K1', 'Aware');
    await waitUntil(() => localStorage.getItem(KEY), 'no draft', { timeout: 2000 });
    el.submit();
    await elementUpdated(el);
    expect(log.count('ksb-submit')).to.equal(1);
    expect(localStorage.getItem(KEY)).to.equal(null);
    await aTimeout(PAUSE);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('removes the draft when the form is reset', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const { el, h } = await scan((e) => (e.name = 'scan'), form);
    await h.answer('K1', 'Aware');
    await waitUntil(() => localStorage.getItem('ksb-draft:skills-scan:mini:2:scan:'), 'no draft', { timeout: 2000 });
    form.reset();
    await elementUpdated(el);
    expect(localStorage.getItem('ksb-draft:skills-scan:mini:2:scan:')).to.equal(null);
    expect(h.progressText()).to.equal('0 of 3 answered');
    form.remove();
  });

  it('writes at once when the page is hidden or left', async () => {
    const { h } = await scan();
    await h.answer('K2', 'With support');
    expect(localStorage.getItem(KEY)).to.equal(null);
    window.dispatchEvent(new Event('pagehide'));
    expect(stored(KEY).responses.map((r) => r.item)).to.deep.equal(['K2']);
  });

  it('holds a draft of another version like a mismatched value, never merging it; the choice removes the old draft', async () => {
    const oldKey = 'ksb-draft:skills-scan:mini:1::';
    localStorage.setItem(oldKey, JSON.stringify(miniResult({ K1: 4, K9: 2 }, { framework: { id: 'mini', version: '1' } })));
    const { el, h, log } = await scan();
    const mismatch = el.shadowRoot!.querySelector('[part="mismatch"]')!;
    expect(textOf(mismatch)).to.include('The saved answers were given for version 1; this is version 2.');
    expect(h.checked('K1')).to.equal(undefined);
    expect(log.of('ksb-error').map((e) => [e.detail.source, e.detail.problems.map((p: { code: string }) => p.code)])).to.deep.equal([
      ['autosave', ['version-mismatch', 'unknown-id']],
    ]);
    await expect(el).to.be.accessible();
    await h.press('Use the matching answers');
    expect(h.checked('K1')).to.equal('Independently');
    expect(localStorage.getItem(oldKey)).to.equal(null);
    await waitUntil(() => localStorage.getItem(KEY), 'the matching answers were not saved under the new version', { timeout: 2000 });
    expect(stored(KEY).responses.map((r) => [r.item, r.value])).to.deep.equal([['K1', 4]]);
  });

  it('restores a rater\'s draft too', async () => {
    const make = async () => {
      const el = document.createElement('dreyfus-rater') as DreyfusRater;
      el.setAttribute('competencies', 'K1 S1');
      el.autosave = true;
      el.framework = miniStandard();
      document.body.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('.competency'), 'no rater');
      return { el, h: new RaterHarness(el) };
    };
    const first = await make();
    await first.h.rate('S1', 4);
    await first.h.writeNote('S1', 'Observed twice');
    first.el.remove();
    expect(Object.keys(localStorage)).to.include('ksb-draft:dreyfus-rater:mini:2::');
    const { el, h } = await make();
    expect(h.checked('S1')).to.equal(4);
    expect(h.note('S1').value).to.equal('Observed twice');
    expect(autosaveNotes(el)[0]).to.equal('Your saved answers were restored. Start again');
  });

  describe('when storage fails', () => {
    it('storage full: answers stay in memory, one note and one ksb-error, however many keystrokes; cleared once a save works', async () => {
      const { el, h, log } = await scan((e) => (e.mode = 'all'));
      const restore = breakStorage(['setItem'], 'QuotaExceededError');
      try {
        await h.answer('K1', 'Aware');
        await h.press('Add a note to K1');
        const note = h.question('K1').querySelector('textarea')!;
        for (const text of ['a', 'ab', 'abc']) {
          note.value = text;
          note.dispatchEvent(new Event('input'));
          await aTimeout(PAUSE);
        }
        await elementUpdated(el);
        expect(el.currentResult!.responses).to.have.length(1);
        expect(el.currentResult!.responses[0].note).to.equal('abc');
        expect(autosaveNotes(el)).to.deep.equal([
          'Your answers could not be saved on this device. They are kept while this page stays open: submit them before you close it.',
        ]);
        const errors = log.of('ksb-error');
        expect(errors.map((e) => [e.detail.source, e.detail.problems[0].code])).to.deep.equal([['autosave', 'storage-full']]);
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
      await h.answer('K2', 'Aware');
      await waitUntil(() => localStorage.getItem(KEY), 'no draft once storage works', { timeout: 2000 });
      await elementUpdated(el);
      expect(autosaveNotes(el)).to.deep.equal([]);
    });

    it('storage unavailable (SecurityError on every access): a note from the start, one ksb-error, answers work', async () => {
      const restore = breakStorage(['getItem', 'setItem', 'removeItem', 'key'], 'SecurityError');
      try {
        const { el, h, log } = await scan();
        expect(autosaveNotes(el)[0]).to.include('Your answers could not be saved on this device.');
        await h.answer('K1', 'Aware');
        await aTimeout(PAUSE);
        await h.answer('K2', 'Aware');
        await aTimeout(PAUSE);
        el.submit();
        await elementUpdated(el);
        expect(log.count('ksb-submit')).to.equal(1);
        expect(log.of('ksb-submit')[0].detail.result.responses).to.have.length(2);
        expect(log.of('ksb-error').map((e) => [e.detail.source, e.detail.problems[0].code])).to.deep.equal([['autosave', 'storage-unavailable']]);
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('storage unavailable (reaching localStorage itself throws): no exception in the page', async () => {
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      try {
        const { el, h, log } = await scan();
        await h.answer('K2', 'Aware');
        el.remove();
        expect(el.currentResult!.responses).to.have.length(1);
        expect(autosaveNotes(el)[0]).to.include('could not be saved');
        expect(log.of('ksb-error').map((e) => e.detail.problems[0].code)).to.deep.equal(['storage-unavailable']);
      } finally {
        if (own) Object.defineProperty(window, 'localStorage', own);
        else delete (window as { localStorage?: Storage }).localStorage;
      }
      expect(() => window.localStorage.length).not.to.throw();
    });

    it('a corrupted draft: not restored, a note and ksb-error; the next answer replaces it', async () => {
      localStorage.setItem(KEY, '{"format":"ksb-result/1","responses":[{"item":"K1"');
      const { el, h, log } = await scan();
      expect(h.progressText()).to.equal('0 of 3 answered');
      expect(autosaveNotes(el)).to.deep.equal(['Answers saved on this device could not be read, so they were not restored.']);
      expect(log.of('ksb-error').map((e) => [e.detail.source, e.detail.problems[0].code])).to.deep.equal([['autosave', 'draft-corrupt']]);
      await expect(el).to.be.accessible();
      await h.answer('K1', 'Aware');
      await waitUntil(() => localStorage.getItem(KEY)!.endsWith('}'), 'the corrupted draft was not replaced', { timeout: 2000 });
      expect(stored(KEY).responses.map((r) => r.item)).to.deep.equal(['K1']);
      await elementUpdated(el);
      expect(autosaveNotes(el)).to.deep.equal([]);
    });

    it('JSON that is not a result counts as corrupted too', async () => {
      localStorage.setItem(KEY, '{"format":"something-else"}');
      const { el, log } = await scan();
      expect(autosaveNotes(el)[0]).to.include('could not be read');
      expect(log.of('ksb-error')[0].detail.problems[0].code).to.equal('draft-corrupt');
    });
  });
});
