/**
 * Reading results from untrusted input (`validateResult`), apart from the
 * result format and its builders (`result.ts`) so that elements load it only
 * when there is a result to read: a `value`, a saved draft, a baseline.
 */
import type { Framework } from './framework.js';
import { childPath, compact, describe, Reader, type Validation } from './problems.js';
import type { RplBreakdown, RplFigures, RplItem, RplNote, RplRuleApplied, RuleCitation } from './rpl.js';
import { checkFrameworkRef, readDocumentHead } from './framework-ref.js';
import { findScale } from './scales.js';
import type { Integrity } from './integrity.js';
import { MISMATCH_CODES, PARTIES, RESULT_FORMAT, type Party, type Response, type Result, type ResultProfile } from './result.js';

const RESULT_KEYS = [
  'format', 'framework', 'subject', 'rater', 'party', 'scale', 'started', 'updated', 'submitted', 'position', 'responses', 'rpl', 'profile', 'integrity',
];

/**
 * Validates untrusted result input (object or JSON text). Never throws.
 * Checks the structure, and, given the framework the result will be used
 * with, whether it is about that framework and version and refers only to its
 * items, and that each value is a point of its scale where the scale is
 * known (built in or the framework's; otherwise error `unknown-point`).
 * A mismatch is an error with code `framework-mismatch` or
 * `version-mismatch`; the result is still returned in `value` so a caller
 * can show what matches, but must not apply it silently.
 */
export function validateResult(input: unknown, framework?: Pick<Framework, 'id' | 'version' | 'items'> & Partial<Pick<Framework, 'scales'>>): Validation<Result> {
  const { r, o, about, given: fwObj } = readDocumentHead(input, RESULT_FORMAT, RESULT_KEYS);
  if (!o) return { problems: r.problems, valid: false };
  const subject = r.string(o, 'subject', '$', false);
  const rater = r.string(o, 'rater', '$', false);
  const party = readParty(r, o, '$', false);
  const scale = r.string(o, 'scale', '$', true) ?? '';
  const started = readTime(r, o, 'started', '$', true) ?? '';
  const updated = readTime(r, o, 'updated', '$', true) ?? '';
  const submitted = readTime(r, o, 'submitted', '$', false);
  const positionRaw = r.field(o, 'position');
  let position: Result['position'];
  if (positionRaw !== undefined) {
    const p = r.object(positionRaw, '$.position');
    if (p) position = compact({ section: r.string(p, 'section', '$.position', false), item: r.string(p, 'item', '$.position', false) });
  }
  const seen = new Map<string, number>();
  const responses =
    r.array(o, 'responses', '$', true, (v, path, index): Response | undefined => {
      const e = r.object(v, path);
      if (!e) return undefined;
      r.unknownKeys(e, ['item', 'value', 'scale', 'note', 'time'], path);
      const item = r.string(e, 'item', path, true);
      const rawValue = r.field(e, 'value');
      let value: number | null | undefined;
      if (rawValue === null) value = null;
      else if (rawValue !== undefined) value = r.number(e, 'value', path, false);
      const response = compact({
        item: item ?? '',
        value,
        scale: r.string(e, 'scale', path, false) ?? scale,
        note: r.string(e, 'note', path, false),
        time: readTime(r, e, 'time', path, true) ?? '',
      });
      if (item === undefined) return undefined;
      if (seen.has(item)) {
        r.error(childPath(path, 'item'), 'duplicate-id', `Item "${item}" is answered twice (first at $.responses[${seen.get(item)}]).`);
        return undefined;
      }
      seen.set(item, index);
      return response;
    }) ?? [];
  const rplRaw = r.field(o, 'rpl');
  const rpl = rplRaw === undefined ? undefined : readRplBreakdown(r, rplRaw, '$.rpl');
  const profileRaw = r.field(o, 'profile');
  let profile: ResultProfile | undefined;
  if (profileRaw !== undefined) {
    const p = r.object(profileRaw, '$.profile');
    if (p) {
      r.unknownKeys(p, ['title', 'items'], '$.profile');
      const title = r.string(p, 'title', '$.profile', true);
      const items = r.array(p, 'items', '$.profile', true, (v, at) => {
        if (typeof v === 'string' && v !== '') return v;
        r.error(at, 'type', 'Each profile item must be a non-empty item id.');
        return undefined;
      });
      if (title !== undefined && items) profile = { title, items };
    }
  }

  const integrityRaw = r.field(o, 'integrity');
  const integrity = integrityRaw === undefined ? undefined : readIntegrity(r, integrityRaw, '$.integrity');

  const result = compact({
    format: RESULT_FORMAT,
    framework: about,
    subject,
    rater,
    party,
    scale,
    started,
    updated,
    submitted,
    position,
    responses,
    rpl,
    profile,
    integrity,
  }) as Result;

  if (framework && fwObj) {
    checkFrameworkRef(r, 'result', about, framework);
    const ids = new Set(framework.items.map((i) => i.id));
    responses.forEach((resp, i) => {
      if (!ids.has(resp.item)) r.error(`$.responses[${i}].item`, 'unknown-id', `Item "${resp.item}" is not in this framework.`);
      // A value off its (known) scale would count as an answer that no option shows.
      const scale = typeof resp.value === 'number' ? findScale(resp.scale, framework) : undefined;
      if (scale && !scale.points.some((p) => p.value === resp.value)) {
        r.error(`$.responses[${i}].value`, 'unknown-point', `${resp.value} is not a point of the scale "${scale.id}".`);
      }
    });
  }
  const structural = r.problems.some((p) => p.severity === 'error' && !MISMATCH_CODES.has(p.code));
  return { value: structural ? undefined : result, problems: r.problems, valid: !r.problems.some((p) => p.severity === 'error') };
}

