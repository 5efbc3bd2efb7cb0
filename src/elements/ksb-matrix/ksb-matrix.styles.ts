import { css } from 'lit';

/** The element's own styles; the progress parts and the list layout bring theirs with their chunks. */
export const ksbMatrixStyles = css`
  :host {
    --_met: var(--ksb-color-met, var(--_success));
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem 1.5rem;
    margin-bottom: var(--_space);
  }
  .filter {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 14rem;
  }
  .filter input {
    font: inherit;
    min-height: var(--_target);
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    width: 100%;
  }
  .hint,
  .row-detail,
  .col-detail,
  .col-links,
  .qualifier {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .types {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .types legend {
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: var(--_target);
  }
  .toggle input {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_accent);
  }
  .mark {
    font-size: 1.15em;
    display: inline-block;
    min-width: 1.2em;
    text-align: center;
  }
  .scroller {
    /* Contains the absolutely positioned screen-reader text so it scrolls and clips with the table. */
    position: relative;
    overflow: auto;
    max-height: var(--ksb-matrix-max-height, 75vh);
    border: 1px solid var(--_border);
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    font-size: 0.9375em;
  }
  caption {
    text-align: start;
    font-weight: bold;
    padding: 0.5rem;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    border-inline-end: 1px solid var(--_border);
    padding: 0.35rem 0.5rem;
    vertical-align: top;
    text-align: start;
    background: var(--_bg);
  }
  td.link,
  td.empty {
    text-align: center;
    vertical-align: middle;
  }
  td.text {
    min-width: 14rem;
    max-width: 24rem;
  }
  thead th,
  thead td {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_surface);
    vertical-align: bottom;
  }
  tbody th,
  tfoot th {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_surface);
    min-width: 10rem;
    max-width: 22rem;
    font-weight: normal;
  }
  thead .corner {
    inset-inline-start: 0;
    z-index: 3;
  }
  .row-label,
  .col-label {
    font-weight: bold;
    display: block;
  }
  thead th[part='column-header'] {
    min-width: var(--_target);
  }
  .col-label {
    white-space: nowrap;
  }
  .row-detail,
  .col-detail,
  .col-links {
    display: block;
  }
  .group-row th {
    position: static;
    background: var(--_bg);
    font-weight: bold;
    padding-top: 0.75rem;
    max-width: none;
  }
  [aria-selected='true'] {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  th:focus-visible,
  td:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 5px var(--_focus-text);
  }
  td.link .mark {
    color: var(--_met);
  }
  .total {
    min-width: 8rem;
  }
  @media (forced-colors: active) {
    [aria-selected='true'] {
      outline-color: Highlight;
    }
  }
`;
