/**
 * Elements whose language is inherited follow `lang` changes anywhere in the
 * page (on `<html>` or a container): one observer for all of them, watching
 * only `lang`, connected while any element follows.
 */

/** Each following element, with what to do when a `lang` changes. */
const langFollowers = new Map<Element, () => void>();
let langObserver: MutationObserver | undefined;

/** Has `el` call `onChange` whenever a `lang` attribute changes in the page; without `onChange`, stops. */
export function followLang(el: Element, onChange?: () => void): void {
  if (onChange) langFollowers.set(el, onChange);
  else langFollowers.delete(el);
  if (langFollowers.size && !langObserver) {
    langObserver = new MutationObserver(() => langFollowers.forEach((f) => f()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (!langFollowers.size && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}
