/**
 * The script-tag bundle (`dist/ksb-elements.bundle.js`): a small loader that
 * knows every tag and loads a tag's implementation (its chunk, and the shared
 * chunks it needs) when the tag first appears in the document. A page pays
 * for the elements it shows, not for all six.
 *
 * - Tags in the page when the bundle runs, and tags added later (by a
 *   script, a framework's render), are loaded as they are found. Properties
 *   set on an element before its class arrives are kept (Lit applies them on
 *   upgrade); to call a method (`submit()`, `reload()`), wait for
 *   `customElements.whenDefined(tag)`, or for `ready` (the tags in the page
 *   at load).
 * - Tags inside a shadow root the bundle cannot see (a host's own
 *   component): call `define('skills-scan')`, or `define()` for every tag.
 */
import { KSB_TAG_NAMES } from './shared/tags.js';

export * from './shared/events.js';
export { frameworkContext } from './shared/context.js';
export { registerLocale, type LocaleStrings } from './locale.js';

const IMPLEMENTATIONS: Record<(typeof KSB_TAG_NAMES)[number], () => Promise<unknown>> = {
  'skills-scan': () => import('./elements/skills-scan/skills-scan.js'),
  'dreyfus-rater': () => import('./elements/dreyfus-rater/dreyfus-rater.js'),
  'ksb-matrix': () => import('./elements/ksb-matrix/ksb-matrix.js'),
  'ksb-framework': () => import('./elements/ksb-framework/ksb-framework.js'),
  'ksb-profile-builder': () => import('./elements/ksb-profile-builder/ksb-profile-builder.js'),
  'ksb-review': () => import('./elements/ksb-review/ksb-review.js'),
};

/** A tag of the library. */
export type KsbTag = (typeof KSB_TAG_NAMES)[number];

/** Every tag the bundle can load. */
export const KSB_TAGS: readonly KsbTag[] = KSB_TAG_NAMES;

const loading = new Map<KsbTag, Promise<CustomElementConstructor>>();

/**
 * Loads and registers the implementations of `tags` (every tag when none is
 * given) now, whether or not they are in the page; resolves with their
 * classes. A load that fails (the network) rejects, and the next call or
 * appearance of the tag tries again.
 */
export function define(...tags: KsbTag[]): Promise<CustomElementConstructor[]> {
  return Promise.all(
    (tags.length ? tags : KSB_TAGS).map((tag) => {
      if (!(tag in IMPLEMENTATIONS)) return Promise.reject(new TypeError(`"${tag}" is not a ksb-elements tag (${KSB_TAGS.join(', ')})`));
      let load = loading.get(tag);
      if (!load) {
        load = IMPLEMENTATIONS[tag]().then(() => customElements.whenDefined(tag));
        // A failed load is forgotten, so that the tag can be tried again.
        load.catch(() => loading.delete(tag));
        loading.set(tag, load);
      }
      return load;
    }),
  );
}

/** The tags not loaded yet that are in `root` (or are `root`): one selector query for all of them, then one per tag found. */
function tagsIn(root: Element | Document): KsbTag[] {
  const waiting = KSB_TAGS.filter((tag) => !loading.has(tag));
  const has = (tag: string) => (root instanceof Element && root.matches(tag)) || root.querySelector(tag) !== null;
  return waiting.length && has(waiting.join(',')) ? waiting.filter(has) : [];
}

/** Loads what `root` needs; a failed load is reported once in the console, and retried when the tag next appears. */
function defineIn(root: Element | Document): Promise<unknown> {
  const tags = tagsIn(root);
  return tags.length ? define(...tags).catch((e: unknown) => console.error('ksb-elements: an element could not be loaded', e)) : Promise.resolve();
}

/**
 * Settles once the tags in the page when the bundle ran are defined (or have
 * failed to load); never rejects. No top-level await: the chunks share code
 * with the bundle, and a bundle waiting on them would wait for ever.
 */
export const ready: Promise<void> = typeof document === 'undefined' ? Promise.resolve() : watch(document);

function watch(doc: Document): Promise<void> {
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void defineIn(node);
    // Every tag loaded: nothing left to watch for.
    if (KSB_TAGS.every((tag) => customElements.get(tag))) observer.disconnect();
  });
  observer.observe(doc, { childList: true, subtree: true });
  return defineIn(doc).then(() => undefined);
}
