import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/ksb-review/ksb-review.js';
import {
  compareParties,
  createResult,
  createReview,
  setAgreed,
  setResponse,
  setSignoff,
  takePartyRatings,
  withIntegrity,
  type Framework,
  type Party,
  type Result,
  type Review,
} from '../src/model/index.js';
import { ksbIds, loadFrameworks, withFrameworks, type Frameworks } from './story-data.js';
import { narrow, type StoryExpectation } from './story-support.js';

const meta: Meta = {
  title: 'Elements/ksb-review',
  component: 'ksb-review',
  loaders: [loadFrameworks],
  parameters: {
    docs: {
      description: {
        component:
          'The initial assessment review: the learner’s, employer’s and provider’s results for one framework side by side, items flagged where the ratings spread by 2 or more points (`disagreement`) or someone was not sure, the rating agreed per item with a reason where it differs from a party’s, a chart of the parties per section, the RPL breakdown and training plan from the agreed ratings, and each party’s sign-off. The element records what was typed and when; the host authenticates people. Emits `ksb-change` / `ksb-submit` with `detail.review` (`ksb-review/1`).',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const log = (e: Event) => console.log(e.type, (e as CustomEvent).detail);
const PROGRAMME = { otjHours: 400, otjMinimum: 300, durationMonths: 15, bandMaximum: 9000, price: 8000 };

/** A party's submitted result over `ids`: a repeating pattern of ratings shifted by `offset`, clamped to the scale. */
function partyResult(fw: Framework, party: Party, ids: string[], offset: number, scale = 'confidence', max = 5, min = 1): Result {
  const when = new Date('2026-09-01T10:00:00Z');
  let r = createResult(fw, scale, when, { subject: 'Jo Bloggs', party, rater: party === 'learner' ? undefined : { employer: 'Sam Patel', provider: 'Alex Jones', assessor: 'Chris Lee' }[party] });
  const pattern = [3, 4, 2, 5, 3, 4, 1, 3];
  ids.forEach((id, i) => {
    const value = party === 'learner' && i % 11 === 5 ? null : Math.min(max, Math.max(min, pattern[i % pattern.length] + (i % 3 === 0 ? offset : 0)));
    r = setResponse(r, id, { value }, when, scale);
  });
  return { ...r, submitted: when.toISOString() };
}

const st0958Parties = (fw: Framework, parties: Party[] = ['learner', 'employer', 'provider']) =>
  parties.map((p, i) => partyResult(fw, p, ksbIds(fw), [0, 1, -1, 2][i]));

/** A review of the three parties' ST0958 results, agreed on every item and signed by all three. */
function agreedAndSigned(fw: Framework, results: Result[]): Review {
  const ids = ksbIds(fw);
  const comparisons = compareParties(results, ids);
  const now = new Date('2026-09-08T14:00:00Z');
  let review = takePartyRatings(createReview(fw, 'confidence', results, now), comparisons, 'provider', now);
  for (const c of comparisons.filter((x) => x.flagged)) {
    review = setAgreed(review, c.item, { agreed: 3, reason: 'Agreed at the review meeting: seen at work with support.' }, now);
  }
  const signers: [Party, string, string][] = [['learner', 'Jo Bloggs', 'Apprentice'], ['employer', 'Sam Patel', 'Line manager'], ['provider', 'Alex Jones', 'Skills coach']];
  for (const [party, name, role] of signers) review = setSignoff(review, party, { name, role, date: '2026-09-08', statement: `I confirm the agreed starting point (${party}).` }, now);
  return review;
}

export const TwoParties: Story = {
  name: 'ST0958: learner and employer',
  render: withFrameworks(({ st0958 }) => html`<ksb-review .framework=${st0958} .results=${st0958Parties(st0958, ['learner', 'employer'])} @ksb-change=${log} @ksb-submit=${log}></ksb-review>`),
};

export const ThreeParties: Story = {
  name: 'ST0958: learner, employer and provider, with the programme figures (RPL)',
  render: withFrameworks(
    ({ st0958 }) => html`<ksb-review
      .framework=${st0958}
      .results=${st0958Parties(st0958)}
      otj-hours=${PROGRAMME.otjHours}
      otj-minimum=${PROGRAMME.otjMinimum}
      duration-months=${PROGRAMME.durationMonths}
      band-maximum=${PROGRAMME.bandMaximum}
      price=${PROGRAMME.price}
      @ksb-change=${log}
      @ksb-submit=${log}
    ></ksb-review>`,
  ),
};

export const DisagreementsOnly: Story = {
  name: 'ST0958: only the items to discuss',
  render: withFrameworks(({ st0958 }) => html`<ksb-review .framework=${st0958} .results=${st0958Parties(st0958)}></ksb-review>`),
  play: async ({ canvasElement }) => {
    const review = canvasElement.querySelector('ksb-review')!;
    review.shadowRoot!.querySelector<HTMLInputElement>('#only-flagged')!.click();
    await review.updateComplete;
  },
};

export const AgreedAndSigned: Story = {
  name: 'ST0958: every item agreed and every party signed, ready to submit',
  render: withFrameworks(({ st0958 }) => {
    const results = st0958Parties(st0958);
    return html`<ksb-review required .framework=${st0958} .results=${results} .value=${agreedAndSigned(st0958, results)} .hoursPerItem=${ksbIds(st0958).map((item) => ({ item, hours: 4 }))}></ksb-review>`;
  }),
};

/** The signed record, submitted with its digest (computed once per page). */
let record: Promise<{ results: Result[]; review: Review }> | undefined;
/** Story loader (loaders run side by side, so it fetches the frameworks itself). */
async function loadRecord() {
  const { st0958 } = (await loadFrameworks()).frameworks;
  record ??= (async () => {
    const results = st0958Parties(st0958);
    const review = agreedAndSigned(st0958, results);
    return { results, review: await withIntegrity({ ...review, submitted: '2026-09-08T14:05:00.000Z' }) };
  })();
  return { record: await record };
}

export const ReadonlySignedRecord: Story = {
  name: 'ST0958: the submitted record, read-only (print it for the evidence pack)',
  loaders: [loadFrameworks, loadRecord],
  render: (_args, { loaded }) => {
    const { st0958 } = loaded.frameworks as Frameworks;
    const { results, review } = loaded.record as { results: Result[]; review: Review };
    return html`<ksb-review readonly .framework=${st0958} .results=${results} .value=${review} otj-hours="400" otj-minimum="300" duration-months="15" band-maximum="9000" price="8000"></ksb-review>`;
  },
};

export const Welsh: Story = {
  name: 'ST0958 in Welsh (lang="cy")',
  render: withFrameworks(({ st0958 }) => html`<ksb-review lang="cy" .framework=${st0958} .results=${st0958Parties(st0958)}></ksb-review>`),
};

export const Narrow: Story = {
  name: 'ST0958 at 320 px',
  render: withFrameworks(({ st0958 }) => narrow(() => html`<ksb-review .framework=${st0958} .results=${st0958Parties(st0958)}></ksb-review>`)),
};

export const SomersetDreyfus: Story = {
  name: 'Somerset: the worker’s and the supervisor’s Dreyfus ratings',
  render: withFrameworks(({ somerset }) => {
    const ids = (somerset.rubrics ?? []).map((r) => r.item);
    const results = [partyResult(somerset, 'learner', ids, 0, 'dreyfus', 5, 0), partyResult(somerset, 'assessor', ids, -2, 'dreyfus', 5, 0)];
    return html`<ksb-review .framework=${somerset} .results=${results} signers="learner assessor"></ksb-review>`;
  }),
};

export const ErrorSummary: Story = {
  name: 'Required, submitted with steps missing: error summary',
  render: withFrameworks(({ st0958 }) => html`<ksb-review required .framework=${st0958} .results=${st0958Parties(st0958, ['learner', 'employer'])}></ksb-review>`),
  parameters: { expect: { parts: ['error-summary'] } satisfies StoryExpectation },
  play: async ({ canvasElement }) => {
    const review = canvasElement.querySelector('ksb-review')!;
    review.submit();
    await review.updateComplete;
    const summary = review.shadowRoot!.querySelector('[part="error-summary"]');
    if (!summary || review.shadowRoot!.activeElement !== summary) throw new Error('The error summary did not take focus');
  },
};

export const NoResults: Story = {
  name: 'No ratings given yet',
  render: withFrameworks(({ st0958 }) => html`<ksb-review .framework=${st0958}></ksb-review>`),
};

export const ResultsRejected: Story = {
  name: 'Error: results for another version and a second result from one party',
  render: withFrameworks(({ st0958 }) => {
    const [learner, employer] = st0958Parties(st0958, ['learner', 'employer']);
    const otherVersion = { ...employer, framework: { ...employer.framework, version: '0.9' } };
    return html`<ksb-review .framework=${st0958} .results=${[learner, otherVersion, partyResult(st0958, 'learner', ksbIds(st0958), 2)]}></ksb-review>`;
  }),
  parameters: { expect: { errors: ['results'], parts: ['error'] } satisfies StoryExpectation },
};

export const ValueForAnotherFramework: Story = {
  name: 'Error: a saved review for another framework',
  render: withFrameworks(({ st0958, pwp }) => {
    const results = st0958Parties(st0958);
    const other = { ...createReview(pwp, 'confidence', []), framework: { id: pwp.id, version: pwp.version } };
    return html`<ksb-review .framework=${st0958} .results=${results} .value=${other}></ksb-review>`;
  }),
  parameters: { expect: { errors: ['value'], parts: ['error'] } satisfies StoryExpectation },
};

export const BrokenFramework: Story = {
  name: 'Error: the framework cannot be shown',
  render: () => html`<ksb-review .framework=${{ format: 'ksb-framework/1', id: 'broken', items: 'none' }}></ksb-review>`,
  parameters: { expect: 'error' },
};
