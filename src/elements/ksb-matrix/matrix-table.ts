/**
 * The table layout of `<ksb-matrix>`: a keyboard grid (one tab stop, arrows,
 * Home/End, Page Up/Down) with sticky headers and totals. A grid of more than
 * `WINDOW_CELLS` cells is windowed: only the rows and columns in view (and
 * the focused one) are rendered, spacers stand for the rest, and
 * `aria-rowcount` / `aria-colcount` with each row's and cell's index keep a
 * screen reader's place in the whole grid. Rendering only: state and events
 * stay with the element (one delegated listener per kind on the table).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Association, Framework } from '../../model/framework.js';
import type { MatrixProgress } from './matrix-progress.js';
import type { MatrixStrings } from './matrix-strings.js';
import { cellFor, rateable, type AxisEntry, type Cell } from './matrix-model.js';

/** One place along an axis: an index to render, or a gap of `gap` entries from index `at` not rendered (a windowed grid). */
export type Slot = number | { gap: number; at: number };

/**
 * Grids with more cells than this are windowed; smaller ones render whole, so
 * the browser's find-in-page reaches every cell (every bundled framework's
 * grids do: STR's 108 core tasks × 85 NOS are 9,180 cells).
 */
export const WINDOW_CELLS = 10000;

/**
 * The cohort view windows sooner: each of its cells holds a rating (symbol, words and the
 * standing for screen readers), and rendering 50 learners × 92 KSBs whole (4,600 cells) took
 * about 700 ms to the next frame in Chromium, nearly all of it style, layout and node creation
 * in proportion to the cells (`npm run bench`, 7 December 2026). Windowed, 500 learners take
 * about 200 ms, mostly reading their results; past 1,000 cells (11 learners of a 92-KSB
 * standard) the cohort is windowed, and its filter finds a learner as find-in-page would.
 */
export const COHORT_WINDOW_CELLS = 1000;

/** How the grid's arrow and page keys move the focus, as [rows, columns]. */
const GRID_MOVES: Record<string, [number, number]> = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0], PageDown: [10, 0], PageUp: [-10, 0] };

/** Where a key moves the focus from `at` in a grid whose last cell is `last` (Home/End: the row's ends; with Ctrl, the grid's); undefined for other keys. */
export function moveInGrid(key: string, ctrl: boolean, at: [number, number], last: [number, number]): [number, number] | undefined {
  const move = GRID_MOVES[key];
  if (move) return [Math.min(Math.max(at[0] + move[0], 0), last[0]), Math.min(Math.max(at[1] + move[1], 0), last[1])];
  if (key !== 'Home' && key !== 'End') return undefined;
  const end = key === 'End';
  return [ctrl ? (end ? last[0] : 0) : at[0], end ? last[1] : 0];
}

/** A spacer cell for `n` columns not rendered; the header row's sets their width (a windowed grid's `w`). */
export const gapCell = (n: number, header: boolean, w: { columnWidth: number } | undefined): TemplateResult =>
  html`<td class="gap" aria-hidden="true" .style=${header && w ? `width: ${n * w.columnWidth}px` : ''}></td>`;

/** A spacer row for `n` body rows not rendered, across the `columns` rendered, the row header and the Total. */
export const gapRow = (n: number, columns: number, w: { rowHeight: number } | undefined): TemplateResult =>
  html`<tr class="gap" aria-hidden="true"><td colspan=${columns + 2} .style=${w ? `height: ${n * w.rowHeight}px` : ''}></td></tr>`;

/** Every index of an axis, no gaps (a grid rendered whole). */
export const allSlots = (count: number): Slot[] => Array.from({ length: count }, (_, i) => i);

/** A row of the table body: an entry (`index` into the rows) or a group heading. */
export type BodyRow = { index: number; group?: undefined } | { index?: undefined; group: string };

/** The body rows for `rows`: each entry, after a heading where its group begins. */
export function bodyRows(rows: readonly AxisEntry[]): BodyRow[] {
  const out: BodyRow[] = [];
  let group: string | undefined;
  rows.forEach((row, index) => {
    if (row.group && row.group !== group) out.push({ group: row.group });
    group = row.group;
    out.push({ index });
  });
  return out;
}

/** What a grid renders along each axis (every entry, unless windowed), and how (see `GridViewport.slotsFor`). */
export interface Slots {
  rowSlots: Slot[];
  columnSlots: Slot[];
  /** A windowed grid's fixed sizes in px. */
  windowed?: { rowHeight: number; columnWidth: number; width: number };
  /** Renders a list of slots: in order, or (windowed) keyed by entry so cells keep their elements as the window moves. */
  each(list: Slot[], template: (slot: Slot) => TemplateResult): unknown;
}

