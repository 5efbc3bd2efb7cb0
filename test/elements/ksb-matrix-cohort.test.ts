// <ksb-matrix rows="results">: a provider's cohort, read as the provider would see and hear it.
import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { KsbMatrix } from '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { Framework } from '../../src/model/index.js';
import { cohortResults, learnerId } from '../fixtures/cohort.js';
import { catchDownloads } from '../harness/downloads.js';
import { bundled } from '../harness/frameworks.js';
import { keyboardFrom } from '../harness/keyboard.js';

const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<ksb-matrix rows="results">: the cohort view', function () {
  this.timeout(30000);
  let st0958: Framework;
  before(async () => {
    st0958 = await bundled('st0958.json');
  });

  async function cohort(results: unknown, extra: { columns?: string; baseline?: unknown } = {}) {
    const el = await fixture<KsbMatrix>(
      html`<ksb-matrix rows="results" columns=${extra.columns ?? 'knowledge skill behaviour'} layout="table" .framework=${st0958} .results=${results} .baseline=${extra.baseline}></ksb-matrix>`,
    );
    await elementUpdated(el);
    const root = el.shadowRoot!;
    const rows = () => [...root.querySelectorAll<HTMLTableRowElement>('tbody tr[data-subject]')];
    const headers = () => [...root.querySelectorAll<HTMLElement>('thead th')];
    const header = (label: string) => headers().find((h) => text(h.querySelector('.col-label') ?? h).startsWith(label))!;
    const cell = (subject: string, c: number) => text(root.querySelector(`tr[data-subject="${subject}"] [data-c="${c}"]`));
    return { el, root, rows, headers, header, cell };
  }

  it('a row per learner (data-subject), a column per KSB, each cell the latest rating as symbol and words; progress per learner and per column', async () => {
    const { el, root, rows, cell, headers } = await cohort(cohortResults(st0958, 3));
    expect(rows().map((r) => r.dataset.subject)).to.deep.equal([learnerId(1), learnerId(2), learnerId(3)]);
    expect(text(root.querySelector('caption'))).to.equal(`${st0958.title}: learners by knowledge, skills, behaviours`);
    expect(headers()).to.have.length(94);
    // Learner 1, K1: ((1 + 1) mod 5) + 1 = 3, "With support", below the target (Independently).
    expect(cell(learnerId(1), 1)).to.equal('◐ With support , below the target'.replace(' ,', ','));
    // Learner 2, K1: 4, "Independently": met.
    expect(cell(learnerId(2), 1)).to.equal('● Independently, met');
    const met = (n: number) => Array.from({ length: 92 }, (_, i) => ((n + i + 1) % 5) + 1).filter((v) => v >= 4).length;
    expect(text(root.querySelector(`tr[data-subject="${learnerId(1)}"] td.total .progress-text`))).to.equal(`${met(1)} of 92 met`);
    // K1's column: learners 2 and 3 rated it 4 or 5.
    expect(text(root.querySelector('tfoot [data-c="1"]'))).to.equal('2 of 3 learners met');
    expect(text(root.querySelector('[part="legend"]'))).to.not.contain('linked');
    await expect(el).to.be.accessible();
  });

  it('sorts by a column heading (click, or Enter by keyboard): aria-sort says which way', async () => {
    const { el, root, rows, header } = await cohort(cohortResults(st0958, 6));
    const k1 = header('K1');
    expect(k1.hasAttribute('aria-sort')).to.equal(false);
    k1.click();
    await elementUpdated(el);
    expect(header('K1').getAttribute('aria-sort')).to.equal('descending');
    const k1Values = () => rows().map((r) => Number(r.dataset.subject!.slice(-3))).map((n) => ((n + 1) % 5) + 1);
    expect(k1Values()).to.deep.equal([...k1Values()].sort((a, b) => b - a));
    expect(rows()[0].dataset.subject, 'ties by name').to.equal(learnerId(3));
    header('K1').click();
    await elementUpdated(el);
    expect(header('K1').getAttribute('aria-sort')).to.equal('ascending');
    expect(k1Values()).to.deep.equal([...k1Values()].sort((a, b) => a - b));
    // By keyboard: the learners' heading, Enter: names from Z (it was sorted by K1; the first press on it is A to Z).
    const kb = keyboardFrom(el);
    try {
      await kb.tabTo((a) => a.matches('[data-r]'));
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      const learnerHeader = root.querySelector('thead th[data-c="0"]')!;
      expect(learnerHeader.getAttribute('aria-sort')).to.equal('ascending');
      expect(header('K1').hasAttribute('aria-sort')).to.equal(false);
      expect(rows().map((r) => r.dataset.subject)).to.deep.equal([1, 2, 3, 4, 5, 6].map(learnerId));
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(rows()[0].dataset.subject).to.equal(learnerId(6));
      expect((root.activeElement as HTMLElement).dataset.c, 'focus stays on the heading').to.equal('0');
    } finally {
      kb.done();
    }
    await expect(el).to.be.accessible();
  });

  it('filters by learner', async () => {
    const { el, root, rows } = await cohort(cohortResults(st0958, 12));
    const input = root.querySelector<HTMLInputElement>('#filter')!;
    input.value = 'learner-01';
    input.dispatchEvent(new Event('input'));
    await elementUpdated(el);
    expect(rows().map((r) => r.dataset.subject)).to.deep.equal([10, 11, 12].map(learnerId));
    expect(text(root.querySelector('[role="status"][aria-live]'))).to.equal('3 learners and 92 columns shown');
    expect(text(root.querySelector('#filter-hint'))).to.contain('learner');
    // Column totals count the learners shown.
    expect(text(root.querySelector('tfoot [data-c="1"]'))).to.match(/of 3 learners met$/);
  });

  it('with a baseline per learner: the change since each one’s baseline, in words for screen readers', async () => {
    const baseline = cohortResults(st0958, 3);
    const now = cohortResults(st0958, 3, { shift: 1, when: '2026-11-01T09:00:00Z' });
    // Learner 3 has no baseline.
    const { el, root, cell } = await cohort(now, { baseline: baseline.slice(0, 2) });
    const toggle = [...root.querySelectorAll('label.toggle')].find((l) => text(l).includes('baseline'))!.querySelector('input')!;
    expect(toggle.checked).to.equal(false);
    toggle.click();
    await elementUpdated(el);
    expect(el.show).to.equal('change');
    // Learner 1, K1: 3 then 4; learner 2, K1: 4 then 5; learner 2, K3: 5 then 5 (capped).
    expect(cell(learnerId(1), 1)).to.equal('+1+1 since the baseline');
    expect(root.querySelector(`tr[data-subject="${learnerId(1)}"] [data-c="1"] .visually-hidden`)!.textContent).to.equal('+1 since the baseline');
    expect(cell(learnerId(2), 2)).to.equal('±0±0 since the baseline');
    expect(cell(learnerId(3), 1)).to.equal('–no baseline');
    expect(text(root.querySelector(`tr[data-subject="${learnerId(1)}"] td.total .change`))).to.match(/^\+\d+ since the baseline$/);
    await expect(el).to.be.accessible();
    const csv = await el.toCSV();
    // A leading "+" is neutralised, as every cell a spreadsheet could read as a formula.
    expect(csv.split('\r\n')[1].split(',').slice(0, 2)).to.deep.equal([learnerId(1), "'+1 since the baseline"]);
  });

  it('duties or sections as columns: items met of each', async () => {
    const { root, cell, headers } = await cohort(cohortResults(st0958, 2), { columns: 'duty' });
    expect(headers().map((h) => text(h.querySelector('.col-label'))).filter(Boolean)[0]).to.equal('Duty 1');
    // Duty 1 requires K1-K5 and S1-S4 (9 KSBs); shown as "n/9" and said as "n of 9 met".
    expect(cell(learnerId(1), 1)).to.match(/^[◐●○] \d\/9\d of 9 met$/);
    const { cell: sectionCell, root: sectionRoot } = await cohort(cohortResults(st0958, 2), { columns: 'sections' });
    expect(text(sectionRoot.querySelector('caption'))).to.match(/learners by sections$/);
    const knowledge = st0958.items.filter((i) => i.type === 'knowledge').length;
    expect(sectionCell(learnerId(1), 1)).to.match(new RegExp(`/${knowledge}\\d+ of ${knowledge} met$`));
    expect(root.querySelectorAll('thead th[part="column-header"]')).to.have.length(st0958.items.filter((i) => i.type === 'duty').length);
  });

  it('exports the whole cohort as CSV, in words, without live formulas', async () => {
    const results = cohortResults(st0958, 2);
    results[1] = { ...results[1], subject: '=HYPERLINK("http://x","y")' };
    const { el } = await cohort(results);
    const files = await catchDownloads(() => el.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button')!.click(), 1);
    const lines = files[0].text.trim().split('\r\n');
    expect(files[0].name).to.equal('st0958-matrix.csv');
    expect(lines).to.have.length(3);
    expect(lines[0].split(',').slice(0, 3)).to.deep.equal(['Learner', 'K1', 'K2']);
    expect(lines[1].split(',').slice(0, 3)).to.deep.equal([learnerId(1), 'With support', 'Independently']);
    expect(lines[2].startsWith(`"'=HYPERLINK`)).to.equal(true);
    expect(lines[1].split(',').at(-1)).to.match(/^\d+ of 92 met$/);
  });

  it('choosing a learner’s cell fires ksb-select with the item and the learner', async () => {
    const { el, root } = await cohort(cohortResults(st0958, 2));
    const target = root.querySelector<HTMLElement>(`tr[data-subject="${learnerId(2)}"] [data-c="3"]`)!;
    setTimeout(() => target.click());
    const e = await oneEvent(el, 'ksb-select');
    expect(e.detail).to.deep.equal({ items: ['K3'], subject: learnerId(2) });
  });

  it('bad input: results for another version are left out and said so; a broken result is an error; no results says so', async () => {
    const stale = { ...cohortResults(st0958, 1)[0], framework: { id: 'st0958', version: '0.9' } };
    const { root, rows } = await cohort([...cohortResults(st0958, 2), stale]);
    expect(rows()).to.have.length(2);
    expect(text(root.querySelector('.notice'))).to.contain('1 result is for another framework or version');
    const el = await fixture<KsbMatrix>(html`<ksb-matrix rows="results" .framework=${st0958}></ksb-matrix>`);
    await elementUpdated(el);
    expect(text(el.shadowRoot!.querySelector('.status'))).to.equal(`No learners’ results for ${st0958.title} have been given yet.`);
    await expect(el).to.be.accessible();
    const errors: string[] = [];
    const listen = (e: Event) => errors.push((e as CustomEvent).detail.source);
    document.addEventListener('ksb-error', listen);
    try {
      const bad = await fixture<KsbMatrix>(html`<ksb-matrix rows="results" .framework=${st0958} .results=${[{ format: 'ksb-result/1', subject: 'x' }]}></ksb-matrix>`);
      await elementUpdated(bad);
      expect(bad.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
      expect(errors, 'ksb-error sources').to.include('results');
      await expect(bad).to.be.accessible();
    } finally {
      document.removeEventListener('ksb-error', listen);
    }
  });

  it('a cohort windows past 1,000 cells (its cells cost more than a matrix’s): 10 learners render whole, 20 are windowed', async () => {
    const small = await cohort(cohortResults(st0958, 10));
    expect(small.root.querySelector('table')!.classList.contains('windowed')).to.equal(false);
    expect(small.rows()).to.have.length(10);
    const { root } = await cohort(cohortResults(st0958, 20));
    await waitUntil(() => root.querySelector('table')!.classList.contains('windowed'), 'a cohort of 1,840 cells was not windowed');
    expect(root.querySelector('table')!.getAttribute('aria-rowcount')).to.equal('22');
  });

  it('500 learners × 92 KSBs is windowed: the whole cohort for assistive technology, Ctrl+End reaches the last learner', async () => {
    const el = await fixture<KsbMatrix>(
      html`<ksb-matrix rows="results" layout="table" .framework=${st0958} .results=${cohortResults(st0958, 500)} style="--ksb-matrix-max-height: 500px; width: 1000px"></ksb-matrix>`,
    );
    await elementUpdated(el);
    const root = el.shadowRoot!;
    const table = root.querySelector('table[role="grid"]')!;
    await waitUntil(() => table.classList.contains('windowed'), 'not windowed');
    expect(table.getAttribute('aria-rowcount')).to.equal('502');
    expect(table.getAttribute('aria-colcount')).to.equal('94');
    const rendered = root.querySelectorAll('tbody tr[data-subject]').length;
    expect(rendered).to.be.within(5, 60);
    expect(root.querySelectorAll('td[part="cell"]').length).to.be.below(2000);
    const kb = keyboardFrom(el);
    try {
      await kb.tabTo((a) => a.matches('[data-r]'));
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      await elementUpdated(el);
      const active = root.activeElement as HTMLElement;
      expect([active.dataset.r, active.dataset.c]).to.deep.equal(['501', '93']);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Home' });
      await elementUpdated(el);
      const row = (root.activeElement as HTMLElement).closest('tr')!;
      expect(row.dataset.subject).to.equal(learnerId(500));
      expect(row.getAttribute('aria-rowindex')).to.equal('501');
    } finally {
      kb.done();
    }
    await expect(el).to.be.accessible();
  });
});
