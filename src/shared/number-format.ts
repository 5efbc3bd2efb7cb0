import { intlLocale } from './localize.js';

// Numbers, sums of money and percentages in the language in force; only the summaries show them.

// A formatter is slow to make (tens of microseconds) and a summary shows many numbers on every change: one per locale and options.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = intlLocale(lang);
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** Formats a number for a language (1 decimal place at most, or `digits`). */
export function formatNumber(n: number, lang: string, digits = 1): string {
  return formatter(lang, { maximumFractionDigits: digits }).format(n);
}

/** Formats pounds sterling (in pence, or with `digits` decimal places: 0 for whole pounds). */
export function formatMoney(n: number, lang: string, digits?: number): string {
  const places = digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return formatter(lang, { style: 'currency', currency: 'GBP', ...places }).format(n);
}

/** Formats a share (0..1) as a percentage. */
export function formatPercent(share: number, lang: string): string {
  return formatter(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
