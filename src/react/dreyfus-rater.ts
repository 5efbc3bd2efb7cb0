/** `<dreyfus-rater>` as a React component on its own: importing it registers that element only. */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { DreyfusRater as DreyfusRaterElement } from '../elements/dreyfus-rater/dreyfus-rater.js';
import { resultEvents } from './events.js';

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
