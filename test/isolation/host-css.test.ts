/**
 * The elements on host pages whose own CSS resets everything: universal `all: unset`,
 * forced box sizing, a 10px root font, hidden buttons and inputs, forced `[hidden]`,
 * no focus outlines, a huge line height. Outer selectors do not reach inside a shadow
 * root, but they do style the host element, and what it inherits flows in.
 */
import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { KsbMatrix } from '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { Framework } from '../../src/model/framework.js';
import { bundled } from '../harness/frameworks.js';
import { ScanHarness } from '../harness/scan-harness.js';
import { RaterHarness } from '../harness/rater-harness.js';

/** Host stylesheets that break pages' own widgets; the elements must shrug them off. */
const HOST_CSS: Record<string, string> = {
  'all: unset everywhere, 10px root': `
    * { all: unset; }
    html { font-size: 10px; }
    head, script, style { display: none; }`,
  'forced box sizing, font and margin resets, hidden controls, no outlines': `
    *, *::before, *::after { box-sizing: content-box !important; margin: 0; font: inherit; }
    html { font-size: 10px; }
    body { font-size: 1.6rem; }
    button { display: none; }
    input, textarea { appearance: none; opacity: 0; }
    [hidden] { display: block !important; }
    :focus, :focus-visible { outline: none !important; }
    fieldset, legend, label { all: unset; }`,
  'huge line height and other inherited text properties': `
    * { line-height: 8 !important; }
    body { letter-spacing: 4px; word-spacing: 2em; text-transform: uppercase; text-indent: 50vw;
      white-space: nowrap; text-align: right; font-size: 0; visibility: visible; cursor: none; }`,
};

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function px(e: Element, prop: string): number {
  return parseFloat(getComputedStyle(e).getPropertyValue(prop));
}

/** Laid out with a size, not transparent and not hidden. */
function visible(e: Element): boolean {
  const box = e.getBoundingClientRect();
  const style = getComputedStyle(e);
  return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0;
}

/** The font size of the host page's body text, the size a reader reads there. */
const pageTextSize = () => px(document.body, 'font-size');

let sheet: HTMLStyleElement | undefined;
function useHostCss(css: string): void {
  sheet = document.createElement('style');
  sheet.textContent = css;
  document.head.append(sheet);
}

