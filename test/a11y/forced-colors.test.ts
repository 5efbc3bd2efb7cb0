import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { Framework } from '../../src/model/framework.js';
import type { Result } from '../../src/model/result.js';
import { bundled, miniStandard } from '../harness/frameworks.js';
import { ScanHarness } from '../harness/scan-harness.js';
import { RaterHarness } from '../harness/rater-harness.js';
import { keyboardFrom } from '../harness/keyboard.js';
import { emulateForcedColors, isFirefox, settle } from './a11y-helpers.js';

/** The computed value of a system colour keyword, as the page resolves it now. */
function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const px = (v: string) => parseFloat(v) || 0;

/** Whether a computed colour is drawn at all (not transparent). */
const opaque = (color: string) => color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color);

/** A focus indicator that survives forced colours: an outline (box-shadow and backgrounds are dropped). */
function focusRing(el: Element): { style: string; width: number; color: string } {
  const cs = getComputedStyle(el);
  return { style: cs.outlineStyle, width: px(cs.outlineWidth), color: cs.outlineColor };
}

/**
 * Windows High Contrast and other forced-colour modes replace the page's
 * colours with a few system colours and drop box-shadows and background
 * images. What shows state must then be a border, an outline or a system
 * colour. Chromium can emulate the mode; Firefox over WebDriver BiDi cannot.
 */
