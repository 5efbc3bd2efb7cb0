/**
 * The data side of `<dreyfus-rater>` the questions need, with no DOM: which
 * items are rated and the descriptor shown for each scale point. The summary's
 * (career level, training, trends over earlier results) is in
 * `rater-progress.ts`, which loads with the summary. Pure functions, tested
 * on their own.
 */
import type { Framework, Item, Level, Rubric, Scale, ScalePoint } from '../../model/framework.js';
import type { Problem } from '../../model/problems.js';
import { DEFAULT_CATEGORIES, scanItems } from '../../model/sections.js';

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
