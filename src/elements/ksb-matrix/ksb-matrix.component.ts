import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Memo } from '../../shared/memo.js';
import type { Framework } from '../../model/framework.js';
import type { Problem } from '../../model/problems.js';
import { MISMATCH_CODES } from '../../model/result.js';
import { typeLabel } from '../../model/summary.js';
import { renderErrorPanel } from '../../shared/error-panel.js';
import { KsbSelectEvent } from '../../shared/events.js';
import { KsbFrameworkElement } from '../../shared/framework-element.js';
import { adoptChunkStyles, LazyModule } from '../../shared/lazy.js';
import { jsonConverter } from '../../shared/parse-attribute.js';
import { toggled } from '../../shared/toggled.js';
import { baseStyles } from '../../shared/styles.js';
import { welshTable } from '../../shared/localize.js';
import { ksbMatrixStyles } from './ksb-matrix.styles.js';
import { matrixStrings, type MatrixStrings } from './matrix-strings.js';
import type { MatrixProgress, ResultInfo } from './matrix-progress.js';
import { allSlots, bodyRows, hasTotals, renderTable, WINDOW_CELLS, type BodyRow, type Slot } from './matrix-table.js';
import {
  axisEntries,
  axisTypes,
  cellFor,
  detailKey,
  filterEntries,
  linkedItems,
  linkIndex,
  parseAxis,
  type AxisEntry,
  type AxisSpec,
} from './matrix-model.js';

/** The sizes of a windowed grid's rows, columns, row headers and Total column, in rem: the styles use the same (`--_row-h`…). */
const WINDOW_ROW_REM = 3.5;
const WINDOW_COLUMN_REM = 7;
const WINDOW_HEADER_REM = 16;
const WINDOW_TOTAL_REM = 8;

// This element's Welsh tables, loaded (in `lazyChunks`) before a Welsh render.
const matrixWelsh = welshTable('matrix', () => import('./matrix-strings.cy.js'));

/**
 * Optional features, each a chunk loaded on demand: progress (with result
 * validation) when results are given, the list layout when it is shown, CSV
 * export on first use.
 */
const progressChunk = new LazyModule(() => import('./matrix-progress.js'));
const listChunk = new LazyModule(() => import('./matrix-list.js'));
const csvChunk = new LazyModule(() => import('./matrix-csv.js'));
const windowChunk = new LazyModule(() => import('./grid-window.js'));

/** Slots in order, as a grid rendered whole has them. */
const inOrder = (list: Slot[], template: (slot: Slot) => TemplateResult) => list.map(template);

const PROGRESS_MISSING: Problem = { path: '$', code: 'load', severity: 'error', message: 'The code that reads results could not be loaded; reload the page.' };

const given = (v: unknown) => v !== undefined && v !== null && v !== '';

/** How the grid's arrow and page keys move the focus, as [rows, columns]. */
const GRID_MOVES: Record<string, [number, number]> = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0], PageDown: [10, 0], PageUp: [-10, 0] };

/**
 * `<ksb-matrix>`: a framework as a matrix (duties × KSBs, competencies ×
 * levels with descriptors, core tasks × NOS, competencies × Dreyfus levels),
 * and, given results, a learning progress tracker: each item's latest rating,
 * each row's items met, change since a baseline, with a key that does not rely
 * on colour. A keyboard grid (one tab stop, arrows, Home/End), sticky
 * headers, a text filter, type toggles, totals, CSV export, and a list layout
 * on narrow screens.
 *
 * @summary Framework matrix and learning progress tracker.
 * @tagname ksb-matrix
 *
 * @fires ksb-select - A cell or header was chosen (Enter, Space or click). `detail.items` holds the item ids; `detail.level` or `detail.value` the level or scale point.
 * @fires ksb-error - For bad input (framework, src, results, baseline). `detail.problems` lists each problem with its path.
 * @fires ksb-load - When a framework has been read, validated and is shown.
 *
 * @csspart toolbar - Filter, type toggles and export.
 * @csspart legend - The key to the progress symbols.
 * @csspart table - The matrix table (grid).
 * @csspart column-header - A column heading.
 * @csspart row-header - A row heading.
 * @csspart cell - A body cell.
 * @csspart list - The narrow-screen list layout.
 * @csspart error - The error panel.
 * @csspart retry - The error panel's "Try again" (a failed `src` load) or "Start afresh" (bad saved input) button.
 * @csspart translation - The notice of a translation's problems (with `notice`).
 * @csspart notice - The note shown when the framework was converted from IfATE standards JSON.
 *
 * @cssprop --ksb-matrix-max-height - Height of the scrolling area before headers stick (default 75vh).
 * @cssprop --ksb-color-met - Colour of met items (default the success colour).
 * @cssprop --ksb-color-accent - Links, focus of the selected cell, progress bars.
 */
