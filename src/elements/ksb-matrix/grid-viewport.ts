/**
 * The matrix's windowing, as a controller of the element: which rows and
 * columns of its grid to render (all of a small grid; of a large one those in
 * view, a margin and the focused ones), following the scroller once a frame.
 * The windowing code itself (`grid-window.ts`) is a chunk loaded only for a
 * grid of more than `WINDOW_CELLS` cells.
 */
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import { adoptChunkStyles, LazyModule } from '../../shared/lazy.js';
import { allSlots, WINDOW_CELLS, type Slot, type Slots } from './matrix-table.js';
import type { GridAxes } from './grid-window.js';

/** The sizes of a windowed grid's rows, columns, row headers and Total column, in rem: the windowed styles use the same. */
const WINDOW_ROW_REM = 3.5;
const WINDOW_COLUMN_REM = 7;
const WINDOW_HEADER_REM = 16;
const WINDOW_TOTAL_REM = 8;

export const windowChunk = new LazyModule(() => import('./grid-window.js'));

/** Slots in order, as a grid rendered whole has them. */
const inOrder = (list: Slot[], template: (slot: Slot) => TemplateResult) => list.map(template);

export class GridViewport implements ReactiveController {
  /** The part of a windowed grid in view: scroll offsets past the sticky headers, and the scroller's size. */
  private viewport = { top: 0, left: 0, height: 0, width: 0 };
  private frame = 0;
  private remPx?: number;
  /** The axes of the last windowed render and the ranges it rendered, to tell whether a scroll needs more. */
  private rendered?: { axes: GridAxes; ranges: [number, number][] };
  /** The windowing chunk on its way, for a grid found large only as it rendered. */
  loading?: Promise<void>;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /**
   * Which body rows and columns to render: every one of a grid of up to
   * `limit` cells; of a larger one, those in view and the focused row and
   * column (`focusBody`, `focusColumn`: indices, -1 for none). Undefined
   * while the windowing code loads; should it fail to load, the grid renders whole.
   */
  slotsFor(cells: number, bodyCount: number, columnCount: number, totals: boolean, focusBody: number, focusColumn: number, limit = WINDOW_CELLS): Slots | undefined {
    const whole: Slots = { rowSlots: allSlots(bodyCount), columnSlots: allSlots(columnCount), each: inOrder };
    if (cells <= limit) return whole;
    // Loaded before a render of a large grid (the element's `lazyChunks`), or here for a grid found large only as it rendered.
    if (!windowChunk.value && !windowChunk.failed) {
      this.loading ??= windowChunk.load()?.then(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
      if (this.loading) return undefined;
    }
    const windowing = windowChunk.value;
    if (!windowing) return whole;
    adoptChunkStyles(this.host, windowing.windowStyles);
    const windowed = this.sizes(columnCount, totals);
    const axes = { rows: bodyCount, columns: columnCount, rowHeight: windowed.rowHeight, columnWidth: windowed.columnWidth };
    const first = !this.viewport.height;
    const [rowRange, columnRange] = (this.rendered = { axes, ranges: windowing.windowRanges(this.view(), axes, first) }).ranges;
    return {
      rowSlots: windowing.slots(bodyCount, rowRange, [focusBody]),
      columnSlots: windowing.slots(columnCount, columnRange, [focusColumn]),
      windowed,
      each: windowing.keyedSlots,
    };
  }

  /** The view: as last scrolled or, before the first scroll, the one the scroller will have (at most the window's height, the element's width). */
  private view() {
    return this.viewport.height ? this.viewport : { top: 0, left: 0, height: innerHeight, width: this.host.clientWidth || innerWidth };
  }

  /**
   * The scroller's scroll listener: reads the view once a frame (a scroll fires many events between
   * frames) and renders again when the view needs entries not rendered.
   */
  readonly onScroll = (e: Event): void => {
    const box = e.currentTarget as HTMLElement;
    if (this.frame || !box.querySelector('table.windowed')) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const headerWidth = this.sizes(0, false).headerWidth;
      // scrollLeft is negative in a right-to-left grid.
      this.viewport = { top: box.scrollTop, left: Math.max(0, Math.abs(box.scrollLeft) - headerWidth), height: box.clientHeight, width: box.clientWidth };
      // Nothing to render while what the view needs is rendered already (the first render, before the
      // scroller's size is known, may have rendered more).
      const windowing = windowChunk.value;
      if (this.rendered && windowing?.covers(this.rendered.ranges, windowing.windowRanges(this.viewport, this.rendered.axes))) return;
      this.host.requestUpdate();
    });
  };

  /** Sizes of a windowed grid's rows and columns in px (the styles set them in rem), and its whole width. */
  private sizes(columns: number, totals: boolean): { rowHeight: number; columnWidth: number; headerWidth: number; width: number } {
    const rem = (this.remPx ??= parseFloat(getComputedStyle(this.host).fontSize) || 16);
    const sizes = { rowHeight: WINDOW_ROW_REM * rem, columnWidth: WINDOW_COLUMN_REM * rem, headerWidth: WINDOW_HEADER_REM * rem };
    return { ...sizes, width: sizes.headerWidth + columns * sizes.columnWidth + (totals ? WINDOW_TOTAL_REM * rem : 0) };
  }
}
