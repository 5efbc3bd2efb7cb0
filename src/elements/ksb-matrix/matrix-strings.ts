import { localeFor } from '../../shared/localize.js';

/** UI strings of `<ksb-matrix>` in English and Welsh. */
export interface MatrixStrings {
  caption: (title: string, rows: string, columns: string) => string;
  filter: string;
  filterHint: string;
  show: string;
  download: string;
  shown: (rows: number, columns: number) => string;
  total: string;
  linked: string;
  linkCount: (n: number) => string;
  metOf: (met: number, of: number) => string;
  sinceBaseline: (n: number) => string;
  legendTitle: string;
  legendMet: (target: string) => string;
  legendBelow: string;
  standingMet: string;
  legendUnsure: string;
  legendUnrated: string;
  legendLink: string;
  rating: (label: string) => string;
  change: (signed: string) => string;
  noRows: string;
  genericDescriptor: string;
  resultsIgnored: (n: number) => string;
  levelsAxis: string;
  scaleAxis: string;
}

const en: MatrixStrings = {
  caption: (t, r, c) => `${t}: ${r} by ${c}`,
  filter: 'Filter',
  filterHint: 'Type a code or words from a statement',
  show: 'Show',
  download: 'Download CSV',
  shown: (r, c) => `${r} ${r === 1 ? 'row' : 'rows'} and ${c} ${c === 1 ? 'column' : 'columns'} shown`,
  total: 'Total',
  linked: 'Linked',
  linkCount: (n) => (n === 1 ? '1 link' : `${n} links`),
  metOf: (m, of) => `${m} of ${of} met`,
  sinceBaseline: (n) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)} since the baseline`,
  legendTitle: 'Key',
  legendMet: (t) => `met: rated ${t} or higher`,
  legendBelow: 'rated below the target',
  standingMet: 'met',
  legendUnsure: 'not sure',
  legendUnrated: 'not rated yet',
  legendLink: 'linked (the duty needs this item, or the task is covered by this standard)',
  rating: (l) => `Rated ${l}`,
  change: (s) => `${s} since the baseline`,
  noRows: 'Nothing matches the filter.',
  genericDescriptor: 'generic descriptor',
  resultsIgnored: (n) => `${n} ${n === 1 ? 'result is' : 'results are'} for another framework or version and ${n === 1 ? 'is' : 'are'} not shown.`,
  levelsAxis: 'levels',
  scaleAxis: 'rating',
};

const cy: MatrixStrings = {
  caption: (t, r, c) => `${t}: ${r} yn erbyn ${c}`,
  filter: 'Hidlo',
  filterHint: 'Teipiwch god neu eiriau o ddatganiad',
  show: 'Dangos',
  download: 'Llwytho CSV i lawr',
  shown: (r, c) => `${r} rhes a ${c} colofn yn cael eu dangos`,
  total: 'Cyfanswm',
  linked: 'Cysylltiedig',
  linkCount: (n) => `${n} ${n === 1 ? 'cysylltiad' : 'o gysylltiadau'}`,
  metOf: (m, of) => `${m} o ${of} wedi’u cyflawni`,
  sinceBaseline: (n) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)} ers y llinell sylfaen`,
  legendTitle: 'Allwedd',
  legendMet: (t) => `wedi’i gyflawni: sgôr ${t} neu’n uwch`,
  legendBelow: 'sgôr is na’r targed',
  standingMet: 'wedi’i gyflawni',
  legendUnsure: 'ddim yn siŵr',
  legendUnrated: 'heb ei sgorio eto',
  legendLink: 'cysylltiedig (mae’r ddyletswydd angen yr eitem hon, neu mae’r safon hon yn cwmpasu’r dasg)',
  rating: (l) => `Sgôr: ${l}`,
  change: (s) => `${s} ers y llinell sylfaen`,
  noRows: 'Does dim yn cyfateb i’r hidlydd.',
  genericDescriptor: 'disgrifydd cyffredinol',
  resultsIgnored: (n) => `Mae ${n} canlyniad ar gyfer fframwaith neu fersiwn arall ac nid ydynt yn cael eu dangos.`,
  levelsAxis: 'lefelau',
  scaleAxis: 'sgôr',
};

export function matrixStrings(lang: string): MatrixStrings {
  return localeFor(lang) === 'cy' ? cy : en;
}
