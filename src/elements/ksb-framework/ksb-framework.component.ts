import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { Result } from '../../model/result.js';
import { frameworkContext, type FrameworkContextValue } from '../../shared/context.js';
import type { KsbResultDetail } from '../../shared/events.js';
import { KsbFrameworkElement } from '../../shared/framework-element.js';

/**
 * `<ksb-framework>`: loads one framework (inline JSON, property or `src`) for
 * every ksb element inside it, and shares their latest results, so a scan and
 * a matrix on one page use the same framework and the matrix follows the scan
 * live. Elements inside that set their own `framework` or `src` use that instead.
 *
 * @summary Shares one framework and the latest results with the elements inside.
 * @tagname ksb-framework
 *
 * @slot - The ksb elements (and any other content).
 *
 * @fires ksb-error - When the framework cannot be loaded or is invalid (the elements inside show the problems).
 * @fires ksb-load - When the framework has been read and validated.
 */
export class KsbFrameworkProvider extends KsbFrameworkElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** What the elements inside receive through the context: the framework, its state and their latest results. */
  @state() protected shared: FrameworkContextValue = { status: 'empty', problems: [], results: [], reload: () => this.reload() };

  // The controller rather than the `@provide` decorator: the same provider, less code in every page.
  private readonly contextProvider = new ContextProvider(this, { context: frameworkContext, initialValue: this.shared });

  private latest = new Map<EventTarget, Result>();

  constructor() {
    super();
    const track = (e: Event) => {
      const source = e.composedPath()[0];
      const detail = (e as CustomEvent<KsbResultDetail>).detail;
      if (source === this || !detail?.result) return;
      this.latest.set(source, detail.result);
      this.share({ ...this.shared, results: [...this.latest.values()] });
    };
    this.addEventListener('ksb-change', track);
    this.addEventListener('ksb-submit', track);
  }

  /** Shares a new value with the elements inside at once (as `@provide` would). */
  private share(value: FrameworkContextValue): void {
    this.shared = value;
    this.contextProvider.setValue(value);
  }

  /** The latest result of each element inside, in the order they first changed. */
  get results(): Result[] {
    return this.shared.results;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const s = this.shared;
    if (s.status !== this.status || s.framework !== this.currentFramework || s.problems !== this.frameworkProblems || s.translated !== this.translated) {
      this.share({ ...s, status: this.status, framework: this.currentFramework, problems: this.frameworkProblems, translated: this.translated });
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}
