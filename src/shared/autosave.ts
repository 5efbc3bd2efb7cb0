/**
 * Draft storage for `autosave`: where a result element keeps the person's
 * answers on the device between visits. Every function takes the storage
 * through a getter and never throws: browsers throw on reaching
 * `localStorage` itself when storage is disabled or in a sandboxed frame
 * (SecurityError), on writing when it is full (QuotaExceededError), and a
 * stored draft may not be JSON at all. Each outcome comes back as a value.
 *
 * Key format, one entry per draft:
 *
 *     ksb-draft:<tag>:<framework id>:<framework version>:<name or id>:<subject>
 *
 * each part percent-encoded (`encodeURIComponent`), an absent part left
 * empty, e.g. `ksb-draft:skills-scan:st0958:1::learner-123`. The tag keeps a
 * scan's draft from a rater's; `name` (else the element's `id`) keeps two
 * elements of one framework on a page apart; `subject` keeps drafts about two
 * people on one device apart. The value is the result JSON (`ksb-result/1`).
 */

/** Where the storage comes from (a getter, because reaching it can throw). */
export type StorageSource = () => Storage;

/** The browser's `localStorage`. */
export const localStorageSource: StorageSource = () => window.localStorage;

/** What identifies one draft. */
export interface DraftKeyParts {
  tag: string;
  id: string;
  version: string;
  /** The element's `name`, else its `id`, when set. */
  name?: string;
  subject?: string;
}

/** Why storage failed: full, not available at all, or a stored draft that is not JSON. */
export type DraftFailure = 'full' | 'unavailable' | 'corrupt';

export type DraftOutcome<T> = { ok: true; value: T } | { ok: false; failure: DraftFailure; message: string };

const PREFIX = 'ksb-draft:';

const enc = (s: string | undefined) => encodeURIComponent(s ?? '');

/** The storage key of a draft (see the format above). */
export function draftKey(p: DraftKeyParts): string {
  return PREFIX + [p.tag, p.id, p.version, p.name, p.subject].map(enc).join(':');
}

/** The parts of a draft key, or undefined for any other key. */
export function parseDraftKey(key: string): DraftKeyParts | undefined {
  if (!key.startsWith(PREFIX)) return undefined;
  const parts = key.slice(PREFIX.length).split(':');
  if (parts.length !== 5) return undefined;
  try {
    const [tag, id, version, name, subject] = parts.map(decodeURIComponent);
    return { tag, id, version, name: name || undefined, subject: subject || undefined };
  } catch {
    return undefined;
  }
}

/** Names the failure behind a storage exception. */
export function classifyStorageError(e: unknown): DraftFailure {
  const name = (e as { name?: string })?.name;
  const code = (e as { code?: number })?.code;
  // Firefox once named it NS_ERROR_DOM_QUOTA_REACHED (code 1014); the standard code is 22.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return 'full';
  return 'unavailable';
}

function failed<T>(e: unknown): DraftOutcome<T> {
  return { ok: false, failure: classifyStorageError(e), message: (e as Error)?.message || String(e) };
}

/**
 * Reads a draft: its parsed JSON, or undefined when there is none. Text that
 * is not JSON is a `corrupt` failure (the draft is left in place: the next
 * save replaces it).
 */
export function readDraft(source: StorageSource, key: string): DraftOutcome<unknown> {
  let text: string | null;
  try {
    text = source().getItem(key);
  } catch (e) {
    return failed(e);
  }
  if (text === null) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, failure: 'corrupt', message: (e as Error).message };
  }
}

/** Stores a draft as JSON. */
export function writeDraft(source: StorageSource, key: string, value: unknown): DraftOutcome<void> {
  try {
    source().setItem(key, JSON.stringify(value));
    return { ok: true, value: undefined };
  } catch (e) {
    return failed(e);
  }
}

/** Removes a draft (no draft is not a failure). */
export function removeDraft(source: StorageSource, key: string): DraftOutcome<void> {
  try {
    source().removeItem(key);
    return { ok: true, value: undefined };
  } catch (e) {
    return failed(e);
  }
}

/**
 * Keys of drafts kept for other versions of the same framework, by the same
 * element (tag, name and subject alike): a draft that must never be merged
 * silently into the version shown.
 */
export function otherVersionDrafts(source: StorageSource, p: DraftKeyParts): DraftOutcome<string[]> {
  try {
    const storage = source();
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      const other = key ? parseDraftKey(key) : undefined;
      if (!other || other.version === p.version) continue;
      if (other.tag === p.tag && other.id === p.id && (other.name ?? '') === (p.name ?? '') && (other.subject ?? '') === (p.subject ?? '')) keys.push(key!);
    }
    return { ok: true, value: keys };
  } catch (e) {
    return failed(e);
  }
}
