import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/ksb-profile-builder/ksb-profile-builder.js';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import type { KsbProfileBuilder } from '../../src/elements/ksb-profile-builder/ksb-profile-builder.js';
import type { KsbMatrix } from '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { DreyfusRater } from '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import { createProfile, createResult, profileFromList, setResponse, type Framework, type RoleProfile } from '../../src/model/index.js';
import type { KsbErrorEvent, KsbProfileEvent } from '../../src/shared/events.js';
import { bundled } from '../harness/frameworks.js';
import { RaterHarness } from '../harness/rater-harness.js';
import { scanFixture } from '../harness/scan-harness.js';

const MOST_IMPORTANT_NOS = [
  'HSC3112', 'HSC35', 'HSC396', 'HSC331', 'HSC31', 'HSC332', 'HSC226', 'HSC343', 'HSC344',
  'HSC382', 'FMH18', 'HSC3111', 'HSC233', 'HSC3102', 'HSC335', 'HSC328', 'MH94', 'HSC33',
];

async function builder(template: ReturnType<typeof html>) {
  const el = await fixture<KsbProfileBuilder>(template);
  await elementUpdated(el);
  return el;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const checkbox = (el: HTMLElement, item: string) => root(el).querySelector<HTMLInputElement>(`li[data-item="${item}"] input[type=checkbox]`)!;

describe('role profiles in the elements', () => {
  let str: Framework;
  let st0958: Framework;
  let splw: Framework;
  let nos18: RoleProfile;
  before(async () => {
    [str, st0958, splw] = await Promise.all([bundled('str-workers.json'), bundled('st0958.json'), bundled('somerset-splw.json')]);
    nos18 = profileFromList(str, 'most-important-nos')!;
  });

  describe('<ksb-profile-builder>', () => {
    // First in the file: the role-profile code (a chunk of its own) is not loaded yet.
    it('waits for the role-profile code: its first render already has the presets and the resumed profile', async () => {
      const value = createProfile(str, 'Older people’s services', ['HSC31', 'HSC33'], [{ item: 'HSC35', reason: 'Not in this role' }]);
      const el = document.createElement('ksb-profile-builder') as KsbProfileBuilder;
      el.types = 'nos';
      el.framework = str;
      el.value = value;
      const look = () => ({
        presets: root(el).querySelectorAll('button[data-preset]').length,
        title: root(el).querySelector<HTMLInputElement>('#title')?.value,
        chosen: root(el).querySelector('.chosen-count')?.textContent,
        errors: root(el).querySelectorAll('[part="error"]').length,
        profile: el.currentProfileValue,
      });
      let first: ReturnType<typeof look> | undefined;
      el.addController({ hostUpdated: () => void (first ??= root(el).querySelector('h2') ? look() : undefined) });
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(first, 'the first render that shows the framework').to.deep.equal(look());
        expect(first!.presets).to.equal(7);
        expect(first!.errors).to.equal(0);
        expect(first!.title).to.equal('Older people’s services');
        expect(first!.profile).to.deep.equal(value);
      } finally {
        el.remove();
      }
    });

    it('offers the framework presets and builds a profile by keyboard (Enter on a preset, Space on a checkbox)', async () => {
      const el = await builder(html`<ksb-profile-builder .framework=${str} types="nos"></ksb-profile-builder>`);
      const presets = [...root(el).querySelectorAll<HTMLButtonElement>('button[data-preset]')].map((b) => b.dataset.preset);
      expect(presets).to.deep.equal([
        'list:most-important-nos',
        'list:role-profile-employment-learning',
        'list:role-profile-substance-misuse',
        'list:role-profile-management',
        'level:foundation',
        'level:intermediate',
        'level:senior',
      ]);
      expect(root(el).querySelectorAll('input[type=checkbox]')).to.have.length(85);

      root(el).querySelector<HTMLButtonElement>('button[data-preset="list:most-important-nos"]')!.focus();
      let event = oneEvent(el, 'ksb-profile') as Promise<KsbProfileEvent>;
      await sendKeys({ press: 'Enter' });
      let { detail } = await event;
      expect(detail.profile.items).to.deep.equal(MOST_IMPORTANT_NOS);
      expect(detail.profile.title).to.equal('Most important NOS');
      await elementUpdated(el);
      expect(root(el).querySelector('.chosen-count')!.textContent).to.equal('18 of 85 items chosen.');

      // Space on a focused checkbox leaves HSC35 out; Space again takes it back (at the end).
      checkbox(el, 'HSC35').focus();
      event = oneEvent(el, 'ksb-profile') as Promise<KsbProfileEvent>;
      await sendKeys({ type: ' ' });
      ({ detail } = await event);
      expect(detail.profile.items).not.to.include('HSC35');
      expect(detail.profile.items).to.have.length(17);
      await elementUpdated(el);
      expect(checkbox(el, 'HSC35').checked).to.equal(false);

      // Tab moves from the checkbox to the reason field of the item just left out.
      await sendKeys({ press: 'Tab' });
      const focused = root(el).activeElement as HTMLInputElement;
      expect(focused.closest('li')!.dataset.item).to.equal('HSC35');
      expect(focused.type).to.equal('text');
      event = oneEvent(el, 'ksb-profile') as Promise<KsbProfileEvent>;
      await sendKeys({ type: 'Covered by the team leader' });
      await sendKeys({ press: 'Tab' });
      ({ detail } = await event);
      expect(detail.profile.excluded).to.deep.equal([{ item: 'HSC35', reason: 'Covered by the team leader' }]);

      checkbox(el, 'HSC35').focus();
      event = oneEvent(el, 'ksb-profile') as Promise<KsbProfileEvent>;
      await sendKeys({ type: ' ' });
      ({ detail } = await event);
      expect(detail.profile.items).to.deep.equal([...MOST_IMPORTANT_NOS.filter((i) => i !== 'HSC35'), 'HSC35']);
      expect(detail.profile.excluded).to.equal(undefined);
    });

    it('selects none and all per group, names the role, and resumes from value', async () => {
      const el = await builder(html`<ksb-profile-builder .framework=${st0958}></ksb-profile-builder>`);
      const group = root(el).querySelector<HTMLElement>('fieldset[data-group="type:skill"]')!;
      let event = oneEvent(el, 'ksb-profile') as Promise<KsbProfileEvent>;
      group.querySelector<HTMLButtonElement>('button.select-none')!.click();
      let { detail } = await event;
      expect(detail.profile.items.some((id) => id.startsWith('S'))).to.equal(false);
      const title = root(el).querySelector<HTMLInputElement>('#title')!;
      title.value = 'Trainee, no skills yet';
      event = oneEvent(el, 'ksb-profile') as Promise<KsbProfileEvent>;
      title.dispatchEvent(new Event('input'));
      ({ detail } = await event);
      expect(detail.profile.title).to.equal('Trainee, no skills yet');

      const again = await builder(html`<ksb-profile-builder .framework=${st0958} .value=${detail.profile}></ksb-profile-builder>`);
      expect(again.currentProfileValue).to.deep.equal(detail.profile);
      expect(root(again).querySelector<HTMLInputElement>('#title')!.value).to.equal('Trainee, no skills yet');
    });

    it('is accessible (axe)', async () => {
      const el = await builder(html`<ksb-profile-builder .framework=${str} types="nos esc"></ksb-profile-builder>`);
      checkbox(el, 'HSC347').click();
      await elementUpdated(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('a profile applied to each element', () => {
    it('<skills-scan> asks exactly the profile items', async () => {
      const { el, h } = await scanFixture(html`<skills-scan .framework=${str} .profile=${nos18} mode="all"></skills-scan>`);
      expect(h.questions().map((q) => q.dataset.item).sort()).to.deep.equal([...MOST_IMPORTANT_NOS].sort());
      expect(h.progressText()).to.equal('0 of 18 answered');
      expect(h.text()).to.include('Role profile: Most important NOS (18 items).');
      await expect(el).to.be.accessible();
    });

    it('<ksb-matrix> shows exactly the profile items', async () => {
      const profile = createProfile(st0958, 'Duty 1 only', ['D1', 'K1', 'K2', 'S1']);
      const el = await fixture<KsbMatrix>(html`<ksb-matrix .framework=${st0958} .profile=${profile}></ksb-matrix>`);
      await elementUpdated(el);
      const rows = [...root(el).querySelectorAll('tbody th[part="row-header"]')];
      const cols = [...root(el).querySelectorAll('thead th[part="column-header"] .col-label')].map((c) => c.textContent!.trim());
      expect(rows).to.have.length(1);
      expect(cols).to.deep.equal(['K1', 'K2', 'S1']);
      await expect(el).to.be.accessible();
    });

    it('<dreyfus-rater> rates exactly the profile competencies', async () => {
      const profile = createProfile(splw, 'Early career', ['promoting-autonomy', 'self-monitoring']);
      const el = await fixture<DreyfusRater>(html`<dreyfus-rater .framework=${splw} .profile=${profile}></dreyfus-rater>`);
      await elementUpdated(el);
      expect(new RaterHarness(el).competencyIds()).to.deep.equal(['promoting-autonomy', 'self-monitoring']);
    });

    it('results carry the profile, and answers outside it given back are kept', async () => {
      let prior = createResult(str, 'confidence', new Date('2026-01-01T00:00:00Z'));
      prior = setResponse(prior, 'HSC347', { value: 2 }, new Date('2026-01-01T00:00:00Z'));
      const { el, h } = await scanFixture(html`<skills-scan .framework=${str} .profile=${nos18} .value=${prior} mode="all"></skills-scan>`);
      expect(h.root.querySelector('[role="alert"]')).to.equal(null);
      const change = oneEvent(el, 'ksb-change');
      h.radio('HSC35', 'Aware').click();
      const { detail } = await change;
      expect(detail.result.profile).to.deep.equal({ title: 'Most important NOS', items: MOST_IMPORTANT_NOS });
      expect(detail.result.responses.map((r: { item: string }) => r.item)).to.deep.equal(['HSC347', 'HSC35']);
      await elementUpdated(el);
      const submit = oneEvent(el, 'ksb-submit');
      (el as unknown as { submit(): boolean }).submit();
      expect((await submit).detail.result.profile.items).to.have.length(18);

      const rater = await fixture<DreyfusRater>(html`<dreyfus-rater .framework=${splw} .profile=${createProfile(splw, 'One', ['self-monitoring'])}></dreyfus-rater>`);
      await elementUpdated(rater);
      const rc = oneEvent(rater, 'ksb-change');
      rater.shadowRoot!.querySelector<HTMLInputElement>('.competency[data-item="self-monitoring"] input[type=radio]')!.click();
      expect((await rc).detail.result.profile).to.deep.equal({ title: 'One', items: ['self-monitoring'] });
    });

    it('shows a profile for another version as an error and fires ksb-error with source "profile"', async () => {
      const bad = { ...nos18, framework: { id: str.id, version: '0.9' } };
      const el = document.createElement('skills-scan');
      const error = oneEvent(el, 'ksb-error') as Promise<KsbErrorEvent>;
      el.framework = str;
      el.profile = bad;
      document.body.append(el);
      const { detail } = await error;
      expect(detail.source).to.equal('profile');
      expect(detail.problems[0]).to.include({ code: 'version-mismatch', path: '$.framework.version' });
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
      expect(el.shadowRoot!.querySelector('[role="alert"] h2')!.textContent).to.equal('The role profile cannot be used');
      expect(el.shadowRoot!.textContent).to.include('This profile is for version 0.9');
      // Fixing the profile shows the scan.
      el.profile = nos18;
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelectorAll('fieldset.question').length).to.be.greaterThan(0);
      el.remove();
    });
  });
});
