import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../src/elements/ksb-framework/ksb-framework.js';
import { createResult, setResponse, type Framework, type Result } from '../src/model/index.js';
import { frameworkUrl, frameworkUrls, itemsOfType, loadFrameworks, withFrameworks } from './story-data.js';
import { longTextFramework, narrow, whileLoading, type StoryExpectation } from './story-support.js';

const meta: Meta = {
  title: 'Elements/dreyfus-rater',
  component: 'dreyfus-rater',
  loaders: [loadFrameworks],
  argTypes: {
    src: { control: 'select', options: frameworkUrls },
    level: { control: 'select', options: ['', 'early', 'mid', 'established', 'wider'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'cy'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'An assessor rates a person on the assessed competencies of a framework with the Dreyfus scale (0 Absence to 5 Expert), each level showing the competency’s own descriptor. The summary gives the career level the ratings support (with pay band), what the next level needs, and training for competencies below the target (attribute `target`, library default 3 Competent). Results are emitted as `ksb-change` / `ksb-submit` events and as a form value.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const log = (e: Event) => console.log(e.type, (e as CustomEvent).detail);

/** A Somerset result with the given ratings, dated and attributed. */
function ratings(framework: Framework, values: Record<string, number>, date: string, rater: string): Result {
  const when = new Date(date);
  let result = createResult(framework, 'dreyfus', when, { subject: 'Jo Link-Worker', rater });
  for (const [item, value] of Object.entries(values)) result = setResponse(result, item, { value }, when);
  return { ...result, submitted: when.toISOString() };
}

export const SomersetAll: Story = {
  name: 'Somerset: all six assessed competencies',
  render: withFrameworks(({ somerset }) => html`<dreyfus-rater .framework=${somerset} subject="Jo Link-Worker" rater="Sam Supervisor" @ksb-change=${log} @ksb-submit=${log}></dreyfus-rater>`),
};

export const SomersetSelfRating: Story = {
  name: 'Somerset: the worker rating themself (party="learner")',
  render: withFrameworks(({ somerset }) => html`<dreyfus-rater .framework=${somerset} party="learner" subject="Jo Link-Worker" @ksb-change=${log}></dreyfus-rater>`),
};

export const SomersetEarly: Story = {
  name: 'Somerset: Early career (Core Competencies)',
  render: withFrameworks(({ somerset }) => html`<dreyfus-rater .framework=${somerset} level="early"></dreyfus-rater>`),
};

export const SomersetMid: Story = {
  name: 'Somerset: Mid-career (Level 1 Competencies)',
  render: withFrameworks(({ somerset }) => html`<dreyfus-rater .framework=${somerset} level="mid"></dreyfus-rater>`),
};

export const SomersetEstablished: Story = {
  name: 'Somerset: Established career (Level 2 competencies)',
  render: withFrameworks(({ somerset }) => html`<dreyfus-rater .framework=${somerset} level="established"></dreyfus-rater>`),
};

export const SomersetWider: Story = {
  name: 'Somerset: Wider responsibilities (Level 3, every assessed competency)',
  render: withFrameworks(({ somerset }) => html`<dreyfus-rater .framework=${somerset} level="wider" target="5"></dreyfus-rater>`),
};

export const SomersetEntry: Story = {
  name: 'Somerset: Entry level (induction only, nothing to rate)',
  render: withFrameworks(({ somerset }) => html`<dreyfus-rater .framework=${somerset} level="entry"></dreyfus-rater>`),
};

export const SomersetRated: Story = {
  name: 'Somerset: rated, one competency below target (summary with training)',
  render: withFrameworks(({ somerset }) => {
    const value = {
      ...ratings(
        somerset,
        {
          'person-centred-approach': 3,
          'promoting-autonomy': 4,
          'action-planning-goal-setting': 3,
          'managing-setbacks-problem-solving': 2,
          'supporting-competence-self-efficacy': 3,
          'self-monitoring': 2,
        },
        '2026-06-10T10:00:00Z',
        'Sam Supervisor',
      ),
      submitted: undefined,
    };
    return html`<dreyfus-rater .framework=${somerset} .value=${value} rater="Sam Supervisor"></dreyfus-rater>`;
  }),
};

export const SomersetHistory: Story = {
  name: 'Somerset: trend over earlier ratings by several raters',
  render: withFrameworks(({ somerset }) => {
    const history = [
      ratings(somerset, { 'person-centred-approach': 2, 'promoting-autonomy': 1, 'action-planning-goal-setting': 1 }, '2025-09-15T10:00:00Z', 'A. Okafor'),
      ratings(somerset, { 'person-centred-approach': 3, 'promoting-autonomy': 2, 'action-planning-goal-setting': 3 }, '2026-01-20T10:00:00Z', 'B. Jones'),
    ];
    return html`<dreyfus-rater .framework=${somerset} .history=${history} rater="Sam Supervisor"></dreyfus-rater>`;
  }),
};

export const Readonly: Story = {
  name: 'Read-only (a submitted rating)',
  render: withFrameworks(({ somerset }) => {
    const value = ratings(somerset, Object.fromEntries(somerset.rubrics!.map((r, i) => [r.item, [3, 4, 3, 3, 4, 3][i]])), '2026-06-10T10:00:00Z', 'Sam Supervisor');
    value.responses[0] = { ...value.responses[0], note: 'Observed two conversations; built rapport quickly.\nAvoided giving advice.' };
    return html`<dreyfus-rater readonly .framework=${somerset} .value=${value}></dreyfus-rater>`;
  }),
};

export const AhpNoRubrics: Story = {
  name: 'AHP support worker: no rubrics, generic descriptors',
  render: withFrameworks(({ ahp }) => html`<dreyfus-rater .framework=${ahp} competencies="1.1 1.2 1.3 2.1 2.2"></dreyfus-rater>`),
};

export const St0958NoRubrics: Story = {
  name: 'ST0958: no rubrics or levels, behaviours only',
  render: withFrameworks(({ st0958 }) => html`<dreyfus-rater .framework=${st0958} competencies="B1 B2 B3 B4 B5 B6"></dreyfus-rater>`),
};

export const Welsh: Story = {
  name: 'Welsh interface (lang="cy")',
  render: withFrameworks(({ somerset }) => html`<dreyfus-rater lang="cy" .framework=${somerset} level="mid"></dreyfus-rater>`),
};

export const WelshWithExampleTranslation: Story = {
  name: 'Welsh, with the example translation of one competency (translation-src)',
  render: withFrameworks(({ somerset }) => html`<dreyfus-rater lang="cy" .framework=${somerset} level="early" translation-src="frameworks/somerset-splw.cy.example.json"></dreyfus-rater>`),
};

export const InAForm: Story = {
  name: 'In a plain form, required',
  render: withFrameworks(({ somerset }) => html`<form
    method="post"
    action="#"
    @submit=${(e: Event) => {
      e.preventDefault();
      console.log(Object.fromEntries(new FormData(e.target as HTMLFormElement)));
    }}
  >
    <dreyfus-rater name="rating" required .framework=${somerset} level="early"></dreyfus-rater>
    <button type="submit">Save the appraisal</button>
  </form>`),
};

export const LoadedFromSrc: Story = {
  name: 'Loaded from a URL (src)',
  render: () => html`<dreyfus-rater src="frameworks/somerset-splw.json" level="established"></dreyfus-rater>`,
};

export const InsideProvider: Story = {
  name: 'Inside <ksb-framework>',
  render: () => html`<ksb-framework src="frameworks/somerset-splw.json"><dreyfus-rater level="early"></dreyfus-rater></ksb-framework>`,
};

export const Empty: Story = {
  parameters: { expect: 'empty' },
  name: 'No framework yet',
  render: () => html`<dreyfus-rater></dreyfus-rater>`,
};

export const VersionMismatch: Story = {
  parameters: { expect: { errors: ['value'], parts: ['mismatch'] } satisfies StoryExpectation },
  name: 'Saved ratings for another version',
  render: withFrameworks(({ somerset }) => {
    const old = ratings({ ...somerset, version: '3.0' }, { 'person-centred-approach': 4, 'promoting-autonomy': 3 }, '2025-03-01T10:00:00Z', 'A. Okafor');
    return html`<dreyfus-rater .framework=${somerset} .value=${{ ...old, submitted: undefined }}></dreyfus-rater>`;
  }),
};

export const ErrorInvalidFramework: Story = {
  parameters: { expect: 'error' },
  name: 'Error: invalid framework',
  render: () => html`<dreyfus-rater
    .framework=${{ format: 'ksb-framework/1', id: 'x', title: 'Broken', items: [{ id: 'A', type: 'competency' }], rubrics: [{ item: 'Z', scale: 'dreyfus', descriptors: [] }] }}
  ></dreyfus-rater>`,
};

export const ErrorBadJson: Story = {
  parameters: { expect: 'error' },
  name: 'Error: framework attribute is not JSON',
  render: () => html`<dreyfus-rater framework='{"format": "ksb-framework/1", items: ['></dreyfus-rater>`,
};

export const ErrorSrcFails: Story = {
  parameters: { expect: 'error' },
  name: 'Error: src cannot be loaded',
  render: () => html`<dreyfus-rater src="frameworks/does-not-exist.json"></dreyfus-rater>`,
};

export const ErrorUnknownLevel: Story = {
  parameters: { expect: { state: 'error', errors: ['selection'] } satisfies StoryExpectation },
  name: 'Error: unknown career level',
  render: withFrameworks(({ somerset }) => html`<dreyfus-rater .framework=${somerset} level="senior"></dreyfus-rater>`),
};

export const HostileText: Story = {
  name: 'Framework text with markup is shown as text',
  render: () => html`<dreyfus-rater
    .framework=${{
      format: 'ksb-framework/1',
      id: 'hostile',
      version: '1',
      title: '<img src=x onerror=alert(1)> Title',
      items: [{ id: 'A', type: 'competency', statement: '<script>alert(1)</script> is shown, not run' }],
      levels: [{ id: 'one', label: '<b>Level</b>', assesses: ['A'] }],
      rubrics: [{ item: 'A', scale: 'dreyfus', keyFeatures: '<i>features</i>', descriptors: [{ value: 0, text: '<em>zero</em>' }] }],
      resources: [{ id: 'r', title: 'javascript: link is not linked', url: 'javascript:alert(1)', levels: ['one'] }],
    }}
    .value=${{
      format: 'ksb-result/1',
      framework: { id: 'hostile', version: '1' },
      scale: 'dreyfus',
      started: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-01T00:00:00.000Z',
      responses: [{ item: 'A', value: 0, scale: 'dreyfus', time: '2026-01-01T00:00:00.000Z' }],
    }}
  ></dreyfus-rater>`,
};

export const PwpBehaviours: Story = {
  name: 'PWP: behaviours, generic descriptors',
  render: withFrameworks(({ pwp }) => html`<dreyfus-rater .framework=${pwp} competencies=${itemsOfType(pwp, 'behaviour').map((i) => i.id).join(' ')}></dreyfus-rater>`),
};

export const StrCoreTasks: Story = {
  name: 'STR: core tasks, generic descriptors',
  render: withFrameworks(({ str }) => html`<dreyfus-rater .framework=${str} competencies=${itemsOfType(str, 'core-task').slice(0, 4).map((i) => i.id).join(' ')}></dreyfus-rater>`),
};

export const FromArgs: Story = {
  name: 'Controls: src, level, lang, readonly',
  parameters: { docs: { description: { story: 'Rendered from args alone (no render function): change the framework, the level, the language or read-only in Controls.' } } },
  args: { src: frameworkUrl('somerset'), level: 'mid', rater: 'Sam Supervisor', lang: '', readonly: false },
};

export const WithProfile: Story = {
  name: 'With a role profile (two competencies)',
  render: withFrameworks(({ somerset }) => {
    const profile = { format: 'ksb-profile/1', framework: { id: somerset.id, version: somerset.version }, title: 'Health coach, first year', items: ['person-centred-approach', 'promoting-autonomy'] };
    return html`<dreyfus-rater .framework=${somerset} .profile=${profile}></dreyfus-rater>`;
  }),
};

export const ErrorUnknownCompetency: Story = {
  name: 'Error: unknown competency id',
  parameters: { expect: { state: 'error', errors: ['selection'] } satisfies StoryExpectation },
  render: withFrameworks(({ somerset }) => html`<dreyfus-rater .framework=${somerset} competencies="person-centred-approach no-such-competency"></dreyfus-rater>`),
};

export const ErrorProfileOtherFramework: Story = {
  name: 'Error: role profile for another framework',
  parameters: { expect: { state: 'error', errors: ['profile'] } satisfies StoryExpectation },
  render: withFrameworks(({ somerset }) => {
    const profile = { format: 'ksb-profile/1', framework: { id: 'str-workers', version: '2008' }, title: 'STR worker', items: ['HSC35'] };
    return html`<dreyfus-rater .framework=${somerset} .profile=${profile}></dreyfus-rater>`;
  }),
};

export const Loading: Story = {
  name: 'Loading',
  parameters: { expect: 'loading' },
  render: () => whileLoading('dreyfus-rater'),
};

export const Narrow: Story = {
  name: 'Narrow column (320 px), rated with notes',
  decorators: [narrow],
  render: withFrameworks(({ somerset }) => {
    const value = ratings(somerset, { 'person-centred-approach': 3, 'promoting-autonomy': 2 }, '2026-06-10T10:00:00Z', 'Sam Supervisor');
    return html`<dreyfus-rater .framework=${somerset} level="mid" .value=${{ ...value, submitted: undefined }}></dreyfus-rater>`;
  }),
};

export const LongText: Story = {
  name: 'Long text (statements, level names, an unbroken URL)',
  render: () => html`<dreyfus-rater .framework=${longTextFramework()} level="two"></dreyfus-rater>`,
};
