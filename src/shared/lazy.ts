import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type ReactiveElement } from 'lit';

/**
 * A module loaded on first use with dynamic `import()`, so that bundlers (and
 * the script-tag bundle) keep it in a chunk of its own that pages which never
 * use the feature do not download. `value` is the module once loaded.
 */
export class LazyModule<T> {
  /** The module, once loaded. */
  value?: T;
  /** Whether the last attempt to load it failed (until the next attempt). */
  failed = false;
  private loading?: Promise<void>;

  constructor(private readonly importer: () => Promise<T>) {}

  /**
   * Starts loading the module (once) and returns a promise that settles when
   * it is loaded or has failed (a later call then tries again); never
   * rejects. Undefined when the module is already loaded.
   */
  load(): Promise<void> | undefined {
    if (this.value) return undefined;
    if (!this.loading) this.failed = false;
    this.loading ??= this.importer().then(
      (module) => {
        this.value = module;
      },
      () => {
        this.loading = undefined;
        this.failed = true;
      },
    );
    return this.loading;
  }

  /** Starts loading once the browser is idle, so a feature likely needed soon is there without a wait. */
  prefetch(): void {
    if (this.value || this.loading) return;
    const load = () => void this.load();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
    else setTimeout(load, 200);
  }
}

const chunkStyles = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds styles that came with a chunk loaded on demand to an element's shadow
 * root, after the element's own (once per root), so pages that never show
 * the feature do not download its CSS either.
 */
export function adoptChunkStyles(el: ReactiveElement, styles: CSSResult): void {
  const root = el.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const added = chunkStyles.get(root) ?? new Set();
  if (added.has(styles)) return;
  added.add(styles);
  chunkStyles.set(root, added);
  // Lit's `adoptStyles` sets the whole list of constructed sheets; without them it appends a <style> per entry.
  adoptStyles(root, supportsAdoptingStyleSheets ? [...(el.constructor as typeof ReactiveElement).elementStyles, ...added] : [styles]);
}
