/**
 * Recognition of prior learning (RPL): an open, auditable calculation of how
 * a skills scan reduces an apprenticeship's off-the-job (OTJ) hours, OTJ
 * minimum, duration and price under the apprenticeship funding rules.
 *
 * Pure: no DOM, never throws. Every figure comes with the rule it follows, and
 * every interpretation the rules leave open is stated (in the JSDoc of
 * {@link calculateRpl} and in the breakdown's `notes`).
 */
import { childPath, compact, describe, Reader, type Problem } from './problems.js';
import type { Result } from './result.js';

/** Where a rule comes from. */
export interface RuleCitation {
  /** Title of the GOV.UK document, e.g. "Apprenticeship funding rules 2025 to 2026". */
  document: string;
  /** The rule's number in that document, where confirmed (e.g. "35.2"). */
  rule?: string;
  /** What the rule is about, in plain words (a description, not the document's heading). */
  topic: string;
  /** Address of the document. */
  url?: string;
}

/** Ids of the rules a calculation applies, in calculation order. */
export type RplRuleId =
  | 'rpl-percent'
  | 'price-reduction'
  | 'band-maximum'
  | 'otj-floor'
  | 'otj-minimum'
  | 'otj-minimum-floor'
  | 'duration'
  | 'duration-floor'
  | 'duration-unchanged';

/** One funding year's rule parameters and where they come from. */
export interface FundingRules {
  /** Funding year id, e.g. "2025-26". */
  id: string;
  /** Title of the GOV.UK document. */
  document: string;
  /** Address of the document. */
  url: string;
  /** First apprenticeship start date the rules apply to (ISO date). */
  startsFrom: string;
  /** Last start date the rules apply to (ISO date). */
  startsTo: string;
  /** Share of the RPL percentage by which the price must at least fall (0.5: half). */
  priceReductionShare: number;
  /** OTJ hours below which neither planned hours nor the reduced minimum may fall. */
  minimumOtjHours: number;
  /** Months below which the planned duration may not fall. */
  minimumDurationMonths: number;
  /** The rule behind each step of the calculation. */
  citations: Record<RplRuleId, Omit<RuleCitation, 'document' | 'url'>>;
}

const RULES_2025_26_DOCUMENT = 'Apprenticeship funding rules 2025 to 2026';

/**
 * The funding rules, keyed by funding year. A new funding year is a new entry
 * here, nothing else. Only years whose parameters are known to this library
 * are encoded: 2025 to 2026 (starts from 1 August 2025). Starts before then
 * followed earlier rules (a 12-month minimum duration among them) that are not
 * encoded.
 *
 * Rule numbers are given only where confirmed (35.2: the RPL percentage and
 * the price reduction); the other citations name the document and the topic.
 */
export const FUNDING_RULES: Readonly<Record<string, FundingRules>> = Object.freeze({
  '2025-26': Object.freeze({
    id: '2025-26',
    document: RULES_2025_26_DOCUMENT,
    url: 'https://www.gov.uk/government/publications/apprenticeship-funding-rules-2025-to-2026',
    startsFrom: '2025-08-01',
    startsTo: '2026-07-31',
    priceReductionShare: 0.5,
    minimumOtjHours: 187,
    minimumDurationMonths: 8,
    citations: {
      'rpl-percent': {
        rule: '35.2',
        topic: 'RPL percentage: OTJ hours removed for prior learning as a share of the hours that would be delivered with no prior learning',
      },
      'price-reduction': { rule: '35.2', topic: 'The price must fall by at least 50% of the RPL percentage' },
      'band-maximum': { rule: '35.2', topic: 'The funding band maximum falls by the same percentage, as the starting point for negotiation' },
      'otj-floor': { topic: 'Prior learning never reduces planned OTJ training below 187 hours' },
      'otj-minimum': { topic: 'The published OTJ minimum for the standard applies to an apprentice with no prior learning; prior learning reduces it' },
      'otj-minimum-floor': { topic: 'Prior learning never reduces the OTJ minimum below 187 hours' },
      duration: { topic: 'Prior learning must be reflected in a shorter planned duration' },
      'duration-floor': { topic: 'Minimum planned duration of 8 months (starts from 1 August 2025)' },
      'duration-unchanged': { topic: 'Where the duration cannot shrink, the OTJ minimum applies across the whole duration' },
    },
  }),
});

