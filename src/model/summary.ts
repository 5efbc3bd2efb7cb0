import type { Framework, Item, Level } from './framework.js';
import type { Result } from './result.js';
import { BUILT_IN_ITEM_TYPES } from './validate-framework.js';

/** Counts of answers over a set of items. */
export interface AnswerCounts {
  /** Items asked about. */
  total: number;
  /** Items given a scale value. */
  rated: number;
  /** Items answered "not sure". */
  unsure: number;
  /** Items rated or answered "not sure". */
  answered: number;
  /** Items with neither. */
  unanswered: number;
}

/** Per-group figures: one category, duty, domain or parent. */
export interface GroupSummary extends AnswerCounts {
  /** Group id: the item type id, or the duty / parent item id. */
  id: string;
  /** Display label of the group. */
  label: string;
  /** Items in the group, in framework order. */
  items: string[];
  /** Mean of the rated values; null when nothing is rated. */
  mean: number | null;
  /** Share of items answered (rated or not sure), 0..1. */
  coverage: number;
}

/** How to group items. */
export type GroupBy = 'type' | 'duty' | 'parent';

/** Value of each answered item: a number, or null for "not sure". */
function valuesById(result: Result | undefined): Map<string, number | null> {
  const map = new Map<string, number | null>();
  for (const r of result?.responses ?? []) {
    if (r.value !== undefined) map.set(r.item, r.value);
  }
  return map;
}

/** Counts rated, not-sure and unanswered items among `itemIds`. */
export function countAnswers(result: Result | undefined, itemIds: readonly string[]): AnswerCounts {
  const values = valuesById(result);
  let rated = 0;
  let unsure = 0;
  for (const id of itemIds) {
    if (!values.has(id)) continue;
    if (values.get(id) === null) unsure++;
    else rated++;
  }
  const answered = rated + unsure;
  return { total: itemIds.length, rated, unsure, answered, unanswered: itemIds.length - answered };
}

/** Mean of the rated values among `itemIds`; null when none is rated. */
export function meanRating(result: Result | undefined, itemIds: readonly string[]): number | null {
  const values = valuesById(result);
  let sum = 0;
  let n = 0;
  for (const id of itemIds) {
    const v = values.get(id);
    if (typeof v === 'number') {
      sum += v;
      n++;
    }
  }
  return n ? sum / n : null;
}

/** Display label of an item type, from the framework's declaration or the built-ins. */
export function typeLabel(framework: Framework, type: string, plural = true): string {
  const t = framework.itemTypes?.find((x) => x.id === type) ?? BUILT_IN_ITEM_TYPES.find((x) => x.id === type);
  if (!t) return type;
  return plural ? (t.plural ?? t.label) : t.label;
}

/** Short display name of an item: its code, else its title, else its statement. */
export function itemName(item: Item): string {
  return item.code ?? item.title ?? item.statement;
}

/**
 * Groups `itemIds` (default: every item) and summarises each group.
 * - `type`: one group per item type, in the order types first appear;
 * - `duty`: one group per duty, holding the items the duty `requires` (an item
 *   may sit in several duties), plus a group of items no duty requires;
 * - `parent`: one group per parent item (domain, sub-area), plus items without one.
 */
export function summariseGroups(
  framework: Framework,
  result: Result | undefined,
  groupBy: GroupBy,
  itemIds: readonly string[] = framework.items.map((i) => i.id),
): GroupSummary[] {
  const wanted = new Set(itemIds);
  const ordered = framework.items.filter((i) => wanted.has(i.id));
  const groups = new Map<string, { label: string; items: string[] }>();
  const add = (id: string, label: string, item: string) => {
    const g = groups.get(id) ?? { label, items: [] };
    g.items.push(item);
    groups.set(id, g);
  };
  const byId = new Map(framework.items.map((i) => [i.id, i]));

  if (groupBy === 'type') {
    for (const item of ordered) add(item.type, typeLabel(framework, item.type), item.id);
  } else if (groupBy === 'duty') {
    const duties = framework.items.filter((i) => i.type === 'duty');
    const inDuty = new Set<string>();
    for (const duty of duties) {
      const targets = new Set(
        (framework.associations ?? []).filter((a) => a.type === 'requires' && a.source === duty.id).map((a) => a.target),
      );
      for (const item of ordered) {
        if (targets.has(item.id)) {
          add(duty.id, `${itemName(duty)}: ${duty.statement}`, item.id);
          inDuty.add(item.id);
        }
      }
    }
    for (const item of ordered) if (!inDuty.has(item.id)) add('', 'Not mapped to a duty', item.id);
  } else {
    for (const item of ordered) {
      const parent = item.parent ? byId.get(item.parent) : undefined;
      add(parent?.id ?? '', parent ? (parent.title ?? parent.statement) : 'Other', item.id);
    }
  }

  return [...groups].map(([id, g]) => {
    const counts = countAnswers(result, g.items);
    return {
      id,
      label: g.label,
      items: g.items,
      ...counts,
      mean: meanRating(result, g.items),
      coverage: counts.total ? counts.answered / counts.total : 0,
    };
  });
}

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
