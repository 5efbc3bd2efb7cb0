import { css } from 'lit';

export const skillsScanStyles = css`
  .header {
    margin-bottom: var(--_space);
  }
  .title {
    font-size: 1.5em;
  }
  .hint,
  .step-count,
  .step-of,
  .option-hint {
    color: var(--_muted);
  }
  .steps {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .step-link {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    text-align: start;
    background: var(--_surface);
    color: var(--_text);
    box-shadow: none;
    border: 2px solid var(--_border);
  }
  .step-link.current {
    border-color: var(--_accent);
    border-width: 2px 2px 5px;
    font-weight: bold;
  }
  .step-link .step-count {
    font-weight: normal;
    font-size: 0.875em;
  }
  .step-of {
    display: block;
    font-size: 0.75em;
    font-weight: normal;
  }
  .section-title:focus-visible,
  #summary-title:focus-visible {
    box-shadow: none;
  }
  .question-block {
    /*
     * Off-screen runs of questions skip style and layout until scrolled near (they stay in the
     * accessibility tree, findable and focusable); in runs, the page lays out and watches 120 boxes
     * for 3,000 questions, not 3,000.
     */
    content-visibility: auto;
    contain-intrinsic-size: auto calc(var(--_questions, 1) * 14rem);
  }
  .question {
    border: 0;
    border-top: 1px solid var(--_border);
    margin: 0;
    padding: var(--_space) 0;
    min-width: 0;
  }
  /*
   * Floated, the legend is laid out as content rather than in the fieldset's top border, so the
   * rule between questions runs whole above it instead of on from its end.
   */
  .legend {
    float: inline-start;
    width: 100%;
    font-weight: bold;
    padding: 0;
    margin-bottom: 0.5rem;
    white-space: normal;
  }
  .legend + * {
    clear: both;
  }
  .elements {
    margin: 0 0 0.5rem;
  }
  /*
   * Options wrap as whole boxes: each is at least as wide as its longest word (a flex item's
   * automatic minimum), so no label's word is split, and at most the element's width, so only a
   * word wider than the element itself may break.
   */
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .option {
    display: flex;
    flex: 1 1 8rem;
    max-width: 100%;
    align-items: flex-start;
    gap: 0.5rem;
    min-height: var(--_target);
    padding: 0.25rem 0;
  }
  .option input {
    flex: none;
    width: 1.75rem;
    height: 1.75rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .option-text {
    display: flex;
    flex-direction: column;
    /* Inside an option held at the element's width, a word wider than the element may break. */
    min-width: 0;
    padding-top: 0.2rem;
  }
  .option-label {
    cursor: pointer;
  }
  .option-hint {
    font-size: 0.875em;
  }
  .scale-key {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.5rem 1rem;
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface);
  }
  .scale-key dt {
    font-weight: bold;
  }
  .scale-key dd {
    margin: 0;
    font-size: 0.875em;
  }
  .note {
    margin-top: 0.5rem;
  }
  .note-label {
    display: block;
    margin: 0.5rem 0 0.25rem;
  }
  .step-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    margin-top: var(--_space);
  }
  .summary {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }
  @media (forced-colors: active) {
    .step-link.current {
      border-color: Highlight;
    }
  }
`;
