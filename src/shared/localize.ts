/**
 * UI strings (never framework text) in English (en-GB) and Welsh (cy).
 * An element's language is its own `lang`, else the nearest ancestor's, else
 * the page's; a language with no tables (Welsh built in, or one a host
 * registered with `registerLocale`) falls back to English.
 *
 * The shared tables live here (English) and in `locales/cy.ts` (Welsh); each
 * element's tables live in its folder, English in `*-strings.ts` and Welsh in
 * `*-strings.cy.ts`, which the element names with `welshTable`. The Welsh
 * modules are chunks of their own, the shared one loaded by `loadStrings`
 * and each element's by the element, the first time its language is Welsh
 * (elements wait for them before rendering, so a Welsh page never shows
 * English first). The strings of a
 * feature loaded on demand travel in its chunk, both languages: the
 * held-result notice (`held-notice.ts`) and the `autosave` notes
 * (`draft-notes.ts`).
 */

import { LazyModule } from './lazy.js';
import type { BuiltInLocale } from './built-in-text.js';

/** A locale's tag as the elements use it: `en`, `cy`, or a tag a host registered (`registerLocale`). */
export type Locale = string;

/** Every UI string the elements use; counts go through plural rules. */
export interface Strings {
  loading: string;
  noFramework: string;
  convertedFromIfATE: string;
  errorTitle: string;
  errorIntro: string;
  /** A role profile (`profile`) that cannot be used: the framework itself is fine. */
  profileErrorTitle: string;
  profileErrorIntro: string;
  moreProblems: (n: number) => string;
  problemAt: (path: string) => string;
  progressLabel: string;
  progressText: (answered: number, total: number) => string;
  sectionProgress: (answered: number, total: number) => string;
  sections: string;
  step: (n: number, of: number) => string;
  previous: string;
  next: string;
  review: string;
  submit: string;
  submitted: (when: string) => string;
  notSure: string;
  notSureHint: string;
  addNote: (code: string) => string;
  hideNote: (code: string) => string;
  noteLabel: (code: string) => string;
  yourAnswer: string;
  notAnswered: string;
  summaryTitle: string;
  /** Shown under the summary heading while the summary's code loads. */
  loadingSummary: string;
  /** In place of a part whose code could not be loaded (a dropped connection). */
  partNotLoaded: string;
  requiredMessage: (n: number) => string;
  /** Error summary of a failed submit, and each question's inline error. */
  errorSummaryTitle: string;
  errorPrefix: string;
  answerMissing: (name: string) => string;
  ratingMissing: (name: string) => string;
  readonlyNote: string;
  /** Level self-placement (`<skills-scan scale="levels">`). */
  noLevels: string;
  profileNote: (title: string, n: number) => string;
  /** A new `src` that failed to load while the framework before it stays shown. */
  reloadFailedTitle: string;
  reloadFailedIntro: string;
  /** A framework from `src` could not be fetched: the title and introduction of the alert, and its retry button. */
  loadFailedTitle: string;
  loadFailedIntro: string;
  tryAgain: string;
  /** Wording about someone else (a `party` other than the learner): `name` is the subject, else `theLearner`. */
  theLearner: string;
  aboutPrompt: (name: string) => string;
  aboutNotSureHint: string;
  /** The built-in confidence scale's five descriptors, about someone else. */
  confidenceAbout: (name: string) => string[];
  /** A date written out in this language, for browsers whose `Intl` has no dates in it (Chromium has none in Welsh). */
  date?: (d: Date) => string;
  /** The built-in scales and item types (sections) in this language; absent for English, which the model has. */
  builtIn?: BuiltInLocale;
}

/** `text` with its first letter in capitals (a name or "the learner" opening a sentence). */
export const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

