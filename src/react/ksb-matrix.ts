/** `<ksb-matrix>` as a React component on its own: importing it registers that element only. */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { KsbMatrix as KsbMatrixElement } from '../elements/ksb-matrix/ksb-matrix.js';
import type { KsbSelectEvent } from '../shared/events.js';
import { loadEvents } from './events.js';

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
