/**
 * The data side of ksb-elements, with no DOM: the framework and result
 * formats, their validators, the built-in scales and the summary functions.
 */
export * from './framework.js';
// The reading machinery (Reader, fieldSpec) is internal: only the shapes validators return are API.
export type { Problem, Validation } from './problems.js';
export * from './scales.js';
export * from './validate-framework.js';
export * from './text-lengths.js';
export * from './result.js';
export * from './validate-result.js';
export * from './summary.js';
export * from './progress.js';
export * from './rpl.js';
export * from './profile.js';
export * from './placement.js';
export * from './placement-summary.js';
export * from './integrity.js';
export * from './review.js';
export * from './validate-review.js';
export * from './xapi.js';
