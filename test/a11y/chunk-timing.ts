// Which modules the page has fetched, from resource timing, for tests that pin what loads on demand.

// Every resource the page fetches from here on, whether or not the timing buffer has room.
const resources = new Set(performance.getEntriesByType('resource').map((e) => e.name));
performance.setResourceTimingBufferSize(100000);
new PerformanceObserver((list) => list.getEntries().forEach((e) => resources.add(e.name))).observe({ type: 'resource', buffered: true });

/** Whether the page has fetched the module `file` of src/shared/. */
export function fetchedShared(file: string): boolean {
  for (const e of performance.getEntriesByType('resource')) resources.add(e.name);
  return [...resources].some((name) => new URL(name).pathname.endsWith(`/src/shared/${file}`));
}

/** Resolves once the browser has been idle (when idle prefetches run), and a little after. */
export function idle(): Promise<void> {
  return new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300), { timeout: 2000 }));
}
