/**
 * A corpus of broken and hostile frameworks and results, each case named.
 *
 * A framework case says what a correct element must do with it: show the
 * error state (`error`) or render the framework (`render`), and which texts
 * must then be visible verbatim. Inputs are built lazily: some are large.
 */
import type { Framework, Item } from '../../src/model/framework.js';
import { createResult, setResponse, type Result } from '../../src/model/result.js';
import { miniStandard } from '../harness/frameworks.js';
import { hostile, jsUrl, UNICODE } from './payloads.js';

export interface FrameworkCase {
  name: string;
  /** An object, or JSON text (given as text, as the attribute, and served for `src`). */
  input: () => unknown;
  outcome: 'error' | 'render';
  /** For `render`: texts every element must show verbatim. */
  visible?: string[];
}

const base = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  format: 'ksb-framework/1',
  id: 'hostile',
  version: '1',
  title: 'Hostile framework',
  items,
  ...extra,
});

const knowledge = (id: string, statement = `Statement of ${id}`, extra: Partial<Item> = {}): Item => ({ id, code: id, type: 'knowledge', statement, ...extra });

const okItems = () => [knowledge('K1'), knowledge('K2')];

/** `n` levels of nested lists, as JSON text (objects when `objects`). */
function nestedText(n: number, objects = false): string {
  return objects ? '{"a":'.repeat(n) + '1' + '}'.repeat(n) : '['.repeat(n) + ']'.repeat(n);
}

/** A chain of `n` domains, each the parent of the next, ending in one competency. */
function deepHierarchy(n: number): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < n; i++) items.push({ id: `D${i}`, type: 'domain', statement: `Domain ${i}`, ...(i ? { parent: `D${i - 1}` } : {}) });
  items.push({ id: 'leaf', code: 'LEAF', type: 'competency', statement: 'The deepest competency', parent: `D${n - 1}` });
  return items;
}

/** 1 MiB of words (a single unbroken word of that length: long-word.test.ts). */
export const HUGE_STATEMENT = 'lorem ipsum '.repeat(87381) + 'end';
export const MANY_ITEMS = 2000;

/** One hostile text in every text field of the format. */
export function payloadFramework(): Framework {
  const t = hostile;
  return {
    format: 'ksb-framework/1',
    id: 'payloads',
    version: t('version'),
    title: t('title'),
    reference: t('reference'),
    language: t('language'),
    description: t('description'),
    source: { publisher: t('source.publisher'), title: t('source.title'), url: jsUrl('source.url'), licence: t('source.licence'), date: t('source.date') },
    notes: [t('notes')],
    itemTypes: [{ id: 'duty', label: t('itemType.label'), plural: t('itemType.plural'), description: t('itemType.description') }],
    items: [
      { id: 'D1', code: t('duty.code'), type: 'duty', title: t('duty.title'), statement: t('duty.statement'), core: true },
      {
        id: 'K1',
        code: t('item.code'),
        type: 'knowledge',
        title: t('item.title'),
        statement: t('item.statement'),
        description: t('item.description'),
        elements: [t('item.elements')],
        notes: [t('item.notes')],
        levels: ['L1'],
        descriptors: [{ level: 'L1', text: t('item.descriptor') }],
        status: t('item.status'),
      },
      { id: 'S1', code: 'S1', type: 'skill', statement: t('skill.statement'), levels: ['L1'], descriptors: [{ level: 'L1', text: t('skill.descriptor') }] },
    ],
    associations: [
      { type: 'requires', source: 'D1', target: 'K1', qualifier: t('association.qualifier'), note: t('association.note') },
      { type: 'requires', source: 'D1', target: 'S1' },
    ],
    levels: [
      {
        id: 'L1',
        label: t('level.label'),
        code: t('level.code'),
        description: t('level.description'),
        competencyLevel: t('level.competencyLevel'),
        payBand: t('level.payBand'),
        pay: t('level.pay'),
        assesses: ['K1', 'S1'],
        notes: [t('level.notes')],
      },
    ],
    scales: [
      {
        id: 'own',
        title: t('scale.title'),
        description: t('scale.description'),
        points: [
          { value: 0, label: t('scale.point0.label'), description: t('scale.point0.description') },
          { value: 1, label: t('scale.point1.label'), description: t('scale.point1.description') },
          { value: 2, label: t('scale.point2.label'), description: t('scale.point2.description') },
        ],
      },
    ],
    defaultScale: 'own',
    rubrics: [
      {
        item: 'K1',
        scale: 'own',
        keyFeatures: t('rubric.keyFeatures'),
        interaction: t('rubric.interaction'),
        descriptors: [
          { value: 0, text: t('rubric.descriptor0') },
          { value: 1, text: t('rubric.descriptor1') },
          { value: 2, text: t('rubric.descriptor2') },
        ],
      },
      { item: 'S1', scale: 'own', descriptors: [{ value: 1, text: t('rubric.S1.descriptor1') }] },
    ],
    resources: [
      { id: 'R1', title: t('resource.title'), url: jsUrl('resource.url'), provider: t('resource.provider'), description: t('resource.description'), items: ['K1', 'S1'], levels: ['L1'] },
      { id: 'R2', title: t('resource2.title'), url: ' JaVaScRiPt:window.__pwned="resource2"', items: ['K1'] },
      { id: 'R3', title: t('resource3.title'), url: 'data:text/html,<script>window.parent.__pwned="data"</script>', items: ['K1'] },
      { id: 'R4', title: t('resource4.title'), url: 'https://example.org/?q="><script>window.__pwned="R4"</script>', items: ['K1'] },
    ],
    lists: [{ id: 'top', title: t('list.title'), description: t('list.description'), items: ['K1'] }],
  };
}

