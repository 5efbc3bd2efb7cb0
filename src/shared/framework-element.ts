import { ContextConsumer, ContextRoot } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Framework } from '../model/framework.js';
import type { Problem } from '../model/problems.js';
import type { RoleProfile } from '../model/profile.js';
import { frameworkContext, type FrameworkContextValue, type FrameworkStatus } from './context.js';
import { KsbErrorEvent, KsbLoadEvent, type KsbErrorSource } from './events.js';
import { convertIfATE, fetchFramework, frameworkInputKey, isIfATE, readFramework } from './load-framework.js';
import { followLang } from './lang-follow.js';
import { loadStrings, resolveLang, stringsFor, type Strings } from './localize.js';
import { InvalidJson, jsonConverter } from './parse-attribute.js';
import { renderErrorPanel, type PanelAction } from './error-panel.js';
import { PROFILE_CODE_MISSING, profiles } from './profile-code.js';
import { LazyModule } from './lazy.js';
import type { TranslatedFramework } from '../model/translation.js';

/** Translations (validation, application, fetching and notices): a chunk of their own, loaded only with a `translation` or `translation-src`. */
const translationCode = new LazyModule(() => import('./translation-input.js'));

// An element upgraded before the <ksb-framework> around it (plain HTML with the scripts
// loaded in any order) asks for the framework before any provider listens; the root keeps
// such requests and replays them when a provider connects.
if (typeof document !== 'undefined') new ContextRoot().attach(document.documentElement);

/** An input given at all (a profile, a translation): not absent, null or an empty attribute. */
const given = (p: unknown) => p !== undefined && p !== null && p !== '';

/**
 * Base of every ksb element: resolves the framework from, in order of
 * precedence, the `framework` property or JSON attribute, the `src` URL, or an
 * enclosing `<ksb-framework>` provider; validates it; tracks loading and error
 * state; and reports bad input with `ksb-error` instead of throwing.
 */
export abstract class KsbFrameworkElement extends LitElement {
  /**
   * The framework, as a `ksb-framework/1` object (property) or JSON text
   * (attribute). Anything else is shown as an error.
   */
  @property({ converter: jsonConverter })
  framework?: unknown;

  /**
   * A role profile (`ksb-profile/1`, object or JSON text, e.g. from
   * `<ksb-profile-builder>`): the element then scans, rates or shows only the
   * profile's items (and their parents, for grouping), and results record the
   * profile. A profile for another framework or version, or naming unknown
   * items, is shown as an error and reported with `ksb-error` (source
   * `profile`).
   */
  @property({ converter: jsonConverter })
  profile?: unknown;

  /** URL of framework JSON, fetched when no `framework` is given. */
  @property()
  src?: string;

  /**
   * The framework's text in another language: a `ksb-translation/1` object
   * (property) or JSON text (attribute). Text it gives is shown in its
   * `language`; the rest stays in the framework's own, marked with that
   * `lang`. A translation for another framework is refused, with a notice and
   * `ksb-error` (source `translation`); one for another version of the
   * framework is applied where the ids match, with a notice listing what it
   * does not have. Answers are never touched.
   */
  @property({ converter: jsonConverter })
  translation?: unknown;

  /** URL of a `ksb-translation/1` file, fetched when no `translation` is given. */
  @property({ attribute: 'translation-src' })
  translationSrc?: string;

  /** Language of the UI strings (`en`, `cy`); defaults to the nearest `lang` on the page. */
  @property()
  override lang = '';

  /** What an enclosing `<ksb-framework>` shares, kept current by a context consumer. */
  @state() protected provided?: FrameworkContextValue;

  constructor() {
    super();
    // The controller rather than the `@consume` decorator: the same subscription, less code in every page.
    new ContextConsumer(this, { context: frameworkContext, subscribe: true, callback: (value) => (this.provided = value) });
  }

  /** Loading state of the framework in use. */
  @state() protected status: FrameworkStatus = 'empty';

