import {
  FRAMEWORK_FORMAT,
  type Association,
  type Framework,
  type FrameworkSource,
  type Item,
  type ItemList,
  type ItemType,
  type Level,
  type LevelDescriptor,
  type Resource,
  type Rubric,
  type RubricDescriptor,
  type Scale,
  type ScalePoint,
} from './framework.js';
import { childPath, compact, parseJson, Reader, type Validation } from './problems.js';
import { BUILT_IN_SCALES } from './scales.js';

/** Item types every framework may use without declaring them. */
export const BUILT_IN_ITEM_TYPES: readonly ItemType[] = [
  { id: 'knowledge', label: 'Knowledge', plural: 'Knowledge' },
  { id: 'skill', label: 'Skill', plural: 'Skills' },
  { id: 'behaviour', label: 'Behaviour', plural: 'Behaviours' },
  { id: 'duty', label: 'Duty', plural: 'Duties' },
  { id: 'domain', label: 'Domain', plural: 'Domains' },
  { id: 'competency', label: 'Competency', plural: 'Competencies' },
  { id: 'area', label: 'Area', plural: 'Areas' },
  { id: 'sub-area', label: 'Sub-area', plural: 'Sub-areas' },
  { id: 'core-task', label: 'Core task', plural: 'Core tasks' },
  { id: 'nos', label: 'National Occupational Standard', plural: 'National Occupational Standards' },
  { id: 'ksf-dimension', label: 'KSF dimension', plural: 'KSF dimensions' },
  { id: 'esc', label: 'Essential Shared Capability', plural: 'Essential Shared Capabilities' },
];

const FRAMEWORK_KEYS = [
  '$schema', 'format', 'id', 'version', 'title', 'reference', 'level', 'language', 'description', 'source', 'notes',
  'itemTypes', 'items', 'associations', 'levels', 'scales', 'defaultScale', 'rubrics', 'resources', 'lists',
] as const;

/**
 * Validates untrusted framework input (an object or JSON text) against the
 * `ksb-framework/1` format. Never throws. Returns the cleaned framework when
 * there are no errors, and every problem found with its JSON path: structure
 * and types, missing and duplicate ids, links to unknown items, descriptors for
 * unknown levels, cycles in the hierarchy, and scale points out of order.
 */
export function validateFramework(input: unknown): Validation<Framework> {
  const r = new Reader();
  const data = parseJson(input, r);
  if (r.problems.length) return { problems: r.problems, valid: false };
  const obj = r.object(data, '$');
  if (!obj) return { problems: r.problems, valid: false };
  r.unknownKeys(obj, FRAMEWORK_KEYS, '$');

  const format = r.field(obj, 'format');
  if (format !== FRAMEWORK_FORMAT) {
    r.error('$.format', format === undefined ? 'missing' : 'format', `"format" must be "${FRAMEWORK_FORMAT}".`);
  }
  const framework = compact({
    format: FRAMEWORK_FORMAT,
    id: r.string(obj, 'id', '$', true) ?? '',
    version: readVersion(r, obj),
    title: r.string(obj, 'title', '$', true) ?? '',
    reference: r.string(obj, 'reference', '$', false),
    level: r.number(obj, 'level', '$', false),
    language: r.string(obj, 'language', '$', false),
    description: r.string(obj, 'description', '$', false),
    source: readSource(r, obj),
    notes: r.strings(obj, 'notes', '$'),
    itemTypes: r.array(obj, 'itemTypes', '$', false, (v, p) => readItemType(r, v, p)),
    items: r.array(obj, 'items', '$', true, (v, p) => readItem(r, v, p)) ?? [],
    associations: r.array(obj, 'associations', '$', false, (v, p) => readAssociation(r, v, p)),
    levels: r.array(obj, 'levels', '$', false, (v, p) => readLevel(r, v, p)),
    scales: r.array(obj, 'scales', '$', false, (v, p) => readScale(r, v, p)),
    defaultScale: r.string(obj, 'defaultScale', '$', false),
    rubrics: r.array(obj, 'rubrics', '$', false, (v, p) => readRubric(r, v, p)),
    resources: r.array(obj, 'resources', '$', false, (v, p) => readResource(r, v, p)),
    lists: r.array(obj, 'lists', '$', false, (v, p) => readList(r, v, p)),
  }) as Framework;

  // Without a list of items every reference would be reported as unknown: noise, not news.
  if (Array.isArray(r.field(obj, 'items'))) checkReferences(r, obj, framework);
  const valid = !r.problems.some((p) => p.severity === 'error');
  return valid ? { value: framework, problems: r.problems, valid } : { problems: r.problems, valid };
}

