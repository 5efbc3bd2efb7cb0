import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { focusLost } from './focus.js';
import { formatDate } from './localize.js';
import { property, state } from 'lit/decorators.js';
import type { Framework } from '../model/framework.js';
import type { Problem } from '../model/problems.js';
import { createResult, MISMATCH_CODES, setResponse, type Result } from '../model/result.js';
import { countAnswers } from '../model/summary.js';
import type { DraftController, DraftHost } from './draft-controller.js';
import { ERROR_SUMMARY_ID, renderErrorPanel, type SummaryProblem } from './error-panel.js';
import { KsbChangeEvent, KsbSubmitEvent } from './events.js';
import { KsbFormElement } from './form-element.js';
import { adoptChunkStyles, LazyModule } from './lazy.js';
import { InvalidJson, jsonConverter } from './parse-attribute.js';
import type { HeldHost } from './held-notice.js';
import { resultReader } from './result-reader.js';
import { renderProgressBar } from './progress-bar.js';
import { integrityCode, stamped } from './integrity-code.js';
import { PARTIES, type Party } from '../model/result.js';

/** The `autosave` machinery and its notes: a chunk of its own, loaded (in `lazyChunks`) only when `autosave` is on. */
const draftCode = new LazyModule(() => import('./draft-controller.js'));

/**
 * The notice for a held result (and its strings): a chunk of its own, loaded
 * (in `lazyChunks`) with result validation, which any held result needs first.
 */
const heldCode = new LazyModule(() => import('./held-notice.js'));

/**
 * The error summary and inline errors of a failed submit, with their CSS: a
 * chunk of its own, prefetched once a `required` element renders and loaded
 * (in `lazyChunks`) before any render that shows errors.
 */
const errorCode = new LazyModule(() => import('./error-summary.js'));

const given = (v: unknown) => v !== undefined && v !== null && v !== '';
const READER_MISSING: Problem = { path: '$', code: 'load', severity: 'error', message: 'The code that reads results could not be loaded; reload the page.' };
const HELD_CODE_MISSING: Problem = { path: '$', code: 'load', severity: 'error', message: 'The code that offers saved answers for another version could not be loaded; reload the page.' };

/** A saved result that does not fit the framework shown: kept aside, never merged silently. */
export interface HeldResult {
  result: Result;
  problems: Problem[];
  /** Responses whose item exists in the framework shown. */
  matching: Result['responses'];
  /** Responses for items the framework shown does not have. */
  unknown: Result['responses'];
}

/** A result kept aside for a framework it does not fit: which answers match its items and which do not. */
function heldFor(result: Result, framework: Framework, problems: Problem[] = []): HeldResult {
  const ids = new Set(framework.items.map((i) => i.id));
  return { result, problems, matching: result.responses.filter((r) => ids.has(r.item)), unknown: result.responses.filter((r) => !ids.has(r.item)) };
}

/**
 * Base of the elements that produce a result (`<skills-scan>`,
 * `<dreyfus-rater>`): holds the result, resumes from `value`, emits
 * `ksb-change` and `ksb-submit`, and takes part in forms through
 * `ElementInternals` (the result is the form value, as JSON). With
 * `autosave`, keeps a draft on the device (see `./autosave.ts`).
 *
 * @csspart autosave - With `autosave`: the note that saved answers were restored (with "Start again") or cleared (with "Undo"), or that drafts cannot be saved or read on this device.
 */
export abstract class KsbResultElement extends KsbFormElement {
  /** Who the result is about (passed through to results). */
  @property() subject?: string;

  /**
   * Which party gives the ratings: `learner` (rating themself), `employer`,
   * `provider` or `assessor` (rating the `subject`). Recorded in the result
   * as `party`. Any party but the learner is addressed about the subject
   * ("How well can Jo do this?"). An unknown value is reported with
   * `ksb-error` (source `party`) and the element's default is used.
   */
  @property() party?: Party;

  /**
   * A previous result (from `ksb-change` or `ksb-submit`) to resume from, as an
   * object or JSON text. A result for another framework or version is not
   * applied: the element shows what matches and lets the person choose.
   */
  @property({ converter: jsonConverter }) value?: unknown;

