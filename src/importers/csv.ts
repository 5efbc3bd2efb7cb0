/**
 * # The ksb-elements CSV layout
 *
 * One spreadsheet, saved as CSV (UTF-8), describes a framework. An employer
 * can write it by hand; {@link toCSV} writes it and {@link fromCSV} reads it.
 * It has up to five parts, top to bottom, separated by empty rows (only the
 * items table is required):
 *
 * ## 1. Framework details (optional)
 *
 * Rows of *name, value*. Names are not case sensitive.
 *
 * | Name                    | Value                                              |
 * | ----------------------- | -------------------------------------------------- |
 * | `Framework id`          | id, e.g. `st0958` (default: made from the title)    |
 * | `Title`                 | title                                              |
 * | `Version`               | version, e.g. `1.0` (default `1`)                  |
 * | `Reference`             | e.g. `ST0958`                                      |
 * | `Qualification level`   | a number, e.g. `3`                                 |
 * | `Language`              | e.g. `en-GB`, `cy`                                 |
 * | `Description`           | text                                               |
 * | `Publisher`, `Source title`, `Source URL`, `Licence`, `Source date` | where it comes from |
 * | `Default scale`         | scale id, e.g. `confidence`                        |
 * | `Note`                  | one note; repeat the row for more                  |
 * | `Item type`             | *id, label, plural, description*: a type of item   |
 * | `Level`                 | *id, label, code, description, competency level, pay band, pay*: a career level, in order |
 * | `Level note`            | *level id, text*                                   |
 * | `Level assesses`        | *level id, item codes or ids*                      |
 * | `List`                  | *id, title, item codes or ids, description*        |
 * | `Scale`                 | *id, title, description*: a rating scale           |
 * | `Scale point`           | *scale id, value, label, description*, in ascending order of value |
 *
 * ## 2. Items (required)
 *
 * A header row, then one row per item. Only `statement` is required; the
 * other columns are optional and may come in any order. Header names are not
 * case sensitive.
 *
 * | Column          | Holds                                                                |
 * | --------------- | -------------------------------------------------------------------- |
 * | `code`          | the display code: `K1`, `S3`, `Duty 2`, `2.10`                      |
 * | `type`          | `knowledge`, `skill`, `behaviour`, `duty`, `competency` ... or a label (`Skills`, `Core task`); a new label makes a new type. Empty: taken from the code (K.. knowledge, S.. skill, B.. behaviour, D../Duty .. duty), else `competency` |
 * | `statement`     | the statement text                                                   |
 * | `id`            | stable id; default: the code (`Duty 2` gives `D2`), else `item-<row>` |
 * | `title`         | short name                                                           |
 * | `description`   | longer text                                                          |
 * | `parent`        | code or id of the parent item (domain of a competency ...)           |
 * | `duties`        | codes or ids of the duties that require this item (on a KSB row)    |
 * | `requires`      | codes or ids this item requires (on a duty row)                     |
 * | `levels`        | ids or labels of the levels the item belongs to                      |
 * | `core`          | `yes` / `no` (a core duty, or one of an option)                      |
 * | `status`        | e.g. `draft`                                                         |
 * | `elements`      | bullets, one per line of the cell                                    |
 * | `notes`         | notes, one per line of the cell                                      |
 * | `Level: <level>`| the item's descriptor at that level (`<level>` = a level's label or id; a new name makes a new level) |
 *
 * Several codes in one cell are separated by `;`, `,` or line breaks
 * (`K1; K2; S4`). Where a value itself holds such characters, or a bullet or
 * note holds a line break, the cell holds a JSON list instead:
 * `["first, with a comma", "second"]`.
 *
 * ## 3. Links (optional)
 *
 * A header row `source, link, target, qualifier, note`, then one row per
 * link: `Duty 1, requires, K1` or `HSC35, maps-to, HWB1, Level 2, ...`.
 * `source` and `target` are codes or ids; `link` is the link type
 * (default `requires`).
 *
 * ## 4. Rubrics (optional)
 *
 * A header row `item, scale, key features, interaction, Score 0, Score 1, ...`
 * (one `Score <value>` column per scale point), then one row per rated item:
 * its code or id, the scale id (`dreyfus`, `confidence` or a scale defined
 * with `Scale` rows), and the item's own descriptor for each score.
 *
 * ## 5. Resources (optional)
 *
 * A header row `resource, title, url, provider, description, items, levels`,
 * then one row per learning resource (`resource` is its id; `items` and
 * `levels` are codes or ids).
 *
 * ## Text
 *
 * Cells follow RFC 4180: a cell with a comma, a double quote or a line break
 * is put in double quotes, and a double quote inside is doubled (`""`).
 * Spaces around an unquoted cell are ignored; inside quotes they are kept.
 * Files are UTF-8 (Welsh ŵ ŷ â and any other script); a leading byte order
 * mark is ignored. Semicolon- or tab-separated files are recognised from the
 * header row. {@link toCSV} writes a byte order mark (so spreadsheet programs
 * read UTF-8) and CR LF line ends.
 *
 * ## Minimal example
 *
 * ```csv
 * Title,Community health and wellbeing worker
 * Version,1.0
 *
 * code,type,statement,duties
 * Duty 1,duty,"Promote health and wellbeing, addressing the wider determinants",
 * K1,knowledge,The wider social determinants of health,Duty 1
 * S1,skill,"Recognise the factors that affect a person’s health",Duty 1
 * B1,behaviour,Acts with honesty and integrity,"Duty 1; Duty 2"
 * ```
 *
 * The layout holds everything in a framework except empty texts (an empty
 * cell reads as "not given"); {@link csvOmissions} lists what a framework
 * would lose.
 *
 * Problems are located as `$.rows[n].column`, where `n` is the spreadsheet
 * row number (1-based, counting every row including the header).
 */
