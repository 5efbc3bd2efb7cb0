import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { Result } from '../../src/model/result.js';
import { bundled, miniStandard } from '../harness/frameworks.js';
import { keyboardFrom } from '../harness/keyboard.js';
import { ScanHarness } from '../harness/scan-harness.js';
import { RaterHarness } from '../harness/rater-harness.js';
import { clean, deepActive, focusInside, settle, twoCompetencies } from './a11y-helpers.js';


/** Shift+Tab, held down as a person would (the runner's keyboard takes one key per press). */
async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

const pairs = (r: Result) => r.responses.map((x) => [x.item, x.value, x.note]);

describe('keyboard only, end to end', () => {
  it('<skills-scan>: Tab in, answer every question with Space and arrows, add a note, change section, review and submit', async function () {
    this.timeout(30000);
    const el = await fixture<SkillsScan>(html`<skills-scan required .framework=${miniStandard()} subject="learner-7"></skills-scan>`);
    const h = new ScanHarness(el);
    await settle(el);
    const { active, tabTo, done } = keyboardFrom(el);
    const radioOf = (item: string) => (a: HTMLElement) => a.matches('input[type=radio]') && !!a.closest(`[data-item="${item}"]`);

    await tabTo(radioOf('K1'));
    await sendKeys({ type: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(h.checked('K1')).to.equal('With support');
    // The note: a disclosure button, then its text box.
    const toggle = await tabTo((a) => clean(a.textContent) === 'Add a note to K1');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(active()).to.equal(toggle);
    await sendKeys({ press: 'Tab' });
    expect(active()!.matches('textarea')).to.be.true;
    await sendKeys({ type: 'Ask my mentor' });

    await tabTo(radioOf('K2'));
    await sendKeys({ type: ' ' });
    await tabTo((a) => clean(a.textContent) === 'Next');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active()!.id).to.equal('section-1');

    await tabTo(radioOf('S1'));
    await sendKeys({ type: ' ' });
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' });
    // Up moves back one.
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(h.checked('S1')).to.equal('Independently');
    await tabTo((a) => clean(a.textContent) === 'Review answers');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active()!.id).to.equal('summary-title');
    expect(h.text()).to.include('Every item is answered.');

    const submitted = oneEvent(el, 'ksb-submit');
    await tabTo((a) => clean(a.textContent) === 'Submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(pairs(detail.result)).to.deep.equal([
      ['K1', 3, 'Ask my mentor'],
      ['K2', 1, undefined],
      ['S1', 4, undefined],
    ]);
    expect(detail.result.subject).to.equal('learner-7');
    expect(focusInside(el)).to.be.true;
    done();
  });

  it('<dreyfus-rater>: Tab in, open and close guidance, rate each competency, write a note, submit', async function () {
    this.timeout(30000);
    const el = await fixture<DreyfusRater>(html`<dreyfus-rater .framework=${twoCompetencies()} rater="Sam"></dreyfus-rater>`);
    const h = new RaterHarness(el);
    await settle(el);
    const { active, tabTo, done } = keyboardFrom(el);
    // The competency's guidance is a native disclosure: Enter closes and opens it.
    const guidance = await tabTo((a) => a.matches('summary') && !!a.closest('[data-item="A"]'));
    const details = guidance.closest('details')!;
    expect(details.open).to.be.true;
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.be.false;
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.be.true;

    await tabTo((a) => a.matches('input[type=radio]') && !!a.closest('[data-item="A"]'));
    await sendKeys({ type: ' ' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(h.checked('A')).to.equal(3);
    await tabTo((a) => a.matches('textarea') && !!a.closest('[data-item="A"]'));
    await sendKeys({ type: 'Seen in two sessions' });

    await tabTo((a) => a.matches('input[type=radio]') && !!a.closest('[data-item="B"]'));
    await sendKeys({ type: ' ' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(h.progressText()).to.equal('2 of 2 rated');

    const submitted = oneEvent(el, 'ksb-submit');
    await tabTo((a) => clean(a.textContent) === 'Submit ratings');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(pairs(detail.result)).to.deep.equal([
      ['A', 3, 'Seen in two sessions'],
      ['B', 1, undefined],
    ]);
    expect(detail.result.rater).to.equal('Sam');
    expect(active()).to.equal(h.button('Submit ratings'));
    done();
  });

  it('<ksb-matrix>: filter, hide a type, move through the grid, select a cell, and Shift+Tab back to the toolbar', async function () {
    this.timeout(30000);
    const st0958 = await bundled('st0958.json');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"><ksb-matrix layout="table" .framework=${st0958}></ksb-matrix></div>`);
    const el = wrapper.firstElementChild as HTMLElement;
    await waitUntil(() => el.shadowRoot!.querySelector('[role="grid"]'), 'no grid', { timeout: 3000 });
    const root = el.shadowRoot!;
    const { active, tabTo, done } = keyboardFrom(el);
    const status = () => clean(root.querySelector('[role="status"]')!.textContent);
    const before = status();

    await tabTo((a) => a.id === 'filter');
    await sendKeys({ type: 'Duty 1' });
    await settle(el);
    const rowsShown = root.querySelectorAll('th[part="row-header"]').length;
    expect(rowsShown).to.be.greaterThan(0);
    expect(rowsShown).to.be.lessThan(st0958.items.filter((i) => i.type === 'duty').length);
    expect(status()).to.not.equal(before);

    // The type toggles are checkboxes: Space hides behaviours.
    const behaviours = await tabTo((a) => a.matches('input[type=checkbox]') && clean(a.parentElement!.textContent) === 'Behaviours');
    const columnsBefore = root.querySelectorAll('th[part="column-header"]').length;
    await sendKeys({ type: ' ' });
    await settle(el);
    expect((behaviours as HTMLInputElement).checked).to.be.false;
    expect(root.querySelectorAll('th[part="column-header"]').length).to.be.lessThan(columnsBefore);

    // One Tab stop for the whole grid; arrows move; Enter selects.
    const download = await tabTo((a) => a.matches('button'));
    await sendKeys({ press: 'Tab' });
    expect(active()!.closest('[role="grid"]'), active()!.outerHTML.slice(0, 120)).to.exist;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const cell = active()!;
    expect([cell.dataset.r, cell.dataset.c]).to.deep.equal(['1', '1']);
    const selected = oneEvent(el, 'ksb-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    const rowItem = st0958.items.find((i) => clean(root.querySelector('[data-r="1"][data-c="0"] .row-label')!.textContent).startsWith(i.code ?? '\u0000'));
    expect(detail.items).to.have.length(2);
    expect(detail.items[0]).to.equal(rowItem?.id);
    await settle(el);
    expect(cell.getAttribute('aria-selected')).to.equal('true');
    expect(active() === cell, 'focus stays on the selected cell').to.be.true;

    // Back out to the toolbar, and in again to the same cell.
    await shiftTab();
    expect(active() === download, 'back on the download button').to.be.true;
    await sendKeys({ press: 'Tab' });
    // Compared as booleans: a failure message would otherwise print the whole grid.
    expect(active() === cell, 'back on the same cell').to.be.true;
    done();
  });
});

describe('<ksb-matrix> tab stops', () => {
  it('the table’s scroll container is not an extra, unnamed tab stop before the grid', async () => {
    const st0958 = await bundled('st0958.json');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><ksb-matrix layout="table" .framework=${st0958}></ksb-matrix></div>`);
    const el = wrapper.firstElementChild as HTMLElement;
    await waitUntil(() => el.shadowRoot!.querySelector('[role="grid"]'), 'no grid', { timeout: 3000 });
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('[part="table-wrapper"]')!;
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    const { active, tabTo, done } = keyboardFrom(el);
    await tabTo((a) => a.matches('button'));
    await sendKeys({ press: 'Tab' });
    expect(active()!.closest('[role="grid"]'), active()!.outerHTML.slice(0, 80)).to.exist;
    done();
  });
});

describe('focus is kept across re-renders', () => {
  it('<skills-scan>: after answering, the host setting value, a change of lang, and an equal framework', async () => {
    const framework = miniStandard();
    const el = await fixture<SkillsScan>(html`<skills-scan mode="all" .framework=${framework}></skills-scan>`);
    const h = new ScanHarness(el);
    await settle(el);
    const { tabTo, done } = keyboardFrom(el);
    const radio = await tabTo((a) => a.matches('input[type=radio]') && !!a.closest('[data-item="K2"]'));
    await sendKeys({ type: ' ' });
    await settle(el);
    expect(deepActive(), 'after answering').to.equal(radio);
    expect(h.checked('K2')).to.equal('Not yet');

    const value = structuredClone(el.currentResult!);
    value.responses.push({ item: 'K1', value: 4, scale: 'confidence', time: value.updated });
    el.value = value;
    await settle(el);
    expect(h.checked('K1')).to.equal('Independently');
    expect(deepActive(), 'after value').to.equal(radio);

    el.lang = 'cy';
    await settle(el);
    await waitUntil(() => !h.text().includes('Not sure'), 'Welsh strings', { timeout: 3000 });
    expect(deepActive(), 'after lang').to.equal(radio);

    el.framework = structuredClone(framework);
    await settle(el);
    expect(deepActive(), 'after an equal framework').to.equal(radio);
    expect(h.checked('K2')).to.not.equal(undefined);
    done();
  });

  it('<dreyfus-rater>: on a radio and in the note, across the same changes', async () => {
    const framework = twoCompetencies();
    const el = await fixture<DreyfusRater>(html`<dreyfus-rater .framework=${framework}></dreyfus-rater>`);
    const h = new RaterHarness(el);
    await settle(el);
    const { tabTo, done } = keyboardFrom(el);
    const radio = await tabTo((a) => a.matches('input[type=radio]') && !!a.closest('[data-item="B"]'));
    await sendKeys({ type: ' ' });
    await settle(el);
    expect(deepActive(), 'after rating').to.equal(radio);
    const value = structuredClone(el.currentResult!);
    value.responses.push({ item: 'A', value: 2, scale: 'dreyfus', time: value.updated });
    el.value = value;
    await settle(el);
    expect(h.checked('A')).to.equal(2);
    expect(deepActive(), 'after value').to.equal(radio);

    const note = await tabTo((a) => a.matches('textarea') && !!a.closest('[data-item="B"]'));
    await sendKeys({ type: 'Good' });
    await settle(el);
    expect(deepActive(), 'while typing').to.equal(note);
    el.lang = 'cy';
    await settle(el);
    await waitUntil(() => h.text().includes('Cyflwyno') || !h.text().includes('Submit ratings'), 'Welsh strings', { timeout: 3000 });
    expect(deepActive(), 'after lang').to.equal(note);
    el.framework = structuredClone(framework);
    await settle(el);
    expect(deepActive(), 'after an equal framework').to.equal(note);
    expect((note as HTMLTextAreaElement).value).to.equal('Good');
    done();
  });

  it('<ksb-matrix>: on a grid cell after a change of lang and an equal framework', async () => {
    const st0958 = await bundled('st0958.json');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"><ksb-matrix layout="table" .framework=${st0958}></ksb-matrix></div>`);
    const el = wrapper.firstElementChild as HTMLElement & { framework: unknown };
    await waitUntil(() => el.shadowRoot!.querySelector('[role="grid"]'), 'no grid', { timeout: 3000 });
    const { tabTo, done } = keyboardFrom(el);
    await tabTo((a) => a.matches('[data-r]'), 40);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const where = () => {
      const a = deepActive() as HTMLElement | null;
      return a && el.shadowRoot!.contains(a) ? `${a.dataset.r}:${a.dataset.c}` : `outside: ${a?.tagName}`;
    };
    expect(where()).to.equal('1:1');
    el.lang = 'cy';
    await settle(el);
    expect(where(), 'after lang').to.equal('1:1');
    el.framework = structuredClone(st0958);
    await settle(el);
    expect(where(), 'after an equal framework').to.equal('1:1');
    done();
  });
});
