import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/skills-scan/skills-scan.js';
import '../src/elements/ksb-framework/ksb-framework.js';
import { calculateRpl } from '../src/model/index.js';
import { frameworkUrl, frameworkUrls, ksbIds, loadFrameworks, sampleResult, withFrameworks } from './story-data.js';
import { registerArabicSample } from './samples/arabic.js';
import { atWidth, longTextFramework, narrow, whileLoading, type StoryExpectation } from './story-support.js';

const meta: Meta = {
  title: 'Elements/skills-scan',
  component: 'skills-scan',
  loaders: [loadFrameworks],
  argTypes: {
    src: { control: 'select', options: frameworkUrls },
    mode: { control: 'inline-radio', options: ['stepper', 'all'] },
    groupBy: { control: 'inline-radio', options: ['category', 'duty', 'parent'] },
    scale: { control: 'select', options: ['', 'confidence', 'dreyfus', 'levels'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'cy'] },
  },
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
  render: withFrameworks(({ st0958 }) => html`<skills-scan .framework=${st0958} @ksb-change=${log} @ksb-submit=${log}></skills-scan>`),
};

export const ST0958Employer: Story = {
  name: 'ST0958, the employer rating the learner (party="employer")',
  render: withFrameworks(({ st0958 }) => html`<skills-scan .framework=${st0958} party="employer" subject="Jo Bloggs" @ksb-change=${log} @ksb-submit=${log}></skills-scan>`),
};

export const ST0958ProviderWelsh: Story = {
  name: 'ST0958, the provider rating the learner, in Welsh',
  render: withFrameworks(({ st0958 }) => html`<skills-scan .framework=${st0958} party="provider" lang="cy"></skills-scan>`),
};

export const ST0958ByDuty: Story = {
  name: 'ST0958, sections by duty',
  render: withFrameworks(({ st0958 }) => html`<skills-scan .framework=${st0958} group-by="duty"></skills-scan>`),
};

export const PWPAllOnOnePage: Story = {
  name: 'PWP, all on one page',
  render: withFrameworks(({ pwp }) => html`<skills-scan .framework=${pwp} mode="all"></skills-scan>`),
};

export const AHPByDomain: Story = {
  name: 'AHP support worker, by domain',
  render: withFrameworks(({ ahp }) => html`<skills-scan .framework=${ahp} group-by="parent"></skills-scan>`),
};

export const PartlyAnswered: Story = {
  name: 'Partly answered (resumed from a saved result)',
  render: withFrameworks(({ st0958 }) => html`<skills-scan .framework=${st0958} .value=${sampleResult(st0958, 30)}></skills-scan>`),
};

export const SummaryWithBaselineAndPriorLearning: Story = {
  name: 'Summary with progress since a baseline and a prior-learning estimate',
  render: withFrameworks(({ pwp }) => {
    const baseline = { ...sampleResult(pwp, 52, { values: [1, 2, 3, 2, 1], date: '2026-03-01T10:00:00Z' }), submitted: '2026-03-01T10:00:00.000Z' };
    const latest = { ...sampleResult(pwp, 48), position: { section: 'summary' } };
    return html`<skills-scan .framework=${pwp} .baseline=${baseline} .value=${latest} otj-hours="1200" price="24000"></skills-scan>`;
  }),
};

export const RplFullFigures: Story = {
  name: 'Prior learning (RPL): the full programme figures (illustrative)',
  parameters: {
    docs: {
      description: {
        story:
          'With `otj-hours`, `otj-minimum`, `duration-months`, `band-maximum` and `price` the summary shows the itemised RPL calculation under the 2025 to 2026 funding rules, labelled as the provider’s calculation to confirm, and under it the same figures “For the Apprenticeship Service and your ILR” with a copy button per number; `ksb-submit` carries it as `result.rpl`. The figures here are illustrative, not the standard’s published ones.',
      },
    },
  },
  render: withFrameworks(({ st0958 }) => html`<skills-scan
    .framework=${st0958}
    .value=${{ ...sampleResult(st0958, 92), position: { section: 'summary' } }}
    otj-hours="420"
    otj-minimum="400"
    duration-months="15"
    band-maximum="9000"
    price="8500"
    @ksb-submit=${log}
  ></skills-scan>`),
};

