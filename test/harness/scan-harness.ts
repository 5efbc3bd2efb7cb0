import { elementUpdated, fixture, type html } from '@open-wc/testing';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';

/**
 * Reads and drives a <skills-scan> the way a person would: by the visible
 * text of questions, options and buttons, not by internal state.
 */
export class ScanHarness {
  constructor(readonly el: SkillsScan) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** The question fieldsets shown. */
  questions(): HTMLFieldSetElement[] {
    return [...this.root.querySelectorAll<HTMLFieldSetElement>('fieldset.question')];
  }

  question(itemId: string): HTMLFieldSetElement {
    const q = this.root.querySelector<HTMLFieldSetElement>(`fieldset[data-item="${itemId}"]`);
    if (!q) throw new Error(`No question for ${itemId} is shown`);
    return q;
  }

  legend(itemId: string): string {
    return this.question(itemId).querySelector('legend')!.textContent!.replace(/\s+/g, ' ').trim();
  }

  /** Option labels of a question, in order. */
  optionLabels(itemId: string): string[] {
    return [...this.question(itemId).querySelectorAll('.option-label')].map((l) => l.textContent!.trim());
  }

  radio(itemId: string, label: string): HTMLInputElement {
    const option = [...this.question(itemId).querySelectorAll('.option')].find((o) => o.querySelector('.option-label')!.textContent!.trim() === label);
    if (!option) throw new Error(`${itemId} has no option "${label}"`);
    return option.querySelector('input')!;
  }

  /** The label of the checked option, or undefined. */
  checked(itemId: string): string | undefined {
    const input = this.question(itemId).querySelector<HTMLInputElement>('input:checked');
    return input?.closest('.option')!.querySelector('.option-label')!.textContent!.trim();
  }

  async answer(itemId: string, label: string): Promise<void> {
    this.radio(itemId, label).click();
    await elementUpdated(this.el);
  }

  button(text: string): HTMLButtonElement {
    const b = [...this.root.querySelectorAll('button')].find((x) => x.textContent!.replace(/\s+/g, ' ').trim() === text);
    if (!b) throw new Error(`No button "${text}"; buttons: ${[...this.root.querySelectorAll('button')].map((x) => x.textContent!.trim()).join(' | ')}`);
    return b;
  }

  async press(text: string): Promise<void> {
    this.button(text).click();
    await elementUpdated(this.el);
  }

  text(): string {
    return this.root.textContent!.replace(/\s+/g, ' ');
  }

  sectionTitle(): string {
    return this.root.querySelector('.section-title, #summary-title')!.textContent!.replace(/\s+/g, ' ').trim();
  }

  progressText(): string {
    return this.root.querySelector('#progress-text')!.textContent!.trim();
  }
}

/** Renders a scan fixture, waits for it, and wraps it in a harness. */
export async function scanFixture(template: ReturnType<typeof html>): Promise<{ el: SkillsScan; h: ScanHarness }> {
  const el = await fixture<SkillsScan>(template);
  await elementUpdated(el);
  return { el, h: new ScanHarness(el) };
}
