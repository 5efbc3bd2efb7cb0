/**
 * UI strings (never framework text) in English (en-GB) and Welsh (cy).
 * An element's language is its own `lang`, else the nearest ancestor's, else
 * the page's; anything but Welsh falls back to English.
 */

export type Locale = 'en' | 'cy';

/** Every UI string the elements use; counts go through plural rules. */
export interface Strings {
  loading: string;
  noFramework: string;
  errorTitle: string;
  errorIntro: string;
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
  summaryIntro: string;
  chartTitle: (section: string) => string;
  chartDescription: string;
  ratingCount: (label: string, n: number) => string;
  meanRating: (mean: string) => string;
  unansweredTitle: (n: number) => string;
  allAnswered: string;
  goTo: (code: string) => string;
  changeTitle: string;
  changeSince: (date: string) => string;
  improved: (n: number) => string;
  declined: (n: number) => string;
  unchanged: (n: number) => string;
  newlyRated: (n: number) => string;
  before: string;
  after: string;
  change: string;
  item: string;
  section: string;
  rating: string;
  priorLearningTitle: string;
  priorLearningEstimate: string;
  priorLearningShare: (n: number, total: number, percent: string) => string;
  priorLearningHours: (removed: string, remaining: string) => string;
  priorLearningPrice: (reduction: string, price: string) => string;
  priorLearningThreshold: (label: string) => string;
  mismatchTitle: string;
  mismatchVersion: (savedVersion: string, version: string) => string;
  mismatchFramework: (savedId: string, id: string) => string;
  mismatchCounts: (matching: number, notMatching: number) => string;
  mismatchUnknown: string;
  useMatching: string;
  discardSaved: string;
  requiredMessage: (n: number) => string;
  readonlyNote: string;
}

const plural = (locale: Locale, n: number) => new Intl.PluralRules(locale === 'cy' ? 'cy' : 'en-GB').select(n);

const en: Strings = {
  loading: 'Loading the framework…',
  noFramework: 'No framework has been given yet.',
  errorTitle: 'This framework cannot be shown',
  errorIntro: 'The framework data has problems. Nothing has been lost; ask the site owner to fix these:',
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
  summaryIntro: 'Here is how you rated yourself in each section. You can go back and change any answer before you submit.',
  chartTitle: (s) => `Ratings in ${s}`,
  chartDescription: 'Number of items at each rating',
  ratingCount: (label, n) => `${label}: ${n}`,
  meanRating: (m) => `Average rating ${m}`,
  unansweredTitle: (n) => (n === 1 ? '1 item not answered' : `${n} items not answered`),
  allAnswered: 'Every item is answered.',
  goTo: (code) => `Answer ${code}`,
  changeTitle: 'Progress since the baseline',
  changeSince: (d) => `Compared with the scan of ${d}.`,
  improved: (n) => `${n} improved`,
  declined: (n) => `${n} lower`,
  unchanged: (n) => `${n} unchanged`,
  newlyRated: (n) => `${n} newly rated`,
  before: 'Before',
  after: 'Now',
  change: 'Change',
  item: 'Item',
  section: 'Section',
  rating: 'Rating',
  priorLearningTitle: 'Prior learning',
  priorLearningEstimate:
    'This is an estimate from a self-assessment. Your training provider must confirm any prior learning and agree the changes to your programme.',
  priorLearningShare: (n, t, p) => `${n} of ${t} items rated at or above the threshold (${p}).`,
  priorLearningHours: (r, rem) => `Off-the-job training: about ${r} hours fewer, ${rem} hours remaining.`,
  priorLearningPrice: (red, price) => `Price: at least ${red} lower, at most ${price}.`,
  priorLearningThreshold: (label) => `Counts items rated “${label}” or higher.`,
  mismatchTitle: 'These saved answers are for a different framework',
  mismatchVersion: (sv, v) => `The saved answers were given for version ${sv}; this is version ${v}.`,
  mismatchFramework: (sid, id) => `The saved answers are for “${sid}”, not “${id}”.`,
  mismatchCounts: (m, nm) =>
    `${m} ${m === 1 ? 'answer matches an item' : 'answers match items'} in this framework; ${nm} ${nm === 1 ? 'does' : 'do'} not.`,
  mismatchUnknown: 'Answers for items not in this framework:',
  useMatching: 'Use the matching answers',
  discardSaved: 'Start afresh',
  requiredMessage: (n) => (n === 1 ? 'Answer 1 more item before submitting.' : `Answer ${n} more items before submitting.`),
  readonlyNote: 'These answers can be read but not changed.',
};