/** Ids that are awkward in selectors, attributes and object keys. */
export const HOSTILE_IDS = ['a "quoted" id', "it's", '1.2 starts with a digit', 'x"] , #y', '<b>id</b>', 'back\\slash', 'new\nline', 'D 1'];

export function hostileIdFramework(): Framework {
  const [duty, ...ksbs] = [...HOSTILE_IDS].reverse();
  return {
    format: 'ksb-framework/1',
    id: 'ids "quoted"',
    version: '1 <b>',
    title: 'Hostile ids',
    items: [
      { id: duty, code: duty, type: 'duty', statement: 'The duty' },
      ...ksbs.map((id, i) => knowledge(id, `Statement ${i}`, { code: id, parent: duty })),
    ],
    associations: ksbs.map((id) => ({ type: 'requires', source: duty, target: id })),
  };
}

/** Prototype-pollution keys as JSON text, so `JSON.parse` makes them own properties. */
function pollutionText(): string {
  return `{
    "__proto__": { "polluted": "framework" },
    "constructor": { "prototype": { "polluted": "constructor" } },
    "prototype": { "polluted": "prototype" },
    "format": "ksb-framework/1", "id": "__proto__", "version": "1", "title": "Pollution",
    "items": [
      { "id": "__proto__", "code": "P1", "type": "knowledge", "statement": "Proto item", "__proto__": { "polluted": "item" } },
      { "id": "constructor", "code": "P2", "type": "knowledge", "statement": "Constructor item" },
      { "id": "prototype", "code": "P3", "type": "knowledge", "statement": "Prototype item", "parent": "hasOwnProperty" },
      { "id": "hasOwnProperty", "code": "P4", "type": "duty", "statement": "Own property duty" },
      { "id": "toString", "code": "P5", "type": "skill", "statement": "To string skill" }
    ],
    "associations": [{ "type": "requires", "source": "hasOwnProperty", "target": "__proto__" }],
    "levels": [{ "id": "__proto__", "label": "Proto level", "assesses": ["constructor"] }],
    "scales": [{ "id": "constructor", "title": "Ctor scale", "points": [{ "value": 0, "label": "zero" }, { "value": 1, "label": "one" }] }],
    "defaultScale": "constructor",
    "rubrics": [{ "item": "constructor", "scale": "constructor", "descriptors": [{ "value": 1, "text": "ctor one" }], "__proto__": { "polluted": "rubric" } }],
    "lists": [{ "id": "valueOf", "title": "List", "items": ["__proto__"] }]
  }`;
}

