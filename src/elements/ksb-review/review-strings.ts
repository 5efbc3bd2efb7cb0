/**
 * UI strings of `<ksb-review>` (never framework text) in English (en-GB);
 * the Welsh table is beside it in `review-strings.cy.ts`. The shared strings (loading, errors, "not sure") come
 * from `shared/localize.ts`.
 */
import type { Party } from '../../model/result.js';
import { elementTable } from '../../shared/localize.js';

/** Names joined as a language joins them ("the learner and the employer"). */
export const list = (lang: string, names: string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);

export interface ReviewStrings {
  /** The parties' names in running text ("the employer’s ratings"); headings capitalise them. */
  partyNames: Record<Party, string>;
  reason: string;
  reviewOf: (subject: string) => string;
  reviewUntitled: string;
  progress: (agreed: number, total: number) => string;
  progressLabel: string;
  evidenceTitle: string;
  standard: string;
  reference: string;
  version: string;
  subject: string;
  parties: string;
  /** A source result, as listed in the record: who, and when it was submitted or last changed. */
  sourceLine: (party: string, rater: string | undefined, when: string, submitted: boolean) => string;
  reviewStarted: string;
  reviewSubmitted: string;
  digest: string;
  digestNote: string;
  noResults: string;
  resultsErrorTitle: string;
  resultsErrorIntro: string;
  valueErrorTitle: string;
  valueErrorIntro: string;
  /** The parties (names) whose results changed since the review recorded them. */
  sourceChanged: (parties: string[]) => string;
  compareTitle: string;
  compareIntro: (points: number) => string;
  onlyDisagreements: (n: number) => string;
  noDisagreements: string;
  quickTitle: string;
  takeParty: (party: string) => string;
  takenParty: (party: string, n: number) => string;
  item: string;
  difference: string;
  agreedRating: string;
  flagSpread: (points: number) => string;
  flagUnsure: string;
  flagNone: string;
  notAnswered: string;
  choose: string;
  agreedLabel: (code: string) => string;
  reasonLabel: (code: string) => string;
  /** Under the reason: whose ratings the agreed one differs from (party names). */
  reasonHint: (parties: string[]) => string;
  chartTitle: string;
  chartAlt: (section: string, figures: string) => string;
  chartTableCaption: string;
  section: string;
  meanOf: (party: string) => string;
  noRating: string;
  rplTitle: string;
  rplNeedsFigures: string;
  planTitle: string;
  planIntro: (threshold: string) => string;
  planHours: (hours: string) => string;
  planTotal: (n: number, hours: string | undefined) => string;
  planEmpty: string;
  planNotAgreed: string;
  signoffTitle: string;
  signoffIntro: string;
  signoffLegend: (party: string) => string;
  name: string;
  role: string;
  date: string;
  declaration: string;
  sign: (party: string) => string;
  unsign: (party: string) => string;
  signedBy: (name: string, role: string | undefined, date: string, recorded: string) => string;
  signNameMissing: string;
  signDateMissing: string;
  declarations: Record<Party, string>;
  submit: string;
  print: string;
  downloadCsv: string;
  submittedNote: (when: string) => string;
  readonlyNote: string;
  errorSummaryTitle: string;
  missingAgreed: (code: string) => string;
  missingReason: (code: string) => string;
  missingSignoff: (party: string) => string;
  requiredMessage: (n: number) => string;
}

