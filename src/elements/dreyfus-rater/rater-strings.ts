/**
 * UI strings of `<dreyfus-rater>` (never framework text) in English (en-GB)
 * and Welsh (cy). The shared strings (loading, errors, version mismatch,
 * submit) come from `shared/localize.ts`; these are the rater's own. The
 * language is chosen as for every element: `lang`, else the nearest
 * ancestor's, else the page's; anything but Welsh falls back to English.
 */
import { localeFor, type Locale } from '../../shared/localize.js';

export interface RaterStrings {
  /** Heading of the scoring guidance. */
  howToRate: string;
  /** The scoring guidance of the Dreyfus scale, step by step; `top` is the highest point ("5 (Expert)"). */
  scoringSteps: (top: string) => readonly string[];
  /** Summary of the framework's full scoring instructions (collapsible). */
  fullInstructions: string;
  /** The target rating in force. */
  targetRating: (value: string, label: string) => string;
  /** Line naming the career level being rated. */
  ratingLevel: (label: string) => string;
  payBand: (band: string) => string;
  pay: (pay: string) => string;
  ratedBy: (rater: string) => string;
  about: (subject: string) => string;
  progress: (rated: number, total: number) => string;
  progressLabel: string;
  /** Under the competency name: the career levels that assess it. */
  assessedAt: (levels: string) => string;
  guidance: string;
  keyFeatures: string;
  interaction: string;
  chooseHint: string;
  /** Said when the levels show the scale's generic descriptors. */
  genericDescriptors: string;
  /** Hint on the highest point of the Dreyfus scale. */
  reservedForExceptional: string;
  /** The clear mark of the chosen level. */
  chosen: (value: string, label: string) => string;
  /** The rating given, in read-only mode. */
  ratedAs: (value: string, label: string) => string;
  notRated: string;
  clearRating: (name: string) => string;
  noteLabel: (name: string) => string;
  noteHint: string;
  /** The rater's note in read-only mode. */
  evidence: string;
  earlierRatings: string;
  trendEntry: (date: string, rater: string | undefined, value: string, label: string) => string;
  trendNow: (value: string, label: string) => string;
  trendChange: (change: number, since: string) => string;
  summaryTitle: string;
  ratingsTitle: string;
  competency: string;
  rating: string;
  trend: string;
  atTarget: string;
  belowTarget: string;
  careerTitle: string;
  supports: (level: string) => string;
  supportsNone: string;
  nextLevel: (level: string) => string;
  missingRating: (name: string, rating: string) => string;
  missingUnrated: (name: string) => string;
  allRatableMet: string;
  noRequirements: string;
  levelsTitle: string;
  careerLevel: string;
  competencies: string;
  payHeading: string;
  status: string;
  met: string;
  notMet: string;
  notRatable: string;
  /** For a level with no competencies of its own. */
  noAssessed: string;
  trainingTitle: string;
  trainingFor: (names: string) => string;
  trainingOfLevel: (level: string) => string;
  noTraining: string;
  allAtTargetTraining: string;
  nothingToRate: string;
  selectionErrorTitle: string;
  historyErrorTitle: string;
  submit: string;
  /** Joins names into a list: "A, B and C". */
  list: (names: readonly string[]) => string;
}