  /**
   * Keeps a draft of the answers on this device (`localStorage`), written
   * shortly after each change and removed on submit, and restores it (with a
   * notice and a "Start again" button) when the same framework id and version
   * load again. A `value` always wins over a draft. Drafts are keyed by tag,
   * framework id and version, `name` (else `id`) and `subject`:
   * `ksb-draft:<tag>:<id>:<version>:<name>:<subject>`, each part
   * percent-encoded. A draft for another version is offered like a
   * mismatched `value`, never merged silently. When storage is full or
   * unavailable the answers stay in memory, a note says so once, and
   * `ksb-error` fires with source `autosave`. Off by default: drafts stay on
   * the device, so turn it on only where people know it (not on shared
   * computers without telling them). Not used when `readonly`.
   */
  @property({ type: Boolean, reflect: true }) autosave = false;

  /** The current result. */
  @state() protected result?: Result;

  /** The answers so far: `downloadCSV()` saves a row per item answered. */
  protected get csvResults(): readonly Result[] {
    return this.result ? [this.result] : [];
  }

  /** A saved result that did not match the framework, waiting for the person's choice. */
  @state() protected held?: HeldResult;

  /** Problems with the `value` input. */
  @state() protected valueProblems: Problem[] = [];

  /** The answers shown came from a draft (`restored`), or the person has just cleared them (`cleared`, with undo). */
  @state() protected draftNotice?: 'restored' | 'cleared';

  /** Storage trouble, noted once: drafts cannot be saved, or a stored draft cannot be read. */
  @state() protected draftTrouble?: 'save' | 'read';

  /** The `value` last read, so one input is read (and reported) once. */
  private valueRead?: unknown;
  /** Keeps the draft (`autosave`), once its code is loaded. */
  protected drafts?: DraftController;

  /** Whether focus was inside the element when an update began. */
  private focusWasInside = false;
  /** A chunk loading for a render that went ahead without it (`chunkNow`). */
  private chunkLoading?: Promise<void>;

  /** The current result (a copy is not made: treat as read-only). */
  get currentResult(): Result | undefined {
    return this.result;
  }

  /** Items the person is asked about, in order. */
  protected abstract answerableItems(): string[];

  /** Scale used for new responses. */
  protected abstract scaleId(): string;

  /** The party in force: a known `party`, else the element's default (`learner` for the scan; none for the rater). */
  protected get partyInForce(): Party | undefined {
    return this.party && PARTIES.includes(this.party) ? this.party : this.defaultParty;
  }

  /** The party recorded when `party` is not set. */
  protected get defaultParty(): Party | undefined {
    return undefined;
  }

  /** Whether the wording speaks about the subject rather than to the person rating themself. */
  protected get aboutSomeoneElse(): boolean {
    const party = this.partyInForce;
    return !!party && party !== 'learner';
  }

  /** Extra identity stamped on new results (rater for the rater element). */
  protected resultAbout(): { subject?: string; rater?: string; party?: Party } {
    return { subject: this.subject, party: this.partyInForce };
  }

  /**
   * Result validation loads with the first result to read: a `value`, or a
   * draft (`autosave`), and the held-result notice with it, so a result for
   * another version shows its notice in the render that holds it; the draft
   * code with `autosave`, so a draft is restored in the first render that
   * shows the framework. The error summary's code before the update that
   * shows the errors of a failed submit, so focus can move to the summary.
   */
  protected override lazyChunks(): (Promise<void> | undefined)[] {
    const reads = given(this.value) || this.autosave || !!this.held;
    return [
      ...super.lazyChunks(),
      reads ? resultReader.load() : undefined,
      reads ? heldCode.load() : undefined,
      this.autosave ? draftCode.load() : undefined,
      this.showErrors ? errorCode.load() : undefined,
    ];
  }

  /**
   * Runs `task` on the draft controller: at once when it is loaded, else (with
   * `autosave`) as soon as its code is, in the order asked, so nothing asked
   * of it meanwhile (a save) is lost.
   */
  private withDrafts(task: (drafts: DraftController) => void, retried = false): void {
    if (!this.drafts && !this.autosave) return;
    const code = draftCode.value;
    // The controller is this class's `autosave` half: it reaches the element's protected state.
    if (code) task((this.drafts ??= new code.DraftController(this as unknown as DraftHost)));
    else if (!retried) void draftCode.load()?.then(() => this.withDrafts(task, true));
  }