/** Reads a party field (`learner`, `employer`, `provider` or `assessor`). */
export function readParty(r: Reader, o: Record<string, unknown>, path: string, required: boolean, key = 'party'): Party | undefined {
  const value = r.string(o, key, path, required);
  if (value === undefined) return undefined;
  if ((PARTIES as readonly string[]).includes(value)) return value as Party;
  r.error(childPath(path, key), 'party', `"${key}" must be one of ${PARTIES.join(', ')} but is ${describe(value)}.`);
  return undefined;
}

/**
 * Reads an `integrity` stamp structurally (whether the digest still matches
 * is `verifyIntegrity`'s job, which is asynchronous).
 */
export function readIntegrity(r: Reader, value: unknown, path: string): Integrity | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['alg', 'canonicalization', 'digest'], path);
  const before = r.problems.length;
  const alg = r.field(o, 'alg');
  const canonicalization = r.field(o, 'canonicalization');
  const digest = r.string(o, 'digest', path, true);
  if (alg !== 'SHA-256') r.error(childPath(path, 'alg'), 'integrity', `"alg" must be "SHA-256" but is ${describe(alg)}.`);
  if (canonicalization !== 'JCS') r.error(childPath(path, 'canonicalization'), 'integrity', `"canonicalization" must be "JCS" but is ${describe(canonicalization)}.`);
  if (digest !== undefined && !/^[0-9a-f]{64}$/.test(digest)) r.error(childPath(path, 'digest'), 'integrity', '"digest" must be 64 lower-case hexadecimal digits (SHA-256).');
  const ok = digest !== undefined && !r.problems.slice(before).some((p) => p.severity === 'error');
  return ok ? { alg: 'SHA-256', canonicalization: 'JCS', digest } : undefined;
}

export function readTime(r: Reader, o: Record<string, unknown>, key: string, path: string, required: boolean): string | undefined {
  const value = r.string(o, key, path, required);
  if (value !== undefined && Number.isNaN(Date.parse(value))) {
    r.error(childPath(path, key), 'time', `"${key}" must be an ISO 8601 date-time but is ${describe(value)}.`);
    return undefined;
  }
  return value;
}

const BREAKDOWN_KEYS = [
  'providerToConfirm', 'fundingYear', 'parameters', 'threshold', 'hoursSource', 'items', 'planned', 'reduced',
  'assessedHours', 'hoursRemoved', 'rplShare', 'priceReductionShare', 'minimumPriceReduction', 'rules', 'notes',
];
const FIGURE_KEYS = ['otjHours', 'otjMinimum', 'durationMonths', 'price', 'bandMaximum'] as const;
const PARAMETER_KEYS = ['priceReductionShare', 'minimumOtjHours', 'minimumDurationMonths'] as const;

/**
 * Reads a stored {@link RplBreakdown} (the `rpl` field of a result)
 * structurally, reporting every problem with its path; unknown fields are
 * reported as warnings and dropped. Used by `validateResult`. (It lives here,
 * not in `rpl.ts`, so reading results does not bundle the calculation.)
 */
