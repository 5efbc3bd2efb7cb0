import { css } from 'lit';

export const ksbReviewStyles = css`
  .header {
    margin-bottom: var(--_space);
  }
  .hint {
    color: var(--_muted);
  }
  section {
    margin-block: calc(var(--_space) * 1.5);
  }
  .record dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.25rem 1rem;
    margin: 0 0 var(--_space);
  }
  .record dl > div {
    display: contents;
  }
  .record dt {
    font-weight: bold;
  }
  .record dd {
    margin: 0;
    min-width: 0;
  }
  .sources {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .digest {
    overflow-wrap: anywhere;
    font-size: 0.875em;
  }
  .quick {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-bottom: 0.5rem;
  }
  .quick h4 {
    flex-basis: 100%;
    margin: 0;
  }
  .taken:empty {
    display: none;
  }
  .filter {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_target);
    margin-bottom: var(--_space);
  }
  .filter input {
    width: 1.5rem;
    height: 1.5rem;
    accent-color: var(--_accent);
  }
  /* Positioned, so the visually hidden labels in a scrolled table stay inside it (not widening the page). */
  .table-scroll {
    position: relative;
    overflow-x: auto;
    margin-bottom: var(--_space);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: bold;
    font-size: 1.125em;
    padding-block: 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    background: var(--_surface);
  }
  .comparison tbody th {
    font-weight: normal;
    min-width: 12rem;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tr[part~='disagreement'] > th {
    border-inline-start: 5px solid var(--_error);
  }
  .flag {
    white-space: nowrap;
  }
  .flag.flagged {
    font-weight: bold;
  }
  select,
  input[type='text'],
  input[type='date'] {
    font: inherit;
    min-height: var(--_target);
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    max-width: 100%;
  }
  select.invalid,
  input.invalid {
    border-color: var(--_error);
  }
  .reason {
    margin-top: 0.5rem;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .reason label {
    font-weight: bold;
  }
  .reason-text {
    margin: 0.25rem 0 0;
  }
  .party-chart {
    margin: 0 0 var(--_space);
  }
  .chart {
    display: block;
    max-width: 32rem;
  }
  .chart-section {
    font-size: 13px;
    font-weight: bold;
    fill: var(--_text);
  }
  .chart-label,
  .chart-count {
    font-size: 12px;
    fill: var(--_text);
  }
  .chart-bar {
    fill: var(--_accent);
  }
  .bar-1 {
    fill: var(--_text);
  }
  .bar-2 {
    fill: var(--_muted);
  }
  .plan-group h4 {
    margin-top: var(--_space);
  }
  .plan-group ul {
    padding-inline-start: 1.25rem;
  }
  .plan-group li {
    margin-bottom: 0.25rem;
  }
  fieldset.signoff {
    border: 1px solid var(--_border);
    padding: var(--_space);
    margin: 0 0 var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: bold;
    padding-inline: 0.25rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-bottom: 0.75rem;
  }
  .field label {
    font-weight: bold;
  }
  .signed {
    font-weight: bold;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .print-only {
    display: none;
  }
  @media screen {
    tr.filtered {
      display: none;
    }
  }
  /* Printed (or saved as PDF) as the evidence record: every row, every figure, nothing to click. */
  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 10pt;
    }
    button,
    select,
    input,
    .quick,
    .taken,
    .filter,
    .reason label,
    .reason .hint,
    .table-scroll:focus-visible {
      display: none !important;
    }
    .print-only {
      display: inline;
    }
    .reason .print-only {
      display: block;
    }
    .table-scroll {
      overflow: visible;
    }
    tr {
      break-inside: avoid;
    }
    fieldset.signoff {
      break-inside: avoid;
    }
  }
`;
