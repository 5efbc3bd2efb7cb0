import { html, type TemplateResult } from 'lit';

/** A labelled progress bar with its text (items answered, ratings agreed), as every element that gathers input shows it. */
export function renderProgressBar(label: string, text: string, done: number, total: number): TemplateResult {
  return html`<div class="progress">
    <label id="progress-label" for="progress">${label}</label>
    <progress id="progress" part="progress" max=${Math.max(total, 1)} .value=${done} aria-describedby="progress-text"></progress>
    <span id="progress-text">${text}</span>
  </div>`;
}