export function readRplBreakdown(r: Reader, value: unknown, path: string): RplBreakdown | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const before = r.problems.filter((p) => p.severity === 'error').length;
  r.unknownKeys(o, BREAKDOWN_KEYS, path);
  if (r.field(o, 'providerToConfirm') !== true) {
    r.error(childPath(path, 'providerToConfirm'), 'format', '"providerToConfirm" must be true: the breakdown is always the provider\'s calculation to confirm.');
  }
  const fundingYear = r.string(o, 'fundingYear', path, true);
  const parameters = readNumbers(r, o, 'parameters', path, PARAMETER_KEYS);
  const threshold = r.number(o, 'threshold', path, true);
  const hoursSource = r.field(o, 'hoursSource');
  if (hoursSource !== 'per-item' && hoursSource !== 'even') {
    r.error(childPath(path, 'hoursSource'), 'type', `"hoursSource" must be "per-item" or "even" but is ${describe(hoursSource)}.`);
  }
  const items = r.array(o, 'items', path, true, (v, at): RplItem | undefined => {
    const e = r.object(v, at);
    if (!e) return undefined;
    r.unknownKeys(e, ['item', 'value', 'counts', 'hours', 'hoursRemoved'], at);
    const rawValue = r.field(e, 'value');
    const counts = readFlag(r, e, 'counts', at);
    return compact({
      item: r.string(e, 'item', at, true) ?? '',
      value: rawValue === null ? null : r.number(e, 'value', at, false),
      counts: counts ?? false,
      hours: r.number(e, 'hours', at, true) ?? 0,
      hoursRemoved: r.number(e, 'hoursRemoved', at, true) ?? 0,
    });
  });
  const planned = readNumbers(r, o, 'planned', path, FIGURE_KEYS);
  const reduced = readNumbers(r, o, 'reduced', path, FIGURE_KEYS);
  const numbers = ['assessedHours', 'hoursRemoved', 'rplShare', 'priceReductionShare', 'minimumPriceReduction'].map((k) => r.number(o, k, path, true));
  const rules = r.array(o, 'rules', path, true, (v, at): RplRuleApplied | undefined => {
    const e = r.object(v, at);
    if (!e) return undefined;
    r.unknownKeys(e, ['id', 'bound', 'citation', 'text'], at);
    const bound = readFlag(r, e, 'bound', at);
    const c = r.field(e, 'citation');
    let citation: RuleCitation | undefined;
    if (c === undefined) r.error(childPath(at, 'citation'), 'missing', 'Missing the rule\'s "citation".');
    else {
      const co = r.object(c, childPath(at, 'citation'));
      if (co) {
        const cp = childPath(at, 'citation');
        r.unknownKeys(co, ['document', 'rule', 'topic', 'url'], cp);
        citation = compact({
          document: r.string(co, 'document', cp, true) ?? '',
          rule: r.string(co, 'rule', cp, false),
          topic: r.string(co, 'topic', cp, true) ?? '',
          url: r.string(co, 'url', cp, false),
        });
      }
    }
    return { id: r.string(e, 'id', at, true) ?? '', bound: bound ?? false, citation: citation ?? { document: '', topic: '' }, text: r.string(e, 'text', at, true) ?? '' };
  });
  const notes = r.array(o, 'notes', path, true, (v, at): RplNote | undefined => {
    const e = r.object(v, at);
    if (!e) return undefined;
    r.unknownKeys(e, ['id', 'text'], at);
    return { id: r.string(e, 'id', at, true) ?? '', text: r.string(e, 'text', at, true) ?? '' };
  });
  if (r.problems.filter((p) => p.severity === 'error').length > before) return undefined;
  const [assessedHours, hoursRemoved, rplShare, priceReductionShare, minimumPriceReduction] = numbers as number[];
  return {
    providerToConfirm: true,
    fundingYear: fundingYear!,
    parameters: parameters as RplBreakdown['parameters'],
    threshold: threshold!,
    hoursSource: hoursSource as RplBreakdown['hoursSource'],
    items: items!,
    planned: planned as RplFigures,
    reduced: reduced as RplFigures,
    assessedHours,
    hoursRemoved,
    rplShare,
    priceReductionShare,
    minimumPriceReduction,
    rules: rules!,
    notes: notes!,
  };
}

function readNumbers<K extends string>(r: Reader, o: Record<string, unknown>, key: string, path: string, keys: readonly K[]): Record<K, number> | undefined {
  const raw = r.field(o, key);
  const at = childPath(path, key);
  if (raw === undefined) {
    r.error(at, 'missing', `Missing required "${key}".`);
    return undefined;
  }
  const e = r.object(raw, at);
  if (!e) return undefined;
  r.unknownKeys(e, keys, at);
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = r.number(e, k, at, true) ?? 0;
  return out;
}

/** A required true/false field. */
function readFlag(r: Reader, o: Record<string, unknown>, key: string, path: string): boolean | undefined {
  if (r.field(o, key) === undefined) {
    r.error(childPath(path, key), 'missing', `Missing required true or false "${key}".`);
    return undefined;
  }
  return r.boolean(o, key, path);
}
