/** One thing wrong with an input, located by a JSON path such as `$.items[3].id`. */
export interface Problem {
  /** JSON path of the offending value; `$` is the whole document. */
  path: string;
  /** Plain-language description, fit to show to a person. */
  message: string;
  /** Errors make the input unusable; warnings are shown but the input is used. */
  severity: 'error' | 'warning';
  /** Stable machine-readable kind, e.g. `duplicate-id`, `unknown-id`. */
  code: string;
}

/** What a validator returns: the cleaned value when there are no errors, and every problem. */
export interface Validation<T> {
  /** The cleaned value (only known fields, plain objects); absent when there are errors. */
  value?: T;
  problems: Problem[];
  /** True when no problem is an error. */
  valid: boolean;
}

/** Joins a JSON path and a key or index. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Reads untrusted JSON-shaped data field by field, collecting problems instead
 * of throwing. Only own properties are read, so keys such as `__proto__` or
 * `constructor` in the input cannot reach any prototype.
 */
export class Reader {
  readonly problems: Problem[] = [];

  error(path: string, code: string, message: string): void {
    this.problems.push({ path, code, message, severity: 'error' });
  }

  warn(path: string, code: string, message: string): void {
    this.problems.push({ path, code, message, severity: 'warning' });
  }

  /** Returns the value as a plain object, or reports it. */
  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    this.error(path, 'type', `Expected an object but found ${describe(value)}.`);
    return undefined;
  }

  /** Reports keys outside `known` as warnings: they are ignored, not lost silently. */
  unknownKeys(obj: Record<string, unknown>, known: readonly string[], path: string): void {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) this.warn(childPath(path, key), 'unknown-field', `Unknown field "${key}" is ignored.`);
    }
  }

  private own(obj: Record<string, unknown>, key: string): unknown {
    return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
  }

  string(obj: Record<string, unknown>, key: string, path: string, required: boolean): string | undefined {
    const value = this.own(obj, key);
    const at = childPath(path, key);
    if (value === undefined || value === null) {
      if (required) this.error(at, 'missing', `Missing required text "${key}".`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.error(at, 'type', `"${key}" must be text but is ${describe(value)}.`);
      return undefined;
    }
    if (required && value.trim() === '') {
      this.error(at, 'empty', `"${key}" must not be empty.`);
      return undefined;
    }
    return value;
  }

  number(obj: Record<string, unknown>, key: string, path: string, required: boolean): number | undefined {
    const value = this.own(obj, key);
    const at = childPath(path, key);
    if (value === undefined || value === null) {
      if (required) this.error(at, 'missing', `Missing required number "${key}".`);
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.error(at, 'type', `"${key}" must be a number but is ${describe(value)}.`);
      return undefined;
    }
    return value;
  }

  boolean(obj: Record<string, unknown>, key: string, path: string): boolean | undefined {
    const value = this.own(obj, key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      this.error(childPath(path, key), 'type', `"${key}" must be true or false but is ${describe(value)}.`);
      return undefined;
    }
    return value;
  }

  /** Reads an array field, mapping each entry; entries that map to undefined are dropped. */
  array<T>(
    obj: Record<string, unknown>,
    key: string,
    path: string,
    required: boolean,
    each: (value: unknown, path: string) => T | undefined,
  ): T[] | undefined {
    const value = this.own(obj, key);
    const at = childPath(path, key);
    if (value === undefined || value === null) {
      if (required) this.error(at, 'missing', `Missing required list "${key}".`);
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.error(at, 'type', `"${key}" must be a list but is ${describe(value)}.`);
      return undefined;
    }
    const out: T[] = [];
    value.forEach((entry, i) => {
      const mapped = each(entry, childPath(at, i));
      if (mapped !== undefined) out.push(mapped);
    });
    return out;
  }

  /** Reads a list of strings. */
  strings(obj: Record<string, unknown>, key: string, path: string): string[] | undefined {
    return this.array(obj, key, path, false, (value, at) => {
      if (typeof value === 'string') return value;
      this.error(at, 'type', `Expected text but found ${describe(value)}.`);
      return undefined;
    });
  }

  field(obj: Record<string, unknown>, key: string): unknown {
    return this.own(obj, key);
  }
}

/** A short description of a value's kind for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `text "${value.slice(0, 40)}…"` : `text "${value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** Parses JSON text, reporting a syntax error as a problem at `$`. */
export function parseJson(input: unknown, reader: Reader): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input);
  } catch (e) {
    reader.error('$', 'json', `Not valid JSON: ${(e as Error).message}`);
    return undefined;
  }
}

/** Copies only the defined entries of an object (so cleaned values carry no `undefined` keys). */
export function compact<T extends object>(obj: T): T {
  const out = {} as T;
  for (const [key, value] of Object.entries(obj)) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
