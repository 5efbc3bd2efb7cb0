import { css } from 'lit';

export const dreyfusRaterStyles = css`
  .header {
    margin-bottom: var(--_space);
  }
  .title {
    font-size: 1.5em;
  }
  .level-line,
  .about {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .hint,
  .pay {
    color: var(--_muted);
  }
  .scoring {
    background: var(--_surface);
    border-inline-start: 5px solid var(--_accent);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .scoring .steps {
    margin: 0 0 calc(var(--_space) * 0.75);
    padding-inline-start: 1.5rem;
  }
  .scoring .steps li {
    margin-bottom: 0.25rem;
  }
  details > summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    min-height: var(--_target);
    display: list-item;
    padding-block: 0.6rem;
  }
  details[open] > summary {
    margin-bottom: 0;
  }
  .scoring details p:last-child {
    margin-bottom: 0;
  }
  .scoring > :last-child {
    margin-bottom: 0;
  }
  details > summary:focus-visible {
    color: var(--_focus-text);
    background: var(--_focus);
    text-decoration: none;
    outline: 3px solid transparent;
  }
  .section-title {
    margin-top: calc(var(--_space) * 1.5);
    font-size: 1.25em;
  }
  /*
   * Competencies in runs of ten: a run off screen skips style, layout and paint while staying in
   * the page (findable, focusable, in the accessibility tree); each is about 40rem tall.
   */
  .competency-block {
    content-visibility: auto;
    contain-intrinsic-size: auto calc(var(--_competencies, 1) * 40rem);
  }
  .competency {
    border: 0;
    margin: 0;
    padding: 0 0 calc(var(--_space) * 1.5);
    min-width: 0;
  }
  /* The rule sits on the legend: a fieldset's own border is broken by it. */
  .legend {
    display: block;
    width: 100%;
    padding: var(--_space) 0 0;
    border-top: 1px solid var(--_border);
    white-space: normal;
  }
  .competency-title {
    font-size: 1.25em;
    margin-bottom: 0.25rem;
  }
  .guidance {
    border-inline-start: 5px solid var(--_border);
    padding: 0 var(--_space) 0.25rem;
    margin-bottom: calc(var(--_space) * 0.75);
  }
  .points {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: 0.5rem;
    margin-bottom: calc(var(--_space) * 0.75);
  }
  .point {
    display: grid;
    grid-template-columns: auto 1fr;
    grid-template-areas: 'radio name' 'desc desc';
    align-items: center;
    align-content: start;
    gap: 0.25rem 0.5rem;
    min-height: var(--_target);
    padding: 0.5rem 0.75rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .point input {
    grid-area: radio;
    width: 1.75rem;
    height: 1.75rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .point-name {
    grid-area: name;
    font-weight: bold;
  }
  .point-value {
    display: inline-block;
    min-width: 1.75em;
    text-align: center;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-variant-numeric: tabular-nums;
  }
  .point-desc {
    grid-area: desc;
    font-size: 0.9375em;
  }
  .reserved {
    display: block;
    margin-top: 0.25rem;
    color: var(--_muted);
  }
  .point:hover {
    border-color: var(--_text);
  }
  .point.chosen {
    border: 4px solid var(--_accent);
    padding: calc(0.5rem - 2px) calc(0.75rem - 2px) calc(0.75rem - 2px);
    background: var(--_surface);
  }
  .point:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_focus-text);
  }
  .point input:focus-visible {
    box-shadow: none;
    outline-offset: 2px;
  }
  .chosen-mark {
    border-inline-start: 10px solid var(--_border);
    padding: 0.5rem var(--_space);
    margin-bottom: 0.5rem;
  }
  .chosen-mark.is-chosen {
    border-inline-start-color: var(--_accent);
    background: var(--_surface);
  }
  .chosen-mark p:last-child {
    margin-bottom: 0;
  }
  .note {
    margin-top: 0.5rem;
  }
  .note-label {
    display: block;
    font-weight: bold;
  }
  .note .hint {
    display: block;
    margin-bottom: 0.25rem;
  }
  .summary {
    border-top: 3px solid var(--_text);
    padding-top: var(--_space);
    margin-top: var(--_space);
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible {
    color: var(--_focus-text);
    background: var(--_focus);
    text-decoration: none;
    outline: 3px solid transparent;
  }
  @media (forced-colors: active) {
    .point.chosen,
    .chosen-mark.is-chosen {
      border-color: Highlight;
    }
    .point:has(input:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
