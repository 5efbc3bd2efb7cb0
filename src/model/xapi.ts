/**
 * Results and reviews as xAPI 1.0.3 statements, for the learning record
 * stores (LRS) of employers' and providers' platforms. Pure: the library
 * builds the statements; the host sends them (see the README, "Sending
 * results on").
 *
 * - One statement per response (verb `responded`): the item is the activity
 *   (code as its name, statement as its description), the framework its
 *   parent and grouping activity, the scale point `result.score` (scaled 0
 *   to 1, with raw, min and max) and the note `result.response`.
 * - One per agreed rating of a review (verb `scored`), naming the parties
 *   who signed the review off.
 * - One for the submission (verb `completed`, the framework as the object),
 *   when the result or review was submitted.
 *
 * The actor is whoever the host says (an account or mailbox): never guessed
 * from the result's `subject`.
 */
import type { Framework, Item, Scale } from './framework.js';
import type { Problem } from './problems.js';
import type { Result } from './result.js';
import type { Review } from './review.js';
import { findScale } from './scales.js';
import { validateResult } from './validate-result.js';
import { validateReview } from './validate-review.js';

/** A language map: text by BCP 47 tag. */
export type XapiLanguageMap = Record<string, string>;

/** The agent a statement is about, identified as xAPI requires: exactly one of these. */
export type XapiActor = { objectType?: 'Agent'; name?: string } & (
  | { mbox: string }
  | { mbox_sha1sum: string }
  | { openid: string }
  | { account: { homePage: string; name: string } }
);

/** An activity: the framework or one of its items. */
export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: { type?: string; name?: XapiLanguageMap; description?: XapiLanguageMap; extensions?: Record<string, unknown> };
}

/** One xAPI 1.0.3 statement, as `toXapi` builds them. */
export interface XapiStatement {
  actor: XapiActor & { objectType: 'Agent' };
  verb: { id: string; display: XapiLanguageMap };
  object: XapiActivity;
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number };
    response?: string;
    completion?: boolean;
    extensions?: Record<string, unknown>;
  };
  context: {
    registration?: string;
    platform: string;
    language?: string;
    contextActivities?: { parent?: XapiActivity[]; grouping?: XapiActivity[] };
    extensions: Record<string, unknown>;
  };
  timestamp: string;
  version: '1.0.3';
}

/** What `toXapi` needs from the host. */
export interface XapiOptions {
  /** Who the statements are about: an account on the host's platform, or a `mailto:` mailbox. Required. */
  actor: XapiActor;
  /**
   * The start of every activity id: an absolute IRI (`https://provider.example/xapi/`)
   * or a URN prefix. Default `urn:ksb-elements:`, giving e.g.
   * `urn:ksb-elements:framework/st0958/item/K1`.
   */
  baseIri?: string;
  /** The registration (a UUID) the statements belong to, e.g. one per learner's programme. */
  registration?: string;
}

/** The verbs used, from the ADL vocabulary. */
export const XAPI_VERBS = Object.freeze({
  responded: 'http://adlnet.gov/expapi/verbs/responded',
  scored: 'http://adlnet.gov/expapi/verbs/scored',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
});

/**
 * The extension keys, fixed whatever the base IRI, so a reader of any host's
 * statements finds them: who rated, the framework version, the digests, the
 * scale point with its label, and a review's signing parties.
 */
export const XAPI_EXTENSIONS = Object.freeze({
  party: 'urn:ksb-elements:xapi:party',
  subject: 'urn:ksb-elements:xapi:subject',
  rater: 'urn:ksb-elements:xapi:rater',
  frameworkVersion: 'urn:ksb-elements:xapi:framework-version',
  resultDigest: 'urn:ksb-elements:xapi:result-digest',
  reviewDigest: 'urn:ksb-elements:xapi:review-digest',
  rating: 'urn:ksb-elements:xapi:rating',
  agreedBy: 'urn:ksb-elements:xapi:agreed-by',
  itemType: 'urn:ksb-elements:xapi:item-type',
});

/** The default start of activity ids. */
export const XAPI_DEFAULT_BASE = 'urn:ksb-elements:';

