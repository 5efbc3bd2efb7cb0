/**
 * Results saved as a spreadsheet (`resultsToCSV` through `saveCsv`): the
 * "Download" of the scan's, the rater's and the review's summaries. A chunk of
 * its own, loaded on the first download.
 */
import type { Framework } from '../model/framework.js';
import type { Result } from '../model/result.js';
import { resultsToCSV } from '../importers/results-csv.js';
import { saveCsv } from './save-file.js';

export function saveResultsCsv(root: ParentNode, results: readonly Result[], framework: Framework, filename: string): void {
  saveCsv(root, resultsToCSV(results, framework), filename);
}
