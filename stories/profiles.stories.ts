import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/ksb-profile-builder/ksb-profile-builder.js';
import '../src/elements/skills-scan/skills-scan.js';
import { profileFromList, type RoleProfile } from '../src/model/index.js';
import type { KsbProfileEvent } from '../src/shared/events.js';
import { ahp, str } from './story-data.js';

const meta: Meta = {
  title: 'Elements/Role profiles and level placement',
  component: 'ksb-profile-builder',
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

const mostImportant = profileFromList(str, 'most-important-nos') as RoleProfile;

export const STRMostImportantNOS: Story = {
  name: 'STR: the "most important NOS" preset, applied to a scan',
  render: () => {
    const onProfile = (e: KsbProfileEvent) => {
      const scan = (e.currentTarget as HTMLElement).parentElement!.querySelector('skills-scan')!;
      scan.profile = e.detail.profile;
    };
    return html`<ksb-profile-builder .framework=${str} types="nos" .value=${mostImportant} @ksb-profile=${onProfile}></ksb-profile-builder>
      <skills-scan .framework=${str} .profile=${mostImportant} mode="all"></skills-scan>`;
  },
};

export const AHPPlacement: Story = {
  name: 'AHP: level self-placement',
  render: () => html`<skills-scan .framework=${ahp} scale="levels"></skills-scan>`,
};