export const RplHoursPerItem: Story = {
  name: 'Prior learning (RPL): uneven hours per item',
  render: withFrameworks(({ st0958 }) => html`<skills-scan
    .framework=${st0958}
    .value=${{ ...sampleResult(st0958, 92), position: { section: 'summary' } }}
    .hoursPerItem=${st0958.items.filter((i) => ksbIds(st0958).includes(i.id)).map((i) => ({ item: i.id, hours: i.type === 'skill' ? 6 : i.type === 'knowledge' ? 3 : 1.5 }))}
    otj-hours="600"
    otj-minimum="550"
    duration-months="18"
    band-maximum="12000"
    price="11000"
  ></skills-scan>`),
};

export const RplFloors: Story = {
  name: 'Prior learning (RPL): everything prior learning, the 187-hour and 8-month floors bind',
  render: withFrameworks(({ pwp }) => html`<skills-scan
    .framework=${pwp}
    .value=${{ ...sampleResult(pwp, 200, { values: [5] }), position: { section: 'summary' } }}
    otj-hours="400"
    otj-minimum="350"
    duration-months="12"
    band-maximum="9000"
    price="9000"
  ></skills-scan>`),
};

export const RplInvalidFigures: Story = {
  parameters: { expect: { errors: ['programme'], parts: ['rpl'] } satisfies StoryExpectation },
  name: 'Prior learning (RPL): invalid figures (price above the band, negative hours)',
  render: withFrameworks(({ pwp }) => html`<skills-scan
    .framework=${pwp}
    .value=${{ ...sampleResult(pwp, 20), position: { section: 'summary' } }}
    otj-hours="-20"
    otj-minimum="350"
    duration-months="12"
    band-maximum="9000"
    price="9500"
  ></skills-scan>`),
};

export const RplStoredReadonly: Story = {
  name: 'Prior learning (RPL): a submitted scan with its stored breakdown, read-only and printable',
  render: withFrameworks(({ st0958 }) => {
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
  }),
};

export const Readonly: Story = {
  name: 'Read-only (a submitted scan)',
  render: withFrameworks(({ pwp }) => html`<skills-scan readonly mode="all" .framework=${pwp} .value=${{ ...sampleResult(pwp, 52), submitted: '2026-09-02T10:00:00.000Z' }}></skills-scan>`),
};

export const Welsh: Story = {
  name: 'Welsh interface (lang="cy")',
  render: withFrameworks(({ st0958 }) => html`<skills-scan lang="cy" .framework=${st0958}></skills-scan>`),
};

export const InAForm: Story = {
  name: 'In a plain form, required',
  render: withFrameworks(({ ahp }) => html`<form method="post" action="#" @submit=${(e: Event) => { e.preventDefault(); console.log(Object.fromEntries(new FormData(e.target as HTMLFormElement))); }}>
    <skills-scan name="scan" required mode="all" .framework=${ahp} categories="competency" items="1.1 1.2 1.3"></skills-scan>
    <button type="submit">Send to my provider</button>
  </form>`),
};

export const ErrorSummary: Story = {
  name: 'Required, submitted with items unanswered: error summary',
  render: withFrameworks(({ ahp }) => html`<form method="post" action="#" @submit=${(e: Event) => e.preventDefault()}>
    <skills-scan name="scan" required mode="all" .framework=${ahp} categories="competency" items="1.1 1.2 1.3"></skills-scan>
    <button type="submit">Send to my provider</button>
  </form>`),
  parameters: { expect: { parts: ['error-summary'] } satisfies StoryExpectation },
  play: async ({ canvasElement }) => {
    const scan = canvasElement.querySelector('skills-scan')!;
    canvasElement.querySelector('form')!.requestSubmit();
    await scan.updateComplete;
    const summary = scan.shadowRoot!.querySelector('[part="error-summary"]');
    if (!summary || scan.shadowRoot!.activeElement !== summary) throw new Error('The error summary did not take focus');
  },
};

/** The draft a previous visit left: what `<skills-scan autosave name="autosave-story">` on ST0958 v1 stores. */
const AUTOSAVE_KEY = 'ksb-draft:skills-scan:st0958:1:autosave-story:';

export const AutosaveRestored: Story = {
  name: 'Autosave: a draft restored',
  render: withFrameworks(({ st0958 }) => {
    // Seeded before the element connects, as a previous visit would have left it.
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify(sampleResult(st0958, 12)));
    return html`<skills-scan autosave name="autosave-story" .framework=${st0958}></skills-scan>`;
  }),
  parameters: { expect: { parts: ['autosave'] } satisfies StoryExpectation },
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
  parameters: { expect: 'empty' },
  name: 'No framework yet',
  render: () => html`<skills-scan></skills-scan>`,
};

