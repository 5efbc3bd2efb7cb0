import { elementUpdated, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import { miniStandard } from '../harness/frameworks.js';
import { keyboardFrom } from '../harness/keyboard.js';
import { RaterHarness } from '../harness/rater-harness.js';
import { ScanHarness } from '../harness/scan-harness.js';
import { eventLog, miniResult, textOf } from './helpers.js';

/** A result for version 1 of the mini standard: K1 matches version 2, K9 does not exist there. */
const versionOne = () => miniResult({ K1: 4, K9: 2 }, { framework: { id: 'mini', version: '1' } });

async function heldScan(): Promise<{ el: SkillsScan; h: ScanHarness; log: ReturnType<typeof eventLog> }> {
  const el = document.createElement('skills-scan');
  const log = eventLog(el);
  el.framework = miniStandard();
  el.value = versionOne();
  document.body.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('[part="mismatch"]'), 'no mismatch notice');
  return { el, h: new ScanHarness(el), log };
}

const notice = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="mismatch"]');

describe('a value for another framework version', () => {
  it('is held, not merged, and the notice persists through re-renders, a new lang, an equal framework and answers', async () => {
    const { el, h, log } = await heldScan();
    expect(log.of('ksb-error').map((e) => e.detail.source)).to.deep.equal(['value']);
    expect(h.checked('K1')).to.equal(undefined);

    el.lang = 'cy';
    await waitUntil(() => h.progressText() === '0 o 3 wedi’u hateb', 'not relabelled');
    expect(textOf(notice(el))).to.include('Mae’r atebion hyn wedi’u cadw ar gyfer fframwaith gwahanol');
    expect(h.button('Defnyddio’r atebion sy’n cyfateb')).to.exist;
    await expect(el).to.be.accessible();

    el.lang = 'en';
    el.framework = miniStandard();
    await elementUpdated(el);
    el.framework = { ...miniStandard(), title: 'Mini standard, reissued' };
    await elementUpdated(el);
    expect(textOf(notice(el))).to.include('The saved answers were given for version 1; this is version 2.');

    await h.answer('K2', 'Aware');
    expect(notice(el)).to.exist;
    expect(h.checked('K1')).to.equal(undefined);
    expect(el.currentResult!.responses.map((r) => r.item)).to.deep.equal(['K2']);
    // One report for one value, however often the element renders.
    expect(log.count('ksb-error')).to.equal(1);
    log.stop();
    el.remove();
  });

  it('lets the person take the matching answers by keyboard (Enter), then keeps focus in the element', async () => {
    const { el, h, log } = await heldScan();
    const kb = keyboardFrom(el);
    const button = await kb.tabTo((e) => textOf(e) === 'Use the matching answers');
    const changed = oneEvent(el, 'ksb-change');
    await sendKeys({ press: 'Enter' });
    const { detail } = await changed;
    await elementUpdated(el);
    expect(detail.result.framework.version).to.equal('2');
    expect(detail.result.responses.map((r: { item: string; value: number }) => [r.item, r.value])).to.deep.equal([['K1', 4]]);
    expect(notice(el)).to.equal(null);
    expect(h.checked('K1')).to.equal('Independently');
    expect(button.isConnected).to.be.false;
    expect(el.shadowRoot!.activeElement, 'focus left the element').to.exist;
    await expect(el).to.be.accessible();
    kb.done();
    log.stop();
    el.remove();
  });

  it('lets an assessor start afresh by keyboard (Space) on a rater: nothing is applied or emitted', async () => {
    const el = document.createElement('dreyfus-rater') as DreyfusRater;
    const log = eventLog(el);
    el.setAttribute('competencies', 'K1 K2');
    el.framework = miniStandard();
    el.value = { ...versionOne(), scale: 'dreyfus', responses: [{ item: 'K1', value: 3, scale: 'dreyfus', time: '2026-03-01T09:00:00.000Z' }] };
    document.body.append(el);
    await waitUntil(() => notice(el), 'no mismatch notice');
    const h = new RaterHarness(el);
    const kb = keyboardFrom(el);
    await kb.tabTo((e) => textOf(e) === 'Start afresh');
    await sendKeys({ type: ' ' });
    await elementUpdated(el);
    expect(notice(el)).to.equal(null);
    expect(h.checked('K1')).to.equal(undefined);
    expect(el.currentResult).to.equal(undefined);
    expect(log.count('ksb-change')).to.equal(0);
    expect(el.shadowRoot!.activeElement, 'focus left the element').to.exist;
    kb.done();
    log.stop();
    el.remove();
  });
});