  /** The validated framework in use, once `status` is `ready`: with a profile, only the profile's items. */
  @state() protected currentFramework?: Framework;

  /** Problems of the framework input (errors and warnings), or of the profile when it is unusable. */
  @state() protected frameworkProblems: Problem[] = [];

  /** Problems of the `profile` input (errors and warnings). */
  @state() protected profileProblems: Problem[] = [];

  /** Problems of the translation (errors: not applied; warnings: applied where the ids match). */
  @state() protected translationProblems: Problem[] = [];

  /** The translation in force: which texts of `currentFramework` it translated. */
  @state() protected translated?: TranslatedFramework;

  /** The text fetched from `translation-src`. */
  @state() private fetchedTranslation?: unknown;
  private translationLoading?: AbortController;

  /** The language inherited from the page (`lang` on an ancestor or `<html>`), kept in step by an observer. */
  @state() protected inheritedLang = '';

  /** A new `src` is loading while the framework loaded before stays shown. */
  @state() protected reloading = false;

  /**
   * Problems of a `src` that failed to load while a framework was shown: that
   * framework (and any answers) stays, with a notice.
   */
  @state() protected reloadProblems: Problem[] = [];

  /** The framework shown (or the error) came from a `src` that failed to load: the alert offers "Try again". */
  @state() private srcFailed = false;

  /** Focus was in the element when "Try again" was pressed: it goes back to the element's heading or alert once the load settles. */
  private refocus = false;

  /** The whole validated framework, before any profile is applied. */
  private sourceFramework?: Framework;
  private sourceProblems: Problem[] = [];
  private sourceStatus: FrameworkStatus = 'empty';
  /** The validated profile in use. */
  private profileInUse?: RoleProfile;

  /** The `framework` input last read, as JSON text, to recognise an equal one given again. */
  private frameworkInput?: string;
  /** The last framework passed to `frameworkChanged`, so an error in between does not read as a new framework. */
  private lastFramework?: Framework;

  private loading?: AbortController;
  private pendingEvents: Event[] = [];
  private focusSelector?: string;

  /** Moves focus, once the next render is done, to the first element in the shadow root matching `selector`. */
  protected focusAfterRender(selector: string): void {
    this.focusSelector = selector;
    this.requestUpdate();
  }

  /** UI strings in the element's language. */
  protected get strings(): Strings {
    return stringsFor(this.effectiveLang);
  }

  /**
   * Holds each update until the chunks it needs are loaded (`lazyChunks`), so
   * the element never renders without them (a Welsh page never shows English
   * first); `updateComplete` waits for them too.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.lazyChunks().filter((p) => p !== undefined);
    return loading.length ? this.updateAfter(loading) : super.scheduleUpdate();
  }

  /**
   * Renders once `loading` is done. A property set meanwhile (results given just after
   * the framework) may need chunks of its own: they are asked for again before the
   * render, a few rounds at most, since a chunk that keeps failing is tried anew each time.
   */
  private async updateAfter(loading: Promise<void>[]): Promise<unknown> {
    for (let round = 0; loading.length && round < 4; round++) {
      await Promise.all(loading);
      loading = this.lazyChunks().filter((p) => p !== undefined);
    }
    return super.scheduleUpdate();
  }

  /**
   * The chunks the next render needs, loading (`LazyModule.load()`; undefined
   * when loaded): the strings of the language in force. Subclasses add the
   * features their current properties switch on.
   */
  protected lazyChunks(): (Promise<void> | undefined)[] {
    const translating = given(this.translation) || !!this.translationSrc;
    return [loadStrings(this.effectiveLang), given(this.profile) ? profiles.load() : undefined, translating ? translationCode.load() : undefined];
  }

  /** The language in force: `lang` or the nearest ancestor's. */
  protected get effectiveLang(): string {
    return this.lang || (this.isConnected ? resolveLang(this) : this.inheritedLang || 'en-GB');
  }

