/**
 * The translator's round trip: a framework's texts as a spreadsheet to fill
 * in (`translationTemplateCSV`), and the filled sheet back as a
 * `ksb-translation/1` file (`translationFromCSV`). One row per text, with the
 * columns `id` (what the text belongs to: `framework`, `item:K1`,
 * `level:mid`, `scale:dreyfus`, `rubric:C1`, `itemType:skill`, `list:core`,
 * `resource:r1`), `field` (`statement`, `elements.0`, `descriptor.mid`,
 * `point.3.label`...), `source` (the framework's text, for the translator)
 * and `translation` (empty, to fill in). Two rows `translation,language` and
 * `translation,notice` carry the language and the translation's notice.
 * Lists (bullets, notes) are translated whole: every entry, or none.
 */
import type { Framework, Scale } from '../model/framework.js';
import type { Problem } from '../model/problems.js';
import { findScale } from '../model/scales.js';
import { TRANSLATION_FORMAT, type Translation } from '../model/translation.js';
import { validateTranslation } from '../model/validate-translation.js';
import { Problems } from './common.js';
import { csvCell } from './csv-formulas.js';
import { parseCsvRows } from './csv.js';

/** The columns of a translation sheet, in order. */
export const TRANSLATION_COLUMNS = ['id', 'field', 'source', 'translation'] as const;

/** One text of a framework: where it goes in a translation, and what it says now. */
interface Text {
  id: string;
  field: string;
  source: string;
}

/** The built-in scales the framework rates with and does not define itself (their texts can be translated too). */
function scalesOf(framework: Framework): Scale[] {
  const own = framework.scales ?? [];
  const used = new Set([framework.defaultScale ?? 'confidence', ...(framework.rubrics ?? []).map((r) => r.scale)]);
  const builtIn = [...used].filter((id) => !own.some((s) => s.id === id)).map((id) => findScale(id)).filter((s): s is Scale => !!s);
  return [...own, ...builtIn];
}

/** Every text of the framework, in the order of a `ksb-translation/1` file. */
function textsOf(fw: Framework): Text[] {
  const out: Text[] = [];
  const add = (id: string, field: string, source: string | undefined) => {
    if (source !== undefined && source !== '') out.push({ id, field, source });
  };
  const list = (id: string, field: string, entries: string[] | undefined) => entries?.forEach((e, i) => add(id, `${field}.${i}`, e));
  add('framework', 'title', fw.title);
  add('framework', 'description', fw.description);
  list('framework', 'notes', fw.notes);
  for (const t of fw.itemTypes ?? []) {
    add(`itemType:${t.id}`, 'label', t.label);
    add(`itemType:${t.id}`, 'plural', t.plural);
    add(`itemType:${t.id}`, 'description', t.description);
  }
  for (const item of fw.items) {
    const id = `item:${item.id}`;
    add(id, 'title', item.title);
    add(id, 'statement', item.statement);
    add(id, 'description', item.description);
    list(id, 'elements', item.elements);
    list(id, 'notes', item.notes);
    for (const d of item.descriptors ?? []) add(id, `descriptor.${d.level}`, d.text);
  }
  for (const level of fw.levels ?? []) {
    add(`level:${level.id}`, 'label', level.label);
    add(`level:${level.id}`, 'description', level.description);
    list(`level:${level.id}`, 'notes', level.notes);
  }
  for (const scale of scalesOf(fw)) {
    add(`scale:${scale.id}`, 'title', scale.title);
    add(`scale:${scale.id}`, 'description', scale.description);
    for (const p of scale.points) {
      add(`scale:${scale.id}`, `point.${p.value}.label`, p.label);
      add(`scale:${scale.id}`, `point.${p.value}.description`, p.description);
    }
  }
  for (const rubric of fw.rubrics ?? []) {
    add(`rubric:${rubric.item}`, 'keyFeatures', rubric.keyFeatures);
    add(`rubric:${rubric.item}`, 'interaction', rubric.interaction);
    for (const d of rubric.descriptors) add(`rubric:${rubric.item}`, `descriptor.${d.value}`, d.text);
  }
  for (const l of fw.lists ?? []) {
    add(`list:${l.id}`, 'title', l.title);
    add(`list:${l.id}`, 'description', l.description);
  }
  for (const r of fw.resources ?? []) {
    add(`resource:${r.id}`, 'title', r.title);
    add(`resource:${r.id}`, 'description', r.description);
  }
  return out;
}

