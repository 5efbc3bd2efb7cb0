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

/** Reads one field of `obj`, reporting problems at `path` + `key`; undefined when absent or unusable. */
export type FieldReader = (r: Reader, obj: Record<string, unknown>, key: string, path: string, required: boolean) => unknown;

/**
 * How `Reader.fields` reads an object's fields: 0 in the order listed; 1 the required
 * fields first, then the rest; 2 as 1, but an object missing a required field is dropped
 * without reading the rest (so their problems, secondary, are not reported).
 */
export type FieldOrder = 0 | 1 | 2;

/** A compiled field specification: each field's key, reader and whether it is required. */
export type FieldSpec = [fields: [key: string, reader: FieldReader, required: boolean][], order: FieldOrder];

const KINDS: Record<string, 'number' | 'boolean' | 'strings'> = { '#': 'number', '?': 'boolean', '*': 'strings' };

/**
 * Compiles a field specification for `Reader.fields`: the keys of an object, separated
 * by spaces, in the order of the cleaned object. A key is text unless marked `#` (a
 * number), `?` (true or false) or `*` (a list of text), or given a reader in `custom`;
 * a final `!` marks it required. E.g. `'id! value#! label! note'`.
 */
export function fieldSpec(text: string, custom: Record<string, FieldReader> = {}, order: FieldOrder = 2): FieldSpec {
  return [
    text.split(' ').map((token) => {
      const required = token.endsWith('!');
      if (required) token = token.slice(0, -1);
      const kind = KINDS[token.at(-1)!];
      const key = kind ? token.slice(0, -1) : token;
      return [key, custom[key] ?? ((r, o, k, p, q) => r[kind ?? 'string'](o, k, p, q)), required];
    }),
    order,
  ];
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

  /** An own property of `obj` (never one inherited from a prototype). */
  field(obj: Record<string, unknown>, key: string): unknown {
    return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
  }

  /**
   * Reads a field that `ok` accepts. Absent and null read as undefined, a problem only
   * when `required`; `noun` names the kind in that problem, `expected` in a type problem.
   */
  private take(obj: Record<string, unknown>, key: string, path: string, required: boolean, noun: string, expected: string, ok: (v: unknown) => boolean): unknown {
    const value = this.field(obj, key);
    // The field's path is made only for a problem: most reads have none, and a result holds thousands of fields.
    if (value == null) {
      if (required) this.error(childPath(path, key), 'missing', `Missing required ${noun} "${key}".`);
    } else if (ok(value)) return value;
    else this.error(childPath(path, key), 'type', `"${key}" must be ${expected} but is ${describe(value)}.`);
    return undefined;
  }

  string(obj: Record<string, unknown>, key: string, path: string, required = false): string | undefined {
    const value = this.take(obj, key, path, required, 'text', 'text', (v) => typeof v === 'string') as string | undefined;
    if (required && value?.trim() === '') {
      this.error(childPath(path, key), 'empty', `"${key}" must not be empty.`);
      return undefined;
    }
    return value;
  }

  number(obj: Record<string, unknown>, key: string, path: string, required = false): number | undefined {
    return this.take(obj, key, path, required, 'number', 'a number', Number.isFinite) as number | undefined;
  }

  boolean(obj: Record<string, unknown>, key: string, path: string, required = false): boolean | undefined {
    return this.take(obj, key, path, required, 'value', 'true or false', (v) => typeof v === 'boolean') as boolean | undefined;
  }

  /** Reads an array field, mapping each entry; entries that map to undefined are dropped. */
  array<T>(
    obj: Record<string, unknown>,
    key: string,
    path: string,
    required: boolean,
    each: (value: unknown, path: string, index: number) => T | undefined,
  ): T[] | undefined {
    const value = this.take(obj, key, path, required, 'list', 'a list', Array.isArray) as unknown[] | undefined;
    if (!value) return undefined;
    const at = childPath(path, key);
    const out: T[] = [];
    value.forEach((entry, i) => {
      const mapped = each(entry, childPath(at, i), i);
      if (mapped !== undefined) out.push(mapped);
    });
    return out;
  }

  /** Reads a list of strings. */
  strings(obj: Record<string, unknown>, key: string, path: string, required = false): string[] | undefined {
    return this.array(obj, key, path, required, (value, at) => {
      if (typeof value === 'string') return value;
      this.error(at, 'type', `Expected text but found ${describe(value)}.`);
      return undefined;
    });
  }

  /**
   * Reads an object as its `spec` says (see `fieldSpec`), after warning of every key the
   * spec does not name. The cleaned object has the spec's fields in the spec's order,
   * only those read as defined; undefined when the value is not an object, or when a
   * required field is missing from a spec that drops such objects.
   */
  fields<T>(value: unknown, path: string, [fields, order]: FieldSpec): T | undefined {
    const obj = this.object(value, path);
    if (!obj) return undefined;
    this.unknownKeys(obj, fields.map((f) => f[0]), path);
    const values: unknown[] = [];
    // `required` undefined reads every field; true or false, only the fields that are or are not required.
    const read = (required?: boolean) =>
      fields.forEach(([key, reader, req], i) => {
        if (required === undefined || required === req) values[i] = reader(this, obj, key, path, req);
      });
    if (order) {
      read(true);
      if (order > 1 && fields.some((f, i) => f[2] && values[i] === undefined)) return undefined;
      read(false);
    } else read();
    const out: Record<string, unknown> = {};
    fields.forEach(([key], i) => {
      if (values[i] !== undefined) out[key] = values[i];
    });
    return out as T;
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
  // Keys without Object.entries' pairs: validation calls this once per response, tens of thousands of times for a cohort.
  const out = {} as Record<string, unknown>;
  const source = obj as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}
