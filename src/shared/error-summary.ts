/**
 * The error summary and inline errors of a failed submit of a `required`
 * `<skills-scan>` or `<dreyfus-rater>` (the GOV.UK pattern), with their CSS.
 * A chunk of its own: only a failed submit shows them, so the elements
 * prefetch it when `required` is set and each update that shows errors waits
 * for it (`lazyChunks` in `./result-element.ts`).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ERROR_SUMMARY_ID, type SummaryProblem } from './error-panel.js';
import type { Strings } from './localize.js';

/**
 * The error summary: a heading and a link per problem, each moving focus to
 * its question. It is not a live region: the element focuses it after a
 * failed submit, so it is read once, and answering a question (which drops
 * its link) announces nothing.
 */
export function renderErrorSummary(strings: Strings, problems: SummaryProblem[]): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  const follow = (e: Event, p: SummaryProblem) => {
    e.preventDefault();
    p.go();
  };
  return html`<div class="error-summary" part="error-summary" id=${ERROR_SUMMARY_ID} tabindex="-1" role="group" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${strings.errorSummaryTitle}</h2>
    <ul class="error-summary-list">
      ${problems.map((p) => html`<li><a href="#${p.target}" @click=${(e: Event) => follow(e, p)}>${p.text}</a></li>`)}
    </ul>
  </div>`;
}

/** A question's inline error message; the question's inputs name `id` in `aria-describedby`. */
export function renderInlineError(strings: Strings, id: string, text: string): TemplateResult {
  return html`<p class="error-message" id=${id}><span class="visually-hidden">${strings.errorPrefix} </span>${text}</p>`;
}

/** Styles of the summary, the inline errors and the questions that carry one, added with `adoptChunkStyles`. */
export const errorSummaryStyles = css`
  .error-summary {
    border: 5px solid var(--_error);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: bold;
  }
  .error-summary a:focus-visible {
    color: var(--_focus-text);
    background: var(--_focus);
    outline: 3px solid transparent;
    box-shadow: 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .error-message {
    margin: 0 0 0.5rem;
    color: var(--_error);
    font-weight: bold;
  }
  fieldset.invalid {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: calc(var(--_space) * 0.75);
  }
`;