/** The funding year used when none is named. */
export const DEFAULT_FUNDING_YEAR = '2025-26';

/** The OTJ hours attributed to one item by the provider. */
export interface ItemHours {
  /** Item id (as in the framework and the result). */
  item: string;
  /** OTJ hours planned for the item, for an apprentice with no prior learning. */
  hours: number;
}

/** What {@link calculateRpl} needs besides the scan result. */
export interface RplInput {
  /** Ids of the items scanned (the KSBs), in order. */
  items: readonly string[];
  /** Rating at or above which an item counts as prior learning. */
  threshold: number;
  /** Planned OTJ hours with no prior learning (whole hours). */
  otjHours: number;
  /** The standard's published OTJ minimum (whole hours). */
  otjMinimum: number;
  /** Planned duration with no prior learning (whole months). */
  durationMonths: number;
  /** The standard's funding band maximum, in pounds. */
  bandMaximum: number;
  /** The planned (negotiated) price with no prior learning, in pounds; at most the band maximum. */
  price: number;
  /**
   * OTJ hours per item, given by the provider. Without it the planned OTJ
   * hours are spread evenly over the items. When given, every item needs an
   * entry; hours not tied to any item (induction, end-point assessment
   * preparation) may be left out and are never removed.
   */
  hoursPerItem?: readonly ItemHours[];
  /** Funding year id in {@link FUNDING_RULES} (default {@link DEFAULT_FUNDING_YEAR}). */
  fundingYear?: string;
}

/** The programme figures before or after prior learning. */
export interface RplFigures {
  /** Planned OTJ hours. */
  otjHours: number;
  /** OTJ minimum. */
  otjMinimum: number;
  /** Planned duration in months. */
  durationMonths: number;
  /** Price in pounds (after RPL: the most it may be). */
  price: number;
  /** Funding band maximum in pounds (after RPL: the revised maximum for this apprentice). */
  bandMaximum: number;
}

/** One item's line of the breakdown. */
export interface RplItem {
  item: string;
  /** The rating given: a number, `null` for "not sure", absent when unanswered. */
  value?: number | null;
  /** Whether the item counts as prior learning (rated at or above the threshold). */
  counts: boolean;
  /** OTJ hours attributed to the item. */
  hours: number;
  /** Hours removed for the item: its hours when it counts, else 0 (before rounding and floors). */
  hoursRemoved: number;
}

/** One rule as applied to the figures. */
export interface RplRuleApplied {
  id: RplRuleId | string;
  /** True when the rule bound (changed or capped) a figure. */
  bound: boolean;
  citation: RuleCitation;
  /** What the rule did, with the figures (English; elements show their own translation by `id`). */
  text: string;
}

/** Ids of the interpretation notes. */
export type RplNoteId =
  | 'counting'
  | 'hours-even'
  | 'hours-per-item'
  | 'hours-unallocated'
  | 'hours-rounding'
  | 'minimum-proportional'
  | 'duration-proportional'
  | 'money-rounding';

/** An interpretation the calculation made where the rules leave a choice. */
export interface RplNote {
  id: RplNoteId | string;
  /** The choice in plain English (elements show their own translation by `id`). */
  text: string;
}

/**
 * The itemised, auditable RPL calculation. Plain JSON: it is stamped on a
 * submitted scan result as `rpl` and round-trips with it.
 */
export interface RplBreakdown {
  /** Always true: the provider's calculation from a self-assessment, to confirm; never an RPL decision by itself. */
  providerToConfirm: true;
  /** Funding year whose rules were applied (a key of {@link FUNDING_RULES}). */
  fundingYear: string;
  /** The rule parameters used, copied so a stored breakdown stays auditable. */
  parameters: { priceReductionShare: number; minimumOtjHours: number; minimumDurationMonths: number };
  /** Rating at or above which an item counted. */
  threshold: number;
  /** Whether the hours per item were given by the provider or spread evenly. */
  hoursSource: 'per-item' | 'even';
  /** Every item scanned, in order. */
  items: RplItem[];
  /** The figures with no prior learning (the input). */
  planned: RplFigures;
  /** The figures after prior learning. */
  reduced: RplFigures;
  /** Sum of the hours of the items that count, before rounding and floors. */
  assessedHours: number;
  /** Whole OTJ hours removed for prior learning, after the floor. */
  hoursRemoved: number;
  /** RPL percentage as a share: hoursRemoved / planned.otjHours (0..1). */
  rplShare: number;
  /** Share by which the price must at least fall: rplShare × parameters.priceReductionShare (0..1). */
  priceReductionShare: number;
  /** The least the price must fall by, in pounds. */
  minimumPriceReduction: number;
  /** Every rule applied, in calculation order, each marked when it bound the figures. */
  rules: RplRuleApplied[];
  /** The interpretations made where the rules leave a choice. */
  notes: RplNote[];
}

