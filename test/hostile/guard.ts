import { expect } from '@open-wc/testing';
import { PWNED } from './payloads.js';

/**
 * Watches the page while a hostile input is shown: uncaught errors and
 * unhandled rejections, and every node inserted into the document or any
 * shadow root (including roots attached while watching) that could run
 * script: `<script>`, `<img>`, `<iframe>`, `<object>`, `<embed>`, a
 * `javascript:` link or any `on…` handler attribute.
 */
export interface PageWatch {
  /** Stops watching and returns what was seen. */
  stop(): { errors: string[]; injected: string[] };
}

const DANGEROUS_TAGS = new Set(['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'FRAME']);

/** Why an element could run script, or undefined. */
export function danger(el: Element): string | undefined {
  if (DANGEROUS_TAGS.has(el.tagName.toUpperCase())) return `<${el.tagName.toLowerCase()}>`;
  for (const attr of el.getAttributeNames()) {
    if (/^on/i.test(attr)) return `${el.tagName.toLowerCase()}[${attr}]`;
    const v = (el.getAttribute(attr) ?? '').replace(/[\s\u0000-\u001F]/g, '').toLowerCase();
    if (/^(href|src|action|formaction|xlink:href|data)$/i.test(attr) && /^(javascript|data|vbscript):/.test(v)) return `${el.tagName.toLowerCase()}[${attr}=${v.slice(0, 30)}]`;
  }
  return undefined;
}

/** Every element under `root`, through open shadow roots. */
export function deepElements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    for (const el of (node as ParentNode).querySelectorAll?.('*') ?? []) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root instanceof Element) {
    out.push(root);
    if (root.shadowRoot) walk(root.shadowRoot);
  }
  walk(root);
  return out;
}

/** Dangerous elements anywhere under `root`, with why. */
export function dangerousIn(root: Node): string[] {
  return deepElements(root).flatMap((el) => {
    const d = danger(el);
    return d ? [d] : [];
  });
}

/** Starts watching; call `stop()` in the same test. */
export function watchPage(): PageWatch {
  const errors: string[] = [];
  const injected: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);

  const check = (records: MutationRecord[]) => {
    for (const rec of records) {
      if (rec.type === 'attributes' && rec.target instanceof Element) {
        const d = danger(rec.target);
        if (d) injected.push(d);
      }
      for (const node of rec.addedNodes) {
        if (node instanceof Element) injected.push(...dangerousIn(node));
        else if (node instanceof DocumentFragment) injected.push(...dangerousIn(node));
      }
    }
  };
  const observer = new MutationObserver(check);
  const options: MutationObserverInit = { childList: true, subtree: true, attributes: true };
  observer.observe(document, options);
  // Shadow roots are not reached by the document's observer: watch each from the moment it exists.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    observer.observe(root, options);
    return root;
  };
  // Roots that already exist (elements defined before the test).
  for (const el of deepElements(document.body)) if (el.shadowRoot) observer.observe(el.shadowRoot, options);

  return {
    stop() {
      check(observer.takeRecords());
      observer.disconnect();
      Element.prototype.attachShadow = attachShadow;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return { errors, injected };
    },
  };
}

/** The payload flag, if any payload ever ran. */
export function pwned(): unknown {
  return (window as unknown as Record<string, unknown>)[PWNED];
}

/** Keys added to `Object.prototype` (a polluted prototype), and whether `{}` inherits a `polluted` field. */
export function prototypePollution(): string[] {
  const found = Object.getOwnPropertyNames(Object.prototype).filter((k) => !BASELINE_PROTO_KEYS.has(k));
  if (({} as Record<string, unknown>).polluted !== undefined) found.push('polluted');
  if ((Array.prototype as unknown as Record<string, unknown>).polluted !== undefined) found.push('Array.prototype.polluted');
  return found;
}

const BASELINE_PROTO_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Clicks every link (`<a href>`) inside `root`'s shadow trees. Links to
 * `javascript:` are clicked as they are (they must not exist, and must not
 * run); navigation to other addresses is cancelled so the test page stays.
 */
export function clickAllLinks(root: Element): number {
  const links = deepElements(root).filter((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement && el.hasAttribute('href'));
  const cancel = (e: Event) => {
    const a = (e.composedPath().find((n) => n instanceof HTMLAnchorElement) as HTMLAnchorElement | undefined);
    if (a && !/^\s*javascript:/i.test(a.getAttribute('href') ?? '')) e.preventDefault();
  };
  window.addEventListener('click', cancel, true);
  try {
    for (const a of links) a.click();
  } finally {
    window.removeEventListener('click', cancel, true);
  }
  return links.length;
}

/**
 * Watches the page during every test of the calling file and, unless the test
 * already failed (its own failure says more), fails it on an uncaught error, a
 * script-capable node inserted, a payload that ran or a polluted prototype.
 */
export function guardEachTest(): void {
  let watch: PageWatch;
  beforeEach(() => {
    watch = watchPage();
  });
  afterEach(function () {
    const seen = watch.stop();
    if (this.currentTest?.state === 'failed') return;
    expect(seen.errors, 'uncaught errors in the page').to.deep.equal([]);
    expect(seen.injected, 'script-capable nodes inserted').to.deep.equal([]);
    expect(pwned(), 'a payload ran').to.equal(undefined);
    expect(prototypePollution(), 'Object.prototype polluted').to.deep.equal([]);
  });
}
