/**
 * Reading reviews from untrusted input (`validateReview`), apart from the
 * review format and its builders (`review.ts`), like `validate-result.ts`.
 */
import type { Framework } from './framework.js';
import { checkFrameworkRef, readDocumentHead } from './framework-ref.js';
import { childPath, compact, describe, Reader, type Validation } from './problems.js';
import { MISMATCH_CODES } from './result.js';
import { REVIEW_FORMAT, type AgreedRating, type PlanGroup, type PlanItem, type Review, type ReviewSource, type Signoff, type TrainingPlan } from './review.js';
import { findScale } from './scales.js';
import { readIntegrity, readParty, readRplBreakdown, readTime } from './validate-result.js';

const REVIEW_KEYS = ['format', 'framework', 'subject', 'scale', 'sources', 'items', 'signoffs', 'rpl', 'plan', 'started', 'updated', 'submitted', 'integrity'];

/**
 * Validates untrusted review input (object or JSON text). Never throws.
 * Checks the structure, that each party appears once among the sources and
 * the sign-offs, that each item is agreed once, and, given the framework,
 * that the review is about that framework and version (`framework-mismatch`,
 * `version-mismatch`), names only its items (`unknown-id`) and agrees only
 * points of its scale. On a mismatch the review is still returned in `value`,
 * so a caller can say what it is, but must not apply it silently.
 */
export function validateReview(input: unknown, framework?: Pick<Framework, 'id' | 'version' | 'items'> & Partial<Pick<Framework, 'scales'>>): Validation<Review> {
  const { r, o, about, given: fwObj } = readDocumentHead(input, REVIEW_FORMAT, REVIEW_KEYS);
  if (!o) return { problems: r.problems, valid: false };
  const parties = new Set<string>();
  const once = (party: string | undefined, path: string, what: string) => {
    if (!party) return;
    if (parties.has(party)) r.error(childPath(path, 'party'), 'duplicate-party', `The ${party} appears twice among the ${what}.`);
    parties.add(party);
  };
  const sources =
    r.array(o, 'sources', '$', true, (v, at): ReviewSource | undefined => {
      const e = r.object(v, at);
      if (!e) return undefined;
      r.unknownKeys(e, ['party', 'rater', 'submitted', 'updated', 'digest'], at);
      const party = readParty(r, e, at, true);
      once(party, at, 'sources');
      const digest = r.string(e, 'digest', at, false);
      if (digest !== undefined && !/^[0-9a-f]{64}$/.test(digest)) r.error(childPath(at, 'digest'), 'integrity', '"digest" must be 64 lower-case hexadecimal digits (SHA-256).');
      const source = compact({ party, rater: r.string(e, 'rater', at, false), submitted: readTime(r, e, 'submitted', at, false), updated: readTime(r, e, 'updated', at, true), digest });
      return party && source.updated ? (source as ReviewSource) : undefined;
    }) ?? [];
  parties.clear();
  const scale = r.string(o, 'scale', '$', true) ?? '';
  const agreedOnce = new Map<string, string>();
  const items =
    r.array(o, 'items', '$', true, (v, at): AgreedRating | undefined => {
      const e = r.object(v, at);
      if (!e) return undefined;
      r.unknownKeys(e, ['item', 'agreed', 'reason', 'time'], at);
      const item = r.string(e, 'item', at, true);
      const raw = r.field(e, 'agreed');
      let agreed: number | null | undefined = null;
      if (raw === undefined) r.error(childPath(at, 'agreed'), 'missing', 'Missing "agreed" (a scale point, or null for "not sure").');
      else if (raw !== null) agreed = r.number(e, 'agreed', at, true);
      const time = readTime(r, e, 'time', at, true);
      if (item && agreedOnce.has(item)) r.error(childPath(at, 'item'), 'duplicate-id', `Item "${item}" is agreed twice (first at ${agreedOnce.get(item)}).`);
      else if (item) agreedOnce.set(item, at);
      return item && agreed !== undefined && time ? compact({ item, agreed, reason: r.string(e, 'reason', at, false), time }) : undefined;
    }) ?? [];
  const signoffs =
    r.array(o, 'signoffs', '$', true, (v, at): Signoff | undefined => {
      const e = r.object(v, at);
      if (!e) return undefined;
      r.unknownKeys(e, ['party', 'name', 'role', 'date', 'statement', 'time'], at);
      const party = readParty(r, e, at, true);
      once(party, at, 'sign-offs');
      const s = compact({
        party,
        name: r.string(e, 'name', at, true),
        role: r.string(e, 'role', at, false),
        date: r.string(e, 'date', at, true),
        statement: r.string(e, 'statement', at, true),
        time: readTime(r, e, 'time', at, true),
      });
      if (s.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(s.date)) r.error(childPath(at, 'date'), 'time', `"date" must be a date (YYYY-MM-DD) but is ${describe(s.date)}.`);
      return s.party && s.name && s.date && s.statement && s.time ? (s as Signoff) : undefined;
    }) ?? [];
  const rplRaw = r.field(o, 'rpl');
  const rpl = rplRaw === undefined ? undefined : readRplBreakdown(r, rplRaw, '$.rpl');
  const planRaw = r.field(o, 'plan');
  const plan = planRaw === undefined ? undefined : readPlan(r, planRaw, '$.plan');
  const integrityRaw = r.field(o, 'integrity');
  const review = compact({
    format: REVIEW_FORMAT,
    framework: about,
    subject: r.string(o, 'subject', '$', false),
    scale,
    sources,
    items,
    signoffs,
    rpl,
    plan,
    started: readTime(r, o, 'started', '$', true) ?? '',
    updated: readTime(r, o, 'updated', '$', true) ?? '',
    submitted: readTime(r, o, 'submitted', '$', false),
    integrity: integrityRaw === undefined ? undefined : readIntegrity(r, integrityRaw, '$.integrity'),
  }) as Review;

  if (framework && fwObj) {
    checkFrameworkRef(r, 'review', about, framework);
    const ids = new Set(framework.items.map((i) => i.id));
    const known = findScale(scale, framework);
    items.forEach((a, i) => {
      if (!ids.has(a.item)) r.error(`$.items[${i}].item`, 'unknown-id', `Item "${a.item}" is not in this framework.`);
      if (known && typeof a.agreed === 'number' && !known.points.some((p) => p.value === a.agreed)) {
        r.error(`$.items[${i}].agreed`, 'unknown-point', `${a.agreed} is not a point of the scale "${known.id}".`);
      }
    });
  }
  const structural = r.problems.some((p) => p.severity === 'error' && !MISMATCH_CODES.has(p.code));
  return { value: structural ? undefined : review, problems: r.problems, valid: !r.problems.some((p) => p.severity === 'error') };
}

