import {
  FRAMEWORK_FORMAT,
  type Framework,
  type ItemType,
  type Scale,
  type ScalePoint,
} from './framework.js';
import { childPath, fieldSpec, parseJson, Reader, type FieldReader, type FieldSpec, type Validation } from './problems.js';
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

/** Reads a list of objects of `spec`; a required list, when absent, reads as empty. */
const list =
  (spec: FieldSpec): FieldReader =>
  (r, o, key, path, required) =>
    r.array(o, key, path, required, (v, p) => r.fields(v, p, spec)) ?? (required ? [] : undefined);

const POINT = fieldSpec('value#! label! description');

/** Scale points: a list of at least two, in ascending order of value. */
const readPoints: FieldReader = (r, o, key, path, required) => {
  const points = list(POINT)(r, o, key, path, required) as ScalePoint[];
  const raw = r.field(o, key);
  const at = childPath(path, key);
  if (Array.isArray(raw) && raw.length < 2) r.error(at, 'too-few', 'A scale needs at least two points.');
  for (let i = 1; i < points.length; i++) {
    if (points[i].value <= points[i - 1].value) {
      r.error(childPath(at, i), 'order', `Scale points must be in ascending order of value: ${points[i].value} follows ${points[i - 1].value}.`);
    }
  }
  return points;
};

const SCALE = fieldSpec('id! title! description points!', { points: readPoints });

const SOURCE = fieldSpec('publisher title url licence date');

// Fields are listed in the order of the cleaned objects. The framework reads its fields in
// that order; an item reads its required fields first; every other object reads its required
// fields first and is dropped, unread further, when one is missing.
const FRAMEWORK = fieldSpec(
  '$schema format id! version title! reference level# language description source notes* ' +
    'itemTypes items! associations levels scales defaultScale rubrics resources lists',
  {
    $schema: () => undefined,
    format: (r, o) => {
      const format = r.field(o, 'format');
      if (format !== FRAMEWORK_FORMAT) {
        r.error('$.format', format === undefined ? 'missing' : 'format', `"format" must be "${FRAMEWORK_FORMAT}".`);
      }
      return FRAMEWORK_FORMAT;
    },
    version: readVersion,
    source: (r, o, key, path) => {
      const raw = r.field(o, key);
      return raw === undefined ? undefined : r.fields(raw, childPath(path, key), SOURCE);
    },
    itemTypes: list(fieldSpec('id! label! plural description')),
    items: list(
      fieldSpec(
        'id! code type! title statement! description elements* notes* parent levels* descriptors core? status',
        { descriptors: list(fieldSpec('level! text!')) },
        1,
      ),
    ),
    associations: list(fieldSpec('type! source! target! qualifier note')),
    levels: list(fieldSpec('id! label! code description competencyLevel payBand pay assesses* notes*')),
    scales: list(SCALE),
    rubrics: list(fieldSpec('item! scale! keyFeatures interaction descriptors!', { descriptors: list(fieldSpec('value#! text!')) })),
    resources: list(fieldSpec('id! title! url provider description items* levels*')),
    lists: list(
      fieldSpec('id! title! description items!', {
        // Reported missing also when it is not a list of text (after its type problem).
        items: (r, o, key, path) => {
          const items = r.strings(o, key, path);
          if (!items) r.error(childPath(path, key), 'missing', `Missing required list "${key}".`);
          return items ?? [];
        },
      }),
    ),
  },
  0,
);

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
  // A framework read with problems (missing fields) is never returned, so it needs no defaults.
  const framework = r.problems.length ? undefined : r.fields<Framework>(data, '$', FRAMEWORK);
  const raw = data as Record<string, unknown>;
  // Without a list of items every reference would be reported as unknown: noise, not news.
  if (framework && Array.isArray(r.field(raw, 'items'))) checkReferences(r, raw, framework);
  const valid = !r.problems.some((p) => p.severity === 'error');
  return valid ? { value: framework, problems: r.problems, valid } : { problems: r.problems, valid };
}

/** Versions are text; a bare number (a common slip: `"version": 1`) is accepted with a warning. */
function readVersion(r: Reader, obj: Record<string, unknown>): string | undefined {
  const raw = r.field(obj, 'version');
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    r.warn('$.version', 'type', `"version" should be text; read ${raw} as "${raw}".`);
    return String(raw);
  }
  return r.string(obj, 'version', '$', true);
}

/** Reads a scale definition; used for framework scales and for a scale given to an element. */
export function readScale(r: Reader, value: unknown, path: string): Scale | undefined {
  return r.fields(value, path, SCALE);
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
