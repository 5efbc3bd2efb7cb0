import { compact, parseJson, Reader } from './problems.js';

/** The top of a document (result, review) as read: its fields, and the framework it names (`given` false when it names none). */
export interface DocumentHead {
  r: Reader;
  o?: Record<string, unknown>;
  about: { id: string; version: string; title?: string };
  given: boolean;
}

/**
 * Reads the parts every document shares: JSON text or an object, its
 * `format`, the fields it may have (others are warnings) and the framework
 * it is about (id, version, optional title).
 */
export function readDocumentHead(input: unknown, format: string, keys: readonly string[]): DocumentHead {
  const r = new Reader();
  let about: DocumentHead['about'] = { id: '', version: '' };
  const data = parseJson(input, r);
  const o = r.problems.length ? undefined : r.object(data, '$');
  if (!o) return { r, about, given: false };
  r.unknownKeys(o, keys, '$');
  if (r.field(o, 'format') !== format) r.error('$.format', 'format', `"format" must be "${format}".`);
  const fwRaw = r.field(o, 'framework');
  const fwObj = fwRaw === undefined ? (r.error('$.framework', 'missing', 'Missing "framework" (id and version).'), undefined) : r.object(fwRaw, '$.framework');
  if (fwObj) {
    r.unknownKeys(fwObj, ['id', 'version', 'title'], '$.framework');
    about = compact({
      id: r.string(fwObj, 'id', '$.framework', true) ?? '',
      version: r.string(fwObj, 'version', '$.framework', true) ?? '',
      title: r.string(fwObj, 'title', '$.framework', false),
    });
  }
  return { r, o, about, given: !!fwObj };
}

/**
 * Reports a document (a result, a profile) that names another framework, or
 * another version of the framework it is used with: `framework-mismatch` at
 * `$.framework.id`, or `version-mismatch` at `$.framework.version`.
 */
export function checkFrameworkRef(
  r: Reader,
  what: string,
  about: { id: string; version: string },
  framework: { id: string; version: string },
): void {
  if (about.id !== framework.id) {
    r.error('$.framework.id', 'framework-mismatch', `This ${what} is for framework "${about.id}", not "${framework.id}".`);
  } else if (about.version !== framework.version) {
    r.error(
      '$.framework.version',
      'version-mismatch',
      `This ${what} is for version ${about.version} of "${about.id}"; the framework shown is version ${framework.version}.`,
    );
  }
}
