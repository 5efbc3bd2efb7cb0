import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/skills-scan/skills-scan.js';
import '../src/elements/ksb-framework/ksb-framework.js';
import { calculateRpl } from '../src/model/index.js';
import { ahp, pwp, sampleResult, st0958 } from './story-data.js';

const meta: Meta = {
  title: 'Elements/skills-scan',
  component: 'skills-scan',
  parameters: {
    docs: {
      description: {
        component:
          'A learner rates themself against every knowledge, skill and behaviour of a standard: the initial skills scan, and the same scan later as a progress tracker. Results are emitted as `ksb-change` / `ksb-submit` events and as a form value.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const log = (e: Event) => console.log(e.type, (e as CustomEvent).detail);

export const ST0958Stepper: Story = {
  name: 'ST0958, one section at a time',
  render: () => html`<skills-scan .framework=${st0958} @ksb-change=${log} @ksb-submit=${log}></skills-scan>`,
};

export const ST0958ByDuty: Story = {
  name: 'ST0958, sections by duty',
  render: () => html`<skills-scan .framework=${st0958} group-by="duty"></skills-scan>`,
};

export const PWPAllOnOnePage: Story = {
  name: 'PWP, all on one page',
  render: () => html`<skills-scan .framework=${pwp} mode="all"></skills-scan>`,
};

export const AHPByDomain: Story = {
  name: 'AHP support worker, by domain',
  render: () => html`<skills-scan .framework=${ahp} group-by="parent"></skills-scan>`,
};

export const PartlyAnswered: Story = {
  name: 'Partly answered (resumed from a saved result)',
  render: () => html`<skills-scan .framework=${st0958} .value=${sampleResult(st0958, 30)}></skills-scan>`,
};

export const SummaryWithBaselineAndPriorLearning: Story = {
  name: 'Summary with progress since a baseline and a prior-learning estimate',
  render: () => {
    const baseline = { ...sampleResult(pwp, 52, { values: [1, 2, 3, 2, 1], date: '2026-03-01T10:00:00Z' }), submitted: '2026-03-01T10:00:00.000Z' };
    const latest = { ...sampleResult(pwp, 48), position: { section: 'summary' } };
    return html`<skills-scan .framework=${pwp} .baseline=${baseline} .value=${latest} otj-hours="1200" price="24000"></skills-scan>`;
  },
};

/** The KSB ids a default scan asks about. */
const ksbIds = (fw: typeof st0958) => fw.items.filter((i) => ['knowledge', 'skill', 'behaviour'].includes(i.type)).map((i) => i.id);

export const RplFullFigures: Story = {
  name: 'Prior learning (RPL): the full programme figures (illustrative)',
  parameters: {
    docs: {
      description: {
        story:
          'With `otj-hours`, `otj-minimum`, `duration-months`, `band-maximum` and `price` the summary shows the itemised RPL calculation under the 2025 to 2026 funding rules, labelled as the provider’s calculation to confirm; `ksb-submit` carries it as `result.rpl`. The figures here are illustrative, not the standard’s published ones.',
      },
    },
  },
  render: () => html`<skills-scan
    .framework=${st0958}
    .value=${{ ...sampleResult(st0958, 92), position: { section: 'summary' } }}
    otj-hours="420"
    otj-minimum="400"
    duration-months="15"
    band-maximum="9000"
    price="8500"
    @ksb-submit=${log}
  ></skills-scan>`,
};

export const RplHoursPerItem: Story = {
  name: 'Prior learning (RPL): uneven hours per item',
  render: () => html`<skills-scan
    .framework=${st0958}
    .value=${{ ...sampleResult(st0958, 92), position: { section: 'summary' } }}
    .hoursPerItem=${st0958.items.filter((i) => ksbIds(st0958).includes(i.id)).map((i) => ({ item: i.id, hours: i.type === 'skill' ? 6 : i.type === 'knowledge' ? 3 : 1.5 }))}
    otj-hours="600"
    otj-minimum="550"
    duration-months="18"
    band-maximum="12000"
    price="11000"
  ></skills-scan>`,
};

export const RplFloors: Story = {
  name: 'Prior learning (RPL): everything prior learning, the 187-hour and 8-month floors bind',
  render: () => html`<skills-scan
    .framework=${pwp}
    .value=${{ ...sampleResult(pwp, 200, { values: [5] }), position: { section: 'summary' } }}
    otj-hours="400"
    otj-minimum="350"
    duration-months="12"
    band-maximum="9000"
    price="9000"
  ></skills-scan>`,
};

export const RplInvalidFigures: Story = {
  name: 'Prior learning (RPL): invalid figures (price above the band, negative hours)',
  render: () => html`<skills-scan
    .framework=${pwp}
    .value=${{ ...sampleResult(pwp, 20), position: { section: 'summary' } }}
    otj-hours="-20"
    otj-minimum="350"
    duration-months="12"
    band-maximum="9000"
    price="9500"
  ></skills-scan>`,
};

export const RplStoredReadonly: Story = {
  name: 'Prior learning (RPL): a submitted scan with its stored breakdown, read-only and printable',
  render: () => {
    const result = { ...sampleResult(st0958, 92), submitted: '2026-09-02T10:00:00.000Z', position: { section: 'summary' } };
    const { breakdown } = calculateRpl(result, {
      items: ksbIds(st0958),
      threshold: 4,
      otjHours: 420,
      otjMinimum: 400,
      durationMonths: 15,
      bandMaximum: 9000,
      price: 8500,
    });
    return html`<skills-scan readonly .framework=${st0958} .value=${{ ...result, rpl: breakdown }}></skills-scan>`;
  },
};

export const Readonly: Story = {
  name: 'Read-only (a submitted scan)',
  render: () => html`<skills-scan readonly mode="all" .framework=${pwp} .value=${{ ...sampleResult(pwp, 52), submitted: '2026-09-02T10:00:00.000Z' }}></skills-scan>`,
};

export const Welsh: Story = {
  name: 'Welsh interface (lang="cy")',
  render: () => html`<skills-scan lang="cy" .framework=${st0958}></skills-scan>`,
};

export const InAForm: Story = {
  name: 'In a plain form, required',
  render: () => html`<form method="post" action="#" @submit=${(e: Event) => { e.preventDefault(); console.log(Object.fromEntries(new FormData(e.target as HTMLFormElement))); }}>
    <skills-scan name="scan" required mode="all" .framework=${ahp} categories="competency" items="1.1 1.2 1.3"></skills-scan>
    <button type="submit">Send to my provider</button>
  </form>`,
};

export const LoadedFromSrc: Story = {
  name: 'Loaded from a URL (src)',
  render: () => html`<skills-scan src="frameworks/st0958.json"></skills-scan>`,
};

export const InsideProvider: Story = {
  name: 'Inside <ksb-framework>',
  render: () => html`<ksb-framework src="frameworks/st0568-pwp.json"><skills-scan></skills-scan></ksb-framework>`,
};

export const Empty: Story = {
  name: 'No framework yet',
  render: () => html`<skills-scan></skills-scan>`,
};

export const VersionMismatch: Story = {
  name: 'Saved answers for another version',
  render: () => {
    const old = sampleResult({ ...st0958, version: '0.9' }, 12);
    return html`<skills-scan .framework=${st0958} .value=${old}></skills-scan>`;
  },
};

export const ErrorInvalidFramework: Story = {
  name: 'Error: invalid framework',
  render: () => html`<skills-scan
    .framework=${{ format: 'ksb-framework/1', id: 'x', title: 'Broken', items: [{ id: 'K1', type: 'knowledge' }, { id: 'K1', type: 'knowledge', statement: 'Twice' }] }}
  ></skills-scan>`,
};

export const ErrorBadJson: Story = {
  name: 'Error: framework attribute is not JSON',
  render: () => html`<skills-scan framework='{"format": "ksb-framework/1", items: ['></skills-scan>`,
};

export const ErrorSrcFails: Story = {
  name: 'Error: src cannot be loaded',
  render: () => html`<skills-scan src="frameworks/does-not-exist.json"></skills-scan>`,
};

export const HostileText: Story = {
  name: 'Framework text with markup is shown as text',
  render: () => html`<skills-scan
    mode="all"
    .framework=${{
      format: 'ksb-framework/1',
      id: 'hostile',
      version: '1',
      title: '<img src=x onerror=alert(1)> Title',
      items: [{ id: 'K1', code: 'K1', type: 'knowledge', statement: '<script>alert(1)</script> is shown, not run' }],
    }}
  ></skills-scan>`,
};