  /** Writes the current result as a draft once changes pause. */
  private scheduleDraftSave(): void {
    const result = this.result;
    if (this.autosave && !this.readonly && result) this.withDrafts((d) => d.schedule(result));
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.focusWasInside = !!this.shadowRoot?.activeElement;
    super.willUpdate(changed);
    // (A value that arrived with the framework has just been read by `frameworkChanged`.)
    if (changed.has('value') && this.currentFramework && this.value !== this.valueRead) this.applyValue();
    if (changed.has('subject') && this.result && this.subject !== undefined) this.result = { ...this.result, subject: this.subject };
    if (changed.has('party') && this.party && !PARTIES.includes(this.party)) {
      this.reportProblems('party', [{ path: '$', code: 'party', severity: 'error', message: `Unknown party "${this.party}": use one of ${PARTIES.join(', ')}.` }]);
    }
    if (changed.has('party') && this.result && this.result.party !== this.partyInForce) this.result = { ...this.result, party: this.partyInForce };
    // Turned on once a framework is shown: keep what is there, else look for a draft.
    if (changed.has('autosave') && this.autosave && this.currentFramework) {
      if (this.result) this.scheduleDraftSave();
      else if (!this.held && !given(this.value)) this.withDrafts((d) => d.restore());
    }
  }

  protected override frameworkChanged(framework: Framework, previous: Framework | undefined): void {
    const sameFramework = !!previous && previous.id === framework.id && previous.version === framework.version;
    // An equal framework given again (a new object, a reload, a new profile) keeps the answers and any held result.
    if (sameFramework && (this.result || this.held)) {
      if (this.result) {
        this.result = this.withProfile(this.result);
        this.syncForm();
      }
      return;
    }
    if (!sameFramework) {
      // Another framework starts afresh; a draft of the one before is written first.
      this.drafts?.flush();
      this.drafts?.reset();
      const answered = previous && this.result?.responses.length ? this.result : undefined;
      this.result = undefined;
      this.held = undefined;
      // Answers given for the framework before are never lost to a new one: they are held, as a `value` for another version is.
      if (answered && !given(this.value)) {
        this.held = heldFor(answered, framework);
        this.syncForm();
        return;
      }
    }
    if (given(this.value)) this.applyValue();
    else if (this.autosave) this.withDrafts((d) => d.restore());
  }

  /**
   * The result stamped with the role profile in use (title and item ids), or
   * without one when the whole framework is used. Answers to items outside
   * the profile are kept: nothing given back is lost.
   */
  protected withProfile(result: Result): Result {
    const profile = this.currentProfile;
    if (profile) {
      const same = result.profile && result.profile.title === profile.title && result.profile.items.join('\n') === profile.items.join('\n');
      return same ? result : { ...result, profile: { title: profile.title, items: [...profile.items] } };
    }
    if (!result.profile) return result;
    const { profile: _none, ...rest } = result;
    return rest;
  }

  /**
   * Reads `value` against the whole framework (not only a profile's items):
   * answers to items outside the profile are kept, not treated as unknown.
   */
  private applyValue(retried = false): void {
    const framework = this.fullFramework!;
    this.valueRead = this.value;
    if (this.value === undefined || this.value === null || this.value === '') {
      this.held = undefined;
      this.valueProblems = [];
      return;
    }
    const input = this.value instanceof InvalidJson ? this.value.text : this.value;
    const reader = resultReader.value;
    if (!reader && !retried) {
      // Reached outside an update (a framework fetched while the code loads): read it once the code is in.
      this.valueRead = undefined;
      void resultReader.load()?.then(() => this.currentFramework && this.valueRead === undefined && this.applyValue(true));
      return;
    }
    const v = reader?.validateResult(input, framework) ?? { problems: [READER_MISSING], valid: false };
    this.valueProblems = v.problems;
    this.reportProblems('value', v.problems);
    if (!v.value) {
      this.held = undefined;
      return;
    }
    const mismatched = v.problems.some((p) => MISMATCH_CODES.has(p.code));
    if (!mismatched) {
      this.held = undefined;
      this.result = v.value;
      this.resumed(v.value);
      this.syncForm();
      return;
    }
    this.held = heldFor(v.value, framework, v.problems);
  }

  /** Subclasses restore their position from a resumed result. */
  protected resumed(_result: Result): void {}

  /** Records an answer or note and emits `ksb-change`. */
  protected respond(item: string, change: { value?: number | null; note?: string }, position?: Result['position']): void {
    if (this.readonly || !this.currentFramework) return;
    const base = this.result ?? createResult(this.currentFramework, this.scaleId(), new Date(), this.resultAbout());
    const next = this.withProfile(setResponse(base, item, change, new Date(), this.scaleId()));
    this.result = position ? { ...next, position } : next;
    this.drafts?.answered();
    this.emitChange(item);
  }

