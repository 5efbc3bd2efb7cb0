/**
 * The data side of the `<dreyfus-rater>` summary, with no DOM: the career
 * level the ratings support, the training linked to competencies below
 * target, and the trend of each competency over earlier results. Loaded with
 * the summary (`rater-summary.ts`). Pure functions, tested on their own.
 */
import type { Framework, Level, Resource } from '../../model/framework.js';
import type { Problem } from '../../model/problems.js';
import type { Result } from '../../model/result.js';
import { validateResult } from '../../model/validate-result.js';
import { levelAttained, type LevelAttainment, type LevelStanding } from '../../model/progress.js';
import { levelsAssessing } from './rater-data.js';

const problem = (code: string, message: string): Problem => ({ path: '$', code, message, severity: 'error' });

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
