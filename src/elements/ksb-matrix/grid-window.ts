/**
 * Windowing for the matrix's grid: which rows and columns to render of a
 * large grid (those in view, a margin, and the focused one wherever it is)
 * and the size of the gaps between them, which spacer rows and cells fill so
 * the scrollbars and sticky headers behave as for the whole grid. A chunk of
 * its own, loaded only for a grid of more than `WINDOW_CELLS` cells.
 *
 * Rows and columns have fixed sizes while windowed (the styles clamp their
 * text), so an offset maps to an index by division.
 */
import { css, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Slot } from './matrix-table.js';

/** A key for a slot that stays with its entry as the window moves. */
const slotKey = (slot: Slot): string | number => (typeof slot === 'number' ? slot : `gap-${slot.at}`);

/** Entries rendered beyond each edge of the view, so a short scroll shows no blank. */
export const WINDOW_MARGIN = 4;

/**
 * The indices `[start, end)` of the entries in a viewport of `viewport` px at `offset` px, `size` px each, with
 * `margin` entries beyond each edge. With a `step`, the range moves in blocks of that many entries: any offset
 * whose first entry in view falls in the same block gives the same range, so scrolling within a block changes
 * nothing rendered (the browser only moves what it has painted), and at least `margin` entries stay beyond
 * each edge of the view.
 */
export function visibleRange(count: number, offset: number, viewport: number, size: number, margin = WINDOW_MARGIN, step = 1): [number, number] {
  if (size <= 0) return [0, count];
  const inView = Math.ceil(viewport / size);
  // An offset past the end (the grid has just shrunk under a filter) shows the last entries.
  const first = Math.max(0, Math.min(Math.floor(offset / size), count - inView));
  const block = first - (first % step);
  return [Math.max(0, block - margin), Math.min(count, block + step - 1 + inView + margin)];
}

/**
 * The window moves by blocks of this many rows and columns (about 450 px each way): scrolling
 * within a block renders nothing, and the browser only moves what it has painted. Moved a row at
 * a time, a wheel's scroll re-rendered and repainted the grid in nearly every frame (the
 * cohort of 500: 17 to 20 ms a frame, most of it paint).
 */
const ROW_STEP = 8;
const COLUMN_STEP = 4;

/** A windowed grid's axes: how many body rows and columns, and their sizes in px. */
export interface GridAxes {
  rows: number;
  columns: number;
  rowHeight: number;
  columnWidth: number;
}

/**
 * The row and column ranges to render for a view (offsets past the sticky headers, and the scroller's size, in
 * px), in blocks; `first`, for the first render (before any scroll), only what is in view and the margin: the
 * first scroll then renders the block.
 */
export function windowRanges(view: { top: number; left: number; height: number; width: number }, axes: GridAxes, first = false): [number, number][] {
  return [
    visibleRange(axes.rows, view.top, view.height, axes.rowHeight, WINDOW_MARGIN, first ? 1 : ROW_STEP),
    visibleRange(axes.columns, view.left, view.width, axes.columnWidth, WINDOW_MARGIN, first ? 1 : COLUMN_STEP),
  ];
}

/** Whether the ranges rendered hold those needed, axis by axis. */
export const covers = (rendered: [number, number][], needed: [number, number][]): boolean =>
  needed.every(([start, end], axis) => start >= rendered[axis][0] && end <= rendered[axis][1]);

/** The slots of an axis of `count` entries: `range` and the `pinned` indices rendered, gaps between. */
export function slots(count: number, range: readonly [number, number], pinned: readonly number[] = []): Slot[] {
  const shown = new Set<number>();
  for (let i = range[0]; i < range[1]; i++) shown.add(i);
  for (const p of pinned) if (p >= 0 && p < count) shown.add(p);
  const out: Slot[] = [];
  let next = 0;
  for (const i of [...shown].sort((a, b) => a - b)) {
    if (i > next) out.push({ gap: i - next, at: next });
    out.push(i);
    next = i + 1;
  }
  if (next < count) out.push({ gap: count - next, at: next });
  return out;
}

/** Renders slots keyed by the entry each stands for, so a cell keeps its element (and focus) as the window moves. */
export const keyedSlots = (list: Slot[], template: (slot: Slot) => TemplateResult): unknown => repeat(list, slotKey, template);

/** Styles of a windowed grid, added to the element when one is shown (`adoptChunkStyles`). */
export const windowStyles = css`
  /*
   * A windowed grid (a large one: only the rows and columns in view are rendered): every row and
   * column has a fixed size, the same the element computes positions with (WINDOW_*_REM), so text is
   * clamped to the cell; the whole text stays in the cell for screen readers, and in its title.
   */
  table.windowed {
    table-layout: fixed;
  }
  table.windowed th,
  table.windowed td {
    box-sizing: border-box;
    overflow: hidden;
    max-width: none;
    min-width: 0;
  }
  table.windowed thead th[part='column-header'] {
    width: 7rem;
    min-width: 0;
  }
  table.windowed .corner,
  table.windowed tbody th[part='row-header'],
  table.windowed tfoot th {
    width: 16rem;
  }
  table.windowed thead th:last-child:not([part]) {
    width: 8rem;
  }
  table.windowed tbody tr:not(.gap) {
    height: 3.5rem;
  }
  table.windowed .row-label,
  table.windowed .row-detail,
  table.windowed .col-label,
  table.windowed .col-detail,
  table.windowed .group-row bdi,
  table.windowed td.text .descriptor {
    display: block;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  table.windowed .gap,
  table.windowed .gap td {
    padding: 0;
    border: 0;
    background: none;
  }
`;
