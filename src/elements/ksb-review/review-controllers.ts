/**
 * Two pieces of `<ksb-review>`'s state with a job of their own: the digest
 * checks of its inputs (computed before the render that reads them), and the
 * sign-off forms (what each signer has typed and not yet signed, and why a
 * sign-off was refused). Each asks its element for a render when it changes.
 */
import type { IntegrityCheck } from '../../model/integrity.js';
import type { Party } from '../../model/result.js';
import type { Signoff } from '../../model/review.js';
import { integrityCode } from '../../shared/integrity-code.js';
import { today } from './review-data.js';
import type { ReviewStrings } from './review-strings.js';
import type { SignDraft } from './review-view.js';

export type DigestStatus = IntegrityCheck['status'] | undefined;

/** Whether a document (object or JSON text) carries an `integrity` stamp to check. */
const carriesDigest = (doc: unknown) => (typeof doc === 'string' ? doc.includes('"integrity"') : !!doc && typeof doc === 'object' && 'integrity' in doc);

/**
 * The digest check of the `value` and of every `results` entry that carries
 * one, once per pair of inputs: `statuses[0]` is the value's, then one per
 * result. `check` returns the promise while checks run, so the element's
 * update can wait for them (`lazyChunks`): a result that fails its digest is
 * never shown as if intact.
 */
export class DigestChecks {
  statuses: DigestStatus[] = [];
  private key?: [unknown, unknown];
  private pending?: Promise<void>;

  constructor(private readonly changed: () => void) {}

  check(results: unknown, value: unknown): Promise<void> | undefined {
    if (this.key && this.key[0] === results && this.key[1] === value) return this.pending;
    const key: [unknown, unknown] = [results, value];
    this.key = key;
    const entries = [value, ...(Array.isArray(results) ? results : [])];
    if (!entries.some(carriesDigest)) {
      if (this.statuses.length) this.statuses = [];
      this.pending = undefined;
      return undefined;
    }
    const pending = (async () => {
      await integrityCode.load();
      const code = integrityCode.value;
      const checked = await Promise.all(entries.map((e) => (code && carriesDigest(e) ? code.verifyIntegrity(e).then((c) => c.status) : undefined)));
      if (this.key === key) {
        this.statuses = checked;
        this.changed();
      }
    })();
    this.pending = pending;
    void pending.finally(() => this.pending === pending && (this.pending = undefined));
    return pending;
  }
}

/** Why a sign-off was refused: the field to correct and what to say. */
export interface SignProblem {
  field: 'name' | 'date';
  text: string;
}

/**
 * The sign-off forms: what each signer has typed (kept across renders and
 * changes of `results`), and the problem that stopped a sign-off. Today's
 * date is the date's default.
 */
export class SignoffForms {
  private drafts = new Map<Party, SignDraft>();
  private problems = new Map<Party, SignProblem>();

  constructor(private readonly changed: () => void) {}

  draft(party: Party): SignDraft {
    return this.drafts.get(party) ?? { name: '', role: '', date: today() };
  }

  edit(party: Party, field: keyof SignDraft, value: string): void {
    this.drafts.set(party, { ...this.draft(party), [field]: value });
    this.changed();
  }

  problem(party: Party): SignProblem | undefined {
    return this.problems.get(party);
  }

  /** The sign-off to record from what was typed, or the problem (kept to show) that stops it. */
  take(party: Party, s: ReviewStrings): { signoff?: Omit<Signoff, 'party' | 'time' | 'statement'>; problem?: SignProblem } {
    const d = this.draft(party);
    const problem = !d.name.trim() ? { field: 'name' as const, text: s.signNameMissing } : !/^\d{4}-\d{2}-\d{2}$/.test(d.date) ? { field: 'date' as const, text: s.signDateMissing } : undefined;
    if (problem) this.problems.set(party, problem);
    else this.problems.delete(party);
    this.changed();
    if (problem) return { problem };
    const role = d.role.trim();
    return { signoff: { name: d.name.trim(), ...(role ? { role } : {}), date: d.date } };
  }

  /** A sign-off removed: its form comes back holding what was signed, so nothing typed is lost. */
  restore(signed: Signoff): void {
    this.drafts.set(signed.party, { name: signed.name, role: signed.role ?? '', date: signed.date });
    this.changed();
  }

  clear(): void {
    this.drafts.clear();
    this.problems.clear();
    this.changed();
  }
}
