/**
 * The prior-learning figures under the names of the two places a provider
 * enters them: the Apprenticeship Service (the six questions asked when an
 * apprentice with prior learning is added, and the columns of its bulk-upload
 * CSV) and the ILR (the individualised learner record). Each value carries its
 * field name, unit and source, and says where the mapping is a judgement.
 *
 * Sources (checked December 2026):
 * - Apprenticeship Service help centre, "Recognition of Prior Learning (RPL)
 *   changes" (training providers; from 30 November 2023): the six questions.
 * - SkillsFundingAgency/das-commitments, bulk-upload validation
 *   (BulkUploadValidateCommandHandler): the CSV columns `RecognisePriorLearning`,
 *   `TrainingTotalHours`, `TrainingHoursReduction` (1 to 999),
 *   `IsDurationReducedByRPL`, `DurationReducedBy` (weeks) and `PriceReducedBy`.
 * - ILR specification 2025 to 2026, Learning Delivery: `PHours`,
 *   `PriorLearnFundAdj`; the negotiated price in the apprenticeship financial
 *   record (`AppFinRecord`, TNP1).
 */
import type { RplBreakdown } from './rpl.js';

/** Where a figure is entered. */
export type FundingSystem = 'apprenticeship-service' | 'ilr';

/** One figure as a system names it. */
export interface FundingField {
  system: FundingSystem;
  /** The field or column name, e.g. `TrainingHoursReduction`, `PHours`. */
  field: string;
  /** What the system asks, in its words. */
  label: string;
  value: number | boolean;
  unit: 'hours' | 'weeks' | 'pounds' | 'percent' | 'yes/no';
  /** Where the field is defined. */
  source: string;
  /** How the value is worked out from the breakdown. */
  from: string;
  /** Set where the mapping is a judgement the rules leave to the provider, saying which. */
  judgement?: string;
}

/** The field names of one funding year, and their sources. */
export interface FundingFieldNames {
  fundingYear: string;
  service: { source: string; rpl: string; totalHours: string; hoursReduction: string; durationReduced: string; weeksReduced: string; priceReduction: string };
  ilr: { source: string; plannedHours: string; fundingAdjustment: string; price: string };
}

const SERVICE_SOURCE = 'Apprenticeship Service help centre, “Recognition of Prior Learning (RPL) changes”; bulk-upload CSV columns (SkillsFundingAgency/das-commitments)';

/** The names by funding year, beside `FUNDING_RULES`: a new year with new names is a new entry here. */
export const FUNDING_FIELDS: Readonly<Record<string, FundingFieldNames>> = Object.freeze({
  '2025-26': Object.freeze({
    fundingYear: '2025-26',
    service: {
      source: SERVICE_SOURCE,
      rpl: 'RecognisePriorLearning',
      totalHours: 'TrainingTotalHours',
      hoursReduction: 'TrainingHoursReduction',
      durationReduced: 'IsDurationReducedByRPL',
      weeksReduced: 'DurationReducedBy',
      priceReduction: 'PriceReducedBy',
    },
    ilr: {
      source: 'ILR specification 2025 to 2026 (Learning Delivery; apprenticeship financial record)',
      plannedHours: 'PHours',
      fundingAdjustment: 'PriorLearnFundAdj',
      price: 'TNP1',
    },
  }),
});

/** Weeks in a month, for a duration cut given in months: 52 weeks over 12 months. */
const WEEKS_PER_MONTH = 52 / 12;

/** What the provider knows beyond the breakdown, to replace an estimate with the fact. */
export interface FundingFieldOptions {
  /** The price agreed with the employer after prior learning, in pounds: gives `PriceReducedBy` and the ILR price exactly. */
  agreedPrice?: number;
  /** The weeks the planned end date moved: gives `DurationReducedBy` exactly (otherwise worked out from the months cut). */
  weeksReduced?: number;
}

/**
 * The figures of an RPL breakdown as the Apprenticeship Service and the ILR
 * name them. Hours and pounds are whole numbers, as both systems take them.
 * Where `options` give the agreed price or the exact weeks, those are used and
 * the judgement goes. Never throws; a funding year without known names gives
 * no fields, and an option that is not a number at least 0 is ignored.
 */
