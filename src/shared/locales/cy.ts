/**
 * Welsh (cy) UI strings every element shares, and the built-in scales and
 * item types in Welsh, in one module that loads only when the language in
 * force is Welsh (see `loadStrings` in `../localize.ts`), so English pages
 * never download them. Each element's own Welsh table is beside its English
 * one, in its folder (`*-strings.cy.ts`). A key missing here is a type error.
 */
import { builtInLocale } from '../built-in-text.js';
import type { Strings } from '../localize.js';

/** The Welsh plural category of `n` (Welsh has six: zero, one, two, few, many, other). */
const plural = (n: number) => new Intl.PluralRules('cy').select(n);
const months = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];

/** Shared strings (every element). */
export const ui: Strings = {
  loading: 'Wrthi’n llwytho’r fframwaith…',
  noFramework: 'Does dim fframwaith wedi’i roi eto.',
  convertedFromIfATE: 'Darllenwyd y safon brentisiaeth hon o ddata safonau IfATE a’i throsi; mae’r codau K1, S1, B1… yn dilyn trefn y ffynhonnell.',
  errorTitle: 'Does dim modd dangos y fframwaith hwn',
  errorIntro: 'Mae problemau gyda data’r fframwaith. Does dim wedi’i golli; gofynnwch i berchennog y wefan drwsio’r rhain:',
  profileErrorTitle: 'Does dim modd defnyddio’r proffil rôl',
  profileErrorIntro: 'Mae’r fframwaith yn iawn, ond mae problemau gyda’r proffil rôl a roddwyd gydag ef, felly does dim yn cael ei ddangos. Gofynnwch i berchennog y wefan drwsio’r rhain:',
  moreProblems: (n) => `…a ${n} ${plural(n) === 'one' ? 'broblem' : 'o broblemau'} eraill.`,
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
  loadingSummary: 'Wrthi’n llwytho’r crynodeb…',
  partNotLoaded: 'Nid oedd modd llwytho’r rhan hon. Mae eich atebion wedi’u cadw: ail-lwythwch y dudalen i roi cynnig arall arni.',
  requiredMessage: (n) => (plural(n) === 'one' ? 'Atebwch 1 eitem arall cyn cyflwyno.' : `Atebwch ${n} eitem arall cyn cyflwyno.`),
  errorSummaryTitle: 'Mae problem wedi codi',
  errorPrefix: 'Gwall:',
  answerMissing: (name) => `Dewiswch ateb ar gyfer ${name}`,
  ratingMissing: (name) => `Dewiswch sgôr ar gyfer ${name}`,
  readonlyNote: 'Gellir darllen yr atebion hyn ond nid eu newid.',
  noLevels: 'Does gan y fframwaith hwn ddim lefelau, felly ni ellir ei ddefnyddio i osod lefel.',
  profileNote: (title, n) => `Proffil rôl: ${title} (${n === 1 ? '1 eitem' : `${n} eitem`}).`,
  loadFailedTitle: 'Doedd dim modd llwytho’r fframwaith',
  loadFailedIntro: 'Does dim wedi’i golli. Rhowch gynnig arall, neu gofynnwch i berchennog y wefan drwsio hyn:',
  tryAgain: 'Rhoi cynnig arall',
  reloadFailedTitle: 'Doedd dim modd ail-lwytho’r fframwaith',
  reloadFailedIntro: 'Mae eich atebion wedi’u cadw, ac mae’r fframwaith a ddangoswyd o’r blaen yn dal i’w weld. Gofynnwch i berchennog y wefan drwsio hyn:',
  theLearner: 'y dysgwr',
  aboutPrompt: (name) => `Pa mor dda y gall ${name} wneud pob un o’r rhain?`,
  aboutNotSureHint: 'Hepgor am nawr os nad ydych wedi gweld hyn eto.',
  confidenceAbout: (name) => [
    `Does gan ${name} ddim gwybodaeth na phrofiad o hyn eto.`,
    `Mae ${name} yn gwybod ychydig am hyn ond heb ei roi ar waith.`,
    `Gall ${name} wneud hyn gydag arweiniad neu oruchwyliaeth.`,
    `Gall ${name} wneud hyn heb gymorth, yn ddibynadwy.`,
    `Gall ${name} wneud hyn yn hyderus mewn sefyllfaoedd newydd a gallai ddangos i eraill.`,
  ],
  date: (d) => `${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()}`,
  // The library's own Welsh for its built-in content (not an official translation of the Somerset framework's Table 2).
  builtIn: builtInLocale({
    scales: {
      confidence: {
        title: 'Hunanasesiad o hyder',
        description: 'Pa mor hyderus yw’r dysgwr ym mhob gwybodaeth, sgìl neu ymddygiad heddiw.',
        points: [
          { label: 'Ddim eto', description: 'Does gen i ddim gwybodaeth na phrofiad o hyn eto.' },
          { label: 'Yn ymwybodol', description: 'Rwy’n gwybod ychydig am hyn ond heb ei roi ar waith.' },
          { label: 'Gyda chymorth', description: 'Gallaf wneud hyn gydag arweiniad neu oruchwyliaeth.' },
          { label: 'Yn annibynnol', description: 'Gallaf wneud hyn ar fy mhen fy hun, yn ddibynadwy.' },
          { label: 'Yn hyderus', description: 'Gallaf wneud hyn yn hyderus mewn sefyllfaoedd newydd a gallwn ddangos i eraill.' },
        ],
      },
      dreyfus: {
        title: 'Graddfa Dreyfus o gaffael sgiliau',
        description:
          'Chwe phwynt o 0 (dim sgìl) i 5 (arbenigwr). Mae 5 wedi’i gadw ar gyfer cyflawni eithriadol, gan addasu i wahanol gyd-destunau ac yn aml yn wyneb anawsterau.',
        points: [
          { label: 'Absenoldeb', description: 'Absenoldeb y sgìl a/neu berfformiad hynod amhriodol ohono' },
          { label: 'Newydd-ddyfodiad', description: 'Defnydd lleiaf o’r sgìl a/neu berfformiad amhriodol' },
          { label: 'Dechreuwr uwch', description: 'Tystiolaeth o rywfaint o gymhwysedd, gyda nifer o broblemau neu anghysondebau.' },
          { label: 'Cymwys', description: 'Cymwys, sgiliau da gyda rhai mân broblemau neu anghysondebau' },
          { label: 'Hyfedr', description: 'Sgiliau da iawn, heb fawr ddim problemau nac anghysondebau' },
          { label: 'Arbenigwr', description: 'Sgiliau rhagorol, dim problemau nac anghysondebau.' },
        ],
      },
    },
    itemTypes: {
      knowledge: { label: 'Gwybodaeth', plural: 'Gwybodaeth' },
      skill: { label: 'Sgìl', plural: 'Sgiliau' },
      behaviour: { label: 'Ymddygiad', plural: 'Ymddygiadau' },
      duty: { label: 'Dyletswydd', plural: 'Dyletswyddau' },
      domain: { label: 'Parth', plural: 'Parthau' },
      competency: { label: 'Cymhwysedd', plural: 'Cymwyseddau' },
      area: { label: 'Maes', plural: 'Meysydd' },
      'sub-area': { label: 'Is-faes', plural: 'Is-feysydd' },
      'core-task': { label: 'Tasg graidd', plural: 'Tasgau craidd' },
      nos: { label: 'Safon Alwedigaethol Genedlaethol', plural: 'Safonau Galwedigaethol Cenedlaethol' },
      'ksf-dimension': { label: 'Dimensiwn KSF', plural: 'Dimensiynau KSF' },
      esc: { label: 'Gallu Cyffredin Hanfodol', plural: 'Galluoedd Cyffredin Hanfodol' },
    },
  }),
};
