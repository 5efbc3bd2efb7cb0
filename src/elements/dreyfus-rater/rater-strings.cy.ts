/** Welsh UI strings of `<dreyfus-rater>`: a chunk of their own, loaded before a Welsh render; the English table is in `rater-strings.ts`. */
import type { RaterStrings } from './rater-strings.js';

const listFormat = new Intl.ListFormat('cy', { style: 'long', type: 'conjunction' });

export const cy: RaterStrings = {
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
  chooseHintAbout: (name) => `Dewiswch y lefel sy’n disgrifio orau yr hyn a welsoch gan ${name}.`,
  chooseHintSelf: 'Dewiswch y lefel sy’n disgrifio orau sut rydych chi’n gwneud hyn.',
  genericDescriptors: 'Does gan y cymhwysedd hwn ddim cyfarwyddyd sgorio ei hun: mae’r lefelau’n dangos disgrifyddion cyffredinol y raddfa.',
  reservedForExceptional: 'Wedi’i gadw ar gyfer cyflawni eithriadol.',
  chosen: (v, label) => `Wedi’i ddewis: ${v} ${label}`,
  ratedAs: (v, label) => `Sgôr: ${v} ${label}`,
  notRated: 'Heb ei sgorio eto',
  clearRating: (name) => `Clirio’r sgôr ar gyfer ${name}`,
  noteLabel: (name) => `Tystiolaeth ac arsylwadau ar gyfer ${name} (dewisol)`,
  noteHint: 'Yr hyn a welsoch neu a glywsoch sy’n cefnogi’r sgôr hon.',
  evidence: 'Tystiolaeth ac arsylwadau',
  summaryTitle: 'Crynodeb',
  nothingToRate: 'Does dim cymwyseddau i’w sgorio yma.',
  selectionErrorTitle: 'Does dim modd dangos y cymwyseddau hyn',
  historyErrorTitle: 'Does dim modd dangos rhai sgoriau cynharach',
  list: (names) => listFormat.format(names),
};
