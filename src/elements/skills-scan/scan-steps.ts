/**
 * The stepper's navigation of `<skills-scan>`: the list of steps (each
 * section with its answers counted, then the review) and the Previous / Next
 * buttons. Rendered from what the element passes; going to a step is the
 * element's (`goTo`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { countAnswers, type AnswerValues } from '../../model/summary.js';
import type { ScanSection } from '../../model/sections.js';
import type { Strings } from '../../shared/localize.js';

/** The steps as a list of buttons, the current one marked `aria-current="step"`. */
export function renderStepNav(s: Strings, sections: readonly ScanSection[], step: number, values: AnswerValues, goTo: (step: number) => void): TemplateResult {
  const steps = [...sections.map((x) => x.label), s.review];
  return html`<nav part="nav" aria-label=${s.sections}>
    <ol class="steps">
      ${steps.map((label, i) => {
        const c = i < sections.length ? countAnswers(values, sections[i].items.map((it) => it.id)) : undefined;
        return html`<li>
          <button type="button" class="step-link ${i === step ? 'current' : ''}" aria-current=${i === step ? 'step' : nothing} @click=${() => goTo(i)}>
            <span class="step-label">${label}</span>
            ${c ? html`<span class="step-count">${s.sectionProgress(c.answered, c.total)}</span>` : nothing}
          </button>
        </li>`;
      })}
    </ol>
  </nav>`;
}

/** Previous (from the second step) and Next, or "Review answers" before the summary (`last`: the number of sections). */
export function renderStepButtons(s: Strings, step: number, last: number, goTo: (step: number) => void): TemplateResult {
  return html`<div class="step-buttons">
    ${step > 0 ? html`<button part="button" type="button" class="secondary" @click=${() => goTo(step - 1)}>${s.previous}</button>` : nothing}
    ${step < last ? html`<button part="button" type="button" @click=${() => goTo(step + 1)}>${step === last - 1 ? s.review : s.next}</button>` : nothing}
  </div>`;
}
