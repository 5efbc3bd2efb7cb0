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
