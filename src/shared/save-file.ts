/**
 * Saves `csv` as a file named `filename` through a temporary link in `root`
 * (with a byte order mark, so spreadsheet programs read it as UTF-8): the
 * matrix's CSV export and the review's and scan's result downloads.
 */
export function saveCsv(root: ParentNode, csv: string, filename: string): void {
  const blob = new Blob(['\uFEFF', csv.replace(/^\uFEFF/, '')], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