/** What both grids (the matrix's and the cohort's) are rendered from besides their data: slots, focus, caption and the element's handlers. */
export interface GridView extends Slots {
  caption: string;
  /** The focused cell (the grid's one tab stop) and the selected one (`r:c`). */
  focus: [row: number, column: number];
  selected?: string;
  onKeydown(e: KeyboardEvent): void;
  onClick(e: Event): void;
  onFocus(e: Event): void;
  onScroll(e: Event): void;
}

/** What the table shows, and how the element renders the parts it keeps. */
export interface TableView extends GridView {
  framework: Framework;
  links: Map<string, Association[]>;
  strings: MatrixStrings;
  rows: AxisEntry[];
  columns: AxisEntry[];
  body: BodyRow[];
  progress?: MatrixProgress;
  /** Rated items each row is linked to (its Total). */
  linked: Map<string, string[]>;
  /** Links in totals per column, over every row shown (not just those rendered). */
  columnTotals: number[];
  /** Each item's links to items on neither axis (`mapsToIndex`), listed in its column header. */
  mapsTo: Map<string, { label: string; qualifier?: string }[]>;
  detailLang(entry: AxisEntry): string | undefined;
}

/** Whether the grid has a Total column and row: items on both axes. */
export const hasTotals = (rows: readonly AxisEntry[], columns: readonly AxisEntry[]) => columns.some((c) => c.item) && rows.some((r) => r.item);

