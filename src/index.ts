/**
 * ksb-elements: web components for competency frameworks.
 * Importing this module registers every element; import `ksb-elements/model`
 * for the data functions alone (no DOM, nothing registered).
 */
export * from './model/index.js';
export * from './shared/events.js';
export type { FrameworkContextValue, FrameworkStatus } from './shared/context.js';
export { frameworkContext } from './shared/context.js';
export { SkillsScan } from './elements/skills-scan/skills-scan.js';
export { KsbFrameworkProvider } from './elements/ksb-framework/ksb-framework.js';
export { KsbMatrix } from './elements/ksb-matrix/ksb-matrix.js';
export { DreyfusRater } from './elements/dreyfus-rater/dreyfus-rater.js';
export { KsbProfileBuilder } from './elements/ksb-profile-builder/ksb-profile-builder.js';
