/**
 * UI strings of the summary step of `<skills-scan>` that no other element
 * shows (charts, unanswered items, change since a baseline, the level
 * placement, the prior-learning estimate and RPL calculation, the printed
 * summary), in English (en-GB); the Welsh table is beside it in
 * `summary-strings.cy.ts`. They load with the summary (`scan-summary.ts`),
 * not with the element.
 */
import { elementTable } from '../../shared/localize.js';

export interface SummaryStrings {
  /** Column headings of the baseline comparison and the rating tables. */
  before: string;
  after: string;
  change: string;
  item: string;
  section: string;
  rating: string;
  priorLearningThreshold: (label: string) => string;
  summaryIntro: string;
  /** The summary's introduction when the rater is not the learner (`party`). */
  summaryIntroAbout: (name: string) => string;
  chartTitle: (section: string) => string;
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
  priorLearningTitle: string;
  priorLearningEstimate: string;
  priorLearningShare: (n: number, total: number, percent: string) => string;
  priorLearningHours: (removed: string, remaining: string) => string;
  priorLearningPrice: (reduction: string, price: string) => string;
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
  /** The headline panel of the RPL breakdown, before the calculation: the share, and the figures before and after. */
  rplHeadline: (percent: string, removed: string, planned: string) => string;
  rplHeadCaption: string;
  rplBefore: string;
  rplAfter: string;
  rplOtjRow: string;
  rplDurationRow: string;
  rplPriceRow: string;
  rplMonths: (n: string) => string;
  rplAtMost: (price: string) => string;
  rplNoLimits: string;
  /** "For the Apprenticeship Service and your ILR": the RPL figures under the systems' field names. */
  fundingTitle: string;
  fundingIntro: (fundingYear: string) => string;
  fundingUnknownYear: (fundingYear: string) => string;
  fundingService: string;
  fundingIlr: string;
  fundingQuestion: string;
  fundingField: string;
  fundingValue: string;
  fundingJudgement: string;
  fundingHours: (n: string) => string;
  fundingWeeks: (n: string) => string;
  fundingCopy: string;
  fundingCopied: (value: string, field: string) => string;
  fundingCopyFailed: string;
  /** The disclosure of the item table (always open in print). */
  rplItemsToggle: (n: number) => string;
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
  downloadCsv: string;
  evidenceTitle: string;
  learner: string;
  standard: string;
  reference: string;
  version: string;
  scanDate: string;
  printedDate: string;
  ratingsCaption: string;
}

const en: SummaryStrings = {
  before: 'Before',
  after: 'Now',
  change: 'Change',
  item: 'Item',
  section: 'Section',
  rating: 'Rating',
  priorLearningThreshold: (label) => `Counts items rated “${label}” or higher.`,
  summaryIntro: 'Here is how you rated yourself in each section. You can go back and change any answer before you submit.',
  summaryIntroAbout: (name) => `Here is how you rated ${name} in each section. You can go back and change any answer before you submit.`,
  chartTitle: (s) => `Ratings in ${s}`,
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
  priorLearningTitle: 'Prior learning',
  priorLearningEstimate:
    'This is an estimate from a self-assessment. Your training provider must confirm any prior learning and agree the changes to your programme.',
  priorLearningShare: (n, t, p) => `${n} of ${t} items rated at or above the threshold (${p}).`,
  priorLearningHours: (r, rem) => `Off-the-job training: about ${r} hours fewer, ${rem} hours remaining.`,
  priorLearningPrice: (red, price) => `Price: at least ${red} lower, at most ${price}.`,
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
  rplHeadline: (pc, r, p) => `${pc} prior learning: ${r} of ${p} off-the-job hours`,
  rplHeadCaption: 'The programme without and with the prior learning',
  rplBefore: 'Without prior learning',
  rplAfter: 'With prior learning',
  rplOtjRow: 'Off-the-job hours',
  rplDurationRow: 'Planned duration',
  rplPriceRow: 'Price',
  rplMonths: (n) => `${n} months`,
  rplAtMost: (price) => `at most ${price}`,
  rplNoLimits: 'No limit of the funding rules applied.',
  fundingTitle: 'For the Apprenticeship Service and your ILR',
  fundingIntro: (y) =>
    `The same figures under the names the Apprenticeship Service (its questions when you add an apprentice with prior learning, and its bulk-upload columns) and the ILR use, for the funding year ${y}. Check each against your evidence before you enter it.`,
  fundingUnknownYear: (y) => `No field names are known for the funding year ${y}: enter the figures above as the Apprenticeship Service and the ILR ask for them.`,
  fundingService: 'Apprenticeship Service',
  fundingIlr: 'ILR (individualised learner record)',
  fundingQuestion: 'What is asked',
  fundingField: 'Field',
  fundingValue: 'Value',
  fundingJudgement: 'A judgement:',
  fundingHours: (n) => `${n} hours`,
  fundingWeeks: (n) => `${n} weeks`,
  fundingCopy: 'Copy',
  fundingCopied: (v, f) => `Copied ${v} (${f}).`,
  fundingCopyFailed: 'This page cannot copy: select the value and copy it yourself.',
  rplItemsToggle: (n) => `The ${n === 1 ? 'item' : `${n} items`}: rating, hours and hours removed`,
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
  downloadCsv: 'Download the answers (CSV)',
  evidenceTitle: 'Skills scan: evidence summary',
  learner: 'Learner',
  standard: 'Standard',
  reference: 'Reference',
  version: 'Version',
  scanDate: 'Date of scan',
  printedDate: 'Printed',
  ratingsCaption: 'Rating of each item',
};

/** The summary's strings for a language tag. */
export function summaryStringsFor(lang: string | null | undefined): SummaryStrings {
  return elementTable(lang, 'summary', en);
}
