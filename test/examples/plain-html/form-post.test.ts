import { expect, waitUntil } from '@open-wc/testing';
import type { SkillsScan } from '../../../src/elements/skills-scan/skills-scan.js';
import type { Result } from '../../../src/model/result.js';
import { ScanHarness } from '../../harness/scan-harness.js';

const PAGE = new URL('./index.html', import.meta.url).pathname;
const BUNDLE = '/dist/ksb-elements.bundle.js';
/** The confidence scale's labels and the values they record; "Not sure" records null. */
const CHOICES: [string, number | null][] = [
  ['Not yet', 1],
  ['Aware', 2],
  ['With support', 3],
  ['Independently', 4],
  ['Confidently', 5],
  ['Not sure', null],
];

/** Opens the example page in an iframe and resolves once its next document has loaded. */
function openFrame(src: string): { frame: HTMLIFrameElement; loaded: () => Promise<Document> } {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  let next = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = src;
  document.body.append(frame);
  return {
    frame,
    loaded: async () => {
      await next;
      next = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
      return frame.contentDocument!;
    },
  };
}

describe('example: plain HTML form with <skills-scan> from the bundle', () => {
  before(async function () {
    const bundle = await fetch(BUNDLE, { method: 'HEAD' });
    if (!bundle.ok) throw new Error(`${BUNDLE} is missing (HTTP ${bundle.status}): build it first with "npm run build"`);
  });

  it('blocks an incomplete scan, then posts the whole result as JSON in the field "scan"', async function () {
    this.timeout(60000);
    const { frame, loaded } = openFrame(PAGE);
    try {
      const doc = await loaded();
      const el = doc.querySelector('skills-scan') as SkillsScan;
      await waitUntil(() => el.shadowRoot?.querySelector('fieldset.question'), 'the scan from the bundle did not show its questions', { timeout: 10000 });
      const h = new ScanHarness(el);
      const form = doc.querySelector('form')!;
      const send = doc.querySelector('form > button') as HTMLButtonElement;
      expect(h.progressText()).to.equal('0 of 92 answered');

      // `required`: Send does nothing until every item is answered.
      let submits = 0;
      form.addEventListener('submit', () => submits++);
      send.click();
      expect(submits).to.equal(0);
      expect(el.validationMessage).to.equal('Answer 92 more items before submitting.');

      // Answer every item, section by section, as a person would; remember each value.
      const expected = new Map<string, number | null>();
      for (;;) {
        for (const q of h.questions()) {
          const item = q.dataset.item!;
          const [label, value] = CHOICES[expected.size % CHOICES.length];
          await h.answer(item, label);
          expected.set(item, value);
        }
        const next = [...h.root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Next');
        if (!next) break;
        await h.press('Next');
      }
      expect(expected.size).to.equal(92);
      expect(h.progressText()).to.equal('92 of 92 answered');

      send.click();
      expect(submits).to.equal(1);
      const received = JSON.parse((await loaded()).getElementById('received')!.textContent!) as {
        method: string;
        contentType: string;
        fields: Record<string, string[]>;
      };
      expect(received.method).to.equal('POST');
      expect(received.contentType).to.equal('application/x-www-form-urlencoded');
      expect(Object.keys(received.fields)).to.deep.equal(['scan']);
      expect(received.fields.scan).to.have.length(1);
      const posted = JSON.parse(received.fields.scan[0]) as Result;
      expect(posted.format).to.equal('ksb-result/1');
      expect(posted.framework).to.include({ id: 'st0958', version: '1' });
      expect(posted.subject).to.equal('learner-123');
      expect(posted.responses.map((r) => [r.item, r.value])).to.deep.equal([...expected]);
    } finally {
      frame.remove();
    }
  });
});
