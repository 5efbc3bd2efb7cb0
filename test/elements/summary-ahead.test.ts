// On one page (`mode="all"`) the scan's summary is always shown, so its code is requested as soon
// as the element has rendered, before any framework is given, not when the browser is next idle;
// in stepper mode it waits for the browser to be idle. Idle callbacks are held off here, so only a
// request made at once can happen. The tests need a page where no summary chunk has loaded yet
// (each test file runs in a page of its own), and the stepper test must run first.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import { fetched } from '../harness/chunk-timing.js';

const SUMMARY = 'elements/skills-scan/scan-summary.ts';

describe('the scan summary’s code, requested ahead', () => {
  const realIdle = window.requestIdleCallback;
  before(() => {
    window.requestIdleCallback = (() => 0) as typeof window.requestIdleCallback;
  });
  after(() => {
    window.requestIdleCallback = realIdle;
  });

  async function place(mode: 'stepper' | 'all'): Promise<SkillsScan> {
    const el = document.createElement('skills-scan') as SkillsScan;
    el.mode = mode;
    document.body.append(el);
    await el.updateComplete;
    return el;
  }

  it('in stepper mode, waits for the browser to be idle', async () => {
    const el = await place('stepper');
    await aTimeout(500);
    expect(fetched(SUMMARY)).to.equal(false);
    el.remove();
  });

  it('with mode="all", is requested once the element has rendered, with no framework yet', async () => {
    const el = await place('all');
    await waitUntil(() => fetched(SUMMARY), 'the summary chunk was requested', { timeout: 3000 });
    el.remove();
  });
});
