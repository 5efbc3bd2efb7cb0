/**
 * Results handed on to the systems providers run, as `ksb-elements/model/results-out`: an
 * entry of its own, so pages that only rate never load it. The prior-learning figures under
 * the Apprenticeship Service's and the ILR's field names (`fundingRecordFields`), and
 * results and reviews as xAPI statements (`toXapi`, also in `ksb-elements/model`).
 */
export * from './funding-fields.js';
export * from './xapi.js';
