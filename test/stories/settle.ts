// Waiting for the ksb elements of a rendered story, and reading what they show.
import { nextFrame } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { Framework } from '../../src/model/framework.js';
import type { KsbErrorDetail } from '../../src/shared/events.js';

export const KSB_TAGS = ['skills-scan', 'dreyfus-rater', 'ksb-matrix', 'ksb-framework', 'ksb-profile-builder', 'ksb-review'];

export type KsbElement = LitElement & { framework?: unknown; src?: string; currentFrameworkData?: Framework };

/** Every ksb element in the canvas (light DOM; stories do not nest them in shadow roots). */
export const ksbElements = (canvas: HTMLElement): KsbElement[] => [...canvas.querySelectorAll<KsbElement>(KSB_TAGS.join(','))];

/** The elements with a UI of their own (the provider only passes its framework on). */
export const shownElements = (canvas: HTMLElement): KsbElement[] => ksbElements(canvas).filter((el) => el.localName !== 'ksb-framework');

/** `ksb-load` and `ksb-error` events fired in a canvas, by the element that fired them. */
export class StoryEvents {
  readonly loaded = new Set<EventTarget>();
  readonly errors: { target: EventTarget; detail: KsbErrorDetail }[] = [];

  constructor(canvas: HTMLElement) {
    canvas.addEventListener('ksb-load', (e) => this.loaded.add(e.composedPath()[0]));
    canvas.addEventListener('ksb-error', (e) => this.errors.push({ target: e.composedPath()[0], detail: (e as CustomEvent<KsbErrorDetail>).detail }));
  }

  /** Whether the element has reported its framework read (`ksb-load`) or failed (`ksb-error`). */
  reported(el: EventTarget): boolean {
    return this.loaded.has(el) || this.errors.some((e) => e.target === el);
  }
}

/** Why an element has not settled yet, or undefined when it has. */
function unsettled(el: KsbElement, events: StoryEvents): string | undefined {
  if (el.isUpdatePending) return 'an update is pending';
  if (el.shadowRoot?.querySelector('[aria-busy="true"]')) return 'it still shows its loading state';
  if (el.src && el.framework === undefined && !events.reported(el)) return `it has fired neither ksb-load nor ksb-error for src="${el.src}"`;
  return undefined;
}

/**
 * Resolves once every ksb element in the canvas has settled: its framework
 * fetched and reported (`ksb-load` / `ksb-error`), no loading state shown and
 * no update pending, for two frames in a row (layout changes from resize
 * observers come a frame late). Rejects after `timeout` ms naming what is stuck.
 */
export async function settle(canvas: HTMLElement, events: StoryEvents, timeout = 8000): Promise<void> {
  const start = performance.now();
  let quiet = 0;
  for (;;) {
    const elements = ksbElements(canvas);
    await Promise.all(elements.map((el) => el.updateComplete));
    await nextFrame();
    const stuck = elements.map((el) => [el, unsettled(el, events)] as const).filter(([, why]) => why);
    quiet = stuck.length ? 0 : quiet + 1;
    if (quiet === 2) return;
    if (performance.now() - start > timeout) {
      throw new Error(`Not settled after ${timeout} ms: ${stuck.map(([el, why]) => `<${el.localName}>: ${why}`).join('; ')}`);
    }
    if (stuck.length) await new Promise((r) => setTimeout(r, 20));
  }
}

/** The text an element shows, whitespace collapsed. */
export const shownText = (el: Element): string => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ');

/** Whether an element shows a part (`part` attribute token). */
export const showsPart = (el: Element, part: string): boolean => !!el.shadowRoot?.querySelector(`[part~="${part}"]`);

/** Whether an element shows the framework it uses: its title, or some item's code, title or statement. */
export function showsFrameworkContent(el: KsbElement): boolean {
  const fw = el.currentFrameworkData;
  if (!fw) return false;
  const text = shownText(el);
  const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  return [fw.title, ...fw.items.flatMap((i) => [i.code, i.title, i.statement])].some((s) => clean(s).length > 1 && text.includes(clean(s)));
}
