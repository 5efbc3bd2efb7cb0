/**
 * Caches values derived from an element's inputs: each value is recomputed
 * only when one of its inputs changes identity. Render paths use it so work
 * proportional to the framework is done once per change, not once per item.
 */
export class Memo {
  private entries = new Map<string, { deps: readonly unknown[]; value: unknown }>();

  get<T>(name: string, deps: readonly unknown[], compute: () => T): T {
    const entry = this.entries.get(name);
    if (entry && entry.deps.length === deps.length && entry.deps.every((d, i) => Object.is(d, deps[i]))) return entry.value as T;
    const value = compute();
    this.entries.set(name, { deps, value });
    return value;
  }
}
