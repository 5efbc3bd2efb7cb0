// A right-to-left page: a host's Arabic locale (the stories' sample), an Arabic translation of a
// few items, and English left untranslated. Its own test file: the locale stays registered.
import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { Framework } from '../../src/model/framework.js';
import type { Translation } from '../../src/model/translation.js';
import { registerArabicSample } from '../../stories/samples/arabic.js';
import { bundled } from '../harness/frameworks.js';
import { ScanHarness } from '../harness/scan-harness.js';

const sampleUrl = new URL('../../frameworks/st0958.ar.example.json', import.meta.url).href;
const statementOf = (el: HTMLElement, item: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-item="${item}"] .statement`)!;
const direction = (el: Element) => getComputedStyle(el).direction;

describe('a right-to-left page (dir="rtl" lang="ar")', () => {
  let st0958: Framework;
  let arabic: Translation;
  before(async () => {
    await registerArabicSample();
    st0958 = await bundled('st0958.json');
    arabic = await fetch(sampleUrl).then((r) => r.json());
  });

  async function rtlScan(): Promise<{ el: SkillsScan; h: ScanHarness }> {
    const box = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 640px">
      <skills-scan mode="all" .framework=${st0958} .translation=${arabic}></skills-scan>
    </div>`);
    const el = box.querySelector<SkillsScan>('skills-scan')!;
    await elementUpdated(el);
    return { el, h: new ScanHarness(el) };
  }

  it('the scan speaks the host’s locale, mirrored; translated text is Arabic, the rest English set left to right', async () => {
    const { el, h } = await rtlScan();
    expect(h.progressText()).to.equal('تمت الإجابة عن 0 من 92');
    expect(h.optionLabels('K1').slice(0, 2)).to.deep.equal(['ليس بعد', 'على دراية']);
    expect(direction(h.question('K1'))).to.equal('rtl');

    const k1 = statementOf(el, 'K1');
    expect(k1.lang).to.equal('ar');
    expect(direction(k1)).to.equal('rtl');
    const k4 = statementOf(el, 'K4');
    expect(k4.lang).to.equal('en-GB');
    expect(direction(k4), 'English left untranslated runs left to right').to.equal('ltr');

    // The line reads from the right: the item's code, then its statement to the left of it.
    for (const id of ['K1', 'K4']) {
      const code = h.question(id).querySelector('.code')!.getBoundingClientRect();
      const statement = statementOf(el, id).getClientRects()[0];
      expect(code.left, `${id}: code right of the statement`).to.be.at.least(statement.right - 0.5);
    }
    await expect(el).to.be.accessible();
  });

  it('answers are the framework’s ids and values, whatever the language', async () => {
    const { el, h } = await rtlScan();
    const change = oneEvent(el, 'ksb-change');
    h.radio('K1', 'بمساعدة').click();
    const { detail } = await change;
    expect(detail.result.responses.find((r: { item: string }) => r.item === 'K1')).to.include({ item: 'K1', value: 3 });
  });

  it('the rater’s summary points the trend’s arrows from the earliest rating, which a right-to-left page puts on the right', async () => {
    const somerset = await bundled('somerset-splw.json');
    const item = somerset.items.find((i) => i.id === 'person-centred-approach')!.id;
    const earlier = {
      format: 'ksb-result/1',
      framework: { id: somerset.id, version: somerset.version },
      scale: 'dreyfus',
      started: '2026-01-15T10:00:00.000Z',
      updated: '2026-01-15T10:00:00.000Z',
      submitted: '2026-01-15T10:00:00.000Z',
      responses: [{ item, value: 2, scale: 'dreyfus', time: '2026-01-15T10:00:00.000Z' }],
    };
    const box = await fixture<HTMLDivElement>(html`<div>
      <div dir="rtl" lang="ar"><dreyfus-rater .framework=${somerset} .history=${[earlier]}></dreyfus-rater></div>
      <div dir="ltr" lang="en-GB"><dreyfus-rater .framework=${somerset} .history=${[earlier]}></dreyfus-rater></div>
    </div>`);
    const [rtl, ltr] = [...box.querySelectorAll<DreyfusRater>('dreyfus-rater')];
    await Promise.all([rtl, ltr].map((el) => elementUpdated(el)));
    const arrowOf = async (el: DreyfusRater) => {
      const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`fieldset[data-item="${item}"] input[type=radio]`)];
      radios[2].click();
      await elementUpdated(el);
      await waitUntil(() => el.shadowRoot!.querySelector(`.ratings-table tr[data-item="${item}"] .trend-arrow`), 'the summary shows the trend');
      return el.shadowRoot!.querySelector<HTMLElement>(`.ratings-table tr[data-item="${item}"] .trend-arrow`)!;
    };
    const rtlArrow = await arrowOf(rtl);
    const ltrArrow = await arrowOf(ltr);
    // The earlier rating, then the one just given.
    expect(rtlArrow.closest('td')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^2 → [1-5]$/);
    expect(getComputedStyle(rtlArrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(getComputedStyle(ltrArrow).transform).to.equal('none');
    await expect(rtl).to.be.accessible();
  });

  it('the rater on an English framework in the page: the interface mirrored, the framework’s text left to right, axe clean', async () => {
    const box = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><dreyfus-rater .framework=${await bundled('somerset-splw.json')}></dreyfus-rater></div>`);
    const el = box.querySelector<DreyfusRater>('dreyfus-rater')!;
    await elementUpdated(el);
    const root = el.shadowRoot!;
    expect(direction(root.querySelector('fieldset')!)).to.equal('rtl');
    const titles = [...root.querySelectorAll<HTMLElement>('fieldset legend bdi')];
    expect(titles.length).to.be.greaterThan(0);
    for (const t of titles.slice(0, 5)) expect(direction(t), t.textContent!).to.equal('ltr');
    await expect(el).to.be.accessible();
  });
});