/** What {@link calculateRpl} returns: the breakdown when the figures allow one, and every problem. */
export interface RplCalculation {
  breakdown?: RplBreakdown;
  /** Problems with the input, each with the path of the offending field (e.g. `$.otjMinimum`). */
  problems: Problem[];
}

const EPSILON = 1e-9;
/** Rounds up to whole units, forgiving floating-point noise (e.g. 300.0000000001). */
const ceilWhole = (n: number) => Math.ceil(n - EPSILON) + 0; // + 0 turns -0 into 0
const floorWhole = (n: number) => Math.floor(n + EPSILON);
/** Rounds money up to the penny. */
const ceilPenny = (n: number) => Math.ceil(n * 100 - EPSILON) / 100 + 0;
const roundPenny = (n: number) => Math.round(n * 100) / 100;
const fmt = (n: number, digits = 2) => String(Math.round(n * 10 ** digits) / 10 ** digits);
const pct = (share: number) => `${fmt(share * 100, 2)}%`;
const money = (n: number) => `£${n.toFixed(2)}`;

/**
 * Works out the recognition of prior learning from a skills scan, per the
 * apprenticeship funding rules of the chosen year (default 2025 to 2026).
 * Never throws: bad input gives problems (each with the path of the input
 * field, e.g. `$.price`, `$.hoursPerItem[2].hours`) and no breakdown.
 *
 * The rules, and the choices made where they leave an interpretation open:
 * - **Which items count**: an item rated at or above `threshold`. "Not sure"
 *   and unanswered items do not count.
 * - **Hours per item**: as given in `hoursPerItem`, or the planned OTJ hours
 *   spread evenly over the items. Hours given for no item are never removed.
 * - **Hours removed**: the hours of the items that count, rounded *down* to
 *   whole hours (so planned hours are never under-counted), and never so many
 *   that fewer than 187 planned OTJ hours remain.
 * - **RPL percentage** (rule 35.2): whole hours removed ÷ the planned OTJ
 *   hours with no prior learning (the provider's own planned delivery, not
 *   the published minimum).
 * - **OTJ minimum**: falls by the RPL percentage (in proportion, not by the
 *   same number of hours: when more than the minimum is planned, removing the
 *   same hours from the minimum would cut it by a larger share than the
 *   prior learning covers), rounded *up* to whole hours, never below 187.
 * - **Duration**: falls by the RPL percentage, rounded *up* to whole months,
 *   never below 8 months. Where it cannot shrink (less than a whole month, or
 *   the floor), the reduced OTJ minimum still applies across the whole
 *   duration.
 * - **Price** (rule 35.2): must fall by at least half the RPL percentage; the
 *   minimum reduction is rounded *up* to the penny and the reduced price is
 *   the most the price may be. The funding band maximum falls by the same
 *   percentage (rounded likewise): the revised maximum for this apprentice.
 * - **Input**: OTJ hours, the minimum and the duration are whole numbers;
 *   planned hours at least the minimum and 187; duration at least 8 months;
 *   price positive and at most the band maximum.
 */
