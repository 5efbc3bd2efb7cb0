/**
 * The cohort view of `<ksb-matrix rows="results">`, as data: one row per
 * learner (the results given, grouped by `subject`), one column per item,
 * duty, domain or section, each cell the learner's latest rating or the
 * share of a group's items met, with totals per learner and per column,
 * change since each learner's baseline, sorting and filtering. Pure
 * functions, so the figures are tested apart from rendering.
 */
import type { Association, Framework, Item } from '../../model/framework.js';
import type { Result } from '../../model/result.js';
import { DEFAULT_CATEGORIES, scanItems, scanSections } from '../../model/sections.js';
import { itemName } from '../../model/summary.js';
import { CONTAINER_TYPES, fold, type AxisEntry } from './matrix-model.js';
import { latestRatings, standing, type LatestRating, type Standing } from './progress-model.js';

/** One learner: every result given about the same `subject`, read as one. */
export interface Learner {
  /** A key that stays with the learner: the subject, or the position of a result that names none. */
  key: string;
  /** The result's `subject` (absent when the result names none). */
  subject?: string;
  /** What the row shows: the subject, or a numbered label for a result that names none. */
  label: string;
  /** The latest rating of each item over the learner's results. */
  ratings: Map<string, LatestRating>;
  /** The same over the learner's baseline results, when any was given. */
  baseline?: Map<string, LatestRating>;
}

/** One column: an item people rate, or a group (a duty, domain or section) of such items. */
export interface CohortColumn extends AxisEntry {
  /** The rated items the column stands for: the item itself, or the group's items. */
  members: string[];
  /** Whether the column is one rated item (a rating per cell) rather than a group (items met per cell). */
  single: boolean;
}

/** A cell: how the learner stands on the column's item or items, and the change since their baseline. */
export interface CohortCell {
  standing: Standing;
  /** The latest rating of a single item (null: "not sure"; undefined: not rated). */
  rating?: LatestRating;
  /** Items met of the column's members (one or none for a single item). */
  met: number;
  of: number;
  /** Change since the learner's baseline: the rating's points for an item, items met for a group; undefined without a baseline to compare. */
  change?: number;
}

/** Groups results by subject into learners, in the order each first appears; baselines are matched by subject. */
export function cohortLearners(results: readonly Result[], baselines: readonly Result[], unnamed: (n: number) => string): Learner[] {
  const groups = new Map<string, { subject?: string; results: Result[] }>();
  let nameless = 0;
  results.forEach((result, i) => {
    const key = result.subject !== undefined ? `s:${result.subject}` : `r:${i}`;
    const group = groups.get(key) ?? { subject: result.subject, results: [] };
    group.results.push(result);
    groups.set(key, group);
  });
  const baselineBySubject = new Map<string, Result[]>();
  for (const b of baselines) {
    if (b.subject === undefined) continue;
    baselineBySubject.set(b.subject, [...(baselineBySubject.get(b.subject) ?? []), b]);
  }
  return [...groups].map(([key, group]) => {
    const base = group.subject !== undefined ? baselineBySubject.get(group.subject) : undefined;
    return {
      key,
      subject: group.subject,
      label: group.subject ?? unnamed(++nameless),
      ratings: latestRatings(group.results),
      ...(base ? { baseline: latestRatings(base) } : {}),
    };
  });
}

/** The rated items a container item stands for: those it is associated with, and those under it. */
function groupMembers(framework: Framework, links: Map<string, Association[]>, group: Item, rated: readonly Item[]): string[] {
  const under = new Set<string>([group.id]);
  // Items nested below the group (a domain's areas and their competencies), at any depth and in any order.
  let grew = true;
  while (grew) {
    grew = false;
    for (const i of framework.items) if (i.parent && under.has(i.parent) && !under.has(i.id)) (under.add(i.id), (grew = true));
  }
  return rated.filter((i) => under.has(i.id) || links.has(`${group.id}\u0000${i.id}`)).map((i) => i.id);
}

/**
 * The columns for the `columns` attribute: `sections` (the scan's sections:
 * Knowledge, Skills, Behaviours), or item type ids: a rated type gives a
 * column per item, a container type (duty, domain, area) a column per group.
 */
export function cohortColumns(framework: Framework, columns: string, links: Map<string, Association[]>): CohortColumn[] {
  const tokens = columns.split(/[\s,]+/).filter(Boolean);
  const rated = scanItems(framework, DEFAULT_CATEGORIES);
  const ratedAll = framework.items.filter((i) => !CONTAINER_TYPES.has(i.type));
  if (tokens.length === 1 && tokens[0] === 'sections') {
    return scanSections(framework, rated, 'type').map((s) => ({ key: `section:${s.id}`, label: s.label, type: 'section', members: s.items.map((i) => i.id), single: false }));
  }
  const types = new Set(tokens);
  return framework.items
    .filter((i) => types.has(i.type))
    .map((item) => {
      const single = !CONTAINER_TYPES.has(item.type);
      return {
        key: item.id,
        label: itemName(item),
        detail: item.statement,
        item,
        type: item.type,
        members: single ? [item.id] : groupMembers(framework, links, item, ratedAll),
        single,
      };
    });
}

