// `updateComplete` covers the render a chunk brings: a summary chunk that arrives while an
// update is under way must be on screen once `updateComplete` resolves, however the two
// interleave. The rater's summary import is held back here and released a varying number of
// microtasks after an update starts. This file runs in a page of its own.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import { twoCompetencies } from '../a11y/a11y-helpers.js';
import { firstRender, replaceChunkImport, type LazyModuleInternals } from '../harness/chunk-timing.js';
// Loaded up front, so that a released import settles in microtasks, inside the update under way.
import * as raterSummary from '../../src/elements/dreyfus-rater/rater-summary.js';

let release: (() => void) | undefined;
let summaryModule: LazyModuleInternals | undefined;
const restoreLoading = replaceChunkImport(
  /rater-summary/,
  () => new Promise((resolve) => (release = () => resolve(raterSummary))),
  (module) => (summaryModule = module),
);

describe('updateComplete and a chunk arriving during an update', () => {
  after(restoreLoading);

  for (let ticks = 0; ticks <= 12; ticks++) {
    it(`shows the summary once updateComplete resolves (chunk released ${ticks} microtasks into an update)`, async () => {
      if (summaryModule) {
        // Each case starts with the summary not loaded yet.
        summaryModule.value = undefined;
        summaryModule.loading = undefined;
      }
      release = undefined;
      // Not `fixture`: it waits for updateComplete, which waits for the held chunk.
      const el = fixtureSync<DreyfusRater>(html`<dreyfus-rater .framework=${twoCompetencies()}></dreyfus-rater>`);
      await firstRender(el, '[part="summary"] [role="status"]');
      expect(release, 'the summary import is held').to.be.a('function');
      el.rater = `Rater ${ticks}`;
      const done = el.updateComplete;
      for (let i = 0; i < ticks; i++) await Promise.resolve();
      release!();
      await done;
      const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
      expect(summary.querySelector('[role="status"]'), summary.textContent!).to.equal(null);
      expect(summary.getAttribute('aria-busy')).to.equal(null);
    });
  }
});
