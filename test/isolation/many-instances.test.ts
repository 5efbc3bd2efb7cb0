/**
 * Fifty <skills-scan> elements on one page (a tutor's view of a cohort): all render,
 * each keeps its own answers and sends its own events, with no id clashes and
 * nothing thrown or logged as an error. The render time is printed, not asserted:
 * it depends on the machine.
 */
import { elementUpdated, expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/elements/skills-scan/skills-scan.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { Framework } from '../../src/model/framework.js';
import type { Result } from '../../src/model/result.js';
import { bundled } from '../harness/frameworks.js';
import { ScanHarness } from '../harness/scan-harness.js';
import { idProblems } from './id-refs.js';

const COUNT = 50;

/** Collects console errors and uncaught errors while a test runs. */
function watchErrors(): () => string[] {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return () => {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    return errors;
  };
}

describe(`${COUNT} scans on one page`, function () {
  this.timeout(120000);
  let st0958: Framework;
  let scans: SkillsScan[];
  let stopWatching: () => string[];
  let page: HTMLDivElement;
  const changes: { source: EventTarget; subject?: string; items: string[] }[] = [];
  const record = (e: Event) => {
    const result = (e as CustomEvent<{ result: Result }>).detail.result;
    changes.push({ source: e.composedPath()[0], subject: result.subject, items: result.responses.map((r) => r.item) });
  };

  before(async () => {
    st0958 = await bundled('st0958.json');
    stopWatching = watchErrors();
    document.addEventListener('ksb-change', record);
    const subjects = Array.from({ length: COUNT }, (_, i) => `learner-${i}`);
    const start = performance.now();
    // A page of its own, not a fixture: fixtures are removed after each test, and these scans live through all of them.
    page = document.createElement('div');
    page.style.width = '900px';
    document.body.append(page);
    render(html`${subjects.map((s) => html`<skills-scan subject=${s} .framework=${st0958}></skills-scan>`)}`, page);
    scans = [...page.querySelectorAll<SkillsScan>('skills-scan')];
    await Promise.all(scans.map((s) => s.updateComplete));
    await waitUntil(() => scans.every((s) => s.shadowRoot!.querySelectorAll('fieldset.question').length === 42), 'not every scan rendered', {
      timeout: 60000,
    });
    const rendered = performance.now() - start;
    // Layout of the whole page, as a person scrolling it would cause.
    const laidOut = document.body.getBoundingClientRect().height;
    console.log(`${COUNT} scans of ST0958 (42 questions shown each) rendered in ${Math.round(rendered)} ms; page ${Math.round(laidOut)} px tall`);
  });

  after(() => {
    page.remove();
    document.removeEventListener('ksb-change', record);
    stopWatching();
  });

  it('all render with their first section and progress', () => {
    expect(scans).to.have.length(COUNT);
    for (const s of scans) {
      const h = new ScanHarness(s);
      expect(h.progressText()).to.equal('0 of 92 answered');
      expect(h.sectionTitle()).to.equal('Step 1 of 4 Knowledge');
      expect(h.legend('K1')).to.match(/^K1 the wider social determinants/);
    }
  });

  it('answering in one changes only that one, and each sends its own events', async () => {
    changes.length = 0;
    const picks = [0, 17, 49];
    for (const [n, i] of picks.entries()) await new ScanHarness(scans[i]).answer(n === 1 ? 'K2' : 'K1', 'Independently');
    expect(changes.map((c) => [scans.indexOf(c.source as SkillsScan), c.subject, c.items])).to.deep.equal([
      [0, 'learner-0', ['K1']],
      [17, 'learner-17', ['K2']],
      [49, 'learner-49', ['K1']],
    ]);
    scans.forEach((s, i) => {
      const h = new ScanHarness(s);
      const answered = picks.includes(i) ? 1 : 0;
      expect(h.progressText(), `scan ${i}`).to.equal(`${answered} of 92 answered`);
      expect(s.currentResult?.responses.length ?? 0, `scan ${i}`).to.equal(answered);
      expect(h.checked('K1'), `scan ${i}`).to.equal(i === 0 || i === 49 ? 'Independently' : undefined);
    });
    // Moving one scan on leaves the others where they were.
    await new ScanHarness(scans[17]).press('Next');
    await elementUpdated(scans[18]);
    expect(new ScanHarness(scans[17]).sectionTitle()).to.equal('Step 2 of 4 Skills');
    expect(new ScanHarness(scans[16]).sectionTitle()).to.equal('Step 1 of 4 Knowledge');
    expect(new ScanHarness(scans[18]).sectionTitle()).to.equal('Step 1 of 4 Knowledge');
  });

  it('has no duplicate ids or broken id references in any scan or on the page, and no errors', () => {
    for (const [i, s] of scans.entries()) expect(idProblems(s.shadowRoot!), `scan ${i}`).to.deep.equal([]);
    expect(idProblems(document)).to.deep.equal([]);
    expect(stopWatching()).to.deep.equal([]);
    stopWatching = watchErrors();
  });
});
