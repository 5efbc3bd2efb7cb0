import { LazyModule } from './lazy.js';

/**
 * Result validation (`validateResult`): a chunk of its own, which elements
 * load (in `lazyChunks`) only when they have a result to read: a `value`, a
 * saved draft, a baseline, results to show.
 */
export const resultReader = new LazyModule(() => import('../model/validate-result.js'));
