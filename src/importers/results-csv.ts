/**
 * Results as a spreadsheet: one row per result and item, several results (a
 * cohort) in one sheet, with the item's code, statement and section and the
 * scale point's label for people to read, and every field of each result kept,
 * so `resultsFromCSV(resultsToCSV(results))` gives back the same results
 * (digests included). Cells are written with formula neutralising
 * (`csv-formulas.ts`) and read back exactly.
 */
import type { Framework } from '../model/framework.js';
import type { Problem } from '../model/problems.js';
import type { Result } from '../model/result.js';
import { findScale } from '../model/scales.js';
import { itemName, summariseGroups } from '../model/summary.js';
import { csvCell } from './csv-formulas.js';
import { parseCsvRows } from './csv.js';
import { Problems } from './common.js';

/** The columns, in order. `result` numbers the results; `extra` holds, as JSON, what a row cannot (position, profile, rpl, integrity). */
export const RESULT_COLUMNS = [
  'result', 'framework', 'version', 'subject', 'party', 'rater', 'scale', 'started', 'updated', 'submitted',
  'item', 'code', 'statement', 'section', 'value', 'label', 'note', 'time', 'extra',
] as const;


/** The results as CSV (RFC 4180, CRLF line ends, UTF-8 byte order mark for spreadsheets). `framework` adds the readable columns. */
export function resultsToCSV(results: readonly Result[], framework?: Framework): string {
  const byId = new Map((framework?.items ?? []).map((i) => [i.id, i]));
  const sectionOf = new Map<string, string>();
  if (framework) for (const g of summariseGroups(framework, undefined, 'type')) for (const id of g.items) sectionOf.set(id, g.label);
  const lines = [RESULT_COLUMNS.join(',')];
  results.forEach((r, n) => {
    const { format: _format, framework: fw, subject, party, rater, scale, started, updated, submitted, responses, ...rest } = r;
    // The framework's title (and anything else its reference gains) rides in `extra` with the rest.
    const kept = Object.keys(fw).some((k) => k !== 'id' && k !== 'version') ? { ...rest, framework: fw } : rest;
    const extra = Object.keys(kept).length ? JSON.stringify(kept) : '';
    const points = findScale(scale, framework);
    const head = [String(n + 1), fw.id, fw.version, subject ?? '', party ?? '', rater ?? '', scale, started, updated, submitted ?? ''];
    const rows = responses.length ? responses : [undefined];
    rows.forEach((x, i) => {
      const item = x ? byId.get(x.item) : undefined;
      const value = x === undefined ? '' : x.value === null ? 'null' : String(x.value);
      const label = x && typeof x.value === 'number' ? (points?.points.find((p) => p.value === x.value)?.label ?? '') : x?.value === null ? 'Not sure' : '';
      const scaleOfResponse = x && x.scale !== scale ? `|${x.scale}` : '';
      lines.push(
        [...head, x?.item ?? '', item ? itemName(item) : '', item?.statement ?? '', x ? (sectionOf.get(x.item) ?? '') : '', value + scaleOfResponse, label, x?.note ?? '', x?.time ?? '', i === 0 ? extra : '']
          .map(csvCell)
          .join(','),
      );
    });
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Reads a sheet written by `resultsToCSV` back into results. Never throws;
 * problems name the row (`$.rows[n]`). Readable columns (code, statement,
 * section, label) are ignored: the ids and values are what count.
 */
export function resultsFromCSV(text: string): { results: Result[]; problems: Problem[] } {
  const problems = new Problems();
  const rows = parseCsvRows(text.replace(/^\uFEFF/, ''), ',', problems);
  const header = rows[0]?.cells.map((c) => c.value.trim()) ?? [];
  const missing = RESULT_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    problems.error('$.rows[1]', 'header', `The sheet lacks the columns ${missing.join(', ')}: it was not written by resultsToCSV.`);
    return { results: [], problems: problems.list };
  }
  const col = (row: (typeof rows)[number], name: (typeof RESULT_COLUMNS)[number]) => row.cells[header.indexOf(name)]?.value ?? '';
  const byNumber = new Map<string, Result>();
  for (const row of rows.slice(1)) {
    if (row.cells.every((c) => c.value === '')) continue;
    const key = col(row, 'result');
    let result = byNumber.get(key);
    if (!result) {
      let extra: Record<string, unknown> = {};
      const raw = col(row, 'extra');
      if (raw) {
        try {
          extra = JSON.parse(raw) as Record<string, unknown>;
        } catch {
          problems.error(`$.rows[${row.n}].extra`, 'json', `Row ${row.n}: the "extra" column is not valid JSON.`);
        }
      }
      const optional = (name: (typeof RESULT_COLUMNS)[number]) => col(row, name) || undefined;
      result = Object.fromEntries(
        Object.entries({
          format: 'ksb-result/1',
          framework: { id: col(row, 'framework'), version: col(row, 'version') },
          subject: optional('subject'),
          rater: optional('rater'),
          party: optional('party'),
          scale: col(row, 'scale'),
          started: col(row, 'started'),
          updated: col(row, 'updated'),
          submitted: optional('submitted'),
          ...extra,
          responses: [],
        }).filter(([, v]) => v !== undefined),
      ) as unknown as Result;
      byNumber.set(key, result);
    }
    const item = col(row, 'item');
    if (!item) continue;
    const [rawValue, ownScale] = col(row, 'value').split('|');
    const value = rawValue === 'null' ? null : rawValue === '' ? undefined : Number(rawValue);
    if (typeof value === 'number' && !Number.isFinite(value)) problems.error(`$.rows[${row.n}].value`, 'type', `Row ${row.n}: "${rawValue}" is not a scale point.`);
    const response = Object.fromEntries(
      Object.entries({ item, value, scale: ownScale || result.scale, note: col(row, 'note') || undefined, time: col(row, 'time') }).filter(([, v]) => v !== undefined),
    );
    result.responses.push(response as unknown as Result['responses'][number]);
  }
  return { results: [...byNumber.values()], problems: problems.list };
}
