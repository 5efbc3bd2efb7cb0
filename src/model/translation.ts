/**
 * Framework text in another language (`ksb-translation/1`): a translator's
 * overlay on one framework id and version, keyed by the framework's own ids,
 * applied with `applyTranslation`. Apprenticeship standards are published in
 * English; the Welsh (or any other) text comes from a translator, separately.
 * Pure functions; `validateTranslation` reads untrusted input.
 */
import type { Framework, Item, Level, Scale } from './framework.js';
import { BUILT_IN_SCALES } from './scales.js';
import { textKey } from './text-key.js';

/** The format marker every translation carries. */
export const TRANSLATION_FORMAT = 'ksb-translation/1';

/** An item's translated text; `descriptors` by level id. Lists (elements, notes) are translated whole. */
export interface ItemText {
  title?: string;
  statement?: string;
  description?: string;
  elements?: string[];
  notes?: string[];
  descriptors?: Record<string, string>;
}

export interface LevelText {
  label?: string;
  description?: string;
  notes?: string[];
}

/** A scale's translated text; `points` by point value (as text: "0", "1"...). */
export interface ScaleText {
  title?: string;
  description?: string;
  points?: Record<string, { label?: string; description?: string }>;
}

/** A rubric's translated text (the rubrics of the item named by the key); `descriptors` by point value. */
export interface RubricText {
  keyFeatures?: string;
  interaction?: string;
  descriptors?: Record<string, string>;
}

export interface ItemTypeText {
  label?: string;
  plural?: string;
  description?: string;
}

/** A list's or resource's translated text. */
export interface NamedText {
  title?: string;
  description?: string;
}

/** A translation of one framework's text into one language. */
export interface Translation {
  format: typeof TRANSLATION_FORMAT;
  framework: { id: string; version: string };
  /** BCP 47 tag of the translated text, e.g. "cy", "ur-PK". */
  language: string;
  /** Who made it and its standing ("An example, not an official translation"), shown to no one by the elements. */
  notice?: string;
  title?: string;
  description?: string;
  notes?: string[];
  itemTypes?: Record<string, ItemTypeText>;
  items?: Record<string, ItemText>;
  levels?: Record<string, LevelText>;
  scales?: Record<string, ScaleText>;
  rubrics?: Record<string, RubricText>;
  lists?: Record<string, NamedText>;
  resources?: Record<string, NamedText>;
}

/** A translated framework, and what of it came from the translation. */
export interface TranslatedFramework {
  /** The framework with the translated text in place; `language` set to the translation's. */
  framework: Framework;
  /** The framework's language before (its text's language where no translation was given). */
  sourceLanguage?: string;
  /** Keys (`textKey`) of every text taken from the translation; anything else is still in the source language. */
  translated: ReadonlySet<string>;
  /** What the translation names that the framework does not have (ids, points, lists of another length), in plain words. */
  notFound: string[];
}

export { textKey };

type Texts<T> = Partial<Record<keyof T, unknown>>;

/**
 * The framework with the translation's text in place of its own, where the
 * ids match. Pure: the framework given is not changed. Texts the translation
 * does not give stay as they are (and are not in `translated`), so an element
 * can mark them with the framework's own language.
 */
