import type { Result } from '../../src/model/result.js';
export { watchPageErrors } from '../harness/page-errors.js';

/** URL of a file in test/reliability/fixtures as the test server serves it. */
export function fixtureUrl(file: string): string {
  return new URL(`./fixtures/${file}`, import.meta.url).href;
}

/** A URL the test server answers with 404. */
export const missingUrl = new URL('/no/such/framework.json', location.href).href;

/**
 * Records the ksb events that `el` itself dispatches (not those of other
 * elements bubbling past), by type, until `stop()`.
 */
export function eventLog(el: HTMLElement, types = ['ksb-load', 'ksb-change', 'ksb-error', 'ksb-submit']) {
  const seen: CustomEvent[] = [];
  const listener = (e: Event) => {
    if (e.composedPath()[0] === el) seen.push(e as CustomEvent);
  };
  for (const t of types) window.addEventListener(t, listener, true);
  return {
    all: seen,
    of: (type: string) => seen.filter((e) => e.type === type),
    count: (type: string) => seen.filter((e) => e.type === type).length,
    clear: () => seen.splice(0),
    stop: () => types.forEach((t) => window.removeEventListener(t, listener, true)),
  };
}


/** A stored result for the mini standard (`miniStandard()`), as a host or a draft would hold it. */
export function miniResult(values: Record<string, number | null>, extra: Partial<Result> = {}): Result {
  const time = '2026-03-01T09:00:00.000Z';
  return {
    format: 'ksb-result/1',
    framework: { id: 'mini', version: '2', title: 'Mini standard' },
    scale: 'confidence',
    started: time,
    updated: time,
    responses: Object.entries(values).map(([item, value]) => ({ item, value, scale: 'confidence', time })),
    ...extra,
  };
}

/** Normalised text of a node. */
export const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