const ACTIVITY_TYPES = {
  framework: 'http://adlnet.gov/expapi/activities/assessment',
  item: 'http://adlnet.gov/expapi/activities/objective',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
// An absolute IRI or URN: a scheme, a colon, and no spaces.
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
const MAILTO = /^mailto:[^\s@]+@[^\s@]+$/i;

const error = (path: string, code: string, message: string): Problem => ({ path, code, message, severity: 'error' });

/** What is wrong with the host's options, as problems (paths under `options`). */
function optionProblems(options: Partial<XapiOptions> | undefined): Problem[] {
  const problems: Problem[] = [];
  const actor = options?.actor as Record<string, unknown> | undefined;
  if (!actor || typeof actor !== 'object') {
    problems.push(error('options.actor', 'missing-actor', 'xAPI statements need an actor: an account ({ account: { homePage, name } }) or a mailbox ({ mbox: "mailto:…" }). It is never guessed from the result.'));
  } else {
    const ids = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => actor[k] !== undefined);
    const account = actor.account as Record<string, unknown> | undefined;
    if (ids.length !== 1) problems.push(error('options.actor', 'invalid-actor', `The actor needs exactly one of mbox, mbox_sha1sum, openid or account; it has ${ids.length ? ids.join(' and ') : 'none'}.`));
    else if (ids[0] === 'mbox' && !MAILTO.test(String(actor.mbox))) problems.push(error('options.actor.mbox', 'invalid-actor', 'The actor\'s mbox must be a "mailto:" address, e.g. "mailto:jo@example.com".'));
    else if (ids[0] === 'mbox_sha1sum' && !/^[0-9a-f]{40}$/i.test(String(actor.mbox_sha1sum))) problems.push(error('options.actor.mbox_sha1sum', 'invalid-actor', 'The actor\'s mbox_sha1sum must be 40 hexadecimal digits.'));
    else if (ids[0] === 'openid' && !ABSOLUTE_IRI.test(String(actor.openid))) problems.push(error('options.actor.openid', 'invalid-actor', 'The actor\'s openid must be an absolute URI.'));
    else if (ids[0] === 'account' && (!account || typeof account.name !== 'string' || !account.name || !ABSOLUTE_IRI.test(String(account.homePage))))
      problems.push(error('options.actor.account', 'invalid-actor', 'The actor\'s account needs a homePage (an absolute URL) and a name.'));
    if (actor.name !== undefined && typeof actor.name !== 'string') problems.push(error('options.actor.name', 'invalid-actor', 'The actor\'s name must be text.'));
  }
  if (options?.baseIri !== undefined && !ABSOLUTE_IRI.test(options.baseIri)) problems.push(error('options.baseIri', 'invalid-base-iri', `The base IRI "${options.baseIri}" is not an absolute IRI (e.g. "https://provider.example/xapi/" or "urn:provider:").`));
  if (options?.registration !== undefined && !UUID.test(options.registration)) problems.push(error('options.registration', 'invalid-registration', `The registration "${options.registration}" is not a UUID.`));
  return problems;
}

const isReview = (doc: unknown): doc is Review => (doc as { format?: unknown } | null)?.format === 'ksb-review/1';

/**
 * Everything that stops `toXapi`: the result or review invalid, or for another
 * framework or version than `framework`, and the options' problems (no actor, a
 * malformed actor, base IRI or registration). Empty when the statements can be built.
 */
export function xapiProblems(doc: Result | Review, framework: Framework, options: XapiOptions): Problem[] {
  const read = isReview(doc) ? validateReview(doc, framework) : validateResult(doc, framework);
  return [...read.problems.filter((p) => p.severity === 'error'), ...optionProblems(options)];
}

/** Thrown by `toXapi` when the input cannot give statements; `problems` says why. */
export class XapiInputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`No xAPI statements: ${problems.map((p) => `${p.path}: ${p.message}`).join(' ')}`);
    this.name = 'XapiInputError';
    this.problems = problems;
  }
}

/** `base` + path segments, each percent-encoded so an id with `/` or spaces stays one segment. */
const iri = (base: string, ...segments: string[]) => base + segments.map(encodeURIComponent).join('/');

const scoreOf = (scale: Scale | undefined, value: number) => {
  if (!scale?.points.length) return undefined;
  const values = scale.points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { scaled: max > min ? Math.round(((value - min) / (max - min)) * 10000) / 10000 : 1, raw: value, min, max };
};

