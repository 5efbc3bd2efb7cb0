/**
 * Spreadsheet formula neutralising for every CSV the library writes (OWASP
 * "CSV injection"): a cell that begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return would be run as a formula by spreadsheet software, so it is
 * written with a leading apostrophe, which spreadsheets show as text. A cell
 * that already begins with apostrophes before such a character gets one more,
 * so reading removes exactly the one mark writing added and a round trip
 * keeps every cell as it was.
 */

const FORMULA = /^'*[=+\-@\t\r]/;
const MARK = /^'(?='*[=+\-@\t\r])/;

/** The cell as written: with the neutralising apostrophe where a spreadsheet would see a formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

/** The cell as it was before `neutraliseFormula`: the one apostrophe it added removed. */
export function restoreFormula(value: string): string {
  return value.replace(MARK, '');
}

/**
 * One cell of a sheet the library writes for people to fill in or read back
 * (results, translations, the matrix and cohort exports): formula neutralised, and quoted (RFC 4180) when it
 * holds a quote, a comma, a line break or leading or trailing spaces, so that
 * reading gives back exactly what was written.
 */
export function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}
