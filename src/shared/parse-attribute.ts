import type { Problem } from '../model/problems.js';

/**
 * Attribute values that hold JSON are parsed by this converter, which never
 * throws: bad JSON becomes a problem the element shows and reports.
 */
export interface ParsedJson {
  value?: unknown;
  problem?: Problem;
}

/** Parses a JSON attribute value; `null` (attribute absent) gives no value and no problem. */
export function parseJsonAttribute(text: string | null, attribute: string): ParsedJson {
  if (text === null || text.trim() === '') return {};
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return {
      problem: {
        path: '$',
        code: 'json',
        severity: 'error',
        message: `The "${attribute}" attribute is not valid JSON: ${(e as Error).message}`,
      },
    };
  }
}

/**
 * A Lit attribute converter for JSON-valued attributes. The raw text is kept
 * so the element can report a parse error itself; `fromAttribute` only parses.
 */
export const jsonConverter = {
  fromAttribute(text: string | null): unknown {
    const parsed = parseJsonAttribute(text, '');
    return parsed.problem ? new InvalidJson(text ?? '', parsed.problem.message) : parsed.value;
  },
  toAttribute(value: unknown): string | null {
    if (value === undefined || value === null) return null;
    return value instanceof InvalidJson ? value.text : JSON.stringify(value);
  },
};

/** Marks an attribute value that was not valid JSON; the element reports it. */
export class InvalidJson {
  constructor(
    readonly text: string,
    readonly message: string,
  ) {}
}

/** Splits a space- or comma-separated attribute into a list of tokens. */
export function tokenList(text: string | null | undefined): string[] {
  return (text ?? '').split(/[\s,]+/).filter(Boolean);
}
