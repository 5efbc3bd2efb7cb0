import { intlLocale } from './localize.js';

// Numbers, sums of money and percentages in the language in force; only the summaries show them.

/** Formats a number for a language (1 decimal place at most, or `digits`). */
export function formatNumber(n: number, lang: string, digits = 1): string {
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: digits }).format(n);
}

/** Formats pounds sterling (in pence, or with `digits` decimal places: 0 for whole pounds). */
export function formatMoney(n: number, lang: string, digits?: number): string {
  const places = digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency: 'GBP', ...places }).format(n);
}

/** Formats a share (0..1) as a percentage. */
export function formatPercent(share: number, lang: string): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