  /** Re-reads the inherited language; a change re-renders the element in it. */
  private refreshLang(): void {
    const lang = resolveLang(this);
    if (lang !== this.inheritedLang) this.inheritedLang = lang;
  }

  /** The validated framework shown, if any (with a profile, only its items). */
  get currentFrameworkData(): Framework | undefined {
    return this.currentFramework;
  }

  /** The validated role profile in use, if any. */
  get currentProfile(): RoleProfile | undefined {
    return this.profileInUse;
  }

  /** The whole validated framework, before a profile is applied (the same as `currentFramework` without one). */
  protected get fullFramework(): Framework | undefined {
    return this.sourceFramework ?? this.currentFramework;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followLang(this);
    this.loading?.abort();
    this.loading = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved under another `lang`, or the page's `lang` changes later: relabel.
    this.refreshLang();
    followLang(this, () => this.refreshLang());
    // A move in the DOM aborts a fetch in flight: start it again.
    if (this.src && this.framework === undefined && (this.status === 'loading' || this.reloading) && !this.loading) this.loadSrc(this.src);
  }

  /** Stops a fetch or conversion in flight, and forgets a failed reload. */
  private stopLoading(): void {
    this.loading?.abort();
    this.loading = undefined;
    this.reloading = false;
    this.reloadProblems = [];
    this.srcFailed = false;
  }

  /**
   * Fetches `src` again: after a failed load (the alert's "Try again" calls
   * it), or to pick up a changed file. Inside a `<ksb-framework>` without a
   * `src` of its own, reloads the provider's. Does nothing when `framework`
   * is given. Answers given so far are kept, as for any reload of `src`.
   */
  reload(): void {
    if (this.shadowRoot?.activeElement) this.refocus = true;
    if (this.framework !== undefined) return;
    if (this.src) this.loadSrc(this.src);
    else this.provided?.reload?.();
  }

  /** The alert's "Try again", where a fetch failed (here or in the provider whose framework is shown). */
  private retryAction(): PanelAction | undefined {
    const fetchFailed = this.frameworkProblems.some((p) => p.code === 'fetch') || this.reloadProblems.some((p) => p.code === 'fetch');
    const fromProvider = this.framework === undefined && !this.src && !!this.provided?.reload;
    return this.srcFailed || (fromProvider && fetchFailed) ? { label: this.strings.tryAgain, run: () => this.reload() } : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const before = this.sourceFramework;
    this.resolveFramework(changed);
    if (changed.has('translationSrc')) this.loadTranslation();
    // A new profile or translation for the same framework (a new framework resolves them itself).
    const retranslate = changed.has('translation') || changed.has('fetchedTranslation');
    if ((changed.has('profile') || retranslate) && this.sourceFramework === before && this.sourceFramework && this.sourceStatus === 'ready') this.resolveProfile();
  }

  private resolveFramework(changed: PropertyValues): void {
    if (changed.has('framework')) {
      const inputKey = frameworkInputKey(this.framework);
      // The same framework given again as a new object (a host re-rendering): nothing to redo, nothing to announce.
      if (inputKey !== undefined && inputKey === this.frameworkInput && this.sourceStatus === 'ready' && !this.loading) return;
      this.frameworkInput = inputKey;
    }
    if (changed.has('framework') && this.framework !== undefined) {
      this.stopLoading();
      if (isIfATE(this.framework)) {
        this.convertInput(this.framework);
      } else {
        const { framework, problems } = readFramework(this.framework);
        this.applyFramework(framework, problems, 'framework');
      }
    } else if ((changed.has('src') || changed.has('framework')) && this.framework === undefined && this.src) {
      this.loadSrc(this.src);
    } else if (this.framework === undefined && !this.src && (changed.has('provided') || changed.has('framework') || changed.has('src'))) {
      if (changed.has('src') || changed.has('framework')) this.stopLoading();
      this.followProvider();
    }
  }

