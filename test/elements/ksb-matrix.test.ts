import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/ksb-framework/ksb-framework.js';
import type { KsbMatrix } from '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { KsbFrameworkProvider } from '../../src/elements/ksb-framework/ksb-framework.js';
import { createResult, setResponse, type Framework, type Result } from '../../src/model/index.js';
import { PWP_DUTY_KSBS, ST0958_DUTY_KSBS } from '../fixtures/source-duty-ksbs.js';
import { bundled, bundledUrl } from '../harness/frameworks.js';
import { ScanHarness } from '../harness/scan-harness.js';

/** Reads a rendered matrix the way a person would: header texts and cell contents. */
class MatrixHarness {
  constructor(readonly el: KsbMatrix) {}
  get root() {
    return this.el.shadowRoot!;
  }
  columnLabels(): string[] {
    return [...this.root.querySelectorAll('thead th[part="column-header"] .col-label')].map((e) => e.textContent!.trim());
  }
  rowLabels(): string[] {
    return [...this.root.querySelectorAll('tbody th[part="row-header"] .row-label')].map((e) => e.textContent!.trim());
  }
  rowOf(label: string): HTMLTableRowElement {
    const th = [...this.root.querySelectorAll('tbody th[part="row-header"]')].find((t) => t.querySelector('.row-label')!.textContent!.trim() === label);
    if (!th) throw new Error(`no row ${label}`);
    return th.closest('tr')!;
  }
  /** Column labels whose cell in the row is marked as linked. */
  linkedInRow(label: string): string[] {
    const cols = this.columnLabels();
    return [...this.rowOf(label).querySelectorAll('td[part="cell"]')].flatMap((td, i) => (td.classList.contains('link') ? [cols[i]] : []));
  }
  cellText(row: string, column: string): string {
    const i = this.columnLabels().indexOf(column);
    return this.rowOf(row).querySelectorAll('td[part="cell"]')[i].textContent!.replace(/\s+/g, ' ').trim();
  }
  rowTotal(label: string): string {
    return this.rowOf(label).querySelector('td.total')!.textContent!.replace(/\s+/g, ' ').trim();
  }
  focused(): HTMLElement | null {
    return this.root.activeElement as HTMLElement | null;
  }
}

async function matrix(template: ReturnType<typeof html>) {
  const el = await fixture<KsbMatrix>(template);
  await elementUpdated(el);
  return { el, h: new MatrixHarness(el) };
}

function rated(framework: Framework, values: Record<string, number | null>, when = '2026-05-01T00:00:00Z'): Result {
  let r = createResult(framework, 'confidence', new Date(when));
  for (const [item, value] of Object.entries(values)) r = setResponse(r, item, { value }, new Date(when));
  return r;
}

