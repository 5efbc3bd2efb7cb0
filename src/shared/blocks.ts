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

const cache = new WeakMap<readonly unknown[], unknown[][]>();

/** `items` in runs of `BLOCK_SIZE`, in order; the same arrays while `items` is the same array. */
export function inBlocks<T>(items: readonly T[]): T[][] {
  let blocks = cache.get(items) as T[][] | undefined;
  if (!blocks) {
    blocks = [];
    for (let i = 0; i < items.length; i += BLOCK_SIZE) blocks.push(items.slice(i, i + BLOCK_SIZE));
    cache.set(items, blocks);
  }
  return blocks;
}