import { neutraliseFormula, restoreFormula } from './csv-formulas.js';
import {
  FRAMEWORK_FORMAT,
  type Association,
  type Framework,
  type Item,
  type ItemList,
  type ItemType,
  type Level,
  type Resource,
  type Rubric,
  type Scale,
} from '../model/framework.js';
import { findScale } from '../model/scales.js';
import { BUILT_IN_ITEM_TYPES } from '../model/validate-framework.js';
import { clean, finish, IdAllocator, Problems, slug, type ImportResult } from './common.js';

export interface FromCsvOptions {
  /** Framework id when the CSV gives none. */
  id?: string;
  /** Title when the CSV gives none. */
  title?: string;
  /** Version when the CSV gives none (default "1"). */
  version?: string;
  /** Cell separator; default: recognised from the header row (`,` `;` or tab). */
  delimiter?: string;
}

export interface ToCsvOptions {
  /** Cell separator, default `,`. */
  delimiter?: string;
  /** Start with a UTF-8 byte order mark (default true: spreadsheet programs need it to read Welsh letters). */
  bom?: boolean;
  /** Line end, default CR LF (RFC 4180). */
  newline?: string;
}

interface Cell {
  value: string;
  quoted: boolean;
}

interface Row {
  cells: Cell[];
  /** Spreadsheet row number, 1-based. */
  n: number;
}

// ---------------------------------------------------------------------------
// RFC 4180 reading and writing

/** Splits CSV text into rows of cells. Lenient: stray quotes are kept as text and reported. */
export function parseCsvRows(text: string, delimiter: string, problems?: Problems): Row[] {
  const rows: Row[] = [];
  let cells: Cell[] = [];
  let value = '';
  let quoted = false;
  let inQuotes = false;
  let i = 0;
  const len = text.length;
  const endCell = () => {
    // The mark a writer added against formulas (this library's, or a spreadsheet user's own) is not part of the text.
    cells.push({ value: restoreFormula(value), quoted });
    value = '';
    quoted = false;
  };
  const endRow = () => {
    endCell();
    rows.push({ cells, n: rows.length + 1 });
    cells = [];
  };
  while (i < len) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          value += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      if (ch === '\r') {
        value += '\n';
        i += text[i + 1] === '\n' ? 2 : 1;
        continue;
      }
      value += ch;
      i++;
      continue;
    }
    if (ch === '"' && value.trim() === '' && !quoted) {
      inQuotes = true;
      quoted = true;
      value = '';
      i++;
      continue;
    }
    if (ch === delimiter) {
      endCell();
      i++;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (quoted && ch !== ' ' && ch !== '\t') {
      problems?.warn(`$.rows[${rows.length + 1}]`, 'csv-quote', `Text after a closing quote in row ${rows.length + 1} is kept as part of the cell.`);
    }
    value += ch;
    i++;
  }
  // The rest of the file became one cell: a framework read from it would silently lose it.
  if (inQuotes) problems?.error(`$.rows[${rows.length + 1}]`, 'csv-quote', `A quote opened in row ${rows.length + 1} is never closed, so the rest of the file would be read as one cell; close the quote.`);
  if (value !== '' || quoted || cells.length > 0) endRow();
  return rows;
}

/**
 * Quotes a cell when RFC 4180 needs it, or when spaces at its ends must
 * survive, after neutralising a spreadsheet formula (`csv-formulas.ts`).
 */
