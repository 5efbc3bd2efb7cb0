import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/ksb-profile-builder/ksb-profile-builder.js';
import '../src/elements/skills-scan/skills-scan.js';
import { createProfile, profileFromList, type RoleProfile } from '../src/model/index.js';
import type { KsbProfileEvent } from '../src/shared/events.js';
import { frameworkUrl, frameworkUrls, itemsOfType, loadFrameworks, withFrameworks } from './story-data.js';
import { longTextFramework, narrow, whileLoading, type StoryExpectation } from './story-support.js';

const meta: Meta = {
  title: 'Elements/Role profiles and level placement',
  component: 'ksb-profile-builder',
  loaders: [loadFrameworks],
  argTypes: {
    src: { control: 'select', options: frameworkUrls },
    lang: { control: 'inline-radio', options: ['', 'en', 'cy'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Role profiles (STR framework, Appendix E): tick the items that apply to one job, starting from the framework\'s own suggestions; every element accepts the profile as `profile`. Level self-placement (AHP framework): `<skills-scan scale="levels">` offers each competency\'s own descriptor per career level and summarises the level reached per domain.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const STRMostImportantNOS: Story = {
  name: 'STR: the "most important NOS" preset, applied to a scan',
  render: withFrameworks(({ str }) => {
    const mostImportant = profileFromList(str, 'most-important-nos') as RoleProfile;
    const onProfile = (e: KsbProfileEvent) => {
      const scan = (e.currentTarget as HTMLElement).parentElement!.querySelector('skills-scan')!;
      scan.profile = e.detail.profile;
    };
    return html`<ksb-profile-builder .framework=${str} types="nos" .value=${mostImportant} @ksb-profile=${onProfile}></ksb-profile-builder>
      <skills-scan .framework=${str} .profile=${mostImportant} mode="all"></skills-scan>`;
  }),
};

export const AHPPlacement: Story = {
  name: 'AHP: level self-placement',
  render: withFrameworks(({ ahp }) => html`<skills-scan .framework=${ahp} scale="levels"></skills-scan>`),
};

export const St0958Builder: Story = {
  name: 'ST0958: every KSB, grouped by type',
  args: { src: frameworkUrl('st0958'), types: '', lang: '' },
  parameters: { docs: { description: { story: 'Rendered from args alone (no render function): pick another framework or item types in Controls.' } } },
};

export const PwpBuilder: Story = {
  name: 'PWP: duties only',
  args: { src: frameworkUrl('pwp'), types: 'duty' },
};

export const AhpBuilder: Story = {
  name: 'AHP: competencies, with the career levels as presets',
  args: { src: frameworkUrl('ahp'), types: 'competency' },
};

export const SomersetBuilder: Story = {
  name: 'Somerset: competencies, with the career levels as presets',
  args: { src: frameworkUrl('somerset'), types: 'competency' },
};

export const ResumedWithExclusions: Story = {
  name: 'Resumed profile with items left out, and their reasons',
  render: withFrameworks(({ str }) => {
    const nos = itemsOfType(str, 'nos').map((i) => i.id);
    const value = createProfile(str, 'STR worker, older people\'s services', nos.slice(2, 14), [
      { item: nos[0], reason: 'No employment support in this service' },
      { item: nos[1], reason: 'Handled by the duty social worker' },
    ]);
    return html`<ksb-profile-builder .framework=${str} types="nos" .value=${value}></ksb-profile-builder>`;
  }),
};

export const Welsh: Story = {
  name: 'Welsh interface (lang="cy")',
  render: withFrameworks(({ ahp }) => html`<ksb-profile-builder lang="cy" .framework=${ahp} types="competency"></ksb-profile-builder>`),
};

export const Narrow: Story = {
  name: 'Narrow column (320 px)',
  decorators: [narrow],
  render: withFrameworks(({ somerset }) => html`<ksb-profile-builder .framework=${somerset} types="competency"></ksb-profile-builder>`),
};

export const LongText: Story = {
  name: 'Long text (statements, codes, an unbroken URL)',
  render: () => html`<ksb-profile-builder .framework=${longTextFramework()}></ksb-profile-builder>`,
};

export const ValueForAnotherFramework: Story = {
  name: 'A saved profile for another framework is not applied',
  parameters: { expect: { errors: ['value'], parts: ['error'] } satisfies StoryExpectation },
  render: withFrameworks(({ ahp }) => html`<ksb-profile-builder .framework=${ahp} .value=${createProfile({ id: 'str-workers', version: '2008' }, 'STR worker', ['HSC35'])}></ksb-profile-builder>`),
};

export const Empty: Story = {
  name: 'No framework yet',
  parameters: { expect: 'empty' },
  render: () => html`<ksb-profile-builder></ksb-profile-builder>`,
};

export const Loading: Story = {
  name: 'Loading',
  parameters: { expect: 'loading' },
  render: () => whileLoading('ksb-profile-builder'),
};

export const ErrorBadJson: Story = {
  name: 'Error: framework attribute is not JSON',
  parameters: { expect: 'error' },
  render: () => html`<ksb-profile-builder framework='{"format": "ksb-framework/1", items: ['></ksb-profile-builder>`,
};

export const AHPPlacementSummary: Story = {
  name: 'AHP: level self-placement, summary with the level reached per domain',
  render: withFrameworks(({ ahp }) => {
    const competencies = itemsOfType(ahp, 'competency');
    const when = '2026-09-01T10:00:00.000Z';
    const value = {
      format: 'ksb-result/1',
      framework: { id: ahp.id, version: ahp.version },
      scale: 'levels',
      started: when,
      updated: when,
      position: { section: 'summary' },
      responses: competencies.map((c, i) => ({ item: c.id, value: [1, 2, 2, 3, 2][i % 5], scale: 'levels', time: when })),
    };
    return html`<skills-scan .framework=${ahp} scale="levels" .value=${value}></skills-scan>`;
  }),
};
