import type { Framework } from '../model/framework.js';
import { describe, type Problem } from '../model/problems.js';
import { validateFramework } from '../model/validate-framework.js';

/**
 * What every importer returns. Importers never throw on bad input: every
 * problem is reported with a JSON path into the input (or, for CSV, a
 * `$.rows[n]` path naming the 1-based line), and `framework` is present
 * whenever no problem is an error. A framework returned always passes
 * `validateFramework` with no error.
 */
export interface ImportResult {
  framework?: Framework;
  problems: Problem[];
}

/** Collects problems for an importer. */
export class Problems {
  readonly list: Problem[] = [];

  warn(path: string, code: string, message: string): void {
    this.list.push({ path, code, message, severity: 'warning' });
  }

  error(path: string, code: string, message: string): void {
    this.list.push({ path, code, message, severity: 'error' });
  }

  get hasErrors(): boolean {
    return this.list.some((p) => p.severity === 'error');
  }
}

// In a module of their own: IfATE detection, loaded with every element, needs only these.
export { asObject, own } from './own.js';

export { describe };

/** Parses JSON text, or passes a value through; a syntax error is reported at `$`. */
export function parseInput(input: unknown, problems: Problems): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input.replace(/^\uFEFF/, ''));
  } catch (e) {
    problems.error('$', 'json', `Not valid JSON: ${(e as Error).message}`);
    return undefined;
  }
}

/**
 * Turns a label into an id: lower case, runs of anything but letters and
 * digits (in any script) become one hyphen. "Core task" -> "core-task",
 * "領域" -> "領域". Empty when nothing is left.
 */
export function slug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** Makes ids unique by suffixing "-2", "-3" ... */
export class IdAllocator {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.used.add(id);
  }

  has(id: string): boolean {
    return this.used.has(id);
  }

  take(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.used.has(id); n++) id = `${wanted}-${n}`;
    this.used.add(id);
    return id;
  }
}

/**
 * Final step of every importer: validates the framework it built. Validator
 * errors (which would be an importer bug) are reported and the framework is
 * withheld; validator warnings are passed on.
 */
export function finish(framework: Framework | undefined, problems: Problems, pathPrefix = ''): Framework | undefined {
  if (!framework || problems.hasErrors) return undefined;
  const v = validateFramework(framework);
  for (const p of v.problems) {
    const path = pathPrefix ? `${pathPrefix} (output ${p.path})` : `output ${p.path}`;
    problems.list.push({ ...p, path, message: `In the converted framework: ${p.message}` });
  }
  return v.valid ? v.value : undefined;
}

/** Removes keys whose value is undefined, so outputs compare equal to hand-written JSON. */
export function clean<T extends object>(obj: T): T {
  const out = {} as T;
  for (const [key, value] of Object.entries(obj)) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
