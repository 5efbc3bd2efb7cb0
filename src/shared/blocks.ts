/**
 * Long lists in runs. A list of thousands of entries rendered entry by entry
 * costs every change a pass over every entry: Lit checks each entry's guard,
 * and the browser lays out each child of the list's box again when any one
 * changes. In runs of `BLOCK_SIZE`, a change re-renders one run and the
 * browser walks the runs, not the entries (a run off screen is skipped
 * whole: `content-visibility: auto`).
 */

/** Entries per run: small enough that a run renders in well under a frame, large enough that a list of 3,000 has 120 runs. */
export const BLOCK_SIZE = 25;

const caches = new Map<number, WeakMap<readonly unknown[], unknown[][]>>();

/** `items` in runs of `size` (`BLOCK_SIZE` unless given), in order; the same arrays while `items` is the same array. */
export function inBlocks<T>(items: readonly T[], size = BLOCK_SIZE): T[][] {
  let cache = caches.get(size);
  if (!cache) caches.set(size, (cache = new WeakMap()));
  let blocks = cache.get(items) as T[][] | undefined;
  if (!blocks) {
    blocks = [];
    for (let i = 0; i < items.length; i += size) blocks.push(items.slice(i, i + size));
    cache.set(items, blocks);
  }
  return blocks;
}

/**
 * How many runs of `lists` (each cut by `inBlocks(list, size)`), taken in order, come up to and
 * including the one holding `item`: what must be rendered for it to be there. 0 when no list holds it.
 */
export function runsThrough<T>(lists: readonly (readonly T[])[], item: T, size = BLOCK_SIZE): number {
  let runs = 0;
  for (const list of lists) {
    const at = list.indexOf(item);
    if (at >= 0) return runs + Math.floor(at / size) + 1;
    runs += inBlocks(list, size).length;
  }
  return 0;
}

/** Changes remembered for lists not rendered since: a list further behind renders every run again. */
const LOG_LENGTH = 32;

/**
 * Which runs of a list changed, without a pass over the list. The element reports the keys
 * of entries whose state changed (`changed`); a list rendered in runs asks for a revision per
 * run (`revisions`), which costs the changes since that list last asked. A guard on the run
 * and its revision then skips an unchanged run without reading its entries, so answering one
 * question of 3,000 re-evaluates one run and checks 120 guards, not 3,000 entries.
 */
export class RunRevisions<K> {
  private tick = 0;
  private log: { tick: number; keys: readonly K[] }[] = [];
  private lists = new WeakMap<readonly unknown[], { seen: number; revisions: number[]; runOf: Map<K, number> }>();

  /** Entries with these keys changed: the runs holding them render again. */
  changed(keys: readonly K[]): void {
    if (!keys.length) return;
    this.log.push({ tick: ++this.tick, keys });
    if (this.log.length > LOG_LENGTH) this.log.shift();
  }

  /** A revision per run of `items` (as `inBlocks` cuts them), changed when an entry of that run changed. */
  revisions<T>(items: readonly T[], keyOf: (item: T) => K): readonly number[] {
    let list = this.lists.get(items);
    if (!list) {
      const runOf = new Map<K, number>();
      items.forEach((item, i) => runOf.set(keyOf(item), Math.floor(i / BLOCK_SIZE)));
      list = { seen: this.tick, revisions: inBlocks(items).map(() => this.tick), runOf };
      this.lists.set(items, list);
    } else if (list.seen < this.tick) {
      // Changes dropped from the log since this list last rendered: every run is renewed.
      if (this.log[0].tick > list.seen + 1) list.revisions.fill(this.tick);
      for (const { tick, keys } of this.log)
        if (tick > list.seen)
          for (const key of keys) {
            const run = list.runOf.get(key);
            if (run !== undefined) list.revisions[run] = this.tick;
          }
      list.seen = this.tick;
    }
    return list.revisions;
  }
}
