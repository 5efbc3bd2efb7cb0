import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/ksb-matrix/ksb-matrix.js';
import '../src/elements/skills-scan/skills-scan.js';
import '../src/elements/ksb-framework/ksb-framework.js';
import { ahp, pwp, sampleResult, somerset, st0958, str } from './story-data.js';

const meta: Meta = {
  title: 'Elements/ksb-matrix',
  component: 'ksb-matrix',
  parameters: {
    docs: {
      description: {
        component:
          'A framework as a matrix, and with results a learning progress tracker. Arrow keys, Home and End move through the grid from one tab stop; Enter or Space selects (`ksb-select`).',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const log = (e: Event) => console.log(e.type, (e as CustomEvent).detail);

export const DutiesByKsbs: Story = {
  name: 'ST0958: duties × KSBs',
  render: () => html`<ksb-matrix .framework=${st0958} @ksb-select=${log}></ksb-matrix>`,
};

export const DutiesByKsbsWithProgress: Story = {
  name: 'ST0958: duties × KSBs with progress and a baseline',
  render: () => {
    const baseline = sampleResult(st0958, 92, { values: [1, 2, 3, 2], date: '2026-01-10T10:00:00Z' });
    const latest = sampleResult(st0958, 92, { values: [4, 5, 3, 4, null, 2], date: '2026-06-10T10:00:00Z' });
    return html`<ksb-matrix .framework=${st0958} .results=${latest} .baseline=${baseline}></ksb-matrix>`;
  },
};

export const PwpKsbsByDuties: Story = {
  name: 'PWP: KSBs × duties (transposed) with progress',
  render: () => html`<ksb-matrix .framework=${pwp} rows="knowledge skill behaviour" columns="duty" .results=${sampleResult(pwp, 40)}></ksb-matrix>`,
};

export const AhpLevels: Story = {
  name: 'AHP: competencies × levels',
  render: () => html`<ksb-matrix .framework=${ahp} rows="competency" columns="levels"></ksb-matrix>`,
};

export const SomersetRubrics: Story = {
  name: 'Somerset: competencies × Dreyfus levels, rated',
  render: () => {
    const rated = sampleResult(somerset, 6, { types: ['competency'], values: [3, 2, 4, 1, 3, 5], scale: 'dreyfus' });
    return html`<ksb-matrix .framework=${somerset} rows="competency" columns="scale" .results=${rated}></ksb-matrix>`;
  },
};

export const StrCoreTasksByNos: Story = {
  name: 'STR: core tasks × NOS with KSF and ESC links',
  render: () => html`<ksb-matrix .framework=${str} rows="core-task" columns="nos"></ksb-matrix>`,
};

export const NarrowScreen: Story = {
  name: 'Narrow screen (list layout)',
  render: () => html`<div style="max-width: 320px"><ksb-matrix .framework=${st0958} .results=${sampleResult(st0958, 50)}></ksb-matrix></div>`,
};

export const FollowsAScan: Story = {
  name: 'Follows a scan live inside <ksb-framework>',
  render: () => html`<ksb-framework src="frameworks/st0958.json">
    <ksb-matrix></ksb-matrix>
    <skills-scan></skills-scan>
  </ksb-framework>`,
};

export const Welsh: Story = {
  name: 'Welsh interface',
  render: () => html`<ksb-matrix lang="cy" .framework=${st0958} .results=${sampleResult(st0958, 30)}></ksb-matrix>`,
};

export const ErrorState: Story = {
  name: 'Error: invalid framework',
  render: () => html`<ksb-matrix framework='{"format":"ksb-framework/1","id":"x","version":"1","title":"X","items":[{"id":"D1","type":"duty"}]}'></ksb-matrix>`,
};
