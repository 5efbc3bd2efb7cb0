// What the page has fetched and rendered so far, and chunk imports replaced, for tests that pin what loads on demand.
import { LazyModule } from '../../src/shared/lazy.js';

// Every resource the page fetches from here on, whether or not the timing buffer has room.
const resources = new Set(performance.getEntriesByType('resource').map((e) => e.name));
performance.setResourceTimingBufferSize(100000);
new PerformanceObserver((list) => list.getEntries().forEach((e) => resources.add(e.name))).observe({ type: 'resource', buffered: true });

/** Whether the page has fetched the module `path` of src/ (e.g. `shared/error-summary.ts`). */
export function fetched(path: string): boolean {
  for (const e of performance.getEntriesByType('resource')) resources.add(e.name);
  return [...resources].some((name) => new URL(name).pathname.endsWith(`/src/${path}`));
}

/** Resolves once the browser has been idle (when idle prefetches run), and a little after. */
export function idle(): Promise<void> {
  return new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300), { timeout: 2000 }));
}

/** Lets the element's first render commit (microtasks only: no network request can complete meanwhile). */
export async function firstRender(el: HTMLElement, selector: string): Promise<Element> {
  for (let i = 0; i < 50; i++) {
    const found = el.shadowRoot?.querySelector(selector);
    if (found) return found;
    await Promise.resolve();
  }
  throw new Error(`${selector} was not rendered`);
}

/** What a test reaches inside a `LazyModule` (private members, for tests only). */
export interface LazyModuleInternals {
  importer: () => Promise<unknown>;
  value?: unknown;
  loading?: Promise<void>;
}

/**
 * Gives every `LazyModule` whose import names a module matching `pattern` the
 * importer `replacement` from its first load in this page on (each test file
 * has a page of its own), to make a chunk fail or hold it back. `found` is told
 * of each module replaced. Returns the function that restores normal loading
 * for modules not yet loaded (call it in `after`).
 */
export function replaceChunkImport(
  pattern: RegExp,
  replacement: () => Promise<unknown>,
  found?: (module: LazyModuleInternals) => void,
): () => void {
  const load = LazyModule.prototype.load;
  const replaced = new WeakSet<object>();
  LazyModule.prototype.load = function (this: LazyModule<unknown>) {
    const internals = this as unknown as LazyModuleInternals;
    if (!replaced.has(this) && pattern.test(String(internals.importer))) {
      replaced.add(this);
      internals.importer = replacement;
      found?.(internals);
    }
    return load.call(this);
  };
  return () => {
    LazyModule.prototype.load = load;
  };
}

/** An import that fails as a browser's does over a lost connection: a replacement for `replaceChunkImport`. */
export function failedImport(): Promise<never> {
  return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
}
