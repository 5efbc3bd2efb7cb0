/**
 * Role profiles (`ksb-profile/1`): the subset of a framework's items that
 * applies to one job. The STR framework (Appendix E) is the model: "Not all
 * the NOS listed in Appendix D will apply to all STR workers in all
 * circumstances"; a worker in older people's services leaves out HSC347 and
 * HSC348, and only senior workers keep the management NOS.
 *
 * A profile names the framework (id and version), a title, the chosen item
 * ids and, optionally, why items were left out. `applyProfile` turns a
 * framework into one with only the chosen items (and their ancestors, so
 * grouping by domain or area still works); every element accepts a profile
 * and works on that reduced framework.
 *
 * The JSON Schema is `frameworks/profile.schema.json`.
 */
import type { Framework, Item } from './framework.js';
import { childPath, compact, parseJson, Reader, type Validation } from './problems.js';
import { checkFrameworkRef } from './framework-ref.js';

/** The format marker every role profile carries. */
export const PROFILE_FORMAT = 'ksb-profile/1';

/** An item left out of a profile, and why. */
export interface ProfileExclusion {
  /** Id of the framework item left out. */
  item: string;
  /** Why it does not apply to this role, in the author's words. */
  reason: string;
}

/** A role profile: the items of a framework that apply to one job. */
export interface RoleProfile {
  format: typeof PROFILE_FORMAT;
  /** The framework the profile is for: id **and** version. */
  framework: { id: string; version: string };
  /** Name of the role, e.g. "STR worker, older people's services". */
  title: string;
  /** Ids of the items that apply, in the order chosen. */
  items: string[];
  /** Items left out, with the reason, where the author gave one. */
  excluded?: ProfileExclusion[];
}

/** Creates a profile for a framework from a list of item ids. */
export function createProfile(
  framework: Pick<Framework, 'id' | 'version'>,
  title: string,
  items: readonly string[],
  excluded: readonly ProfileExclusion[] = [],
): RoleProfile {
  return compact({
    format: PROFILE_FORMAT,
    framework: { id: framework.id, version: framework.version },
    title,
    items: [...new Set(items)],
    excluded: excluded.length ? excluded.map((e) => ({ item: e.item, reason: e.reason })) : undefined,
  }) as RoleProfile;
}

const PROFILE_KEYS = ['format', 'framework', 'title', 'items', 'excluded'];

/**
 * Validates untrusted profile input (object or JSON text). Never throws.
 * Checks the structure and, given the framework it will be applied to,
 * whether it is for that framework and version (`framework-mismatch`,
 * `version-mismatch`) and names only its items (`unknown-id`), all errors,
 * as `validateResult` does. Duplicate ids and an item both chosen and
 * excluded are warnings (the first mention wins; chosen beats excluded).
 * A profile that chooses no item is valid but warned about.
 */
