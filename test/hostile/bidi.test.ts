import { expect } from '@open-wc/testing';
import { UNICODE } from './payloads.js';
import { deepElements } from './guard.js';
import { mount, type ElementKind } from './mount.js';

/**
 * Right-to-left framework text and bidi controls must not reorder the
 * interface text around them: each run of framework text sits in an
 * isolating box (a <bdi>, or `unicode-bidi: isolate` / `plaintext`), so an
 * item's code stays left of its statement on a left-to-right page.
 */

/** An override left open: unisolated, it would reverse everything after it on the line. */
const OPEN_OVERRIDE = '\u202Egnissecorp lanoitome without a closing mark';
const STATEMENTS = { K1: OPEN_OVERRIDE, K2: UNICODE.arabic, K3: UNICODE.hebrew, K4: UNICODE.override };

/** Right-to-left names for everything else the elements show from a framework. */
const OTHER = {
  title: `${UNICODE.hebrew} (כותרת)`,
  duty: 'واجب أول',
  level: 'المستوى الأول',
  point0: 'אין ניסיון',
  point1: 'קצת ניסיון',
  point2: '\u202Eדי הרבה ניסיון',
  rubric: 'يصف المتعلم المحددات',
  keyFeatures: '\u202Ekey features left open',
};

const framework = () => ({
  format: 'ksb-framework/1',
  id: 'bidi',
  version: '1',
  title: OTHER.title,
  items: [
    { id: 'D1', code: 'D1', type: 'duty', statement: OTHER.duty },
    ...Object.entries(STATEMENTS).map(([id, statement]) => ({ id, code: id, type: 'knowledge', statement })),
  ],
  associations: Object.keys(STATEMENTS).map((id) => ({ type: 'requires', source: 'D1', target: id })),
  levels: [{ id: 'L1', label: OTHER.level, assesses: Object.keys(STATEMENTS) }],
  scales: [
    {
      id: 'own',
      title: 'Own scale',
      points: [
        { value: 0, label: OTHER.point0 },
        { value: 1, label: OTHER.point1 },
        { value: 2, label: OTHER.point2 },
      ],
    },
  ],
  defaultScale: 'own',
  // Every item has a rubric, so the rater asks about each.
  rubrics: Object.keys(STATEMENTS).map((id) =>
    id === 'K2' ? { item: id, scale: 'own', keyFeatures: OTHER.keyFeatures, descriptors: [{ value: 1, text: OTHER.rubric }] } : { item: id, scale: 'own', descriptors: [{ value: 2, text: `Rubric of ${id}` }] },
  ),
});

const ISOLATING = ['isolate', 'plaintext', 'isolate-override'];

/** The elements whose own text is exactly `text` (trimmed). */
function holders(view: HTMLElement, text: string): HTMLElement[] {
  return deepElements(view.shadowRoot!).filter(
    (el): el is HTMLElement => el instanceof HTMLElement && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() === text),
  );
}

/**
 * Whether the text held by `el` is isolated: `el` or an ancestor is a <bdi> or
 * isolates (`unicode-bidi`), and that box holds nothing but the text itself.
 */
function isolated(el: HTMLElement, text: string): boolean {
  for (let node: HTMLElement | null = el; node; node = node.parentElement) {
    if (node.textContent!.trim() !== text) return false;
    if (node.tagName === 'BDI' || ISOLATING.includes(getComputedStyle(node).unicodeBidi)) return true;
  }
  return false;
}

const describe_ = (el: HTMLElement) => `<${el.tagName.toLowerCase()} class="${el.className}"> in <${el.parentElement?.tagName.toLowerCase()}> (unicode-bidi: ${getComputedStyle(el).unicodeBidi})`;

