import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/ksb-matrix/ksb-matrix.js';
import { frameworkUrl, frameworkUrls, loadFrameworks, sampleCohort, sampleResult, withFrameworks } from './story-data.js';
import { longTextFramework, narrow, whileLoading, type StoryExpectation } from './story-support.js';

const meta: Meta = {
  title: 'Elements/ksb-matrix',
  component: 'ksb-matrix',
  loaders: [loadFrameworks],
  argTypes: {
    src: { control: 'select', options: frameworkUrls },
    layout: { control: 'inline-radio', options: ['auto', 'table', 'list'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'cy'] },
  },
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
  render: withFrameworks(({ st0958 }) => html`<ksb-matrix .framework=${st0958} @ksb-select=${log}></ksb-matrix>`),
};

export const DutiesByKsbsWithProgress: Story = {
  name: 'ST0958: duties × KSBs with progress and a baseline',
  render: withFrameworks(({ st0958 }) => {
    const baseline = sampleResult(st0958, 92, { values: [1, 2, 3, 2], date: '2026-01-10T10:00:00Z' });
    const latest = sampleResult(st0958, 92, { values: [4, 5, 3, 4, null, 2], date: '2026-06-10T10:00:00Z' });
    return html`<ksb-matrix .framework=${st0958} .results=${latest} .baseline=${baseline}></ksb-matrix>`;
  }),
};

/** A provider's cohort view: learners as rows, each KSB's latest rating, progress per learner and per KSB. */
export const Cohort: Story = {
  name: 'Cohort: 10 learners × ST0958 KSBs',
  render: withFrameworks(({ st0958 }) => html`<ksb-matrix rows="results" .framework=${st0958} .results=${sampleCohort(st0958, 10)} @ksb-select=${log}></ksb-matrix>`),
};

export const CohortByDuty: Story = {
  name: 'Cohort: by duty (KSBs met of each)',
  render: withFrameworks(({ st0958 }) => html`<ksb-matrix rows="results" columns="duty" .framework=${st0958} .results=${sampleCohort(st0958, 10)}></ksb-matrix>`),
};

export const CohortBySection: Story = {
  name: 'Cohort: by section, sorted by Skills',
  render: withFrameworks(({ st0958 }) => {
    const el = document.createElement('ksb-matrix');
    Object.assign(el, { rows: 'results', columns: 'sections', framework: st0958, results: sampleCohort(st0958, 10) });
    // Sorted as a provider would by choosing the Skills heading.
    el.updateComplete.then(() => el.shadowRoot?.querySelector<HTMLElement>('thead th[data-c="2"]')?.click());
    return el;
  }),
};

export const CohortChangeSinceBaseline: Story = {
  name: 'Cohort: change since each learner’s baseline',
  render: withFrameworks(({ st0958 }) => {
    const baseline = sampleCohort(st0958, 10, { date: '2026-09-01T10:00:00Z' });
    const now = sampleCohort(st0958, 10, { shift: 1, date: '2026-12-01T10:00:00Z' });
    return html`<ksb-matrix rows="results" show="change" .framework=${st0958} .results=${now} .baseline=${baseline}></ksb-matrix>`;
  }),
};

export const CohortLarge: Story = {
  name: 'Cohort: 500 learners (windowed)',
  render: withFrameworks(({ st0958 }) => html`<ksb-matrix rows="results" .framework=${st0958} .results=${sampleCohort(st0958, 500)} style="--ksb-matrix-max-height: 70vh"></ksb-matrix>`),
};

export const CohortEmpty: Story = {
  name: 'Cohort: no results yet',
  render: withFrameworks(({ st0958 }) => html`<ksb-matrix rows="results" .framework=${st0958}></ksb-matrix>`),
};

export const PwpKsbsByDuties: Story = {
  name: 'PWP: KSBs × duties (transposed) with progress',
  render: withFrameworks(({ pwp }) => html`<ksb-matrix .framework=${pwp} rows="knowledge skill behaviour" columns="duty" .results=${sampleResult(pwp, 40)}></ksb-matrix>`),
};

export const AhpLevels: Story = {
  name: 'AHP: competencies × levels',
  render: withFrameworks(({ ahp }) => html`<ksb-matrix .framework=${ahp} rows="competency" columns="levels"></ksb-matrix>`),
};

export const SomersetRubrics: Story = {
  name: 'Somerset: competencies × Dreyfus levels, rated',
  render: withFrameworks(({ somerset }) => {
    const rated = sampleResult(somerset, 6, { types: ['competency'], values: [3, 2, 4, 1, 3, 5], scale: 'dreyfus' });
    return html`<ksb-matrix .framework=${somerset} rows="competency" columns="scale" .results=${rated}></ksb-matrix>`;
  }),
};

