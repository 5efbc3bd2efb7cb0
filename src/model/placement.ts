/**
 * Level self-placement: for frameworks whose items carry a descriptor per
 * career level (the AHP support worker framework: Entry, Intermediate,
 * Assistant Practitioner), the learner or supervisor picks, per competency,
 * the level whose descriptor fits best. The answers are stored in an ordinary
 * result on the `levels` scale: value 1 is the first level of
 * `framework.levels`, 2 the second, and so on.
 *
 * **The rule for the level reached.** In a group (a domain) and overall, the
 * level reached is the highest level such that every competency of the group
 * is placed at or above it, i.e. the lowest placement in the group. A
 * competency not placed (unanswered or "not sure") counts as below the first
 * level, so a group with any competency not placed has reached no level yet.
 * The competencies that hold someone below the next level are those placed
 * at the level reached (or not placed at all): raising each of them is what
 * moving up needs. At the top level nothing holds anyone back.
 */
import type { Framework, Item, Level, Scale } from './framework.js';
import type { Result } from './result.js';

/** Id of the scale made of a framework's levels (`<skills-scan scale="levels">`). */
export const LEVELS_SCALE_ID = 'levels';

/**
 * The scale made of a framework's levels: values 1..n in level order, labels
 * the level labels, descriptions the levels' own. Undefined when the
 * framework has no levels.
 */
export function levelScale(framework: Pick<Framework, 'levels' | 'title'>): Scale | undefined {
  const levels = framework.levels ?? [];
  if (!levels.length) return undefined;
  return {
    id: LEVELS_SCALE_ID,
    title: `Levels of ${framework.title}`,
    points: levels.map((l, i) => (l.description ? { value: i + 1, label: l.label, description: l.description } : { value: i + 1, label: l.label })),
  };
}

/** The item's own descriptor at a level, if the source gives one. */
export function levelDescriptor(item: Item, levelId: string): string | undefined {
  return item.descriptors?.find((d) => d.level === levelId)?.text;
}

/** Items that carry at least one descriptor for a level of the framework (the competencies one can place). */
export function placementItems(framework: Framework): Item[] {
  const levels = new Set((framework.levels ?? []).map((l) => l.id));
  return framework.items.filter((i) => i.descriptors?.some((d) => levels.has(d.level)));
}

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