export function validateProfile(input: unknown, framework?: Pick<Framework, 'id' | 'version' | 'items'>): Validation<RoleProfile> {
  const r = new Reader();
  const data = parseJson(input, r);
  if (r.problems.length) return { problems: r.problems, valid: false };
  const o = r.object(data, '$');
  if (!o) return { problems: r.problems, valid: false };
  r.unknownKeys(o, PROFILE_KEYS, '$');
  if (r.field(o, 'format') !== PROFILE_FORMAT) r.error('$.format', 'format', `"format" must be "${PROFILE_FORMAT}".`);

  let about = { id: '', version: '' };
  const fwRaw = r.field(o, 'framework');
  const fwObj = fwRaw === undefined ? (r.error('$.framework', 'missing', 'Missing "framework" (id and version).'), undefined) : r.object(fwRaw, '$.framework');
  if (fwObj) {
    r.unknownKeys(fwObj, ['id', 'version', 'title'], '$.framework');
    about = { id: r.string(fwObj, 'id', '$.framework', true) ?? '', version: r.string(fwObj, 'version', '$.framework', true) ?? '' };
  }
  const title = r.string(o, 'title', '$', true) ?? '';
  const seen = new Set<string>();
  const itemPaths = new Map<string, string>();
  const items =
    r.array(o, 'items', '$', true, (v, path) => {
      if (typeof v !== 'string' || v.trim() === '') {
        r.error(path, 'type', 'Each item must be a non-empty item id.');
        return undefined;
      }
      if (seen.has(v)) {
        r.warn(path, 'duplicate-id', `Item "${v}" is listed twice; it is kept once.`);
        return undefined;
      }
      seen.add(v);
      itemPaths.set(v, path);
      return v;
    }) ?? [];
  if (items.length === 0 && r.field(o, 'items') !== undefined && Array.isArray(r.field(o, 'items'))) {
    r.warn('$.items', 'empty', 'The profile chooses no item: an element given it shows nothing to rate.');
  }
  const excludedSeen = new Set<string>();
  const excludedPaths = new Map<string, string>();
  const excluded = r.array(o, 'excluded', '$', false, (v, path): ProfileExclusion | undefined => {
    const e = r.object(v, path);
    if (!e) return undefined;
    r.unknownKeys(e, ['item', 'reason'], path);
    const item = r.string(e, 'item', path, true);
    const reason = r.string(e, 'reason', path, true);
    if (item === undefined || reason === undefined) return undefined;
    if (seen.has(item)) {
      r.warn(childPath(path, 'item'), 'conflict', `Item "${item}" is both chosen and excluded; it stays chosen.`);
      return undefined;
    }
    if (excludedSeen.has(item)) {
      r.warn(childPath(path, 'item'), 'duplicate-id', `Item "${item}" is excluded twice; the first reason is kept.`);
      return undefined;
    }
    excludedSeen.add(item);
    excludedPaths.set(item, childPath(path, 'item'));
    return { item, reason };
  });

  if (framework && fwObj && about.id && about.version) {
    checkFrameworkRef(r, 'profile', about, framework);
    const ids = new Set(framework.items.map((i) => i.id));
    for (const [item, path] of itemPaths) if (!ids.has(item)) r.error(path, 'unknown-id', `Item "${item}" is not in this framework.`);
    for (const [item, path] of excludedPaths) if (!ids.has(item)) r.error(path, 'unknown-id', `Excluded item "${item}" is not in this framework.`);
  }
  const valid = !r.problems.some((p) => p.severity === 'error');
  const value = valid
    ? (compact({
        format: PROFILE_FORMAT,
        framework: about,
        title,
        items,
        excluded: excluded && excluded.length ? excluded : undefined,
      }) as RoleProfile)
    : undefined;
  return { value, problems: r.problems, valid };
}

/** Ids of the chosen items and all their ancestors (parents, their parents…). */
function withAncestors(framework: Framework, chosen: ReadonlySet<string>): Set<string> {
  const byId = new Map(framework.items.map((i) => [i.id, i]));
  const kept = new Set<string>();
  for (const id of chosen) {
    let current: Item | undefined = byId.get(id);
    // Bounded walk: a validated framework has no cycles, but never loop forever.
    for (let depth = 0; current && !kept.has(current.id) && depth < byId.size; depth++) {
      kept.add(current.id);
      current = current.parent ? byId.get(current.parent) : undefined;
    }
  }
  return kept;
}

/**
 * Applies a profile to a framework. Pure: returns a new framework (same id,
 * version and title, so results stay comparable) with only
 * - the chosen items and their ancestors (kept so grouping by parent still
 *   works), in framework order;
 * - associations whose both ends are kept;
 * - rubrics of kept items;
 * - lists narrowed to kept items (lists left empty are dropped);
 * - levels with `assesses` narrowed to kept items (levels are all kept);
 * - resources narrowed to kept items (a resource tied only to left-out
 *   items is dropped; one tied to no item is kept).
 * Ids the framework does not have are ignored; validate the profile first
 * (`validateProfile`) to report them.
 */