function quote(raw: string, delimiter: string): string {
  if (raw === '') return '';
  const value = neutraliseFormula(raw);
  if (value.includes(delimiter) || /["\r\n]/.test(value) || raw !== raw.trim()) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

// ---------------------------------------------------------------------------
// Reading

const ITEM_COLUMNS: Record<string, string> = {
  id: 'id', code: 'code', type: 'type', title: 'title', name: 'title', statement: 'statement', description: 'description',
  parent: 'parent', levels: 'levels', core: 'core', status: 'status', elements: 'elements', bullets: 'elements',
  notes: 'notes', note: 'notes', requires: 'requires', duties: 'duties', requiredby: 'duties', duty: 'duties',
};
const LINK_COLUMNS: Record<string, string> = {
  source: 'source', from: 'source', link: 'type', type: 'type', linktype: 'type', target: 'target', to: 'target',
  qualifier: 'qualifier', note: 'note',
};
const RUBRIC_COLUMNS: Record<string, string> = {
  item: 'item', rubric: 'item', competency: 'item', scale: 'scale', keyfeatures: 'keyFeatures', interaction: 'interaction',
  interactionguidance: 'interaction',
};
const RESOURCE_COLUMNS: Record<string, string> = {
  resource: 'id', id: 'id', title: 'title', url: 'url', link: 'url', provider: 'provider', description: 'description',
  items: 'items', levels: 'levels',
};
const LEVEL_COLUMN = /^\s*(?:level|descriptor)\s*[:\-–]\s*(.+?)\s*$/i;
const SCORE_COLUMN = /^\s*(?:score|point)\s*:?\s*(-?\d+(?:\.\d+)?)\s*$/i;

const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

interface PendingItem {
  item: Item;
  row: Row;
  refs: { column: 'parent' | 'requires' | 'duties'; values: string[] }[];
  levelRefs: string[];
  descriptors: { column: number; text: string }[];
}

/**
 * Reads the CSV layout (see the module documentation) into a framework.
 * Never throws: every problem is reported with its row and column.
 */
export function fromCSV(text: string, options: FromCsvOptions = {}): ImportResult {
  const problems = new Problems();
  if (typeof text !== 'string') {
    problems.error('$', 'type', 'CSV input must be text.');
    return { problems: problems.list };
  }
  const source = text.replace(/^\uFEFF/, '');
  const delimiter = options.delimiter ?? detectDelimiter(source);
  const rows = parseCsvRows(source, delimiter, problems);
  const at = (row: Row, column?: string) => (column ? `$.rows[${row.n}].${/^[A-Za-z_]\w*$/.test(column) ? column : JSON.stringify(column)}` : `$.rows[${row.n}]`);
  const cell = (c: Cell | undefined): string => (c === undefined ? '' : c.quoted ? c.value : c.value.trim());
  const blank = (row: Row) => row.cells.every((c) => cell(c) === '');

  const meta: Record<string, string> = {};
  const notes: string[] = [];
  const itemTypes: ItemType[] = [];
  const levels: Level[] = [];
  const levelExtras: { row: Row; level: string; kind: 'note' | 'assesses'; value: string }[] = [];
  const listRows: { row: Row; list: ItemList; refs: string[] }[] = [];
  const pending: PendingItem[] = [];
  const linkRows: { row: Row; source: string; target: string; type: string; qualifier?: string; note?: string }[] = [];

  const scales: Scale[] = [];
  const rubricRows: { row: Row; values: Record<string, string>; scores: { value: number; text: string }[] }[] = [];
  const resourceRows: { row: Row; values: Record<string, string> }[] = [];
  let section: 'meta' | 'items' | 'links' | 'rubrics' | 'resources' = 'meta';
  let itemHeader: { field?: string; level?: string }[] = [];
  let tableHeader: { field?: string; score?: number }[] = [];
  const ids = new IdAllocator();
  const readHeader = (row: Row, columns: Record<string, string>, what: string) =>
    row.cells.map((c) => {
      const name = cell(c);
      const score = SCORE_COLUMN.exec(name);
      if (score && section === 'rubrics') return { score: Number(score[1]) };
      const field = columns[key(name)];
      if (!field && name) problems.warn(at(row, name), 'unknown-column', `Column "${name}" is not part of the ${what} table and is ignored.`);
      return { field };
    });
  const rowValues = (row: Row) => {
    const values: Record<string, string> = {};
    const scores: { value: number; text: string }[] = [];
    row.cells.forEach((c, i) => {
      const h = tableHeader[i];
      if (h?.field && values[h.field] === undefined) values[h.field] = cell(c);
      else if (h?.score !== undefined && cell(c) !== '') scores.push({ value: h.score, text: cell(c) });
    });
    return { values, scores };
  };

  for (const row of rows) {
    if (blank(row)) continue;
    const keys = row.cells.map((c) => key(cell(c)));
    const isItemHeader = keys.includes('statement');
    const isLinkHeader = !isItemHeader && keys.includes('source') && keys.includes('target');
    const isRubricHeader = !isItemHeader && !isLinkHeader && keys.includes('scale') && (keys.includes('item') || keys.includes('rubric'));
    const isResourceHeader = !isItemHeader && !isLinkHeader && !isRubricHeader && keys.includes('resource') && keys.includes('title');
    if (isItemHeader && section !== 'items' && pending.length === 0) {
      section = 'items';
      itemHeader = row.cells.map((c, i) => {
        const name = cell(c);
        const level = LEVEL_COLUMN.exec(name);
        if (level) return { level: level[1] };
        const field = ITEM_COLUMNS[key(name)];
        if (!field && name) problems.warn(at(row, name), 'unknown-column', `Column "${name}" is not part of the layout and is ignored.`);
        if (field && itemHeader.slice(0, i).some((h) => h.field === field)) problems.warn(at(row, name), 'duplicate-column', `A second "${name}" column is ignored.`);
        return { field };
      });
      // Only the first of two same-named columns counts.
      itemHeader = itemHeader.map((h, i) => (h.field && itemHeader.findIndex((o) => o.field === h.field) !== i ? {} : h));
      continue;
    }
    if (isLinkHeader || isRubricHeader || isResourceHeader) {
      section = isLinkHeader ? 'links' : isRubricHeader ? 'rubrics' : 'resources';
      tableHeader = readHeader(row, isLinkHeader ? LINK_COLUMNS : isRubricHeader ? RUBRIC_COLUMNS : RESOURCE_COLUMNS, section);
      continue;
    }

    if (section === 'meta') {
      readMetaRow(row, row.cells.map(cell), { meta, notes, itemTypes, levels, levelExtras, listRows, scales }, problems, at);
    } else if (section === 'items') {
      const values: Record<string, string> = {};
      const descriptors: { column: number; text: string }[] = [];
      row.cells.forEach((c, i) => {
        const h = itemHeader[i];
        if (!h) {
          if (cell(c) !== '') problems.warn(at(row), 'extra-cell', `Row ${row.n} has more cells than the header; "${cell(c).slice(0, 30)}" is ignored.`);
          return;
        }
        if (h.level !== undefined) {
          if (cell(c) !== '') descriptors.push({ column: i, text: cell(c) });
        } else if (h.field) values[h.field] = cell(c);
      });
      const statement = values.statement ?? '';
      if (statement.trim() === '') {
        problems.warn(at(row, 'statement'), 'missing', `Row ${row.n} has no statement; skipped.`);
        continue;
      }
      const code = values.code || undefined;
      const wanted = values.id || (code ? idFromCode(code) : `item-${row.n}`);
      const id = ids.take(wanted);
      if (id !== wanted) problems.warn(at(row, values.id ? 'id' : 'code'), 'duplicate-id', `Id "${wanted}" is used twice; this row's item is "${id}".`);
      const item: Item = clean({
        id,
        code,
        type: '',
        title: values.title || undefined,
        statement,
        description: values.description || undefined,
        elements: textList(values.elements),
        notes: textList(values.notes),
        core: readCore(values.core, at(row, 'core'), problems),
        status: values.status || undefined,
      });
      item.type = readType(values.type, code, itemTypes, at(row, 'type'), problems);
      pending.push({
        item,
        row,
        refs: (['parent', 'requires', 'duties'] as const).filter((k) => values[k]).map((k) => ({ column: k, values: k === 'parent' ? [values[k]] : idList(values[k]) })),
        levelRefs: idList(values.levels ?? ''),
        descriptors,
      });
    } else if (section === 'rubrics') {
      const { values, scores } = rowValues(row);
      if (!values.item || !values.scale) problems.warn(at(row), 'missing', `Rubric row ${row.n} needs an item and a scale; skipped.`);
      else rubricRows.push({ row, values, scores });
    } else if (section === 'resources') {
      const { values } = rowValues(row);
      if (!values.id || !values.title) problems.warn(at(row), 'missing', `Resource row ${row.n} needs an id (the "resource" column) and a title; skipped.`);
      else resourceRows.push({ row, values });
    } else {
      const { values } = rowValues(row);
      if (!values.source || !values.target) {
        problems.warn(at(row), 'missing', `Link row ${row.n} needs a source and a target; skipped.`);
        continue;
      }
      linkRows.push({ row, source: values.source, target: values.target, type: values.type || 'requires', qualifier: values.qualifier || undefined, note: values.note || undefined });
    }
  }

  if (section === 'meta' && pending.length === 0) {
    problems.error('$', 'no-items', 'No items table: the CSV needs a header row with a "statement" column (see the CSV layout).');
    return { problems: problems.list };
  }

  // Levels named only by descriptor columns become levels.
  const levelFor = (name: string): Level => {
    const found = levels.find((l) => l.id === name) ?? levels.find((l) => l.label.toLowerCase() === name.toLowerCase());
    if (found) return found;
    const level: Level = { id: new IdAllocator(levels.map((l) => l.id)).take(slug(name) || `level-${levels.length + 1}`), label: name };
    levels.push(level);
    return level;
  };
  const columnLevel = itemHeader.map((h) => (h.level !== undefined ? levelFor(h.level) : undefined));

  // Resolve references now that every item is known.
  const items = pending.map((p) => p.item);
  const resolve = makeResolver(items);
  const associations: Association[] = [];
  for (const p of pending) {
    for (const { column, values } of p.refs) {
      for (const ref of values) {
        const target = resolve(ref);
        if (!target) {
          problems.warn(at(p.row, column), 'unknown-id', `Row ${p.row.n}: "${ref}" is not the code or id of any item; ignored.`);
          continue;
        }
        if (column === 'parent') {
          if (target.id === p.item.id) problems.warn(at(p.row, column), 'cycle', `Row ${p.row.n}: an item cannot be its own parent; ignored.`);
          else p.item.parent = target.id;
        } else if (column === 'requires') associations.push({ type: 'requires', source: p.item.id, target: target.id });
        else associations.push({ type: 'requires', source: target.id, target: p.item.id });
      }
    }
    const itemLevels = p.levelRefs.map((ref) => {
      const level = levels.find((l) => l.id === ref) ?? levels.find((l) => l.label.toLowerCase() === ref.toLowerCase());
      if (!level) problems.warn(at(p.row, 'levels'), 'unknown-id', `Row ${p.row.n}: level "${ref}" is not defined; a level is made for it.`);
      return (level ?? levelFor(ref)).id;
    });
    if (itemLevels.length) p.item.levels = itemLevels;
    const descriptors = p.descriptors.map((d) => ({ level: columnLevel[d.column]!.id, text: d.text }));
    if (descriptors.length) p.item.descriptors = descriptors;
  }
  breakCycles(items, pending, problems, at);
  for (const l of linkRows) {
    const source = resolve(l.source);
    const target = resolve(l.target);
    if (!source || !target) {
      problems.warn(at(l.row, source ? 'target' : 'source'), 'unknown-id', `Link row ${l.row.n}: "${source ? l.target : l.source}" is not the code or id of any item; skipped.`);
      continue;
    }
    associations.push(clean({ type: l.type, source: source.id, target: target.id, qualifier: l.qualifier, note: l.note }));
  }
  for (const extra of levelExtras) {
    const level = levels.find((l) => l.id === extra.level) ?? levels.find((l) => l.label.toLowerCase() === extra.level.toLowerCase());
    if (!level) {
      problems.warn(at(extra.row), 'unknown-id', `Row ${extra.row.n}: level "${extra.level}" is not defined; ignored.`);
      continue;
    }
    if (extra.kind === 'note') level.notes = [...(level.notes ?? []), extra.value];
    else {
      const refs = idList(extra.value).map((ref) => ({ ref, item: resolve(ref) }));
      for (const r of refs) if (!r.item) problems.warn(at(extra.row), 'unknown-id', `Row ${extra.row.n}: "${r.ref}" is not the code or id of any item; ignored.`);
      level.assesses = [...(level.assesses ?? []), ...refs.filter((r) => r.item).map((r) => r.item!.id)];
    }
  }
  const rubrics: Rubric[] = [];
  for (const { row, values, scores } of rubricRows) {
    const item = resolve(values.item);
    if (!item) {
      problems.warn(at(row, 'item'), 'unknown-id', `Rubric row ${row.n}: "${values.item}" is not the code or id of any item; skipped.`);
      continue;
    }
    if (rubrics.some((r) => r.item === item.id)) {
      problems.warn(at(row, 'item'), 'duplicate-rubric', `Rubric row ${row.n}: ${item.id} already has a rubric; skipped.`);
      continue;
    }
    const scale = scales.find((x) => x.id === values.scale) ?? findScale(values.scale);
    if (!scale) {
      problems.warn(at(row, 'scale'), 'unknown-id', `Rubric row ${row.n}: scale "${values.scale}" is neither built in nor defined with "Scale" rows; skipped.`);
      continue;
    }
    const descriptors = scores.filter((d) => {
      const ok = scale.points.some((p) => p.value === d.value);
      if (!ok) problems.warn(at(row, `Score ${d.value}`), 'unknown-point', `Rubric row ${row.n}: scale "${scale.id}" has no point ${d.value}; that descriptor is ignored.`);
      return ok;
    });
    rubrics.push(clean({ item: item.id, scale: scale.id, keyFeatures: values.keyFeatures || undefined, interaction: values.interaction || undefined, descriptors }));
  }
  const resources: Resource[] = resourceRows.map(({ row, values }) => {
    const refs = (column: 'items' | 'levels') =>
      idList(values[column] ?? '').flatMap((ref) => {
        const found = column === 'items' ? resolve(ref)?.id : (levels.find((l) => l.id === ref) ?? levels.find((l) => l.label.toLowerCase() === ref.toLowerCase()))?.id;
        if (!found) problems.warn(at(row, column), 'unknown-id', `Resource row ${row.n}: "${ref}" is not a known ${column === 'items' ? 'item' : 'level'}; ignored.`);
        return found ? [found] : [];
      });
    const items = refs('items');
    const resourceLevels = refs('levels');
    return clean({
      id: values.id,
      title: values.title,
      url: values.url || undefined,
      provider: values.provider || undefined,
      description: values.description || undefined,
      items: items.length ? items : undefined,
      levels: resourceLevels.length ? resourceLevels : undefined,
    });
  });
  const lists: ItemList[] = listRows.map(({ row, list, refs }) => {
    for (const ref of refs) {
      const item = resolve(ref);
      if (item) list.items.push(item.id);
      else problems.warn(at(row), 'unknown-id', `Row ${row.n}: list "${list.id}" names "${ref}", which is not the code or id of any item; ignored.`);
    }
    return list;
  });

  // Framework details.
  let title = meta.title || options.title;
  if (!title) {
    title = 'Imported framework';
    problems.warn('$', 'missing', `No "Title" row: the title is "${title}".`);
  }
  let id = meta.id || options.id;
  if (!id) {
    id = slug(title) || 'csv-framework';
    problems.warn('$', 'missing', `No "Framework id" row: the id is "${id}".`);
  }
  let version = meta.version || options.version;
  if (!version) {
    version = '1';
    problems.warn('$', 'missing', `No "Version" row: version "${version}" is assumed.`);
  }
  let level: number | undefined;
  if (meta.level) {
    level = Number(meta.level);
    if (!Number.isFinite(level)) {
      problems.warn('$', 'type', `"Qualification level" must be a number but is "${meta.level}"; ignored.`);
      level = undefined;
    }
  }
  const src = clean({ publisher: meta.publisher, title: meta.sourceTitle, url: meta.url, licence: meta.licence, date: meta.date });
  const framework: Framework = clean({
    format: FRAMEWORK_FORMAT,
    id,
    version,
    title,
    reference: meta.reference,
    level,
    language: meta.language,
    description: meta.description,
    source: Object.keys(src).length ? src : undefined,
    notes: notes.length ? notes : undefined,
    itemTypes: itemTypes.length ? itemTypes : undefined,
    items,
    associations: associations.length ? associations : undefined,
    levels: levels.length ? levels : undefined,
    scales: scales.length ? scales : undefined,
    defaultScale: meta.defaultScale,
    rubrics: rubrics.length ? rubrics : undefined,
    resources: resources.length ? resources : undefined,
    lists: lists.length ? lists : undefined,
  });
  if (items.length === 0) problems.warn('$', 'empty', 'The items table has no rows with a statement.');
  return { framework: finish(framework, problems), problems: problems.list };
}

const META_KEYS: Record<string, string> = {
  frameworkid: 'id', id: 'id', framework: 'id', title: 'title', frameworktitle: 'title', name: 'title', version: 'version',
  reference: 'reference', qualificationlevel: 'level', language: 'language', description: 'description',
  publisher: 'publisher', sourcetitle: 'sourceTitle', sourceurl: 'url', url: 'url', licence: 'licence', license: 'licence',
  sourcedate: 'date', date: 'date', defaultscale: 'defaultScale',
};

function readMetaRow(
  row: Row,
  cells: string[],
  into: {
    meta: Record<string, string>;
    notes: string[];
    itemTypes: ItemType[];
    levels: Level[];
    levelExtras: { row: Row; level: string; kind: 'note' | 'assesses'; value: string }[];
    listRows: { row: Row; list: ItemList; refs: string[] }[];
    scales: Scale[];
  },
  problems: Problems,
  at: (row: Row, column?: string) => string,
): void {
  const name = key(cells[0] ?? '');
  const [, a = '', b = '', c = '', d = '', e = '', f = '', g = ''] = cells;
  const opt = (v: string) => (v === '' ? undefined : v);
  if (META_KEYS[name]) {
    if (a !== '') into.meta[META_KEYS[name]] = a;
  } else if (name === 'note' || name === 'notes') {
    if (a !== '') into.notes.push(a);
  } else if (name === 'itemtype') {
    if (!a || !b) problems.warn(at(row), 'missing', `Row ${row.n}: an "Item type" row needs an id and a label; skipped.`);
    else into.itemTypes.push(clean({ id: a, label: b, plural: opt(c), description: opt(d) }));
  } else if (name === 'level') {
    if (!a || !b) {
      problems.warn(at(row), 'missing', `Row ${row.n}: a "Level" row needs an id and a label (for the qualification level write "Qualification level"); skipped.`);
    } else into.levels.push(clean({ id: a, label: b, code: opt(c), description: opt(d), competencyLevel: opt(e), payBand: opt(f), pay: opt(g) }));
  } else if (name === 'levelnote' || name === 'levelassesses') {
    if (!a || !b) problems.warn(at(row), 'missing', `Row ${row.n}: a "${cells[0]}" row needs a level id and a value; skipped.`);
    else into.levelExtras.push({ row, level: a, kind: name === 'levelnote' ? 'note' : 'assesses', value: b });
  } else if (name === 'scale') {
    if (!a || !b) problems.warn(at(row), 'missing', `Row ${row.n}: a "Scale" row needs an id and a title; skipped.`);
    else into.scales.push(clean({ id: a, title: b, description: opt(c), points: [] }));
  } else if (name === 'scalepoint') {
    const scale = into.scales.find((x) => x.id === a);
    const value = Number(b);
    if (!scale) problems.warn(at(row), 'unknown-id', `Row ${row.n}: "Scale point" for scale "${a}", which no "Scale" row above defines; skipped.`);
    else if (b === '' || !Number.isFinite(value) || !c) problems.warn(at(row), 'missing', `Row ${row.n}: a "Scale point" row needs a numeric value and a label; skipped.`);
    else scale.points.push(clean({ value, label: c, description: opt(d) }));
  } else if (name === 'list') {
    if (!a || !b) problems.warn(at(row), 'missing', `Row ${row.n}: a "List" row needs an id and a title; skipped.`);
    else into.listRows.push({ row, list: clean({ id: a, title: b, description: opt(d), items: [] }), refs: idList(c) });
  } else {
    problems.warn(at(row), 'unknown-row', `Row ${row.n}: "${cells[0]}" is not a framework detail (and no items header with a "statement" column came before it); ignored.`);
  }
}

function detectDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/);
  const header = lines.find((l) => /statement/i.test(l)) ?? lines.find((l) => l.trim() !== '') ?? '';
  const counts = [',', ';', '\t'].map((d) => ({ d, n: header.split(d).length - 1 }));
  counts.sort((x, y) => y.n - x.n);
  return counts[0].n > 0 ? counts[0].d : ',';
}

/** "Duty 3" -> "D3" (the bundled frameworks' convention); other codes are ids as written. */
function idFromCode(code: string): string {
  const duty = /^duty\s*(\d+)$/i.exec(code.trim());
  return duty ? `D${duty[1]}` : code.trim();
}

function jsonList(value: string): string[] | undefined {
  const t = value.trim();
  if (!t.startsWith('[')) return undefined;
  try {
    const parsed = JSON.parse(t);
    return Array.isArray(parsed) && parsed.every((v) => typeof v === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Bullets or notes: one per line, or a JSON list. */
function textList(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  const list = jsonList(value) ?? value.split('\n').map((s) => s.trim()).filter((s) => s !== '');
  return list.length ? list : undefined;
}

/** Codes or ids: separated by ; , or line breaks, or a JSON list. */
function idList(value: string): string[] {
  if (!value) return [];
  return jsonList(value) ?? value.split(/[;,\n]/).map((s) => s.trim()).filter((s) => s !== '');
}

function readCore(value: string | undefined, path: string, problems: Problems): boolean | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'core'].includes(v)) return true;
  if (['no', 'n', 'false', '0', 'option', 'non-core', 'noncore'].includes(v)) return false;
  problems.warn(path, 'type', `"core" should be yes or no but is "${value}"; ignored.`);
  return undefined;
}

function readType(value: string | undefined, code: string | undefined, declared: ItemType[], path: string, problems: Problems): string {
  const v = (value ?? '').trim();
  if (v) {
    const lower = v.toLowerCase();
    const match = (t: ItemType) => t.id === v || t.id.toLowerCase() === lower || t.label.toLowerCase() === lower || t.plural?.toLowerCase() === lower;
    const found = declared.find(match) ?? BUILT_IN_ITEM_TYPES.find(match);
    if (found) return found.id;
    const id = slug(v) || 'item';
    if (!declared.some((t) => t.id === id)) declared.push({ id, label: v });
    return id;
  }
  const c = (code ?? '').trim();
  if (/^k\s*\d/i.test(c)) return 'knowledge';
  if (/^s\s*\d/i.test(c)) return 'skill';
  if (/^b\s*\d/i.test(c)) return 'behaviour';
  if (/^(d|duty)\s*\d/i.test(c)) return 'duty';
  problems.warn(path, 'missing', `No type${c ? ` and the code "${c}" does not tell one` : ''}; read as "competency".`);
  return 'competency';
}

/** Finds items by id, then by code, then ignoring case and spaces ("duty 1" = "Duty 1" = "D1"). */
function makeResolver(items: Item[]): (ref: string) => Item | undefined {
  const byId = new Map<string, Item>();
  const byCode = new Map<string, Item>();
  const loose = new Map<string, Item>();
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '').replace(/^duty(\d+)$/, 'd$1');
  for (const item of items) {
    if (!byId.has(item.id)) byId.set(item.id, item);
    if (item.code !== undefined && !byCode.has(item.code)) byCode.set(item.code, item);
  }
  for (const item of items) {
    for (const k of [item.id, item.code]) if (k !== undefined && !loose.has(norm(k))) loose.set(norm(k), item);
  }
  return (ref) => byId.get(ref) ?? byCode.get(ref) ?? loose.get(norm(ref));
}