function readPlan(r: Reader, value: unknown, path: string): TrainingPlan | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  r.unknownKeys(o, ['threshold', 'groups', 'items', 'hours'], path);
  const groups = r.array(o, 'groups', path, true, (v, at): PlanGroup | undefined => {
    const g = r.object(v, at);
    if (!g) return undefined;
    r.unknownKeys(g, ['id', 'label', 'items', 'hours'], at);
    const items = r.array(g, 'items', at, true, (iv, iat): PlanItem | undefined => {
      const e = r.object(iv, iat);
      if (!e) return undefined;
      r.unknownKeys(e, ['item', 'agreed', 'hours'], iat);
      const raw = r.field(e, 'agreed');
      const item = r.string(e, 'item', iat, true);
      return item ? compact({ item, agreed: raw === null ? null : r.number(e, 'agreed', iat, false), hours: r.number(e, 'hours', iat, false) }) : undefined;
    });
    const id = r.string(g, 'id', at, true);
    const label = r.string(g, 'label', at, true);
    return id && label && items ? compact({ id, label, items, hours: r.number(g, 'hours', at, false) }) : undefined;
  });
  const threshold = r.number(o, 'threshold', path, true);
  const items = r.number(o, 'items', path, true);
  if (threshold === undefined || items === undefined || !groups) return undefined;
  return compact({ threshold, groups, items, hours: r.number(o, 'hours', path, false) });
}
