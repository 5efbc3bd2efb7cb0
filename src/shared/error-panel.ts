import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../model/problems.js';
import type { Strings } from './localize.js';

const SHOWN = 20;

/** One unanswered question in an error summary (`error-summary.ts`): the message and how to reach the question. */
export interface SummaryProblem {
  /** Id of the question (its fieldset), for the link's fragment. */
  target: string;
  /** The message, naming the question ("Choose an answer for K1"). */
  text: string;
  /** Shows the question (switching section if needed) and focuses its first input. */
  go: () => void;
}

/** Id of the error summary (rendered by the `error-summary.ts` chunk), for `focusAfterRender`. */
export const ERROR_SUMMARY_ID = 'error-summary';

/** A button in an error panel that does something about it ("Try again"). */
export interface PanelAction {
  label: string;
  run: () => void;
}

/**
 * The error state: an alert with a heading, an introduction and the problems,
 * each with where it is, and optionally a button that acts on it. Problem
 * text is rendered as text, never as markup.
 */
export function renderErrorPanel(strings: Strings, problems: Problem[], title = strings.errorTitle, intro = strings.errorIntro, action?: PanelAction): TemplateResult {
  const errors = problems.filter((p) => p.severity === 'error');
  const shown = errors.slice(0, SHOWN);
  return html`<div class="error-panel" role="alert" part="error" tabindex="-1">
    <h2>${title}</h2>
    <p>${intro}</p>
    <ul>
      ${shown.map((p) => html`<li>${p.message} ${p.path !== '$' ? html`<code>${strings.problemAt(p.path)}</code>` : nothing}</li>`)}
    </ul>
    ${errors.length > SHOWN ? html`<p>${strings.moreProblems(errors.length - SHOWN)}</p>` : nothing}
    ${action ? html`<button type="button" class="secondary" part="retry" @click=${action.run}>${action.label}</button>` : nothing}
  </div>`;
}
