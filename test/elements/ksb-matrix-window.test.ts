// A grid too large to render whole (100 duties × 300 KSBs: 30,000 cells) renders the rows and
// columns in view and the focused one; the tests read it as a keyboard and screen-reader user would.
import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { KsbMatrix } from '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { Framework } from '../../src/model/framework.js';
import { keyboardFrom } from '../harness/keyboard.js';

/** `duties` duties × `ksbs` knowledge items; duty d requires KSB k when (d + k) is a multiple of 7. */
function grid(duties: number, ksbs: number): Framework {
  const items: Framework['items'] = [];
  for (let k = 1; k <= ksbs; k++) items.push({ id: `K${k}`, code: `K${k}`, type: 'knowledge', statement: `knowledge statement ${k}` });
  const associations: NonNullable<Framework['associations']> = [];
  for (let d = 1; d <= duties; d++) {
    items.push({ id: `D${d}`, code: `Duty ${d}`, type: 'duty', statement: `what duty ${d} asks` });
    for (let k = 1; k <= ksbs; k++) if ((d + k) % 7 === 0) associations.push({ type: 'requires', source: `D${d}`, target: `K${k}` });
  }
  return { format: 'ksb-framework/1', id: 'big-grid', version: '1', title: 'Big grid', items, associations };
}

const nextFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('<ksb-matrix>: a windowed grid', function () {
  this.timeout(30000);
  const fw = grid(100, 300);
  let el: KsbMatrix;
  let root: ShadowRoot;
  const table = () => root.querySelector<HTMLTableElement>('table[role="grid"]')!;
  const scroller = () => root.querySelector<HTMLElement>('[part="table-wrapper"]')!;
  const active = () => root.activeElement as HTMLElement | null;
  const at = (r: number, c: number) => root.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`);
  /** Tabs into the grid and moves to the first body cell (row 1, column 1) by arrow keys. */
  async function focusFirstCell(kb: ReturnType<typeof keyboardFrom>): Promise<HTMLElement> {
    await kb.tabTo((a) => a.matches('[data-r]'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(el);
    expect([active()!.dataset.r, active()!.dataset.c]).to.deep.equal(['1', '1']);
    return active()!;
  }

  beforeEach(async () => {
    el = await fixture<KsbMatrix>(html`<ksb-matrix layout="table" rows="duty" columns="knowledge" .framework=${fw} style="--ksb-matrix-max-height: 400px; width: 900px"></ksb-matrix>`);
    await elementUpdated(el);
    root = el.shadowRoot!;
  });

  it('renders a window of the grid, with its whole size and each place in it for assistive technology', async () => {
    expect(table().classList.contains('windowed')).to.equal(true);
    const cells = root.querySelectorAll('td[part="cell"]').length;
    expect(cells).to.be.greaterThan(0);
    expect(cells, 'cells rendered').to.be.below(2000);
    // Header row, 100 duties, the totals row; the row headers, 300 KSBs and the Total column.
    expect(table().getAttribute('aria-rowcount')).to.equal('102');
    expect(table().getAttribute('aria-colcount')).to.equal('302');
    for (const cell of root.querySelectorAll<HTMLElement>('[data-r]')) {
      expect(cell.getAttribute('aria-colindex'), cell.outerHTML.slice(0, 60)).to.equal(String(Number(cell.dataset.c) + 1));
      expect(cell.closest('tr')!.getAttribute('aria-rowindex')).to.equal(String(Number(cell.dataset.r) + 1));
    }
    // The spacers stand for the rest: the table is as wide as the whole grid.
    expect(scroller().scrollWidth).to.be.greaterThan(300 * 100);
    await expect(el).to.be.accessible();
  });

  it('the keyboard moves over the whole grid; each focused cell has its own row and column headers', async () => {
    const kb = keyboardFrom(el);
    try {
      await focusFirstCell(kb);
      await sendKeys({ press: 'End' });
      await elementUpdated(el);
      expect(active()!.dataset.c, 'End: the Total column').to.equal('301');
      await sendKeys({ press: 'Home' });
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'PageDown' });
        await elementUpdated(el);
        seen.push(active()!.dataset.r!);
      }
      // Each press lands on the row ten down, though the window moves under it (cells keep their elements).
      expect(seen).to.deep.equal(['11', '21', '31', '41', '51']);
      await elementUpdated(el);
      expect(active()!.dataset.r, 'five pages down').to.equal('51');
      for (let i = 0; i < 40; i++) await sendKeys({ press: 'ArrowRight' });
      await elementUpdated(el);
      const cell = active()!;
      expect([cell.dataset.r, cell.dataset.c]).to.deep.equal(['51', '40']);
      // What a screen reader announces with the cell: the row's header and the column's, at the same position.
      const row = cell.closest('tr')!;
      expect(row.querySelector('th[part="row-header"] .row-label')!.textContent!.trim()).to.equal('Duty 51');
      const header = table().tHead!.rows[0].cells[(cell as HTMLTableCellElement).cellIndex];
      expect(header.querySelector('.col-label')!.textContent!.trim()).to.equal('K40');
      expect(header.getAttribute('aria-colindex')).to.equal(cell.getAttribute('aria-colindex'));
      // K40 with Duty 51: (51 + 40) is a multiple of 7, so linked.
      expect(cell.classList.contains('link')).to.equal(true);
    } finally {
      kb.done();
    }
  });

  it('focus survives scrolling the focused cell out of view and back', async () => {
    const kb = keyboardFrom(el);
    try {
      const focused = await focusFirstCell(kb);
      scroller().scrollTo({ top: 3000, left: 20000 });
      await nextFrames();
      await elementUpdated(el);
      // Cells far away are rendered now; the focused one is still there and still focused.
      await waitUntil(() => root.querySelector('[data-r="60"]'), 'rows in view after scrolling were not rendered');
      expect(root.querySelector('[data-r="2"][data-c="2"]'), 'rows out of view are not rendered').to.equal(null);
      expect(active()).to.equal(focused);
      expect(focused.isConnected).to.equal(true);
      scroller().scrollTo({ top: 0, left: 0 });
      await nextFrames();
      await elementUpdated(el);
      expect(active()).to.equal(focused);
      expect(at(2, 2), 'the start is rendered again').to.not.equal(null);
      await sendKeys({ press: 'ArrowRight' });
      await elementUpdated(el);
      expect(active()!.dataset.c).to.equal('2');
    } finally {
      kb.done();
    }
  });

  it('a short scroll renders nothing new; every step of a long one has the rows in view rendered', async () => {
    const rowHeight = root.querySelector<HTMLElement>('tbody tr[aria-rowindex]')!.getBoundingClientRect().height;
    // To the top of a block of rows (the window moves by 8), where the view is known.
    scroller().scrollTop = 16 * rowHeight + 1;
    await nextFrames();
    await elementUpdated(el);
    const changes: MutationRecord[] = [];
    const watch = new MutationObserver((records) => changes.push(...records));
    watch.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    try {
      // Two rows down: still within the block rendered.
      scroller().scrollTop = 18 * rowHeight;
      await nextFrames();
      await elementUpdated(el);
      expect(changes, 'DOM changes after a short scroll').to.have.length(0);
      // A wheel's steps of 40 px over many rows: each view shows rendered rows from its top to its bottom.
      for (let top = 0; top < 60 * rowHeight; top += 40) {
        scroller().scrollTop = top;
        await nextFrames();
        await elementUpdated(el);
        const box = scroller().getBoundingClientRect();
        const rendered = [...root.querySelectorAll<HTMLElement>('tbody tr[aria-rowindex]')].map((tr) => tr.getBoundingClientRect());
        const inView = rendered.filter((r) => r.bottom > box.top && r.top < box.bottom);
        const covered = inView.reduce((n, r) => n + Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top), 0);
        // The view less its sticky header and totals rows is filled with rendered rows.
        expect(covered, `rows in view at ${top} px`).to.be.at.least(box.height - 3 * rowHeight);
      }
      expect(changes.length, 'the window moved during the long scroll').to.be.greaterThan(0);
    } finally {
      watch.disconnect();
    }
  });

  it('the filter and the CSV export cover every cell, not just those rendered', async () => {
    const csv = await el.toCSV();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).to.have.length(101);
    expect(lines[0].split(',')).to.have.length(302);
    el.filter = 'duty 99';
    await elementUpdated(el);
    expect([...root.querySelectorAll('tbody th[part="row-header"] .row-label')].map((e) => e.textContent!.trim())).to.deep.equal(['Duty 99']);
    // Still windowed (by the whole grid's size): the 300 columns of the one row left are not all rendered.
    expect(table().classList.contains('windowed')).to.equal(true);
    expect(root.querySelectorAll('td[part="cell"]').length).to.be.below(300);
  });
});
