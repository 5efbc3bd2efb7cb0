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
  convertedFromIfATE: string;
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
  /** Level self-placement (`<skills-scan scale="levels">`). */
  noLevels: string;
  placementTitle: string;
  placementRule: string;
  placementDomain: string;
  placementReached: string;
  placementHolding: string;
  placementOverall: string;
  placementNone: string;
  placementNotPlaced: (n: number) => string;
  placementTop: string;
  placementHoldingBelow: (next: string) => string;
  placementCounts: string;
  profileNote: (title: string, n: number) => string;
}

const plural = (locale: Locale, n: number) => new Intl.PluralRules(locale === 'cy' ? 'cy' : 'en-GB').select(n);

const en: Strings = {
  loading: 'Loading the framework…',
  noFramework: 'No framework has been given yet.',
  convertedFromIfATE: 'This apprenticeship standard was read from the IfATE standards data and converted; codes K1, S1, B1… follow the order of the source.',
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
  noLevels: 'This framework has no levels, so it cannot be used for level placement.',
  placementTitle: 'Level reached',
  placementRule:
    'The level reached in a domain is the highest level at which every competency of the domain is placed, or above. A competency not placed yet counts as below the first level.',
  placementDomain: 'Domain',
  placementReached: 'Level reached',
  placementHolding: 'Holding you below the next level',
  placementOverall: 'Overall',
  placementNone: 'None yet',
  placementNotPlaced: (n) => (n === 1 ? '1 competency not placed' : `${n} competencies not placed`),
  placementTop: 'None: this is the top level.',
  placementHoldingBelow: (next) => `Below ${next}:`,
  placementCounts: 'Competencies at each level',
  profileNote: (title, n) => `Role profile: ${title} (${n === 1 ? '1 item' : `${n} items`}).`,
};

const cy: Strings = {
  loading: 'Wrthi’n llwytho’r fframwaith…',
  noFramework: 'Does dim fframwaith wedi’i roi eto.',
  convertedFromIfATE: 'Darllenwyd y safon brentisiaeth hon o ddata safonau IfATE a’i throsi; mae’r codau K1, S1, B1… yn dilyn trefn y ffynhonnell.',
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
  noLevels: 'Does gan y fframwaith hwn ddim lefelau, felly ni ellir ei ddefnyddio i osod lefel.',
  placementTitle: 'Lefel a gyrhaeddwyd',
  placementRule:
    'Y lefel a gyrhaeddwyd mewn parth yw’r lefel uchaf lle mae pob cymhwysedd yn y parth wedi’i osod ar y lefel honno neu’n uwch. Mae cymhwysedd heb ei osod eto’n cyfrif fel un islaw’r lefel gyntaf.',
  placementDomain: 'Parth',
  placementReached: 'Lefel a gyrhaeddwyd',
  placementHolding: 'Yn eich dal islaw’r lefel nesaf',
  placementOverall: 'At ei gilydd',
  placementNone: 'Dim eto',
  placementNotPlaced: (n) => (n === 1 ? '1 cymhwysedd heb ei osod' : `${n} cymhwysedd heb eu gosod`),
  placementTop: 'Dim: dyma’r lefel uchaf.',
  placementHoldingBelow: (next) => `Islaw ${next}:`,
  placementCounts: 'Cymwyseddau ar bob lefel',
  profileNote: (title, n) => `Proffil rôl: ${title} (${n === 1 ? '1 eitem' : `${n} eitem`}).`,
};

const tables: Record<Locale, Strings> = { en, cy };

/**
 * UI strings of the prior-learning (RPL) calculation and the printed summary
 * of `<skills-scan>`, in English and Welsh. Kept in a table of their own so
 * that elements which never show them do not carry them.
 */
