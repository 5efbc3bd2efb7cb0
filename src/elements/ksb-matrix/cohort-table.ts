/**
 * The cohort view of `<ksb-matrix rows="results">`: a provider's learners as
 * rows, items, duties or sections as columns, each cell a learner's latest
 * rating (symbol and words) or items met, with a Total per learner and per
 * column, sortable headers (`aria-sort`) and the change since each learner's
 * baseline. The same keyboard grid and windowing as the matrix's table; a
 * chunk of its own, loaded only for `rows="results"`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Association, Framework } from '../../model/framework.js';
import type { Result } from '../../model/result.js';
import { Memo } from '../../shared/memo.js';
import { SYMBOL, barStyle, signedChange, type MatrixProgress } from './matrix-progress.js';
import type { MatrixStrings } from './matrix-strings.js';
import { gapCell, gapRow, gridFrame, type GridView } from './matrix-table.js';
import { csvText } from './matrix-csv.js';
import { filterEntries } from './matrix-model.js';
import {
  cohortCell,
  cohortColumns,
  cohortLearners,
  cohortTotals,
  filterLearners,
  learnerTotal,
  sortLearners,
  totalMembers,
  type CohortCell,
  type CohortColumn,
  type CohortShow,
  type CohortSort,
  type Learner,
} from './cohort-model.js';

export * from './cohort-model.js';

/** What the cohort table shows; the slots, focus and handlers as for the matrix's table. */
export interface CohortView extends GridView {
  strings: MatrixStrings;
  progress: MatrixProgress;
  /** Learners shown (filtered and sorted) and the columns. */
  learners: Learner[];
  columns: CohortColumn[];
  /** The rated items a learner's Total counts. */
  members: string[];
  /** Learners met per column, over every learner shown. */
  columnTotals: { met: number; of: number }[];
  /** Learners who meet every item the columns stand for. */
  overall: { met: number; of: number };
  show: CohortShow;
  sort?: CohortSort;
}

/** The element's inputs the cohort view is made from. */
export interface CohortInput {
  framework: Framework;
  links: Map<string, Association[]>;
  /** The `columns` attribute. */
  columns: string;
  results: Result[];
  baselines: Result[];
  /** Undefined when no result applies: the cohort is then empty. */
  progress?: MatrixProgress;
  strings: MatrixStrings;
  hiddenTypes: ReadonlySet<string>;
  filter: string;
  sort?: CohortSort;
  show: CohortShow;
}

/** What the element renders and exports of the cohort. */
export interface CohortData {
  /** Every column (for the type toggles) and those shown. */
  allColumns: CohortColumn[];
  columns: CohortColumn[];
  /** Every learner, and those shown (filtered and sorted). */
  all: Learner[];
  learners: Learner[];
  members: string[];
  totals: ReturnType<typeof cohortTotals>;
  /** What the cells show: the change only when there are baselines to compare. */
  show: CohortShow;
  hasBaselines: boolean;
}

const EMPTY_COHORT: CohortData = { allColumns: [], columns: [], all: [], learners: [], members: [], totals: { columns: [], overall: { met: 0, of: 0 } }, show: 'latest', hasBaselines: false };

/** What a click on the cohort table does: a heading sorts, a learner's cell or row heading selects their items. */
export type CohortClick =
  | { sort: CohortSort }
  | { select: { items: string[]; subject?: string } };

/**
 * The outcome of a click on cell (r, c) of the cohort table (row 0: the
 * headings; column 0: the learners): a heading sorts (again: the other way;
 * names from A, figures from the highest), a learner's cell or row heading
 * selects the items it stands for; the Total column and row do nothing.
 */
export function cohortClick(cohort: CohortData, sort: CohortSort | undefined, r: number, c: number): CohortClick | undefined {
  if (r === 0) return { sort: { column: c, descending: sort?.column === c ? !sort.descending : c !== 0 } };
  const learner = cohort.learners[r - 1];
  if (!learner || c > cohort.columns.length) return undefined;
  const items = c === 0 ? cohort.members : cohort.columns[c - 1].members;
  return { select: { items, ...(learner.subject !== undefined ? { subject: learner.subject } : {}) } };
}

/**
 * The cohort derived from the element's inputs, each part recomputed only
 * when what it depends on changes: a windowed grid renders again at every
 * scroll, and sorting 500 learners should not regroup their results.
 */
export class Cohort {
  private readonly memo = new Memo();

