import { elementTable } from '../../shared/localize.js';

/** UI strings of `<ksb-matrix>` in English; the Welsh table is beside it in `matrix-strings.cy.ts`. */
export interface MatrixStrings {
  caption: (title: string, rows: string, columns: string) => string;
  filter: string;
  filterHint: string;
  show: string;
  download: string;
  downloadFailed: string;
  shown: (rows: number, columns: number) => string;
  total: string;
  linked: string;
  linkCount: (n: number) => string;
  metOf: (met: number, of: number) => string;
  sinceBaseline: (n: number) => string;
  legendTitle: string;
  legendMet: (target: string) => string;
  legendBelow: string;
  standingMet: string;
  legendUnsure: string;
  legendUnrated: string;
  legendLink: string;
  rating: (label: string) => string;
  change: (signed: string) => string;
  noRows: string;
  genericDescriptor: string;
  resultsIgnored: (n: number) => string;
  levelsAxis: string;
  scaleAxis: string;
  /** The cohort view (`rows="results"`): learners as rows. */
  learnersAxis: string;
  sectionsAxis: string;
  learner: string;
  unnamedLearner: (n: number) => string;
  learnerFilterHint: string;
  noLearners: (framework: string) => string;
  learnersShown: (learners: number, columns: number) => string;
  learnersMet: (met: number, of: number) => string;
  sortHint: string;
  showChange: string;
  noBaseline: string;
  belowTarget: string;
}

const en: MatrixStrings = {
  caption: (t, r, c) => `${t}: ${r} by ${c}`,
  filter: 'Filter',
  filterHint: 'Type a code or words from a statement',
  show: 'Show',
  download: 'Download CSV',
  downloadFailed: 'The CSV file could not be made',
  shown: (r, c) => `${r} ${r === 1 ? 'row' : 'rows'} and ${c} ${c === 1 ? 'column' : 'columns'} shown`,
  total: 'Total',
  linked: 'Linked',
  linkCount: (n) => (n === 1 ? '1 link' : `${n} links`),
  metOf: (m, of) => `${m} of ${of} met`,
  sinceBaseline: (n) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)} since the baseline`,
  legendTitle: 'Key',
  legendMet: (t) => `met: rated ${t} or higher`,
  legendBelow: 'rated below the target',
  standingMet: 'met',
  legendUnsure: 'not sure',
  legendUnrated: 'not rated yet',
  legendLink: 'linked (the duty needs this item, or the task is covered by this standard)',
  rating: (l) => `Rated ${l}`,
  change: (s) => `${s} since the baseline`,
  noRows: 'Nothing matches the filter.',
  genericDescriptor: 'generic descriptor',
  resultsIgnored: (n) => `${n} ${n === 1 ? 'result is' : 'results are'} for another framework or version and ${n === 1 ? 'is' : 'are'} not shown.`,
  levelsAxis: 'levels',
  scaleAxis: 'rating',
  learnersAxis: 'learners',
  sectionsAxis: 'sections',
  learner: 'Learner',
  unnamedLearner: (n) => `Learner ${n} (not named)`,
  learnerFilterHint: 'Type a learner’s name or reference',
  noLearners: (f) => `No learners’ results for ${f} have been given yet.`,
  learnersShown: (l, c) => `${l} ${l === 1 ? 'learner' : 'learners'} and ${c} ${c === 1 ? 'column' : 'columns'} shown`,
  learnersMet: (m, of) => `${m} of ${of} ${of === 1 ? 'learner' : 'learners'} met`,
  sortHint: 'Select a column heading to sort by it; select it again to reverse the order.',
  showChange: 'Show the change since each learner’s baseline',
  noBaseline: 'no baseline',
  belowTarget: 'below the target',
};


export function matrixStrings(lang: string): MatrixStrings {
  return elementTable(lang, 'matrix', en);
}