  private followProvider(): void {
    const p = this.provided;
    if (!p || p.status === 'empty') {
      this.applyFramework(undefined, [], 'framework', 'empty');
    } else if (p.status === 'loading') {
      this.status = 'loading';
    } else if (p.framework !== this.sourceFramework || p.status !== this.sourceStatus) {
      // The provider reports its own errors; the element only shows them.
      this.applyFramework(p.framework, p.problems, 'framework', p.status, false);
    }
  }

  /** Converts IfATE JSON given as `framework` (the converter loads on first use). */
  private convertInput(input: unknown): void {
    const controller = new AbortController();
    this.loading = controller;
    this.status = 'loading';
    void convertIfATE(input).then(
      (loaded) => {
        if (controller.signal.aborted) return;
        this.loading = undefined;
        this.applyFramework(loaded.framework, loaded.problems, 'framework');
      },
      (e: Error) => {
        if (controller.signal.aborted) return;
        this.loading = undefined;
        this.applyFramework(undefined, [{ path: '$', code: 'convert', severity: 'error', message: `The IfATE JSON could not be converted: ${e.message}` }], 'framework');
      },
    );
  }

  /**
   * Fetches `src`. With a framework already shown, it stays shown (and the
   * answers with it) while the new one loads, and stays if the new one fails:
   * the failure is a notice and a `ksb-error`, not an empty element.
   */
  private loadSrc(url: string): void {
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    const shown = () => this.sourceStatus === 'ready' && this.sourceFramework !== undefined;
    if (shown()) this.reloading = true;
    else this.status = 'loading';
    void fetchFramework(url, controller.signal).then((loaded) => {
      if (!loaded || controller.signal.aborted) return;
      this.loading = undefined;
      this.reloading = false;
      this.srcFailed = !loaded.framework;
      if (!loaded.framework && shown()) {
        this.reloadProblems = loaded.problems;
        this.queueEvent(new KsbErrorEvent({ source: 'src', problems: loaded.problems }));
        return;
      }
      this.reloadProblems = [];
      this.applyFramework(loaded.framework, loaded.problems, 'src');
    });
  }

  private applyFramework(
    framework: Framework | undefined,
    problems: Problem[],
    source: KsbErrorSource,
    status: FrameworkStatus = framework ? 'ready' : problems.length ? 'error' : 'empty',
    report = true,
  ): void {
    const previous = this.sourceFramework;
    this.sourceFramework = framework;
    this.sourceProblems = problems;
    this.sourceStatus = status;
    this.frameworkProblems = problems;
    this.status = status;
    if (report && status === 'error') this.queueEvent(new KsbErrorEvent({ source, problems }));
    if (!framework || status !== 'ready') {
      this.currentFramework = framework;
      this.profileInUse = undefined;
      this.profileProblems = [];
      return;
    }
    if (framework !== previous) {
      this.resolveProfile();
      if (report) {
        const warnings = problems.filter((p) => p.severity === 'warning');
        this.queueEvent(new KsbLoadEvent({ id: framework.id, version: framework.version, title: framework.title, warnings }));
      }
    }
  }

