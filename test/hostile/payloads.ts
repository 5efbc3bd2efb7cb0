/**
 * Script and markup payloads for hostile-input tests. Each payload, if it
 * ever ran, would set `window.__pwned` to a tag naming the field it came
 * from; the tests assert the flag stays unset and that no script, image,
 * frame or `javascript:` link is ever inserted into the page.
 */

/** The window flag a payload sets when it runs. */
export const PWNED = '__pwned';

/** Markup payloads, each setting the flag to `tag` if executed. */
export function markup(tag: string): string {
  const set = `window.${PWNED}='${tag}'`;
  return [
    `<img src=x onerror="${set}">`,
    `<script>${set}</script>`,
    `"><svg onload="${set}">`,
    `<iframe src="javascript:${set}"></iframe>`,
    `<a href="javascript:${set}">click</a>`,
    `\${${set}}`,
    `{{constructor.constructor("${set}")()}}`,
  ].join(' ');
}

/** A hostile text for one field: a marker naming the field, then every payload. */
export function hostile(field: string): string {
  return `⟦${field}⟧ ${markup(field)}`;
}

/** A `javascript:` URL that would set the flag if followed. */
export function jsUrl(tag: string): string {
  return `javascript:window.${PWNED}='${tag}'`;
}

/** Right-to-left, combining, zero-width and other awkward Unicode. */
export const UNICODE = {
  arabic: 'يعرف المحددات الاجتماعية الأوسع للصحة',
  hebrew: 'יודע את הקובעים החברתיים של הבריאות',
  /** Right-to-left override: would flip the rest of the line if not isolated. */
  override: '\u202Egnissecorp lanoitome\u202C ends here',
  combining: 'Z̸̢̛a̷̰͝l̴̙̈g̸̱̈́o̵͉͗ e\u0301 n\u0303 a\u030A',
  zeroWidth: 'zero\u200Bwidth\u200Cnon\u200Djoiner\uFEFFbom',
  /** Lone surrogates: not valid UTF-16 text, but legal in a JS string and in JSON text. */
  loneSurrogates: 'lone \uD800 high and \uDC00 low',
  emoji: 'family 👨‍👩‍👧‍👦 flag 🏴󠁧󠁢󠁷󠁬󠁳󠁿',
  /** Control characters that JSON allows escaped. */
  controls: 'bell\u0007 nul\u0000 esc\u001B del\u007F',
} as const;
