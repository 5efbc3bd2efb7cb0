import { css } from 'lit';

export const profileBuilderStyles = css`
  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .preset-count {
    font-weight: normal;
  }
  .field {
    margin: 0 0 var(--_space);
  }
  .field label {
    display: block;
    font-weight: bold;
  }
  input[type='text'] {
    font: inherit;
    min-height: var(--_target);
    width: 100%;
    max-width: 40rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_bg);
  }
  input[type='text']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  fieldset.group {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  fieldset.group legend {
    font-weight: bold;
    padding: 0 0.25rem;
  }
  .group-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    margin: 0 0 calc(var(--_space) / 2);
  }
  ul.items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.item {
    padding: 0.25rem 0;
    border-top: 1px solid var(--_surface);
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .check input[type='checkbox'] {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.6rem 0.1rem;
    accent-color: var(--_accent);
  }
  .check label {
    padding: 0.5rem 0;
    min-height: var(--_target);
    cursor: pointer;
  }
  .code {
    font-weight: bold;
  }
  .reason {
    margin: 0 0 0.25rem 2.25rem;
  }
  .reason label {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .hint {
    color: var(--_muted);
  }
`;