const cy: Strings = {
  loading: 'Wrthi’n llwytho’r fframwaith…',
  noFramework: 'Does dim fframwaith wedi’i roi eto.',
  errorTitle: 'Does dim modd dangos y fframwaith hwn',
  errorIntro: 'Mae problemau gyda data’r fframwaith. Does dim wedi’i golli; gofynnwch i berchennog y wefan drwsio’r rhain:',
  moreProblems: (n) => `…a ${n} ${plural('cy', n) === 'one' ? 'broblem' : 'o broblemau'} eraill.`,
  problemAt: (path) => `yn ${path}`,
  progressLabel: 'Cynnydd',
  progressText: (a, t) => `${a} o ${t} wedi’u hateb`,
  sectionProgress: (a, t) => `${a} o ${t}`,
  sections: 'Adrannau',
  step: (n, of) => `Cam ${n} o ${of}`,
  previous: 'Blaenorol',
  next: 'Nesaf',
  review: 'Adolygu’r atebion',
  submit: 'Cyflwyno',
  submitted: (when) => `Cyflwynwyd ${when}.`,
  notSure: 'Ddim yn siŵr',
  notSureHint: 'Hepgor am nawr, neu holi eich tiwtor.',
  addNote: (code) => `Ychwanegu nodyn at ${code}`,
  hideNote: (code) => `Cuddio’r nodyn ar gyfer ${code}`,
  noteLabel: (code) => `Nodyn ar gyfer ${code} (dewisol)`,
  yourAnswer: 'Eich ateb',
  notAnswered: 'Heb ei ateb',
  summaryTitle: 'Gwirio eich atebion',
  summaryIntro: 'Dyma sut y gwnaethoch chi asesu eich hun ym mhob adran. Gallwch fynd yn ôl a newid unrhyw ateb cyn cyflwyno.',
  chartTitle: (s) => `Sgoriau yn ${s}`,
  chartDescription: 'Nifer yr eitemau ar bob sgôr',
  ratingCount: (label, n) => `${label}: ${n}`,
  meanRating: (m) => `Sgôr gyfartalog ${m}`,
  unansweredTitle: (n) => (plural('cy', n) === 'one' ? '1 eitem heb ei hateb' : `${n} eitem heb eu hateb`),
  allAnswered: 'Mae pob eitem wedi’i hateb.',
  goTo: (code) => `Ateb ${code}`,
  changeTitle: 'Cynnydd ers y llinell sylfaen',
  changeSince: (d) => `O’i gymharu â sgan ${d}.`,
  improved: (n) => `${n} wedi gwella`,
  declined: (n) => `${n} yn is`,
  unchanged: (n) => `${n} heb newid`,
  newlyRated: (n) => `${n} wedi’u sgorio am y tro cyntaf`,
  before: 'Cynt',
  after: 'Nawr',
  change: 'Newid',
  item: 'Eitem',
  section: 'Adran',
  rating: 'Sgôr',
  priorLearningTitle: 'Dysgu blaenorol',
  priorLearningEstimate:
    'Amcangyfrif yw hwn o hunanasesiad. Rhaid i’ch darparwr hyfforddiant gadarnhau unrhyw ddysgu blaenorol a chytuno ar y newidiadau i’ch rhaglen.',
  priorLearningShare: (n, t, p) => `${n} o ${t} eitem wedi’u sgorio ar y trothwy neu’n uwch (${p}).`,
  priorLearningHours: (r, rem) => `Hyfforddiant i ffwrdd o’r gwaith: tua ${r} awr yn llai, ${rem} awr yn weddill.`,
  priorLearningPrice: (red, price) => `Pris: o leiaf ${red} yn is, ${price} ar y mwyaf.`,
  priorLearningThreshold: (label) => `Yn cyfrif eitemau a sgoriwyd yn “${label}” neu’n uwch.`,
  mismatchTitle: 'Mae’r atebion hyn wedi’u cadw ar gyfer fframwaith gwahanol',
  mismatchVersion: (sv, v) => `Rhoddwyd yr atebion ar gyfer fersiwn ${sv}; fersiwn ${v} yw hon.`,
  mismatchFramework: (sid, id) => `Mae’r atebion ar gyfer “${sid}”, nid “${id}”.`,
  mismatchCounts: (m, nm) => `Mae ${m} ateb yn cyfateb i eitemau yn y fframwaith hwn; nid yw ${nm} yn cyfateb.`,
  mismatchUnknown: 'Atebion ar gyfer eitemau nad ydynt yn y fframwaith hwn:',
  useMatching: 'Defnyddio’r atebion sy’n cyfateb',
  discardSaved: 'Dechrau o’r newydd',
  requiredMessage: (n) => (plural('cy', n) === 'one' ? 'Atebwch 1 eitem arall cyn cyflwyno.' : `Atebwch ${n} eitem arall cyn cyflwyno.`),
  readonlyNote: 'Gellir darllen yr atebion hyn ond nid eu newid.',
};

const tables: Record<Locale, Strings> = { en, cy };

/** The locale for a language tag: Welsh for `cy` and `cy-*`, English otherwise. */
export function localeFor(lang: string | null | undefined): Locale {
  return lang && /^cy(-|$)/i.test(lang) ? 'cy' : 'en';
}

/** The language in force for an element: its own or nearest ancestor's `lang`, else the page's. */
export function resolveLang(el: Element): string {
  const holder = el.closest('[lang]');
  return holder?.getAttribute('lang') || document.documentElement.lang || 'en-GB';
}

/** The string table for a language tag. */
export function stringsFor(lang: string | null | undefined): Strings {
  return tables[localeFor(lang)];
}

/** Formats a number for a language (1 decimal place at most). */
export function formatNumber(n: number, lang: string, digits = 1): string {
  return new Intl.NumberFormat(localeFor(lang) === 'cy' ? 'cy-GB' : 'en-GB', { maximumFractionDigits: digits }).format(n);
}

/** Formats pounds sterling. */
export function formatMoney(n: number, lang: string): string {
  return new Intl.NumberFormat(localeFor(lang) === 'cy' ? 'cy-GB' : 'en-GB', { style: 'currency', currency: 'GBP' }).format(n);
}

/** Formats a date-time for display. */
export function formatDate(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeFor(lang) === 'cy' ? 'cy-GB' : 'en-GB', { dateStyle: 'long' }).format(d);
}

/** Formats a share (0..1) as a percentage. */
export function formatPercent(share: number, lang: string): string {
  return new Intl.NumberFormat(localeFor(lang) === 'cy' ? 'cy-GB' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