/** How a learner stands on a column, against the rating that counts as met. */
export function cohortCell(learner: Learner, column: CohortColumn, target: number): CohortCell {
  const met = countMet(learner.ratings, column.members, target);
  const baseMet = learner.baseline ? countMet(learner.baseline, column.members, target) : undefined;
  if (column.single) {
    const rating = learner.ratings.get(column.key);
    const before = learner.baseline?.get(column.key);
    const change = typeof rating?.value === 'number' && typeof before?.value === 'number' ? rating.value - before.value : undefined;
    return { standing: standing(rating, target), rating, met, of: 1, change };
  }
  const rated = column.members.some((id) => learner.ratings.has(id));
  const groupStanding: Standing = !rated ? 'unrated' : met === column.members.length ? 'met' : 'below';
  return { standing: groupStanding, met, of: column.members.length, change: baseMet === undefined ? undefined : met - baseMet };
}

function countMet(ratings: Map<string, LatestRating>, ids: readonly string[], target: number): number {
  let n = 0;
  for (const id of ids) if (standing(ratings.get(id), target) === 'met') n++;
  return n;
}

/** The distinct rated items of the columns: what a learner's total counts. */
export function totalMembers(columns: readonly CohortColumn[]): string[] {
  return [...new Set(columns.flatMap((c) => c.members))];
}

/** A learner's total: items met of every item the columns stand for, and the change since their baseline. */
export function learnerTotal(learner: Learner, members: readonly string[], target: number): { met: number; of: number; change?: number } {
  const met = countMet(learner.ratings, members, target);
  return { met, of: members.length, change: learner.baseline ? met - countMet(learner.baseline, members, target) : undefined };
}

/** A column's total: how many of the learners meet it (every item of a group). */
export function columnTotal(learners: readonly Learner[], column: CohortColumn, target: number): { met: number; of: number } {
  let met = 0;
  for (const l of learners) if (column.members.length && countMet(l.ratings, column.members, target) === column.members.length) met++;
  return { met, of: learners.length };
}

/** Every column's total, and how many learners meet every item the columns stand for. */
export function cohortTotals(learners: readonly Learner[], columns: readonly CohortColumn[], target: number): { columns: { met: number; of: number }[]; overall: { met: number; of: number } } {
  const members = totalMembers(columns);
  const overall = learners.filter((l) => members.length > 0 && learnerTotal(l, members, target).met === members.length).length;
  return { columns: columns.map((c) => columnTotal(learners, c, target)), overall: { met: overall, of: learners.length } };
}

/** Learners whose label or subject contains the query (case- and accent-insensitive). */
export function filterLearners(learners: readonly Learner[], query: string): Learner[] {
  const q = fold(query.trim());
  return q ? learners.filter((l) => fold(l.label).includes(q)) : [...learners];
}

/** What the view sorts by: the grid column (0 the learners, 1… the columns, then the Total) and the direction. */
export interface CohortSort {
  column: number;
  descending: boolean;
}

/** Whether cells show the latest rating or the change since the baseline. */
export type CohortShow = 'latest' | 'change';

/** A cell's place in a sort: not rated, then not sure, then by value (ratings) or share met (groups). */
function sortValue(cell: CohortCell, single: boolean, show: CohortShow): number {
  if (show === 'change') return cell.change ?? -Infinity;
  if (single) {
    if (!cell.rating) return -2;
    return cell.rating.value === null ? -1 : cell.rating.value;
  }
  return cell.of ? cell.met / cell.of : -1;
}

/** The learners in the order of `sort` (by label when equal), as a new array. */
export function sortLearners(learners: readonly Learner[], columns: readonly CohortColumn[], sort: CohortSort | undefined, target: number, show: CohortShow): Learner[] {
  const byLabel = (a: Learner, b: Learner) => a.label.localeCompare(b.label, undefined, { numeric: true });
  if (!sort) return [...learners];
  const sign = sort.descending ? -1 : 1;
  if (sort.column === 0) return [...learners].sort((a, b) => sign * byLabel(a, b));
  const column = columns[sort.column - 1];
  const members = column ? undefined : totalMembers(columns);
  // Each learner's key once, not once per comparison.
  const keyOf = new Map<Learner, number>();
  for (const l of learners) {
    if (column) keyOf.set(l, sortValue(cohortCell(l, column, target), column.single, show));
    else {
      const t = learnerTotal(l, members!, target);
      keyOf.set(l, show === 'change' ? (t.change ?? -Infinity) : t.met);
    }
  }
  return [...learners].sort((a, b) => sign * (keyOf.get(a)! - keyOf.get(b)!) || byLabel(a, b));
}