const en: ReviewStrings = {
  partyNames: { learner: 'learner', employer: 'employer', provider: 'provider', assessor: 'assessor' },
  reason: 'Reason',
  reviewOf: (subject) => `Initial assessment review: ${subject}`,
  reviewUntitled: 'Initial assessment review',
  progress: (a, t) => `${a} of ${t} agreed`,
  progressLabel: 'Ratings agreed',
  evidenceTitle: 'Record of the initial assessment',
  standard: 'Standard',
  reference: 'Reference',
  version: 'Version',
  subject: 'Learner',
  parties: 'Ratings reviewed',
  sourceLine: (party, rater, when, submitted) => `${party}${rater ? ` (${rater})` : ''}: ${submitted ? 'submitted' : 'last changed'} ${when}`,
  reviewStarted: 'Review started',
  reviewSubmitted: 'Review submitted',
  digest: 'Digest (SHA-256 of the canonical JSON)',
  digestNote: 'The digest shows whether this record has changed since it was submitted. It does not show who made it.',
  noResults: 'No ratings have been given to review yet.',
  resultsErrorTitle: 'Some ratings cannot be reviewed',
  resultsErrorIntro: 'These results are left out of the review and nothing has been merged. Ask the site owner to check them:',
  valueErrorTitle: 'The saved review cannot be used',
  valueErrorIntro: 'It has not been applied: the review below is as it was, and the saved review itself is left unchanged. Ask the site owner to check it:',
  sourceChanged: (parties) => `The ratings of ${list('en-GB', parties.map((p) => `the ${p}`))} have changed since this review recorded them: check the agreed ratings again.`,
  compareTitle: 'Ratings side by side',
  compareIntro: (points) =>
    `Items marked “Discuss” have ratings ${points} or more points apart, or someone was not sure. Record the rating you agree for every item, with a reason where it differs from a party’s rating.`,
  onlyDisagreements: (n) => `Show only the items to discuss (${n})`,
  noDisagreements: 'No items to discuss: the parties’ ratings are close on every item.',
  quickTitle: 'Agree where the parties agree',
  takeParty: (party) => `Use the ${party}’s ratings where the parties agree`,
  takenParty: (party, n) => `${n === 1 ? '1 rating' : `${n} ratings`} agreed from the ${party}’s.`,
  item: 'Item',
  difference: 'Difference',
  agreedRating: 'Agreed rating',
  flagSpread: (points) => `Discuss: ${points} points apart`,
  flagUnsure: 'Discuss: someone is not sure',
  flagNone: 'Close',
  notAnswered: 'Not answered',
  choose: 'Choose a rating',
  agreedLabel: (code) => `Agreed rating for ${code}`,
  reasonLabel: (code) => `Reason for the agreed rating of ${code}`,
  reasonHint: (parties) => `It differs from the rating given by ${list('en-GB', parties.map((p) => `the ${p}`))}.`,
  chartTitle: 'The parties’ ratings by section',
  chartAlt: (section, figures) => `${section}: ${figures}`,
  chartTableCaption: 'Mean rating per section',
  section: 'Section',
  meanOf: (party) => `${party}: mean`,
  noRating: 'No rating',
  rplTitle: 'Recognition of prior learning from the agreed ratings',
  rplNeedsFigures: 'Give the programme figures (otj-hours, otj-minimum, duration-months, band-maximum and price) to see the prior-learning calculation.',
  planTitle: 'Training plan',
  planIntro: (threshold) => `The items agreed below “${threshold}”, or not agreed yet: what the programme must teach.`,
  planHours: (hours) => `${hours} planned off-the-job hours`,
  planTotal: (n, hours) => `${n === 1 ? '1 item' : `${n} items`} to train${hours ? `, ${hours} planned off-the-job hours` : ''}.`,
  planEmpty: 'Every item is agreed as prior learning: nothing is left to train.',
  planNotAgreed: 'not agreed yet',
  signoffTitle: 'Sign-off',
  signoffIntro:
    'Each party types their name, role and the date to sign. This records what was typed and when; it does not prove who typed it. The site you are using is responsible for checking who people are.',
  signoffLegend: (party) => `${party}: sign-off`,
  name: 'Full name',
  role: 'Role',
  date: 'Date',
  declaration: 'Declaration',
  sign: (party) => `Sign as the ${party}`,
  unsign: (party) => `Remove the ${party}’s sign-off`,
  signedBy: (name, role, date, recorded) => `Signed by ${name}${role ? `, ${role}` : ''}, dated ${date} (recorded ${recorded}).`,
  signNameMissing: 'Type a full name to sign.',
  signDateMissing: 'Enter the date to sign.',
  declarations: {
    learner: 'I confirm that the agreed ratings are a fair account of what I already know and can do, and that the evidence I gave is my own.',
    employer: 'I confirm that I have reviewed the agreed starting point with the learner and the training provider, and that it reflects the learner’s current job and experience.',
    provider: 'I confirm that this initial assessment was carried out before the start, that the agreed starting point is supported by evidence, and that the training plan, duration and price reflect the prior learning recognised.',
    assessor: 'I confirm that I have reviewed the evidence for the agreed ratings.',
  },
  submit: 'Submit review',
  print: 'Print or save as PDF',
  downloadCsv: 'Download the ratings (CSV)',
  submittedNote: (when) => `Review submitted ${when}.`,
  readonlyNote: 'This review can be read but not changed.',
  errorSummaryTitle: 'There is a problem',
  missingAgreed: (code) => `Agree a rating for ${code}`,
  missingReason: (code) => `Give a reason for the agreed rating of ${code}`,
  missingSignoff: (party) => `The ${party} has not signed`,
  requiredMessage: (n) => (n === 1 ? 'Complete 1 more step before submitting.' : `Complete ${n} more steps before submitting.`),
};

/** The review's strings for a language tag: a host's (registerLocale), the Welsh once loaded (`review-strings.cy.ts`), else English. */
export function reviewStringsFor(lang: string | null | undefined): ReviewStrings {
  return elementTable(lang, 'review', en);
}
