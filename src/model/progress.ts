/**
 * Progress over results: the career level a result supports, the change
 * since a baseline, and the prior-learning estimate. Apart from the summary
 * functions (`summary.ts`) because the elements need these only on their
 * summaries, which load on demand.
 */
import type { Framework, Level } from './framework.js';
import type { Result } from './result.js';
import { valuesById } from './answers.js';
import { meanRating } from './summary.js';

/** One level's standing in {@link levelAttained}. */
export interface LevelStanding {
  level: Level;
  /** Items this level and every level below it assess. */
  required: string[];
  /** Required items not yet rated at or above the target, with their rating. */
  missing: { item: string; value: number | null | undefined }[];
  met: boolean;
}

/** The level a result supports against the framework's level requirements. */
export interface LevelAttainment {
  /** Highest level whose requirements, and those of all levels below, are met. */
  attained?: Level;
  /** The level after `attained`, if any. */
  next?: Level;
  /** What stands between the result and `next`. */
  missingForNext: { item: string; value: number | null | undefined }[];
  /** The target rating used. */
  target: number;
  levels: LevelStanding[];
}

/**
 * Works out the career level a result supports. Levels are taken in order;
 * each level requires every item it `assesses` and every item assessed below
 * it to be rated at or above `target`. Levels that assess nothing are met once
 * the levels below them are (an entry level with induction only), except
 * levels after the last assessing one, which ratings cannot attain.
 */
export function levelAttained(framework: Framework, result: Result | undefined, target: number): LevelAttainment {
  const values = valuesById(result);
  const levels = framework.levels ?? [];
  // Levels after the last one that assesses anything (Somerset's "wider responsibilities")
  // are reached by role, not by ratings: ratings alone never attain them.
  const lastAssessing = levels.reduce((last, l, i) => (l.assesses?.length ? i : last), -1);
  const standings: LevelStanding[] = [];
  const required: string[] = [];
  let stillMet = true;
  let attained: Level | undefined;
  let next: Level | undefined;
  for (const level of levels) {
    for (const id of level.assesses ?? []) if (!required.includes(id)) required.push(id);
    const missing = required
      .filter((id) => {
        const v = values.get(id);
        return typeof v !== 'number' || v < target;
      })
      .map((id) => ({ item: id, value: values.get(id) }));
    const met = missing.length === 0 && levels.indexOf(level) <= Math.max(lastAssessing, 0);
    standings.push({ level, required: [...required], missing, met });
    if (stillMet && met) attained = level;
    else if (stillMet) {
      next = level;
      stillMet = false;
    }
  }
  const nextStanding = standings.find((s) => s.level === next);
  return { attained, next, missingForNext: nextStanding?.missing ?? [], target, levels: standings };
}

/** Change of one item between two results. */
export interface ItemChange {
  item: string;
  before: number | null | undefined;
  after: number | null | undefined;
  /** after − before when both are numbers; otherwise null. */
  change: number | null;
}

/** What changed between a baseline and a later result. */
export interface ResultComparison {
  items: ItemChange[];
  improved: number;
  declined: number;
  unchanged: number;
  /** Items rated now that were not rated in the baseline. */
  newlyRated: number;
  meanBefore: number | null;
  meanAfter: number | null;
  /** meanAfter − meanBefore when both exist. */
  meanChange: number | null;
}

/** Compares a baseline and a later result over `itemIds`. */
export function compareResults(baseline: Result | undefined, latest: Result | undefined, itemIds: readonly string[]): ResultComparison {
  const a = valuesById(baseline);
  const b = valuesById(latest);
  const items: ItemChange[] = itemIds.map((item) => {
    const before = a.get(item);
    const after = b.get(item);
    return { item, before, after, change: typeof before === 'number' && typeof after === 'number' ? after - before : null };
  });
  const meanBefore = meanRating(baseline, itemIds);
  const meanAfter = meanRating(latest, itemIds);
  return {
    items,
    improved: items.filter((c) => c.change !== null && c.change > 0).length,
    declined: items.filter((c) => c.change !== null && c.change < 0).length,
    unchanged: items.filter((c) => c.change === 0).length,
    newlyRated: items.filter((c) => typeof c.after === 'number' && typeof c.before !== 'number').length,
    meanBefore,
    meanAfter,
    meanChange: meanBefore !== null && meanAfter !== null ? meanAfter - meanBefore : null,
  };
}

/** Programme figures a host gives for a prior-learning estimate. */
export interface ProgrammeFigures {
  /** Rating at or above which an item counts as prior learning. */
  threshold: number;
  /** Planned off-the-job training hours before any prior learning. */
  offTheJobHours?: number;
  /** Planned (negotiated) price before any prior learning. */
  price?: number;
}

/** A prior-learning estimate from a skills scan. Always an estimate, for the provider to confirm. */
export interface PriorLearningEstimate {
  /** Always true: this is a self-assessment-based estimate, not an RPL decision. */
  estimate: true;
  /** Items rated at or above the threshold. */
  priorLearning: string[];
  total: number;
  /** priorLearning / total, 0..1. */
  share: number;
  /** Off-the-job hours in proportion to the share (when hours were given). */
  hoursReduction?: number;
  reducedHours?: number;
  /**
   * The least the price must fall: half the prior-learning percentage (2025/26
   * apprenticeship funding rules, rule 35.2), when a price was given.
   */
  minimumPriceReduction?: number;
  maximumPrice?: number;
}

/**
 * Estimates prior learning from a scan: the share of `itemIds` rated at or
 * above the threshold, and, with the programme figures, the proportional
 * reduction of off-the-job hours and the minimum price reduction.
 */
export function priorLearningEstimate(
  result: Result | undefined,
  itemIds: readonly string[],
  figures: ProgrammeFigures,
): PriorLearningEstimate {
  const values = valuesById(result);
  const priorLearning = itemIds.filter((id) => {
    const v = values.get(id);
    return typeof v === 'number' && v >= figures.threshold;
  });
  const share = itemIds.length ? priorLearning.length / itemIds.length : 0;
  const estimate: PriorLearningEstimate = { estimate: true, priorLearning, total: itemIds.length, share };
  if (figures.offTheJobHours !== undefined) {
    estimate.hoursReduction = roundTo(figures.offTheJobHours * share, 1);
    estimate.reducedHours = roundTo(figures.offTheJobHours - estimate.hoursReduction, 1);
  }
  if (figures.price !== undefined) {
    estimate.minimumPriceReduction = roundTo(figures.price * share * 0.5, 2);
    estimate.maximumPrice = roundTo(figures.price - estimate.minimumPriceReduction, 2);
  }
  return estimate;
}

function roundTo(n: number, places: number): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}