export class KsbMatrix extends KsbFrameworkElement {
  static override styles = [baseStyles, ksbMatrixStyles];

  /** What the rows show: item type ids (`duty`, `knowledge skill behaviour`, `competency`, `core-task`…), `levels`, or `scale`. */
  @property() rows = 'duty';

  /** What the columns show: item type ids, `levels` (descriptor text per level), or `scale` / `scale:dreyfus` (rubric descriptors). */
  @property() columns = 'knowledge skill behaviour';

  /** One result or a list of results (JSON or property); the latest rating of each item is shown. Inside `<ksb-framework>`, defaults to the results shared there. */
  @property({ converter: jsonConverter }) results?: unknown;

  /** An earlier result: each item's change since then is shown. */
  @property({ converter: jsonConverter }) baseline?: unknown;

  /** The rating that counts as met (default: the second-highest point of the results' scale). */
  @property({ type: Number }) target?: number;

  /** Text filter applied to rows (code, title and statement). */
  @property() filter = '';

  /** `auto` picks the list layout when the element is 40rem wide or narrower (a 1280 px window at 200 % zoom); `table` or `list` force one. */
  @property() layout: 'auto' | 'table' | 'list' = 'auto';

  @state() private hiddenTypes = new Set<string>();
  @state() private narrow = false;
  @state() private focusRow = 0;
  @state() private focusCol = 0;
  @state() private selected?: string;
  /** Why the last CSV download failed, shown under the toolbar until one succeeds. */
  @state() private exportProblems: Problem[] = [];

  private resizeObserver?: ResizeObserver;