export function applyProfile(framework: Framework, profile: Pick<RoleProfile, 'items'>): Framework {
  const kept = withAncestors(framework, new Set(profile.items));
  const narrow = (ids: readonly string[]) => ids.filter((id) => kept.has(id));
  const out: Framework = { ...framework, items: framework.items.filter((i) => kept.has(i.id)) };
  if (framework.associations) out.associations = framework.associations.filter((a) => kept.has(a.source) && kept.has(a.target));
  if (framework.rubrics) out.rubrics = framework.rubrics.filter((r) => kept.has(r.item));
  if (framework.lists) out.lists = framework.lists.map((l) => ({ ...l, items: narrow(l.items) })).filter((l) => l.items.length);
  if (framework.levels) out.levels = framework.levels.map((l) => (l.assesses ? { ...l, assesses: narrow(l.assesses) } : l));
  if (framework.resources) {
    out.resources = framework.resources.flatMap((res) => {
      if (!res.items?.length) return [res];
      const items = narrow(res.items);
      return items.length ? [{ ...res, items }] : [];
    });
  }
  return out;
}

/** A starting point for a profile that the framework itself suggests. */
export interface ProfilePreset {
  /** `list:<list id>` or `level:<level id>`. */
  id: string;
  /** Display title, from the framework's own list or level. */
  title: string;
  /**
   * `list`: exactly the items of a list the source gives (in its order);
   * `exclude`: every item except those of a role-profile example list;
   * `level`: the items that apply at one of the framework's levels.
   */
  kind: 'list' | 'exclude' | 'level';
  description?: string;
  /** The chosen item ids (of every type; a builder keeps those it offers). */
  items: string[];
  /** For `exclude` presets: the items left out, with the source's reason. */
  excluded?: ProfileExclusion[];
}

/** Lists whose id starts with this name items a role profile may leave out (STR Appendix E, 2.2). */
export const EXCLUSION_LIST_PREFIX = 'role-profile-';

/**
 * The presets a framework offers for building a profile:
 * - each of `framework.lists`, in order: a list whose id starts with
 *   `role-profile-` is one of the source's examples of items used
 *   selectively, so its preset keeps every other item and records the list's
 *   description as the reason for leaving its items out; any other list
 *   (e.g. the STR "18 most important NOS") is the preset itself, in the
 *   list's order;
 * - each level, when the source ties items to levels: the level's
 *   `assesses` list if it has one; else, when some items carry `levels`,
 *   every item tied to that level plus every item tied to no level (items
 *   tied to no level apply at all levels; so the STR Foundation preset leaves
 *   out the senior-only management area and NOS, and Senior keeps them).
 *   Levels that would choose nothing are left out.
 */
export function profilePresets(framework: Framework): ProfilePreset[] {
  const presets: ProfilePreset[] = [];
  const ids = new Set(framework.items.map((i) => i.id));
  for (const list of framework.lists ?? []) {
    const items = list.items.filter((id) => ids.has(id));
    if (!items.length) continue;
    if (list.id.startsWith(EXCLUSION_LIST_PREFIX)) {
      const out = new Set(items);
      const reason = list.description ?? list.title;
      presets.push(
        compact({
          id: `list:${list.id}`,
          title: list.title,
          kind: 'exclude' as const,
          description: list.description,
          items: framework.items.filter((i) => !out.has(i.id)).map((i) => i.id),
          excluded: items.map((item) => ({ item, reason })),
        }),
      );
    } else {
      presets.push(compact({ id: `list:${list.id}`, title: list.title, kind: 'list' as const, description: list.description, items }));
    }
  }
  const tied = framework.items.some((i) => i.levels?.length);
  for (const level of framework.levels ?? []) {
    let items: string[];
    if (level.assesses?.length) items = level.assesses.filter((id) => ids.has(id));
    else if (tied) items = framework.items.filter((i) => !i.levels?.length || i.levels.includes(level.id)).map((i) => i.id);
    else continue;
    if (items.length) presets.push(compact({ id: `level:${level.id}`, title: level.label, kind: 'level' as const, description: level.description, items }));
  }
  return presets;
}

/** A profile from one of the framework's presets (see `profilePresets`). */
export function profileFromPreset(framework: Framework, preset: ProfilePreset, title = preset.title): RoleProfile {
  return createProfile(framework, title, preset.items, preset.excluded ?? []);
}

/** A profile from one of the framework's lists by id (e.g. `most-important-nos`); undefined when it has no such list. */
export function profileFromList(framework: Framework, listId: string, title?: string): RoleProfile | undefined {
  const preset = profilePresets(framework).find((p) => p.id === `list:${listId}`);
  return preset ? profileFromPreset(framework, preset, title) : undefined;
}
