/**
 * Tamper evidence for submitted documents (results and reviews): a SHA-256
 * digest over the document's RFC 8785 canonical JSON (JCS), without its own
 * `integrity` field. A digest shows that a document changed after it was
 * submitted; it does not show who made it or who changed it. A host that
 * needs that signs the digest on its server (see the README, "Initial
 * assessment with employer and provider").
 */
import canonicalize from 'canonicalize';

/** The integrity stamp of a submitted result or review. */
export interface Integrity {
  alg: 'SHA-256';
  canonicalization: 'JCS';
  /** SHA-256 of the canonical JSON, in lower-case hexadecimal (64 characters). */
  digest: string;
}

/** What `verifyIntegrity` found. */
export interface IntegrityCheck {
  /**
   * `intact`: the digest matches; `changed`: the document no longer matches
   * its digest; `missing`: it has no `integrity` field; `invalid`: the field
   * is malformed or names another algorithm, or the document is not JSON.
   */
  status: 'intact' | 'changed' | 'missing' | 'invalid';
  /** The digest recorded in the document. */
  recorded?: string;
  /** The digest of the document as it is now. */
  actual?: string;
  /** What was found, in plain English. */
  message: string;
}

/** The document's RFC 8785 canonical JSON, without its `integrity` field. */
export function canonicalJson(doc: object): string {
  const { integrity: _omitted, ...rest } = doc as Record<string, unknown>;
  return canonicalize(rest) ?? '';
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * SHA-256 of UTF-8 text in hexadecimal: with Web Crypto where the page has it
 * (`crypto.subtle`, in secure contexts and in Node), otherwise (a plain-HTTP
 * intranet page) with `@noble/hashes`, loaded only then.
 */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const subtle = globalThis.crypto?.subtle;
  if (subtle) return hex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
  const { sha256 } = await import('@noble/hashes/sha2.js');
  return hex(sha256(bytes));
}

/** The integrity stamp for a document as it is (any `integrity` it has is left out of the digest). */
export async function integrityOf(doc: object): Promise<Integrity> {
  return { alg: 'SHA-256', canonicalization: 'JCS', digest: await sha256Hex(canonicalJson(doc)) };
}

/** A copy of the document with its `integrity` stamp set (the last field). */
export async function withIntegrity<T extends object>(doc: T): Promise<T & { integrity: Integrity }> {
  const { integrity: _old, ...rest } = doc as Record<string, unknown>;
  return { ...(rest as T), integrity: await integrityOf(rest) };
}

/**
 * Checks a document (object or JSON text) against its `integrity` stamp.
 * Never throws.
 */
export async function verifyIntegrity(input: unknown): Promise<IntegrityCheck> {
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      return { status: 'invalid', message: `Not valid JSON: ${(e as Error).message}` };
    }
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return { status: 'invalid', message: 'Not a JSON object.' };
  const stamp = Object.prototype.hasOwnProperty.call(doc, 'integrity') ? (doc as { integrity: unknown }).integrity : undefined;
  if (stamp === undefined) return { status: 'missing', message: 'It has no "integrity" field: it was not submitted, or the field was removed.' };
  const s = stamp as Partial<Integrity> | null;
  if (!s || typeof s !== 'object' || s.alg !== 'SHA-256' || s.canonicalization !== 'JCS' || typeof s.digest !== 'string' || !/^[0-9a-f]{64}$/.test(s.digest)) {
    return { status: 'invalid', message: '"integrity" must be { "alg": "SHA-256", "canonicalization": "JCS", "digest": 64 lower-case hex digits }.' };
  }
  let actual: string;
  try {
    actual = await sha256Hex(canonicalJson(doc));
  } catch (e) {
    return { status: 'invalid', recorded: s.digest, message: `It cannot be put in canonical form: ${(e as Error).message}` };
  }
  return actual === s.digest
    ? { status: 'intact', recorded: s.digest, actual, message: 'Intact: the document matches its digest.' }
    : { status: 'changed', recorded: s.digest, actual, message: `Changed since it was submitted: the digest recorded is ${s.digest}, the document's is now ${actual}.` };
}
