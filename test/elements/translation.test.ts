import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../../src/elements/ksb-review/ksb-review.js';
import '../../src/elements/ksb-framework/ksb-framework.js';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { KsbReview } from '../../src/elements/ksb-review/ksb-review.js';
import type { Framework } from '../../src/model/framework.js';
import type { Translation } from '../../src/model/translation.js';
import { bundled } from '../harness/frameworks.js';
import { watchPageErrors } from '../harness/page-errors.js';
import { partyResult } from '../harness/review-harness.js';

const exampleUrl = new URL('../../frameworks/st0958.cy.example.json', import.meta.url).href;
const statementOf = (el: HTMLElement, item: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-item="${item}"] .statement`)!;

describe('translation and translation-src', () => {
  let st0958: Framework;
  let example: Translation;
  before(async () => {
    st0958 = await bundled('st0958.json');
    example = await fetch(exampleUrl).then((r) => r.json());
  });

  it('<skills-scan lang="cy">: translated statements in Welsh (lang="cy"), the rest marked with the framework\'s language', async () => {
    const el = await fixture<SkillsScan>(html`<skills-scan lang="cy" mode="all" .framework=${st0958} .translation=${example}></skills-scan>`);
    await elementUpdated(el);
    const k1 = statementOf(el, 'K1');
    expect(k1.textContent).to.match(/^penderfynyddion cymdeithasol/);
    expect(k1.lang).to.equal('cy');
    const k4 = statementOf(el, 'K4');
    expect(k4.textContent).to.equal(st0958.items.find((i) => i.id === 'K4')!.statement);
    expect(k4.lang).to.equal(st0958.language ?? '');
    expect(el.shadowRoot!.querySelector('[part~="translation"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('translation-src is fetched; answers are kept and ids unchanged when the translation changes', async () => {
    const el = await fixture<SkillsScan>(html`<skills-scan mode="all" .framework=${st0958}></skills-scan>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('[data-item="K1"] input[type=radio]')!.click();
    await elementUpdated(el);
    el.setAttribute('translation-src', exampleUrl);
    await waitUntil(() => statementOf(el, 'K1').lang === 'cy', 'the translation was not applied');
    expect(el.currentResult!.responses.map((r) => r.item)).to.deep.equal(['K1']);
    expect(el.shadowRoot!.querySelectorAll('input[type=radio]:checked').length).to.equal(1);
    const changed = oneEvent(el, 'ksb-change');
    el.shadowRoot!.querySelector<HTMLInputElement>('[data-item="K2"] input[type=radio]')!.click();
    expect((await changed).detail.result.framework).to.deep.include({ id: 'st0958', version: st0958.version });
  });

  it('refuses a translation for another framework: an alert, ksb-error (source translation), the framework in its own language, answers kept', async () => {
    const stop = watchPageErrors();
    const el = await fixture<SkillsScan>(html`<skills-scan mode="all" .framework=${st0958}></skills-scan>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('[data-item="K1"] input[type=radio]')!.click();
    await elementUpdated(el);
    const error = oneEvent(el, 'ksb-error');
    el.translation = { ...example, framework: { id: 'st0001', version: '1' } };
    const { detail } = await error;
    expect(detail.source).to.equal('translation');
    expect(detail.problems[0].code).to.equal('framework-mismatch');
    await elementUpdated(el);
    expect(el.shadowRoot!.querySelector('[role="alert"] h2')!.textContent).to.equal('The translation cannot be used');
    expect(statementOf(el, 'K1').textContent).to.match(/^the wider social determinants/);
    expect(el.currentResult!.responses.length).to.equal(1);
    await expect(el).to.be.accessible();
    expect(stop()).to.deep.equal([]);
  });

  it('applies one for another version where the ids match, with a notice listing what it lacks', async () => {
    const other = { ...example, framework: { id: 'st0958', version: '0.9' }, items: { ...example.items, K999: { statement: 'dim' } } };
    const el = await fixture<SkillsScan>(html`<skills-scan mode="all" .framework=${st0958} .translation=${other}></skills-scan>`);
    await elementUpdated(el);
    expect(statementOf(el, 'K1').lang).to.equal('cy');
    const notice = el.shadowRoot!.querySelector('[part~="translation"]')!;
    expect(notice.textContent).to.contain('another version');
    expect(notice.textContent).to.contain('Not in this framework: item "K999".');
    await expect(el).to.be.accessible();
  });

  it('a translation-src that fails: ksb-error (source translation) and the framework as it is', async () => {
    const el = document.createElement('skills-scan');
    el.framework = st0958;
    const error = oneEvent(el, 'ksb-error');
    el.setAttribute('translation-src', new URL('/no/such/translation.json', location.href).href);
    document.body.append(el);
    const { detail } = await error;
    expect(detail.source).to.equal('translation');
    expect(detail.problems[0].message).to.contain('404');
    await elementUpdated(el);
    expect(el.shadowRoot!.querySelectorAll('fieldset.question').length).to.be.greaterThan(0);
    el.remove();
  });

  it('<dreyfus-rater> and <ksb-review> mark translated text too', async () => {
    const somerset = await bundled('somerset-splw.json');
    const rubric = somerset.rubrics![0];
    const translation: Translation = { format: 'ksb-translation/1', framework: { id: somerset.id, version: somerset.version }, language: 'cy', rubrics: { [rubric.item]: { keyFeatures: 'Nodweddion allweddol (enghraifft)' } } };
    const rater = await fixture<HTMLElement>(html`<dreyfus-rater .framework=${somerset} .translation=${translation}></dreyfus-rater>`);
    await elementUpdated(rater);
    const key = rater.shadowRoot!.querySelector<HTMLElement>(`[data-item="${rubric.item}"] .key-features bdi`)!;
    expect([key.textContent, key.lang]).to.deep.equal(['Nodweddion allweddol (enghraifft)', 'cy']);
    const results = [partyResult(st0958, 'learner', { K1: 2 }), partyResult(st0958, 'employer', { K1: 4 })];
    const review = await fixture<KsbReview>(html`<ksb-review .framework=${st0958} .results=${results} .translation=${example}></ksb-review>`);
    await elementUpdated(review);
    const k1 = review.shadowRoot!.querySelector<HTMLElement>('tr[data-item="K1"] .statement')!;
    expect(k1.lang).to.equal('cy');
    expect(k1.textContent).to.match(/^penderfynyddion/);
  });

  it('<dreyfus-rater lang="cy"> with the Somerset example (translation-src): the competency and its guidance in Welsh, the rest marked English', async () => {
    const somerset = await bundled('somerset-splw.json');
    const src = new URL('../../frameworks/somerset-splw.cy.example.json', import.meta.url).href;
    const rater = await fixture<HTMLElement>(html`<dreyfus-rater lang="cy" .framework=${somerset} translation-src=${src}></dreyfus-rater>`);
    const competency = () => rater.shadowRoot!.querySelector<HTMLElement>('[data-item="person-centred-approach"]');
    await waitUntil(() => competency()?.textContent?.includes('Dull sy’n canolbwyntio ar yr unigolyn'), 'the Welsh competency never showed', { timeout: 4000 });
    const key = competency()!.querySelector<HTMLElement>('.key-features bdi')!;
    expect(key.lang).to.equal('cy');
    expect(key.textContent).to.match(/^Dylai cyfathrebu/);
    const other = rater.shadowRoot!.querySelector<HTMLElement>('[data-item]:not([data-item="person-centred-approach"]) .key-features bdi');
    if (other) expect(other.lang).to.equal(somerset.language ?? '');
    // Its own Dreyfus scale stays in the framework's words: the example translates none of it.
    await expect(rater).to.be.accessible();
  });
});

describe('a translation on <ksb-framework>', () => {
  it('reaches the elements inside, with each text marked in its own language', async () => {
    const st0958 = await bundled('st0958.json');
    const example = await fetch(exampleUrl).then((r) => r.json());
    const wrapper = await fixture<HTMLElement>(html`<ksb-framework .framework=${st0958} .translation=${example}><skills-scan mode="all"></skills-scan></ksb-framework>`);
    const scan = wrapper.querySelector('skills-scan')!;
    await waitUntil(() => scan.shadowRoot!.querySelector('[data-item="K4"] .statement'), 'the scan did not render');
    expect(statementOf(scan, 'K1').lang).to.equal('cy');
    expect(statementOf(scan, 'K4').lang).to.equal('en-GB');
  });
});

describe('<ksb-matrix> with a translation', () => {
  it('marks each row statement with its language, in the table and the list', async () => {
    const st0958 = await bundled('st0958.json');
    const example = await fetch(exampleUrl).then((r) => r.json());
    for (const layout of ['table', 'list']) {
      const el = await fixture<HTMLElement>(html`<ksb-matrix layout=${layout} rows="knowledge" columns="duty" .framework=${st0958} .translation=${example}></ksb-matrix>`);
      await elementUpdated(el);
      const details = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row-detail, .card p bdi')];
      const k1 = details.find((d) => d.textContent!.startsWith('penderfynyddion'))!;
      expect(k1.lang, layout).to.equal('cy');
      const english = details.find((d) => d.lang === 'en-GB');
      expect(english, `${layout}: an untranslated statement marked en-GB`).to.exist;
      await expect(el).to.be.accessible();
    }
  });
});

describe('a wholly translated Welsh scan', () => {
  it('shows no English: statements, title, scale and section names are Welsh', async () => {
    const st0958 = await bundled('st0958.json');
    const example: Translation = await fetch(exampleUrl).then((r) => r.json());
    const el = await fixture<SkillsScan>(html`<skills-scan lang="cy" mode="all" items="K1 K2 K3" .framework=${st0958} .translation=${example}></skills-scan>`);
    await elementUpdated(el);
    const root = el.shadowRoot!;
    const statements = [...root.querySelectorAll<HTMLElement>('.statement')];
    expect(statements.map((s) => s.lang)).to.deep.equal(['cy', 'cy', 'cy']);
    // No element marks English text: nothing shown fell back to the framework's language.
    expect([...root.querySelectorAll('[lang]')].filter((e) => e.getAttribute('lang')!.startsWith('en'))).to.deep.equal([]);
    expect(root.textContent).to.contain('Gwybodaeth');
    expect(root.textContent).to.contain('Yn annibynnol');
    expect(root.textContent).to.not.contain('Knowledge');
    // Dates in Welsh too, in a browser whose Intl has no Welsh dates (Chromium) as in one that has (Firefox).
    const month = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'][new Date().getMonth()];
    expect(root.textContent).to.contain(`${new Date().getDate()} ${month} ${new Date().getFullYear()}`);
    await expect(el).to.be.accessible();
  });
});