export interface RplStrings {
  rplTitle: string;
  rplNotice: string;
  rplStored: (date: string) => string;
  rplRulesUsed: (document: string) => string;
  rplCitation: (document: string, rule?: string) => string;
  rplHoursEven: (hours: string, n: number) => string;
  rplHoursPerItem: string;
  rplTableCaption: string;
  rplCounts: string;
  rplHours: string;
  rplHoursRemoved: string;
  yes: string;
  no: string;
  total: string;
  rplCountsTotal: (n: number, total: number) => string;
  rplCalculation: string;
  rplNoPrior: string;
  rplLineHours: (removed: string, planned: string, remaining: string) => string;
  rplLinePercent: (removed: string, planned: string, percent: string) => string;
  rplLineMinimum: (from: string, to: string) => string;
  rplLineDuration: (from: string, to: string) => string;
  rplLinePriceCut: (share: string, percent: string, amount: string) => string;
  rplLinePrice: (from: string, to: string) => string;
  rplLineBand: (from: string, to: string) => string;
  rplLimits: string;
  rplOtjFloor: (assessed: string, floor: string, removed: string) => string;
  rplMinimumFloor: (floor: string) => string;
  rplDurationFloor: (floor: string, minimum: string) => string;
  rplDurationUnchanged: (months: string, minimum: string) => string;
  rplNotesTitle: string;
  rplNoteCounting: (label: string) => string;
  rplNoteUnallocated: (hours: string) => string;
  rplNoteRounding: string;
  rplNoteMinimum: string;
  rplNoteDuration: string;
  rplNoteMoney: string;
  rplProblemsTitle: string;
  rplProblemsIntro: string;
  rplAttribute: (name: string) => string;
  printSummary: string;
  evidenceTitle: string;
  learner: string;
  standard: string;
  reference: string;
  version: string;
  scanDate: string;
  printedDate: string;
  ratingsCaption: string;
}

const rplEn: RplStrings = {
  rplTitle: 'Prior learning: the training provider’s calculation',
  rplNotice:
    'This is your training provider’s calculation from a self-assessment, for them to confirm. It is not a decision: the provider must check the evidence of prior learning and agree any change with you and your employer.',
  rplStored: (d) => `As calculated when the scan was submitted on ${d}.`,
  rplRulesUsed: (doc) => `Worked out under the ${doc}.`,
  rplCitation: (doc, rule) => (rule ? `${doc}, rule ${rule}` : doc),
  rplHoursEven: (h, n) => `Hours per item: the planned off-the-job hours spread evenly over ${n} ${n === 1 ? 'item' : 'items'}, ${h} hours each.`,
  rplHoursPerItem: 'Hours per item: as given by the training provider.',
  rplTableCaption: 'Prior learning by item',
  rplCounts: 'Counts as prior learning',
  rplHours: 'Hours',
  rplHoursRemoved: 'Hours removed',
  yes: 'Yes',
  no: 'No',
  total: 'Total',
  rplCountsTotal: (n, t) => `${n} of ${t}`,
  rplCalculation: 'The calculation',
  rplNoPrior: 'No item counts as prior learning, so the programme, its duration and its price stay as planned.',
  rplLineHours: (r, p, rem) => `Off-the-job training: ${r} of ${p} planned hours removed for prior learning, leaving ${rem} hours.`,
  rplLinePercent: (r, p, pc) => `Prior learning (RPL) percentage: ${r} ÷ ${p} = ${pc}.`,
  rplLineMinimum: (from, to) => `Off-the-job minimum: ${from} hours, reduced by the same percentage to ${to} hours.`,
  rplLineDuration: (from, to) => `Planned duration: ${from} months, now ${to} months.`,
  rplLinePriceCut: (share, pc, amount) => `Minimum price reduction: ${share} of the RPL percentage = ${pc}, at least ${amount}.`,
  rplLinePrice: (from, to) => `Price: ${from}, now at most ${to}.`,
  rplLineBand: (from, to) => `Funding band maximum for this apprentice: ${from}, now ${to}.`,
  rplLimits: 'Limits that applied',
  rplOtjFloor: (a, f, r) =>
    `The items that count cover ${a} hours, but off-the-job training cannot fall below ${f} hours, so only ${r} hours are removed. The provider must check the apprentice still needs enough new learning for an apprenticeship.`,
  rplMinimumFloor: (f) => `The off-the-job minimum cannot fall below ${f} hours.`,
  rplDurationFloor: (f, m) => `The planned duration cannot fall below ${f} months; the off-the-job minimum of ${m} hours applies across the whole duration.`,
  rplDurationUnchanged: (months, m) =>
    `The reduction is less than a whole month, so the duration stays ${months} months; the off-the-job minimum of ${m} hours applies across the whole duration.`,
  rplNotesTitle: 'How the figures were worked out',
  rplNoteCounting: (label) => `An item counts as prior learning when rated “${label}” or higher; “not sure” and unanswered items do not count.`,
  rplNoteUnallocated: (h) => `${h} planned hours are not tied to any item (such as induction or end-point assessment preparation) and are never removed.`,
  rplNoteRounding: 'Hours removed are rounded down to whole hours, so planned hours are never under-counted; the RPL percentage uses the whole hours removed.',
  rplNoteMinimum: 'The off-the-job minimum falls by the RPL percentage (not by the same number of hours), rounded up to whole hours.',
  rplNoteDuration: 'The planned duration falls by the RPL percentage, rounded up to whole months.',
  rplNoteMoney: 'The minimum price reduction is rounded up to the penny; the reduced price is the most the price may be, and may be negotiated lower.',
  rplProblemsTitle: 'The programme figures cannot be used for the prior-learning calculation',
  rplProblemsIntro: 'Ask the training provider to check these figures:',
  rplAttribute: (name) => `(attribute “${name}”)`,
  printSummary: 'Print summary',
  evidenceTitle: 'Skills scan: evidence summary',
  learner: 'Learner',
  standard: 'Standard',
  reference: 'Reference',
  version: 'Version',
  scanDate: 'Date of scan',
  printedDate: 'Printed',
  ratingsCaption: 'Rating of each item',
};