export function fundingRecordFields(b: RplBreakdown, options: FundingFieldOptions = {}): { apprenticeshipService: FundingField[]; ilr: FundingField[] } {
  const names = FUNDING_FIELDS[b.fundingYear];
  if (!names) return { apprenticeshipService: [], ilr: [] };
  const s = names.service;
  const service = (field: string, label: string, value: number | boolean, unit: FundingField['unit'], from: string, judgement?: string): FundingField =>
    ({ system: 'apprenticeship-service', field, label, value, unit, source: s.source, from, ...(judgement ? { judgement } : {}) });
  const ilr = (field: string, label: string, value: number, unit: FundingField['unit'], from: string, judgement?: string): FundingField =>
    ({ system: 'ilr', field, label, value, unit, source: names.ilr.source, from, ...(judgement ? { judgement } : {}) });
  const anyRpl = b.hoursRemoved > 0;
  const monthsCut = Math.max(0, b.planned.durationMonths - b.reduced.durationMonths);
  const known = (n: number | undefined) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined);
  const agreedPrice = known(options.agreedPrice);
  const weeksGiven = known(options.weeksReduced);
  const apprenticeshipService = [
    service(s.rpl, 'Is there any RPL for this apprenticeship?', anyRpl, 'yes/no', 'Whether any off-the-job hours were removed for prior learning.'),
    service(s.totalHours, 'Total off-the-job training time for this apprenticeship standard', Math.round(b.planned.otjHours), 'hours', 'The planned off-the-job hours with no prior learning.'),
    service(s.hoursReduction, 'Total reduction in off-the-job training time due to RPL', b.hoursRemoved, 'hours', 'The whole hours removed for prior learning.'),
    service(s.durationReduced, 'Have you reduced the actual apprenticeship duration due to RPL?', (weeksGiven ?? monthsCut) > 0, 'yes/no', 'Whether the planned duration fell.'),
    weeksGiven !== undefined
      ? service(s.weeksReduced, 'How many weeks was the apprenticeship reduced by?', Math.round(weeksGiven), 'weeks', 'The weeks the planned end date moved, as given.')
      : service(
          s.weeksReduced,
          'How many weeks was the apprenticeship reduced by?',
          Math.floor(monthsCut * WEEKS_PER_MONTH),
          'weeks',
          'The months cut from the planned duration, in weeks.',
          'The calculation cuts whole months; the service asks for weeks: months × 52 ÷ 12, rounded down, so the cut is never overstated. Use the exact weeks between the planned end dates if you have them.',
        ),
    agreedPrice !== undefined
      ? service(s.priceReduction, 'Total price reduction due to RPL', Math.max(0, Math.round(b.planned.price - agreedPrice)), 'pounds', 'The planned price less the price agreed, in whole pounds.')
      : service(
          s.priceReduction,
          'Total price reduction due to RPL',
          Math.ceil(b.minimumPriceReduction),
          'pounds',
          'The least the price must fall by under the funding rules, rounded up to whole pounds.',
          'This is the minimum reduction the rules require; if the price agreed with the employer falls further, enter that reduction instead.',
        ),
  ];
  const ilrFields = [
    ilr(names.ilr.plannedHours, 'Planned off-the-job hours', Math.round(b.reduced.otjHours), 'hours', 'The planned off-the-job hours after prior learning.'),
    ...(anyRpl
      ? [
          ilr(
            names.ilr.fundingAdjustment,
            'Prior learning funding adjustment (the percentage of the aim still to be delivered)',
            Math.min(99, Math.max(0, Math.round((1 - b.rplShare) * 100))),
            'percent',
            '100 minus the RPL percentage, to the nearest whole number (at most 99).',
            'The ILR records it "where applicable"; taking it as 100 minus the RPL percentage is this library’s reading. Check it against the ILR specification and your funding advice.',
          ),
        ]
      : []),
    agreedPrice !== undefined
      ? ilr(names.ilr.price, 'Total negotiated price of training', Math.round(agreedPrice), 'pounds', 'The price agreed, as given, in whole pounds.')
      : ilr(
          names.ilr.price,
          'Total negotiated price of training',
          Math.floor(b.reduced.price),
          'pounds',
          'The price after prior learning (the most it may be), in whole pounds.',
          'The reduced price is a ceiling: if the price agreed is lower, record that.',
        ),
  ];
  return { apprenticeshipService, ilr: ilrFields };
}
