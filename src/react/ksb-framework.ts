/** `<ksb-framework>` as a React component on its own: importing it registers that element only. */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { KsbFrameworkProvider } from '../elements/ksb-framework/ksb-framework.js';
import { loadEvents } from './events.js';

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