/** Versions are text; a bare number (a common slip: `"version": 1`) is accepted with a warning. */
function readVersion(r: Reader, obj: Record<string, unknown>): string {
  const raw = r.field(obj, 'version');
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    r.warn('$.version', 'type', `"version" should be text; read ${raw} as "${raw}".`);
    return String(raw);
  }
  return r.string(obj, 'version', '$', true) ?? '';
}

function readSource(r: Reader, obj: Record<string, unknown>): FrameworkSource | undefined {
  const raw = r.field(obj, 'source');
  if (raw === undefined) return undefined;
  const path = '$.source';
  const o = r.object(raw, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['publisher', 'title', 'url', 'licence', 'date'], path);
  return compact({
    publisher: r.string(o, 'publisher', path, false),
    title: r.string(o, 'title', path, false),
    url: r.string(o, 'url', path, false),
    licence: r.string(o, 'licence', path, false),
    date: r.string(o, 'date', path, false),
  });
}

function readItemType(r: Reader, value: unknown, path: string): ItemType | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['id', 'label', 'plural', 'description'], path);
  const id = r.string(o, 'id', path, true);
  const label = r.string(o, 'label', path, true);
  if (id === undefined || label === undefined) return undefined;
  return compact({ id, label, plural: r.string(o, 'plural', path, false), description: r.string(o, 'description', path, false) });
}

const ITEM_KEYS = [
  'id', 'code', 'type', 'title', 'statement', 'description', 'elements', 'notes', 'parent', 'levels', 'descriptors', 'core', 'status',
];

function readItem(r: Reader, value: unknown, path: string): Item | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  r.unknownKeys(o, ITEM_KEYS, path);
  const id = r.string(o, 'id', path, true);
  const type = r.string(o, 'type', path, true);
  const statement = r.string(o, 'statement', path, true);
  const item = compact({
    id: id ?? '',
    code: r.string(o, 'code', path, false),
    type: type ?? '',
    title: r.string(o, 'title', path, false),
    statement: statement ?? '',
    description: r.string(o, 'description', path, false),
    elements: r.strings(o, 'elements', path),
    notes: r.strings(o, 'notes', path),
    parent: r.string(o, 'parent', path, false),
    levels: r.strings(o, 'levels', path),
    descriptors: r.array(o, 'descriptors', path, false, (v, p) => readLevelDescriptor(r, v, p)),
    core: r.boolean(o, 'core', path),
    status: r.string(o, 'status', path, false),
  });
  // Keep items whose id is missing out of the cleaned list: nothing could refer to them.
  return id === undefined ? undefined : item;
}

function readLevelDescriptor(r: Reader, value: unknown, path: string): LevelDescriptor | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['level', 'text'], path);
  const level = r.string(o, 'level', path, true);
  const text = r.string(o, 'text', path, true);
  return level === undefined || text === undefined ? undefined : { level, text };
}

function readAssociation(r: Reader, value: unknown, path: string): Association | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['type', 'source', 'target', 'qualifier', 'note'], path);
  const type = r.string(o, 'type', path, true);
  const source = r.string(o, 'source', path, true);
  const target = r.string(o, 'target', path, true);
  if (type === undefined || source === undefined || target === undefined) return undefined;
  return compact({ type, source, target, qualifier: r.string(o, 'qualifier', path, false), note: r.string(o, 'note', path, false) });
}

function readLevel(r: Reader, value: unknown, path: string): Level | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['id', 'label', 'code', 'description', 'competencyLevel', 'payBand', 'pay', 'assesses', 'notes'], path);
  const id = r.string(o, 'id', path, true);
  const label = r.string(o, 'label', path, true);
  if (id === undefined || label === undefined) return undefined;
  return compact({
    id,
    label,
    code: r.string(o, 'code', path, false),
    description: r.string(o, 'description', path, false),
    competencyLevel: r.string(o, 'competencyLevel', path, false),
    payBand: r.string(o, 'payBand', path, false),
    pay: r.string(o, 'pay', path, false),
    assesses: r.strings(o, 'assesses', path),
    notes: r.strings(o, 'notes', path),
  });
}

/** Reads a scale definition; used for framework scales and for a scale given to an element. */
export function readScale(r: Reader, value: unknown, path: string): Scale | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['id', 'title', 'description', 'points'], path);
  const id = r.string(o, 'id', path, true);
  const title = r.string(o, 'title', path, true);
  const points = r.array(o, 'points', path, true, (v, p) => readPoint(r, v, p)) ?? [];
  const rawPoints = r.field(o, 'points');
  if (Array.isArray(rawPoints) && rawPoints.length < 2) r.error(childPath(path, 'points'), 'too-few', 'A scale needs at least two points.');
  for (let i = 1; i < points.length; i++) {
    if (points[i].value <= points[i - 1].value) {
      r.error(
        childPath(childPath(path, 'points'), i),
        'order',
        `Scale points must be in ascending order of value: ${points[i].value} follows ${points[i - 1].value}.`,
      );
    }
  }
  if (id === undefined || title === undefined) return undefined;
  return compact({ id, title, description: r.string(o, 'description', path, false), points });
}

