/**
 * Importers and interchange, with no DOM and no Node dependency:
 * - {@link fromIfATE}: IfATE / Skills England apprenticeship-standard API JSON;
 * - {@link fromCASE} / {@link toCASE}: 1EdTech CASE 1.0 packages;
 * - {@link fromCSV} / {@link toCSV}: the documented spreadsheet layout (see `csv.ts`);
 * - {@link importFramework}: any of these, or a `ksb-framework/1` document, recognised by shape.
 * Every importer returns `{ framework?, problems }` and never throws on bad input.
 */
import { FRAMEWORK_FORMAT } from '../model/framework.js';
import { validateFramework } from '../model/validate-framework.js';
import { longTextWarnings } from '../model/text-lengths.js';
import { fromCASE, looksLikeCASE, type FromCaseOptions } from './case.js';
import type { ImportResult } from './common.js';
import { fromCSV, type FromCsvOptions } from './csv.js';
import { fromIfATE, looksLikeIfATE, type IfATEOptions } from './ifate.js';

export { fromIfATE, looksLikeIfATE, type IfATEOptions, type IfATEImportResult } from './ifate.js';
export {
  fromCASE,
  toCASE,
  looksLikeCASE,
  CASE_DATA_MARK,
  type FromCaseOptions,
  type ToCaseOptions,
  type CFPackage,
  type CFDocument,
  type CFItem,
  type CFAssociation,
  type CFItemType,
  type CFAssociationGrouping,
  type CFRubric,
  type CFRubricCriterion,
  type CFRubricCriterionLevel,
  type CaseLinkURI,
} from './case.js';
export { fromCSV, toCSV, csvOmissions, parseCsvRows, type FromCsvOptions, type ToCsvOptions } from './csv.js';
export { neutraliseFormula, restoreFormula } from './csv-formulas.js';
export { decodeText, type DecodedText } from './decode.js';
export { resultsToCSV, resultsFromCSV, RESULT_COLUMNS } from './results-csv.js';
export { translationTemplateCSV, translationFromCSV, TRANSLATION_COLUMNS, type TranslationSheet } from './translation-csv.js';
export { decodeEntities, htmlToText, plainText } from './html-entities.js';
export { uuidV5, KSB_NAMESPACE } from './uuid.js';
export type { ImportResult } from './common.js';

/** The input formats {@link importFramework} reads. */
export type InputFormat = 'ksb-framework' | 'ifate' | 'case' | 'csv';

/**
 * Recognises an input by its shape: a `ksb-framework/1` document, an IfATE
 * record (or list), a CASE package, or CSV text with a "statement" column.
 * Undefined when none fits.
 */
export function detectFormat(input: unknown): InputFormat | undefined {
  let value = input;
  if (typeof value === 'string') {
    const text = value.replace(/^\uFEFF/, '').trim();
    if (text.startsWith('{') || text.startsWith('[')) {
      try {
        value = JSON.parse(text);
      } catch {
        return undefined;
      }
    } else {
      return /(^|[,;\t"])\s*statement\s*("|[,;\t]|$)/im.test(text) ? 'csv' : undefined;
    }
  }
  const obj = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (obj && obj.format === FRAMEWORK_FORMAT) return 'ksb-framework';
  if (looksLikeCASE(value)) return 'case';
  if (looksLikeIfATE(value)) return 'ifate';
  return undefined;
}

export interface ImportOptions extends IfATEOptions, FromCaseOptions, FromCsvOptions {}

/**
 * Reads a framework from any supported format: `from` names it, or it is
 * recognised with {@link detectFormat}. A `ksb-framework/1` document is
 * validated. Texts over `LONG_TEXT_LIMIT` characters get a `long-text`
 * warning. Never throws.
 */
export function importFramework(input: unknown, from?: InputFormat, options: ImportOptions = {}): ImportResult & { format?: InputFormat } {
  const read = readFramework(input, from, options);
  // Texts long enough to be a mistake are reported here, for whoever prepares the framework (not by the elements).
  return read.framework ? { ...read, problems: [...read.problems, ...longTextWarnings(read.framework)] } : read;
}

function readFramework(input: unknown, from: InputFormat | undefined, options: ImportOptions): ImportResult & { format?: InputFormat } {
  const format = from ?? detectFormat(input);
  switch (format) {
    case 'ifate': {
      const { framework, problems } = fromIfATE(input, options);
      return { framework, problems, format };
    }
    case 'case':
      return { ...fromCASE(input, options), format };
    case 'csv':
      if (typeof input !== 'string') {
        return { problems: [{ path: '$', code: 'type', severity: 'error', message: 'CSV input must be text.' }], format };
      }
      return { ...fromCSV(input, options), format };
    case 'ksb-framework': {
      const v = validateFramework(input);
      return { framework: v.value, problems: v.problems, format };
    }
    default:
      return {
        problems: [{ path: '$', code: 'unknown-format', severity: 'error', message: 'Not a format ksb-elements reads: expected a ksb-framework/1 document, an IfATE standard, a CASE package or CSV with a "statement" column.' }],
      };
  }
}
