/**
 * The initial-assessment review (`ksb-review/1`): the parties' results for
 * one framework side by side, the rating agreed per item with a reason where
 * it differs from a party's, the prior-learning (RPL) breakdown and the
 * training plan from the agreed ratings, and each party's sign-off. Pure
 * functions; `<ksb-review>` renders them.
 */
import type { Framework } from './framework.js';
import type { Integrity } from './integrity.js';
import { compact } from './problems.js';
import { PARTIES, RESULT_FORMAT, type Party, type Result } from './result.js';
import type { ItemHours, RplBreakdown } from './rpl.js';
import { meanRating, summariseGroups, type GroupBy } from './summary.js';

/** The format marker every review carries. */
export const REVIEW_FORMAT = 'ksb-review/1';

/** One party's result, as the review recorded it. */
export interface ReviewSource {
  party: Party;
  /** The rater named in the result, if any. */
  rater?: string;
  /** When the party submitted the result; absent for a draft. */
  submitted?: string;
  /** When the result last changed. */
  updated: string;
  /** The result's own digest (`integrity.digest`) when it had one: a later change to the result shows. */
  digest?: string;
}

/** The rating agreed for one item. */
export interface AgreedRating {
  item: string;
  /** The scale point agreed; `null` when the parties agreed that no rating can be given yet ("not sure"). */
  agreed: number | null;
  /** Why, where the agreed rating differs from a party's rating. */
  reason?: string;
  /** When this agreement last changed (ISO 8601). */
  time: string;
}

/** One party's sign-off: what the person typed, and when. The host authenticates people; the review does not. */
export interface Signoff {
  party: Party;
  /** The name typed. */
  name: string;
  /** The role typed (job title, relationship to the learner). */
  role?: string;
  /** The date typed (YYYY-MM-DD). */
  date: string;
  /** The declaration the person signed, word for word. */
  statement: string;
  /** When the sign-off was recorded (ISO 8601). */
  time: string;
}

/** One item of the training plan. */
export interface PlanItem {
  item: string;
  /** The agreed rating (below the threshold), `null` for "not sure"; absent when not agreed. */
  agreed?: number | null;
  /** Planned off-the-job hours, where hours per item were given. */
  hours?: number;
}

/** The items to train in one duty or section. */
export interface PlanGroup {
  id: string;
  label: string;
  items: PlanItem[];
  /** Their planned off-the-job hours, where hours per item were given. */
  hours?: number;
}

/** The training plan: every item below the prior-learning threshold, grouped by duty or section. */
export interface TrainingPlan {
  /** The agreed rating at or above which an item counts as prior learning (and is left out). */
  threshold: number;
  groups: PlanGroup[];
  /** How many items are to be trained. */
  items: number;
  /** Planned off-the-job hours of all of them, where hours per item were given. */
  hours?: number;
}

/**
 * What `<ksb-review>` emits and accepts back (`ksb-review/1`): plain JSON.
 * Submitted, it carries `integrity` over its canonical JSON, and each source
 * result's own digest, so a later change to the review or to a source shows.
 */
export interface Review {
  format: typeof REVIEW_FORMAT;
  framework: { id: string; version: string; title?: string };
  /** Who the review is about (the learner), as the host or the results named them. */
  subject?: string;
  /** The scale of the agreed ratings. */
  scale: string;
  /** The parties' results reviewed, one per party. */
  sources: ReviewSource[];
  /** The agreed rating per item, in the order first agreed. */
  items: AgreedRating[];
  /** Each party's sign-off. */
  signoffs: Signoff[];
  /** The RPL breakdown from the agreed ratings, when the programme figures were given. */
  rpl?: RplBreakdown;
  /** The training plan from the agreed ratings. */
  plan?: TrainingPlan;
  started: string;
  updated: string;
  submitted?: string;
  integrity?: Integrity;
}

/** The parties' ratings of one item, and whether they disagree. */
export interface PartyComparison {
  item: string;
  /** Each party's rating, in the order of the results: a number, `null` for "not sure", absent when not answered. */
  ratings: { party: Party; value?: number | null }[];
  /** Highest minus lowest numeric rating (0 with fewer than two). */
  spread: number;
  /** Some party answered "not sure". */
  unsure: boolean;
  /** Flagged for discussion: the spread is at least the disagreement threshold, or a party is not sure. */
  flagged: boolean;
}