const listFormat = (locale: Locale) =>
  new Intl.ListFormat(locale === 'cy' ? 'cy' : 'en-GB', { style: 'long', type: 'conjunction' });

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)}`;

const en: RaterStrings = {
  howToRate: 'How to rate',
  scoringSteps: (top) => [
    'First identify whether the key features of the competency are evident.',
    'Then consider whether they were used appropriately: few opportunities missed, and delivered well when used.',
    `Keep ${top} for exceptional delivery: adapting to different contexts, often in the face of difficulties such as resistance.`,
    'Most ratings fall in the middle of the scale; few people score at the extremes.',
  ],
  fullInstructions: 'Scoring instructions in full',
  targetRating: (v, label) => `Target rating for each competency: ${v} ${label}.`,
  ratingLevel: (label) => `Competencies assessed at ${label}`,
  payBand: (band) => `Pay band: ${band}`,
  pay: (pay) => `Suggested pay: ${pay}`,
  ratedBy: (rater) => `Rated by ${rater}`,
  about: (subject) => `About ${subject}`,
  progress: (r, t) => `${r} of ${t} rated`,
  progressLabel: 'Competencies rated',
  assessedAt: (levels) => `Assessed at: ${levels}`,
  guidance: 'Key features and interaction',
  keyFeatures: 'Key features',
  interaction: 'Interaction',
  chooseHint: 'Choose the level that best describes what you observed.',
  genericDescriptors: 'This competency has no rubric of its own: the levels show the scale’s general descriptors.',
  reservedForExceptional: 'Reserved for exceptional delivery.',
  chosen: (v, label) => `Chosen: ${v} ${label}`,
  ratedAs: (v, label) => `Rating: ${v} ${label}`,
  notRated: 'Not rated yet',
  clearRating: (name) => `Clear the rating for ${name}`,
  noteLabel: (name) => `Evidence and observations for ${name} (optional)`,
  noteHint: 'What you saw or heard that supports this rating.',
  evidence: 'Evidence and observations',
  earlierRatings: 'Earlier ratings',
  trendEntry: (date, rater, v, label) => `${date}${rater ? `, ${rater}` : ''}: ${v} ${label}`,
  trendNow: (v, label) => `Now: ${v} ${label}`,
  trendChange: (c, since) => (c === 0 ? `No change since ${since}` : `${signed(c)} since ${since}`),
  summaryTitle: 'Summary',
  ratingsTitle: 'Ratings',
  competency: 'Competency',
  rating: 'Rating',
  trend: 'Trend',
  atTarget: 'At or above target',
  belowTarget: 'Below target',
  careerTitle: 'Career level these ratings support',
  supports: (level) => `These ratings support: ${level}.`,
  supportsNone: 'These ratings do not yet support any career level.',
  nextLevel: (level) => `To reach ${level}:`,
  missingRating: (name, rating) => `${name}: rated ${rating}`,
  missingUnrated: (name) => `${name}: not rated`,
  allRatableMet: 'These ratings meet the requirements of every career level that ratings can show.',
  noRequirements: 'This framework does not say which competencies each career level requires, so these ratings do not place a career level.',
  levelsTitle: 'Career levels and the competencies they assess',
  careerLevel: 'Career level',
  competencies: 'Assessed competencies',
  payHeading: 'Pay',
  status: 'Status',
  met: 'Met',
  notMet: 'Not met',
  notRatable: 'Not shown by ratings: this level assesses no competencies of its own',
  noAssessed: 'None',
  trainingTitle: 'Training for competencies below the target',
  trainingFor: (names) => `For ${names}`,
  trainingOfLevel: (level) => `Training listed for ${level}`,
  noTraining: 'The framework links no training to these competencies.',
  allAtTargetTraining: 'No rated competency is below the target.',
  nothingToRate: 'There are no competencies to rate here.',
  selectionErrorTitle: 'These competencies cannot be shown',
  historyErrorTitle: 'Some earlier ratings cannot be shown',
  submit: 'Submit ratings',
  list: (names) => listFormat('en').format(names),
};

const cy: RaterStrings = {
  howToRate: 'Sut i sgorio',
  scoringSteps: (top) => [
    'Yn gyntaf, nodwch a yw nodweddion allweddol y cymhwysedd yn amlwg.',
    'Yna ystyriwch a gawsant eu defnyddio’n briodol: ychydig o gyfleoedd wedi’u colli, a’u cyflawni’n dda pan gânt eu defnyddio.',
    `Cadwch ${top} ar gyfer cyflawni eithriadol: addasu i wahanol gyd-destunau, yn aml yn wyneb anawsterau fel gwrthwynebiad.`,
    'Mae’r rhan fwyaf o sgoriau yng nghanol y raddfa; ychydig o bobl sy’n sgorio ar y pegynau.',
  ],
  fullInstructions: 'Cyfarwyddiadau sgorio llawn',
  targetRating: (v, label) => `Sgôr darged ar gyfer pob cymhwysedd: ${v} ${label}.`,
  ratingLevel: (label) => `Cymwyseddau a asesir ar lefel ${label}`,
  payBand: (band) => `Band cyflog: ${band}`,
  pay: (pay) => `Cyflog a awgrymir: ${pay}`,
  ratedBy: (rater) => `Sgoriwyd gan ${rater}`,
  about: (subject) => `Am ${subject}`,
  progress: (r, t) => `${r} o ${t} wedi’u sgorio`,
  progressLabel: 'Cymwyseddau wedi’u sgorio',
  assessedAt: (levels) => `Asesir ar: ${levels}`,
  guidance: 'Nodweddion allweddol a rhyngweithio',
  keyFeatures: 'Nodweddion allweddol',
  interaction: 'Rhyngweithio',
  chooseHint: 'Dewiswch y lefel sy’n disgrifio orau yr hyn a welsoch.',
  genericDescriptors: 'Does gan y cymhwysedd hwn ddim cyfarwyddyd sgorio ei hun: mae’r lefelau’n dangos disgrifyddion cyffredinol y raddfa.',
  reservedForExceptional: 'Wedi’i gadw ar gyfer cyflawni eithriadol.',
  chosen: (v, label) => `Wedi’i ddewis: ${v} ${label}`,
  ratedAs: (v, label) => `Sgôr: ${v} ${label}`,
  notRated: 'Heb ei sgorio eto',
  clearRating: (name) => `Clirio’r sgôr ar gyfer ${name}`,
  noteLabel: (name) => `Tystiolaeth ac arsylwadau ar gyfer ${name} (dewisol)`,
  noteHint: 'Yr hyn a welsoch neu a glywsoch sy’n cefnogi’r sgôr hon.',
  evidence: 'Tystiolaeth ac arsylwadau',
  earlierRatings: 'Sgoriau cynharach',
  trendEntry: (date, rater, v, label) => `${date}${rater ? `, ${rater}` : ''}: ${v} ${label}`,
  trendNow: (v, label) => `Nawr: ${v} ${label}`,
  trendChange: (c, since) => (c === 0 ? `Dim newid ers ${since}` : `${signed(c)} ers ${since}`),
  summaryTitle: 'Crynodeb',
  ratingsTitle: 'Sgoriau',
  competency: 'Cymhwysedd',
  rating: 'Sgôr',
  trend: 'Tuedd',
  atTarget: 'Ar y targed neu’n uwch',
  belowTarget: 'Islaw’r targed',
  careerTitle: 'Lefel gyrfa y mae’r sgoriau hyn yn ei chefnogi',
  supports: (level) => `Mae’r sgoriau hyn yn cefnogi: ${level}.`,
  supportsNone: 'Nid yw’r sgoriau hyn yn cefnogi unrhyw lefel gyrfa eto.',
  nextLevel: (level) => `I gyrraedd ${level}:`,
  missingRating: (name, rating) => `${name}: sgôr ${rating}`,
  missingUnrated: (name) => `${name}: heb ei sgorio`,
  allRatableMet: 'Mae’r sgoriau hyn yn bodloni gofynion pob lefel gyrfa y gall sgoriau ei dangos.',
  noRequirements: 'Nid yw’r fframwaith hwn yn dweud pa gymwyseddau sydd eu hangen ar bob lefel gyrfa, felly nid yw’r sgoriau hyn yn pennu lefel gyrfa.',
  levelsTitle: 'Lefelau gyrfa a’r cymwyseddau a asesir ganddynt',
  careerLevel: 'Lefel gyrfa',
  competencies: 'Cymwyseddau a asesir',
  payHeading: 'Cyflog',
  status: 'Statws',
  met: 'Wedi’i bodloni',
  notMet: 'Heb ei bodloni',
  notRatable: 'Ni all sgoriau ei dangos: nid yw’r lefel hon yn asesu unrhyw gymwyseddau ei hun',
  noAssessed: 'Dim',
  trainingTitle: 'Hyfforddiant ar gyfer cymwyseddau islaw’r targed',
  trainingFor: (names) => `Ar gyfer ${names}`,
  trainingOfLevel: (level) => `Hyfforddiant a restrir ar gyfer ${level}`,
  noTraining: 'Nid yw’r fframwaith yn cysylltu unrhyw hyfforddiant â’r cymwyseddau hyn.',
  allAtTargetTraining: 'Does dim cymhwysedd wedi’i sgorio islaw’r targed.',
  nothingToRate: 'Does dim cymwyseddau i’w sgorio yma.',
  selectionErrorTitle: 'Does dim modd dangos y cymwyseddau hyn',
  historyErrorTitle: 'Does dim modd dangos rhai sgoriau cynharach',
  submit: 'Cyflwyno’r sgoriau',
  list: (names) => listFormat('cy').format(names),
};

const tables: Record<Locale, RaterStrings> = { en, cy };

/** The rater's string table for a language tag. */
export function raterStringsFor(lang: string | null | undefined): RaterStrings {
  return tables[localeFor(lang)];
}
