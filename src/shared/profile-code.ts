import type { Problem } from '../model/problems.js';
import { LazyModule } from './lazy.js';

/**
 * The role-profile code (`model/profile.ts`: validation, presets, building a
 * profile): a chunk of its own, one instance for every element, loaded (in
 * `lazyChunks`) when a `profile` is given and by `<ksb-profile-builder>`.
 */
export const profiles = new LazyModule(() => import('../model/profile.js'));

/** Shown, and reported, when the role-profile chunk could not be loaded. */
export const PROFILE_CODE_MISSING: Problem = { path: '$', code: 'load', severity: 'error', message: 'The role-profile code could not be loaded; reload the page.' };