  /** Updates the remembered position without emitting (emitted with the next change; a draft keeps it). */
  protected remember(position: Result['position']): void {
    if (this.result) {
      this.result = { ...this.result, position };
      this.scheduleDraftSave();
    }
  }

  protected emitChange(item?: string, restored?: boolean): void {
    this.syncForm();
    this.scheduleDraftSave();
    if (this.result) this.queueEvent(new KsbChangeEvent(restored ? { result: this.result, restored } : { result: this.result, item }));
  }

  /**
   * Stamps the submission time and the `integrity` digest and emits
   * `ksb-submit` once the digest is computed (`updateComplete` waits for it);
   * returns false when required items are missing.
   */
  protected submitResult(extra?: Partial<Result>): boolean {
    if (!this.currentFramework) return false;
    this.syncForm();
    if (!this.internals.checkValidity()) {
      this.internals.reportValidity();
      return false;
    }
    const base = this.result ?? createResult(this.currentFramework, this.scaleId(), new Date(), this.resultAbout());
    const now = new Date().toISOString();
    const submitted = this.withProfile({ ...base, ...extra, submitted: now, updated: now });
    this.result = submitted;
    this.syncForm();
    this.showErrors = false;
    // Submitted: the draft has done its work.
    this.withDrafts((d) => d.done());
    const done = stamped(submitted).then((result) => {
      // A change made while the digest was computed wins; the submission still reports what was submitted.
      if (this.result === submitted) {
        this.result = result;
        this.syncForm();
      }
      this.queueEvent(new KsbSubmitEvent({ result }));
    });
    this.submitting = done;
    void done.finally(() => this.submitting === done && (this.submitting = undefined));
    return true;
  }

  /** A submission whose digest is being computed. */
  private submitting?: Promise<void>;

  /** Element to which the browser points a validation message. */
  protected validationAnchor(): HTMLElement | undefined {
    return undefined;
  }

  /** Keeps the form value and validity in step with the result. */
  protected syncForm(): void {
    const json = this.result ? JSON.stringify(this.result) : null;
    this.internals.setFormValue(json, json);
    const missing = this.required && this.currentFramework ? countAnswers(this.result, this.answerableItems()).unanswered : 0;
    if (missing > 0) {
      this.internals.setValidity({ valueMissing: true }, this.strings.requiredMessage(missing), this.validationAnchor());
    } else {
      this.internals.setValidity({});
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('required') || changed.has('status') || changed.has('lang')) this.syncForm();
    // Only a failed submit of a `required` element shows errors: their code loads when the browser is idle.
    if (changed.has('required') && this.required) errorCode.prefetch();
    // The digest of a submission should not wait on the network.
    if (changed.has('status') && this.status === 'ready' && !this.readonly) integrityCode.prefetch();
    super.updated(changed);
    // A render that removed the focused control (an error panel in place of the questions) keeps focus in the element.
    if (this.focusWasInside && focusLost()) this.renderRoot.querySelector<HTMLElement>('.error-panel[tabindex="-1"], #title')?.focus();
  }

  /**
   * The module of an on-demand chunk, or undefined while it loads or when it
   * could not be loaded (`chunk.failed`); the element renders again once the
   * load settles. For a part shown with a status in its place rather than
   * holding the whole update (`lazyChunks`). `updateComplete` waits for it, and
   * for the render it brings.
   */
  protected chunkNow<T>(chunk: LazyModule<T>): T | undefined {
    // After a failure the page keeps the failure (browsers remember a module that failed): no retry loop.
    if (!chunk.value && !chunk.failed) {
      this.chunkLoading ??= chunk.load()?.then(() => {
        this.chunkLoading = undefined;
        this.requestUpdate();
      });
    }
    return chunk.value;
  }

  /** In a part's place while its chunk loads (`chunkNow`), or when it could not be loaded: then an alert saying so. */
  protected renderChunkStatus(chunk: LazyModule<unknown>, loading: string): TemplateResult {
    return chunk.failed
      ? html`<p class="notice" role="alert">${this.strings.partNotLoaded}</p>`
      : html`<p class="status" role="status">${loading}</p>`;
  }

  /** Renders still to come that `updateComplete` waits for (a long list rendered a few runs at a time): settles once the next is asked for. */
  protected rendersToCome(): Promise<void> | undefined {
    return undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    // A chunk that arrived meanwhile has asked for the render that shows it, a submission for its event, a long
    // list its next runs: wait for those too.
    const toCome = this.rendersToCome();
    if (!this.chunkLoading && !this.isUpdatePending && !this.submitting && !toCome) return done;
    await this.chunkLoading;
    await this.submitting;
    await toCome;
    return this.getUpdateComplete();
  }