const en: Strings = {
  loading: 'Loading the framework…',
  noFramework: 'No framework has been given yet.',
  convertedFromIfATE: 'This apprenticeship standard was read from the IfATE standards data and converted; codes K1, S1, B1… follow the order of the source.',
  errorTitle: 'This framework cannot be shown',
  errorIntro: 'The framework data has problems. Nothing has been lost; ask the site owner to fix these:',
  profileErrorTitle: 'The role profile cannot be used',
  profileErrorIntro: 'The framework is fine, but the role profile given with it has problems, so nothing is shown. Ask the site owner to fix these:',
  moreProblems: (n) => `…and ${n} more ${n === 1 ? 'problem' : 'problems'}.`,
  problemAt: (path) => `at ${path}`,
  progressLabel: 'Progress',
  progressText: (a, t) => `${a} of ${t} answered`,
  sectionProgress: (a, t) => `${a} of ${t}`,
  sections: 'Sections',
  step: (n, of) => `Step ${n} of ${of}`,
  previous: 'Previous',
  next: 'Next',
  review: 'Review answers',
  submit: 'Submit',
  submitted: (when) => `Submitted ${when}.`,
  notSure: 'Not sure',
  notSureHint: 'Skip for now, or ask your tutor.',
  addNote: (code) => `Add a note to ${code}`,
  hideNote: (code) => `Hide the note for ${code}`,
  noteLabel: (code) => `Note for ${code} (optional)`,
  yourAnswer: 'Your answer',
  notAnswered: 'Not answered',
  summaryTitle: 'Check your answers',
  loadingSummary: 'Loading the summary…',
  partNotLoaded: 'This part could not be loaded. Your answers are kept: reload the page to try again.',
  requiredMessage: (n) => (n === 1 ? 'Answer 1 more item before submitting.' : `Answer ${n} more items before submitting.`),
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  answerMissing: (name) => `Choose an answer for ${name}`,
  ratingMissing: (name) => `Choose a rating for ${name}`,
  readonlyNote: 'These answers can be read but not changed.',
  noLevels: 'This framework has no levels, so it cannot be used for level placement.',
  profileNote: (title, n) => `Role profile: ${title} (${n === 1 ? '1 item' : `${n} items`}).`,
  loadFailedTitle: 'The framework could not be loaded',
  loadFailedIntro: 'Nothing has been lost. Try again, or ask the site owner to fix this:',
  tryAgain: 'Try again',
  reloadFailedTitle: 'The framework could not be reloaded',
  reloadFailedIntro: 'Your answers are kept, and the framework shown before is still shown. Ask the site owner to fix this:',
  theLearner: 'the learner',
  aboutPrompt: (name) => `How well can ${name} do each of these?`,
  aboutNotSureHint: 'Skip for now if you have not seen this yet.',
  confidenceAbout: (name) => {
    const n = capitalised(name);
    return [
      `${n} has no knowledge or experience of this yet.`,
      `${n} knows a little about this but has not put it into practice.`,
      `${n} can do this with guidance or supervision.`,
      `${n} can do this without help, reliably.`,
      `${n} can do this confidently in new situations and could show others.`,
    ];
  },
};

/** The shared Welsh tables (`locales/cy.ts`), a chunk of their own. */
const welsh = new LazyModule(() => import('./locales/cy.js'));

/** Each element's Welsh table by name (`summary`, `rater`...). */
const welshParts = new Map<string, WelshTable>();

/** The shape of a locale's tables: the shared ones (`ui`) and each element's table by name. */
export type LocaleTables = NonNullable<typeof welsh.value> & Record<string, unknown>;

/** Tables a host registered (`registerLocale`), by lower-case tag; the Welsh come from their chunks. */
const registered = new Map<string, LocaleTables>();

/** Adds (or replaces) the tables of a UI language; the typed entry point is `registerLocale` in the main entry. */
export function registerLocaleTables(tag: string, tables: LocaleTables): void {
  registered.set(tag.toLowerCase(), tables);
}

/** An element's Welsh table: a module beside the element that exports it as `cy`, a chunk of its own. */
export class WelshTable {
  private readonly module: LazyModule<{ cy: unknown }>;

  constructor(importer: () => Promise<{ cy: unknown }>) {
    this.module = new LazyModule(importer);
  }

  /** The table once loaded. */
  get value(): unknown {
    return this.module.value?.cy;
  }

  /** Loads the table if `lang` is Welsh (and a host has not registered its own): a promise while it loads, else undefined. */
  load(lang: string | null | undefined): Promise<void> | undefined {
    return localeFor(lang) === 'cy' && !registered.has('cy') ? this.module.load() : undefined;
  }
}

/**
 * The Welsh table `name` of an element (`summary`, `rater`...), from the
 * module `importer` loads. An element keeps it and loads it in `lazyChunks`,
 * so that a Welsh page fetches the tables of the elements it shows, and only
 * those. Asked for again by name (a table two elements show), it is the same.
 */
