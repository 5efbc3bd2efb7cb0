import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../model/problems.js';
import type { Strings } from './localize.js';

const SHOWN = 20;

/** One unanswered question in an error summary: the message and how to reach the question. */
export interface SummaryProblem {
  /** Id of the question (its fieldset), for the link's fragment. */
  target: string;
  /** The message, naming the question ("Choose an answer for K1"). */
  text: string;
  /** Shows the question (switching section if needed) and focuses its first input. */
  go: () => void;
}

/** Id of the error summary, for `focusAfterRender`. */
export const ERROR_SUMMARY_ID = 'error-summary';

/**
 * The error summary of a failed submit (the GOV.UK pattern): a heading and a
 * link per problem, each moving focus to its question. It is not a live
 * region: the element focuses it after a failed submit, so it is read once,
 * and answering a question (which drops its link) announces nothing.
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

/**
 * The error state: an alert with a heading and the problems, each with where
 * it is. Problem text is rendered as text, never as markup.
 */
export function renderErrorPanel(strings: Strings, problems: Problem[], title = strings.errorTitle): TemplateResult {
  const errors = problems.filter((p) => p.severity === 'error');
  const shown = errors.slice(0, SHOWN);
  return html`<div class="error-panel" role="alert" part="error" tabindex="-1">
    <h2>${title}</h2>
    <p>${strings.errorIntro}</p>
    <ul>
      ${shown.map((p) => html`<li>${p.message} ${p.path !== '$' ? html`<code>${strings.problemAt(p.path)}</code>` : nothing}</li>`)}
    </ul>
    ${errors.length > SHOWN ? html`<p>${strings.moreProblems(errors.length - SHOWN)}</p>` : nothing}
  </div>`;
}