/** The sources of a review, from the parties' results. */
export function reviewSources(results: readonly Result[]): ReviewSource[] {
  return results.map((r) =>
    compact({ party: r.party ?? 'learner', rater: r.rater, submitted: r.submitted, updated: r.updated, digest: r.integrity?.digest }),
  );
}

/** A new, empty review of the given results. */
export function createReview(
  framework: Pick<Framework, 'id' | 'version'> & { title?: string },
  scale: string,
  results: readonly Result[],
  now: Date = new Date(),
  subject?: string,
): Review {
  const time = now.toISOString();
  return compact({
    format: REVIEW_FORMAT,
    framework: compact({ id: framework.id, version: framework.version, title: framework.title }),
    subject: subject ?? results.find((r) => r.subject)?.subject,
    scale,
    sources: reviewSources(results),
    items: [],
    signoffs: [],
    started: time,
    updated: time,
  }) as Review;
}

/** The parties of the results, in the order of `PARTIES`. */
export function partiesOf(results: readonly Result[]): Party[] {
  const present = new Set(results.map((r) => r.party ?? 'learner'));
  return PARTIES.filter((p) => present.has(p));
}

/**
 * Compares the parties' ratings item by item. An item is flagged where the
 * numeric ratings spread by at least `disagreement` points, or a party
 * answered "not sure".
 */
export function compareParties(results: readonly Result[], itemIds: readonly string[], disagreement = 2): PartyComparison[] {
  const maps = results.map((r) => ({ party: r.party ?? 'learner', byItem: new Map(r.responses.map((x) => [x.item, x.value])) }));
  return itemIds.map((item) => {
    const ratings = maps.map(({ party, byItem }) => compact({ party, value: byItem.get(item) }));
    const numbers = ratings.map((r) => r.value).filter((v): v is number => typeof v === 'number');
    const spread = numbers.length > 1 ? Math.max(...numbers) - Math.min(...numbers) : 0;
    const unsure = ratings.some((r) => r.value === null);
    return { item, ratings, spread, unsure, flagged: unsure || (numbers.length > 1 && spread >= disagreement) };
  });
}

/** Whether an agreed rating needs a reason: it differs from the rating some party gave. */
export function reasonNeeded(comparison: PartyComparison | undefined, agreed: number | null | undefined): boolean {
  if (agreed === undefined || !comparison) return false;
  return comparison.ratings.some((r) => r.value !== undefined && r.value !== agreed);
}

/**
 * A copy of the review with one item's agreement changed: `agreed` sets the
 * rating (undefined removes the agreement, reason and all), `reason` the
 * reason. Pure.
 */
export function setAgreed(review: Review, item: string, change: { agreed?: number | null; reason?: string }, now: Date = new Date()): Review {
  const time = now.toISOString();
  const existing = review.items.find((i) => i.item === item);
  const agreed = 'agreed' in change ? change.agreed : existing?.agreed;
  const base = withoutDigest(review);
  if (agreed === undefined) return { ...base, items: review.items.filter((i) => i.item !== item), updated: time };
  const reason = 'reason' in change ? change.reason || undefined : existing?.reason;
  const next: AgreedRating = compact({ item, agreed, reason, time });
  const items = existing ? review.items.map((i) => (i.item === item ? next : i)) : [...review.items, next];
  return { ...base, items, updated: time };
}

/**
 * Takes `party`'s rating as the agreed rating of every item where the parties
 * agree (not flagged) and which has no agreed rating yet. The reviewer's own
 * choices are never overwritten.
 */
export function takePartyRatings(review: Review, comparisons: readonly PartyComparison[], party: Party, now: Date = new Date()): Review {
  let next = review;
  for (const c of comparisons) {
    if (c.flagged || review.items.some((i) => i.item === c.item)) continue;
    const value = c.ratings.find((r) => r.party === party)?.value;
    if (value !== undefined) next = setAgreed(next, c.item, { agreed: value }, now);
  }
  return next;
}

