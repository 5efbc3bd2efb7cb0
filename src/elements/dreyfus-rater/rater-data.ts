/**
 * The data side of `<dreyfus-rater>`, with no DOM: which items are rated, the
 * descriptor shown for each scale point, the career level the ratings
 * support, the training linked to competencies below target, and the trend of
 * each competency over earlier results. Pure functions, tested on their own.
 */
import type { Framework, Item, Level, Resource, Rubric, Scale, ScalePoint } from '../../model/framework.js';
import type { Problem } from '../../model/problems.js';
import { validateResult, type Result } from '../../model/result.js';
import { levelAttained, type LevelAttainment, type LevelStanding } from '../../model/summary.js';
import { DEFAULT_CATEGORIES, scanItems } from '../skills-scan/scan-sections.js';

/**
 * Rating at or above which a competency counts as met for "level attained":
 * 3 (Competent). A library default, since the source framework does not fix
 * one; hosts change it with the `target` attribute.
 */
export const DEFAULT_TARGET = 3;

/** What to rate: explicit ids, the competencies of one career level, or the default. */
export interface RaterSelection {
  /** Item ids to rate (framework order is kept). */
  competencies?: readonly string[];
  /** Id of a career level in `framework.levels`. */
  level?: string;
}

/** The items to rate, the level chosen, and the problems that stop the selection being used. */
export interface RaterItems {
  items: Item[];
  level?: Level;
  problems: Problem[];
}

const problem = (code: string, message: string): Problem => ({ path: '$', code, message, severity: 'error' });

/**
 * The items a rater asks about:
 * - `competencies` given: those items, in framework order (unknown ids are errors);
 * - `level` given: the items that level assesses; a level that assesses
 *   nothing of its own (such as Somerset's Level 3) is rated on everything
 *   assessed up to it;
 * - otherwise: every item with a rubric; a framework without rubrics is rated
 *   on the items its levels assess, else on the items a skills scan would ask
 *   about (KSBs, or the leaf competencies of an NHS-style framework).
 */