  /** A labelled progress bar of the items answered, with its text. */
  protected renderProgress(label: string, text: string, answered: number, total: number): TemplateResult {
    return renderProgressBar(label, text, answered, total);
  }

  /**
   * The alert for a `value` that failed validation: it names the saved
   * answers, says they were not applied (and are left as they were), and
   * offers "Start afresh", which dismisses it.
   */
  protected renderValueProblems(): TemplateResult | typeof nothing {
    const errors = this.valueProblems.filter((p) => p.severity === 'error');
    if (!errors.length || this.held) return nothing;
    // Its code and wording come with result validation (the held-notice chunk), loaded before any `value` is read.
    const code = heldCode.value;
    return code ? code.renderValueProblems(this.effectiveLang, errors, () => this.startAfresh()) : renderErrorPanel(this.strings, errors);
  }

  /** Dismisses the alert of an unusable `value`: the questions stay as they are, empty or answered since. */
  private startAfresh(): void {
    this.valueProblems = [];
    this.focusAfterRender('#title');
  }

  /** The header's notes on the result's state: read-only, and when it was submitted. */
  protected renderResultState(): TemplateResult {
    const s = this.strings;
    return html`${this.readonly ? html`<p class="hint">${s.readonlyNote}</p>` : nothing}
    ${this.result?.submitted ? html`<p role="status">${s.submitted(formatDate(this.result.submitted, this.effectiveLang))}</p>` : nothing}`;
  }

  /** Called by the browser when the enclosing form is reset. */
  formResetCallback(): void {
    this.showErrors = false;
    // A reset clears the answers on purpose, and the draft with them.
    this.withDrafts((d) => d.done());
    this.result = undefined;
    this.held = undefined;
    this.syncForm();
  }

  /** Called by the browser to restore the form value (back/forward navigation, autofill). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string' && this.currentFramework) {
      const reader = resultReader.value;
      if (!reader) {
        void resultReader.load()?.then(() => resultReader.value && this.formStateRestoreCallback(state));
        return;
      }
      const v = reader.validateResult(state, this.fullFramework);
      if (v.valid && v.value) {
        this.result = v.value;
        this.resumed(v.value);
        this.syncForm();
      }
    }
  }

  /** Above the content: the base element's notes, then the draft's (from the draft chunk). */
  protected override renderInputNotes(): TemplateResult | typeof nothing {
    return html`${super.renderInputNotes()}${this.autosave && this.drafts ? this.drafts.renderNotes() : nothing}`;
  }

  /**
   * The error summary of a failed submit (from its chunk), a link per
   * unanswered item. Should the chunk fail to load, an alert with the
   * validation message stands in for it (focused in its place); the submit
   * is blocked either way.
   */
  protected errorSummary(problems: SummaryProblem[]): TemplateResult | typeof nothing {
    const code = errorCode.value;
    if (code) {
      adoptChunkStyles(this, code.errorSummaryStyles);
      return code.renderErrorSummary(this.strings, problems);
    }
    const message = this.internals.validationMessage;
    return problems.length && message
      ? html`<div class="error-panel" role="alert" part="error-summary" id=${ERROR_SUMMARY_ID} tabindex="-1">
          <h2>${this.strings.errorSummaryTitle}</h2>
          <p>${message}</p>
        </div>`
      : nothing;
  }

  /** An unanswered item's inline error after a failed submit (from the error summary's chunk), named by `id`. */
  protected inlineError(id: string, text: string): TemplateResult | typeof nothing {
    const code = errorCode.value;
    if (!code) return nothing;
    adoptChunkStyles(this, code.errorSummaryStyles);
    return code.renderInlineError(this.strings, id, text);
  }

  /**
   * The version-mismatch notice for a held result, with the person's choice
   * (from the held-notice chunk); `describeItem` names an item the framework
   * shown does not have.
   */
  protected renderHeld(describeItem: (id: string) => string): TemplateResult | typeof nothing {
    if (!this.held) return nothing;
    // Answers held from a framework replaced under the element arrive outside `lazyChunks`: the notice shows once its code is in.
    const code = this.chunkNow(heldCode);
    if (!code && !heldCode.failed) return nothing;
    // The held-result half of this class reaches its protected state, as the draft controller does.
    return code ? code.renderHeld(this as unknown as HeldHost, describeItem) : renderErrorPanel(this.strings, [HELD_CODE_MISSING]);
  }
}
