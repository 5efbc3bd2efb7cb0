/**
 * UI strings of the `<dreyfus-rater>` summary and trends (see
 * `rater-summary.ts`), in English (en-GB); the Welsh table is beside it
 * in `rater-summary-strings.cy.ts`. They load with the summary, not with the element.
 */
import { elementTable } from '../../shared/localize.js';

export interface RaterSummaryStrings {
  earlierRatings: string;
  trendEntry: (date: string, rater: string | undefined, value: string, label: string) => string;
  trendNow: (value: string, label: string) => string;
  trendChange: (change: number, since: string) => string;
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
  submit: string;
  downloadCsv: string;
}

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)}`;

const en: RaterSummaryStrings = {
  earlierRatings: 'Earlier ratings',
  trendEntry: (date, rater, v, label) => `${date}${rater ? `, ${rater}` : ''}: ${v} ${label}`,
  trendNow: (v, label) => `Now: ${v} ${label}`,
  trendChange: (c, since) => (c === 0 ? `No change since ${since}` : `${signed(c)} since ${since}`),
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
  submit: 'Submit ratings',
  downloadCsv: 'Download the ratings (CSV)',
};

/** The summary's strings for a language tag. */
export function raterSummaryStringsFor(lang: string | null | undefined): RaterSummaryStrings {
  return elementTable(lang, 'raterSummary', en);
}
