import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../src/elements/ksb-matrix/ksb-matrix.js';
import '../src/elements/skills-scan/skills-scan.js';
import { darkPalette, darkThemeCss, type Palette } from './dark-theme.js';
import { loadFrameworks, sampleResult, withFrameworks } from './story-data.js';

const meta: Meta<Palette> = {
  title: 'Theming/Dark theme',
  loaders: [loadFrameworks],
  args: darkPalette,
  argTypes: Object.fromEntries(Object.keys(darkPalette).map((k) => [k, { control: 'color' }])),
  parameters: {
    docs: {
      description: {
        component:
          'A dark theme set entirely from the host page: the `--ksb-*` custom properties on a wrapper, and `::part()` rules for shapes the tokens do not cover. Change the colours in Controls; the Accessibility panel checks the contrast.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Palette>;

export const DarkScan: Story = {
  name: 'Dark: skills scan by duty, partly answered',
  render: withFrameworks<Palette>(({ st0958 }, palette) => html`<style>${darkThemeCss(palette)}</style>
    <div class="ksb-dark"><skills-scan .framework=${st0958} group-by="duty" .value=${sampleResult(st0958, 6)}></skills-scan></div>`),
};

export const DarkSummary: Story = {
  name: 'Dark: scan summary with charts',
  render: withFrameworks<Palette>(({ pwp }, palette) => html`<style>${darkThemeCss(palette)}</style>
    <div class="ksb-dark"><skills-scan .framework=${pwp} .value=${{ ...sampleResult(pwp, 40), position: { section: 'summary' } }}></skills-scan></div>`),
};

export const DarkRaterAndMatrix: Story = {
  name: 'Dark: rater and matrix with progress',
  render: withFrameworks<Palette>(({ somerset }, palette) => {
    const rated = sampleResult(somerset, 6, { types: ['competency'], values: [3, 2, 4, 1, 3, 5], scale: 'dreyfus' });
    return html`<style>${darkThemeCss(palette)}</style>
      <div class="ksb-dark">
        <dreyfus-rater .framework=${somerset} level="early" .value=${{ ...rated, submitted: undefined }}></dreyfus-rater>
        <ksb-matrix .framework=${somerset} rows="competency" columns="scale" .results=${rated}></ksb-matrix>
      </div>`;
  }),
};