/** A copy of the review with a party's sign-off recorded (replacing an earlier one) or, with `undefined`, removed. */
export function setSignoff(review: Review, party: Party, signoff: Omit<Signoff, 'party' | 'time'> | undefined, now: Date = new Date()): Review {
  const time = now.toISOString();
  const others = review.signoffs.filter((s) => s.party !== party);
  const signoffs = signoff ? [...others, compact({ party, ...signoff, time })] : others;
  return { ...withoutDigest(review), signoffs: PARTIES.flatMap((p) => signoffs.filter((s) => s.party === p)), updated: time };
}

/** The agreed ratings as a result (party-less), for the summaries and the RPL calculation. */
export function agreedResult(review: Review): Result {
  return {
    format: RESULT_FORMAT,
    framework: review.framework,
    subject: review.subject,
    scale: review.scale,
    started: review.started,
    updated: review.updated,
    responses: review.items.map((i) => ({ item: i.item, value: i.agreed, scale: review.scale, time: i.time })),
  };
}

/**
 * The training plan from the agreed ratings: every item not agreed at or
 * above `threshold` (below it, "not sure", or not agreed yet), grouped by
 * duty, parent or item type, with planned hours where `hoursPerItem` gives
 * them.
 */
export function trainingPlan(
  framework: Framework,
  itemIds: readonly string[],
  review: Review,
  threshold: number,
  groupBy: GroupBy,
  hoursPerItem?: readonly ItemHours[],
): TrainingPlan {
  const agreed = new Map(review.items.map((i) => [i.item, i.agreed]));
  const hours = hoursPerItem && new Map(hoursPerItem.map((h) => [h.item, h.hours]));
  const toTrain = itemIds.filter((id) => {
    const v = agreed.get(id);
    return typeof v !== 'number' || v < threshold;
  });
  // By duty falls back to item type without duties, as the scan's sections do; an item may sit in several duties.
  const hasDuties = framework.items.some((i) => i.type === 'duty');
  const groups = summariseGroups(framework, undefined, groupBy === 'duty' && !hasDuties ? 'type' : groupBy, toTrain).map((g): PlanGroup => {
    const items = g.items.map((item) => compact({ item, agreed: agreed.get(item), hours: hours?.get(item) }));
    return compact({ id: g.id || 'other', label: g.label, items, hours: hours ? sum(items.map((i) => i.hours ?? 0)) : undefined });
  });
  const total = hours ? sum(toTrain.map((id) => hours.get(id) ?? 0)) : undefined;
  return compact({ threshold, groups, items: toTrain.length, hours: total });
}

/** What still stops a review being submitted. */
export interface ReviewGaps {
  /** Items with no agreed rating. */
  unagreed: string[];
  /** Items whose agreed rating differs from a party's, with no reason. */
  reasonsMissing: string[];
  /** Parties who have not signed. */
  unsigned: Party[];
}

/** What is missing before a review can be submitted: an agreed rating per item, the reasons, and every signer's sign-off. */
export function reviewGaps(review: Review, comparisons: readonly PartyComparison[], signers: readonly Party[]): ReviewGaps {
  const agreed = new Map(review.items.map((i) => [i.item, i]));
  const signed = new Set(review.signoffs.map((s) => s.party));
  return {
    unagreed: comparisons.filter((c) => !agreed.has(c.item)).map((c) => c.item),
    reasonsMissing: comparisons.filter((c) => {
      const a = agreed.get(c.item);
      return a && !a.reason?.trim() && reasonNeeded(c, a.agreed);
    }).map((c) => c.item),
    unsigned: signers.filter((p) => !signed.has(p)),
  };
}

/** Mean rating per party in each group of items (for the comparison chart and its table); `null` where a party rated none. */
export function partyMeans(results: readonly Result[], groups: readonly { id: string; items: readonly string[] }[]): { id: string; means: { party: Party; mean: number | null }[] }[] {
  return groups.map((g) => ({ id: g.id, means: results.map((r) => ({ party: r.party ?? 'learner', mean: meanRating(r, g.items) })) }));
}

const sum = (ns: number[]) => Math.round(ns.reduce((a, b) => a + b, 0) * 100) / 100;

function withoutDigest(review: Review): Review {
  const { integrity: _stale, submitted: _submitted, ...rest } = review;
  return rest;
}
