/**
 * React components for the ksb elements, made with `@lit/react`.
 *
 * Importing this module registers the elements (like the main entry) and needs
 * React 18 or later. Props set the element's properties (objects such as
 * `framework`, `value` or `profile` are passed as they are, not as JSON
 * attributes); `onKsb…` props listen for the element's events, each typed
 * with the library's event class.
 *
 * ```js
 * import { SkillsScan } from 'ksb-elements/react';
 * createElement(SkillsScan, { src: '/frameworks/st0958.json', onKsbChange: (e) => save(e.detail.result) });
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SkillsScan as SkillsScanElement } from '../elements/skills-scan/skills-scan.js';
import { DreyfusRater as DreyfusRaterElement } from '../elements/dreyfus-rater/dreyfus-rater.js';
import { KsbMatrix as KsbMatrixElement } from '../elements/ksb-matrix/ksb-matrix.js';
import { KsbFrameworkProvider } from '../elements/ksb-framework/ksb-framework.js';
import { KsbProfileBuilder as KsbProfileBuilderElement } from '../elements/ksb-profile-builder/ksb-profile-builder.js';
import { KsbReview as KsbReviewElement } from '../elements/ksb-review/ksb-review.js';
import type { KsbChangeEvent, KsbErrorEvent, KsbLoadEvent, KsbProfileEvent, KsbReviewChangeEvent, KsbReviewSubmitEvent, KsbSelectEvent, KsbSubmitEvent } from '../shared/events.js';

export type { KsbChangeEvent, KsbErrorEvent, KsbLoadEvent, KsbProfileEvent, KsbReviewChangeEvent, KsbReviewSubmitEvent, KsbSelectEvent, KsbSubmitEvent } from '../shared/events.js';

// Each element's event props, as its @fires JSDoc declares them.
const loadEvents = {
  onKsbError: 'ksb-error' as EventName<KsbErrorEvent>,
  onKsbLoad: 'ksb-load' as EventName<KsbLoadEvent>,
};
const resultEvents = {
  onKsbChange: 'ksb-change' as EventName<KsbChangeEvent>,
  onKsbSubmit: 'ksb-submit' as EventName<KsbSubmitEvent>,
  ...loadEvents,
};

/**
 * `<skills-scan>` as a React component: a learner's skills scan.
 * Events: `onKsbChange` (every answer or note), `onKsbSubmit`, `onKsbError`, `onKsbLoad`.
 */
export const SkillsScan = createComponent({
  react: React,
  tagName: 'skills-scan',
  elementClass: SkillsScanElement,
  events: resultEvents,
  displayName: 'SkillsScan',
});

/**
 * `<dreyfus-rater>` as a React component: Dreyfus-scale ratings of competencies.
 * Events: `onKsbChange` (every rating or note), `onKsbSubmit`, `onKsbError`, `onKsbLoad`.
 */
export const DreyfusRater = createComponent({
  react: React,
  tagName: 'dreyfus-rater',
  elementClass: DreyfusRaterElement,
  events: resultEvents,
  displayName: 'DreyfusRater',
});

/**
 * `<ksb-matrix>` as a React component: the framework as a matrix and progress tracker.
 * Events: `onKsbSelect` (a cell or header chosen), `onKsbError`, `onKsbLoad`.
 */
export const KsbMatrix = createComponent({
  react: React,
  tagName: 'ksb-matrix',
  elementClass: KsbMatrixElement,
  events: { onKsbSelect: 'ksb-select' as EventName<KsbSelectEvent>, ...loadEvents },
  displayName: 'KsbMatrix',
});

/**
 * `<ksb-framework>` as a React component: loads one framework for the ksb
 * elements among its children and keeps their latest results.
 * Events: `onKsbError`, `onKsbLoad`.
 */
export const KsbFramework = createComponent({
  react: React,
  tagName: 'ksb-framework',
  elementClass: KsbFrameworkProvider,
  events: loadEvents,
  displayName: 'KsbFramework',
});

/**
 * `<ksb-profile-builder>` as a React component: builds a role profile.
 * Events: `onKsbProfile` (every change of the profile), `onKsbError`, `onKsbLoad`.
 */
export const KsbProfileBuilder = createComponent({
  react: React,
  tagName: 'ksb-profile-builder',
  elementClass: KsbProfileBuilderElement,
  events: { onKsbProfile: 'ksb-profile' as EventName<KsbProfileEvent>, ...loadEvents },
  displayName: 'KsbProfileBuilder',
});

/**
 * `<ksb-review>` as a React component: the three-party initial assessment review.
 * Events: `onKsbChange` (every agreed rating, reason or sign-off; `detail.review`), `onKsbSubmit`, `onKsbError`, `onKsbLoad`.
 */
export const KsbReview = createComponent({
  react: React,
  tagName: 'ksb-review',
  elementClass: KsbReviewElement,
  events: {
    onKsbChange: 'ksb-change' as EventName<KsbReviewChangeEvent>,
    onKsbSubmit: 'ksb-submit' as EventName<KsbReviewSubmitEvent>,
    ...loadEvents,
  },
  displayName: 'KsbReview',
});
