import { elementUpdated } from '@open-wc/testing';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Reads and drives a <dreyfus-rater> the way an assessor would: by the
 * visible text of competencies, levels, notes and buttons, not by internal state.
 */
export class RaterHarness {
  constructor(readonly el: DreyfusRater) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** The competencies shown (fieldsets, or sections when read-only), in order. */
  competencies(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('.competency[data-item]')];
  }

  /** Item ids of the competencies shown, in order. */
  competencyIds(): string[] {
    return this.competencies().map((c) => c.dataset.item!);
  }

  competency(itemId: string): HTMLElement {
    const c = this.root.querySelector<HTMLElement>(`.competency[data-item="${itemId}"]`);
    if (!c) throw new Error(`No competency ${itemId} is shown`);
    return c;
  }

  /** The competency's heading text. */
  title(itemId: string): string {
    return clean(this.competency(itemId).querySelector('.competency-title')!.textContent);
  }

  /** The radio of a level, found by its number (0-5). */
  radio(itemId: string, value: number): HTMLInputElement {
    const input = [...this.competency(itemId).querySelectorAll<HTMLInputElement>('input[type=radio]')].find(
      (i) => this.accessibleName(i).startsWith(`${value} `),
    );
    if (!input) throw new Error(`${itemId} has no level ${value}`);
    return input;
  }

  /** The radios' accessible names (from aria-labelledby), in order. */
  levelNames(itemId: string): string[] {
    return [...this.competency(itemId).querySelectorAll<HTMLInputElement>('input[type=radio]')].map((i) => this.accessibleName(i));
  }

  /** The descriptor a level shows (its aria-describedby text), without the "reserved" hint. */
  descriptor(itemId: string, value: number): string {
    const input = this.radio(itemId, value);
    const desc = this.root.getElementById(input.getAttribute('aria-describedby')!)!;
    const copy = desc.cloneNode(true) as HTMLElement;
    copy.querySelector('.reserved')?.remove();
    return clean(copy.textContent);
  }

  private accessibleName(input: HTMLInputElement): string {
    return clean(
      (input.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => this.root.getElementById(id)?.textContent)
        .join(' '),
    );
  }

  /** The number of the checked level, or undefined. */
  checked(itemId: string): number | undefined {
    const input = this.competency(itemId).querySelector<HTMLInputElement>('input:checked');
    return input ? Number(this.accessibleName(input).split(' ')[0]) : undefined;
  }

  /** The visible mark of the chosen level and its descriptor. */
  chosenMark(itemId: string): string {
    return clean(this.competency(itemId).querySelector('[part="chosen"]')!.textContent);
  }

  async rate(itemId: string, value: number): Promise<void> {
    this.radio(itemId, value).click();
    await elementUpdated(this.el);
  }

  note(itemId: string): HTMLTextAreaElement {
    return this.competency(itemId).querySelector('textarea')!;
  }

  async writeNote(itemId: string, text: string): Promise<void> {
    const t = this.note(itemId);
    t.value = text;
    t.dispatchEvent(new Event('input'));
    await elementUpdated(this.el);
  }

  button(text: string): HTMLButtonElement {
    const b = [...this.root.querySelectorAll('button')].find((x) => clean(x.textContent) === text);
    if (!b) throw new Error(`No button "${text}"; buttons: ${[...this.root.querySelectorAll('button')].map((x) => clean(x.textContent)).join(' | ')}`);
    return b;
  }

  async press(text: string): Promise<void> {
    this.button(text).click();
    await elementUpdated(this.el);
  }

  text(): string {
    return clean(this.root.textContent);
  }

  progressText(): string {
    return clean(this.root.querySelector('#progress-text')!.textContent);
  }

  /** The summary's statement of the career level supported. */
  attained(): string {
    return clean(this.root.querySelector('[part="attained"]')!.textContent);
  }

  /** What the summary lists as missing for the next level. */
  missing(): string[] {
    return [...this.root.querySelectorAll('.missing li')].map((li) => clean(li.textContent));
  }

  nextLevel(): string | undefined {
    const p = this.root.querySelector('.next');
    return p ? clean(p.textContent) : undefined;
  }

  /** Rows of a summary table, as cell texts. */
  rows(tableClass: string): string[][] {
    return [...this.root.querySelectorAll(`table.${tableClass} tbody tr`)].map((tr) => [...tr.children].map((c) => clean(c.textContent)));
  }

  /** Training groups: the heading line and the resource titles. */
  training(): { heading: string; resources: string[] }[] {
    return [...this.root.querySelectorAll('.training-group')].map((g) => ({
      heading: clean(g.querySelector('p')!.textContent),
      resources: [...g.querySelectorAll('li')].map((li) => clean(li.textContent)),
    }));
  }
}