  data(input: CohortInput): CohortData {
    const { framework: fw, progress, strings: ms } = input;
    if (!progress) return EMPTY_COHORT;
    const m = this.memo;
    const target = progress.targetValue;
    const all = m.get('learners', [input.results, input.baselines, ms], () => cohortLearners(input.results, input.baselines, ms.unnamedLearner));
    const allColumns = m.get('columns', [fw, input.columns, input.links], () => cohortColumns(fw, input.columns, input.links));
    const columns = m.get('shown-columns', [allColumns, input.hiddenTypes], () => filterEntries(allColumns, '', input.hiddenTypes));
    const hasBaselines = all.some((l) => l.baseline);
    const show: CohortShow = hasBaselines ? input.show : 'latest';
    const filtered = m.get('filtered', [all, input.filter], () => filterLearners(all, input.filter));
    const learners = m.get('sorted', [filtered, columns, input.sort, target, show], () => sortLearners(filtered, columns, input.sort, target, show));
    const members = m.get('members', [columns], () => totalMembers(columns));
    const totals = m.get('totals', [filtered, columns, target], () => cohortTotals(filtered, columns, target));
    return { allColumns, columns, all, learners, members, totals, show, hasBaselines };
  }
}

/** Styles of the cohort view, added with its chunk. */
export const cohortStyles = css`
  .sort-mark {
    display: inline-block;
    min-width: 1em;
    color: var(--_muted);
  }
  th[aria-sort] .sort-mark {
    color: var(--_text);
  }
  th[part='column-header'].sortable,
  th.learner-header {
    cursor: pointer;
  }
  .cohort td[part='cell'] {
    white-space: nowrap;
  }
  .cohort .rating-label {
    white-space: normal;
  }
  .change.up {
    color: var(--_met);
  }
`;

/** What a cell says, in words: the rating's label or items met, or the change since the baseline. */
export function cellWords(cell: CohortCell, column: CohortColumn, show: CohortShow, progress: MatrixProgress, ms: MatrixStrings): string {
  if (show === 'change') return cell.change === undefined ? ms.noBaseline : ms.change(signedChange(cell.change));
  if (!column.single) return ms.metOf(cell.met, cell.of);
  if (cell.standing === 'unrated') return ms.legendUnrated;
  if (cell.standing === 'unsure') return ms.legendUnsure;
  return progress.ratingLabel(cell.rating as { value: number; scale: string });
}

function renderCell(v: CohortView, learner: Learner, column: CohortColumn, r: number, c: number, tabindex: number): TemplateResult {
  const { strings: ms, progress, show } = v;
  const cell = cohortCell(learner, column, progress.targetValue);
  const words = cellWords(cell, column, show, progress, ms);
  let content: TemplateResult;
  if (show === 'change') {
    const dir = cell.change === undefined ? '' : cell.change > 0 ? 'up' : cell.change < 0 ? 'down' : 'same';
    content = html`<span class="change ${dir}" aria-hidden="true">${cell.change === undefined ? '–' : signedChange(cell.change)}</span><span class="visually-hidden">${words}</span>`;
  } else if (column.single) {
    // The standing in words too, as the symbol is hidden from screen readers.
    const standing = cell.standing === 'met' ? `, ${ms.standingMet}` : cell.standing === 'below' ? `, ${ms.belowTarget}` : '';
    content = html`<span class="rating compact ${cell.standing}"
      ><span class="symbol" aria-hidden="true">${SYMBOL[cell.standing]}</span> <span class="rating-label">${words}</span
      ><span class="visually-hidden">${standing}</span></span
    >`;
  } else {
    content = html`<span class="rating compact ${cell.standing}"
      ><span class="symbol" aria-hidden="true">${SYMBOL[cell.standing]}</span> <span aria-hidden="true">${cell.met}/${cell.of}</span
      ><span class="visually-hidden">${words}</span></span
    >`;
  }
  return html`<td part="cell" aria-colindex=${c + 1} data-r=${r} data-c=${c} tabindex=${tabindex} aria-selected=${v.selected === `${r}:${c}` ? 'true' : 'false'}>${content}</td>`;
}

/** A header's `aria-sort` and its visible mark. */
function sorted(v: CohortView, c: number): { aria: 'ascending' | 'descending' | undefined; mark: string } {
  if (v.sort?.column !== c) return { aria: undefined, mark: '↕' };
  return v.sort.descending ? { aria: 'descending', mark: '▼' } : { aria: 'ascending', mark: '▲' };
}