/**
 * The xAPI 1.0.3 statements of a result (`ksb-result/1`) or a review
 * (`ksb-review/1`) of `framework`: one per response (or agreed rating), then
 * one `completed` statement when it was submitted. Throws `XapiInputError`
 * (with every problem) when `xapiProblems` finds any, so nothing partial is
 * ever returned.
 */
export function toXapi(doc: Result | Review, framework: Framework, options: XapiOptions): XapiStatement[] {
  const problems = xapiProblems(doc, framework, options);
  if (problems.length) throw new XapiInputError(problems);
  const base = options.baseIri ?? XAPI_DEFAULT_BASE;
  const lang = framework.language || 'en';
  const text = (value: string): XapiLanguageMap => ({ [lang]: value });
  const actor = { ...options.actor, objectType: 'Agent' as const };
  const frameworkActivity: XapiActivity = {
    objectType: 'Activity',
    id: iri(base, 'framework', framework.id),
    definition: { type: ACTIVITY_TYPES.framework, name: text(framework.title), ...(framework.description ? { description: text(framework.description) } : {}) },
  };
  const review = isReview(doc) ? doc : undefined;
  const result = review ? undefined : (doc as Result);
  const extensions: Record<string, unknown> = { [XAPI_EXTENSIONS.frameworkVersion]: framework.version };
  if (doc.subject) extensions[XAPI_EXTENSIONS.subject] = doc.subject;
  if (result?.party) extensions[XAPI_EXTENSIONS.party] = result.party;
  if (result?.rater) extensions[XAPI_EXTENSIONS.rater] = result.rater;
  if (review) extensions[XAPI_EXTENSIONS.agreedBy] = review.signoffs.map((s) => s.party);
  if (doc.integrity) extensions[review ? XAPI_EXTENSIONS.reviewDigest : XAPI_EXTENSIONS.resultDigest] = doc.integrity.digest;
  const context = (withParent: boolean): XapiStatement['context'] => ({
    ...(options.registration ? { registration: options.registration } : {}),
    platform: 'ksb-elements',
    language: lang,
    // An item sits directly in its framework, so the framework is both its parent and its grouping.
    ...(withParent ? { contextActivities: { parent: [frameworkActivity], grouping: [frameworkActivity] } } : {}),
    extensions,
  });
  const items = new Map(framework.items.map((i) => [i.id, i]));
  const itemActivity = (item: Item): XapiActivity => ({
    objectType: 'Activity',
    id: iri(base, 'framework', framework.id, 'item', item.id),
    definition: {
      type: ACTIVITY_TYPES.item,
      name: text(item.code ?? item.title ?? item.id),
      description: text(item.statement),
      extensions: { [XAPI_EXTENSIONS.itemType]: item.type },
    },
  });
  const statement = (verb: keyof typeof XAPI_VERBS, object: XapiActivity, timestamp: string, withParent: boolean, outcome?: XapiStatement['result']): XapiStatement => ({
    actor,
    verb: { id: XAPI_VERBS[verb], display: { en: verb } },
    object,
    ...(outcome ? { result: outcome } : {}),
    context: context(withParent),
    timestamp,
    version: '1.0.3',
  });
  const rated = (scaleId: string, value: number | null | undefined, note: string | undefined): XapiStatement['result'] => {
    const scale = findScale(scaleId, framework);
    const point = typeof value === 'number' ? scale?.points.find((p) => p.value === value) : undefined;
    const score = typeof value === 'number' ? scoreOf(scale, value) : undefined;
    return {
      ...(score ? { score } : {}),
      ...(note ? { response: note } : {}),
      ...(value !== undefined ? { extensions: { [XAPI_EXTENSIONS.rating]: { scale: scaleId, value, label: value === null ? 'Not sure' : (point?.label ?? String(value)) } } } : {}),
    };
  };
  const statements: XapiStatement[] = [];
  if (review) {
    for (const a of review.items) {
      const item = items.get(a.item);
      if (item) statements.push(statement('scored', itemActivity(item), a.time, true, rated(review.scale, a.agreed, a.reason)));
    }
  } else {
    for (const r of result!.responses) {
      const item = items.get(r.item);
      if (item) statements.push(statement('responded', itemActivity(item), r.time, true, rated(r.scale, r.value, r.note)));
    }
  }
  if (doc.submitted) statements.push(statement('completed', frameworkActivity, doc.submitted, false, { completion: true }));
  return statements;
}
