// The dark theme of the theming stories and docs: a palette and the host page's stylesheet.

/** A palette for the `--ksb-*` colour tokens. */
export interface Palette {
  background: string;
  surface: string;
  text: string;
  textSecondary: string;
  border: string;
  accent: string;
  accentContrast: string;
  success: string;
  error: string;
}

/**
 * The dark palette: text colours meet WCAG 2.2 AA (4.5:1) on both the
 * background and the surface, borders and the focus ring 3:1.
 */
export const darkPalette: Palette = {
  background: '#1b1c1e',
  surface: '#2b2d31',
  text: '#f3f2f1',
  textSecondary: '#c8ccd0',
  border: '#8d949a',
  accent: '#8cc4ff',
  accentContrast: '#0b0c0c',
  success: '#6fd39a',
  error: '#ff9585',
};

/** The host page's stylesheet for the dark theme: tokens on a wrapper, and ::part rules for what tokens do not cover. */
export const darkThemeCss = (p: Palette = darkPalette) => `
.ksb-dark {
  color-scheme: dark;
  background: ${p.background};
  color: ${p.text};
  padding: 1.5rem;
  --ksb-color-background: ${p.background};
  --ksb-color-surface: ${p.surface};
  --ksb-color-text: ${p.text};
  --ksb-color-text-secondary: ${p.textSecondary};
  --ksb-color-border: ${p.border};
  --ksb-color-accent: ${p.accent};
  --ksb-color-accent-contrast: ${p.accentContrast};
  --ksb-color-success: ${p.success};
  --ksb-color-error: ${p.error};
  --ksb-color-met: ${p.success};
  --ksb-color-focus: #ffdd00;
  --ksb-color-focus-text: #0b0c0c;
  --ksb-radius: 6px;
  --ksb-font-family: Georgia, 'Times New Roman', serif;
}
/* ::part styling: a rule under the header, rounded question cards, pill buttons. */
.ksb-dark skills-scan::part(header),
.ksb-dark dreyfus-rater::part(header) {
  border-block-end: 4px solid ${p.accent};
  padding-block-end: 0.5rem;
}
.ksb-dark skills-scan::part(question),
.ksb-dark dreyfus-rater::part(competency) {
  background: ${p.surface};
  border-radius: 12px;
  padding: 1rem;
}
.ksb-dark ::part(button) {
  border-radius: 999px;
}
.ksb-dark ksb-matrix::part(column-header),
.ksb-dark ksb-matrix::part(row-header) {
  background: ${p.surface};
}
`;