export function calculateRpl(result: Result | undefined, input: RplInput): RplCalculation {
  const r = new Reader();
  const o = r.object(input as unknown, '$');
  if (!o) return { problems: r.problems };

  const fundingYear = r.string(o, 'fundingYear', '$', false) ?? DEFAULT_FUNDING_YEAR;
  const rules = Object.prototype.hasOwnProperty.call(FUNDING_RULES, fundingYear) ? FUNDING_RULES[fundingYear] : undefined;
  if (!rules) {
    r.error('$.fundingYear', 'unknown-id', `No funding rules are known for the year "${fundingYear}"; known: ${Object.keys(FUNDING_RULES).join(', ')}.`);
  }
  const floorHours = rules?.minimumOtjHours ?? 0;
  const floorMonths = rules?.minimumDurationMonths ?? 0;

  const items = readItems(r, o);
  const threshold = r.number(o, 'threshold', '$', true);
  const otjHours = readFigure(r, o, 'otjHours', 'The planned off-the-job hours', { whole: true, positive: true });
  const otjMinimum = readFigure(r, o, 'otjMinimum', 'The published off-the-job minimum', { whole: true, positive: true });
  const durationMonths = readFigure(r, o, 'durationMonths', 'The planned duration', { whole: true, positive: true });
  const bandMaximum = readFigure(r, o, 'bandMaximum', 'The funding band maximum', { positive: true });
  const price = readFigure(r, o, 'price', 'The planned price', { positive: true });

  if (rules) {
    if (otjMinimum !== undefined && otjMinimum < floorHours) {
      r.error('$.otjMinimum', 'range', `The published off-the-job minimum (${otjMinimum} hours) cannot be below ${floorHours} hours.`);
    }
    if (otjHours !== undefined && otjHours < floorHours) {
      r.error('$.otjHours', 'range', `The planned off-the-job hours (${otjHours}) cannot be below ${floorHours} hours.`);
    }
    if (durationMonths !== undefined && durationMonths < floorMonths) {
      r.error('$.durationMonths', 'range', `The planned duration (${durationMonths} months) cannot be below ${floorMonths} months.`);
    }
  }
  if (otjHours !== undefined && otjMinimum !== undefined && otjHours < otjMinimum) {
    r.error(
      '$.otjHours',
      'below-minimum',
      `The planned off-the-job hours (${otjHours}) are below the published minimum (${otjMinimum}); with no prior learning the full minimum must be planned.`,
    );
  }
  if (price !== undefined && bandMaximum !== undefined && price > bandMaximum) {
    r.error('$.price', 'price-above-band', `The planned price (${money(price)}) is above the funding band maximum (${money(bandMaximum)}).`);
  }
  const perItem = readHoursPerItem(r, o, items);
  if (perItem && otjHours !== undefined) {
    const sum = [...perItem.values()].reduce((a, b) => a + b, 0);
    if (sum > otjHours + EPSILON) {
      r.error('$.hoursPerItem', 'hours-exceed-plan', `The hours per item add up to ${fmt(sum)}, more than the ${otjHours} planned off-the-job hours.`);
    }
  }

  if (
    r.problems.some((p) => p.severity === 'error') ||
    !rules ||
    !items ||
    threshold === undefined ||
    otjHours === undefined ||
    otjMinimum === undefined ||
    durationMonths === undefined ||
    bandMaximum === undefined ||
    price === undefined
  ) {
    return { problems: r.problems };
  }

  // Which items count, and their hours.
  const values = new Map<string, number | null>();
  const responses = Array.isArray(result?.responses) ? result.responses : [];
  for (const resp of responses) if (resp && resp.value !== undefined) values.set(resp.item, resp.value);
  const even = otjHours / items.length;
  const lines: RplItem[] = items.map((item) => {
    const value = values.get(item);
    const counts = typeof value === 'number' && value >= threshold;
    const hours = perItem ? perItem.get(item)! : even;
    return compact({ item, value, counts, hours, hoursRemoved: counts ? hours : 0 });
  });
  const assessedHours = lines.reduce((a, l) => a + l.hoursRemoved, 0);

  const cite = (id: RplRuleId): RuleCitation => compact({ document: rules.document, ...rules.citations[id], url: rules.url });
  const applied: RplRuleApplied[] = [];
  const apply = (id: RplRuleId, bound: boolean, text: string) => applied.push({ id, bound, citation: cite(id), text });

  // Hours removed: whole hours, leaving at least the floor.
  const wholeRemoved = Math.min(floorWhole(assessedHours), otjHours);
  const removable = Math.max(0, otjHours - floorHours);
  const hoursRemoved = Math.min(wholeRemoved, removable);
  const rplShare = hoursRemoved / otjHours;
  apply('rpl-percent', false, `RPL percentage: ${hoursRemoved} of ${otjHours} planned off-the-job hours removed = ${pct(rplShare)}.`);
  if (wholeRemoved > removable) {
    apply(
      'otj-floor',
      true,
      `The items that count cover ${fmt(assessedHours)} hours, but planned off-the-job training cannot fall below ${floorHours} hours, so only ${hoursRemoved} hours are removed. The provider must check the apprentice still needs enough new learning for an apprenticeship.`,
    );
  }

  // Price and band maximum.
  const priceReductionShare = rplShare * rules.priceReductionShare;
  const minimumPriceReduction = ceilPenny(price * priceReductionShare);
  const reducedPrice = roundPenny(price - minimumPriceReduction);
  const reducedBand = roundPenny(bandMaximum - ceilPenny(bandMaximum * priceReductionShare));
  apply(
    'price-reduction',
    hoursRemoved > 0,
    `The price must fall by at least ${pct(priceReductionShare)} (${fmt(rules.priceReductionShare * 100)}% of the RPL percentage): at least ${money(minimumPriceReduction)}, from ${money(price)} to at most ${money(reducedPrice)}.`,
  );
  apply('band-maximum', hoursRemoved > 0, `The funding band maximum falls by the same ${pct(priceReductionShare)}: from ${money(bandMaximum)} to ${money(reducedBand)}.`);

  // The OTJ minimum, in proportion, with its floor.
  const proportionalMinimum = ceilWhole(otjMinimum * (1 - rplShare));
  const reducedMinimum = Math.max(floorHours, proportionalMinimum);
  apply('otj-minimum', hoursRemoved > 0, `The off-the-job minimum falls by the RPL percentage: from ${otjMinimum} to ${reducedMinimum} hours.`);
  if (proportionalMinimum < floorHours) {
    apply('otj-minimum-floor', true, `The off-the-job minimum would fall to ${proportionalMinimum} hours, but cannot fall below ${floorHours} hours.`);
  }

  // Duration, in proportion, whole months, with its floor.
  const proportionalMonths = Math.min(durationMonths, ceilWhole(durationMonths * (1 - rplShare)));
  const reducedMonths = Math.max(floorMonths, proportionalMonths);
  apply('duration', reducedMonths < durationMonths, `The planned duration falls by the RPL percentage, in whole months: from ${durationMonths} to ${reducedMonths} months.`);
  if (proportionalMonths < floorMonths) {
    apply(
      'duration-floor',
      true,
      `The planned duration would fall to ${proportionalMonths} months, but cannot fall below ${floorMonths} months; the off-the-job minimum of ${reducedMinimum} hours applies across the whole ${reducedMonths} months.`,
    );
  } else if (hoursRemoved > 0 && reducedMonths === durationMonths) {
    apply(
      'duration-unchanged',
      true,
      `The reduction is less than a whole month, so the planned duration stays ${durationMonths} months; the off-the-job minimum of ${reducedMinimum} hours applies across the whole duration.`,
    );
  }

  const notes: RplNote[] = [
    { id: 'counting', text: `An item counts as prior learning when rated ${threshold} or higher; "not sure" and unanswered items do not count.` },
    perItem
      ? { id: 'hours-per-item', text: 'The hours of each item are as given by the provider.' }
      : { id: 'hours-even', text: `The planned off-the-job hours are spread evenly over the ${items.length} items: ${fmt(even)} hours each.` },
  ];
  if (perItem) {
    const unallocated = otjHours - lines.reduce((a, l) => a + l.hours, 0);
    if (unallocated > EPSILON) {
      notes.push({ id: 'hours-unallocated', text: `${fmt(unallocated)} planned hours are not tied to any item (such as induction or end-point assessment preparation) and are never removed.` });
    }
  }
  notes.push(
    { id: 'hours-rounding', text: 'Hours removed are rounded down to whole hours, so planned hours are never under-counted; the RPL percentage uses the whole hours removed.' },
    {
      id: 'minimum-proportional',
      text: 'The off-the-job minimum falls by the RPL percentage (not by the same number of hours), rounded up to whole hours.',
    },
    { id: 'duration-proportional', text: 'The planned duration falls by the RPL percentage, rounded up to whole months.' },
    {
      id: 'money-rounding',
      text: 'The minimum price reduction is rounded up to the penny; the reduced price is the most the price may be, and may be negotiated lower.',
    },
  );

  const breakdown: RplBreakdown = {
    providerToConfirm: true,
    fundingYear: rules.id,
    parameters: {
      priceReductionShare: rules.priceReductionShare,
      minimumOtjHours: rules.minimumOtjHours,
      minimumDurationMonths: rules.minimumDurationMonths,
    },
    threshold,
    hoursSource: perItem ? 'per-item' : 'even',
    items: lines,
    planned: { otjHours, otjMinimum, durationMonths, price, bandMaximum },
    reduced: { otjHours: otjHours - hoursRemoved, otjMinimum: reducedMinimum, durationMonths: reducedMonths, price: reducedPrice, bandMaximum: reducedBand },
    assessedHours,
    hoursRemoved,
    rplShare,
    priceReductionShare,
    minimumPriceReduction,
    rules: applied,
    notes,
  };
  return { breakdown, problems: r.problems };
}

