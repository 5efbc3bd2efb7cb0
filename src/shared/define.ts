/**
 * Registers a custom element, tolerating a tag already defined: a page can
 * load the library twice (a CDN bundle and an npm copy). A different class
 * under the same tag is left in place with a console warning, not an exception.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, ctor);
  else if (existing !== ctor) console.warn(`ksb-elements: <${tag}> is already defined by another copy; keeping that one.`);
}
