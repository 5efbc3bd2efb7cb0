import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Memo } from '../../shared/memo.js';
import type { Framework } from '../../model/framework.js';
import type { Problem } from '../../model/problems.js';
import { MISMATCH_CODES, type Result } from '../../model/result.js';
import { findScale } from '../../model/scales.js';
import { typeLabel } from '../../model/summary.js';
import { renderErrorPanel } from '../../shared/error-panel.js';
import { KsbSelectEvent } from '../../shared/events.js';
import { KsbFrameworkElement } from '../../shared/framework-element.js';
import { resultReader } from '../../shared/result-reader.js';
import { InvalidJson, jsonConverter } from '../../shared/parse-attribute.js';
import { toggled } from '../../shared/toggled.js';
import { baseStyles } from '../../shared/styles.js';
import { ksbMatrixStyles } from './ksb-matrix.styles.js';
import { matrixStrings, type MatrixStrings } from './matrix-strings.js';
import {
  axisEntries,
  axisTypes,
  cellFor,
  defaultTarget,
  filterEntries,
  latestRatings,
  linkIndex,
  matrixCsv,
  parseAxis,
  standing,
  type AxisEntry,
  type AxisSpec,
  type Cell,
  type Standing,
} from './matrix-model.js';

/**
 * A progress bar's width, bound to the `style` property (the CSSOM), which a strict
 * CSP (style-src without 'unsafe-inline') allows; a style attribute, as lit's styleMap
 * writes on first render, it blocks.
 */
const barStyle = (part: number, whole: number): string => `width: ${Math.round((part / whole) * 100)}%`;

const SYMBOL: Record<Standing, string> = { met: '●', below: '◐', unsure: '?', unrated: '○' };