function readPoint(r: Reader, value: unknown, path: string): ScalePoint | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['value', 'label', 'description'], path);
  const v = r.number(o, 'value', path, true);
  const label = r.string(o, 'label', path, true);
  if (v === undefined || label === undefined) return undefined;
  return compact({ value: v, label, description: r.string(o, 'description', path, false) });
}

function readRubric(r: Reader, value: unknown, path: string): Rubric | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['item', 'scale', 'keyFeatures', 'interaction', 'descriptors'], path);
  const item = r.string(o, 'item', path, true);
  const scale = r.string(o, 'scale', path, true);
  const descriptors =
    r.array(o, 'descriptors', path, true, (v, p): RubricDescriptor | undefined => {
      const d = r.object(v, p);
      if (!d) return undefined;
      r.unknownKeys(d, ['value', 'text'], p);
      const dv = r.number(d, 'value', p, true);
      const text = r.string(d, 'text', p, true);
      return dv === undefined || text === undefined ? undefined : { value: dv, text };
    }) ?? [];
  if (item === undefined || scale === undefined) return undefined;
  return compact({
    item,
    scale,
    keyFeatures: r.string(o, 'keyFeatures', path, false),
    interaction: r.string(o, 'interaction', path, false),
    descriptors,
  });
}

function readResource(r: Reader, value: unknown, path: string): Resource | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['id', 'title', 'url', 'provider', 'description', 'items', 'levels'], path);
  const id = r.string(o, 'id', path, true);
  const title = r.string(o, 'title', path, true);
  if (id === undefined || title === undefined) return undefined;
  return compact({
    id,
    title,
    url: r.string(o, 'url', path, false),
    provider: r.string(o, 'provider', path, false),
    description: r.string(o, 'description', path, false),
    items: r.strings(o, 'items', path),
    levels: r.strings(o, 'levels', path),
  });
}

function readList(r: Reader, value: unknown, path: string): ItemList | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['id', 'title', 'description', 'items'], path);
  const id = r.string(o, 'id', path, true);
  const title = r.string(o, 'title', path, true);
  const items = r.strings(o, 'items', path);
  if (items === undefined) r.error(childPath(path, 'items'), 'missing', 'Missing required list "items".');
  if (id === undefined || title === undefined) return undefined;
  return compact({ id, title, description: r.string(o, 'description', path, false), items: items ?? [] });
}

/**
 * Checks that every id is unique and every reference resolves. Paths are
 * computed from the raw input's positions, so they point at what the author wrote.
 */
