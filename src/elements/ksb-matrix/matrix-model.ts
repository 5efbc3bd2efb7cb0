import { textKey } from '../../model/text-key.js';
import type { Association, Framework, Item, Level, ScalePoint } from '../../model/framework.js';
import { findScale } from '../../model/scales.js';
import { itemName, typeLabel } from '../../model/summary.js';

/**
 * What one axis of a matrix shows: items of some types, the framework's
 * levels, or the points of a rating scale (for rubric descriptors).
 */
export type AxisSpec = { kind: 'items'; types: string[] } | { kind: 'levels' } | { kind: 'scale'; scale: string };

/** Parses an axis attribute: `levels`, `scale` / `scale:dreyfus`, or item type ids. */
export function parseAxis(text: string, framework: Framework): AxisSpec {
  const tokens = text.split(/[\s,]+/).filter(Boolean);
  if (tokens.length === 1 && tokens[0] === 'levels') return { kind: 'levels' };
  if (tokens.length === 1 && /^scale(:|$)/.test(tokens[0])) {
    const id = tokens[0].split(':')[1] || framework.rubrics?.[0]?.scale || framework.defaultScale || 'dreyfus';
    return { kind: 'scale', scale: id };
  }
  return { kind: 'items', types: tokens };
}

/** One row or column. */
export interface AxisEntry {
  /** Item, level or scale-point key. */
  key: string;
  /** Short heading: an item's code, a level's label, a scale point's label. */
  label: string;
  /** Longer text: the item's statement, or the level / point description. */
  detail?: string;
  item?: Item;
  level?: Level;
  point?: ScalePoint;
  /** Heading of the group the entry belongs to (the item's parent). */
  group?: string;
  /** Type id for items, `level` or `scale-point` otherwise (used by the type toggles). */
  type: string;
}

/** The content of one cell. */
export type Cell =
  | { kind: 'empty' }
  /** The two items are linked; `links` lists the association(s), with qualifiers. */
  | { kind: 'link'; links: Association[] }
  /** Descriptor text (an item at a level, or a rubric line at a scale point). */
  | { kind: 'text'; text: string; generic?: boolean };

/** Entries of an axis, in framework order. */
export function axisEntries(framework: Framework, spec: AxisSpec): AxisEntry[] {
  if (spec.kind === 'levels') {
    return (framework.levels ?? []).map((level) => ({ key: level.id, label: level.label, detail: level.competencyLevel, level, type: 'level' }));
  }
  if (spec.kind === 'scale') {
    const scale = findScale(spec.scale, framework);
    return (scale?.points ?? []).map((point) => ({
      key: String(point.value),
      label: `${point.value} ${point.label}`,
      detail: point.description,
      point,
      type: 'scale-point',
    }));
  }
  const types = new Set(spec.types);
  const byId = new Map(framework.items.map((i) => [i.id, i]));
  return framework.items
    .filter((i) => types.has(i.type))
    .map((item) => {
      const parent = item.parent ? byId.get(item.parent) : undefined;
      return {
        key: item.id,
        label: itemName(item),
        detail: item.code || item.title ? item.statement : undefined,
        item,
        group: parent ? `${parent.code ? `${parent.code} ` : ''}${parent.title ?? parent.statement}` : undefined,
        type: item.type,
      };
    });
}

/** The key (`textKey`) of an entry's longer text, for its language: an item's statement, a level's or point's description. */
export function detailKey(entry: AxisEntry, scale?: string): string | undefined {
  if (entry.item) return textKey('item', entry.item.id, 'statement');
  if (entry.point && scale) return textKey('scale', scale, 'point', entry.point.value, 'description');
  return undefined;
}

/** Index of associations by unordered item pair. */
export function linkIndex(framework: Framework): Map<string, Association[]> {
  const index = new Map<string, Association[]>();
  for (const a of framework.associations ?? []) {
    for (const key of [`${a.source}\u0000${a.target}`, `${a.target}\u0000${a.source}`]) {
      const list = index.get(key) ?? [];
      list.push(a);
      index.set(key, list);
    }
  }
  return index;
}

/** Computes the cell where `row` and `column` meet. */
export function cellFor(framework: Framework, links: Map<string, Association[]>, row: AxisEntry, column: AxisEntry): Cell {
  if (row.item && column.item) {
    const found = links.get(`${row.item.id}\u0000${column.item.id}`);
    return found ? { kind: 'link', links: found } : { kind: 'empty' };
  }
  const item = row.item ?? column.item;
  const other = row.item ? column : row;
  if (item && other.level) {
    const d = item.descriptors?.find((x) => x.level === other.level!.id);
    return d ? { kind: 'text', text: d.text } : { kind: 'empty' };
  }
  if (item && other.point) {
    const rubric = framework.rubrics?.find((r) => r.item === item.id);
    const d = rubric?.descriptors.find((x) => x.value === other.point!.value);
    if (d) return { kind: 'text', text: d.text };
    return other.point.description ? { kind: 'text', text: other.point.description, generic: true } : { kind: 'empty' };
  }
  return { kind: 'empty' };
}

/** Item types that group others; they are not rated themselves. */
export const CONTAINER_TYPES: ReadonlySet<string> = new Set(['duty', 'domain', 'area', 'sub-area']);

/** The id of an entry's item when it is something people rate (not a duty, domain or area). */
export function rateable(entry: AxisEntry): string | undefined {
  return entry.item && !CONTAINER_TYPES.has(entry.item.type) ? entry.item.id : undefined;
}

/**
 * Per row with an item: the rated items among its columns that it is linked
 * to (a KSB row's duties are not progress). Their count is the row's total;
 * with results, how many of them are met is its progress.
 */
export function linkedItems(links: Map<string, Association[]>, rows: readonly AxisEntry[], columns: readonly AxisEntry[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const row of rows) {
    if (!row.item) continue;
    const ids: string[] = [];
    for (const col of columns) {
      const id = rateable(col);
      if (id && links.has(`${row.item.id}\u0000${id}`)) ids.push(id);
    }
    out.set(row.key, ids);
  }
  return out;
}

/** Filters entries by a text query (code, title, statement; case- and accent-insensitive) and hidden types. */
export function filterEntries<T extends AxisEntry>(entries: readonly T[], query: string, hiddenTypes: ReadonlySet<string>): T[] {
  const q = fold(query.trim());
  return entries.filter((e) => {
    if (hiddenTypes.has(e.type)) return false;
    if (!q) return true;
    return fold(`${e.label} ${e.item?.title ?? ''} ${e.detail ?? ''}`).includes(q);
  });
}

/** Text folded for matching: case and accents ignored. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Type ids present on an axis, with labels, for the toggles. */
export function axisTypes(framework: Framework, entries: readonly AxisEntry[]): { id: string; label: string }[] {
  const seen: string[] = [];
  for (const e of entries) if (e.item && !seen.includes(e.type)) seen.push(e.type);
  return seen.map((id) => ({ id, label: typeLabel(framework, id) }));
}

/** Each item's `maps-to` links (a NOS's KSF dimensions and ESCs), with the target's code and the link's qualifier. */
export function mapsToIndex(framework: Framework): Map<string, { label: string; qualifier?: string }[]> {
  const byId = new Map(framework.items.map((i) => [i.id, i]));
  const index = new Map<string, { label: string; qualifier?: string }[]>();
  for (const a of framework.associations ?? []) {
    if (a.type !== 'maps-to') continue;
    const list = index.get(a.source) ?? [];
    list.push({ label: byId.get(a.target)?.code ?? a.target, qualifier: a.qualifier });
    index.set(a.source, list);
  }
  return index;
}
