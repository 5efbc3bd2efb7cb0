/**
 * ksb-elements: web components for competency frameworks.
 * The whole library: the model (formats, validators, summaries).
 */
export * from './model/index.js';
