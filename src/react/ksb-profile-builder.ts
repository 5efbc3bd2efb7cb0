/** `<ksb-profile-builder>` as a React component on its own: importing it registers that element only. */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { KsbProfileBuilder as KsbProfileBuilderElement } from '../elements/ksb-profile-builder/ksb-profile-builder.js';
import type { KsbProfileEvent } from '../shared/events.js';
import { loadEvents } from './events.js';

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