export function welshTable(name: string, importer: () => Promise<{ cy: unknown }>): WelshTable {
  let table = welshParts.get(name);
  if (!table) welshParts.set(name, (table = new WelshTable(importer)));
  return table;
}

/**
 * Loads the shared string tables for a language tag if they are not loaded
 * yet: a promise settled once they are (or, should the chunk fail to load,
 * once English is to be used instead); undefined when nothing needs loading.
 */
export function loadStrings(lang: string | null | undefined): Promise<void> | undefined {
  return localeFor(lang) === 'cy' && !registered.has('cy') ? welsh.load() : undefined;
}

/** The tables of the locale `lang` picks, once loaded or registered (for Welsh, the shared ones); undefined for English. */
export function tablesFor(lang: string | null | undefined): LocaleTables | undefined {
  const tag = localeFor(lang);
  return registered.get(tag) ?? (tag === 'cy' ? (welsh.value as LocaleTables | undefined) : undefined);
}

/** An element's table `name` for `lang`: a host's (registerLocale), the Welsh once loaded, else `english`. */
export function elementTable<T>(lang: string | null | undefined, name: string, english: T): T {
  const tag = localeFor(lang);
  return isolating(((registered.get(tag)?.[name] ?? (tag === 'cy' ? welshParts.get(name)?.value : undefined)) as T | undefined) ?? english);
}

/**
 * The table `name` of a feature that carries its own English and Welsh (a
 * chunk loaded on demand): a host locale's when it gives one, the Welsh for
 * Welsh, else the English.
 */
export function featureTable<T>(lang: string | null | undefined, name: string, english: T, welshTable: T): T {
  const tag = localeFor(lang);
  return isolating((registered.get(tag)?.[name] as T | undefined) ?? (tag === 'cy' ? welshTable : english));
}

/** Right-to-left letters and the bidi controls: text with any of them could reorder the sentence it is put in. */
const BIDI = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A text put in a sentence, isolated (FSI ... PDI) when it could reorder the words around it. */
const isolate = (a: unknown): unknown =>
  typeof a === 'string' ? (BIDI.test(a) ? `\u2068${a}\u2069` : a) : Array.isArray(a) ? a.map(isolate) : a;

const isolatingTables = new WeakMap<object, object>();

/**
 * A string table whose sentences isolate the texts put in them (a name, a
 * code, a level from the framework): a right-to-left name, or one with a
 * bidi control left open, cannot reorder the sentence around it.
 */
function isolating<T>(table: T): T {
  let wrapped = isolatingTables.get(table as object);
  if (!wrapped) {
    wrapped = {};
    for (const [key, value] of Object.entries(table as object))
      (wrapped as Record<string, unknown>)[key] = typeof value === 'function' ? (...args: unknown[]) => value(...args.map(isolate)) : value;
    isolatingTables.set(table as object, wrapped);
  }
  return wrapped as T;
}

/**
 * The locale for a language tag: a registered locale's tag where the tag or
 * its primary subtag matches one (`fr-CA` picks `fr`), Welsh for `cy` and
 * `cy-*`, English otherwise.
 */
export function localeFor(lang: string | null | undefined): Locale {
  const tag = (lang ?? '').toLowerCase();
  const primary = tag.split('-')[0];
  return registered.has(tag) ? tag : registered.has(primary) || primary === 'cy' ? primary : 'en';
}

/** The tag to format numbers and dates with for `lang` (British English and Welsh as en-GB and cy-GB). */
export function intlLocale(lang: string | null | undefined): string {
  const tag = localeFor(lang);
  return tag === 'en' ? 'en-GB' : tag === 'cy' ? 'cy-GB' : tag;
}

/** The language in force for an element: its own or nearest ancestor's `lang`, else the page's. */
export function resolveLang(el: Element): string {
  const holder = el.closest('[lang]');
  return holder?.getAttribute('lang') || document.documentElement.lang || 'en-GB';
}

/** The string table for a language tag. */
export function stringsFor(lang: string | null | undefined): Strings {
  return isolating(tablesFor(lang)?.ui ?? en);
}

// One formatter per locale: each is slow to make, and a summary shows dates on every render.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats a date-time for display. */
export function formatDate(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = intlLocale(lang);
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long' })));
  const own = stringsFor(lang).date;
  // A browser without the language's dates falls back to its default (often American English).
  return own && format.resolvedOptions().locale.split('-')[0] !== localeFor(lang).split('-')[0] ? own(d) : format.format(d);
}