const line = (cells: string[]) => cells.map(csvCell).join(',');

/**
 * A sheet of every text of `framework` to translate into `language` (BCP 47),
 * the translation column empty, or filled from `existing` (a translation
 * already made, to update). CSV as the spreadsheet programs read it: RFC
 * 4180, CRLF, UTF-8 byte order mark, formulas neutralised.
 */
export function translationTemplateCSV(framework: Framework, language: string, existing?: Translation): string {
  const filled = existing ? translatedTexts(existing) : new Map<string, string>();
  const lines = [TRANSLATION_COLUMNS.join(','), line(['translation', 'language', framework.language ?? '', language]), line(['translation', 'notice', '', existing?.notice ?? ''])];
  for (const t of textsOf(framework)) lines.push(line([t.id, t.field, t.source, filled.get(`${t.id}|${t.field}`) ?? '']));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The texts a translation gives, by `id|field` as the sheet names them. */
function translatedTexts(t: Translation): Map<string, string> {
  const out = new Map<string, string>();
  const put = (id: string, field: string, value: unknown) => {
    if (typeof value === 'string') out.set(`${id}|${field}`, value);
    else if (Array.isArray(value)) value.forEach((v, i) => put(id, `${field}.${i}`, v));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) put(id, `${field}.${k}`, v);
  };
  for (const f of ['title', 'description', 'notes'] as const) put('framework', f, t[f]);
  const groups = { itemTypes: 'itemType', items: 'item', levels: 'level', scales: 'scale', rubrics: 'rubric', lists: 'list', resources: 'resource' } as const;
  for (const [key, kind] of Object.entries(groups)) {
    for (const [id, text] of Object.entries((t[key as keyof typeof groups] ?? {}) as Record<string, Record<string, unknown>>)) {
      for (const [field, value] of Object.entries(text)) {
        const name = field === 'descriptors' ? 'descriptor' : field === 'points' ? 'point' : field;
        put(`${kind}:${id}`, name, value);
      }
    }
  }
  return out;
}

/** What reading a filled sheet found. */
export interface TranslationSheet {
  /** The translation, when the sheet gave a language and at least one text, validated against the framework. */
  translation?: Translation;
  problems: Problem[];
  /** `id field` of each text with no translation yet. */
  missing: string[];
  /** `id field` of each row the framework has no text for. */
  extra: string[];
  /** `id field` of each row whose source text is not the framework's now (translated from another version). */
  changed: string[];
}

const GROUP_OF: Record<string, keyof Translation> = { itemType: 'itemTypes', item: 'items', level: 'levels', scale: 'scales', rubric: 'rubrics', list: 'lists', resource: 'resources' };

/**
 * Turns a sheet from `translationTemplateCSV`, filled in, into a
 * `ksb-translation/1` file for `framework`, reporting the texts still
 * missing, the rows the framework lacks and those whose source changed.
 * Never throws; problems name the row (`$.rows[n]`).
 */
