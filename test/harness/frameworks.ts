import type { Framework } from '../../src/model/framework.js';

const cache = new Map<string, Promise<Framework>>();

/** Loads a bundled framework file (cached per test file). */
export function bundled(file: string): Promise<Framework> {
  if (!cache.has(file)) {
    cache.set(
      file,
      fetch(new URL(`../../frameworks/${file}`, import.meta.url)).then((r) => r.json()),
    );
  }
  return cache.get(file)!.then((f) => structuredClone(f));
}

/** URL of a bundled framework file as the test server serves it. */
export function bundledUrl(file: string): string {
  return new URL(`../../frameworks/${file}`, import.meta.url).href;
}
