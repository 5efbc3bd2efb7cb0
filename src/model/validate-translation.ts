/**
 * Reading translations from untrusted input (`validateTranslation`), apart
 * from the format and `applyTranslation` (`translation.ts`), as results and
 * reviews are read.
 */
import type { Framework } from './framework.js';
import { readDocumentHead } from './framework-ref.js';
import { childPath, compact, type Reader, type Validation } from './problems.js';
import { BUILT_IN_SCALES } from './scales.js';
import { TRANSLATION_FORMAT, type Translation } from './translation.js';

const KEYS = ['format', 'framework', 'language', 'notice', 'title', 'description', 'notes', 'itemTypes', 'items', 'levels', 'scales', 'rubrics', 'lists', 'resources'];
/** A BCP 47 language tag, loosely: a primary language subtag and optional subtags. */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** A map of id to an object with the given text fields (and `*` lists, `{}` maps of text). */
function readMap<T>(r: Reader, o: Record<string, unknown>, key: string, fields: string[], nested: Record<string, (v: unknown, at: string) => unknown> = {}): Record<string, T> | undefined {
  const raw = r.field(o, key);
  if (raw === undefined) return undefined;
  const map = r.object(raw, childPath('$', key));
  if (!map) return undefined;
  const out: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(map)) {
    const at = childPath(childPath('$', key), id);
    const entry = r.object(value, at);
    if (!entry) continue;
    r.unknownKeys(entry, [...fields, ...Object.keys(nested)], at);
    const read: Record<string, unknown> = {};
    for (const f of fields) read[f] = r.string(entry, f, at, false);
    for (const [f, reader] of Object.entries(nested)) {
      const v = r.field(entry, f);
      if (v !== undefined) read[f] = reader(v, childPath(at, f));
    }
    out[id] = compact(read);
  }
  return out as Record<string, T>;
}

/** A list of text, each entry text. */
const textList = (r: Reader) => (v: unknown, at: string): string[] | undefined => {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    r.error(at, 'type', 'Expected a list of text.');
    return undefined;
  }
  return v as string[];
};

/** A map of key to text (descriptors by level id or point value). */
const textMap = (r: Reader) => (v: unknown, at: string): Record<string, string> | undefined => {
  const o = r.object(v, at);
  if (!o) return undefined;
  const out: Record<string, string> = {};
  for (const key of Object.keys(o)) {
    const text = r.string(o, key, at, false);
    if (text !== undefined) out[key] = text;
  }
  return out;
};

/**
 * Validates untrusted translation input (object or JSON text). Never throws.
 * Given the framework, a translation for another framework id is refused
 * (`framework-mismatch`, an error); one for another version of the same
 * framework is accepted with a warning (`version-mismatch`: it applies where
 * the ids match), and every id it names that the framework lacks is a
 * warning (`unknown-id`) at its path.
 */
export function validateTranslation(input: unknown, framework?: Pick<Framework, 'id' | 'version' | 'items'> & Partial<Framework>): Validation<Translation> {
  const { r, o, about } = readDocumentHead(input, TRANSLATION_FORMAT, KEYS);
  if (!o) return { problems: r.problems, valid: false };
  const language = r.string(o, 'language', '$', true);
  if (language !== undefined && !LANGUAGE_TAG.test(language)) r.error('$.language', 'language', `"language" must be a BCP 47 language tag such as "cy" or "ur-PK", not "${language}".`);
  const list = textList(r);
  const map = textMap(r);
  const notes = r.field(o, 'notes');
  const translation = compact({
    format: TRANSLATION_FORMAT,
    framework: { id: about.id, version: about.version },
    language,
    notice: r.string(o, 'notice', '$', false),
    title: r.string(o, 'title', '$', false),
    description: r.string(o, 'description', '$', false),
    notes: notes === undefined ? undefined : list(notes, '$.notes'),
    itemTypes: readMap(r, o, 'itemTypes', ['label', 'plural', 'description']),
    items: readMap(r, o, 'items', ['title', 'statement', 'description'], { elements: list, notes: list, descriptors: map }),
    levels: readMap(r, o, 'levels', ['label', 'description'], { notes: list }),
    scales: readMap(r, o, 'scales', ['title', 'description'], {
      points: (v, at) => {
        const points = r.object(v, at);
        if (!points) return undefined;
        return Object.fromEntries(
          Object.entries(points).flatMap(([value, text]) => {
            const p = r.object(text, childPath(at, value));
            if (!p) return [];
            r.unknownKeys(p, ['label', 'description'], childPath(at, value));
            return [[value, compact({ label: r.string(p, 'label', childPath(at, value)), description: r.string(p, 'description', childPath(at, value)) })]];
          }),
        );
      },
    }),
    rubrics: readMap(r, o, 'rubrics', ['keyFeatures', 'interaction'], { descriptors: map }),
    lists: readMap(r, o, 'lists', ['title', 'description']),
    resources: readMap(r, o, 'resources', ['title', 'description']),
  }) as Translation;

  if (framework) {
    if (about.id && about.id !== framework.id) {
      r.error('$.framework.id', 'framework-mismatch', `This translation is for framework "${about.id}", not "${framework.id}".`);
    } else if (about.version && about.version !== framework.version) {
      r.warn('$.framework.version', 'version-mismatch', `This translation is for version ${about.version} of "${about.id}"; it is applied to version ${framework.version} where the ids match.`);
    }
    const unknown = (key: keyof Translation, known: Iterable<string>, what: string) => {
      const ids = new Set(known);
      for (const id of Object.keys((translation[key] as Record<string, unknown> | undefined) ?? {})) {
        if (!ids.has(id)) r.warn(childPath(childPath('$', key), id), 'unknown-id', `The framework has no ${what} "${id}": its text is not used.`);
      }
    };
    unknown('items', framework.items.map((i) => i.id), 'item');
    unknown('levels', (framework.levels ?? []).map((l) => l.id), 'level');
    unknown('scales', [...(framework.scales ?? []), ...BUILT_IN_SCALES].map((s) => s.id), 'scale');
    unknown('rubrics', (framework.rubrics ?? []).map((s) => s.item), 'rubric for item');
    unknown('itemTypes', (framework.itemTypes ?? []).map((t) => t.id), 'item type');
    unknown('lists', (framework.lists ?? []).map((l) => l.id), 'list');
    unknown('resources', (framework.resources ?? []).map((l) => l.id), 'resource');
  }
  const valid = !r.problems.some((p) => p.severity === 'error');
  return valid ? { value: translation, problems: r.problems, valid } : { problems: r.problems, valid };
}