describe('forced colours (Windows High Contrast)', function () {
  let st0958: Framework;
  let canvasText: string;
  let canvas: string;
  let highlight: string;

  before(async function () {
    if (isFirefox) {
      // WebDriver BiDi has no media-feature emulation, and Firefox's own switch (the
      // browser.display.document_color_use preference) applies only at launch, to every test.
      this.skip();
    }
    expect(await emulateForcedColors(true), 'forced-colors emulation').to.be.true;
    canvasText = systemColor('CanvasText');
    canvas = systemColor('Canvas');
    highlight = systemColor('Highlight');
    st0958 = await bundled('st0958.json');
  });

  after(async () => {
    if (!isFirefox) await emulateForcedColors(false);
  });

  it('<skills-scan>: chosen options are native radios, focus rings are outlines, the progress bar and buttons have edges', async () => {
    const el = await fixture<SkillsScan>(html`<skills-scan .framework=${miniStandard()}></skills-scan>`);
    const h = new ScanHarness(el);
    await settle(el);
    await h.answer('K1', 'Aware');
    // The checked radio is drawn by the system (not restyled away), so its state shows in system colours.
    const chosen = h.radio('K1', 'Aware');
    expect(chosen.checked).to.be.true;
    expect(getComputedStyle(chosen).appearance).to.not.equal('none');
    const progress = el.shadowRoot!.querySelector('progress')!;
    expect(getComputedStyle(progress).appearance, 'native progress').to.not.equal('none');
    expect(progress.value).to.equal(1);

    // Keyboard focus on a radio and on a button: an outline, in a system colour that differs from the background.
    const { tabTo, done } = keyboardFrom(el);
    const radio = await tabTo((a) => a.matches('input[type=radio]'));
    const ring = focusRing(radio);
    expect(ring.style).to.not.equal('none');
    expect(ring.width).to.be.at.least(2);
    expect(ring.color).to.not.equal(canvas);
    expect(opaque(ring.color), ring.color).to.be.true;
    const next = await tabTo((a) => a.textContent!.trim() === 'Next');
    const buttonRing = focusRing(next);
    expect(buttonRing.style, 'button focus outline').to.not.equal('none');
    expect(buttonRing.width).to.be.at.least(2);
    expect(buttonRing.color).to.not.equal(canvas);
    expect(opaque(buttonRing.color), `button ring ${buttonRing.color}`).to.be.true;
    done();

    // Buttons keep a visible border, as the fill colour is gone.
    for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button:not(.link)')) {
      const cs = getComputedStyle(b);
      expect(cs.borderTopStyle, b.textContent!).to.equal('solid');
      expect(px(cs.borderTopWidth), b.textContent!).to.be.at.least(1);
      expect(cs.borderTopColor, b.textContent!).to.not.equal(cs.backgroundColor);
      expect(opaque(cs.borderTopColor), `${b.textContent} border ${cs.borderTopColor}`).to.be.true;
    }
    // The current step is marked by a Highlight border and a thicker edge, not only colour.
    const current = el.shadowRoot!.querySelector('.step-link.current')!;
    expect(getComputedStyle(current).borderTopColor).to.equal(highlight);
  });

  it('<skills-scan>: chart bars are drawn in the text colour', async () => {
    const el = await fixture<SkillsScan>(html`<skills-scan mode="all" .framework=${miniStandard()}></skills-scan>`);
    const h = new ScanHarness(el);
    await settle(el);
    await h.answer('K1', 'Aware');
    const bars = [...el.shadowRoot!.querySelectorAll('.chart-bar')];
    expect(bars.length).to.be.greaterThan(0);
    for (const bar of bars) expect(getComputedStyle(bar).fill).to.equal(canvasText);
  });

  it('<skills-scan>: the error summary and inline errors keep their borders', async () => {
    const el = await fixture<SkillsScan>(html`<skills-scan required mode="all" .framework=${miniStandard()}></skills-scan>`);
    await settle(el);
    el.reportValidity();
    await settle(el);
    const box = el.shadowRoot!.querySelector('[part="error-summary"]')!;
    expect(getComputedStyle(box).borderTopStyle).to.equal('solid');
    expect(px(getComputedStyle(box).borderTopWidth)).to.be.at.least(3);
    expect(getComputedStyle(box).outlineStyle, 'focused summary').to.not.equal('none');
    const q = el.shadowRoot!.querySelector('fieldset.invalid')!;
    expect(px(getComputedStyle(q).borderInlineStartWidth)).to.be.at.least(3);
    await expect(el).to.be.accessible();
  });

  it('<dreyfus-rater>: the chosen level has a Highlight border, focus an outline, the submit button an edge', async () => {
    const el = await fixture<DreyfusRater>(html`<dreyfus-rater .framework=${await bundled('somerset-splw.json')}></dreyfus-rater>`);
    const h = new RaterHarness(el);
    await settle(el);
    const first = h.competencyIds()[0];
    await h.rate(first, 3);
    const chosen = h.radio(first, 3).closest('.point')!;
    const other = h.radio(first, 2).closest('.point')!;
    expect(getComputedStyle(chosen).borderTopColor).to.equal(highlight);
    expect(getComputedStyle(other).borderTopColor).to.not.equal(highlight);
    expect(px(getComputedStyle(chosen).borderTopWidth)).to.be.greaterThan(px(getComputedStyle(other).borderTopWidth));
    const { tabTo, done } = keyboardFrom(el);
    const radio = await tabTo((a) => a.matches('input[type=radio]'));
    expect(focusRing(radio.closest('.point')!).style).to.not.equal('none');
    expect(focusRing(radio.closest('.point')!).color).to.equal(highlight);
    done();
    const submit = h.button('Submit ratings');
    expect(getComputedStyle(submit).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(submit).borderTopColor).to.not.equal(getComputedStyle(submit).backgroundColor);
    expect(opaque(getComputedStyle(submit).borderTopColor)).to.be.true;
    // Focus moved from script just after keyboard use counts as keyboard focus (:focus-visible).
    submit.focus();
    expect(submit.matches(':focus-visible')).to.be.true;
    expect(focusRing(submit).style, 'submit focus outline').to.not.equal('none');
    expect(opaque(focusRing(submit).color), `submit ring ${focusRing(submit).color}`).to.be.true;
    expect(el.shadowRoot!.querySelector('progress')).to.exist;
    expect(getComputedStyle(el.shadowRoot!.querySelector('progress')!).appearance).to.not.equal('none');
  });

  it('<ksb-matrix>: progress bars are filled in the text colour inside a bordered track; a focused cell has an outline', async () => {
    const time = '2026-01-01T00:00:00.000Z';
    const results: Result = {
      format: 'ksb-result/1',
      framework: { id: st0958.id, version: st0958.version },
      scale: 'confidence',
      started: time,
      updated: time,
      responses: st0958.items.filter((i) => i.type === 'knowledge').map((i) => ({ item: i.id, value: 5, scale: 'confidence', time })),
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><ksb-matrix .framework=${st0958} .results=${results}></ksb-matrix></div>`);
    const el = wrapper.firstElementChild as HTMLElement;
    await waitUntil(() => el.shadowRoot!.querySelector('.bar span'), 'no progress bars', { timeout: 3000 });
    const fill = el.shadowRoot!.querySelector('.bar span')!;
    expect(getComputedStyle(fill).backgroundColor).to.equal(canvasText);
    const track = el.shadowRoot!.querySelector('.bar')!;
    expect(getComputedStyle(track).borderTopStyle).to.equal('solid');
    const { tabTo, done } = keyboardFrom(el);
    const cell = await tabTo((a) => a.matches('[data-r]'), 40);
    expect(focusRing(cell).style).to.not.equal('none');
    expect(focusRing(cell).color).to.not.equal(canvas);
    expect(opaque(focusRing(cell).color)).to.be.true;
    done();
  });
});
