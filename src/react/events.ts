/**
 * The event props the React wrappers share, as each element's @fires JSDoc
 * declares them (internal to `ksb-elements/react/*`).
 */
import type { EventName } from '@lit/react';
import type { KsbChangeEvent, KsbErrorEvent, KsbLoadEvent, KsbSubmitEvent } from '../shared/events.js';

export const loadEvents = {
  onKsbError: 'ksb-error' as EventName<KsbErrorEvent>,
  onKsbLoad: 'ksb-load' as EventName<KsbLoadEvent>,
};

export const resultEvents = {
  onKsbChange: 'ksb-change' as EventName<KsbChangeEvent>,
  onKsbSubmit: 'ksb-submit' as EventName<KsbSubmitEvent>,
  ...loadEvents,
};
