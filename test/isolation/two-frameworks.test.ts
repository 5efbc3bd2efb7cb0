/**
 * Several frameworks on one page: two scans on different standards, a rater, and two
 * sibling <ksb-framework> providers each with a scan and a matrix. Both standards use
 * the same item ids (K1, S1…), so any leak between elements shows.
 */
import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import '../../src/elements/ksb-framework/ksb-framework.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { KsbFrameworkProvider } from '../../src/elements/ksb-framework/ksb-framework.js';
import type { Framework } from '../../src/model/framework.js';
import type { Result } from '../../src/model/result.js';
import { bundled, bundledUrl } from '../harness/frameworks.js';
import { ScanHarness } from '../harness/scan-harness.js';
import { RaterHarness } from '../harness/rater-harness.js';
import { idProblems, idRefCount } from './id-refs.js';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

interface Seen {
  source: EventTarget;
  type: string;
  framework: Result['framework'];
  items: string[];
}

describe('two frameworks on one page', () => {
  let st0958: Framework;
  let pwp: Framework;
  let somerset: Framework;
  let page: HTMLElement;
  let seen: Seen[];
  const record = (e: Event) => {
    const result = (e as CustomEvent<{ result: Result }>).detail.result;
    seen.push({ source: e.composedPath()[0], type: e.type, framework: result.framework, items: result.responses.map((r) => r.item) });
  };
  const $ = <T extends Element>(id: string) => page.querySelector<T>(`#${id}`)!;
  const ref = (fw: Framework) => ({ id: fw.id, version: fw.version, title: fw.title });

  before(async () => {
    [st0958, pwp, somerset] = await Promise.all([bundled('st0958.json'), bundled('st0568-pwp.json'), bundled('somerset-splw.json')]);
  });

  beforeEach(async () => {
    seen = [];
    document.addEventListener('ksb-change', record);
    page = await fixture(html`<div style="width: 1000px">
      <form id="host-form">
        <skills-scan id="scan-a" name="scan-a" subject="learner-a" .framework=${st0958}></skills-scan>
        <skills-scan id="scan-b" name="scan-b" subject="learner-b" .framework=${pwp}></skills-scan>
        <dreyfus-rater id="rater" name="rating" subject="worker-r" level="mid" .framework=${somerset}></dreyfus-rater>
      </form>
      <ksb-framework id="provider-a" src=${bundledUrl('st0958.json')}>
        <skills-scan id="inner-scan-a"></skills-scan>
        <ksb-matrix id="inner-matrix-a" layout="table"></ksb-matrix>
      </ksb-framework>
      <ksb-framework id="provider-b" src=${bundledUrl('st0568-pwp.json')}>
        <skills-scan id="inner-scan-b"></skills-scan>
        <ksb-matrix id="inner-matrix-b" layout="table"></ksb-matrix>
      </ksb-framework>
    </div>`);
    await waitUntil(
      () => ['inner-scan-a', 'inner-scan-b', 'inner-matrix-a', 'inner-matrix-b'].every((id) => $(id).shadowRoot?.querySelector('fieldset, table')),
      'the providers did not load',
      { timeout: 5000 },
    );
  });

  afterEach(() => document.removeEventListener('ksb-change', record));

  it('keeps answers apart: the same item id answered in one scan stays unanswered in the other', async () => {
    const a = new ScanHarness($<SkillsScan>('scan-a'));
    const b = new ScanHarness($<SkillsScan>('scan-b'));
    // Both ask a K1, with different statements.
    expect(a.legend('K1')).to.match(/^K1 the wider social determinants/);
    expect(b.legend('K1')).not.to.equal(a.legend('K1'));
    // A person clicks the label (linked by `for`) of A's K1 "Aware".
    const label = [...a.question('K1').querySelectorAll('label')].find((l) => clean(l.textContent) === 'Aware')!;
    label.click();
    await elementUpdated(a.el);
    expect(a.checked('K1')).to.equal('Aware');
    expect(b.checked('K1')).to.equal(undefined);
    await b.answer('K1', 'Confidently');
    await b.answer('K2', 'Not sure');
    expect(a.checked('K1')).to.equal('Aware');
    expect(a.progressText()).to.equal('1 of 92 answered');
    expect(b.progressText()).to.match(/^2 of \d+ answered$/);
    expect(a.el.currentResult!.responses.map((r) => [r.item, r.value])).to.deep.equal([['K1', 2]]);
    expect(b.el.currentResult!.responses.map((r) => [r.item, r.value])).to.deep.equal([
      ['K1', 5],
      ['K2', null],
    ]);
  });

  it('each event names its own framework and version and carries only its own answers', async () => {
    await new ScanHarness($<SkillsScan>('scan-a')).answer('K2', 'Aware');
    await new ScanHarness($<SkillsScan>('scan-b')).answer('K2', 'Independently');
    const rater = new RaterHarness($<DreyfusRater>('rater'));
    const competency = rater.competencyIds()[0];
    await rater.rate(competency, 4);
    await new ScanHarness($<SkillsScan>('inner-scan-b')).answer('K3', 'Aware');
    expect(seen.map((s) => [(s.source as Element).id, s.framework, s.items])).to.deep.equal([
      ['scan-a', ref(st0958), ['K2']],
      ['scan-b', ref(pwp), ['K2']],
      ['rater', ref(somerset), [competency]],
      ['inner-scan-b', ref(pwp), ['K3']],
    ]);
    // A host posting the form receives one field per element, each with its own framework.
    const data = new FormData($<HTMLFormElement>('host-form'));
    const field = (name: string) => JSON.parse(data.get(name) as string) as Result;
    expect(field('scan-a').framework.id).to.equal('st0958');
    expect(field('scan-a').subject).to.equal('learner-a');
    expect(field('scan-b').framework.id).to.equal(pwp.id);
    expect(field('scan-b').responses.map((r) => [r.item, r.value])).to.deep.equal([['K2', 4]]);
    expect(field('rating').framework.id).to.equal(somerset.id);
  });

  it('sibling providers share results only with their own elements', async () => {
    const providerA = $<KsbFrameworkProvider>('provider-a');
    const providerB = $<KsbFrameworkProvider>('provider-b');
    const matrixText = (id: string) => clean($(id).shadowRoot!.querySelector('tbody')!.textContent);
    const firstTotal = (id: string) => clean($(id).shadowRoot!.querySelector('tbody tr td.total')!.textContent);
    const beforeB = matrixText('inner-matrix-b');
    expect(firstTotal('inner-matrix-a')).to.equal('9 links');

    await new ScanHarness($<SkillsScan>('inner-scan-a')).answer('K1', 'Confidently');
    await waitUntil(() => firstTotal('inner-matrix-a') === '1 of 9 met', `matrix A shows ${firstTotal('inner-matrix-a')}`, { timeout: 3000 });
    await elementUpdated($('inner-matrix-b'));
    expect(matrixText('inner-matrix-b')).to.equal(beforeB);
    expect(providerA.results.map((r) => r.framework.id)).to.deep.equal(['st0958']);
    expect(providerB.results).to.deep.equal([]);

    // K1 answered in B shows in B's matrix only.
    const beforeA = matrixText('inner-matrix-a');
    await new ScanHarness($<SkillsScan>('inner-scan-b')).answer('K1', 'Confidently');
    await waitUntil(() => matrixText('inner-matrix-b') !== beforeB, 'matrix B did not follow its scan', { timeout: 3000 });
    expect(matrixText('inner-matrix-a')).to.equal(beforeA);
    expect(providerB.results.map((r) => [r.framework.id, r.responses.map((x) => x.item)])).to.deep.equal([[pwp.id, ['K1']]]);
    expect(providerA.results.map((r) => [r.framework.id, r.responses.map((x) => x.item)])).to.deep.equal([['st0958', ['K1']]]);
    // The scans outside the providers were not touched.
    expect($<SkillsScan>('scan-a').currentResult?.responses ?? []).to.deep.equal([]);
  });

  it('ids and id references (label for, aria-describedby, aria-labelledby) resolve inside each element', async () => {
    const a = new ScanHarness($<SkillsScan>('scan-a'));
    const b = new ScanHarness($<SkillsScan>('scan-b'));
    await a.press('Add a note to K1');
    await b.press('Add a note to K1');
    const ids = ['scan-a', 'scan-b', 'rater', 'inner-scan-a', 'inner-scan-b', 'inner-matrix-a', 'inner-matrix-b'];
    for (const id of ids) {
      const root = $(id).shadowRoot!;
      expect(idRefCount(root), `${id} has id references`).to.be.greaterThan(0);
      expect(idProblems(root), id).to.deep.equal([]);
    }
    expect(idProblems(document)).to.deep.equal([]);
    // The same ids exist in both scans, each resolving to its own element.
    const noteId = a.question('K1').querySelector('textarea')!.id;
    expect(b.question('K1').querySelector('textarea')!.id).to.equal(noteId);
    const labelA = a.question('K1').querySelector<HTMLLabelElement>('label.note-label')!;
    expect(labelA.control).to.equal(a.question('K1').querySelector('textarea'));
    const radioA = a.radio('K1', 'Aware');
    const describedA = a.root.getElementById(radioA.getAttribute('aria-describedby')!)!;
    expect(a.root.contains(describedA)).to.be.true;
    expect(clean(describedA.textContent)).to.equal(clean(b.root.getElementById(b.radio('K1', 'Aware').getAttribute('aria-describedby')!)!.textContent));
  });
});
