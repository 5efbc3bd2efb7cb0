import type { Framework, Item } from './framework.js';
import type { Problem } from './problems.js';
import { summariseGroups, type GroupBy } from './summary.js';

/** One section of a scan: a category, duty or parent, with its items in framework order. */
export interface ScanSection {
  id: string;
  label: string;
  items: Item[];
}

/** Item types a scan asks about by default. */
export const DEFAULT_CATEGORIES = ['knowledge', 'skill', 'behaviour'];

/** Types that group other items rather than being rated themselves. */
const CONTAINER_TYPES = new Set(['duty', 'domain', 'area', 'sub-area']);

/**
 * The items a scan asks about: `only` (ids) when given, else items of the
 * given categories. With the default categories and a framework that has no
 * knowledge, skills or behaviours (an NHS-style framework), every item that is
 * not a container (duty, domain, area, parent of others) is asked about.
 */
export function scanItems(framework: Framework, categories: readonly string[], only?: readonly string[]): Item[] {
  if (only && only.length) {
    const wanted = new Set(only);
    return framework.items.filter((i) => wanted.has(i.id));
  }
  const types = new Set(categories);
  const chosen = framework.items.filter((i) => types.has(i.type));
  const isDefault = categories.length === DEFAULT_CATEGORIES.length && DEFAULT_CATEGORIES.every((c) => types.has(c));
  if (chosen.length || !isDefault) return chosen;
  const parents = new Set(framework.items.map((i) => i.parent).filter(Boolean));
  return framework.items.filter((i) => !CONTAINER_TYPES.has(i.type) && !parents.has(i.id));
}

/** Ids named by the `items` attribute that the framework does not have: an error, since a scan silently missing an item would mislead. */
export function unknownItemProblems(framework: Framework, only: readonly string[]): Problem[] {
  const known = new Set(framework.items.map((i) => i.id));
  const unknown = only.filter((id) => !known.has(id));
  if (!unknown.length) return [];
  const names = unknown.map((id) => `"${id}"`).join(', ');
  return [{ path: '$', code: 'unknown-id', severity: 'error', message: `The "items" attribute names ${unknown.length === 1 ? 'an item' : 'items'} not in this framework: ${names}.` }];
}

/**
 * The items of a level placement (`scale="levels"`): the scan's items that
 * carry a descriptor for at least one of the framework's levels.
 */
export function placementScanItems(framework: Framework, items: readonly Item[]): Item[] {
  const levels = new Set((framework.levels ?? []).map((l) => l.id));
  return items.filter((i) => i.descriptors?.some((d) => levels.has(d.level)));
}

/** Splits the scan's items into sections. Grouping by duty falls back to category when there are no duties. */
export function scanSections(framework: Framework, items: readonly Item[], groupBy: GroupBy): ScanSection[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const hasDuties = framework.items.some((i) => i.type === 'duty');
  const effective: GroupBy = groupBy === 'duty' && !hasDuties ? 'type' : groupBy;
  return summariseGroups(
    framework,
    undefined,
    effective,
    items.map((i) => i.id),
  ).map((g) => ({ id: g.id || 'other', label: g.label, items: g.items.map((id) => byId.get(id)!) }));
}
