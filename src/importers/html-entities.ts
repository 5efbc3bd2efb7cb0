/**
 * A small, pure HTML entity decoder and HTML-to-plain-text converter.
 *
 * Framework text is plain text, but some sources send HTML or HTML-escaped
 * text (the IfATE API's `occupationalSummary` is HTML that was escaped once
 * more). This module has no DOM and no Node dependency, so it runs in the
 * browser and in the command-line converter alike.
 */

/** Named entities likely in UK framework text: the XML five, typography, currency, and Welsh / accented letters. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  nbsp: '\u00a0', shy: '\u00ad', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022', middot: '\u00b7',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a', prime: '\u2032', Prime: '\u2033',
  pound: '\u00a3', euro: '\u20ac', cent: '\u00a2', yen: '\u00a5', dollar: '$', curren: '\u00a4',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', sect: '\u00a7', para: '\u00b6', deg: '\u00b0', plusmn: '\u00b1',
  times: '\u00d7', divide: '\u00f7', minus: '\u2212', le: '\u2264', ge: '\u2265', ne: '\u2260', frac12: '\u00bd',
  frac14: '\u00bc', frac34: '\u00be', sup1: '\u00b9', sup2: '\u00b2', sup3: '\u00b3', micro: '\u00b5',
  iexcl: '\u00a1', iquest: '\u00bf', ordf: '\u00aa', ordm: '\u00ba', dagger: '\u2020', Dagger: '\u2021',
  larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193', harr: '\u2194', check: '\u2713',
  szlig: '\u00df', aelig: '\u00e6', AElig: '\u00c6', oslash: '\u00f8', Oslash: '\u00d8', aring: '\u00e5',
  Aring: '\u00c5', ccedil: '\u00e7', Ccedil: '\u00c7', ntilde: '\u00f1', Ntilde: '\u00d1', oelig: '\u0153',
  OElig: '\u0152', eth: '\u00f0', thorn: '\u00fe',
};

// Accented vowels (and w, y for Welsh) generated from their combining marks.
const MARKS: Record<string, [string, string]> = {
  acute: ['\u0301', 'aeiouyAEIOUYwW'],
  grave: ['\u0300', 'aeiouAEIOUwWyY'],
  circ: ['\u0302', 'aeiouAEIOUwWyY'],
  uml: ['\u0308', 'aeiouyAEIOUYwW'],
  tilde: ['\u0303', 'aoAO'],
};
for (const [name, [mark, letters]] of Object.entries(MARKS)) {
  for (const letter of letters) {
    const composed = (letter + mark).normalize('NFC');
    if (composed.length === 1) NAMED[letter + name] = composed;
  }
}
// Named entities for w and y circumflex as spelt in HTML 5.
NAMED.wcirc = '\u0175';
NAMED.Wcirc = '\u0174';
NAMED.ycirc = '\u0177';
NAMED.Ycirc = '\u0176';

/** Windows-1252 code points 128-159 that HTML maps to other characters in numeric references. */
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

function fromCodePoint(code: number): string | undefined {
  const mapped = WINDOWS_1252[code] ?? code;
  if (mapped === 0 || mapped > 0x10ffff || (mapped >= 0xd800 && mapped <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(mapped);
}

/**
 * Decodes HTML character references once: `&amp;` -> `&`, `&#163;` -> `£`,
 * `&#x2019;` -> `’`. Unknown names and bare ampersands are left as written,
 * so plain text that merely contains `&` passes through unchanged.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (match, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return fromCodePoint(parseInt(dec, 10)) ?? match;
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16)) ?? match;
    if (name !== undefined && Object.prototype.hasOwnProperty.call(NAMED, name)) {
      // Without the semicolon only the XML five are recognised (as browsers do for legacy text).
      if (!match.endsWith(';') && !['amp', 'lt', 'gt', 'quot', 'apos'].includes(name)) return match;
      return NAMED[name];
    }
    return match;
  });
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table',
  'blockquote', 'pre', 'dl', 'figure',
]);
const LINE_TAGS = new Set(['li', 'tr', 'dt', 'dd']);

/**
 * Converts an HTML fragment to plain text as a reader would see it: tags
 * removed, runs of white space collapsed (non-breaking spaces count as
 * spaces), `<br>` as a line break, paragraphs and other blocks separated by a
 * blank line, list items on lines of their own starting with "• ", and
 * character references decoded. Script and style content is dropped.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    // Collapse source white space first, as HTML rendering does.
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/<\/?([A-Za-z][A-Za-z0-9]*)\b[^>]*>/g, (tag, rawName: string) => {
      const name = rawName.toLowerCase();
      if (name === 'br') return '\n';
      if (BLOCK_TAGS.has(name)) return '\n\n';
      if (name === 'li') return tag.startsWith('</') ? '' : '\n• ';
      if (LINE_TAGS.has(name)) return '\n';
      if (name === 'td' || name === 'th') return tag.startsWith('</') ? '' : ' ';
      return '';
    });
  return tidy(decodeEntities(text).replace(/\u00a0/g, ' '));
}

/** Trims each line, drops spaces before line breaks and keeps at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Cleans a plain-text field from a source that may carry HTML escapes:
 * decodes character references, turns CR LF and CR into LF and trims the
 * ends. Inner spacing is kept as the source has it.
 */
export function plainText(text: string): string {
  return decodeEntities(text).replace(/\r\n?/g, '\n').trim();
}
