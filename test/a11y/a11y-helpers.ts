import { elementUpdated } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Framework } from '../../src/model/framework.js';

/** The focused element, followed down through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether the (deep) focused element is inside `el` or its shadow tree. */
export function focusInside(el: HTMLElement): boolean {
  const active = deepActive();
  return !!active && (el.contains(active) || el.shadowRoot!.contains(active));
}

export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The ids in an element's aria-describedby, resolved to their text in the shadow root. */
export function describedBy(root: ShadowRoot, el: Element): string[] {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => clean(root.getElementById(id)?.textContent));
}

/** Waits for the element's update, and then any update that update queued (focus moves after render). */
export async function settle(el: HTMLElement): Promise<void> {
  await elementUpdated(el);
  await elementUpdated(el);
}

/** Browser under test, as the runner names it. */
export const isFirefox = navigator.userAgent.includes('Firefox');

/**
 * Turns forced-colors emulation on or off (Chromium, through the DevTools
 * protocol; see forced-colors-plugin.mjs). Returns whether the page now
 * matches `(forced-colors: active)` as asked.
 */
export async function emulateForcedColors(active: boolean): Promise<boolean> {
  await executeServerCommand('ksb-forced-colors', { active });
  return matchMedia('(forced-colors: active)').matches === active;
}

/** Two competencies with rubrics and guidance, for the rater. */
export function twoCompetencies(): Framework {
  return {
    format: 'ksb-framework/1',
    id: 'two',
    version: '1',
    title: 'Two competencies',
    items: [
      { id: 'A', code: 'C1', type: 'competency', statement: 'Listening' },
      { id: 'B', code: 'C2', type: 'competency', statement: 'Planning' },
    ],
    rubrics: [
      { item: 'A', scale: 'dreyfus', keyFeatures: 'Listens first.', descriptors: [{ value: 3, text: 'Listens well' }] },
      { item: 'B', scale: 'dreyfus', descriptors: [{ value: 3, text: 'Plans well' }] },
    ],
  };
}
