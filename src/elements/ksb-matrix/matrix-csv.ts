/**
 * CSV export of `<ksb-matrix>`: a chunk of its own, loaded on the first call
 * of `toCSV()` or `downloadCSV()` (the "Download CSV" button).
 */
import type { Framework } from '../../model/framework.js';
import { csvCell } from '../../importers/csv-formulas.js';
import { cellFor, linkIndex, type AxisEntry, type Cell } from './matrix-model.js';

/** Text of a cell for export. */
export function cellText(cell: Cell): string {
  if (cell.kind === 'link') {
    const q = cell.links.map((l) => l.qualifier).filter(Boolean);
    return q.length ? `x (${q.join('; ')})` : 'x';
  }
  if (cell.kind === 'text') return cell.text;
  return '';
}

/** The matrix as CSV: a header row of column labels, then one row per row entry. */
export function matrixCsv(
  framework: Framework,
  rows: readonly AxisEntry[],
  columns: readonly AxisEntry[],
  extra?: { header: string; value: (row: AxisEntry) => string },
): string {
  const links = linkIndex(framework);
  const lines: string[][] = [['', '', ...columns.map((c) => c.label), ...(extra ? [extra.header] : [])]];
  for (const row of rows) {
    lines.push([row.label, row.detail ?? '', ...columns.map((c) => cellText(cellFor(framework, links, row, c))), ...(extra ? [extra.value(row)] : [])]);
  }
  return csvText(lines);
}

/** Rows of fields as CSV text, each field quoted and defused as every CSV the library writes (`csvCell`), CRLF line ends. */
export function csvText(lines: readonly string[][]): string {
  return lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export { saveCsv } from '../../shared/save-file.js';