  /**
   * Applies `profile` to the validated framework: the element then works on
   * the profile's items only. An unusable profile puts the element in the
   * error state with the profile's problems (the framework itself is fine).
   */
  private resolveProfile(retried = false): void {
    const framework = this.sourceFramework!;
    const previous = this.lastFramework;
    const input = this.profile instanceof InvalidJson ? this.profile.text : this.profile;
    let next: Framework | undefined = framework;
    const code = profiles.value;
    if (!given(input)) {
      this.profileInUse = undefined;
      this.profileProblems = [];
    } else if (!code && !retried) {
      // A profile given while a framework fetch was in flight: resolve it once its code is loaded.
      this.status = 'loading';
      void profiles.load()?.then(() => this.sourceFramework === framework && this.resolveProfile(true));
      return;
    } else {
      const v: { value?: RoleProfile; problems: Problem[] } = code?.validateProfile(input, framework) ?? { problems: [PROFILE_CODE_MISSING] };
      this.profileProblems = v.problems;
      if (v.value) {
        this.profileInUse = v.value;
        next = code!.applyProfile(framework, v.value);
      } else {
        this.profileInUse = undefined;
        next = undefined;
        this.queueEvent(new KsbErrorEvent({ source: 'profile', problems: v.problems }));
      }
    }
    if (next) next = this.withTranslation(next, framework);
    this.currentFramework = next;
    this.status = next ? this.sourceStatus : 'error';
    this.frameworkProblems = next
      ? this.sourceProblems
      : this.profileProblems.map((p) => ({ ...p, message: `Role profile: ${p.message}` }));
    if (next && next !== previous) {
      this.lastFramework = next;
      this.frameworkChanged(next, previous);
    }
  }

  /**
   * The framework with the translation in force applied (`translation`, else
   * what `translation-src` gave), or as it is when there is none or it is
   * refused. Reports a refused translation once per input.
   */
  private withTranslation(framework: Framework, source: Framework): Framework {
    const input = this.translation instanceof InvalidJson ? this.translation.text : given(this.translation) ? this.translation : this.fetchedTranslation;
    if (!given(input)) {
      this.translated = undefined;
      if (!this.translationLoading && !this.translationSrc) this.translationProblems = [];
      return framework;
    }
    const code = translationCode.value;
    if (!code) {
      // Loaded before any update that sets a translation (`lazyChunks`); reached otherwise, it applies once the code is in.
      void translationCode.load()?.then(() => this.sourceFramework === source && this.resolveProfile());
      return framework;
    }
    const outcome = code.translate(input, framework, source, this.effectiveLang);
    this.translated = outcome.translated;
    this.translationProblems = outcome.problems;
    if (!outcome.translated) this.queueEvent(new KsbErrorEvent({ source: 'translation', problems: outcome.problems }));
    return outcome.framework;
  }

  /** Fetches `translation-src` (used when no `translation` is given); a failure is a notice and `ksb-error`, the framework stays as it is. */
  private loadTranslation(): void {
    this.translationLoading?.abort();
    this.translationLoading = undefined;
    const url = this.translationSrc;
    if (!url) {
      this.fetchedTranslation = undefined;
      return;
    }
    const controller = new AbortController();
    this.translationLoading = controller;
    void Promise.resolve(translationCode.load()).then(async () => {
      const code = translationCode.value;
      const loaded = code ? await code.fetchTranslation(url, controller.signal) : { problems: [{ path: '$', code: 'load', severity: 'error' as const, message: 'The translation code could not be loaded; reload the page.' }] };
      if (!loaded || controller.signal.aborted) return;
      this.translationLoading = undefined;
      if (loaded.text !== undefined) {
        this.fetchedTranslation = loaded.text;
      } else {
        this.translationProblems = loaded.problems;
        this.fetchedTranslation = undefined;
        this.queueEvent(new KsbErrorEvent({ source: 'translation', problems: loaded.problems }));
      }
    });
  }

  /**
   * The language of one framework text (`textKey(...)`), for its `lang`: the
   * translation's where it gave that text, else the framework's own (when it
   * names one), so a screen reader switches voice for text left untranslated.
   */
  protected textLang(key: string): string | undefined {
    // A framework from an enclosing <ksb-framework> comes with that provider's translation.
    const t = this.translated ?? (this.framework === undefined && !this.src ? this.provided?.translated : undefined);
    if (t) return t.translated.has(key) ? t.framework.language : t.sourceLanguage;
    return this.currentFramework?.language || undefined;
  }

