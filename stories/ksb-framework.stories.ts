import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../src/elements/ksb-framework/ksb-framework.js';
import '../src/elements/ksb-matrix/ksb-matrix.js';
import '../src/elements/ksb-profile-builder/ksb-profile-builder.js';
import '../src/elements/skills-scan/skills-scan.js';
import { frameworkUrl, frameworkUrls, loadFrameworks, sampleResult, withFrameworks } from './story-data.js';
import { whileLoading, type StoryExpectation } from './story-support.js';

const meta: Meta = {
  title: 'Elements/ksb-framework',
  component: 'ksb-framework',
  loaders: [loadFrameworks],
  argTypes: { src: { control: 'select', options: frameworkUrls } },
  parameters: {
    docs: {
      description: {
        component:
          'Loads one framework for every ksb element inside it and shares the latest result of each: a matrix beside a scan or a rater follows it live. An element inside with its own `framework` or `src` uses that instead.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<{ src: string }>;

export const ScanAndMatrix: Story = {
  name: 'ST0958: a scan of the behaviours and the matrix that follows it live',
  args: { src: frameworkUrl('st0958') },
  render: ({ src }) => html`<ksb-framework src=${src}>
    <skills-scan categories="behaviour"></skills-scan>
    <ksb-matrix columns="behaviour"></ksb-matrix>
  </ksb-framework>`,
};

export const RaterAndMatrix: Story = {
  name: 'Somerset: a rater and the competencies × Dreyfus matrix',
  args: { src: frameworkUrl('somerset') },
  render: ({ src }) => html`<ksb-framework src=${src}>
    <dreyfus-rater level="mid"></dreyfus-rater>
    <ksb-matrix rows="competency" columns="scale"></ksb-matrix>
  </ksb-framework>`,
};

export const AhpPlacementAndLevels: Story = {
  name: 'AHP: level self-placement beside competencies × levels',
  args: { src: frameworkUrl('ahp') },
  render: ({ src }) => html`<ksb-framework src=${src}>
    <skills-scan scale="levels" mode="all" items="1.1 1.2 1.3"></skills-scan>
    <ksb-matrix rows="competency" columns="levels" filter="1."></ksb-matrix>
  </ksb-framework>`,
};

export const PwpProgress: Story = {
  name: 'PWP: a resumed scan and the progress it shows',
  render: withFrameworks(({ pwp }) => html`<ksb-framework .framework=${pwp}>
    <ksb-matrix rows="duty" .results=${sampleResult(pwp, 30)}></ksb-matrix>
  </ksb-framework>`),
};

export const StrProfileBuilder: Story = {
  name: 'STR: a profile builder sharing the provider\'s framework',
  args: { src: frameworkUrl('str') },
  render: ({ src }) => html`<ksb-framework src=${src}><ksb-profile-builder types="core-task"></ksb-profile-builder></ksb-framework>`,
};

export const OwnFrameworkInside: Story = {
  name: 'An element inside with its own framework uses that one',
  render: withFrameworks(({ somerset }) => html`<ksb-framework src=${frameworkUrl('ahp')}>
    <ksb-matrix rows="competency" columns="levels" filter="1."></ksb-matrix>
    <dreyfus-rater .framework=${somerset} level="early"></dreyfus-rater>
  </ksb-framework>`),
};

export const Loading: Story = {
  name: 'Loading: every element inside shows it',
  parameters: { expect: 'loading' },
  render: () => whileLoading('skills-scan', 'ksb-matrix'),
};

export const ErrorSrcFails: Story = {
  name: 'Error: the provider\'s src cannot be loaded',
  parameters: { expect: { state: 'error', errors: ['src'] } satisfies StoryExpectation },
  render: () => html`<ksb-framework src="frameworks/does-not-exist.json">
    <skills-scan></skills-scan>
    <ksb-matrix></ksb-matrix>
  </ksb-framework>`,
};