function readItems(r: Reader, o: Record<string, unknown>): string[] | undefined {
  const seen = new Set<string>();
  const items = r.array(o, 'items', '$', true, (value, path) => {
    if (typeof value !== 'string' || value === '') {
      r.error(path, 'type', `Expected an item id but found ${describe(value)}.`);
      return undefined;
    }
    if (seen.has(value)) {
      r.error(path, 'duplicate-id', `Item "${value}" is listed twice.`);
      return undefined;
    }
    seen.add(value);
    return value;
  });
  if (items && items.length === 0 && !r.problems.some((p) => p.path.startsWith('$.items'))) {
    r.error('$.items', 'empty', 'There are no items to count prior learning against.');
  }
  return items && items.length ? items : undefined;
}

function readFigure(
  r: Reader,
  o: Record<string, unknown>,
  key: keyof RplInput,
  label: string,
  rule: { whole?: boolean; positive?: boolean },
): number | undefined {
  const path = childPath('$', key);
  const raw = r.field(o, key);
  if (raw === undefined || raw === null) {
    r.error(path, 'missing', `${label} ("${key}") is missing.`);
    return undefined;
  }
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    r.error(path, 'type', `${label} ("${key}") must be a number but is ${describe(raw)}.`);
    return undefined;
  }
  if (raw < 0) {
    r.error(path, 'negative', `${label} ("${key}") cannot be negative (${raw}).`);
    return undefined;
  }
  if (rule.positive && raw === 0) {
    r.error(path, 'range', `${label} ("${key}") must be more than 0.`);
    return undefined;
  }
  if (rule.whole && !Number.isInteger(raw)) {
    r.error(path, 'integer', `${label} ("${key}") must be a whole number but is ${raw}.`);
    return undefined;
  }
  return raw;
}

