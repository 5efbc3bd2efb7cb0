/** `<ksb-review>` as a React component on its own: importing it registers that element only. */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { KsbReview as KsbReviewElement } from '../elements/ksb-review/ksb-review.js';
import type { KsbReviewChangeEvent, KsbReviewSubmitEvent } from '../shared/events.js';
import { loadEvents } from './events.js';

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
