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

/** A three-item standard (K1, K2, S1; version 2) for focused element tests. */
export function miniStandard(overrides: Partial<Framework> = {}): Framework {
  return {
    format: 'ksb-framework/1',
    id: 'mini',
    version: '2',
    title: 'Mini standard',
    items: [
      { id: 'K1', code: 'K1', type: 'knowledge', statement: 'Knows one thing' },
      { id: 'K2', code: 'K2', type: 'knowledge', statement: 'Knows another' },
      { id: 'S1', code: 'S1', type: 'skill', statement: 'Does a thing' },
    ],
    ...overrides,
  };
}
