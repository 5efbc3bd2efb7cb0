import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { Framework } from '../../src/model/framework.js';
import { bundled, miniStandard } from '../harness/frameworks.js';
import { clippedText, horizontalScroll, outsideViewport, overflowing, overlaps, renderEverything } from './layout-checks.js';
import { settle } from './a11y-helpers.js';

/** What people click or read as a unit: every one must be fully in view sideways. */
const UNITS = 'fieldset, .option, .point, button, a[href], textarea, progress, summary, h2, h3, h4';

/**
 * WCAG 1.4.4 and 1.4.10 at 200 % zoom: a 1280 × 800 window with the content
 * zoomed 200 % (CSS `zoom` on a wrapper, as Chromium and Firefox 126+ apply
 * it) lays the elements out about 632 CSS px wide. Nothing may need
 * horizontal scrolling, leave the window, overlap or be cut off; a data
 * table may scroll inside its own region, which must then be reachable by
 * keyboard and named.
 */
async function zoomed(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="zoom: 2">${template}</div>`);
  expect(getComputedStyle(wrapper).zoom, 'CSS zoom is supported').to.equal('2');
  const el = wrapper.firstElementChild as HTMLElement;
  await settle(el);
  return el;
}

function expectReflows(el: HTMLElement): void {
  renderEverything(el);
  expect(horizontalScroll(el), 'horizontal scroll').to.deep.equal([]);
  expect(overflowing(el), 'boxes outside the element').to.deep.equal([]);
  expect(outsideViewport(el, UNITS), 'boxes outside the window').to.deep.equal([]);
  expect(overlaps(el), 'overlapping labels and controls').to.deep.equal([]);
  expect(clippedText(el), 'text wider than its box').to.deep.equal([]);
}

describe('200 % zoom in a 1280 × 800 window', () => {
  let st0958: Framework;
  let somerset: Framework;
  before(async () => {
    await setViewport({ width: 1280, height: 800 });
    [st0958, somerset] = await Promise.all([bundled('st0958.json'), bundled('somerset-splw.json')]);
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('the window is 1280 px wide and the zoomed layout about half that', async () => {
    const el = await zoomed(html`<skills-scan .framework=${miniStandard()}></skills-scan>`);
    // The window (a classic scrollbar, as Firefox draws, takes a little of it).
    expect(innerWidth).to.equal(1280);
    // Layout width in the element's own (zoomed) CSS pixels.
    expect(el.clientWidth).to.be.within(600, 640);
  });

  it('<skills-scan>: every question, the stepper and the summary reflow', async function () {
    this.timeout(30000);
    expectReflows(await zoomed(html`<skills-scan mode="all" .framework=${st0958}></skills-scan>`));
    expectReflows(await zoomed(html`<skills-scan .framework=${st0958}></skills-scan>`));
  });

  it('<skills-scan>: the error summary and inline errors reflow', async () => {
    const el = await zoomed(html`<skills-scan required mode="all" .framework=${st0958}></skills-scan>`);
    (el as HTMLElement & { reportValidity(): boolean }).reportValidity();
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.error-message').length).to.equal(92);
    expectReflows(el);
  });

  it('axe passes at 200 % with the error summary shown (scan and rater)', async () => {
    const scan = await zoomed(html`<skills-scan required .framework=${miniStandard()}></skills-scan>`);
    (scan as HTMLElement & { reportValidity(): boolean }).reportValidity();
    await settle(scan);
    expect(scan.shadowRoot!.querySelector('[part="error-summary"]')).to.exist;
    expectReflows(scan);
    await expect(scan).to.be.accessible();
    const rater = await zoomed(
      html`<dreyfus-rater required .framework=${{ format: 'ksb-framework/1', id: 'r', version: '1', title: 'R', items: [{ id: 'A', type: 'competency', statement: 'Listening' }] }}></dreyfus-rater>`,
    );
    (rater as HTMLElement & { reportValidity(): boolean }).reportValidity();
    await settle(rater);
    expect(rater.shadowRoot!.querySelector('[part="error-summary"]')).to.exist;
    expectReflows(rater);
    await expect(rater).to.be.accessible();
  });

  it('<skills-scan>: the prior-learning table scrolls, if at all, inside a named, focusable region', async () => {
    const el = await zoomed(
      html`<skills-scan mode="all" .framework=${st0958} otj-hours="1000" otj-minimum="400" duration-months="18" band-maximum="12000" price="10000"></skills-scan>`,
    );
    expectReflows(el);
    const region = el.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.tabIndex).to.equal(0);
    expect(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.not.equal('');
  });

  it('<dreyfus-rater>: rubrics, guidance, notes and summary reflow; its tables scroll in named, focusable regions', async function () {
    this.timeout(30000);
    const el = await zoomed(html`<dreyfus-rater .framework=${somerset} level="mid"></dreyfus-rater>`);
    expectReflows(el);
    const regions = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.table-scroll')];
    expect(regions.length).to.be.greaterThan(0);
    for (const region of regions) {
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.tabIndex).to.equal(0);
      expect(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.not.equal('');
    }
  });

  it('<ksb-matrix>: the automatic layout switches to the list, which reflows', async () => {
    const el = await zoomed(html`<ksb-matrix .framework=${st0958}></ksb-matrix>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="list"]'), 'no list layout', { timeout: 3000 });
    await elementUpdated(el);
    expectReflows(el);
  });

  it('<ksb-matrix layout="table">: only the table scrolls, inside its region; the grid is named and has one tab stop', async () => {
    const el = await zoomed(html`<ksb-matrix layout="table" .framework=${st0958}></ksb-matrix>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="grid"]'), 'no grid', { timeout: 3000 });
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('[part="table-wrapper"]')!;
    // The two-dimensional table is wider than the window and scrolls on its own (WCAG 1.4.10 exception).
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(horizontalScroll(el)).to.deep.equal([]);
    expect(overflowing(el)).to.deep.equal([]);
    expect(outsideViewport(el, '.toolbar *, [part="table-wrapper"]')).to.deep.equal([]);
    const grid = scroller.querySelector('[role="grid"]')!;
    expect(el.shadowRoot!.getElementById(grid.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.match(/ST0958|Community/i);
    // Keyboard users reach the scrolled content through the grid's single tab stop and scroll it with the arrow keys.
    expect(scroller.querySelectorAll('[tabindex="0"]')).to.have.length(1);
  });
});
