import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Framework } from '../../src/model/framework.js';
import { createResult, setResponse, type Party, type Result } from '../../src/model/result.js';
import type { KsbReview } from '../../src/elements/ksb-review/ksb-review.js';

/** A party's result with the given ratings (item id to scale point, or null for "not sure"). */
export function partyResult(framework: Framework, party: Party, ratings: Record<string, number | null>, scale = 'confidence', subject = 'Jo'): Result {
  let r = createResult(framework, scale, new Date('2026-09-01T09:00:00Z'), { subject, party, rater: party === 'learner' ? undefined : `${party} rater` });
  for (const [item, value] of Object.entries(ratings)) r = setResponse(r, item, { value }, new Date('2026-09-01T09:05:00Z'), scale);
  return { ...r, submitted: '2026-09-01T10:00:00Z' };
}

/** Every one of `ids` rated `value`, with `overrides`. */
export function allRated(ids: readonly string[], value: number | null, overrides: Record<string, number | null> = {}): Record<string, number | null> {
  return { ...Object.fromEntries(ids.map((id) => [id, value])), ...overrides };
}

/** Renders a review and returns it with helpers to find what a user sees. */
export async function reviewFixture(template: TemplateResult) {
  const el = await fixture<KsbReview>(template);
  await el.updateComplete;
  const root = el.shadowRoot!;
  const row = (item: string) => root.querySelector<HTMLTableRowElement>(`tr[data-item="${CSS.escape(item)}"]`);
  const h = {
    root,
    row,
    select: (item: string) => row(item)!.querySelector('select')!,
    reason: (item: string) => row(item)!.querySelector<HTMLInputElement>('.reason input'),
    cells: (item: string) => [...row(item)!.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()),
    async agree(item: string, value: string) {
      const select = h.select(item);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    },
    async giveReason(item: string, text: string) {
      const input = h.reason(item)!;
      input.value = text;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    },
    signoff: (party: Party) => root.querySelector<HTMLFieldSetElement>(`fieldset[data-party="${party}"]`)!,
    async sign(party: Party, name: string, role = '') {
      const f = h.signoff(party);
      for (const [key, value] of [['name', name], ['role', role]] as const) {
        const input = f.querySelector<HTMLInputElement>(`#signoff-${party}-${key}`)!;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await el.updateComplete;
      h.signoff(party).querySelector<HTMLButtonElement>(`#sign-${party}`)!.click();
      await el.updateComplete;
    },
    button: (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text),
  };
  return { el, h };
}