export const frameworkCases: FrameworkCase[] = [
  // Text that is not JSON.
  { name: 'truncated JSON text', input: () => '{"format": "ksb-framework/1", "id": "x", "items": [', outcome: 'error' },
  { name: 'JSON with trailing commas and single quotes', input: () => "{'format': 'ksb-framework/1', 'items': [1,2,],}", outcome: 'error' },
  { name: 'HTML instead of JSON', input: () => '<!doctype html><html><body><script>window.__pwned="html"</script></body></html>', outcome: 'error' },
  { name: 'JSON null', input: () => 'null', outcome: 'error' },
  { name: 'JSON number', input: () => '42', outcome: 'error' },
  { name: 'JSON string', input: () => '"ksb-framework/1"', outcome: 'error' },
  { name: 'JSON list of frameworks', input: () => JSON.stringify([miniStandard()]), outcome: 'error' },
  // Wrong types at every level.
  { name: 'empty object', input: () => ({}), outcome: 'error' },
  { name: 'wrong format marker', input: () => ({ ...miniStandard(), format: 'ksb-framework/2' }), outcome: 'error' },
  {
    name: 'wrong types at the top level',
    input: () => ({ format: 'ksb-framework/1', id: 7, version: {}, title: ['t'], level: 'three', notes: 'a note', items: { K1: {} }, source: 'IfATE' }),
    outcome: 'error',
  },
  {
    name: 'wrong types in items',
    input: () =>
      base([
        { id: 'K1', type: 'knowledge', statement: 12, elements: 'one', notes: [1, null], descriptors: {}, core: 'yes', levels: 'L1' },
        null,
        'K2',
        [],
        { id: ['K3'], type: 3, statement: '' },
      ]),
    outcome: 'error',
  },
  {
    name: 'wrong types in levels, scales, rubrics, resources, lists and associations',
    input: () =>
      base(okItems(), {
        associations: [{ type: 'requires', source: 1, target: null }, 'K1->K2'],
        levels: [{ id: 'L1', label: 5, assesses: 'K1' }, true],
        scales: [{ id: 's', title: 't', points: [{ value: '0', label: 'zero' }, { value: null, label: 1 }] }, { id: 'one', title: 'one', points: [{ value: 0, label: 'only' }] }],
        rubrics: [{ item: 'K1', scale: 'dreyfus', descriptors: [{ value: 'one', text: 1 }] }, 7],
        resources: [{ id: 'R', title: ['x'], url: 5 }],
        lists: [{ id: 'l', title: 't', items: 'K1' }],
        defaultScale: 5,
      }),
    outcome: 'error',
  },
  { name: 'scale points out of order and not finite', input: () => base(okItems(), { scales: [{ id: 's', title: 's', points: [{ value: 2, label: 'b' }, { value: 1, label: 'a' }] }] }), outcome: 'error' },
  // Ids.
  { name: 'items without ids', input: () => base([{ type: 'knowledge', statement: 'No id' }, knowledge('K1')]), outcome: 'error' },
  { name: 'duplicate item ids', input: () => base([knowledge('K1'), knowledge('K1', 'Again')]), outcome: 'error' },
  {
    name: 'duplicate level, scale, resource and list ids',
    input: () =>
      base(okItems(), {
        levels: [{ id: 'L', label: 'a' }, { id: 'L', label: 'b' }],
        scales: [
          { id: 's', title: 's', points: [{ value: 0, label: 'a' }, { value: 1, label: 'b' }] },
          { id: 's', title: 's', points: [{ value: 0, label: 'a' }, { value: 1, label: 'b' }] },
        ],
        resources: [{ id: 'r', title: 'r' }, { id: 'r', title: 'r' }],
        lists: [{ id: 'l', title: 'l', items: [] }, { id: 'l', title: 'l', items: [] }],
      }),
    outcome: 'error',
  },
  // The hierarchy.
  { name: 'an item that is its own parent', input: () => base([knowledge('K1', 'Self', { parent: 'K1' })]), outcome: 'error' },
  {
    name: 'a parent cycle of three',
    input: () => base([knowledge('A', 'a', { parent: 'C' }), knowledge('B', 'b', { parent: 'A' }), knowledge('C', 'c', { parent: 'B' })]),
    outcome: 'error',
  },
  {
    name: 'a parent cycle ten thousand long',
    input: () => {
      const items = deepHierarchy(10000);
      items[0] = { ...items[0], parent: 'leaf' };
      return base(items);
    },
    outcome: 'error',
  },
  {
    name: 'links to unknown items, levels and scales',
    input: () =>
      base(okItems(), {
        items: [knowledge('K1', 'k', { parent: 'nowhere', levels: ['L9'], descriptors: [{ level: 'L9', text: 'x' }] })],
        associations: [{ type: 'requires', source: 'D9', target: 'K1' }],
        levels: [{ id: 'L1', label: 'one', assesses: ['K9'] }],
        rubrics: [{ item: 'K9', scale: 'nope', descriptors: [] }, { item: 'K1', scale: 'dreyfus', descriptors: [{ value: 9, text: 'no such point' }] }],
        resources: [{ id: 'R', title: 'r', items: ['K9'], levels: ['L9'] }],
        lists: [{ id: 'l', title: 'l', items: ['K9'] }],
        defaultScale: 'nope',
      }),
    outcome: 'error',
  },
  // Size.
  { name: 'a 1 MB statement', input: () => base([knowledge('K1', HUGE_STATEMENT)]), outcome: 'render', visible: [HUGE_STATEMENT] },
  {
    name: '10,000-deep nested lists and objects in unknown fields (JSON text)',
    input: () => `{"format":"ksb-framework/1","id":"deep","version":"1","title":"Deep unknown fields","extra":${nestedText(10000)},` +
      `"items":[{"id":"K1","type":"knowledge","statement":"Deep sibling","more":${nestedText(10000, true)}}]}`,
    outcome: 'render',
    visible: ['Deep sibling'],
  },
  { name: 'a 10,000-deep hierarchy', input: () => base(deepHierarchy(10000), { title: 'Deep hierarchy' }), outcome: 'render', visible: ['The deepest competency'] },
  {
    name: `${MANY_ITEMS} items`,
    input: () => base(Array.from({ length: MANY_ITEMS }, (_, i) => knowledge(`K${i + 1}`, `Statement number ${i + 1}`)), { title: 'Many items' }),
    outcome: 'render',
    visible: ['Statement number 1', `Statement number ${MANY_ITEMS}`],
  },
  { name: 'no items at all', input: () => base([]), outcome: 'render' },
  // Prototype pollution.
  { name: 'prototype-pollution keys and ids (JSON text)', input: pollutionText, outcome: 'render', visible: ['Constructor item'] },
  {
    name: 'prototype-pollution ids (object)',
    input: () => base(['__proto__', 'constructor', 'prototype', 'toString', 'valueOf'].map((id) => knowledge(id, `Item ${id}`))),
    outcome: 'render',
    visible: ['Item __proto__', 'Item constructor', 'Item prototype', 'Item toString'],
  },
  // Payloads.
  { name: 'script and markup payloads in every text field', input: payloadFramework, outcome: 'render', visible: [hostile('title')] },
  { name: 'hostile ids (quotes, spaces, markup, digits first)', input: hostileIdFramework, outcome: 'render', visible: ['Statement 0', HOSTILE_IDS[1]] },
  // Unicode.
  {
    name: 'right-to-left, combining, zero-width and lone-surrogate text',
    input: () => base(Object.entries(UNICODE).map(([key, text]) => knowledge(key, text)), { title: UNICODE.arabic }),
    outcome: 'render',
    visible: Object.values(UNICODE),
  },
  // Other formats that only look like frameworks.
  // Recognised as IfATE JSON and converted (its HTML is read as text by the converter), with the problems as warnings.
  {
    name: 'an IfATE-like record with broken lists',
    input: () => ({ referenceNumber: 'ST0001', title: hostile('ifate.title'), knowledges: 'none', duties: [{ dutyDetail: 5, ksbs: {} }] }),
    outcome: 'render',
  },
  { name: 'an IfATE-like record that is not a standard at all', input: () => JSON.stringify({ referenceNumber: 'ST0002', title: 5 }), outcome: 'error' },
];

