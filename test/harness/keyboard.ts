import { sendKeys } from '@web/test-runner-commands';

/**
 * Drives an element by keyboard from a button placed just before it, as a
 * person tabbing into it from the page would. `tabTo` presses Tab until focus
 * (inside the element's shadow root) satisfies `match`, and fails the test
 * with where focus is if it never does.
 */
export function keyboardFrom(el: HTMLElement) {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
  const tabTo = async (match: (e: HTMLElement) => boolean, limit = 30): Promise<HTMLElement> => {
    for (let i = 0; i < limit; i++) {
      await sendKeys({ press: 'Tab' });
      const a = active();
      if (a && match(a)) return a;
    }
    throw new Error(`Tab never reached the target; focus is on ${active()?.outerHTML.slice(0, 80)}`);
  };
  return { active, tabTo, done: () => before.remove() };
}
