import { css } from 'lit';

/**
 * Design tokens and base rules shared by every element. Every colour, size and
 * font is a `--ksb-*` custom property so hosts can theme the elements; the
 * defaults follow UK public-sector patterns (clear type, large targets, a
 * yellow focus ring that works on light and dark backgrounds).
 */
export const baseStyles = css`
  :host {
    --_font: var(--ksb-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_text: var(--ksb-color-text, #0b0c0c);
    --_muted: var(--ksb-color-text-secondary, #505a5f);
    --_bg: var(--ksb-color-background, #ffffff);
    --_surface: var(--ksb-color-surface, #f3f2f1);
    --_border: var(--ksb-color-border, #b1b4b6);
    --_accent: var(--ksb-color-accent, #1d70b8);
    --_accent-text: var(--ksb-color-accent-contrast, #ffffff);
    --_success: var(--ksb-color-success, #00703c);
    --_error: var(--ksb-color-error, #d4351c);
    --_focus: var(--ksb-color-focus, #ffdd00);
    --_focus-text: var(--ksb-color-focus-text, #0b0c0c);
    --_radius: var(--ksb-radius, 0);
    --_space: var(--ksb-space, 1rem);
    --_target: var(--ksb-target-size, 2.75rem);
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--ksb-font-size, 1rem);
    line-height: 1.4;
    /*
     * break-word, not anywhere: both wrap a long word at the edge, but anywhere also
     * shrinks every min-content size, which made a framework's 1 MiB single word take
     * seconds to lay out. Flex and grid children that hold text set min-width: 0.
     */
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * What a host page sets on the element itself (a universal reset such as
   * "* { all: unset }" or "* { box-sizing: content-box !important; line-height: 8 }")
   * beats :host and flows into the shadow root. The box model and the text properties
   * that are not part of the theme are therefore set again on the content, which
   * outer rules cannot reach; font and colour stay themeable.
   */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :host > * {
    line-height: 1.4;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    white-space: normal;
    overflow-wrap: break-word;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 calc(var(--_space) * 0.5);
    line-height: 1.25;
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_focus-text);
  }
  button {
    font: inherit;
    min-height: var(--_target);
    padding: 0.5rem 1rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    cursor: pointer;
    box-shadow: 0 2px 0 #002d18;
  }
  button.secondary {
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 0 #929191;
  }
  button.link {
    min-height: auto;
    padding: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    box-shadow: none;
    text-align: start;
  }
  button:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 2px 0 var(--_focus-text);
    outline: 3px solid transparent;
  }
  button[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .error-panel {
    border: 5px solid var(--_error);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .error-panel ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-panel code {
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* The error summary of a failed submit and the inline errors come with their chunk (error-summary.ts). */
  .notice {
    border-inline-start: 10px solid var(--_border);
    padding: calc(var(--_space) * 0.5) var(--_space);
    margin-bottom: var(--_space);
  }
  .status {
    padding: var(--_space) 0;
    color: var(--_muted);
  }
  /* Note and evidence fields, and a note shown read-only (its line breaks kept). */
  textarea {
    display: block;
    width: 100%;
    font: inherit;
    padding: 0.5rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
  }
  .note-text {
    white-space: pre-wrap;
  }
  /*
   * Framework text may be right-to-left or hold bidi controls (U+202E and the like): each
   * run of it is isolated from the interface text beside it. Not plaintext: on a block
   * holding a very long word it made Chromium's layout take seconds.
   */
  bdi,
  .code,
  .title,
  .note-text,
  .statement {
    unicode-bidi: isolate;
  }
  /* An item's display code (K1, 2.10, HSC35) beside its statement. */
  .code {
    display: inline-block;
    min-width: 2.5em;
    padding: 0 0.25em;
    margin-inline-end: 0.25em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    font-variant-numeric: tabular-nums;
  }
  /* A labelled <progress> with its text, as the scan and the rater show it. */
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  progress {
    flex: 1 1 10rem;
    min-width: 0;
    height: 1rem;
    accent-color: var(--_accent);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
