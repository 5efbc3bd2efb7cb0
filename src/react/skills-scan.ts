/** `<skills-scan>` as a React component on its own: importing it registers that element only. */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SkillsScan as SkillsScanElement } from '../elements/skills-scan/skills-scan.js';
import { resultEvents } from './events.js';

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
