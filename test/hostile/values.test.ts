import { expect, fixture, html } from '@open-wc/testing';
import type { Result } from '../../src/model/result.js';
import type { KsbErrorDetail } from '../../src/shared/events.js';
import { miniStandard } from '../harness/frameworks.js';
import { frameworkCases, resultCases } from './corpus.js';
import { dangerousIn, guardEachTest } from './guard.js';
import { errorPanel } from './mount.js';

/**
 * Broken and hostile results given as `value` to the elements that produce
 * results: each is shown as an error, held as a mismatch, or resumed with its
 * text verbatim; answers given before it arrived are never lost, nor are they
 * lost when a broken framework arrives and the good one comes back.
 */

type ResultEl = HTMLElement & { value: unknown; framework: unknown; currentResult?: Result; updateComplete: Promise<boolean> };

guardEachTest();

async function mountWithAnswer(tag: 'skills-scan' | 'dreyfus-rater'): Promise<{ el: ResultEl; errors: KsbErrorDetail[] }> {
  const errors: KsbErrorDetail[] = [];
  const el = await fixture<ResultEl>(
    tag === 'skills-scan'
      ? html`<skills-scan mode="all" .framework=${miniStandard()} @ksb-error=${(e: CustomEvent<KsbErrorDetail>) => errors.push(e.detail)}></skills-scan>`
      : html`<dreyfus-rater .framework=${miniStandard()} @ksb-error=${(e: CustomEvent<KsbErrorDetail>) => errors.push(e.detail)}></dreyfus-rater>`,
  );
  await el.updateComplete;
  // The person answers S1 with the third option before anything else arrives.
  radios(el, 'S1')[2].click();
  await el.updateComplete;
  expect(answerOf(el, 'S1')).to.not.equal(undefined);
  return { el, errors };
}

const radios = (el: HTMLElement, item: string) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`[data-item="${item}"] input[type=radio]`)];
const answerOf = (el: ResultEl, item: string) => el.currentResult?.responses.find((r) => r.item === item)?.value;
const checkedIndex = (el: HTMLElement, item: string) => radios(el, item).findIndex((r) => r.checked);

for (const tag of ['skills-scan', 'dreyfus-rater'] as const) {
  describe(`hostile values: <${tag}>`, () => {
    for (const c of resultCases) {
      it(`${c.outcome === 'apply' ? 'resumes' : c.outcome === 'mismatch' ? 'holds' : 'rejects'} ${c.name}`, async () => {
        const { el, errors } = await mountWithAnswer(tag);
        const before = el.currentResult!;
        el.value = c.input();
        await el.updateComplete;
        const root = el.shadowRoot!;
        if (c.outcome === 'apply') {
          expect(errorPanel(el), 'no error panel').to.equal(undefined);
          expect(root.querySelector('[part="mismatch"]')).to.equal(null);
          expect(errors).to.deep.equal([]);
          for (const note of c.notes ?? []) {
            const shown = [...root.querySelectorAll('textarea')].map((t) => t.value).concat(root.textContent ?? '');
            // Notes open on demand in the scan: the resumed result holds them verbatim either way.
            expect(el.currentResult!.responses.some((r) => r.note === note), 'note kept verbatim').to.equal(true);
            if (shown.some((s) => s.includes(note.slice(0, 10)))) expect(shown.some((s) => s.includes(note))).to.equal(true);
          }
          return;
        }
        const panel = c.outcome === 'error' ? errorPanel(el) : root.querySelector('[part="mismatch"]');
        expect(panel, `${c.outcome} panel`).to.not.equal(undefined);
        expect(panel, `${c.outcome} panel`).to.not.equal(null);
        expect(errors.map((e) => e.source)).to.deep.equal(['value']);
        expect(errors[0].problems.length).to.be.greaterThan(0);
        // The answer given before the bad value arrived is still there, shown and in the result.
        expect(el.currentResult).to.deep.equal(before);
        expect(checkedIndex(el, 'S1')).to.equal(2);
        expect(dangerousIn(el)).to.deep.equal([]);
      });
    }

    it('keeps the answers when a broken framework arrives and the good one comes back', async () => {
      const { el, errors } = await mountWithAnswer(tag);
      const before = el.currentResult!;
      for (const c of frameworkCases.filter((x) => x.outcome === 'error').slice(0, 3)) {
        el.framework = c.input();
        await el.updateComplete;
        expect(errorPanel(el), c.name).to.not.equal(undefined);
        expect(el.currentResult, 'result kept while the framework is broken').to.deep.equal(before);
      }
      expect(errors.map((e) => e.source)).to.deep.equal(['framework', 'framework', 'framework']);
      el.framework = miniStandard();
      await el.updateComplete;
      expect(errorPanel(el)).to.equal(undefined);
      expect(el.currentResult).to.deep.equal(before);
      expect(checkedIndex(el, 'S1')).to.equal(2);
    });
  });
}
