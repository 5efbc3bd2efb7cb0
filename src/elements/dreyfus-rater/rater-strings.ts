/**
 * UI strings of `<dreyfus-rater>` (never framework text) in English (en-GB);
 * the Welsh table is beside it in `rater-strings.cy.ts`. The shared strings (loading, errors, version mismatch,
 * submit) come from `shared/localize.ts`; these are the rater's own (its
 * summary's, which load with the summary, are in `rater-summary-strings.ts`). The
 * language is chosen as for every element: `lang`, else the nearest
 * ancestor's, else the page's; anything but Welsh falls back to English.
 */
import { elementTable } from '../../shared/localize.js';

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
  /** `chooseHint` when the subject is named and the rater is another party. */
  chooseHintAbout: (name: string) => string;
  /** `chooseHint` when the learner rates themself (`party="learner"`). */
  chooseHintSelf: string;
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
  summaryTitle: string;
  nothingToRate: string;
  selectionErrorTitle: string;
  historyErrorTitle: string;
  /** Joins names into a list: "A, B and C". */
  list: (names: readonly string[]) => string;
}

const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

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
  chooseHintAbout: (name) => `Choose the level that best describes what you observed of ${name}.`,
  chooseHintSelf: 'Choose the level that best describes how you do this.',
  genericDescriptors: 'This competency has no rubric of its own: the levels show the scale’s general descriptors.',
  reservedForExceptional: 'Reserved for exceptional delivery.',
  chosen: (v, label) => `Chosen: ${v} ${label}`,
  ratedAs: (v, label) => `Rating: ${v} ${label}`,
  notRated: 'Not rated yet',
  clearRating: (name) => `Clear the rating for ${name}`,
  noteLabel: (name) => `Evidence and observations for ${name} (optional)`,
  noteHint: 'What you saw or heard that supports this rating.',
  evidence: 'Evidence and observations',
  summaryTitle: 'Summary',
  nothingToRate: 'There are no competencies to rate here.',
  selectionErrorTitle: 'These competencies cannot be shown',
  historyErrorTitle: 'Some earlier ratings cannot be shown',
  list: (names) => listFormat.format(names),
};



/** The rater's string table for a language tag. */
export function raterStringsFor(lang: string | null | undefined): RaterStrings {
  return elementTable(lang, 'rater', en);
}
