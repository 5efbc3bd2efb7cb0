import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/dreyfus-rater/dreyfus-rater.js';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import '../../src/elements/ksb-framework/ksb-framework.js';
import type { KsbErrorDetail, KsbLoadDetail } from '../../src/shared/events.js';

/** How the framework reaches the element. */
export type Delivery = 'property' | 'attribute' | 'src';

/** The elements under test; `provider` is `<ksb-framework>` with a `<skills-scan>` inside. */
export const ELEMENTS = ['skills-scan', 'dreyfus-rater', 'ksb-matrix', 'provider'] as const;
export type ElementKind = (typeof ELEMENTS)[number];

export interface Mounted {
  /** The element given the framework (the provider, for `provider`). */
  host: HTMLElement;
  /** The element whose shadow root shows the framework (the consumer, for `provider`). */
  view: HTMLElement & { updateComplete: Promise<boolean> };
  errors: KsbErrorDetail[];
  loads: KsbLoadDetail[];
}

/** JSON text of an input (text is kept as it is). */
export const asText = (input: unknown): string => (typeof input === 'string' ? input : JSON.stringify(input));

/** Creates an element for `kind` with extra attributes, and its view. */
function create(kind: ElementKind): { host: HTMLElement; view: Mounted['view'] } {
  if (kind === 'provider') {
    const host = document.createElement('ksb-framework');
    const view = document.createElement('skills-scan');
    view.setAttribute('mode', 'all');
    host.append(view);
    return { host, view };
  }
  const el = document.createElement(kind);
  if (kind === 'skills-scan') el.setAttribute('mode', 'all');
  // Rows of every rated type and duty columns: statements show as row headers without an n × n grid.
  if (kind === 'ksb-matrix') {
    el.setAttribute('rows', 'knowledge skill behaviour competency');
    el.setAttribute('columns', 'duty');
    el.setAttribute('layout', 'table');
  }
  return { host: el, view: el as Mounted['view'] };
}

/**
 * Mounts `kind` with `input` delivered as a property, a JSON attribute or a
 * `src` URL (a blob: URL holding the JSON text, unless `url` is given), and
 * waits until it has left the loading state.
 */
export async function mount(kind: ElementKind, input: unknown, delivery: Delivery, url?: string): Promise<Mounted> {
  const { host, view } = create(kind);
  const errors: KsbErrorDetail[] = [];
  const loads: KsbLoadDetail[] = [];
  host.addEventListener('ksb-error', (e) => errors.push((e as CustomEvent<KsbErrorDetail>).detail));
  host.addEventListener('ksb-load', (e) => loads.push((e as CustomEvent<KsbLoadDetail>).detail));
  let blobUrl: string | undefined;
  if (delivery === 'property') (host as unknown as { framework: unknown }).framework = input;
  else if (delivery === 'attribute') host.setAttribute('framework', asText(input));
  else {
    blobUrl = url ? undefined : URL.createObjectURL(new Blob([asText(input)], { type: 'application/json' }));
    host.setAttribute('src', url ?? blobUrl!);
  }
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(host);
  try {
    await settle(view);
  } finally {
    if (blobUrl) URL.revokeObjectURL(blobUrl);
  }
  return { host, view, errors, loads };
}

/** Waits until the element has rendered something other than its loading status. */
export async function settle(view: Mounted['view']): Promise<void> {
  await view.updateComplete;
  await waitUntil(() => view.shadowRoot && view.shadowRoot.childElementCount > 0 && !view.shadowRoot.querySelector('[aria-busy="true"]'), 'element still loading', {
    timeout: 8000,
    interval: 10,
  });
  await view.updateComplete;
}

/** The visible text of the view's shadow root. */
export function shownText(view: HTMLElement): string {
  return view.shadowRoot!.textContent ?? '';
}

/** The framework error panel, if shown: an alert with a heading. */
export function errorPanel(view: HTMLElement): { heading: string; items: string[] } | undefined {
  const panel = view.shadowRoot!.querySelector<HTMLElement>('[part="error"][role="alert"]');
  if (!panel) return undefined;
  return {
    heading: panel.querySelector('h2, h3')?.textContent?.trim() ?? '',
    items: [...panel.querySelectorAll('li')].map((li) => li.textContent!.trim()),
  };
}