export const VersionMismatch: Story = {
  parameters: { expect: { errors: ['value'], parts: ['mismatch'] } satisfies StoryExpectation },
  name: 'Saved answers for another version',
  render: withFrameworks(({ st0958 }) => {
    const old = sampleResult({ ...st0958, version: '0.9' }, 12);
    return html`<skills-scan .framework=${st0958} .value=${old}></skills-scan>`;
  }),
};

export const ErrorInvalidFramework: Story = {
  parameters: { expect: 'error' },
  name: 'Error: invalid framework',
  render: () => html`<skills-scan
    .framework=${{ format: 'ksb-framework/1', id: 'x', title: 'Broken', items: [{ id: 'K1', type: 'knowledge' }, { id: 'K1', type: 'knowledge', statement: 'Twice' }] }}
  ></skills-scan>`,
};

export const ErrorBadJson: Story = {
  parameters: { expect: 'error' },
  name: 'Error: framework attribute is not JSON',
  render: () => html`<skills-scan framework='{"format": "ksb-framework/1", items: ['></skills-scan>`,
};

export const ErrorSrcFails: Story = {
  parameters: { expect: 'error' },
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

export const SomersetCompetencies: Story = {
  name: 'Somerset: competencies on the Dreyfus scale, by domain',
  args: { src: frameworkUrl('somerset'), scale: 'dreyfus', groupBy: 'parent', mode: 'stepper', lang: '' },
  parameters: { docs: { description: { story: 'Rendered from args alone (no render function): change the framework, scale, grouping, mode or language in Controls.' } } },
};

export const StrNos: Story = {
  name: 'STR: NOS by area, one area at a time',
  args: { src: frameworkUrl('str'), categories: 'nos', groupBy: 'parent' },
};

export const SummaryStep: Story = {
  name: 'Summary step: every item answered, then submitted',
  render: withFrameworks(({ pwp }) => html`<skills-scan .framework=${pwp} .value=${{ ...sampleResult(pwp, 200, { values: [4, 3, 5, 2, 4] }), position: { section: 'summary' } }} @ksb-submit=${log}></skills-scan>`),
  // Presses the summary's Submit button, as the learner would.
  play: async ({ canvasElement }) => {
    const scan = canvasElement.querySelector('skills-scan')!;
    const submitted = new Promise((resolve) => scan.addEventListener('ksb-submit', resolve, { once: true }));
    scan.shadowRoot!.querySelector<HTMLButtonElement>('button.submit')!.click();
    await submitted;
    await scan.updateComplete;
    if (!scan.currentResult?.submitted) throw new Error('The scan was not submitted');
  },
};

export const WelshSummary: Story = {
  name: 'Welsh summary with prior learning (lang="cy" on the page)',
  render: withFrameworks(({ st0958 }) => html`<div lang="cy">
    <skills-scan .framework=${st0958} .value=${{ ...sampleResult(st0958, 92), position: { section: 'summary' } }} otj-hours="420" price="8500"></skills-scan>
  </div>`),
};

export const WithProfile: Story = {
  name: 'With a role profile (the "most important NOS" of STR)',
  render: withFrameworks(({ str }) => {
    const list = str.lists!.find((l) => l.id === 'most-important-nos')!;
    const profile = { format: 'ksb-profile/1', framework: { id: str.id, version: str.version }, title: 'STR worker', items: list.items };
    return html`<skills-scan .framework=${str} .profile=${profile} group-by="parent"></skills-scan>`;
  }),
};

export const ErrorProfileUnknownItems: Story = {
  name: 'Error: role profile naming unknown items',
  parameters: { expect: { state: 'error', errors: ['profile'] } satisfies StoryExpectation },
  render: withFrameworks(({ st0958 }) => {
    const profile = { format: 'ksb-profile/1', framework: { id: st0958.id, version: st0958.version }, title: 'Typo', items: ['K1', 'K99', 'S404'] };
    return html`<skills-scan .framework=${st0958} .profile=${profile}></skills-scan>`;
  }),
};

export const ErrorUnknownScale: Story = {
  name: 'Error: unknown rating scale',
  parameters: { expect: { state: 'error', errors: ['scale'] } satisfies StoryExpectation },
  render: withFrameworks(({ st0958 }) => html`<skills-scan .framework=${st0958} scale="stars"></skills-scan>`),
};

export const Loading: Story = {
  name: 'Loading',
  parameters: { expect: 'loading' },
  render: () => whileLoading('skills-scan'),
};

export const Narrow: Story = {
  name: 'Narrow column (320 px), partly answered, by duty',
  decorators: [narrow],
  render: withFrameworks(({ st0958 }) => html`<skills-scan .framework=${st0958} group-by="duty" .value=${sampleResult(st0958, 8)}></skills-scan>`),
};

export const LongText: Story = {
  name: 'Long text (statements, bullets, codes, an unbroken URL)',
  render: () => html`<skills-scan .framework=${longTextFramework()} mode="all"></skills-scan>`,
};

/** The options of every question at the widths a host page gives a scan: no label's word is ever split (test/a11y/option-words.test.ts). */
export const OptionsAt320: Story = {
  name: 'Options at 320 px (every question on one page)',
  render: withFrameworks(({ st0958 }) => atWidth(320, () => html`<skills-scan mode="all" .framework=${st0958}></skills-scan>`)),
};

export const OptionsAt640: Story = {
  name: 'Options at 640 px (a two-thirds column)',
  render: withFrameworks(({ st0958 }) => atWidth(640, () => html`<skills-scan mode="all" .framework=${st0958}></skills-scan>`)),
};

export const OptionsAt1000: Story = {
  name: 'Options at 1,000 px',
  render: withFrameworks(({ st0958 }) => atWidth(1000, () => html`<skills-scan mode="all" .framework=${st0958}></skills-scan>`)),
};

/**
 * Right to left: the sample Arabic UI locale (`stories/samples/arabic.ts`, registered with
 * `registerLocale`) and the sample Arabic translation of a few ST0958 items and the confidence
 * scale (frameworks/st0958.ar.example.json). The layout mirrors; text left untranslated stays
 * English, marked `lang="en"` and set left to right inside the right-to-left page.
 */
export const ArabicRightToLeft: Story = {
  name: 'Right to left: Arabic sample locale and partial translation (dir="rtl" lang="ar")',
  loaders: [async () => void (await registerArabicSample())],
  render: withFrameworks(({ st0958 }) => html`<div dir="rtl" lang="ar">
    <skills-scan mode="all" .framework=${st0958} translation-src="frameworks/st0958.ar.example.json"></skills-scan>
  </div>`),
};

/** Every text shown translated: the items the example Welsh translation gives (K1 to K3), its title, and the built-in scale and section names in Welsh. */
export const WelshFullTranslation: Story = {
  name: 'ST0958 K1 to K3 in Welsh, every text translated (translation-src, items)',
  render: withFrameworks(({ st0958 }) => html`<skills-scan lang="cy" mode="all" items="K1 K2 K3" .framework=${st0958} translation-src="frameworks/st0958.cy.example.json"></skills-scan>`),
};

/** The example Welsh translation of a few ST0958 items (frameworks/st0958.cy.example.json): translated text in Welsh, the rest marked as English. */
export const WelshPartialTranslation: Story = {
  name: 'ST0958 in Welsh with a partial translation (translation-src)',
  render: withFrameworks(({ st0958 }) => html`<skills-scan lang="cy" mode="all" .framework=${st0958} translation-src="frameworks/st0958.cy.example.json"></skills-scan>`),
};

export const TranslationForAnotherVersion: Story = {
  name: 'A translation made for another version: applied where the ids match, with a notice',
  render: withFrameworks(({ st0958 }) => {
    const translation = {
      format: 'ksb-translation/1',
      framework: { id: st0958.id, version: '0.9' },
      language: 'cy',
      items: { K1: { statement: 'penderfynyddion cymdeithasol ehangach iechyd (enghraifft)' }, K999: { statement: 'eitem nad yw yn y fersiwn hon' } },
    };
    return html`<skills-scan lang="cy" .framework=${st0958} .translation=${translation}></skills-scan>`;
  }),
  parameters: { expect: { parts: ['translation'] } satisfies StoryExpectation },
};

export const TranslationRefused: Story = {
  name: 'Error: a translation for another framework (the framework stays in English)',
  render: withFrameworks(({ st0958 }) => html`<skills-scan .framework=${st0958} .translation=${{ format: 'ksb-translation/1', framework: { id: 'st0001', version: '1' }, language: 'cy', items: {} }}></skills-scan>`),
  parameters: { expect: { errors: ['translation'], parts: ['error'] } satisfies StoryExpectation },
};
