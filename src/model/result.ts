import type { Framework } from './framework.js';
import { compact } from './problems.js';
import type { Integrity } from './integrity.js';
import type { RplBreakdown } from './rpl.js';

/** Who gave the ratings of a result: the learner about themself, or another party about the learner. */
export type Party = 'learner' | 'employer' | 'provider' | 'assessor';

/** Every party, in the order reviews show them. */
export const PARTIES: readonly Party[] = ['learner', 'employer', 'provider', 'assessor'];

/** The format marker every result carries. */
export const RESULT_FORMAT = 'ksb-result/1';

/** One item's answer. */
export interface Response {
  /** Id of the framework item. */
  item: string;
  /**
   * The scale point chosen; `null` when the person answered "not sure"; absent
   * when only a note was written.
   */
  value?: number | null;
  /** Scale id the value belongs to. */
  scale: string;
  /** Free-text note or evidence. */
  note?: string;
  /** When this response last changed (ISO 8601). */
  time: string;
}

/**
 * What the elements emit and accept back (`ksb-result/1`): plain JSON that a
 * host can store and give back to resume exactly where the person left off.
 */
export interface Result {
  format: typeof RESULT_FORMAT;
  /** The framework rated: id **and** version, so a stale result is never applied silently. */
  framework: { id: string; version: string; title?: string };
  /** Who or what the result is about, as the host named it. */
  subject?: string;
  /** Who gave the ratings, where the host names them (an assessor, a supervisor). */
  rater?: string;
  /**
   * Which party gave the ratings (`learner`, `employer`, `provider`,
   * `assessor`), where the element was told (`party`); a review compares
   * the parties' results side by side.
   */
  party?: Party;
  /** The scale used by default for the responses. */
  scale: string;
  /** When the first answer was given (ISO 8601). */
  started: string;
  /** When anything last changed (ISO 8601). */
  updated: string;
  /** When it was submitted (ISO 8601); absent for a draft. */
  submitted?: string;
  /** Where the person was, so a resumed element opens at the same place. */
  position?: { section?: string; item?: string };
  /** Answers in the order they were first given. */
  responses: Response[];
  /**
   * The prior-learning (RPL) calculation as at submission, when the host gave
   * the programme figures: the provider's calculation to confirm (see
   * `calculateRpl`). Stamped by `<skills-scan>` on submit.
   */
  rpl?: RplBreakdown;
  /**
   * The role profile the element worked with (see `RoleProfile`): its title
   * and chosen item ids. Absent when the whole framework was used. Stamped by
   * the result elements on every change when a profile is in use.
   */
  profile?: ResultProfile;
  /**
   * Set on submit: the SHA-256 digest of the result's RFC 8785 canonical
   * JSON without this field (see `verifyIntegrity`). Any later change shows.
   */
  integrity?: Integrity;
}

/** The role profile recorded in a result: which items the person was asked about. */
export interface ResultProfile {
  title: string;
  items: string[];
}

/** Creates an empty result for a framework. */
export function createResult(
  framework: Pick<Framework, 'id' | 'version'> & { title?: string },
  scale: string,
  now: Date = new Date(),
  about: { subject?: string; rater?: string; party?: Party } = {},
): Result {
  const time = now.toISOString();
  return compact({
    format: RESULT_FORMAT,
    framework: { id: framework.id, version: framework.version, title: framework.title },
    subject: about.subject,
    rater: about.rater,
    party: about.party,
    scale,
    started: time,
    updated: time,
    responses: [],
  }) as Result;
}

/**
 * Returns a new result with one item's response changed (value and/or note).
 * Pure: the given result is not modified. A response left with neither value
 * nor note is removed, so clearing an answer leaves no trace.
 */
export function setResponse(
  result: Result,
  item: string,
  change: { value?: number | null; note?: string },
  now: Date = new Date(),
  scale: string = result.scale,
): Result {
  const time = now.toISOString();
  // A changed result is no longer the one submitted: its digest goes with the change.
  const { integrity: _stale, ...current } = result;
  result = current;
  const existing = result.responses.find((r) => r.item === item);
  const merged: Response = compact({
    item,
    value: 'value' in change ? change.value : existing?.value,
    scale,
    note: 'note' in change ? change.note || undefined : existing?.note,
    time,
  });
  const empty = merged.value === undefined && merged.note === undefined;
  const responses = existing
    ? result.responses.flatMap((r) => (r.item !== item ? [r] : empty ? [] : [merged]))
    : empty
      ? result.responses
      : [...result.responses, merged];
  return { ...result, responses, updated: time };
}

/** Looks up the response for an item. */
export function responseFor(result: Result | undefined, item: string): Response | undefined {
  return result?.responses.find((r) => r.item === item);
}

/** Problem codes that mean "a well-formed result for something else". */
export const MISMATCH_CODES: ReadonlySet<string> = new Set(['framework-mismatch', 'version-mismatch', 'unknown-id']);

/**
 * The items whose response differs between two results, by identity: `setResponse` keeps
 * every other response object as it was, so a change of one answer names one item. Costs
 * one pass over the responses of each, none over the framework.
 */
export function changedItems(before: Result | undefined, after: Result | undefined): string[] {
  const old = new Map((before?.responses ?? []).map((r) => [r.item, r]));
  const changed: string[] = [];
  for (const r of after?.responses ?? []) {
    if (old.get(r.item) !== r) changed.push(r.item);
    old.delete(r.item);
  }
  for (const item of old.keys()) changed.push(item);
  return changed;
}