function checkReferences(r: Reader, raw: Record<string, unknown>, fw: Framework): void {
  const rawList = (key: string): unknown[] => {
    const v = r.field(raw, key);
    return Array.isArray(v) ? v : [];
  };
  const idOf = (entry: unknown, key = 'id'): unknown =>
    entry && typeof entry === 'object' && Object.prototype.hasOwnProperty.call(entry, key) ? (entry as Record<string, unknown>)[key] : undefined;

  const uniqueIds = (key: string, what: string): Set<string> => {
    const seen = new Map<string, number>();
    rawList(key).forEach((entry, i) => {
      const id = idOf(entry);
      if (typeof id !== 'string') return;
      if (seen.has(id)) {
        r.error(`$.${key}[${i}].id`, 'duplicate-id', `Duplicate ${what} id "${id}" (first used at $.${key}[${seen.get(id)}]).`);
      } else seen.set(id, i);
    });
    return new Set(seen.keys());
  };
  const itemIds = uniqueIds('items', 'item');
  const levelIds = uniqueIds('levels', 'level');
  const scaleIds = uniqueIds('scales', 'scale');
  uniqueIds('resources', 'resource');
  uniqueIds('lists', 'list');
  uniqueIds('itemTypes', 'item type');
  for (const s of BUILT_IN_SCALES) scaleIds.add(s.id);

  const expect = (ids: Set<string>, value: unknown, path: string, what: string) => {
    if (typeof value === 'string' && !ids.has(value)) r.error(path, 'unknown-id', `Refers to unknown ${what} "${value}".`);
  };
  const expectAll = (ids: Set<string>, list: unknown, path: string, what: string) => {
    if (Array.isArray(list)) list.forEach((v, i) => expect(ids, v, `${path}[${i}]`, what));
  };

  const typeIds = new Set([...BUILT_IN_ITEM_TYPES, ...(fw.itemTypes ?? [])].map((t) => t.id));
  const parents = new Map<string, string>();
  rawList('items').forEach((entry, i) => {
    if (!entry || typeof entry !== 'object') return;
    const e = entry as Record<string, unknown>;
    const at = `$.items[${i}]`;
    const type = idOf(e, 'type');
    if (typeof type === 'string' && !typeIds.has(type)) {
      r.warn(`${at}.type`, 'unknown-type', `Item type "${type}" is not declared in itemTypes; it will be labelled by its id.`);
    }
    const parent = idOf(e, 'parent');
    if (parent === e.id && typeof parent === 'string') r.error(`${at}.parent`, 'cycle', `Item "${parent}" is its own parent.`);
    else expect(itemIds, parent, `${at}.parent`, 'item');
    if (typeof e.id === 'string' && typeof parent === 'string') parents.set(e.id, parent);
    expectAll(levelIds, idOf(e, 'levels'), `${at}.levels`, 'level');
    const descriptors = idOf(e, 'descriptors');
    if (Array.isArray(descriptors)) {
      const seen = new Set<string>();
      descriptors.forEach((d, j) => {
        const level = idOf(d, 'level');
        const dp = `${at}.descriptors[${j}].level`;
        expect(levelIds, level, dp, 'level');
        if (typeof level === 'string') {
          if (seen.has(level)) r.error(dp, 'duplicate-descriptor', `Two descriptors for level "${level}".`);
          seen.add(level);
        }
      });
    }
  });
  reportCycles(r, parents, rawList('items'));

  rawList('associations').forEach((a, i) => {
    expect(itemIds, idOf(a, 'source'), `$.associations[${i}].source`, 'item');
    expect(itemIds, idOf(a, 'target'), `$.associations[${i}].target`, 'item');
  });
  rawList('levels').forEach((l, i) => expectAll(itemIds, idOf(l, 'assesses'), `$.levels[${i}].assesses`, 'item'));
  expect(scaleIds, r.field(raw, 'defaultScale'), '$.defaultScale', 'scale');

  const rubricItems = new Set<string>();
  rawList('rubrics').forEach((rb, i) => {
    const at = `$.rubrics[${i}]`;
    const item = idOf(rb, 'item');
    expect(itemIds, item, `${at}.item`, 'item');
    if (typeof item === 'string') {
      if (rubricItems.has(item)) r.error(`${at}.item`, 'duplicate-rubric', `Item "${item}" has more than one rubric.`);
      rubricItems.add(item);
    }
    const scaleId = idOf(rb, 'scale');
    expect(scaleIds, scaleId, `${at}.scale`, 'scale');
    const scale = typeof scaleId === 'string' ? (fw.scales ?? []).concat(BUILT_IN_SCALES).find((s) => s.id === scaleId) : undefined;
    const descriptors = idOf(rb, 'descriptors');
    if (scale && Array.isArray(descriptors)) {
      const values = new Set(scale.points.map((p) => p.value));
      descriptors.forEach((d, j) => {
        const v = idOf(d, 'value');
        if (typeof v === 'number' && !values.has(v)) {
          r.error(`${at}.descriptors[${j}].value`, 'unknown-point', `Scale "${scale.id}" has no point ${v}.`);
        }
      });
    }
  });
  rawList('resources').forEach((res, i) => {
    expectAll(itemIds, idOf(res, 'items'), `$.resources[${i}].items`, 'item');
    expectAll(levelIds, idOf(res, 'levels'), `$.resources[${i}].levels`, 'level');
  });
  rawList('lists').forEach((l, i) => expectAll(itemIds, idOf(l, 'items'), `$.lists[${i}].items`, 'item'));
}

/** Reports each parent chain that loops back on itself, once per cycle. */
function reportCycles(r: Reader, parents: Map<string, string>, rawItems: unknown[]): void {
  const indexOf = new Map<string, number>();
  rawItems.forEach((e, i) => {
    const id = e && typeof e === 'object' ? (e as Record<string, unknown>).id : undefined;
    if (typeof id === 'string' && !indexOf.has(id)) indexOf.set(id, i);
  });
  const reported = new Set<string>();
  for (const start of parents.keys()) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current: string | undefined = start;
    while (current !== undefined && !onChain.has(current) && !reported.has(current)) {
      chain.push(current);
      onChain.add(current);
      current = parents.get(current);
    }
    if (current !== undefined && onChain.has(current)) {
      const loop = chain.slice(chain.indexOf(current));
      if (loop.length > 1) {
        r.error(
          `$.items[${indexOf.get(current)}].parent`,
          'cycle',
          `The hierarchy loops: ${[...loop, current].join(' > ')}.`,
        );
      }
    }
    for (const id of chain) reported.add(id);
  }
}