/** Item types that group others; they are not rated themselves. */
const CONTAINER_TYPES = new Set(['duty', 'domain', 'area', 'sub-area']);

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

  /** `auto` picks the list layout when the element is narrower than 40rem; `table` or `list` force one. */
  @property() layout: 'auto' | 'table' | 'list' = 'auto';

  @state() private hiddenTypes = new Set<string>();
  @state() private narrow = false;
  @state() private focusRow = 0;
  @state() private focusCol = 0;
  @state() private selected?: string;

  private resizeObserver?: ResizeObserver;

  private get ms(): MatrixStrings {
    return matrixStrings(this.effectiveLang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      const narrow = width > 0 && width < 40 * parseFloat(getComputedStyle(this).fontSize || '16');
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
  private get resultInfo(): { results: Result[]; baseline?: Result; problems: Problem[]; ignored: number } {
    return this.memo.get('results', [this.currentFramework, this.results, this.baseline, this.provided?.framework, this.provided?.results, resultReader.value], () =>
      this.readResults(),
    );
  }

  private readResults(): { results: Result[]; baseline?: Result; problems: Problem[]; ignored: number } {
    const fw = this.currentFramework;
    const problems: Problem[] = [];
    let ignored = 0;
    // Loaded before any render with results (`lazyChunks`).
    const code = resultReader.value;
    if (!code) {
      const missing = this.resultsGiven() ? [{ path: '$', code: 'load', severity: 'error' as const, message: 'The code that reads results could not be loaded; reload the page.' }] : [];
      return { results: [], problems: missing, ignored };
    }
    const { validateResult } = code;
    const read = (input: unknown, path: string): Result | undefined => {
      const v = validateResult(input instanceof InvalidJson ? input.text : input, fw);
      problems.push(...v.problems.map((p) => ({ ...p, path: p.path.replace(/^\$/, path) })));
      if (!v.value) return undefined;
      if (v.problems.some((p) => p.code === 'framework-mismatch' || p.code === 'version-mismatch')) {
        ignored++;
        return undefined;
      }
      return v.value;
    };
    let raw: unknown[];
    if (this.results === undefined || this.results === null) raw = this.provided?.framework === fw ? (this.provided?.results ?? []) : [];
    else if (Array.isArray(this.results)) raw = this.results;
    else if (this.results instanceof InvalidJson) {
      const parsed = validateResult(this.results.text);
      problems.push(...parsed.problems);
      raw = [];
    } else raw = [this.results];
    const results = raw.map((r, i) => read(r, Array.isArray(this.results) ? `$[${i}]` : '$')).filter((r): r is Result => !!r);
    const baseline = this.baseline === undefined || this.baseline === null || this.baseline === '' ? undefined : read(this.baseline, '$baseline');
    return { results, baseline, problems, ignored };
  }

  private resultsGiven(): boolean {
    return given(this.results) || given(this.baseline) || !!(this.provided?.framework && this.provided.results?.length);
  }

  protected override lazyChunks(): (Promise<void> | undefined)[] {
    return [...super.lazyChunks(), this.resultsGiven() ? resultReader.load() : undefined];
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
    const allRows = axisEntries(fw, this.rowSpec!);
    const allColumns = axisEntries(fw, this.columnSpec!);
    return {
      rows: filterEntries(allRows, this.filter, this.hiddenTypes),
      columns: filterEntries(allColumns, '', this.hiddenTypes),
      allRows,
      allColumns,
    };
  }

  /** The current view (filter and toggles applied) as CSV text. */
  toCSV(): string {
    if (!this.currentFramework) return '';
    const { rows, columns } = this.view();
    const info = this.resultInfo;
    const progress = this.progressFor(rows, columns, info.results);
    const withProgress = info.results.length > 0;
    return matrixCsv(
      this.currentFramework,
      rows,
      columns,
      withProgress
        ? { header: this.ms.total, value: (row) => (progress.get(row.key)?.linked ? this.ms.metOf(progress.get(row.key)!.met, progress.get(row.key)!.linked) : '') }
        : undefined,
    );
  }

  /** Downloads the current view as a CSV file. */
  downloadCSV(): void {
    const blob = new Blob(['\uFEFF', this.toCSV()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${this.currentFramework?.id ?? 'matrix'}-matrix.csv`;
    a.style.display = 'none';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Per row: linked item columns that have been rated, and how many are met. */
  private progressFor(rows: AxisEntry[], columns: AxisEntry[], results: Result[]): Map<string, { linked: number; met: number; baselineMet?: number }> {
    const links = this.links;
    const ratings = latestRatings(results);
    const target = this.effectiveTarget(results);
    const out = new Map<string, { linked: number; met: number }>();
    for (const row of rows) {
      if (!row.item) continue;
      let linked = 0;
      let met = 0;
      for (const col of columns) {
        // Only items that are rated count: a KSB row's duties are not progress.
        if (!col.item || CONTAINER_TYPES.has(col.item.type) || !links.has(`${row.item.id}\u0000${col.item.id}`)) continue;
        linked++;
        if (standing(ratings.get(col.item.id), target) === 'met') met++;
      }
      out.set(row.key, { linked, met });
    }
    return out;
  }

  private effectiveTarget(results: Result[]): number {
    return this.target ?? defaultTarget(this.currentFramework!, results);
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
    const resultErrors = info.problems.filter((p) => p.severity === 'error' && !MISMATCH_CODES.has(p.code));
    const types = axisTypes(fw, [...allRows, ...allColumns]);
    const caption = ms.caption(fw.title, this.axisName(this.rowSpec!), this.axisName(this.columnSpec!));
    const list = this.layout === 'list' || (this.layout === 'auto' && this.narrow);
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
        <button type="button" class="secondary" @click=${() => this.downloadCSV()}>${ms.download}</button>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${ms.shown(rows.length, columns.length)}</p>
      ${info.results.length ? this.renderLegend(info.results) : nothing}
      ${rows.length === 0 ? html`<p class="status">${ms.noRows}</p>` : list ? this.renderList(caption, rows, columns, info) : this.renderTable(caption, rows, columns, info)}
    `;
  }

  private toggleType(type: string): void {
    this.hiddenTypes = toggled(this.hiddenTypes, type);
  }

  private renderLegend(results: Result[]): TemplateResult {
    const ms = this.ms;
    const target = this.effectiveTarget(results);
    const scale = findScale(results[0]?.scale ?? 'confidence', this.currentFramework);
    const targetLabel = scale?.points.find((p) => p.value === target)?.label ?? String(target);
    const entries: [string, string][] = [
      [SYMBOL.met, ms.legendMet(`“${targetLabel}”`)],
      [SYMBOL.below, ms.legendBelow],
      [SYMBOL.unsure, ms.legendUnsure],
      [SYMBOL.unrated, ms.legendUnrated],
      ['✓', ms.legendLink],
    ];
    return html`<div part="legend" class="legend">
      <h3 class="legend-title">${ms.legendTitle}</h3>
      <ul>
        ${entries.map(([symbol, text]) => html`<li><span class="symbol" aria-hidden="true">${symbol}</span> ${text}</li>`)}
      </ul>
    </div>`;
  }

  /**
   * A rating badge for an item: symbol, label and change since the baseline.
   * `compact` (column headers) shows the symbol and change, with the words for screen readers.
   */
  private renderRating(itemId: string | undefined, ctx: RatingContext, compact = false): TemplateResult | typeof nothing {
    if (!itemId || !ctx.active) return nothing;
    const rating = ctx.ratings.get(itemId);
    const st = standing(rating, ctx.target);
    const scale = findScale(rating?.scale ?? 'confidence', this.currentFramework);
    const label =
      st === 'unrated' ? this.ms.legendUnrated : st === 'unsure' ? this.ms.legendUnsure : (scale?.points.find((p) => p.value === rating!.value)?.label ?? String(rating!.value));
    const words = st === 'unrated' || st === 'unsure' ? label : this.ms.rating(label);
    const before = ctx.baseline.get(itemId);
    const change = typeof before?.value === 'number' && typeof rating?.value === 'number' ? rating.value - before.value : undefined;
    const signed = change === undefined ? '' : `${change > 0 ? '+' : change < 0 ? '−' : '±'}${Math.abs(change)}`;
    if (compact) {
      return html`<span class="rating compact ${st}" title=${words}
        ><span aria-hidden="true" class="symbol">${SYMBOL[st]}</span>${change !== undefined ? html`<span aria-hidden="true" class="change">${signed}</span>` : nothing}<span
          class="visually-hidden"
          >${words}${change !== undefined ? `, ${this.ms.change(signed)}` : ''}</span
        ></span
      >`;
    }
    return html`<span class="rating ${st}"
      ><span aria-hidden="true" class="symbol">${SYMBOL[st]}</span> ${words}${change !== undefined
        ? html` <span class="change">(${this.ms.change(signed)})</span>`
        : nothing}</span
    >`;
  }

  private standingText(st: Standing): string {
    const ms = this.ms;
    return st === 'met' ? ms.standingMet : st === 'below' ? ms.legendBelow : st === 'unsure' ? ms.legendUnsure : ms.legendUnrated;
  }

  private ratingContext(results: Result[], baseline?: Result): RatingContext {
    return {
      active: results.length > 0,
      ratings: latestRatings(results),
      baseline: latestRatings(baseline ? [baseline] : []),
      target: results.length ? this.effectiveTarget(results) : 0,
    };
  }

  private renderTable(caption: string, rows: AxisEntry[], columns: AxisEntry[], info: { results: Result[]; baseline?: Result }): TemplateResult {
    const fw = this.currentFramework!;
    const ms = this.ms;
    const links = this.links;
    const ctx = this.ratingContext(info.results, info.baseline);
    const progress = this.progressFor(rows, columns, info.results);
    const baselineProgress = info.baseline ? this.progressFor(rows, columns, [info.baseline]) : undefined;
    const itemAxes = columns.some((c) => c.item) && rows.some((r) => r.item);
    const lastRow = rows.length + (itemAxes ? 1 : 0);
    const lastCol = columns.length + (itemAxes ? 1 : 0);
    const fr = Math.min(this.focusRow, lastRow);
    const fc = Math.min(this.focusCol, lastCol);
    const tab = (r: number, c: number) => (r === fr && c === fc ? 0 : -1);
    const colTotals = columns.map((col) => rows.filter((row) => cellFor(fw, links, row, col).kind === 'link').length);
    let group: string | undefined;
    // tabindex="-1": the grid's own tab stop scrolls this box; Firefox would otherwise add it as an unnamed stop.
    return html`<div class="scroller" part="table-wrapper" tabindex="-1">
      <table part="table" role="grid" aria-labelledby="caption" @keydown=${(e: KeyboardEvent) => this.onKeydown(e, lastRow, lastCol)}>
        <caption id="caption">${caption}</caption>
        <thead>
          <tr>
            <td class="corner" role="gridcell" data-r="0" data-c="0" tabindex=${tab(0, 0)} @focus=${() => this.setFocus(0, 0)}></td>
            ${columns.map(
              (col, ci) => html`<th
                part="column-header"
                scope="col"
                data-r="0"
                data-c=${ci + 1}
                tabindex=${tab(0, ci + 1)}
                aria-selected=${this.selected === `0:${ci + 1}` ? 'true' : 'false'}
                @click=${() => this.select(0, ci + 1, undefined, col)}
                @focus=${() => this.setFocus(0, ci + 1)}
                title=${col.detail ?? nothing}
              >
                <bdi class="col-label">${col.label}</bdi>
                ${col.type === 'level' || col.type === 'scale-point' ? html`<bdi class="col-detail">${col.detail ?? ''}</bdi>` : nothing}
                ${this.renderColumnLinks(col)} ${this.renderRating(rateable(col), ctx, true)}
              </th>`,
            )}
            ${itemAxes ? html`<th scope="col" data-r="0" data-c=${lastCol} tabindex=${tab(0, lastCol)} @focus=${() => this.setFocus(0, lastCol)}>${ms.total}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${rows.map((row, ri) => {
            const r = ri + 1;
            const groupRow =
              row.group !== group
                ? html`<tr class="group-row">
                    <th scope="rowgroup" colspan=${columns.length + 1 + (itemAxes ? 1 : 0)}><bdi>${(group = row.group) ?? ''}</bdi></th>
                  </tr>`
                : nothing;
            const p = progress.get(row.key);
            const bp = baselineProgress?.get(row.key);
            return html`${row.group ? groupRow : nothing}
              <tr>
                <th
                  part="row-header"
                  scope="row"
                  data-r=${r}
                  data-c="0"
                  tabindex=${tab(r, 0)}
                  aria-selected=${this.selected === `${r}:0` ? 'true' : 'false'}
                  @click=${() => this.select(r, 0, row, undefined)}
                  @focus=${() => this.setFocus(r, 0)}
                >
                  <bdi class="row-label">${row.label}</bdi>
                  ${row.detail ? html`<bdi class="row-detail">${row.detail}</bdi>` : nothing} ${this.renderRating(rateable(row), ctx)}
                </th>
                ${columns.map((col, ci) => this.renderCell(fw, links, row, col, r, ci + 1, tab(r, ci + 1), ctx))}
                ${itemAxes
                  ? html`<td data-r=${r} data-c=${lastCol} tabindex=${tab(r, lastCol)} @focus=${() => this.setFocus(r, lastCol)} class="total">
                      ${ctx.active && p?.linked
                        ? html`<span class="progress-text">${ms.metOf(p.met, p.linked)}</span>
                            <span class="bar" aria-hidden="true"><span .style=${barStyle(p.met, p.linked)}></span></span>
                            ${bp ? html`<span class="change">${ms.sinceBaseline(p.met - bp.met)}</span>` : nothing}`
                        : ms.linkCount(p?.linked ?? 0)}
                    </td>`
                  : nothing}
              </tr>`;
          })}
        </tbody>
        ${itemAxes
          ? html`<tfoot>
              <tr>
                <th scope="row" data-r=${lastRow} data-c="0" tabindex=${tab(lastRow, 0)} @focus=${() => this.setFocus(lastRow, 0)}>${ms.total}</th>
                ${colTotals.map(
                  (n, ci) => html`<td data-r=${lastRow} data-c=${ci + 1} tabindex=${tab(lastRow, ci + 1)} @focus=${() => this.setFocus(lastRow, ci + 1)}>${n}</td>`,
                )}
                <td data-r=${lastRow} data-c=${lastCol} tabindex=${tab(lastRow, lastCol)} @focus=${() => this.setFocus(lastRow, lastCol)}>
                  ${colTotals.reduce((a, b) => a + b, 0)}
                </td>
              </tr>
            </tfoot>`
          : nothing}
      </table>
    </div>`;
  }

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

  private renderCell(fw: Framework, links: ReturnType<typeof linkIndex>, row: AxisEntry, col: AxisEntry, r: number, c: number, tabindex: number, ctx: RatingContext): TemplateResult {
    const cell: Cell = cellFor(fw, links, row, col);
    const key = `${r}:${c}`;
    let content: TemplateResult | string = '';
    if (cell.kind === 'link') {
      const qualifiers = cell.links.map((l) => l.qualifier).filter(Boolean);
      // With progress, a link shows how the rated one of its two items stands (the KSB, not the duty).
      const ratedItem = [col.item, row.item].find((i) => i && ctx.ratings.has(i.id)) ?? (col.item?.type === 'duty' ? row.item : col.item);
      const st = ctx.active && ratedItem ? standing(ctx.ratings.get(ratedItem.id), ctx.target) : undefined;
      content = html`<span class="mark" aria-hidden="true">${st ? SYMBOL[st] : '✓'}</span> <span class="visually-hidden"
          >${this.ms.linked}${st ? `: ${this.standingText(st)}` : ''}</span
        >${qualifiers.length
          ? html` <span class="qualifier">${qualifiers.join('; ')}</span>`
          : nothing}`;
    } else if (cell.kind === 'text') {
      const rating = ctx.active && row.item ? ctx.ratings.get(row.item.id) : undefined;
      const chosen = !!rating && col.point !== undefined && rating.value === col.point.value;
      content = html`<span class="descriptor ${chosen ? 'chosen' : ''}"><bdi>${cell.text}</bdi>${cell.generic ? html` <span class="hint">(${this.ms.genericDescriptor})</span>` : nothing}</span>`;
    }
    return html`<td
      part="cell"
      class=${cell.kind}
      data-r=${r}
      data-c=${c}
      tabindex=${tabindex}
      aria-selected=${this.selected === key ? 'true' : 'false'}
      @click=${() => this.select(r, c, row, col)}
      @focus=${() => this.setFocus(r, c)}
    >
      ${content}
    </td>`;
  }

  private renderList(caption: string, rows: AxisEntry[], columns: AxisEntry[], info: { results: Result[]; baseline?: Result }): TemplateResult {
    const fw = this.currentFramework!;
    const links = this.links;
    const ctx = this.ratingContext(info.results, info.baseline);
    const progress = this.progressFor(rows, columns, info.results);
    return html`<div part="list" class="list" role="region" aria-label=${caption}>
      <h3 class="list-caption">${caption}</h3>
      ${rows.map((row) => {
        const cells = columns.map((col) => ({ col, cell: cellFor(fw, links, row, col) })).filter((x) => x.cell.kind !== 'empty');
        const p = progress.get(row.key);
        return html`<section class="card">
          <h4><button type="button" class="link" @click=${() => this.emitSelect(row, undefined)}><bdi>${row.label}</bdi></button></h4>
          ${row.detail ? html`<p><bdi>${row.detail}</bdi></p>` : nothing} ${this.renderRating(rateable(row), ctx)}
          ${ctx.active && p?.linked ? html`<p class="progress-text">${this.ms.metOf(p.met, p.linked)}</p>` : nothing}
          <ul>
            ${cells.map(
              ({ col, cell }) =>
                html`<li>
                  <button type="button" class="link" @click=${() => this.emitSelect(row, col)}><bdi>${col.label}</bdi></button>${cell.kind === 'text'
                    ? html`: <bdi>${cell.text}</bdi>`
                    : html` ${col.detail ? html`<span class="hint"><bdi>${col.detail}</bdi></span>` : nothing}`}
                  ${this.renderRating(rateable(col), ctx)}
                </li>`,
            )}
          </ul>
        </section>`;
      })}
    </div>`;
  }

  private setFocus(r: number, c: number): void {
    if (this.focusRow !== r || this.focusCol !== c) {
      this.focusRow = r;
      this.focusCol = c;
    }
  }

  private onKeydown(e: KeyboardEvent, lastRow: number, lastCol: number): void {
    let r = this.focusRow;
    let c = this.focusCol;
    switch (e.key) {
      case 'ArrowRight': c = Math.min(c + 1, lastCol); break;
      case 'ArrowLeft': c = Math.max(c - 1, 0); break;
      case 'ArrowDown': r = Math.min(r + 1, lastRow); break;
      case 'ArrowUp': r = Math.max(r - 1, 0); break;
      case 'PageDown': r = Math.min(r + 10, lastRow); break;
      case 'PageUp': r = Math.max(r - 10, 0); break;
      case 'Home': c = 0; if (e.ctrlKey) r = 0; break;
      case 'End': c = lastCol; if (e.ctrlKey) r = lastRow; break;
      case 'Enter':
      case ' ': {
        e.preventDefault();
        const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-r]');
        cell?.click();
        return;
      }
      default:
        return;
    }
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

/** The id of an entry's item when it is something people rate (not a duty, domain or area). */
function rateable(entry: AxisEntry): string | undefined {
  return entry.item && !CONTAINER_TYPES.has(entry.item.type) ? entry.item.id : undefined;
}

interface RatingContext {
  active: boolean;
  ratings: Map<string, { value: number | null; time: string; scale: string }>;
  baseline: Map<string, { value: number | null; time: string; scale: string }>;
  target: number;
}