export function renderCohortTable(v: CohortView): TemplateResult {
  const { learners, columns, strings: ms, progress } = v;
  const lastRow = learners.length + 1;
  const lastCol = columns.length + 1;
  const [fr, fc] = v.focus;
  const tab = (r: number, c: number) => (r === fr && c === fc ? 0 : -1);
  const w = v.windowed;
  const columnGap = (n: number, header = false) => gapCell(n, header, w);
  const header = (c: number, label: TemplateResult | string, extra: { part?: string; className?: string; title?: string } = {}) => {
    const s = sorted(v, c);
    return html`<th
      part=${extra.part ?? nothing}
      class=${extra.className ?? 'sortable'}
      scope="col"
      aria-colindex=${c + 1}
      aria-sort=${s.aria ?? nothing}
      data-r="0"
      data-c=${c}
      tabindex=${tab(0, c)}
      title=${extra.title ?? nothing}
    >
      ${label} <span class="sort-mark" aria-hidden="true">${s.mark}</span>
    </th>`;
  };
  const totals = v.columnTotals;
  return gridFrame(
    v,
    { className: 'cohort', rowCount: learners.length + 2, colCount: lastCol + 1, describedBy: 'sort-hint' },
    html`<thead>
        <tr aria-rowindex="1">
          ${header(0, ms.learner, { className: 'corner learner-header' })}
          ${v.each(v.columnSlots, (slot) => {
            if (typeof slot !== 'number') return columnGap(slot.gap, true);
            const col = columns[slot];
            return header(slot + 1, html`<bdi class="col-label">${col.label}</bdi>`, { part: 'column-header', title: col.detail });
          })}
          ${header(lastCol, ms.total)}
        </tr>
      </thead>
      <tbody>
        ${v.each(v.rowSlots, (slot) => {
          if (typeof slot !== 'number') return gapRow(slot.gap, v.columnSlots.length, w);
          const learner = learners[slot];
          const r = slot + 1;
          const total = learnerTotal(learner, v.members, progress.targetValue);
          return html`<tr aria-rowindex=${slot + 2} data-subject=${learner.subject ?? nothing}>
            <th part="row-header" scope="row" aria-colindex="1" data-r=${r} data-c="0" tabindex=${tab(r, 0)} aria-selected=${v.selected === `${r}:0` ? 'true' : 'false'}>
              <bdi class="row-label">${learner.label}</bdi>
            </th>
            ${v.each(v.columnSlots, (cs) => (typeof cs === 'number' ? renderCell(v, learner, columns[cs], r, cs + 1, tab(r, cs + 1)) : columnGap(cs.gap)))}
            <td aria-colindex=${lastCol + 1} data-r=${r} data-c=${lastCol} tabindex=${tab(r, lastCol)} class="total">
              <span class="progress-text">${ms.metOf(total.met, total.of)}</span>
              <span class="bar" aria-hidden="true"><span .style=${barStyle(total.met, total.of || 1)}></span></span>
              ${total.change !== undefined ? html`<span class="change">${ms.sinceBaseline(total.change)}</span>` : nothing}
            </td>
          </tr>`;
        })}
      </tbody>
      <tfoot>
        <tr aria-rowindex=${learners.length + 2}>
          <th scope="row" aria-colindex="1" data-r=${lastRow} data-c="0" tabindex=${tab(lastRow, 0)}>${ms.total}</th>
          ${v.each(v.columnSlots, (cs) =>
            typeof cs === 'number'
              ? html`<td aria-colindex=${cs + 2} data-r=${lastRow} data-c=${cs + 1} tabindex=${tab(lastRow, cs + 1)}>${ms.learnersMet(totals[cs].met, totals[cs].of)}</td>`
              : columnGap(cs.gap),
          )}
          <td aria-colindex=${lastCol + 1} data-r=${lastRow} data-c=${lastCol} tabindex=${tab(lastRow, lastCol)}>${ms.learnersMet(v.overall.met, v.overall.of)}</td>
        </tr>
      </tfoot>`,
  );
}

/** The cohort as CSV: a header row (Learner, the columns, Total), then one row per learner shown, cells in words. */
export function cohortCsv(v: Pick<CohortView, 'learners' | 'columns' | 'members' | 'show' | 'progress' | 'strings'>): string {
  const { strings: ms, progress, show } = v;
  const target = progress.targetValue;
  const lines: string[][] = [[ms.learner, ...v.columns.map((c) => c.label), ms.total]];
  for (const learner of v.learners) {
    const total = learnerTotal(learner, v.members, target);
    lines.push([
      learner.label,
      ...v.columns.map((c) => cellWords(cohortCell(learner, c, target), c, show, progress, ms)),
      show === 'change' ? (total.change === undefined ? ms.noBaseline : ms.sinceBaseline(total.change)) : ms.metOf(total.met, total.of),
    ]);
  }
  return csvText(lines);
}
