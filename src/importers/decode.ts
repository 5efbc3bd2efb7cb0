/**
 * Reading a file's bytes as text the way spreadsheets and editors save it:
 * UTF-8 (with or without a byte order mark), UTF-16 with its byte order mark
 * (Excel's "Unicode text"), and otherwise Windows-1252 (Excel's "CSV" on a
 * Windows machine set to a Western European language), which is said in a
 * warning rather than guessed silently. Bytes are never turned into U+FFFD
 * without a word. Browser and Node: the platform's `TextDecoder` does each.
 */

/** The text, the encoding it was read in, and a warning when that was a fallback. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warning?: string;
}

/** Decodes bytes as UTF-8, UTF-16 (by its byte order mark) or, failing UTF-8, Windows-1252. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      warning: 'The file is not UTF-8: it was read as Windows-1252 (what Excel saves as "CSV" on Windows). Check the accented letters; save as "CSV UTF-8" to avoid this.',
    };
  }
}