export function renderTable(v: TableView): TemplateResult {
  const { rows, columns, body, strings: ms, progress } = v;
  const totals = hasTotals(rows, columns);
  const lastRow = rows.length + (totals ? 1 : 0);
  const lastCol = columns.length + (totals ? 1 : 0);
  const [fr, fc] = v.focus;
  const tab = (r: number, c: number) => (r === fr && c === fc ? 0 : -1);
  const w = v.windowed;
  /** A spacer for a run of columns not rendered. */
  const columnGap = (n: number, header = false) => gapCell(n, header, w);
  const renderedColumns = v.columnSlots.length;
  return gridFrame(
    v,
    { className: '', rowCount: body.length + 1 + (totals ? 1 : 0), colCount: lastCol + 1 },
    html`<thead>
        <tr aria-rowindex="1">
          <td class="corner" role="gridcell" aria-colindex="1" data-r="0" data-c="0" tabindex=${tab(0, 0)}></td>
          ${v.each(v.columnSlots, (slot) => {
            if (typeof slot !== 'number') return columnGap(slot.gap, true);
            const col = columns[slot];
            const c = slot + 1;
            return html`<th
              part="column-header"
              scope="col"
              aria-colindex=${c + 1}
              data-r="0"
              data-c=${c}
              tabindex=${tab(0, c)}
              aria-selected=${v.selected === `0:${c}` ? 'true' : 'false'}
              title=${col.detail ?? nothing}
            >
              <bdi class="col-label">${col.label}</bdi>
              ${col.type === 'level' || col.type === 'scale-point' ? html`<bdi class="col-detail">${col.detail ?? ''}</bdi>` : nothing}
              ${columnLinks(v, col)} ${progress?.badge(rateable(col), true) ?? nothing}
            </th>`;
          })}
          ${totals ? html`<th scope="col" aria-colindex=${lastCol + 1} data-r="0" data-c=${lastCol} tabindex=${tab(0, lastCol)}>${ms.total}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${v.each(v.rowSlots, (slot) => {
          if (typeof slot !== 'number') return gapRow(slot.gap, renderedColumns, w);
          const b = body[slot];
          if (b.index === undefined)
            return html`<tr class="group-row" aria-rowindex=${slot + 2}>
              <th scope="rowgroup" aria-colindex="1" colspan=${renderedColumns + 1 + (totals ? 1 : 0)}><bdi>${b.group}</bdi></th>
            </tr>`;
          const row = rows[b.index];
          const r = b.index + 1;
          const items = v.linked.get(row.key) ?? [];
          return html`<tr aria-rowindex=${slot + 2}>
            <th
              part="row-header"
              scope="row"
              aria-colindex="1"
              data-r=${r}
              data-c="0"
              tabindex=${tab(r, 0)}
              aria-selected=${v.selected === `${r}:0` ? 'true' : 'false'}
            >
              <bdi class="row-label">${row.label}</bdi>
              ${row.detail ? html`<bdi class="row-detail" lang=${v.detailLang(row) ?? nothing}>${row.detail}</bdi>` : nothing} ${progress?.badge(rateable(row)) ?? nothing}
            </th>
            ${v.each(v.columnSlots, (cs) => (typeof cs === 'number' ? renderCell(v, row, columns[cs], r, cs + 1, tab(r, cs + 1)) : columnGap(cs.gap)))}
            ${totals
              ? html`<td aria-colindex=${lastCol + 1} data-r=${r} data-c=${lastCol} tabindex=${tab(r, lastCol)} class="total">
                  ${progress && items.length ? progress.total(items) : ms.linkCount(items.length)}
                </td>`
              : nothing}
          </tr>`;
        })}
      </tbody>
      ${totals
        ? html`<tfoot>
            <tr aria-rowindex=${body.length + 2}>
              <th scope="row" aria-colindex="1" data-r=${lastRow} data-c="0" tabindex=${tab(lastRow, 0)}>${ms.total}</th>
              ${v.each(v.columnSlots, (cs) =>
                typeof cs === 'number'
                  ? html`<td aria-colindex=${cs + 2} data-r=${lastRow} data-c=${cs + 1} tabindex=${tab(lastRow, cs + 1)}>${v.columnTotals[cs]}</td>`
                  : columnGap(cs.gap),
              )}
              <td aria-colindex=${lastCol + 1} data-r=${lastRow} data-c=${lastCol} tabindex=${tab(lastRow, lastCol)}>
                ${v.columnTotals.reduce((a, b) => a + b, 0)}
              </td>
            </tr>
          </tfoot>`
        : nothing}`,
  );
}

/**
 * The frame both grids (the matrix's and the cohort's) share: the scrolling box and the
 * grid table with its caption, the whole grid's size for assistive technology, and one
 * listener per kind; `content` is the table's head, body and foot.
 */
export function gridFrame(
  v: GridView,
  table: { className: string; rowCount: number; colCount: number; describedBy?: string },
  content: TemplateResult,
): TemplateResult {
  const w = v.windowed;
  // tabindex="-1": the grid's own tab stop scrolls this box; Firefox would otherwise add it as an unnamed stop.
  return html`<div class="scroller" part="table-wrapper" tabindex="-1" @scroll=${v.onScroll}>
    <table
      part="table"
      role="grid"
      class="${table.className} ${w ? 'windowed' : ''}"
      .style=${w ? `width: ${w.width}px` : ''}
      aria-labelledby="caption"
      aria-describedby=${table.describedBy ?? nothing}
      aria-rowcount=${table.rowCount}
      aria-colcount=${table.colCount}
      @keydown=${v.onKeydown}
      @click=${v.onClick}
      @focusin=${v.onFocus}
    >
      <caption id="caption">${v.caption}</caption>
      ${content}
    </table>
  </div>`;
}

/** Links of a column item to other items not on either axis (a NOS's KSF dimensions and ESCs). */
function columnLinks(v: TableView, col: AxisEntry): TemplateResult | typeof nothing {
  const out = col.item && v.mapsTo.get(col.item.id);
  if (!out) return nothing;
  return html`<span class="col-links">${out.map((link) => html`<span class="col-link">${link.label}${link.qualifier ? ` (${link.qualifier})` : ''}</span> `)}</span>`;
}

function renderCell(v: TableView, row: AxisEntry, col: AxisEntry, r: number, c: number, tabindex: number): TemplateResult {
  const cell: Cell = cellFor(v.framework, v.links, row, col);
  const { progress, strings: ms } = v;
  let content: TemplateResult | string = '';
  if (cell.kind === 'link') {
    const qualifiers = cell.links.map((l) => l.qualifier).filter(Boolean);
    // With progress, a link shows how the rated one of its two items stands.
    const mark = progress?.linkMark(row.item, col.item);
    content = html`<span class="mark" aria-hidden="true">${mark ? mark.symbol : '✓'}</span> <span class="visually-hidden"
        >${ms.linked}${mark ? `: ${mark.text}` : ''}</span
      >${qualifiers.length ? html` <span class="qualifier">${qualifiers.join('; ')}</span>` : nothing}`;
  } else if (cell.kind === 'text') {
    const chosen = !!progress?.chosen(row.item?.id, col.point?.value);
    content = html`<span class="descriptor ${chosen ? 'chosen' : ''}"><bdi>${cell.text}</bdi>${cell.generic ? html` <span class="hint">(${ms.genericDescriptor})</span>` : nothing}</span>`;
  }
  return html`<td part="cell" class=${cell.kind} aria-colindex=${c + 1} data-r=${r} data-c=${c} tabindex=${tabindex} aria-selected=${v.selected === `${r}:${c}` ? 'true' : 'false'}>
    ${content}
  </td>`;
}