  private get ms(): MatrixStrings {
    return matrixStrings(this.effectiveLang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(() => {
      // The element's own width in its CSS pixels: under CSS zoom, Firefox ESR 140 reports the entry's contentRect in the page's (zoomed) pixels.
      const width = this.clientWidth;
      // At most 40rem, not under: a 1280 px window at 200 % zoom without a classic scrollbar is exactly 40rem wide.
      const narrow = width > 0 && width <= 40 * parseFloat(getComputedStyle(this).fontSize || '16');
      // Applied on the next frame: switching layout inside the callback would resize again in the same frame.
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  private get rowSpec(): AxisSpec | undefined {
    return this.currentFramework && parseAxis(this.rows, this.currentFramework);
  }

  private get columnSpec(): AxisSpec | undefined {
    return this.currentFramework && parseAxis(this.columns, this.currentFramework);
  }

  private readonly memo = new Memo();

  /** Associations indexed by item pair, once per framework. */
  private get links(): ReturnType<typeof linkIndex> {
    const fw = this.currentFramework!;
    return this.memo.get('links', [fw], () => linkIndex(fw));
  }

  /** Results that apply to the framework shown, and the problems of those that do not (validated once per change of input). */
  private get resultInfo(): ResultInfo {
    const fw = this.currentFramework;
    const code = progressChunk.value;
    return this.memo.get('results', [fw, this.results, this.baseline, this.provided?.framework, this.provided?.results, code], () => {
      // Loaded before any render with results (`lazyChunks`); when it could not load, that is the error shown.
      if (!code) return { results: [], problems: this.resultsGiven() ? [PROGRESS_MISSING] : [], ignored: 0 };
      const shared = this.provided?.framework === fw ? (this.provided?.results ?? []) : [];
      return code.readResults(fw, this.results, this.baseline, shared);
    });
  }

  /** Progress against the results that apply, when there are any (the progress chunk is then loaded). */
  private get progress(): MatrixProgress | undefined {
    const info = this.resultInfo;
    const code = progressChunk.value;
    if (!code || !info.results.length) return undefined;
    const fw = this.currentFramework!;
    const builtIn = this.strings.builtIn;
    return this.memo.get('progress', [fw, info, this.target, this.ms, builtIn], () => new code.MatrixProgress({ framework: fw, strings: this.ms, results: info.results, baseline: info.baseline, target: this.target, builtIn }));
  }

  /** Whether the list layout is shown rather than the table. */
  private get listLayout(): boolean {
    return this.layout === 'list' || (this.layout === 'auto' && this.narrow);
  }

  private resultsGiven(): boolean {
    return given(this.results) || given(this.baseline) || !!(this.provided?.framework && this.provided.results?.length);
  }

  protected override lazyChunks(): (Promise<void> | undefined)[] {
    return [
      ...super.lazyChunks(),
      matrixWelsh.load(this.effectiveLang),
      this.resultsGiven() ? progressChunk.load() : undefined,
      this.listLayout ? listChunk.load() : this.large() ? windowChunk.load() : undefined,
    ];
  }

  /** Whether the grid of the framework's rows and columns (before any filter) is windowed. */
  private large(): boolean {
    const fw = this.currentFramework;
    const rows = this.rowSpec;
    const columns = this.columnSpec;
    if (!fw || !rows || !columns) return false;
    return this.memo.get('large', [fw, this.rows, this.columns], () => axisEntries(fw, rows).length * axisEntries(fw, columns).length > WINDOW_CELLS);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if ((changed.has('results') || changed.has('baseline') || changed.has('status')) && this.currentFramework) {
      const all = this.resultInfo.problems;
      const problems = all.filter((p) => p.severity === 'error' && !MISMATCH_CODES.has(p.code));
      const mismatches = all.filter((p) => p.code === 'framework-mismatch' || p.code === 'version-mismatch');
      this.reportProblems('results', [...problems, ...mismatches]);
    }
  }

  protected override frameworkChanged(framework: Framework, previous: Framework | undefined): void {
    if (previous?.id !== framework.id) {
      this.focusRow = 0;
      this.focusCol = 0;
      this.hiddenTypes = new Set();
    }
  }

  /** Rows and columns after the filter and type toggles. */
  private view(): { rows: AxisEntry[]; columns: AxisEntry[]; allRows: AxisEntry[]; allColumns: AxisEntry[] } {
    const fw = this.currentFramework!;
    // Once per change of input: a windowed grid renders again at every scroll.
    const allRows = this.memo.get('all-rows', [fw, this.rows], () => axisEntries(fw, this.rowSpec!));
    const allColumns = this.memo.get('all-columns', [fw, this.columns], () => axisEntries(fw, this.columnSpec!));
    return {
      rows: this.memo.get('rows', [allRows, this.filter, this.hiddenTypes], () => filterEntries(allRows, this.filter, this.hiddenTypes)),
      columns: this.memo.get('columns', [allColumns, this.hiddenTypes], () => filterEntries(allColumns, '', this.hiddenTypes)),
      allRows,
      allColumns,
    };
  }

  /**
   * The current view (filter and toggles applied) as CSV text: a header row of
   * column labels, then one row per row shown, with a Total column of items
   * met when results are given. Asynchronous: the export code loads on first
   * use (the promise rejects if it cannot load).
   */
  async toCSV(): Promise<string> {
    await Promise.all([csvChunk.load(), this.resultsGiven() ? progressChunk.load() : undefined]);
    const code = csvChunk.value;
    if (!code) throw new Error('The CSV export code could not be loaded; reload the page.');
    const fw = this.currentFramework;
    if (!fw) return '';
    const { rows, columns } = this.view();
    const progress = this.progress;
    const linked = progress && linkedItems(this.links, rows, columns);
    return code.matrixCsv(
      fw,
      rows,
      columns,
      progress && linked ? { header: this.ms.total, value: (row) => (linked.get(row.key)?.length ? progress.metText(linked.get(row.key)!) : '') } : undefined,
    );
  }

  /**
   * Downloads the current view as a CSV file (`<framework id>-matrix.csv`, as
   * `toCSV()` returns it). The promise settles once the download has started.
   */
  async downloadCSV(): Promise<void> {
    const csv = await this.toCSV();
    csvChunk.value!.saveCsv(this.renderRoot, csv, `${this.currentFramework?.id ?? 'matrix'}-matrix.csv`);
  }

  /** The toolbar's download: a failure (the export code not loading) is shown and reported, never thrown at the page. */
  private async download(): Promise<void> {
    try {
      await this.downloadCSV();
      this.exportProblems = [];
    } catch (e) {
      this.exportProblems = [{ path: '$', code: 'load', severity: 'error', message: (e as Error).message }];
      this.reportProblems('export', this.exportProblems);
    }
  }

  private axisName(spec: AxisSpec): string {
    if (spec.kind === 'levels') return this.ms.levelsAxis;
    if (spec.kind === 'scale') return this.ms.scaleAxis;
    return spec.types.map((t) => typeLabel(this.currentFramework!, t).toLowerCase()).join(', ');
  }

  override render(): TemplateResult {
    const s = this.strings;
    const fw = this.currentFramework;
    const state = this.renderFrameworkState(fw);
    if (state || !fw) return state ?? html``;
    const ms = this.ms;
    const { rows, columns, allRows, allColumns } = this.view();
    const info = this.resultInfo;
    const progress = this.progress;
    if (progress) adoptChunkStyles(this, progressChunk.value!.progressStyles);
    const resultErrors = info.problems.filter((p) => p.severity === 'error' && !MISMATCH_CODES.has(p.code));
    const types = axisTypes(fw, [...allRows, ...allColumns]);
    const caption = ms.caption(fw.title, this.axisName(this.rowSpec!), this.axisName(this.columnSpec!));
    const list = this.listLayout ? listChunk.value : undefined;
    return html`
      ${this.renderInputNotes()} ${resultErrors.length ? renderErrorPanel(s, resultErrors) : nothing}
      ${info.ignored ? html`<p class="notice" role="status">${ms.resultsIgnored(info.ignored)}</p>` : nothing}
      <div part="toolbar" class="toolbar">
        <div class="filter">
          <label for="filter">${ms.filter}</label>
          <input id="filter" type="search" .value=${this.filter} aria-describedby="filter-hint" @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
          <span id="filter-hint" class="hint">${ms.filterHint}</span>
        </div>
        ${types.length > 1
          ? html`<fieldset class="types">
              <legend>${ms.show}</legend>
              ${types.map(
                (t) => html`<label class="toggle"
                  ><input type="checkbox" .checked=${!this.hiddenTypes.has(t.id)} @change=${() => this.toggleType(t.id)} /> ${t.label}</label
                >`,
              )}
            </fieldset>`
          : nothing}
        <button type="button" class="secondary" @click=${() => this.download()}>${ms.download}</button>
      </div>
      ${this.exportProblems.map((p) => html`<p class="notice" role="alert">${ms.downloadFailed}: ${p.message}</p>`)}
      <p class="visually-hidden" role="status" aria-live="polite">${ms.shown(rows.length, columns.length)}</p>
      ${progress?.legend() ?? nothing}
      ${rows.length === 0 ? html`<p class="status">${ms.noRows}</p>` : list ? this.renderList(list, caption, rows, columns, progress) : this.renderTable(caption, rows, columns, progress)}
    `;
  }

  private toggleType(type: string): void {
    this.hiddenTypes = toggled(this.hiddenTypes, type);
  }

  private renderTable(caption: string, rows: AxisEntry[], columns: AxisEntry[], progress: MatrixProgress | undefined): TemplateResult {
    const fw = this.currentFramework!;
    const links = this.links;
    const body = this.memo.get('body', [rows], () => bodyRows(rows));
    const totals = hasTotals(rows, columns);
    const focus: [number, number] = [Math.min(this.focusRow, rows.length + (totals ? 1 : 0)), Math.min(this.focusCol, columns.length + (totals ? 1 : 0))];
    this.grid = { rows, columns, body };
    const large = rows.length * columns.length > WINDOW_CELLS;
    // Loaded before a render of a large grid (`lazyChunks`, or here for a framework read in this update); should it fail to load, the grid renders whole.
    if (large && !windowChunk.value && !windowChunk.failed) {
      this.windowLoading ??= windowChunk.load()?.then(() => {
        this.windowLoading = undefined;
        this.requestUpdate();
      });
      if (this.windowLoading) return html`<p class="status" role="status" aria-busy="true">${this.strings.loading}</p>`;
    }
    const windowing = large ? windowChunk.value : undefined;
    const windowed = windowing && this.windowSizes(columns.length, totals);
    let rowSlots = allSlots(body.length);
    let columnSlots = allSlots(columns.length);
    if (windowing && windowed) {
      adoptChunkStyles(this, windowing.windowStyles);
      const { slots, visibleRange } = windowing;
      // Before the first scroll, the view the scroller will have: at most the window's height, the element's width.
      const { top, left, height, width } = this.viewport.height ? this.viewport : { top: 0, left: 0, height: innerHeight, width: this.clientWidth || innerWidth };
      const focusedBody = body.findIndex((b) => b.index === focus[0] - 1);
      rowSlots = slots(body.length, visibleRange(body.length, top, height, windowed.rowHeight), [focusedBody]);
      columnSlots = slots(columns.length, visibleRange(columns.length, left, width, windowed.columnWidth), [focus[1] - 1]);
    }
    return renderTable({
      framework: fw,
      links,
      strings: this.ms,
      caption,
      rows,
      columns,
      body,
      progress,
      focus,
      selected: this.selected,
      rowSlots,
      columnSlots,
      windowed,
      each: windowing?.keyedSlots ?? inOrder,
      linked: this.memo.get('linked', [links, rows, columns], () => linkedItems(links, rows, columns)),
      columnTotals: this.memo.get('column-totals', [fw, rows, columns], () => columns.map((col) => rows.filter((row) => cellFor(fw, links, row, col).kind === 'link').length)),
      columnLinks: (col) => this.renderColumnLinks(col),
      detailLang: (entry) => this.detailLang(entry),
      onKeydown: (e) => this.onKeydown(e, rows.length + (totals ? 1 : 0), columns.length + (totals ? 1 : 0)),
      onClick: (e) => this.onGridClick(e),
      onFocus: (e) => this.onGridFocus(e),
      onScroll: (e) => this.onGridScroll(e),
    });
  }

  /** The windowing chunk on its way, for a grid found large only as it rendered. */
  private windowLoading?: Promise<void>;

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.windowLoading && !this.isUpdatePending) return done;
    await this.windowLoading;
    return this.getUpdateComplete();
  }

  /** The rows, columns and body rows of the table last rendered, for the delegated listeners. */
  private grid?: { rows: AxisEntry[]; columns: AxisEntry[]; body: BodyRow[] };

  /** The cell (row, column) an event happened in. */
  private cellOf(e: Event): [number, number] | undefined {
    const cell = (e.target as Element).closest?.('[data-r]');
    return cell ? [Number(cell.getAttribute('data-r')), Number(cell.getAttribute('data-c'))] : undefined;
  }

  private onGridClick(e: Event): void {
    const at = this.cellOf(e);
    const grid = this.grid;
    if (!at || !grid) return;
    const [r, c] = at;
    const row = r >= 1 ? grid.rows[r - 1] : undefined;
    const col = c >= 1 ? grid.columns[c - 1] : undefined;
    // Headers and body cells select; the corner and the totals do not.
    if ((r === 0 && col) || (row && (c === 0 || col))) this.select(r, c, row, col);
  }

  private onGridFocus(e: Event): void {
    const at = this.cellOf(e);
    if (at) this.setFocus(at[0], at[1]);
  }

  /** The part of a windowed grid in view: scroll offsets past the sticky headers, and the scroller's size. */
  @state() private viewport = { top: 0, left: 0, height: 0, width: 0 };
  private scrollFrame = 0;

  private onGridScroll(e: Event): void {
    const box = e.currentTarget as HTMLElement;
    if (this.scrollFrame || !box.querySelector('table.windowed')) return;
    // Read once a frame: a scroll fires many events between frames.
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      this.viewport = this.viewportOf(box);
    });
  }

