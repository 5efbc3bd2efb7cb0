/**
 * Framework translations (`ksb-translation/1`), as `ksb-elements/model/translation`: an entry
 * of their own, so the model entry stays within its budget for pages that never translate.
 */
export * from './translation.js';
export * from './validate-translation.js';