for (const [name, css] of Object.entries(HOST_CSS)) {
  describe(`host page CSS: ${name}`, () => {
    let st0958: Framework;
    let somerset: Framework;
    before(async () => {
      [st0958, somerset] = await Promise.all([bundled('st0958.json'), bundled('somerset-splw.json')]);
    });
    beforeEach(() => useHostCss(css));
    afterEach(() => sheet?.remove());

    /** Font size, line height and the inherited text properties that decide whether text reads normally. */
    function expectReadable(e: Element, what: string): void {
      const style = getComputedStyle(e);
      const size = px(e, 'font-size');
      const line = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
      const facts = `${what}: ${size}px, line ${style.lineHeight}, letter-spacing ${style.letterSpacing}, indent ${style.textIndent}, ${style.textTransform}, ${style.whiteSpace}`;
      // Secondary text may be a little smaller than the page's, never tiny.
      expect(size, facts).to.be.at.least(0.85 * Math.max(10, pageTextSize()));
      expect(line / size, facts).to.be.within(1, 2);
      expect(style.letterSpacing, facts).to.be.oneOf(['normal', '0px']);
      expect(style.wordSpacing, facts).to.equal('0px');
      expect(style.textIndent, facts).to.equal('0px');
      expect(style.textTransform, facts).to.equal('none');
    }

    /** No content wider than its box: nothing cut off or pushed sideways. */
    function expectNoOverflow(boxes: Element[]): void {
      for (const b of boxes) expect(b.scrollWidth, `${b.outerHTML.slice(0, 60)} overflows`).to.be.at.most(b.clientWidth + 1);
    }

    /** Presses Tab from a focusable start just before `el` until focus inside it matches. */
    async function tabInto(el: HTMLElement, match: (a: Element) => boolean): Promise<HTMLElement> {
      const start = document.createElement('span');
      start.tabIndex = 0;
      start.textContent = 'start';
      el.before(start);
      start.focus();
      for (let i = 0; i < 40; i++) {
        await sendKeys({ press: 'Tab' });
        const a = el.shadowRoot!.activeElement;
        if (a && match(a)) return a as HTMLElement;
      }
      throw new Error(`Tab never reached the target; focus is on ${el.shadowRoot!.activeElement?.outerHTML.slice(0, 80)}`);
    }

    it('<skills-scan>: questions and options are visible, readable, and stay inside their boxes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"><skills-scan .framework=${st0958}></skills-scan></div>`);
      const el = wrapper.querySelector<SkillsScan>('skills-scan')!;
      await elementUpdated(el);
      const h = new ScanHarness(el);
      const legend = h.question('K1').querySelector('legend')!;
      const label = h.question('K1').querySelector('.option-label')!;
      const radio = h.radio('K1', 'Aware');
      console.log(
        `[${name}] page text ${pageTextSize()}px; legend ${px(legend, 'font-size')}px line ${getComputedStyle(legend).lineHeight}; radio ${radio.getBoundingClientRect().width}px; host display ${getComputedStyle(el).display}; box-sizing inside ${getComputedStyle(legend).boxSizing}`,
      );
      for (const e of [legend, label, radio, h.button('Next')]) expect(visible(e), e.outerHTML.slice(0, 60)).to.be.true;
      expect(getComputedStyle(radio).appearance).not.to.equal('none');
      expect(clean(legend.textContent)).to.match(/^K1 the wider social determinants/);
      expectReadable(legend, 'legend');
      expectReadable(label, 'option label');
      expectReadable(h.question('K1').querySelector('.option-hint, .option-text') ?? label, 'option text');
      // A note field sits inside its question, border and padding included.
      await h.press('Add a note to K1');
      const textarea = h.question('K1').querySelector('textarea')!;
      expect(visible(textarea)).to.be.true;
      expect(textarea.getBoundingClientRect().right).to.be.at.most(h.question('K1').getBoundingClientRect().right + 1);
      expectNoOverflow(h.questions().slice(0, 5));
    });

    it('<skills-scan>: operable by pointer and keyboard, with a visible focus ring', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"><skills-scan .framework=${st0958}></skills-scan></div>`);
      const el = wrapper.querySelector<SkillsScan>('skills-scan')!;
      await elementUpdated(el);
      const h = new ScanHarness(el);
      // Pointer: a click on the option's text chooses it.
      const changed = oneEvent(el, 'ksb-change');
      (h.question('K1').querySelectorAll<HTMLElement>('.option-label')[2]).click();
      expect((await changed).detail.result.responses.map((r: { item: string; value: number }) => [r.item, r.value])).to.deep.equal([['K1', 3]]);
      expect(h.checked('K1')).to.equal('With support');
      // Keyboard: Tab reaches K2's first option; it shows the focus ring; Space chooses it.
      const radio = await tabInto(el, (a) => a.matches('input[type=radio]') && !!a.closest('fieldset[data-item="K2"]'));
      const ring = getComputedStyle(radio);
      // Firefox may apply :focus-visible a frame after the key event under load.
      await waitUntil(() => ring.outlineStyle === 'solid', `focus ring: outline is ${ring.outlineStyle}`, { timeout: 3000 });
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      await sendKeys({ type: ' ' });
      await elementUpdated(el);
      expect(h.checked('K2')).to.equal('Not yet');
      // The stepper's buttons work: on to the next section.
      await h.press('Next');
      expect(h.sectionTitle()).to.equal('Step 2 of 4 Skills');
      expect(visible(h.question('S1').querySelector('legend')!)).to.be.true;
    });

    it('<dreyfus-rater> and <ksb-matrix>: visible, readable and operable', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
        <dreyfus-rater .framework=${somerset} level="mid"></dreyfus-rater>
        <ksb-matrix layout="table" .framework=${st0958}></ksb-matrix>
      </div>`);
      const rater = new RaterHarness(wrapper.querySelector<DreyfusRater>('dreyfus-rater')!);
      const matrix = wrapper.querySelector<KsbMatrix>('ksb-matrix')!;
      await elementUpdated(rater.el);
      await elementUpdated(matrix);
      const id = rater.competencyIds()[0];
      const title = rater.competency(id).querySelector('.competency-title')!;
      expect(visible(title)).to.be.true;
      expectReadable(title, 'competency title');
      expect(visible(rater.radio(id, 3))).to.be.true;
      await rater.rate(id, 3);
      expect(rater.checked(id)).to.equal(3);
      expect(rater.chosenMark(id)).to.include('3');

      const rowHeader = matrix.shadowRoot!.querySelector('tbody th[part="row-header"] .row-label')!;
      expect(clean(rowHeader.textContent)).to.equal('Duty 1');
      expect(visible(rowHeader)).to.be.true;
      expectReadable(rowHeader, 'matrix row header');
      const selected = oneEvent(matrix, 'ksb-select');
      matrix.shadowRoot!.querySelector<HTMLElement>('tbody tr td[part="cell"].link')!.click();
      expect((await selected).detail.items).to.deep.equal(['D1', 'K1']);
    });
  });
}