function breakCycles(items: Item[], pending: PendingItem[], problems: Problems, at: (row: Row, column?: string) => string): void {
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const p of pending) {
    const seen = new Set<string>([p.item.id]);
    for (let parent = p.item.parent; parent !== undefined; parent = byId.get(parent)?.parent) {
      if (seen.has(parent)) {
        problems.warn(at(p.row, 'parent'), 'cycle', `Row ${p.row.n}: the parents loop back to this item; its parent is ignored.`);
        delete p.item.parent;
        break;
      }
      seen.add(parent);
    }
  }
}

// ---------------------------------------------------------------------------
// Writing

/** What a framework would lose in the CSV layout (empty when nothing). */
export function csvOmissions(framework: Framework): string[] {
  const out: string[] = [];
  const unordered = (framework.rubrics ?? []).filter((r) => r.descriptors.some((d, i) => i > 0 && d.value <= r.descriptors[i - 1].value));
  if (unordered.length) out.push(`the order of rubric descriptors not in ascending score order (${unordered.length} rubric(s))`);
  const hasEmpty = framework.items.some((i) => ['title', 'description', 'code', 'status'].some((k) => (i as unknown as Record<string, unknown>)[k] === ''));
  if (hasEmpty) out.push('empty texts (written as absent)');
  return out;
}

