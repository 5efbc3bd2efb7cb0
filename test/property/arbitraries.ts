import fc from 'fast-check';
import type { Framework } from '../../src/model/framework.js';

/** Keys that reach prototypes when assigned naively. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** Text including prototype keys, markup and awkward Unicode. */
export const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...PROTO_KEYS, '<img src=x onerror=alert(1)>', '\u202Etxet', '\uD800', '', ' ', 'ksb-framework/1'),
);

/** Any JSON value, with prototype keys among object keys (JSON.parse makes them own properties). */
export const jsonWithProtoKeys = fc
  .jsonValue({ maxDepth: 4 })
  .chain((v) => fc.constantFrom(...PROTO_KEYS).map((k) => JSON.parse(`{${JSON.stringify(k)}: ${JSON.stringify(v) ?? 'null'}, "format": "ksb-framework/1", "items": [{"${k}": 1}]}`)));

/** A framework-shaped object whose fields have arbitrary values: near misses of the format. */
export const nearFramework = fc.record(
  {
    format: fc.oneof(fc.constant('ksb-framework/1'), fc.jsonValue()),
    id: fc.oneof(text, fc.jsonValue()),
    version: fc.oneof(text, fc.jsonValue()),
    title: fc.oneof(text, fc.jsonValue()),
    items: fc.oneof(fc.array(fc.oneof(fc.dictionary(fc.constantFrom('id', 'type', 'statement', 'parent', 'levels', 'descriptors', ...PROTO_KEYS), fc.jsonValue({ maxDepth: 2 })), fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }), fc.jsonValue()),
    associations: fc.jsonValue({ maxDepth: 3 }),
    levels: fc.jsonValue({ maxDepth: 3 }),
    scales: fc.jsonValue({ maxDepth: 3 }),
    rubrics: fc.jsonValue({ maxDepth: 3 }),
    resources: fc.jsonValue({ maxDepth: 3 }),
    lists: fc.jsonValue({ maxDepth: 3 }),
  },
  { requiredKeys: [] },
);

const nonEmpty = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
const TYPES = ['knowledge', 'skill', 'behaviour', 'competency'];

/**
 * A valid `ksb-framework/1` framework: unique ids, a parent forest (each
 * parent earlier in the list, so no cycles), duties requiring KSBs, ordered
 * levels with descriptors and assessed items, a framework scale with points
 * in ascending order, rubrics on known points, resources and lists.
 */
export const validFramework: fc.Arbitrary<Framework> = fc
  .record({
    id: nonEmpty,
    version: nonEmpty,
    title: nonEmpty,
    statements: fc.array(fc.record({ statement: nonEmpty, type: fc.constantFrom(...TYPES), code: fc.option(nonEmpty, { nil: undefined }) }), { minLength: 1, maxLength: 12 }),
    parentPicks: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 12, maxLength: 12 }),
    dutyCount: fc.integer({ min: 0, max: 3 }),
    levelLabels: fc.array(nonEmpty, { maxLength: 4 }),
    pointValues: fc.uniqueArray(fc.integer({ min: -5, max: 20 }), { minLength: 2, maxLength: 6 }),
    pointLabels: fc.array(nonEmpty, { minLength: 6, maxLength: 6 }),
    picks: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  })
  .map(({ id, version, title, statements, parentPicks, dutyCount, levelLabels, pointValues, pointLabels, picks }) => {
    const items: Framework['items'] = statements.map((s, i) => {
      const parentIndex = parentPicks[i] === undefined || i === 0 ? undefined : parentPicks[i]! % i;
      return { id: `i${i}`, type: s.type, statement: s.statement, ...(s.code ? { code: s.code } : {}), ...(parentIndex !== undefined ? { parent: `i${parentIndex}` } : {}) };
    });
    const duties = Array.from({ length: dutyCount }, (_, d) => ({ id: `d${d}`, code: `Duty ${d + 1}`, type: 'duty', statement: `Duty ${d}` }));
    const pick = (k: number) => items[picks[k] % items.length].id;
    const levels = levelLabels.map((label, l) => ({ id: `l${l}`, label, assesses: [pick(l % 8)] }));
    if (levels.length) items[0] = { ...items[0], levels: [levels[0].id], descriptors: levels.map((l) => ({ level: l.id, text: `At ${l.label}` })) };
    const values = [...pointValues].sort((a, b) => a - b);
    const scale = { id: 'own', title: 'Own scale', points: values.map((value, p) => ({ value, label: pointLabels[p] })) };
    return {
      format: 'ksb-framework/1' as const,
      id,
      version,
      title,
      items: [...duties, ...items],
      associations: duties.map((d, k) => ({ type: 'requires', source: d.id, target: pick(k) })),
      ...(levels.length ? { levels } : {}),
      scales: [scale],
      defaultScale: 'own',
      rubrics: [{ item: pick(3), scale: 'own', descriptors: [{ value: values[0], text: 'lowest' }] }],
      resources: [{ id: 'r', title: 'A resource', url: 'https://example.org/', items: [pick(4)] }],
      lists: [{ id: 'top', title: 'Top', items: [pick(5), pick(6)] }],
    };
  });
