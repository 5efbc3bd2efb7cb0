import { LazyModule } from './lazy.js';

/**
 * The digest code (`integrity.ts`, with the canonical JSON): a chunk of its
 * own, prefetched once an element that submits has rendered and awaited on
 * submit, so the page's first load does not carry it.
 */
export const integrityCode = new LazyModule(() => import('../model/integrity.js'));

/**
 * The document stamped with its `integrity` digest. Should the code fail to
 * load (a dropped connection) or the page have no way to hash, the document
 * is returned unstamped: losing a submission would be worse than a missing
 * digest, which `verifyIntegrity` reports as `missing`.
 */
export async function stamped<T extends object>(doc: T): Promise<T> {
  await integrityCode.load();
  const code = integrityCode.value;
  if (!code) return doc;
  try {
    return await code.withIntegrity(doc);
  } catch {
    return doc;
  }
}
