import { html, svg, type TemplateResult } from 'lit';

/** One bar: a label and a count. */
export interface ChartBar {
  label: string;
  count: number;
}

const ROW = 26;
const LABEL_WIDTH = 150;
const BAR_MAX = 130;

/**
 * A horizontal bar chart in plain SVG (no library), with its numbers in a
 * text alternative (`role="img"` and a `<title>`) and printed beside each bar,
 * so nothing depends on colour or on seeing the shapes.
 */
export function renderRatingChart(title: string, bars: ChartBar[], describe: (bar: ChartBar) => string): TemplateResult {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const height = bars.length * ROW;
  const alt = `${title}: ${bars.map(describe).join(', ')}`;
  return html`<svg
    part="chart"
    class="chart"
    viewBox="0 0 320 ${height}"
    width="100%"
    role="img"
    aria-label=${alt}
    preserveAspectRatio="xMinYMin meet"
  >
    <title>${alt}</title>
    ${bars.map((bar, i) => {
      const y = i * ROW;
      const width = (bar.count / max) * BAR_MAX;
      return svg`<g>
        <text x="0" y=${y + 17} class="chart-label">${bar.label}</text>
        <rect x=${LABEL_WIDTH} y=${y + 4} width=${Math.max(width, 1)} height=${ROW - 8} class="chart-bar"></rect>
        <text x=${LABEL_WIDTH + width + 6} y=${y + 17} class="chart-count">${bar.count}</text>
      </g>`;
    })}
  </svg>`;
}