for (const kind of ['skills-scan', 'dreyfus-rater', 'ksb-matrix'] as const satisfies readonly ElementKind[]) {
  describe(`right-to-left and bidi-control text in <${kind}>`, function () {
    this.timeout(20000);
    it('every statement is shown in an isolating element', async () => {
      const m = await mount(kind, framework(), 'property');
      if (kind === 'ksb-matrix') {
        // Career levels as the columns: their names are headers.
        m.view.setAttribute('columns', 'levels');
        await m.view.updateComplete;
      }
      for (const [id, statement] of Object.entries(STATEMENTS)) {
        const els = holders(m.view, statement);
        expect(els.length, `${id} shown`).to.be.greaterThan(0);
        for (const el of els) expect(isolated(el, statement), `${id} in ${describe_(el)}`).to.equal(true);
      }
      // The title, names, scale labels and rubric lines each element shows.
      let shown = 0;
      for (const [what, text] of Object.entries(OTHER)) {
        for (const el of holders(m.view, text)) {
          shown++;
          expect(isolated(el, text), `${what} in ${describe_(el)}`).to.equal(true);
        }
      }
      // The matrix shows the level names; the scan and the rater also the title and the scale.
      expect(shown, 'other right-to-left texts shown').to.be.at.least(kind === 'ksb-matrix' ? 1 : 3);
    });
    if (kind !== 'ksb-matrix') {
      it("each item's code stays left of its statement, and the page passes axe", async () => {
        const m = await mount(kind, framework(), 'property');
        for (const [id, statement] of Object.entries(STATEMENTS)) {
          const code = deepElements(m.view.shadowRoot!).find((el) => el.matches('.code') && el.textContent!.trim() === id) as HTMLElement;
          expect(code, `code ${id}`).to.not.equal(undefined);
          const text = holders(m.view, statement).find((el) => el.parentElement === code.parentElement);
          expect(text, `${id}'s statement beside its code`).to.not.equal(undefined);
          const c = code.getBoundingClientRect();
          const t = text!.getClientRects()[0];
          expect(c.right, `${id}: code left of the statement`).to.be.at.most(t.left + 0.5);
          expect(getComputedStyle(code.parentElement!).direction, 'the line keeps the page direction').to.equal('ltr');
        }
        await expect(m.view).to.be.accessible();
      });
    }
  });
}

/** Items named by their statements (no code), so sentences about an item embed the statement. */
const uncoded = () => ({
  format: 'ksb-framework/1',
  id: 'bidi-names',
  version: '1',
  title: 'Names',
  items: [
    { id: 'a', type: 'knowledge', statement: OPEN_OVERRIDE },
    { id: 'b', type: 'knowledge', statement: UNICODE.arabic },
    { id: 'c', type: 'knowledge', statement: 'Plain English' },
  ],
  rubrics: ['a', 'b', 'c'].map((item) => ({ item, scale: 'dreyfus', descriptors: [{ value: 2, text: 'Some' }] })),
});

const FSI = '\u2068';
const PDI = '\u2069';

describe('sentences that embed framework text', function () {
  this.timeout(20000);
  for (const kind of ['skills-scan', 'dreyfus-rater'] as const) {
    it(`<${kind}>: an error message about a right-to-left or override name isolates the name, and leaves the rest of the sentence in place`, async () => {
      const m = await mount(kind, uncoded(), 'property');
      m.view.setAttribute('required', '');
      m.view.setAttribute('mode', 'all');
      await m.view.updateComplete;
      (m.view as unknown as { reportValidity(): boolean }).reportValidity();
      await m.view.updateComplete;
      const links = [...m.view.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a')].map((a) => a.textContent!.trim());
      const verb = kind === 'skills-scan' ? 'Choose an answer for' : 'Choose a rating for';
      expect(links).to.deep.equal([`${verb} ${FSI}${OPEN_OVERRIDE}${PDI}`, `${verb} ${FSI}${UNICODE.arabic}${PDI}`, `${verb} Plain English`]);
      // Drawn, the sentence's first word stays first on the line: the open override does not reverse it.
      const first = [...m.view.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a')][0];
      const range = document.createRange();
      const walker = document.createTreeWalker(first, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode();
      while (text && !text.textContent!.includes('Choose')) text = walker.nextNode();
      const at = text!.textContent!.indexOf('Choose');
      range.setStart(text!, at);
      range.setEnd(text!, at + 'Choose'.length);
      const word = range.getBoundingClientRect();
      expect(word.left - first.getBoundingClientRect().left, 'the verb starts the line').to.be.below(2);
      await expect(m.view).to.be.accessible();
    });
  }
});
