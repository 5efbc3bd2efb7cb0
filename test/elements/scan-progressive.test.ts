// A long scan renders its first runs of questions at once and the rest a task at a time, so
// the first frame comes without waiting for every question; updateComplete waits for them all.
import { aTimeout, expect } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { KsbChangeEvent } from '../../src/shared/events.js';
import type { Framework } from '../../src/model/framework.js';
import { BLOCK_SIZE } from '../../src/shared/blocks.js';
import { holdSteps } from '../harness/progressive.js';

/** 300 knowledge items (12 runs) and 30 skills (2 runs). */
function longStandard(id = 'long'): Framework {
  const items = [
    ...Array.from({ length: 300 }, (_, i) => ({ id: `K${i + 1}`, code: `K${i + 1}`, type: 'knowledge', statement: `Knows thing ${i + 1}` })),
    ...Array.from({ length: 30 }, (_, i) => ({ id: `S${i + 1}`, code: `S${i + 1}`, type: 'skill', statement: `Does thing ${i + 1}` })),
  ];
  return { format: 'ksb-framework/1', id, version: '1', title: 'A long standard', items };
}

interface Snapshot {
  questions: number;
  emptyRuns: number;
  summary: boolean;
}

function snapshot(el: SkillsScan): Snapshot {
  const root = el.shadowRoot!;
  return {
    questions: root.querySelectorAll('fieldset.question').length,
    emptyRuns: [...root.querySelectorAll('.question-block')].filter((b) => !b.children.length).length,
    summary: !!root.querySelector('.summary'),
  };
}

/** Places a scan and records what each update rendered. */
async function place(mode: 'all' | 'stepper'): Promise<{ el: SkillsScan; updates: Snapshot[] }> {
  const el = document.createElement('skills-scan') as SkillsScan;
  el.mode = mode;
  document.body.append(el);
  await el.updateComplete;
  const updates: Snapshot[] = [];
  el.addController({ hostUpdated: () => updates.push(snapshot(el)) });
  return { el, updates };
}

describe('<skills-scan>: a long scan rendered a few runs at a time', () => {
  afterEach(() => {
    document.querySelectorAll('skills-scan').forEach((el) => el.remove());
  });

  it('renders the first runs at once, boxes of their size for the rest, and fills them a task at a time', async () => {
    const { el, updates } = await place('all');
    el.framework = longStandard();
    await el.updateComplete;
    const first = updates[0];
    expect(first.questions).to.equal(2 * BLOCK_SIZE);
    // 14 runs in all: 2 rendered, 12 empty boxes keep the page's height, the summary waits.
    expect(first.emptyRuns).to.equal(12);
    expect(first.summary).to.equal(false);
    expect(updates.length).to.be.greaterThan(2);
    const counts = updates.map((u) => u.questions);
    expect(counts).to.deep.equal([...counts].sort((a, b) => a - b));
    // updateComplete settles with every question and the summary rendered.
    expect(snapshot(el)).to.deep.equal({ questions: 330, emptyRuns: 0, summary: true });
    // Each box is sized by its run: the last knowledge run's 25 questions, the skills' second run's 5.
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.question-block')];
    expect(boxes.map((b) => b.style.getPropertyValue('--_questions').trim()).slice(-3)).to.deep.equal(['25', '25', '5']);
  });

  it('is accessible and answers work while runs are still to come, and no answer is lost as the rest arrive', async () => {
    const { el, updates } = await place('all');
    const release = holdSteps();
    let changes: KsbChangeEvent[] = [];
    try {
      el.addEventListener('ksb-change', (e) => changes.push(e as KsbChangeEvent));
      el.framework = longStandard();
      await aTimeout(50);
      expect(updates.length).to.equal(1);
      expect(snapshot(el).emptyRuns).to.equal(12);
      await expect(el).to.be.accessible();
      const radio = el.shadowRoot!.querySelector<HTMLInputElement>('fieldset.question input[type=radio]')!;
      radio.click();
      await aTimeout(20);
      expect(changes.length).to.equal(1);
      expect(changes[0].detail.result.responses.map((r) => r.item)).to.deep.equal(['K1']);
    } finally {
      release();
    }
    changes = [];
    await el.updateComplete;
    expect(snapshot(el).emptyRuns).to.equal(0);
    expect(el.currentResult?.responses.map((r) => [r.item, r.value])).to.deep.equal([['K1', 1]]);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('fieldset.question input[type=radio]')!.checked).to.equal(true);
  });

  it('starts again from the first runs for a new framework, and for the next step of the stepper', async () => {
    const { el, updates } = await place('all');
    el.framework = longStandard();
    await el.updateComplete;
    updates.length = 0;
    el.framework = longStandard('another');
    await el.updateComplete;
    expect(updates[0].questions).to.equal(2 * BLOCK_SIZE);
    expect(snapshot(el).questions).to.equal(330);

    const stepper = await place('stepper');
    stepper.el.framework = longStandard();
    await stepper.el.updateComplete;
    expect(stepper.updates[0].questions).to.equal(2 * BLOCK_SIZE);
    expect(snapshot(stepper.el)).to.deep.equal({ questions: 300, emptyRuns: 0, summary: false });
  });

  it('a link to a question late in a section renders its run at once and focuses it', async () => {
    const { el, updates } = await place('stepper');
    el.framework = longStandard();
    await el.updateComplete;
    // Through the skills to the summary: the knowledge section is a new list again when shown next.
    el.goToStep(1);
    await el.updateComplete;
    el.goToStep(2);
    await el.updateComplete;
    const answer = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.unanswered button')].find((b) => b.textContent!.trim() === 'Answer K280')!;
    updates.length = 0;
    answer.click();
    await el.updateComplete;
    // The knowledge section's first render reached K280's run (the 12th), not just the first two.
    expect(updates[0].questions).to.be.at.least(12 * BLOCK_SIZE);
    const focused = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(focused?.type).to.equal('radio');
    expect(focused.closest('fieldset')!.dataset.item).to.equal('K280');
  });

  it('renders every run at once in a hidden tab, where no one sees the first frame', async () => {
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      const { el, updates } = await place('all');
      el.framework = longStandard();
      await el.updateComplete;
      expect(updates[0].questions).to.equal(330);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')).to.deep.equal(visibility);
    }
  });
});
