/**
 * The summary of a level self-placement (see `placement.ts` for the rule of
 * the level reached): apart from the scale and items, which the questions
 * need, because the elements need it only on their summaries, which load on
 * demand.
 */
import type { Framework, Item, Level } from './framework.js';
import type { Result } from './result.js';

/** Placement of a group of competencies (a domain, or all of them). */
export interface PlacementGroup {
  /** The parent (domain) id; `''` for competencies with no parent; `overall` for the whole. */
  id: string;
  label: string;
  /** Competency ids in the group, in framework order. */
  items: string[];
  /** Competencies placed at each level: `counts[0]` at the first level, and so on. */
  counts: number[];
  /** Competencies not placed (unanswered or "not sure"). */
  notPlaced: string[];
  /**
   * The level reached (1-based value; see the rule in this module), or 0 when
   * any competency is not placed yet or the group is empty.
   */
  reached: number;
  /** The level reached, or undefined for 0. */
  reachedLevel?: Level;
  /** The next level above the one reached, or undefined at the top. */
  nextLevel?: Level;
  /** Competencies holding the group below the next level, in framework order: placed at the level reached, or not placed. */
  holding: string[];
}

/** The placement summary: per domain and overall. */
export interface PlacementSummary {
  groups: PlacementGroup[];
  overall: PlacementGroup;
}

/** The placed value of each item: a level value 1..n, or 0 for not placed. */
function placedValues(result: Result | undefined, levelCount: number): Map<string, number> {
  const map = new Map<string, number>();
  for (const r of result?.responses ?? []) {
    if (typeof r.value === 'number' && Number.isInteger(r.value) && r.value >= 1 && r.value <= levelCount) map.set(r.item, r.value);
  }
  return map;
}

function summariseGroup(id: string, label: string, items: readonly string[], values: Map<string, number>, levels: readonly Level[]): PlacementGroup {
  const counts = levels.map(() => 0);
  const notPlaced: string[] = [];
  for (const item of items) {
    const v = values.get(item) ?? 0;
    if (v) counts[v - 1]++;
    else notPlaced.push(item);
  }
  const reached = items.length ? Math.min(...items.map((i) => values.get(i) ?? 0)) : 0;
  const nextLevel = items.length && reached < levels.length ? levels[reached] : undefined;
  const holding = nextLevel ? items.filter((i) => (values.get(i) ?? 0) === reached) : [];
  const group: PlacementGroup = { id, label, items: [...items], counts, notPlaced, reached, holding };
  if (reached) group.reachedLevel = levels[reached - 1];
  if (nextLevel) group.nextLevel = nextLevel;
  return group;
}

/**
 * Summarises a placement result: per parent (domain), in framework order,
 * and overall, the level reached and the competencies holding someone below
 * the next level. `items` are the competencies placed (default:
 * `placementItems(framework)`); values are read on the levels scale (1..n).
 */
export function summarisePlacement(framework: Framework, result: Result | undefined, items?: readonly string[]): PlacementSummary {
  const levels = framework.levels ?? [];
  const values = placedValues(result, levels.length);
  const byId = new Map(framework.items.map((i) => [i.id, i]));
  const wanted = new Set(items ?? placementItems(framework).map((i) => i.id));
  const ordered = framework.items.filter((i) => wanted.has(i.id));
  const groups = new Map<string, string[]>();
  for (const item of ordered) {
    const key = item.parent && byId.has(item.parent) ? item.parent : '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(item.id);
  }
  return {
    groups: [...groups].map(([id, ids]) => {
      const parent = byId.get(id);
      return summariseGroup(id, parent ? (parent.title ?? parent.statement) : 'Other', ids, values, levels);
    }),
    overall: summariseGroup(
      'overall',
      '',
      ordered.map((i) => i.id),
      values,
      levels,
    ),
  };
}

/** Items that carry at least one descriptor for a level of the framework (the competencies one can place). */
export function placementItems(framework: Framework): Item[] {
  const levels = new Set((framework.levels ?? []).map((l) => l.id));
  return framework.items.filter((i) => i.descriptors?.some((d) => levels.has(d.level)));
}