  private viewportOf(box: HTMLElement): { top: number; left: number; height: number; width: number } {
    const sizes = this.windowSizes(0, false);
    // scrollLeft is negative in a right-to-left grid.
    return { top: box.scrollTop, left: Math.max(0, Math.abs(box.scrollLeft) - sizes.headerWidth), height: box.clientHeight, width: box.clientWidth };
  }

  /** Sizes of a windowed grid's rows and columns in px (the styles set them in rem), and its whole width. */
  private windowSizes(columns: number, totals: boolean): { rowHeight: number; columnWidth: number; headerWidth: number; width: number } {
    const rem = (this.remPx ??= parseFloat(getComputedStyle(this).fontSize) || 16);
    const sizes = { rowHeight: WINDOW_ROW_REM * rem, columnWidth: WINDOW_COLUMN_REM * rem, headerWidth: WINDOW_HEADER_REM * rem };
    return { ...sizes, width: sizes.headerWidth + columns * sizes.columnWidth + (totals ? WINDOW_TOTAL_REM * rem : 0) };
  }

  private remPx?: number;

  /** Links of a column item to other items not on either axis (a NOS's KSF dimensions and ESCs). */
  private renderColumnLinks(col: AxisEntry): TemplateResult | typeof nothing {
    if (!col.item) return nothing;
    const out = this.mapsTo.get(col.item.id);
    if (!out) return nothing;
    return html`<span class="col-links"
      >${out.map((link) => html`<span class="col-link">${link.label}${link.qualifier ? ` (${link.qualifier})` : ''}</span> `)}</span
    >`;
  }

