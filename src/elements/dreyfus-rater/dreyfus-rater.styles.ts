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
  .trend {
    margin-bottom: calc(var(--_space) * 0.75);
  }
  .trend-title {
    margin-bottom: 0.25rem;
  }
  .trend-body {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem 1rem;
  }
  .trend-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .trend-list .now {
    font-weight: bold;
  }
  .sparkline {
    flex: none;
    border: 1px solid var(--_border);
  }
  .spark-line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .spark-dot {
    fill: var(--_bg);
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .spark-dot.now {
    fill: var(--_accent);
  }
  .spark-target {
    stroke: var(--_muted);
    stroke-dasharray: 3 3;
  }
  .summary {
    border-top: 3px solid var(--_text);
    padding-top: var(--_space);
    margin-top: var(--_space);
  }
  .summary h4 {
    margin-top: calc(var(--_space) * 1.25);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: var(--_space);
  }
  .table-title {
    font-size: 1em;
  }
  th,
  td {
    /* Words stay whole in cells, so narrow columns do not split "Rating". */
    overflow-wrap: break-word;
    hyphens: auto;
    text-align: start;
    vertical-align: top;
    padding: 0.5rem 0.5rem 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  /* Decorative marks: the words beside them say the same; the alt text keeps them silent. */
  .against {
    display: block;
    font-size: 0.875em;
  }
  .at-target::before {
    content: '✓ ';
    content: '✓ ' / '';
    color: var(--_success);
  }
  .below-target::before {
    content: '✗ ';
    content: '✗ ' / '';
    color: var(--_error);
  }
  .table-scroll {
    overflow-x: auto;
    margin-bottom: var(--_space);
  }
  .table-scroll table {
    margin-bottom: 0;
  }
  .table-scroll .levels-table {
    min-width: 34rem;
  }
  .table-scroll:focus-visible {
    box-shadow: none;
  }
  .attained {
    border: 3px solid var(--_success);
    padding: calc(var(--_space) * 0.75) var(--_space) calc(var(--_space) * 0.25);
    margin-bottom: var(--_space);
  }
  .attained-row th,
  .attained-row td {
    font-weight: bold;
  }
  .missing {
    padding-inline-start: 1.25rem;
  }
  .training-group .hint {
    display: block;
  }
  .training-group ul {
    padding-inline-start: 1.25rem;
  }
  .training-group li {
    margin-bottom: 0.25rem;
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
  .submit {
    background: var(--_success);
    font-weight: bold;
  }
  @media (forced-colors: active) {
    .point.chosen,
    .chosen-mark.is-chosen {
      border-color: Highlight;
    }
    .point:has(input:focus-visible) {
      outline-color: Highlight;
    }
    .spark-line,
    .spark-dot,
    .spark-target {
      stroke: CanvasText;
    }
    .spark-dot.now {
      fill: CanvasText;
    }
    .attained {
      border-color: CanvasText;
    }
  }
`;