export function translationFromCSV(text: string, framework: Framework, options: { language?: string } = {}): TranslationSheet {
  const problems = new Problems();
  const rows = parseCsvRows(text.replace(/^\uFEFF/, ''), ',', problems);
  const header = rows[0]?.cells.map((c) => c.value.trim()) ?? [];
  const lacking = TRANSLATION_COLUMNS.filter((c) => !header.includes(c));
  const empty: TranslationSheet = { problems: problems.list, missing: [], extra: [], changed: [] };
  if (lacking.length) {
    problems.error('$.rows[1]', 'header', `The sheet lacks the columns ${lacking.join(', ')}: it was not written by "translation template".`);
    return empty;
  }
  const texts = new Map(textsOf(framework).map((t) => [`${t.id}|${t.field}`, t]));
  const lists = new Map<string, number>(); // `id|field` of each list -> its length in the framework
  for (const t of texts.values()) {
    const m = /^(.*)\.(\d+)$/.exec(t.field);
    if (m && (m[1] === 'elements' || m[1] === 'notes')) lists.set(`${t.id}|${m[1]}`, (lists.get(`${t.id}|${m[1]}`) ?? 0) + 1);
  }
  let language = options.language;
  let notice: string | undefined;
  const given = new Map<string, string>();
  const extra: string[] = [];
  const changed: string[] = [];
  rows.slice(1).forEach((row, n) => {
    const at = `$.rows[${n + 2}]`;
    const col = (name: (typeof TRANSLATION_COLUMNS)[number]) => row.cells[header.indexOf(name)]?.value ?? '';
    if (row.cells.every((c) => c.value === '')) return;
    const [id, field, source, translated] = [col('id').trim(), col('field').trim(), col('source'), col('translation')];
    if (id === 'translation') {
      if (field === 'language') language ??= translated.trim() || undefined;
      else if (field === 'notice') notice = translated.trim() || undefined;
      return;
    }
    const key = `${id}|${field}`;
    const own = texts.get(key);
    if (!own) {
      extra.push(`${id} ${field}`);
      problems.warn(at, 'unknown-text', `Row ${n + 2}: the framework has no text "${field}" of "${id}"; the row is left out.`);
      return;
    }
    if (source !== own.source) {
      changed.push(`${id} ${field}`);
      problems.warn(at, 'source-changed', `Row ${n + 2}: the source text of "${id}" ${field} is not the framework's now; check the translation still fits.`);
    }
    if (translated.trim()) given.set(key, translated);
  });
  const missing = [...texts.keys()].filter((k) => !given.has(k)).map((k) => k.replace('|', ' '));
  if (!language) {
    problems.error('$', 'language', 'The sheet names no language: fill in the translation column of the row "translation, language" (e.g. cy), or give one.');
    return { ...empty, missing, extra, changed };
  }

  const translation: Translation = { format: TRANSLATION_FORMAT, framework: { id: framework.id, version: framework.version }, language };
  if (notice) translation.notice = notice;
  const t = translation as unknown as Record<string, unknown>;
  const slot = (group: keyof Translation | undefined, id: string): Record<string, unknown> => {
    if (!group) return t;
    const all = (t[group] ??= {}) as Record<string, Record<string, unknown>>;
    return (all[id] ??= {});
  };
  // Texts in the framework's order, so the file reads like the framework.
  for (const [key, own] of texts) {
    const value = given.get(key);
    if (value === undefined) continue;
    const [kind, ...rest] = own.id.split(':');
    const target = slot(kind === 'framework' ? undefined : GROUP_OF[kind], rest.join(':'));
    const parts = own.field.split('.');
    const listKey = `${own.id}|${parts[0]}`;
    if (lists.has(listKey) && parts.length === 2) {
      // A list goes in whole, once every entry is there.
      const entries = [...Array(lists.get(listKey)!).keys()].map((i) => given.get(`${own.id}|${parts[0]}.${i}`));
      if (entries.every((e) => e !== undefined)) target[parts[0]] = entries;
      else if (parts[1] === '0') problems.warn('$', 'incomplete-list', `The ${parts[0]} of "${own.id}" are translated in part: a list is used whole, so it is left out until every entry is translated.`);
      continue;
    }
    if (parts[0] === 'descriptor') {
      const d = (target.descriptors ??= {}) as Record<string, string>;
      d[parts.slice(1).join('.')] = value;
    } else if (parts[0] === 'point') {
      const points = (target.points ??= {}) as Record<string, Record<string, string>>;
      (points[parts[1]] ??= {})[parts[2]] = value;
    } else {
      target[own.field] = value;
    }
  }
  // Framework-level texts first, then the groups, in the order of the format.
  const ordered: Record<string, unknown> = {};
  for (const k of ['format', 'framework', 'language', 'notice', 'title', 'description', 'notes', 'itemTypes', 'items', 'levels', 'scales', 'rubrics', 'lists', 'resources']) if (t[k] !== undefined) ordered[k] = t[k];
  if (given.size === 0) problems.error('$', 'empty', 'Nothing in the sheet is translated: no file is made.');
  const checked = validateTranslation(ordered, framework);
  problems.list.push(...checked.problems.filter((p) => p.severity === 'error'));
  return { translation: problems.hasErrors ? undefined : (ordered as unknown as Translation), problems: problems.list, missing, extra, changed };
}
