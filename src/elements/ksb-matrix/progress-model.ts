/**
 * Progress data of `<ksb-matrix>`: reading the results given, each item's
 * latest rating and how it stands against the target. Part of the progress
 * chunk (`matrix-progress.ts`), loaded only when there are results to show.
 */
import type { Framework } from '../../model/framework.js';
import type { Problem } from '../../model/problems.js';
import type { Result } from '../../model/result.js';
import { findScale } from '../../model/scales.js';
import { validateResult } from '../../model/validate-result.js';
import { InvalidJson } from '../../shared/parse-attribute.js';

/** Results that apply to the framework shown, and the problems of those that do not. */
export interface ResultInfo {
  results: Result[];
  /** The baseline: the one given, or the first of a list. */
  baseline?: Result;
  /** Every baseline given (a list holds one per learner, for the cohort view). */
  baselines: Result[];
  problems: Problem[];
  /** Results for another framework or version, left out. */
  ignored: number;
}

/** A rating as the matrix shows it: the latest per item. */
export interface LatestRating {
  value: number | null;
  time: string;
  scale: string;
}

/**
 * Validates the `results` and `baseline` inputs against the framework shown.
 * `shared` are the results of an enclosing `<ksb-framework>` for the same
 * framework, used when `results` is not given.
 */
export function readResults(framework: Framework | undefined, results: unknown, baseline: unknown, shared: readonly unknown[]): ResultInfo {
  const problems: Problem[] = [];
  let ignored = 0;
  const read = (input: unknown, path: string): Result | undefined => {
    const v = validateResult(input instanceof InvalidJson ? input.text : input, framework);
    problems.push(...v.problems.map((p) => ({ ...p, path: p.path.replace(/^\$/, path) })));
    if (!v.value) return undefined;
    if (v.problems.some((p) => p.code === 'framework-mismatch' || p.code === 'version-mismatch')) {
      ignored++;
      return undefined;
    }
    return v.value;
  };
  let raw: readonly unknown[];
  if (results === undefined || results === null) raw = shared;
  else if (Array.isArray(results)) raw = results;
  else if (results instanceof InvalidJson) {
    problems.push(...validateResult(results.text).problems);
    raw = [];
  } else raw = [results];
  const accepted = raw.map((r, i) => read(r, Array.isArray(results) ? `$[${i}]` : '$')).filter((r): r is Result => !!r);
  const baselines =
    baseline === undefined || baseline === null || baseline === ''
      ? []
      : Array.isArray(baseline)
        ? baseline.map((b, i) => read(b, `$baseline[${i}]`)).filter((r): r is Result => !!r)
        : [read(baseline, '$baseline')].filter((r): r is Result => !!r);
  return { results: accepted, baseline: baselines[0], baselines, problems, ignored };
}

/** The latest rating of each item across results (by response time), and the scale it was on. */
export function latestRatings(results: readonly Result[]): Map<string, LatestRating> {
  const latest = new Map<string, LatestRating>();
  for (const result of results) {
    for (const r of result.responses) {
      if (r.value === undefined) continue;
      const seen = latest.get(r.item);
      if (!seen || r.time > seen.time) latest.set(r.item, { value: r.value, time: r.time, scale: r.scale });
    }
  }
  return latest;
}

/** How a rated item stands against the target. */
export type Standing = 'met' | 'below' | 'unsure' | 'unrated';

export function standing(rating: { value: number | null } | undefined, target: number): Standing {
  if (!rating) return 'unrated';
  if (rating.value === null) return 'unsure';
  return rating.value >= target ? 'met' : 'below';
}

/** Default target: the second-highest point of the scale the results use (e.g. "Independently", "Proficient"). */
export function defaultTarget(framework: Framework, results: readonly Result[]): number {
  const scaleId = results[0]?.scale ?? framework.defaultScale ?? 'confidence';
  const points = findScale(scaleId, framework)?.points ?? [];
  return points.length >= 2 ? points[points.length - 2].value : 1;
}