function readHoursPerItem(r: Reader, o: Record<string, unknown>, items: string[] | undefined): Map<string, number> | undefined {
  const raw = r.field(o, 'hoursPerItem');
  if (raw === undefined || raw === null) return undefined;
  const known = new Set(items ?? []);
  const map = new Map<string, number>();
  const before = r.problems.length;
  r.array(o, 'hoursPerItem', '$', false, (value, path) => {
    const e = r.object(value, path);
    if (!e) return undefined;
    r.unknownKeys(e, ['item', 'hours'], path);
    const item = r.string(e, 'item', path, true);
    const hoursRaw = r.field(e, 'hours');
    const hoursPath = childPath(path, 'hours');
    let hours: number | undefined;
    if (hoursRaw === undefined || hoursRaw === null) r.error(hoursPath, 'missing', `No hours are given for ${item ? `"${item}"` : 'this entry'}.`);
    else if (typeof hoursRaw !== 'number' || !Number.isFinite(hoursRaw)) r.error(hoursPath, 'type', `"hours" must be a number but is ${describe(hoursRaw)}.`);
    else if (hoursRaw < 0) r.error(hoursPath, 'negative', `The hours of "${item ?? '?'}" cannot be negative (${hoursRaw}).`);
    else hours = hoursRaw;
    if (item === undefined) return undefined;
    if (items && !known.has(item)) {
      r.error(childPath(path, 'item'), 'unknown-id', `Item "${item}" is not one of the items scanned.`);
      return undefined;
    }
    if (map.has(item)) {
      r.error(childPath(path, 'item'), 'duplicate-id', `Hours for "${item}" are given twice.`);
      return undefined;
    }
    if (hours !== undefined) map.set(item, hours);
    return undefined;
  });
  if (r.problems.length > before && r.problems.slice(before).some((p) => p.severity === 'error')) return undefined;
  if (items) {
    const missing = items.filter((id) => !map.has(id));
    if (missing.length) {
      const shown = missing.slice(0, 10).join(', ');
      r.error('$.hoursPerItem', 'missing', `No hours are given for ${missing.length === 1 ? 'item' : `${missing.length} items`}: ${shown}${missing.length > 10 ? ', …' : ''}.`);
      return undefined;
    }
  }
  return map;
}