  /** Each item's `maps-to` links with the target's code, indexed once per framework. */
  private get mapsTo(): Map<string, { label: string; qualifier?: string }[]> {
    const fw = this.currentFramework!;
    return this.memo.get('maps-to', [fw], () => {
      const byId = new Map(fw.items.map((i) => [i.id, i]));
      const index = new Map<string, { label: string; qualifier?: string }[]>();
      for (const a of fw.associations ?? []) {
        if (a.type !== 'maps-to') continue;
        const list = index.get(a.source) ?? [];
        list.push({ label: byId.get(a.target)?.code ?? a.target, qualifier: a.qualifier });
        index.set(a.source, list);
      }
      return index;
    });
  }

  private renderList(list: typeof import('./matrix-list.js'), caption: string, rows: AxisEntry[], columns: AxisEntry[], progress: MatrixProgress | undefined): TemplateResult {
    adoptChunkStyles(this, list.listStyles);
    const fw = this.currentFramework!;
    const links = this.links;
    return list.renderList({
      framework: fw,
      links,
      caption,
      rows,
      columns,
      linked: linkedItems(links, rows, columns),
      progress,
      select: (row, col) => this.emitSelect(row, col),
      detailLang: (entry) => this.detailLang(entry),
    });
  }

  /** The language of an entry's statement or description (the translation's, else the framework's). */
  private detailLang(entry: AxisEntry): string | undefined {
    const key = detailKey(entry);
    return key ? this.textLang(key) : undefined;
  }