export const StrCoreTasksByNos: Story = {
  name: 'STR: core tasks × NOS with KSF and ESC links (a role profile: areas 1.1 to 1.3, the 18 most important NOS)',
  parameters: {
    docs: {
      description: {
        story:
          'The whole STR matrix is 108 core tasks by 85 NOS (pick `frameworks/str-workers.json`, rows `core-task` and columns `nos` in the Controls story); a role profile keeps it to the rows and columns one job needs.',
      },
    },
  },
  render: withFrameworks(({ str }) => {
    const tasks = str.items.filter((i) => i.type === 'core-task' && ['1.1', '1.2', '1.3'].includes(i.parent ?? '')).map((i) => i.id);
    const nos = str.lists!.find((l) => l.id === 'most-important-nos')!.items;
    const profile = { format: 'ksb-profile/1', framework: { id: str.id, version: str.version }, title: 'STR worker: engagement', items: [...tasks, ...nos] };
    return html`<ksb-matrix .framework=${str} .profile=${profile} rows="core-task" columns="nos"></ksb-matrix>`;
  }),
};

export const NarrowScreen: Story = {
  name: 'Narrow column (320 px): the list layout',
  decorators: [narrow],
  render: withFrameworks(({ st0958 }) => html`<ksb-matrix .framework=${st0958} .results=${sampleResult(st0958, 50)}></ksb-matrix>`),
};

export const Welsh: Story = {
  name: 'Welsh interface',
  render: withFrameworks(({ st0958 }) => html`<ksb-matrix lang="cy" .framework=${st0958} .results=${sampleResult(st0958, 30)}></ksb-matrix>`),
};

export const ErrorState: Story = {
  parameters: { expect: 'error' },
  name: 'Error: invalid framework',
  render: () => html`<ksb-matrix framework='{"format":"ksb-framework/1","id":"x","version":"1","title":"X","items":[{"id":"D1","type":"duty"}]}'></ksb-matrix>`,
};

export const FromArgs: Story = {
  name: 'Controls: src, rows, columns, filter, layout',
  parameters: { docs: { description: { story: 'Rendered from args alone (no render function): pick a framework and axes in Controls, e.g. rows `competency` and columns `levels` for AHP.' } } },
  args: { src: frameworkUrl('pwp'), rows: 'duty', columns: 'knowledge skill behaviour', filter: '', layout: 'auto', lang: '' },
};

export const Filtered: Story = {
  name: 'Filtered rows: NOS about assessing, by KSF dimension (matrix filters)',
  render: withFrameworks(({ str }) => html`<ksb-matrix .framework=${str} rows="nos" columns="ksf-dimension" filter="assess"></ksb-matrix>`),
};

export const ListLayout: Story = {
  name: 'List layout at any width (layout="list")',
  render: withFrameworks(({ ahp }) => html`<ksb-matrix .framework=${ahp} rows="competency" columns="levels" layout="list"></ksb-matrix>`),
};

export const WithProfile: Story = {
  name: 'With a role profile',
  render: withFrameworks(({ st0958 }) => {
    const profile = { format: 'ksb-profile/1', framework: { id: st0958.id, version: st0958.version }, title: 'Community role', items: ['D1', 'D2', 'K1', 'K2', 'K3', 'S1', 'S2', 'B1'] };
    return html`<ksb-matrix .framework=${st0958} .profile=${profile}></ksb-matrix>`;
  }),
};

export const ResultsForAnotherVersion: Story = {
  name: 'Results for another version are not shown',
  parameters: { expect: { errors: ['results'] } satisfies StoryExpectation },
  render: withFrameworks(({ st0958 }) => html`<ksb-matrix .framework=${st0958} .results=${sampleResult({ ...st0958, version: '0.9' }, 20)}></ksb-matrix>`),
};

export const Empty: Story = {
  name: 'No framework yet',
  parameters: { expect: 'empty' },
  render: () => html`<ksb-matrix></ksb-matrix>`,
};

export const Loading: Story = {
  name: 'Loading',
  parameters: { expect: 'loading' },
  render: () => whileLoading('ksb-matrix'),
};

export const ErrorBadJson: Story = {
  name: 'Error: framework attribute is not JSON',
  parameters: { expect: 'error' },
  render: () => html`<ksb-matrix framework='{"format": "ksb-framework/1", items: ['></ksb-matrix>`,
};

export const ErrorSrcFails: Story = {
  name: 'Error: src cannot be loaded',
  parameters: { expect: 'error' },
  render: () => html`<ksb-matrix src="frameworks/does-not-exist.json"></ksb-matrix>`,
};

export const LongText: Story = {
  name: 'Long text (headers and statements)',
  render: () => html`<ksb-matrix .framework=${longTextFramework()}></ksb-matrix>`,
};