/** A hostile text in every text field of a result. */
export interface ResultCase {
  name: string;
  /** A `value` for the mini standard (`miniStandard()`: K1, K2, S1; version 2). */
  input: () => unknown;
  /** `error`: shown as an error; `mismatch`: held with the choice to keep matching answers; `apply`: resumed. */
  outcome: 'error' | 'mismatch' | 'apply';
  /** For `apply`: texts the resumed element shows verbatim (notes, in a note field). */
  notes?: string[];
}

const T0 = new Date('2026-01-02T03:04:05Z');

/** A valid result for the mini standard with K1 rated 3 and a note on K2. */
export function miniResult(fw: Pick<Framework, 'id' | 'version'> = miniStandard()): Result {
  let r = createResult(fw, 'confidence', T0, { subject: 'learner' });
  r = setResponse(r, 'K1', { value: 3 }, T0);
  r = setResponse(r, 'K2', { note: 'first note' }, T0);
  return r;
}

const withResponses = (responses: unknown[], extra: Record<string, unknown> = {}) => ({ ...miniResult(), responses, ...extra });

export const resultCases: ResultCase[] = [
  { name: 'truncated JSON text', input: () => JSON.stringify(miniResult()).slice(0, 40), outcome: 'error' },
  { name: 'a list', input: () => [miniResult()], outcome: 'error' },
  { name: 'a number', input: () => 7, outcome: 'error' },
  { name: 'a framework instead of a result', input: () => miniStandard(), outcome: 'error' },
  { name: 'wrong types in the result', input: () => ({ ...miniResult(), framework: 'mini', responses: { K1: 3 }, started: 5 }), outcome: 'error' },
  {
    name: 'wrong types in responses',
    input: () => withResponses([{ item: 5, value: 3 }, { item: 'K1', value: '3', time: 'yesterday' }, null, 'K2']),
    outcome: 'error',
  },
  { name: 'duplicate responses', input: () => withResponses([...miniResult().responses, miniResult().responses[0]]), outcome: 'error' },
  { name: 'another framework', input: () => miniResult({ id: 'st0958', version: '2' }), outcome: 'mismatch' },
  { name: 'another version', input: () => miniResult({ id: 'mini', version: '1' }), outcome: 'mismatch' },
  {
    name: 'unknown item ids, including prototype keys',
    input: () => withResponses(['K9', '__proto__', 'constructor', hostile('response.item')].map((item) => ({ item, value: 1, scale: 'confidence', time: T0.toISOString() }))),
    outcome: 'mismatch',
  },
  {
    name: 'prototype-pollution keys (JSON text)',
    input: () =>
      JSON.stringify(miniResult()).replace('{', '{"__proto__":{"polluted":"result"},"constructor":{"prototype":{"polluted":"ctor"}},')
        .replace('"item":"K1"', '"__proto__":{"polluted":"response"},"item":"K1"'),
    outcome: 'apply',
  },
  {
    name: 'scale values outside the scale',
    input: () => withResponses([-1, 99, 2.5].map((value, i) => ({ item: ['K1', 'K2', 'S1'][i], value, scale: 'confidence', time: T0.toISOString() }))),
    outcome: 'error',
  },
  {
    name: 'hostile notes, subject and position',
    input: () => ({
      ...withResponses([
        { item: 'K1', value: 1, scale: 'confidence', note: hostile('note.K1'), time: T0.toISOString() },
        { item: 'S1', value: null, scale: 'confidence', note: `${UNICODE.arabic} ${UNICODE.override} ${UNICODE.loneSurrogates}`, time: T0.toISOString() },
      ]),
      subject: hostile('subject'),
      position: { section: hostile('position.section'), item: hostile('position.item') },
    }),
    outcome: 'apply',
    notes: [hostile('note.K1'), `${UNICODE.arabic} ${UNICODE.override} ${UNICODE.loneSurrogates}`],
  },
];