  /**
   * The state shown until a framework is ready: loading (a polite status),
   * error (an alert listing every problem) or empty; undefined once ready.
   */
  protected renderFrameworkState(framework: Framework | undefined = this.currentFramework): TemplateResult | undefined {
    const s = this.strings;
    if (this.status === 'loading') return html`<p class="status" role="status" aria-busy="true">${s.loading}</p>`;
    if (this.status === 'error') {
      const fetchFailed = this.frameworkProblems.some((p) => p.code === 'fetch');
      return fetchFailed
        ? renderErrorPanel(s, this.frameworkProblems, s.loadFailedTitle, s.loadFailedIntro, this.retryAction())
        : this.profileInUse === undefined && this.profileProblems.some((p) => p.severity === 'error') && this.sourceStatus === 'ready'
          ? renderErrorPanel(s, this.profileProblems, s.profileErrorTitle, s.profileErrorIntro)
          : renderErrorPanel(s, this.frameworkProblems, undefined, undefined, this.retryAction());
    }
    if (!framework) return html`<p class="status" role="status">${s.noFramework}</p>`;
    return undefined;
  }

  /**
   * Notes about the input above the content: a new `src` loading, or failed
   * to load, while the framework before it stays shown; a conversion from
   * another format (IfATE JSON).
   */
  protected renderInputNotes(): TemplateResult | typeof nothing {
    const s = this.strings;
    const converted = this.frameworkProblems.some((p) => p.code === 'converted');
    const reloadErrors = this.reloadProblems.filter((p) => p.severity === 'error');
    const translation = this.renderTranslationNotes();
    if (!converted && !this.reloading && !reloadErrors.length && translation === nothing) return nothing;
    return html`${this.reloading ? html`<p class="status" role="status">${s.loading}</p>` : nothing}
    ${reloadErrors.length ? renderErrorPanel(s, reloadErrors, s.reloadFailedTitle, s.reloadFailedIntro, this.retryAction()) : nothing}
    ${converted ? html`<p class="notice" part="notice">${s.convertedFromIfATE}</p>` : nothing}${translation}`;
  }

  /** The translation's notices (from its chunk, which any translation loads first). */
  private renderTranslationNotes(): TemplateResult | typeof nothing {
    return this.translationProblems.length ? (translationCode.value?.renderTranslationNotes(this.effectiveLang, this.translationProblems) ?? nothing) : nothing;
  }

  /**
   * Called when a new validated framework is in use. Subclasses rebuild what
   * depends on it; `previous` lets them keep state across an equal replacement.
   */
  protected frameworkChanged(_framework: Framework, _previous: Framework | undefined): void {}

  /** Reports bad input of another kind (value, baseline, scale) with `ksb-error`. */
  protected reportProblems(source: KsbErrorSource, problems: Problem[]): void {
    if (problems.some((p) => p.severity === 'error')) this.queueEvent(new KsbErrorEvent({ source, problems }));
  }

  /** Events describing rendered state are dispatched once the render is done. */
  protected queueEvent(event: Event): void {
    this.pendingEvents.push(event);
    this.requestUpdate();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Properties set before the element was defined (a script-tag page sets them while the
    // element's chunk is on its way) reach it only in this first update, after the update
    // asked for its chunks: ask again, and render again once they are in.
    const late = this.lazyChunks().filter((p) => p !== undefined);
    if (late.length) void Promise.all(late).then(() => this.requestUpdate());
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusSelector) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusSelector);
      this.focusSelector = undefined;
      target?.focus();
    }
    if (this.refocus && this.status !== 'loading' && !this.reloading) {
      this.refocus = false;
      // The alert if it failed again; else the heading, else the first control of what loaded (the matrix has no heading).
      for (const selector of ['.error-panel[tabindex="-1"]', '#title', '[tabindex="0"], button, input, select']) {
        const target = this.renderRoot.querySelector<HTMLElement>(selector);
        if (target) {
          target.focus();
          break;
        }
      }
    }
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const event of events) this.dispatchEvent(event);
  }
}