describe('<ksb-matrix>', () => {
  let st0958: Framework;
  let pwp: Framework;
  let ahp: Framework;
  let somerset: Framework;
  let str: Framework;
  before(async () => {
    [st0958, pwp, ahp, somerset, str] = await Promise.all(
      ['st0958.json', 'st0568-pwp.json', 'ahp-support-worker.json', 'somerset-splw.json', 'str-workers.json'].map(bundled),
    );
  });

  describe('duties × KSBs', () => {
    it('marks exactly the KSBs each ST0958 duty needs in the source, cell by cell', async () => {
      const { h } = await matrix(html`<ksb-matrix layout="table" .framework=${st0958}></ksb-matrix>`);
      expect(h.rowLabels()).to.deep.equal(Object.keys(ST0958_DUTY_KSBS));
      expect(h.columnLabels()).to.have.length(92);
      for (const [duty, ksbs] of Object.entries(ST0958_DUTY_KSBS)) {
        expect(h.linkedInRow(duty), duty).to.deep.equal([...ksbs].sort(byCode));
        expect(h.rowTotal(duty)).to.equal(ksbs.length === 1 ? '1 link' : `${ksbs.length} links`);
      }
      const footer = [...h.root.querySelectorAll('tfoot td')].map((td) => td.textContent!.trim());
      expect(footer.at(-1)).to.equal('98');
    });

    it('marks exactly the PWP duty mappings of the source', async () => {
      const { h } = await matrix(html`<ksb-matrix layout="table" .framework=${pwp}></ksb-matrix>`);
      expect(h.rowLabels()).to.deep.equal(Object.keys(PWP_DUTY_KSBS));
      for (const [duty, ksbs] of Object.entries(PWP_DUTY_KSBS)) expect(h.linkedInRow(duty), duty).to.deep.equal([...ksbs].sort(byCode));
    });

    it('can be transposed: KSBs as rows, duties as columns', async () => {
      const { h } = await matrix(html`<ksb-matrix layout="table" rows="knowledge skill behaviour" columns="duty" .framework=${st0958}></ksb-matrix>`);
      expect(h.rowLabels()).to.have.length(92);
      expect(h.linkedInRow('K6')).to.deep.equal(['Duty 2', 'Duty 6']);
      expect(h.linkedInRow('B6')).to.deep.equal(['Duty 2']);
    });
  });

  describe('progress', () => {
    it('shows each KSB\'s latest rating, each duty\'s items met with a bar, and a key that does not rely on colour', async () => {
      const early = rated(st0958, { K1: 2, K2: 5 }, '2026-01-01T00:00:00Z');
      const later = rated(st0958, { K1: 4, K3: null, S1: 3 }, '2026-02-01T00:00:00Z');
      const { h } = await matrix(html`<ksb-matrix layout="table" .framework=${st0958} .results=${[early, later]}></ksb-matrix>`);
      // Target defaults to "Independently" (4) on the confidence scale: K1 (4, latest) and K2 (5) are met.
      expect(h.rowTotal('Duty 1')).to.equal('2 of 9 met');
      expect(h.rowTotal('Duty 2')).to.equal('0 of 12 met');
      const header = (code: string) => [...h.root.querySelectorAll('thead th')].find((th) => th.querySelector('.col-label')?.textContent === code)!.textContent!.replace(/\s+/g, ' ').trim();
      expect(header('K1')).to.equal('K1 ●Rated Independently');
      expect(header('K3')).to.equal('K3 ?not sure');
      expect(header('S1')).to.equal('S1 ◐Rated With support');
      expect(header('K4')).to.equal('K4 ○not rated yet');
      expect(h.cellText('Duty 1', 'K1')).to.equal('● Linked: met');
      expect(h.cellText('Duty 1', 'S1')).to.equal('◐ Linked: rated below the target');
      expect(h.cellText('Duty 1', 'K4')).to.equal('○ Linked: not rated yet');
      const legend = h.root.querySelector('[part="legend"]')!.textContent!.replace(/\s+/g, ' ');
      expect(legend).to.include('● met: rated “Independently” or higher');
      expect(legend).to.include('○ not rated yet');
      const bar = h.rowOf('Duty 1').querySelector<HTMLElement>('.bar span')!;
      expect(bar.style.width).to.equal('22%');
    });

    it('names the built-in scale\'s points in Welsh on a Welsh page', async () => {
      const later = rated(st0958, { K1: 4 }, '2026-02-01T00:00:00Z');
      const { h } = await matrix(html`<ksb-matrix lang="cy" layout="table" .framework=${st0958} .results=${[later]}></ksb-matrix>`);
      const header = [...h.root.querySelectorAll('thead th')].find((th) => th.querySelector('.col-label')?.textContent === 'K1')!;
      expect(header.textContent!.replace(/\s+/g, ' ')).to.include('Yn annibynnol');
      expect(h.root.querySelector('[part="legend"]')!.textContent).to.include('“Yn annibynnol”');
    });

    it('uses the target attribute', async () => {
      const r = rated(st0958, { K1: 3, K2: 3, K3: 2 });
      const { h } = await matrix(html`<ksb-matrix layout="table" target="3" .framework=${st0958} .results=${r}></ksb-matrix>`);
      expect(h.rowTotal('Duty 1')).to.equal('2 of 9 met');
    });

    it('shows the change since a baseline per item and per duty', async () => {
      const baseline = rated(st0958, { K1: 1, K2: 4 }, '2026-01-01T00:00:00Z');
      const latest = rated(st0958, { K1: 4, K2: 4, K3: 5 }, '2026-03-01T00:00:00Z');
      const { h } = await matrix(html`<ksb-matrix layout="table" .framework=${st0958} .results=${latest} .baseline=${baseline}></ksb-matrix>`);
      expect(h.rowTotal('Duty 1')).to.equal('3 of 9 met +2 since the baseline');
      const k1 = [...h.root.querySelectorAll('thead th')].find((th) => th.querySelector('.col-label')?.textContent === 'K1')!;
      expect(k1.textContent!.replace(/\s+/g, ' ')).to.include('●+3Rated Independently, +3 since the baseline');
    });

    it('ignores, and says so, a result for another version', async () => {
      const other = rated({ ...st0958, version: '2' }, { K1: 5 });
      const el = document.createElement('ksb-matrix');
      el.framework = st0958;
      el.results = [other];
      const error = oneEvent(el, 'ksb-error');
      document.body.append(el);
      const { detail } = await error;
      expect(detail.source).to.equal('results');
      expect(detail.problems.map((p: { code: string }) => p.code)).to.deep.equal(['version-mismatch']);
      await elementUpdated(el);
      expect(el.shadowRoot!.textContent).to.include('1 result is for another framework or version and is not shown.');
      expect(el.shadowRoot!.querySelector('[part="legend"]')).to.equal(null);
      el.remove();
    });
  });

  describe('the other layouts', () => {
    it('AHP: competencies × levels with the descriptor text in the right cells, grouped by domain', async () => {
      const { h } = await matrix(html`<ksb-matrix layout="table" rows="competency" columns="levels" .framework=${ahp}></ksb-matrix>`);
      expect(h.columnLabels()).to.deep.equal(['Entry Level', 'Intermediate', 'Assistant Practitioner']);
      expect(h.rowLabels()).to.have.length(55);
      expect(h.cellText('3.3', 'Entry Level')).to.equal('Works under close supervision.');
      expect(h.cellText('3.3', 'Intermediate')).to.equal(
        'May work alone within scope of role, for example in the community, and have their own caseload of service users with non-complex needs previously seen by a registered member of staff.',
      );
      expect(h.cellText('3.3', 'Assistant Practitioner')).to.equal(
        'Able to work independently with service users within the scope of the role and operational policies, protocols and procedures.',
      );
      const groups = [...h.root.querySelectorAll('.group-row th')].map((th) => th.textContent!.trim());
      expect(groups).to.have.length(8);
      expect(groups[0]).to.match(/^Domain 1 /);
    });

    it('Somerset: assessed competencies × Dreyfus levels with each rubric line, and the rated level marked', async () => {
      const r = { ...rated(somerset, {}), scale: 'dreyfus' };
      const withRating = setResponse(r, somerset.rubrics![0].item, { value: 3 }, new Date(), 'dreyfus');
      const { h } = await matrix(html`<ksb-matrix layout="table" rows="competency" columns="scale" .framework=${somerset} .results=${withRating}></ksb-matrix>`);
      expect(h.columnLabels()).to.deep.equal(['0 Absence', '1 Novice', '2 Advanced Beginner', '3 Competent', '4 Proficient', '5 Expert']);
      expect(h.rowLabels()).to.have.length(6);
      const pca = h.rowLabels()[0];
      expect(h.cellText(pca, '0 Absence')).to.match(/^Absence of Person-centred approach\. A completely ‘didactic’/);
      expect(h.cellText(pca, '5 Expert')).to.match(/^Highly appropriate and sufficient use of person-centred approach\./);
      const chosen = h.rowOf(pca).querySelectorAll('.descriptor.chosen');
      expect(chosen).to.have.length(1);
      expect(chosen[0].textContent).to.match(/^Competent and appropriate use of person-centred approach/);
    });

    it('STR: core tasks × NOS with the NOS\'s KSF and ESC links in the headers', async () => {
      const { h } = await matrix(html`<ksb-matrix layout="table" rows="core-task" columns="nos" .framework=${str}></ksb-matrix>`);
      expect(h.rowLabels().length).to.equal(str.items.filter((i) => i.type === 'core-task').length);
      const hsc35 = [...h.root.querySelectorAll('thead th')].find((th) => th.querySelector('.col-label')?.textContent === 'HSC35')!;
      const links = hsc35.querySelector('.col-links')!.textContent!;
      const expected = (str.associations ?? []).filter((a) => a.source === 'HSC35' && a.type === 'maps-to');
      expect(expected.length).to.be.greaterThan(0);
      for (const a of expected) {
        const target = str.items.find((i) => i.id === a.target)!;
        expect(links).to.include(`${target.code ?? target.id}${a.qualifier ? ` (${a.qualifier})` : ''}`);
      }
      const totalLinks = [...h.root.querySelectorAll('tfoot td')].at(-1)!.textContent!.trim();
      expect(totalLinks).to.equal(String((str.associations ?? []).filter((a) => a.type === 'covered-by').length));
    });
  });

  describe('reading a large matrix', () => {
    it('filters rows by text, case- and accent-insensitively, and announces the count', async () => {
      const { el, h } = await matrix(html`<ksb-matrix layout="table" rows="knowledge skill behaviour" columns="duty" .framework=${st0958}></ksb-matrix>`);
      const input = h.root.querySelector<HTMLInputElement>('#filter')!;
      input.value = 'RIGHTS AND WÉLFARE';
      input.dispatchEvent(new Event('input'));
      await elementUpdated(el);
      expect(h.rowLabels()).to.deep.equal(['K8']);
      expect(h.root.querySelector('[aria-live="polite"]')!.textContent).to.equal('1 row and 10 columns shown');
    });

    it('hides and shows item types with toggles', async () => {
      const { el, h } = await matrix(html`<ksb-matrix layout="table" .framework=${st0958}></ksb-matrix>`);
      const toggle = [...h.root.querySelectorAll('.toggle')].find((l) => l.textContent!.trim() === 'Knowledge')!.querySelector('input')!;
      toggle.click();
      await elementUpdated(el);
      expect(h.columnLabels()).to.have.length(50);
      expect(h.columnLabels()[0]).to.equal('S1');
      expect(h.rowTotal('Duty 1')).to.equal('4 links');
    });

    it('moves through the grid with arrows, Home and End from a single tab stop, and selects with Enter', async () => {
      const { el, h } = await matrix(html`<ksb-matrix layout="table" .framework=${st0958}></ksb-matrix>`);
      const tabbable = [...h.root.querySelectorAll('table [tabindex="0"]')];
      expect(tabbable).to.have.length(1);
      (tabbable[0] as HTMLElement).focus();
      await sendKeys({ press: 'ArrowDown' });
      await elementUpdated(el);
      expect(h.focused()!.textContent).to.include('Duty 1');
      await sendKeys({ press: 'ArrowRight' });
      await elementUpdated(el);
      expect(h.focused()!.dataset.c).to.equal('1');
      await sendKeys({ press: 'End' });
      await elementUpdated(el);
      expect(h.focused()!.classList.contains('total')).to.be.true;
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowRight' });
      await elementUpdated(el);
      expect(h.root.querySelectorAll('table [tabindex="0"]')).to.have.length(1);
      const selected = oneEvent(el, 'ksb-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ items: ['D1', 'K1'] });
      expect(h.focused()!.getAttribute('aria-selected')).to.equal('true');
    });

    it('fires ksb-select with the level when a descriptor cell is clicked', async () => {
      const { el, h } = await matrix(html`<ksb-matrix layout="table" rows="competency" columns="levels" .framework=${ahp}></ksb-matrix>`);
      const selected = oneEvent(el, 'ksb-select');
      (h.rowOf('1.2').querySelectorAll('td[part="cell"]')[1] as HTMLElement).click();
      expect((await selected).detail).to.deep.equal({ items: ['1.2'], level: 'intermediate' });
    });

    it('switches to a list layout on a narrow screen', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 300px"><ksb-matrix .framework=${st0958}></ksb-matrix></div>`);
      const el = wrapper.querySelector('ksb-matrix')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="list"]'), 'no list layout', { timeout: 3000 });
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      const first = el.shadowRoot!.querySelector('.card')!;
      expect(first.querySelector('h4')!.textContent!.trim()).to.equal('Duty 1');
      expect([...first.querySelectorAll('li button')].map((b) => b.textContent!.trim())).to.deep.equal([...ST0958_DUTY_KSBS['Duty 1']].sort(byCode));
      await expect(el).to.be.accessible();
    });
  });

  describe('export', () => {
    it('returns the current view as CSV, with progress when results are given', async () => {
      const { el, h } = await matrix(html`<ksb-matrix layout="table" rows="knowledge skill behaviour" columns="duty" .framework=${st0958} .results=${rated(st0958, { K8: 5 })}></ksb-matrix>`);
      const input = h.root.querySelector<HTMLInputElement>('#filter')!;
      input.value = 'rights and welfare';
      input.dispatchEvent(new Event('input'));
      await elementUpdated(el);
      const lines = (await el.toCSV()).split('\r\n');
      expect(lines[0]).to.equal(',,Duty 1,Duty 2,Duty 3,Duty 4,Duty 5,Duty 6,Duty 7,Duty 8,Duty 9,Duty 10,Total');
      expect(lines[1]).to.equal('K8,national guidance on the engagement and management of volunteers and how their rights and welfare are protected,,x,,,,,,,,,');
      expect(lines).to.have.length(3);
    });

    it('quotes commas, quotes and new lines, and defuses formulas', async () => {
      const fw: Framework = {
        format: 'ksb-framework/1',
        id: 'q',
        version: '1',
        title: 'Q',
        items: [
          { id: 'D1', code: 'Duty 1', type: 'duty', statement: 'Say "hello", then\nwave' },
          { id: 'K1', code: '=SUM(A1)', type: 'knowledge', statement: 'Gŵr, gwraig' },
        ],
        associations: [{ type: 'requires', source: 'D1', target: 'K1' }],
      };
      const { el } = await matrix(html`<ksb-matrix layout="table" .framework=${fw}></ksb-matrix>`);
      expect(await el.toCSV()).to.equal(",,'=SUM(A1)\r\nDuty 1,\"Say \"\"hello\"\", then\nwave\",x\r\n");
    });

    it('a download that fails (its code not loading) is shown and reported with ksb-error, never thrown at the page', async () => {
      const { el, h } = await matrix(html`<ksb-matrix layout="table" .framework=${st0958}></ksb-matrix>`);
      // The real download is replaced: a failed chunk load cannot be forced here, and a real one opens the browser's download UI.
      el.downloadCSV = () => Promise.reject(new Error('The CSV export code could not be loaded; reload the page.'));
      const unhandled: unknown[] = [];
      const onUnhandled = (e: PromiseRejectionEvent) => {
        unhandled.push(e.reason);
        e.preventDefault();
      };
      window.addEventListener('unhandledrejection', onUnhandled);
      try {
        const errors: CustomEvent[] = [];
        el.addEventListener('ksb-error', (e) => errors.push(e as CustomEvent));
        const button = [...h.root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Download CSV')!;
        button.click();
        await waitUntil(() => h.root.querySelector('[role="alert"]'), 'no alert');
        expect(h.root.querySelector('[role="alert"]')!.textContent).to.equal('The CSV file could not be made: The CSV export code could not be loaded; reload the page.');
        await new Promise((r) => setTimeout(r, 50));
        expect(errors.map((e) => e.detail.source)).to.deep.equal(['export']);
        expect(unhandled).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        window.removeEventListener('unhandledrejection', onUnhandled);
      }
    });
  });

  describe('inside <ksb-framework>', () => {
    it('follows a scan on the same page live', async () => {
      const provider = await fixture<KsbFrameworkProvider>(html`<ksb-framework src=${bundledUrl('st0958.json')}>
        <skills-scan></skills-scan>
        <ksb-matrix layout="table"></ksb-matrix>
      </ksb-framework>`);
      const scan = provider.querySelector('skills-scan')!;
      const el = provider.querySelector('ksb-matrix')!;
      await waitUntil(() => el.shadowRoot!.querySelector('table') && scan.shadowRoot!.querySelector('fieldset'), 'not loaded', { timeout: 5000 });
      const h = new MatrixHarness(el);
      expect(h.rowTotal('Duty 1')).to.equal('9 links');
      await new ScanHarness(scan).answer('K1', 'Confidently');
      await elementUpdated(provider);
      await elementUpdated(el);
      expect(h.rowTotal('Duty 1')).to.equal('1 of 9 met');
    });
  });

  describe('errors and safety', () => {
    it('shows an accessible error and fires ksb-error for a broken framework', async () => {
      const el = document.createElement('ksb-matrix');
      const error = oneEvent(el, 'ksb-error');
      el.setAttribute('framework', '{"format":"ksb-framework/1","id":"x","version":"1","title":"X","items":[{"id":"D1","type":"duty"}]}');
      document.body.append(el);
      const { detail } = await error;
      await elementUpdated(el);
      expect(detail.problems.map((p: { path: string }) => p.path)).to.deep.equal(['$.items[0].statement']);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('Missing required text "statement".');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('renders hostile strings as text', async () => {
      (window as any).__pwned = 0;
      const payload = '<img src=x onerror="window.__pwned=1">';
      const fw: Framework = {
        format: 'ksb-framework/1',
        id: 'h',
        version: '1',
        title: payload,
        items: [
          { id: 'D1', code: payload, type: 'duty', statement: payload },
          { id: 'K1', code: 'K1', type: 'knowledge', statement: payload },
        ],
        associations: [{ type: 'requires', source: 'D1', target: 'K1', qualifier: payload }],
      };
      const { el, h } = await matrix(html`<ksb-matrix layout="table" .framework=${fw}></ksb-matrix>`);
      expect(h.root.querySelectorAll('img')).to.have.length(0);
      expect(h.rowLabels()).to.deep.equal([payload]);
      expect((window as any).__pwned).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility (axe)', () => {
    it('is clean for duties × KSBs with progress and baseline', async () => {
      const { el } = await matrix(html`<ksb-matrix layout="table" .framework=${pwp} .results=${rated(pwp, { K1: 4, S2: 2 })} .baseline=${rated(pwp, { K1: 1 })}></ksb-matrix>`);
      await expect(el).to.be.accessible();
    });

    for (const [name, file, rows, columns] of [
      ['AHP competencies × levels', 'ahp-support-worker.json', 'competency', 'levels'],
      ['Somerset competencies × Dreyfus rubric', 'somerset-splw.json', 'competency', 'scale'],
      ['STR core tasks × NOS (9,180 cells)', 'str-workers.json', 'core-task', 'nos'],
    ] as const) {
      it(`is clean for ${name}`, async function () {
        this.timeout(90000);
        const { el } = await matrix(html`<ksb-matrix layout="table" rows=${rows} columns=${columns} .framework=${await bundled(file)}></ksb-matrix>`);
        await expect(el).to.be.accessible();
      });
    }

    it('is clean when empty and while loading', async () => {
      const { el } = await matrix(html`<ksb-matrix></ksb-matrix>`);
      await expect(el).to.be.accessible();
      const loading = document.createElement('ksb-matrix');
      loading.src = bundledUrl('st0958.json');
      document.body.append(loading);
      await elementUpdated(loading);
      await expect(loading).to.be.accessible();
      loading.remove();
    });
  });
});

/** K before S before B, then by number: the framework's column order. */
function byCode(a: string, b: string): number {
  const order = 'KSB';
  return order.indexOf(a[0]) - order.indexOf(b[0]) || Number(a.slice(1)) - Number(b.slice(1));
}