  private setFocus(r: number, c: number): void {
    if (this.focusRow !== r || this.focusCol !== c) {
      this.focusRow = r;
      this.focusCol = c;
    }
  }

  private onKeydown(e: KeyboardEvent, lastRow: number, lastCol: number): void {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      (e.target as HTMLElement).closest<HTMLElement>('[data-r]')?.click();
      return;
    }
    const move = GRID_MOVES[e.key];
    let r = this.focusRow;
    let c = this.focusCol;
    if (move) {
      r = Math.min(Math.max(r + move[0], 0), lastRow);
      c = Math.min(Math.max(c + move[1], 0), lastCol);
    } else if (e.key === 'Home' || e.key === 'End') {
      const end = e.key === 'End';
      c = end ? lastCol : 0;
      if (e.ctrlKey) r = end ? lastRow : 0;
    } else return;
    e.preventDefault();
    this.focusRow = r;
    this.focusCol = c;
    this.focusAfterRender(`[data-r="${r}"][data-c="${c}"]`);
  }

  private select(r: number, c: number, row: AxisEntry | undefined, col: AxisEntry | undefined): void {
    this.focusRow = r;
    this.focusCol = c;
    this.selected = `${r}:${c}`;
    this.emitSelect(row, col);
  }

  private emitSelect(row: AxisEntry | undefined, col: AxisEntry | undefined): void {
    const entries = [row, col].filter((x): x is AxisEntry => !!x);
    const items = entries.flatMap((e) => (e.item ? [e.item.id] : []));
    const level = entries.find((e) => e.level)?.level?.id;
    const value = entries.find((e) => e.point)?.point?.value;
    this.queueEvent(new KsbSelectEvent({ items, ...(level !== undefined ? { level } : {}), ...(value !== undefined ? { value } : {}) }));
  }

}
