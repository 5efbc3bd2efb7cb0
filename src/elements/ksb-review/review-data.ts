/**
 * What `<ksb-review>` derives from its inputs, as pure functions: which of the
 * parties' results can be reviewed (and why the others cannot), the items
 * reviewed, who signs and with which declaration, and the sources that have
 * changed since a saved review recorded them. Rendering is in `review-view.ts`.
 */
import type { Framework, Item } from '../../model/framework.js';
import type { IntegrityCheck } from '../../model/integrity.js';
import type { Problem, Validation } from '../../model/problems.js';
import { MISMATCH_CODES, PARTIES, type Party, type Result } from '../../model/result.js';
import type { ItemHours } from '../../model/rpl.js';
import type { Review } from '../../model/review.js';
import { scanItems, DEFAULT_CATEGORIES } from '../../model/sections.js';

/** The results that can be reviewed, and a problem for each one left out. */
export interface ResultsRead {
  results: Result[];
  problems: Problem[];
  /** The scale the results share (that of the first accepted result). */
  scale?: string;
}

type IntegrityStatus = IntegrityCheck['status'];
type ValidateResult = (input: unknown, framework: Framework) => Validation<Result>;

/**
 * Reads the `results` input: each entry is validated against the framework,
 * and left out (with a problem naming it, never merged) when it is not a
 * result, is for another framework or version, names items the framework
 * lacks, uses another scale than the first, repeats a party, or no longer
 * matches its own digest (`digests`: each entry's check, by position).
 */
export function readResults(
  input: unknown,
  framework: Framework,
  validate: ValidateResult,
  digests: readonly (IntegrityStatus | undefined)[],
): ResultsRead {
  if (input === undefined || input === null || input === '') return { results: [], problems: [] };
  if (!Array.isArray(input)) {
    return { results: [], problems: [{ path: '$', code: 'type', severity: 'error', message: '"results" must be an array of results (one per party).' }] };
  }
  const results: Result[] = [];
  const problems: Problem[] = [];
  const seen = new Map<Party, number>();
  let scale: string | undefined;
  input.forEach((entry, index) => {
    const at = `$[${index}]`;
    const refuse = (code: string, message: string) => problems.push({ path: at, code, severity: 'error', message: `Result ${index + 1}: ${message}` });
    const v = validate(entry, framework);
    const errors = v.problems.filter((p) => p.severity === 'error');
    if (!v.value) {
      const first = errors[0];
      refuse(first?.code ?? 'invalid', `${first?.message ?? 'it is not a ksb-result/1 document.'}${errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : ''}`);
      return;
    }
    const result = v.value;
    const party = result.party ?? 'learner';
    const mismatch = errors.find((p) => MISMATCH_CODES.has(p.code));
    if (mismatch) return refuse(mismatch.code, mismatch.message);
    if (digests[index] === 'changed') return refuse('integrity', `the ${party}’s result has changed since it was submitted: it no longer matches its digest.`);
    if (digests[index] === 'invalid') return refuse('integrity', `the ${party}’s result has an unreadable "integrity" field.`);
    if (seen.has(party)) return refuse('duplicate-party', `a second result from the ${party} (the first is result ${seen.get(party)! + 1}); give one result per party.`);
    if (scale !== undefined && result.scale !== scale) return refuse('scale', `it uses the scale "${result.scale}", the others "${scale}".`);
    scale ??= result.scale;
    seen.set(party, index);
    results.push(result);
  });
  // Shown in the order of the parties, so the columns do not move with the host's order.
  results.sort((a, b) => PARTIES.indexOf(a.party ?? 'learner') - PARTIES.indexOf(b.party ?? 'learner'));
  return { results, problems, scale };
}

/**
 * The items reviewed: `only` when given (known ids), else the items a scan
 * asks about, plus any item a party rated or the review agreed that those
 * leave out (a rater's competencies), in framework order.
 */
export function reviewItems(framework: Framework, results: readonly Result[], only: readonly string[], agreed: readonly string[] = []): Item[] {
  if (only.length) {
    const wanted = new Set(only);
    return framework.items.filter((i) => wanted.has(i.id));
  }
  const asked = new Set(scanItems(framework, DEFAULT_CATEGORIES).map((i) => i.id));
  const rated = new Set([...results.flatMap((r) => r.responses.map((x) => x.item)), ...agreed]);
  return framework.items.filter((i) => asked.has(i.id) || rated.has(i.id));
}

/**
 * Who signs: the parties named by `signers` (space- or comma-separated),
 * else every party whose result is reviewed and the provider (who carries
 * out the assessment), in the order of `PARTIES`.
 */
export function signersOf(signers: readonly string[], results: readonly Result[]): { signers: Party[]; problems: Problem[] } {
  const unknown = signers.filter((p) => !PARTIES.includes(p as Party));
  const problems: Problem[] = unknown.length
    ? [{ path: '$.signers', code: 'party', severity: 'error', message: `"signers" names unknown parties (${unknown.join(', ')}): use ${PARTIES.join(', ')}.` }]
    : [];
  const named = signers.filter((p): p is Party => PARTIES.includes(p as Party));
  const wanted = new Set<Party>(named.length ? named : [...results.map((r) => r.party ?? 'learner'), 'provider']);
  return { signers: PARTIES.filter((p) => wanted.has(p)), problems };
}

/** The host's declarations (`declarations`: an object of party to text) over the defaults, with a problem for anything else. */
export function declarationsOf(input: unknown, defaults: Readonly<Record<Party, string>>): { declarations: Record<Party, string>; problems: Problem[] } {
  if (input === undefined || input === null || input === '') return { declarations: { ...defaults }, problems: [] };
  const problem = (message: string): Problem => ({ path: '$.declarations', code: 'type', severity: 'error', message });
  if (typeof input !== 'object' || Array.isArray(input)) return { declarations: { ...defaults }, problems: [problem('"declarations" must be an object of party to declaration text.')] };
  const declarations = { ...defaults };
  const problems: Problem[] = [];
  for (const [party, text] of Object.entries(input as Record<string, unknown>)) {
    if (!PARTIES.includes(party as Party)) problems.push(problem(`"declarations" names an unknown party "${party}".`));
    else if (typeof text !== 'string' || !text.trim()) problems.push(problem(`The ${party}’s declaration must be text.`));
    else declarations[party as Party] = text;
  }
  return { declarations, problems };
}

/** The hours per item, where the host gave a usable list (the RPL calculation reports a bad one). */
export function itemHours(input: unknown): ItemHours[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const list = input.filter((h): h is ItemHours => !!h && typeof h === 'object' && typeof h.item === 'string' && typeof h.hours === 'number' && Number.isFinite(h.hours));
  return list.length === input.length ? list : undefined;
}

/** What a source is recorded as: its digest, else when it last changed. */
const mark = (s: { digest?: string; updated: string; submitted?: string }) => s.digest ?? `${s.updated}|${s.submitted ?? ''}`;

/** The parties whose results differ from what the review recorded of them (or that it did not record). */
export function changedSources(review: Review, current: Review['sources']): Party[] {
  const recorded = new Map(review.sources.map((s) => [s.party, mark(s)]));
  return current.filter((s) => recorded.get(s.party) !== mark(s)).map((s) => s.party);
}

/** Today's date in the device's time zone (YYYY-MM-DD), the default of a sign-off's date. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