export function applyTranslation(framework: Framework, translation: Translation): TranslatedFramework {
  const translated = new Set<string>();
  const notFound: string[] = [];
  /** Copies the translated string fields of `text` onto `target`, recording each under `prefix`. */
  const strings = <T extends object>(target: T, text: Texts<T> | undefined, fields: (keyof T & string)[], prefix: (string | number)[]): T => {
    if (!text) return target;
    const out = { ...target } as Record<string, unknown>;
    for (const f of fields) {
      const value = text[f];
      if (typeof value === 'string' && value.trim()) {
        out[f] = value;
        translated.add(textKey(...prefix, f));
      }
    }
    return out as T;
  };
  /** A list translated whole: only when it has as many entries as the framework's. */
  const list = (own: string[] | undefined, text: unknown, key: (string | number)[], what: string): string[] | undefined => {
    if (!Array.isArray(text)) return own;
    if (!own || own.length !== text.length) {
      notFound.push(`${what}: ${text.length} translated, the framework has ${own?.length ?? 0}`);
      return own;
    }
    translated.add(textKey(...key));
    return text as string[];
  };
  const missing = (kind: string, ids: string[]) => ids.forEach((id) => notFound.push(`${kind} "${id}"`));

  const t = translation;
  let fw: Framework = strings(framework, t, ['title', 'description'], []);
  fw.notes = list(framework.notes, t.notes, ['notes'], 'the framework’s notes');

  const itemTexts = t.items ?? {};
  const itemIds = new Set(framework.items.map((i) => i.id));
  missing('item', Object.keys(itemTexts).filter((id) => !itemIds.has(id)));
  fw.items = framework.items.map((item): Item => {
    const text = itemTexts[item.id];
    if (!text) return item;
    const out = strings(item, text as Texts<Item>, ['title', 'statement', 'description'], ['item', item.id]);
    out.elements = list(item.elements, text.elements, ['item', item.id, 'elements'], `the bullets of ${item.code ?? item.id}`);
    out.notes = list(item.notes, text.notes, ['item', item.id, 'notes'], `the notes of ${item.code ?? item.id}`);
    if (text.descriptors && item.descriptors) {
      const levels = new Set(item.descriptors.map((d) => d.level));
      missing(`descriptor of ${item.code ?? item.id} for level`, Object.keys(text.descriptors).filter((l) => !levels.has(l)));
      out.descriptors = item.descriptors.map((d) => {
        const value = text.descriptors![d.level];
        if (typeof value !== 'string' || !value.trim()) return d;
        translated.add(textKey('item', item.id, 'descriptor', d.level));
        return { ...d, text: value };
      });
    }
    return stripUndefined(out);
  });

  fw.levels = mapById(framework.levels, t.levels, 'level', missing, (level, text): Level => {
    const out = strings(level, text as Texts<Level>, ['label', 'description'], ['level', level.id]);
    out.notes = list(level.notes, text.notes, ['level', level.id, 'notes'], `the notes of level ${level.label}`);
    return stripUndefined(out);
  });
  const translateScale = (scale: Scale, text: ScaleText): Scale => {
    const out = strings(scale, text as Texts<Scale>, ['title', 'description'], ['scale', scale.id]);
    const points = text.points ?? {};
    const values = new Set(scale.points.map((p) => String(p.value)));
    missing(`point of scale ${scale.id}`, Object.keys(points).filter((v) => !values.has(v)));
    out.points = scale.points.map((p) => strings(p, points[String(p.value)] as Texts<typeof p>, ['label', 'description'], ['scale', scale.id, 'point', p.value]));
    return out;
  };
  // A built-in scale (Dreyfus, confidence) the framework does not define is translated as a copy the framework then carries.
  const ownScales = new Set((framework.scales ?? []).map((s) => s.id));
  const builtIn = BUILT_IN_SCALES.filter((s) => t.scales?.[s.id] && !ownScales.has(s.id)).map((s) => translateScale(s, t.scales![s.id]));
  const scaleTexts = t.scales && Object.fromEntries(Object.entries(t.scales).filter(([id]) => !builtIn.some((s) => s.id === id)));
  fw.scales = mapById(framework.scales, scaleTexts, 'scale', missing, translateScale);
  if (builtIn.length) fw.scales = [...(fw.scales ?? []), ...builtIn];
  fw.itemTypes = mapById(framework.itemTypes, t.itemTypes, 'item type', missing, (type, text) => strings(type, text as Texts<typeof type>, ['label', 'plural', 'description'], ['itemType', type.id]));
  fw.lists = mapById(framework.lists, t.lists, 'list', missing, (l, text) => strings(l, text as Texts<typeof l>, ['title', 'description'], ['list', l.id]));
  fw.resources = mapById(framework.resources, t.resources, 'resource', missing, (r, text) => strings(r, text as Texts<typeof r>, ['title', 'description'], ['resource', r.id]));

  if (t.rubrics) {
    const rubricItems = new Set((framework.rubrics ?? []).map((r) => r.item));
    missing('rubric for item', Object.keys(t.rubrics).filter((id) => !rubricItems.has(id)));
    fw.rubrics = framework.rubrics?.map((rubric) => {
      const text = t.rubrics![rubric.item];
      if (!text) return rubric;
      const out = strings(rubric, text as Texts<typeof rubric>, ['keyFeatures', 'interaction'], ['rubric', rubric.item]);
      const values = new Set(rubric.descriptors.map((d) => String(d.value)));
      missing(`rubric descriptor of ${rubric.item} for point`, Object.keys(text.descriptors ?? {}).filter((v) => !values.has(v)));
      out.descriptors = rubric.descriptors.map((d) => {
        const value = text.descriptors?.[String(d.value)];
        if (typeof value !== 'string' || !value.trim()) return d;
        translated.add(textKey('rubric', rubric.item, 'descriptor', d.value));
        return { ...d, text: value };
      });
      return out;
    });
  }
  fw = stripUndefined({ ...fw, language: t.language });
  // The rubric and item keys above are unique per framework (validated): no text is recorded twice.
  return stripUndefined({ framework: fw, sourceLanguage: framework.language, translated, notFound });
}

/** The language of one text of a translated framework: the translation's where it gave that text, else the framework's own. */
export function languageOf(t: TranslatedFramework, key: string): string | undefined {
  return t.translated.has(key) ? t.framework.language : t.sourceLanguage;
}

function mapById<T extends { id: string }, X>(
  own: T[] | undefined,
  texts: Record<string, X> | undefined,
  kind: string,
  missing: (kind: string, ids: string[]) => void,
  apply: (entry: T, text: X) => T,
): T[] | undefined {
  if (!texts) return own;
  const ids = new Set((own ?? []).map((e) => e.id));
  missing(kind, Object.keys(texts).filter((id) => !ids.has(id)));
  return own?.map((entry) => (texts[entry.id] ? apply(entry, texts[entry.id]) : entry));
}

/** A copy without the keys whose value is undefined (lists left as they were stay absent). */
function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