const rplCy: RplStrings = {
  rplTitle: 'Dysgu blaenorol: cyfrifiad y darparwr hyfforddiant',
  rplNotice:
    'Cyfrifiad eich darparwr hyfforddiant yw hwn, o hunanasesiad, iddo ef ei gadarnhau. Nid penderfyniad yw hwn: rhaid i’r darparwr wirio’r dystiolaeth o ddysgu blaenorol a chytuno ar unrhyw newid gyda chi a’ch cyflogwr.',
  rplStored: (d) => `Fel y’i cyfrifwyd pan gyflwynwyd y sgan ar ${d}.`,
  rplRulesUsed: (doc) => `Wedi’i gyfrifo yn ôl ${doc}.`,
  rplCitation: (doc, rule) => (rule ? `${doc}, rheol ${rule}` : doc),
  rplHoursEven: (h, n) => `Oriau fesul eitem: yr oriau hyfforddiant i ffwrdd o’r gwaith a gynlluniwyd wedi’u rhannu’n gyfartal rhwng ${n} eitem, ${h} awr yr un.`,
  rplHoursPerItem: 'Oriau fesul eitem: fel y’u rhoddwyd gan y darparwr hyfforddiant.',
  rplTableCaption: 'Dysgu blaenorol fesul eitem',
  rplCounts: 'Yn cyfrif fel dysgu blaenorol',
  rplHours: 'Oriau',
  rplHoursRemoved: 'Oriau a dynnwyd',
  yes: 'Ydy',
  no: 'Nac ydy',
  total: 'Cyfanswm',
  rplCountsTotal: (n, t) => `${n} o ${t}`,
  rplCalculation: 'Y cyfrifiad',
  rplNoPrior: 'Nid oes unrhyw eitem yn cyfrif fel dysgu blaenorol, felly mae’r rhaglen, ei hyd a’i phris yn aros fel y’u cynlluniwyd.',
  rplLineHours: (r, p, rem) => `Hyfforddiant i ffwrdd o’r gwaith: ${r} o’r ${p} awr a gynlluniwyd wedi’u tynnu am ddysgu blaenorol, gan adael ${rem} awr.`,
  rplLinePercent: (r, p, pc) => `Canran dysgu blaenorol (RPL): ${r} ÷ ${p} = ${pc}.`,
  rplLineMinimum: (from, to) => `Isafswm i ffwrdd o’r gwaith: ${from} awr, wedi’i leihau yr un ganran i ${to} awr.`,
  rplLineDuration: (from, to) => `Hyd a gynlluniwyd: ${from} mis, bellach ${to} mis.`,
  rplLinePriceCut: (share, pc, amount) => `Gostyngiad lleiaf yn y pris: ${share} o’r ganran RPL = ${pc}, o leiaf ${amount}.`,
  rplLinePrice: (from, to) => `Pris: ${from}, bellach ${to} ar y mwyaf.`,
  rplLineBand: (from, to) => `Uchafswm y band cyllid ar gyfer y prentis hwn: ${from}, bellach ${to}.`,
  rplLimits: 'Terfynau a oedd yn berthnasol',
  rplOtjFloor: (a, f, r) =>
    `Mae’r eitemau sy’n cyfrif yn cwmpasu ${a} awr, ond ni all hyfforddiant i ffwrdd o’r gwaith fod yn llai na ${f} awr, felly dim ond ${r} awr a dynnir. Rhaid i’r darparwr wirio bod angen digon o ddysgu newydd ar y prentis o hyd ar gyfer prentisiaeth.`,
  rplMinimumFloor: (f) => `Ni all yr isafswm i ffwrdd o’r gwaith fod yn llai na ${f} awr.`,
  rplDurationFloor: (f, m) => `Ni all yr hyd a gynlluniwyd fod yn llai na ${f} mis; mae’r isafswm o ${m} awr i ffwrdd o’r gwaith yn berthnasol drwy gydol y cyfnod.`,
  rplDurationUnchanged: (months, m) =>
    `Mae’r gostyngiad yn llai na mis cyfan, felly mae’r hyd yn aros yn ${months} mis; mae’r isafswm o ${m} awr i ffwrdd o’r gwaith yn berthnasol drwy gydol y cyfnod.`,
  rplNotesTitle: 'Sut y cyfrifwyd y ffigurau',
  rplNoteCounting: (label) => `Mae eitem yn cyfrif fel dysgu blaenorol pan gaiff ei sgorio’n “${label}” neu’n uwch; nid yw eitemau “ddim yn siŵr” nac eitemau heb eu hateb yn cyfrif.`,
  rplNoteUnallocated: (h) => `Nid yw ${h} o’r oriau a gynlluniwyd yn gysylltiedig ag unrhyw eitem (fel cyfnod sefydlu neu baratoi ar gyfer yr asesiad diweddbwynt) ac ni chânt byth eu tynnu.`,
  rplNoteRounding:
    'Caiff yr oriau a dynnir eu talgrynnu i lawr i oriau cyfan, fel na chaiff yr oriau a gynlluniwyd byth eu tangyfrif; mae’r ganran RPL yn defnyddio’r oriau cyfan a dynnwyd.',
  rplNoteMinimum: 'Mae’r isafswm i ffwrdd o’r gwaith yn gostwng yn ôl y ganran RPL (nid yr un nifer o oriau), wedi’i dalgrynnu i fyny i oriau cyfan.',
  rplNoteDuration: 'Mae’r hyd a gynlluniwyd yn gostwng yn ôl y ganran RPL, wedi’i dalgrynnu i fyny i fisoedd cyfan.',
  rplNoteMoney: 'Caiff y gostyngiad lleiaf yn y pris ei dalgrynnu i fyny i’r geiniog; y pris gostyngedig yw’r uchaf y gall y pris fod, a gellir negodi pris is.',
  rplProblemsTitle: 'Ni ellir defnyddio ffigurau’r rhaglen ar gyfer y cyfrifiad dysgu blaenorol',
  rplProblemsIntro: 'Gofynnwch i’r darparwr hyfforddiant wirio’r ffigurau hyn:',
  rplAttribute: (name) => `(priodoledd “${name}”)`,
  printSummary: 'Argraffu’r crynodeb',
  evidenceTitle: 'Sgan sgiliau: crynodeb tystiolaeth',
  learner: 'Dysgwr',
  standard: 'Safon',
  reference: 'Cyfeirnod',
  version: 'Fersiwn',
  scanDate: 'Dyddiad y sgan',
  printedDate: 'Argraffwyd',
  ratingsCaption: 'Sgôr pob eitem',
};

const rplTables: Record<Locale, RplStrings> = { en: rplEn, cy: rplCy };

/** The RPL and printed-summary strings for a language tag. */
export function rplStringsFor(lang: string | null | undefined): RplStrings {
  return rplTables[localeFor(lang)];
}

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

/** Formats a number for a language (1 decimal place at most, or `digits`). */
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
