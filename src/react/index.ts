/**
 * React components for the ksb elements, made with `@lit/react`.
 *
 * Importing this module registers every element (like the main entry); each
 * component is also an entry of its own that registers only its element
 * (`ksb-elements/react/skills-scan`, `…/dreyfus-rater`, `…/ksb-matrix`,
 * `…/ksb-framework`, `…/ksb-profile-builder`, `…/ksb-review`), which a page
 * using one element should import. Needs
 * React 18 or later. Props set the element's properties (objects such as
 * `framework`, `value` or `profile` are passed as they are, not as JSON
 * attributes); `onKsb…` props listen for the element's events, each typed
 * with the library's event class.
 *
 * ```js
 * import { SkillsScan } from 'ksb-elements/react/skills-scan';
 * createElement(SkillsScan, { src: '/frameworks/st0958.json', onKsbChange: (e) => save(e.detail.result) });
 * ```
 */
export { SkillsScan } from './skills-scan.js';
export { DreyfusRater } from './dreyfus-rater.js';
export { KsbMatrix } from './ksb-matrix.js';
export { KsbFramework } from './ksb-framework.js';
export { KsbProfileBuilder } from './ksb-profile-builder.js';
export { KsbReview } from './ksb-review.js';
export type { KsbChangeEvent, KsbErrorEvent, KsbLoadEvent, KsbProfileEvent, KsbReviewChangeEvent, KsbReviewSubmitEvent, KsbSelectEvent, KsbSubmitEvent } from '../shared/events.js';
