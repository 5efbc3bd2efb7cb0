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
import { renderToolbar } from './matrix-toolbar.js';
import { matrixStrings, type MatrixStrings } from './matrix-strings.js';
import type { MatrixProgress, ResultInfo } from './matrix-progress.js';
import { bodyRows, COHORT_WINDOW_CELLS, hasTotals, moveInGrid, renderTable, WINDOW_CELLS, type BodyRow } from './matrix-table.js';
import { GridViewport, windowChunk } from './grid-viewport.js';
import type { CohortShow, CohortSort } from './cohort-model.js';
import type { Cohort, CohortData } from './cohort-table.js';
import {
  axisEntries,
  axisTypes,
  cellFor,
  detailKey,
  filterEntries,
  linkedItems,
  linkIndex,
  mapsToIndex,
  parseAxis,
  type AxisEntry,
  type AxisSpec,
} from './matrix-model.js';

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
const cohortChunk = new LazyModule(() => import('./cohort-table.js'));

const PROGRESS_MISSING: Problem = { path: '$', code: 'load', severity: 'error', message: 'The code that reads results could not be loaded; reload the page.' };

const given = (v: unknown) => v !== undefined && v !== null && v !== '';

/**
 * `<ksb-matrix>`: a framework as a matrix (duties × KSBs, competencies ×
 * levels with descriptors, core tasks × NOS, competencies × Dreyfus levels),
 * and, given results, a learning progress tracker: each item's latest rating,
 * each row's items met, change since a baseline, with a key that does not rely
 * on colour. A keyboard grid (one tab stop, arrows, Home/End), sticky
 * headers, a text filter, type toggles, totals, CSV export, and a list layout
 * on narrow screens.
 *
 * With `rows="results"` and a result per learner (each naming its `subject`),
 * it is a provider's cohort view: learners as rows, items, duties or
 * sections as columns, each cell the learner's latest rating, with progress
 * per learner and per column, sorting by any column, a learner filter and
 * the change since each learner's baseline.
 *
 * @summary Framework matrix, learning progress tracker and cohort view.
 * @tagname ksb-matrix
 *
 * @fires ksb-select - A cell or header was chosen (Enter, Space or click). `detail.items` holds the item ids; `detail.level` or `detail.value` the level or scale point; in the cohort view, `detail.subject` the learner. A cohort heading sorts instead.
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

  /** What the rows show: item type ids (`duty`, `knowledge skill behaviour`, `competency`, `core-task`…), `levels`, `scale`, or `results` (one row per learner: the cohort view). */
  @property() rows = 'duty';

  /** What the columns show: item type ids, `levels` (descriptor text per level), or `scale` / `scale:dreyfus` (rubric descriptors). In the cohort view: rated item types (a column per item), container types such as `duty` or `domain` (items met of each), or `sections`. */
  @property() columns = 'knowledge skill behaviour';

  /** One result or a list of results (JSON or property); the latest rating of each item is shown. Inside `<ksb-framework>`, defaults to the results shared there. */
  @property({ converter: jsonConverter }) results?: unknown;

  /** An earlier result: each item's change since then is shown. In the cohort view, a list with a result per learner (matched by `subject`). */
  @property({ converter: jsonConverter }) baseline?: unknown;

  /** The rating that counts as met (default: the second-highest point of the results' scale). */
  @property({ type: Number }) target?: number;

  /** Text filter applied to rows (code, title and statement). */
  @property() filter = '';

  /** `auto` picks the list layout when the element is 40rem wide or narrower (a 1280 px window at 200 % zoom); `table` or `list` force one. */
  @property() layout: 'auto' | 'table' | 'list' = 'auto';

  /** In the cohort view with baselines: `latest` shows each learner's latest ratings, `change` the change since their baseline. */
  @property() show: CohortShow = 'latest';

  @state() private hiddenTypes = new Set<string>();
  /** The cohort view's sort (none: the order the results were given in). */
  @state() private sort?: CohortSort;
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
  private readonly gridViewport = new GridViewport(this);

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
      if (!code) return { results: [], baselines: [], problems: this.resultsGiven() ? [PROGRESS_MISSING] : [], ignored: 0 };
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
      this.resultsGiven() || this.cohort ? progressChunk.load() : undefined,
      this.cohort ? cohortChunk.load() : undefined,
      this.listLayout && !this.cohort ? listChunk.load() : this.large() ? windowChunk.load() : undefined,
    ];
  }

  /** Whether this is the cohort view: a row per learner. */
  private get cohort(): boolean {
    return this.rows.trim() === 'results';
  }

  /** Whether the grid of the framework's rows and columns (before any filter) is windowed. */
  private large(): boolean {
    const fw = this.currentFramework;
    if (!fw) return false;
    if (this.cohort) {
      // An estimate before the cohort code has loaded (a render that finds the grid large loads the windowing then).
      const types = new Set(this.columns.split(/[\s,]+/));
      const columnCount = types.has('sections') ? 3 : fw.items.filter((i) => types.has(i.type)).length;
      return (Array.isArray(this.results) ? this.results.length : 1) * columnCount > COHORT_WINDOW_CELLS;
    }
    const { allRows, allColumns } = this.view();
    return allRows.length * allColumns.length > WINDOW_CELLS;
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
    if (this.cohort) {
      await cohortChunk.load();
      const cohort = this.cohortData();
      if (!cohort) throw new Error('The cohort code could not be loaded; reload the page.');
      return cohort.all.length ? cohortChunk.value!.cohortCsv({ ...cohort, progress: this.progress!, strings: this.ms }) : '';
    }
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
    const info = this.resultInfo;
    const progress = this.progress;
    if (progress) adoptChunkStyles(this, progressChunk.value!.progressStyles);
    const resultErrors = info.problems.filter((p) => p.severity === 'error' && !MISMATCH_CODES.has(p.code));
    const cohort = this.cohort ? this.cohortData() : undefined;
    const { rows, columns, allRows, allColumns } = cohort ? { rows: cohort.learners, columns: cohort.columns, allRows: [], allColumns: cohort.allColumns } : this.view();
    const types = axisTypes(fw, [...allRows, ...allColumns]);
    const columnsName = cohort && this.columns.trim() === 'sections' ? ms.sectionsAxis : this.axisName(this.columnSpec!);
    const caption = ms.caption(fw.title, cohort ? ms.learnersAxis : this.axisName(this.rowSpec!), columnsName);
    const list = this.listLayout && !cohort ? listChunk.value : undefined;
    let body: TemplateResult;
    if (this.cohort && !cohort) body = renderErrorPanel(s, [PROGRESS_MISSING]);
    else if (cohort && !cohort.all.length) body = html`<p class="status" role="status">${ms.noLearners(fw.title)}</p>`;
    else if (rows.length === 0) body = html`<p class="status">${ms.noRows}</p>`;
    else if (cohort) body = this.renderCohort(cohort, caption);
    else body = list ? this.renderList(list, caption, rows as AxisEntry[], columns, progress) : this.renderTable(caption, rows as AxisEntry[], columns, progress);
    return html`
      ${this.renderInputNotes()} ${resultErrors.length ? renderErrorPanel(s, resultErrors) : nothing}
      ${info.ignored ? html`<p class="notice" role="status">${ms.resultsIgnored(info.ignored)}</p>` : nothing}
      ${renderToolbar({
        strings: ms,
        filter: this.filter,
        filterHint: cohort ? ms.learnerFilterHint : ms.filterHint,
        types,
        hiddenTypes: this.hiddenTypes,
        change: cohort?.hasBaselines ? cohort.show === 'change' : undefined,
        onFilter: (value) => (this.filter = value),
        onToggleType: (type) => (this.hiddenTypes = toggled(this.hiddenTypes, type)),
        onChange: (change) => (this.show = change ? 'change' : 'latest'),
        onDownload: () => this.download(),
      })}
      ${this.exportProblems.map((p) => html`<p class="notice" role="alert">${ms.downloadFailed}: ${p.message}</p>`)}
      <p class="visually-hidden" role="status" aria-live="polite">${cohort ? ms.learnersShown(rows.length, columns.length) : ms.shown(rows.length, columns.length)}</p>
      ${progress?.legend(!cohort) ?? nothing} ${body}
    `;
  }

  /** The cohort view's data, once its code and the progress code have loaded (`lazyChunks`) and results are read. */
  private cohortData(): CohortData | undefined {
    const code = cohortChunk.value;
    if (!code || !progressChunk.value) return undefined;
    const info = this.resultInfo;
    this.cohortState ??= new code.Cohort();
    const { links, columns, hiddenTypes, filter, sort, show } = this;
    return this.cohortState.data({ framework: this.currentFramework!, links, columns, results: info.results, baselines: info.baselines, progress: this.progress, strings: this.ms, hiddenTypes, filter, sort, show });
  }

  private cohortState?: Cohort;

  private renderCohort(cohort: CohortData, caption: string): TemplateResult {
    const code = cohortChunk.value!;
    adoptChunkStyles(this, code.cohortStyles);
    const { learners, columns } = cohort;
    const last: [number, number] = [learners.length + 1, columns.length + 1];
    const focus: [number, number] = [Math.min(this.focusRow, last[0]), Math.min(this.focusCol, last[1])];
    this.grid = { rows: [], columns, body: [], cohort };
    // Sized by the whole cohort, not the learners the filter leaves: a large cohort stays windowed while a filter is typed.
    const slots = this.gridViewport.slotsFor(cohort.all.length * cohort.allColumns.length, learners.length, columns.length, true, focus[0] - 1, focus[1] - 1, COHORT_WINDOW_CELLS);
    if (!slots) return this.renderLoading();
    return html`<p id="sort-hint" class="hint">${this.ms.sortHint}</p>
      ${code.renderCohortTable({
        strings: this.ms,
        progress: this.progress!,
        caption,
        learners,
        columns,
        members: cohort.members,
        columnTotals: cohort.totals.columns,
        overall: cohort.totals.overall,
        show: cohort.show,
        sort: this.sort,
        focus,
        selected: this.selected,
        ...slots,
        onKeydown: (e) => this.onKeydown(e, last[0], last[1]),
        onClick: (e) => this.onGridClick(e),
        onFocus: (e) => this.onGridFocus(e),
        onScroll: this.gridViewport.onScroll,
      })}`;
  }

  private renderTable(caption: string, rows: AxisEntry[], columns: AxisEntry[], progress: MatrixProgress | undefined): TemplateResult {
    const fw = this.currentFramework!;
    const links = this.links;
    const body = this.memo.get('body', [rows], () => bodyRows(rows));
    const totals = hasTotals(rows, columns);
    const focus: [number, number] = [Math.min(this.focusRow, rows.length + (totals ? 1 : 0)), Math.min(this.focusCol, columns.length + (totals ? 1 : 0))];
    this.grid = { rows, columns, body };
    // Sized by the whole grid, not what the filter leaves: a filtered large grid rendered whole took 477 ms a keystroke (10 × 3,000, two rows left).
    const { allRows, allColumns } = this.view();
    const slots = this.gridViewport.slotsFor(allRows.length * allColumns.length, body.length, columns.length, totals, body.findIndex((b) => b.index === focus[0] - 1), focus[1] - 1);
    if (!slots) return this.renderLoading();
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
      ...slots,
      linked: this.memo.get('linked', [links, rows, columns], () => linkedItems(links, rows, columns)),
      columnTotals: this.memo.get('column-totals', [fw, rows, columns], () => columns.map((col) => rows.filter((row) => cellFor(fw, links, row, col).kind === 'link').length)),
      mapsTo: this.memo.get('maps-to', [fw], () => mapsToIndex(fw)),
      detailLang: (entry) => this.detailLang(entry),
      onKeydown: (e) => this.onKeydown(e, rows.length + (totals ? 1 : 0), columns.length + (totals ? 1 : 0)),
      onClick: (e) => this.onGridClick(e),
      onFocus: (e) => this.onGridFocus(e),
      onScroll: this.gridViewport.onScroll,
    });
  }

  private renderLoading(): TemplateResult {
    return html`<p class="status" role="status" aria-busy="true">${this.strings.loading}</p>`;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.gridViewport.loading && !this.isUpdatePending) return done;
    await this.gridViewport.loading;
    return this.getUpdateComplete();
  }

  /** The rows, columns and body rows of the table last rendered, for the delegated listeners. */
  private grid?: { rows: AxisEntry[]; columns: AxisEntry[]; body: BodyRow[]; cohort?: CohortData };

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
    if (grid.cohort) return this.onCohortClick(grid.cohort, r, c);
    const row = r >= 1 ? grid.rows[r - 1] : undefined;
    const col = c >= 1 ? grid.columns[c - 1] : undefined;
    // Headers and body cells select; the corner and the totals do not.
    if ((r === 0 && col) || (row && (c === 0 || col))) this.select(r, c, row, col);
  }

  /** In the cohort view a heading sorts, a learner's cell or row heading selects their items (`cohortClick`). */
  private onCohortClick(cohort: CohortData, r: number, c: number): void {
    const outcome = cohortChunk.value!.cohortClick(cohort, this.sort, r, c);
    if (!outcome) return;
    this.focusRow = r;
    this.focusCol = c;
    if ('sort' in outcome) {
      this.sort = outcome.sort;
      return;
    }
    this.selected = `${r}:${c}`;
    this.queueEvent(new KsbSelectEvent(outcome.select));
  }

  private onGridFocus(e: Event): void {
    const at = this.cellOf(e);
    if (at) this.setFocus(at[0], at[1]);
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
    const to = moveInGrid(e.key, e.ctrlKey, [this.focusRow, this.focusCol], [lastRow, lastCol]);
    if (!to) return;
    const [r, c] = to;
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
