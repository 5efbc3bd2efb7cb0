/**
 * ksb-elements: web components for competency frameworks.
 * Importing this module registers every element. It exports the elements,
 * their events and context, and the model's types; the data functions
 * (validators, summaries, the RPL calculation, profiles, placement) are in
 * `ksb-elements/model`, so that loading the elements does not load every
 * function with them.
 */
export type * from './model/index.js';
export type * from './model/translations.js';
export type * from './model/results-out.js';
export * from './shared/events.js';
export { registerLocale, englishStrings, type LocaleStrings } from './locale.js';
export type { FrameworkContextValue, FrameworkStatus } from './shared/context.js';
export { frameworkContext } from './shared/context.js';
export { SkillsScan } from './elements/skills-scan/skills-scan.js';
export { KsbFrameworkProvider } from './elements/ksb-framework/ksb-framework.js';
export { KsbMatrix } from './elements/ksb-matrix/ksb-matrix.js';
export { DreyfusRater } from './elements/dreyfus-rater/dreyfus-rater.js';
export { KsbProfileBuilder } from './elements/ksb-profile-builder/ksb-profile-builder.js';
export { KsbReview } from './elements/ksb-review/ksb-review.js';