export function raterItems(framework: Framework, selection: RaterSelection = {}): RaterItems {
  const byId = new Map(framework.items.map((i) => [i.id, i]));
  const inOrder = (ids: Iterable<string>) => {
    const wanted = new Set(ids);
    return framework.items.filter((i) => wanted.has(i.id));
  };
  const only = selection.competencies ?? [];
  if (only.length) {
    const unknown = only.filter((id) => !byId.has(id));
    if (unknown.length) {
      return {
        items: [],
        problems: [problem('unknown-id', `The "competencies" attribute names ${unknown.length === 1 ? 'an item' : 'items'} not in this framework: ${unknown.map((id) => `"${id}"`).join(', ')}.`)],
      };
    }
    return { items: inOrder(only), problems: [] };
  }
  const levels = framework.levels ?? [];
  if (selection.level) {
    const index = levels.findIndex((l) => l.id === selection.level);
    if (index < 0) {
      const known = levels.map((l) => `"${l.id}"`).join(', ');
      return {
        items: [],
        problems: [problem('unknown-id', `Unknown career level "${selection.level}"${known ? `; this framework's levels are ${known}` : '; this framework has no levels'}.`)],
      };
    }
    const level = levels[index];
    const own = level.assesses ?? [];
    const ids = own.length ? own : levels.slice(0, index + 1).flatMap((l) => l.assesses ?? []);
    return { items: inOrder(ids), level, problems: [] };
  }
  const rubrics = framework.rubrics ?? [];
  if (rubrics.length) return { items: inOrder(rubrics.map((r) => r.item)), problems: [] };
  const assessed = levels.flatMap((l) => l.assesses ?? []);
  if (assessed.length) return { items: inOrder(assessed), problems: [] };
  return { items: scanItems(framework, DEFAULT_CATEGORIES), problems: [] };
}

/** The rubric of an item, if the framework has one. */
export function rubricFor(framework: Framework, itemId: string): Rubric | undefined {
  return framework.rubrics?.find((r) => r.item === itemId);
}

/** One scale point as shown for one competency. */
export interface PointDescriptor {
  point: ScalePoint;
  /** The competency's own descriptor, else the scale's generic one (may be empty). */
  text: string;
  /** Whether `text` is the competency's own (from its rubric). */
  own: boolean;
}

/** Each point of the scale with the competency's own descriptor, or the generic one where the rubric has none. */
export function pointDescriptors(scale: Scale, rubric: Rubric | undefined): PointDescriptor[] {
  return scale.points.map((point) => {
    const own = rubric?.descriptors.find((d) => d.value === point.value)?.text;
    return own ? { point, text: own, own: true } : { point, text: point.description ?? '', own: false };
  });
}

/** The career levels that assess an item: those listing it in `assesses`, else the item's own `levels`. */
export function levelsAssessing(framework: Framework, itemId: string): Level[] {
  const levels = framework.levels ?? [];
  const listing = levels.filter((l) => l.assesses?.includes(itemId));
  if (listing.length) return listing;
  const own = new Set(framework.items.find((i) => i.id === itemId)?.levels ?? []);
  return levels.filter((l) => own.has(l.id));
}

/** A level's standing, with whether ratings can show it at all. */
export interface CareerStanding extends LevelStanding {
  /**
   * False for a level above the last level that assesses anything: it adds
   * no competencies to rate, so ratings alone cannot show it.
   */
  ratable: boolean;
}

/** The career level a set of ratings supports. */
export interface CareerSummary extends Omit<LevelAttainment, 'levels'> {
  levels: CareerStanding[];
}

/**
 * The career level the ratings support, by `levelAttained` (each level needs
 * its own and every lower level's assessed items at or above `target`), with
 * one refinement: levels above the last one that assesses anything cannot be
 * shown by ratings (Somerset's Level 3 lists no assessed competency), so they
 * are never "attained" and never "next". Returns undefined when no level
 * assesses anything: the framework gives no requirements to judge against.
 */
export function careerSummary(framework: Framework, result: Result | undefined, target: number): CareerSummary | undefined {
  const levels = framework.levels ?? [];
  let last = -1;
  levels.forEach((l, i) => {
    if (l.assesses?.length) last = i;
  });
  if (last < 0) return undefined;
  const a = levelAttained(framework, result, target);
  const ratable = new Set(levels.slice(0, last + 1));
  const attained = a.attained && !ratable.has(a.attained) ? levels[last] : a.attained;
  const next = a.next && ratable.has(a.next) ? a.next : undefined;
  return {
    attained,
    next,
    missingForNext: next ? a.missingForNext : [],
    target,
    levels: a.levels.map((s) => ({ ...s, ratable: ratable.has(s.level), met: ratable.has(s.level) && s.met })),
  };
}

/** Training resources for some of the rated items. */
export interface TrainingGroup {
  /** The items (below target) these resources are for, in the order given. */
  items: string[];
  /** The career level the resources belong to, when they were found through it. */
  level?: Level;
  resources: Resource[];
}

/**
 * Training linked to each of `itemIds`: resources linked to the item itself,
 * else the resources of the career level(s) that assess it (Somerset links
 * its training to levels, not to the assessed competencies). Items that share
 * the same resources are grouped, so a level's list is shown once.
 */
export function trainingFor(framework: Framework, itemIds: readonly string[]): TrainingGroup[] {
  const resources = framework.resources ?? [];
  const groups: TrainingGroup[] = [];
  const add = (item: string, found: Resource[], level?: Level) => {
    if (!found.length) return;
    const key = found.map((r) => r.id).join('\n');
    const same = groups.find((g) => g.resources.map((r) => r.id).join('\n') === key);
    if (same) {
      if (!same.items.includes(item)) same.items.push(item);
    } else groups.push({ items: [item], level, resources: found });
  };
  for (const item of itemIds) {
    const direct = resources.filter((r) => r.items?.includes(item));
    if (direct.length) {
      add(item, direct);
      continue;
    }
    for (const level of levelsAssessing(framework, item)) {
      add(
        item,
        resources.filter((r) => r.levels?.includes(level.id)),
        level,
      );
    }
  }
  return groups;
}

/** Earlier results, checked and in date order, with the problems of those that could not be read. */
export interface History {
  results: Result[];
  problems: Problem[];
}

/** The date a result stands for: when it was submitted, else last changed. */
export function resultDate(result: Result): string {
  return result.submitted ?? result.updated;
}

/**
 * Reads earlier results (an array of `ksb-result/1`, as objects or JSON
 * text). Results for another version of the framework are kept (their shared
 * items still show a trend); results for another framework or that are not
 * results at all are left out and reported, each problem with its path.
 */
export function readHistory(input: unknown, framework: Pick<Framework, 'id' | 'version' | 'items'>): History {
  if (input === undefined || input === null || input === '') return { results: [], problems: [] };
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      return { results: [], problems: [problem('json', `The "history" attribute is not valid JSON: ${(e as Error).message}`)] };
    }
  }
  if (!Array.isArray(data)) return { results: [], problems: [problem('type', 'The "history" must be an array of earlier results.')] };
  const results: Result[] = [];
  const problems: Problem[] = [];
  data.forEach((entry, i) => {
    const v = validateResult(entry, framework);
    const errors = v.problems.filter((p) => p.severity === 'error' && p.code !== 'version-mismatch' && p.code !== 'unknown-id');
    problems.push(...errors.map((p) => ({ ...p, path: `$[${i}]${p.path.slice(1)}` })));
    if (v.value && !errors.length) results.push(v.value);
  });
  results.sort((a, b) => Date.parse(resultDate(a)) - Date.parse(resultDate(b)));
  return { results, problems };
}

/** One rating of a competency over time. */
export interface TrendPoint {
  /** ISO date of the result. */
  date: string;
  rater?: string;
  value: number;
  /** True for the rating being given now. */
  current: boolean;
}

/** A competency's ratings over the earlier results and the current one, oldest first. */
export function trendFor(history: readonly Result[], current: Result | undefined, itemId: string): TrendPoint[] {
  const points: TrendPoint[] = [];
  const push = (r: Result, isCurrent: boolean) => {
    const v = r.responses.find((x) => x.item === itemId)?.value;
    if (typeof v === 'number') points.push({ date: resultDate(r), rater: r.rater, value: v, current: isCurrent });
  };
  for (const r of history) push(r, false);
  if (current) push(current, true);
  return points;
}

/**
 * A resource address fit for a link: absolute `http:` or `https:` only.
 * Anything else (`javascript:`, `data:`, relative text) gives undefined, and
 * the resource is shown as text without a link.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