/**
 * Writes a framework in the CSV layout (see the module documentation):
 * details, items (with a column per level that has descriptors) and, where
 * the `requires` column cannot hold them in order, a links table.
 */
export function toCSV(framework: Framework, options: ToCsvOptions = {}): string {
  const d = options.delimiter ?? ',';
  const nl = options.newline ?? '\r\n';
  const lines: string[] = [];
  const row = (cells: (string | undefined)[]) => {
    let last = cells.length;
    while (last > 0 && !cells[last - 1]) last--;
    lines.push(cells.slice(0, last).map((c) => quote(c ?? '', d)).join(d));
  };

  row(['Framework id', framework.id]);
  row(['Title', framework.title]);
  row(['Version', framework.version]);
  if (framework.reference !== undefined) row(['Reference', framework.reference]);
  if (framework.level !== undefined) row(['Qualification level', String(framework.level)]);
  if (framework.language !== undefined) row(['Language', framework.language]);
  if (framework.description !== undefined) row(['Description', framework.description]);
  const s = framework.source;
  if (s?.publisher !== undefined) row(['Publisher', s.publisher]);
  if (s?.title !== undefined) row(['Source title', s.title]);
  if (s?.url !== undefined) row(['Source URL', s.url]);
  if (s?.licence !== undefined) row(['Licence', s.licence]);
  if (s?.date !== undefined) row(['Source date', s.date]);
  if (framework.defaultScale !== undefined) row(['Default scale', framework.defaultScale]);
  for (const note of framework.notes ?? []) row(['Note', note]);
  for (const t of framework.itemTypes ?? []) row(['Item type', t.id, t.label, t.plural, t.description]);
  for (const l of framework.levels ?? []) row(['Level', l.id, l.label, l.code, l.description, l.competencyLevel, l.payBand, l.pay]);
  for (const l of framework.levels ?? []) {
    for (const note of l.notes ?? []) row(['Level note', l.id, note]);
    if (l.assesses?.length) row(['Level assesses', l.id, joinIds(l.assesses)]);
  }
  for (const l of framework.lists ?? []) row(['List', l.id, l.title, joinIds(l.items), l.description]);
  for (const sc of framework.scales ?? []) {
    row(['Scale', sc.id, sc.title, sc.description]);
    for (const p of sc.points) row(['Scale point', sc.id, String(p.value), p.label, p.description]);
  }
  lines.push('');

  // Associations: the requires column where that keeps their order, else a links table.
  const associations = framework.associations ?? [];
  const simple = (a: Association) => a.type === 'requires' && a.qualifier === undefined && a.note === undefined;
  const inColumn = framework.items.flatMap((item) => associations.filter((a) => simple(a) && a.source === item.id));
  const rest = associations.filter((a) => !simple(a));
  const useColumn = inColumn.length > 0 && [...inColumn, ...rest].every((a, i) => a === associations[i]);
  const tableLinks = useColumn ? rest : associations;

  const used = (k: keyof Item) => framework.items.some((i) => i[k] !== undefined);
  const levelsWithText = (framework.levels ?? []).filter((l) => framework.items.some((i) => i.descriptors?.some((x) => x.level === l.id)));
  const labelCount = (label: string) => (framework.levels ?? []).filter((l) => l.label.toLowerCase() === label.toLowerCase()).length;
  const levelHeader = (l: Level) =>
    `Level: ${labelCount(l.label) === 1 && !(framework.levels ?? []).some((o) => o !== l && o.id === l.label) ? l.label : l.id}`;
  const columns: { header: string; value: (item: Item) => string | undefined }[] = [
    { header: 'id', value: (i) => i.id },
    { header: 'code', value: (i) => i.code },
    { header: 'type', value: (i) => i.type },
    ...(used('title') ? [{ header: 'title', value: (i: Item) => i.title }] : []),
    { header: 'statement', value: (i) => i.statement },
    ...(used('description') ? [{ header: 'description', value: (i: Item) => i.description }] : []),
    ...(used('parent') ? [{ header: 'parent', value: (i: Item) => i.parent }] : []),
    ...(useColumn ? [{ header: 'requires', value: (i: Item) => joinIds(associations.filter((a) => simple(a) && a.source === i.id).map((a) => a.target)) }] : []),
    ...(used('levels') ? [{ header: 'levels', value: (i: Item) => (i.levels ? joinIds(i.levels) : undefined) }] : []),
    ...(used('core') ? [{ header: 'core', value: (i: Item) => (i.core === undefined ? undefined : i.core ? 'yes' : 'no') }] : []),
    ...(used('status') ? [{ header: 'status', value: (i: Item) => i.status }] : []),
    ...(used('elements') ? [{ header: 'elements', value: (i: Item) => joinTexts(i.elements) }] : []),
    ...(used('notes') ? [{ header: 'notes', value: (i: Item) => joinTexts(i.notes) }] : []),
    ...levelsWithText.map((l) => ({ header: levelHeader(l), value: (i: Item) => i.descriptors?.find((x) => x.level === l.id)?.text })),
  ];
  lines.push(columns.map((c) => quote(c.header, d)).join(d));
  for (const item of framework.items) lines.push(columns.map((c) => quote(c.value(item) ?? '', d)).join(d));

  if (tableLinks.length) {
    lines.push('');
    lines.push(['source', 'link', 'target', 'qualifier', 'note'].join(d));
    for (const a of tableLinks) row([a.source, a.type, a.target, a.qualifier, a.note]);
  }
  const rubrics = framework.rubrics ?? [];
  if (rubrics.length) {
    const values = [...new Set(rubrics.flatMap((r) => r.descriptors.map((x) => x.value)))].sort((x, y) => x - y);
    const withKey = rubrics.some((r) => r.keyFeatures !== undefined);
    const withInteraction = rubrics.some((r) => r.interaction !== undefined);
    lines.push('');
    row(['item', 'scale', ...(withKey ? ['key features'] : []), ...(withInteraction ? ['interaction'] : []), ...values.map((v) => `Score ${v}`)]);
    for (const r of rubrics) {
      lines.push(
        [r.item, r.scale, ...(withKey ? [r.keyFeatures] : []), ...(withInteraction ? [r.interaction] : []), ...values.map((v) => r.descriptors.find((x) => x.value === v)?.text)]
          .map((c) => quote(c ?? '', d))
          .join(d),
      );
    }
  }
  const resources = framework.resources ?? [];
  if (resources.length) {
    lines.push('');
    lines.push(['resource', 'title', 'url', 'provider', 'description', 'items', 'levels'].join(d));
    for (const r of resources) {
      lines.push([r.id, r.title, r.url, r.provider, r.description, r.items && joinIds(r.items), r.levels && joinIds(r.levels)].map((c) => quote(c ?? '', d)).join(d));
    }
  }
  return (options.bom === false ? '' : '\uFEFF') + lines.join(nl) + nl;
}

/** Ids joined with "; ", or a JSON list when an id would not survive that. */
function joinIds(ids: string[]): string {
  const plain = ids.every((id) => id !== '' && !/[;,\n\r]/.test(id) && id === id.trim() && !id.startsWith('['));
  return plain ? ids.join('; ') : JSON.stringify(ids);
}

/** Texts one per line, or a JSON list when a text would not survive that. */
function joinTexts(texts: string[] | undefined): string | undefined {
  if (!texts || texts.length === 0) return undefined;
  const plain = texts.every((t) => t !== '' && !/[\n\r]/.test(t) && t === t.trim()) && !texts[0].startsWith('[');
  return plain ? texts.join('\n') : JSON.stringify(texts);
}
