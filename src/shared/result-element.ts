import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Framework } from '../model/framework.js';
import type { Problem } from '../model/problems.js';
import { createResult, MISMATCH_CODES, setResponse, validateResult, type Result } from '../model/result.js';
import { countAnswers } from '../model/summary.js';
import { KsbChangeEvent, KsbSubmitEvent } from './events.js';
import { KsbFrameworkElement } from './framework-element.js';
import { InvalidJson, jsonConverter } from './parse-attribute.js';

/** A saved result that does not fit the framework shown: kept aside, never merged silently. */
export interface HeldResult {
  result: Result;
  problems: Problem[];
  /** Responses whose item exists in the framework shown. */
  matching: Result['responses'];
  /** Responses for items the framework shown does not have. */
  unknown: Result['responses'];
}

/**
 * Base of the elements that produce a result (`<skills-scan>`,
 * `<dreyfus-rater>`): holds the result, resumes from `value`, emits
 * `ksb-change` and `ksb-submit`, and takes part in forms through
 * `ElementInternals` (the result is the form value, as JSON).
 */
export abstract class KsbResultElement extends KsbFrameworkElement {
  static formAssociated = true;

  /** Name under which the result JSON is submitted with an enclosing form. */
  @property({ reflect: true }) name?: string;

  /** When set, a form will not submit until every item is answered. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Shows the answers without letting them change. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Who the result is about (passed through to results). */
  @property() subject?: string;

  /**
   * A previous result (from `ksb-change` or `ksb-submit`) to resume from, as an
   * object or JSON text. A result for another framework or version is not
   * applied: the element shows what matches and lets the person choose.
   */
  @property({ converter: jsonConverter }) value?: unknown;

  /** The current result. */
  @state() protected result?: Result;

  /** A saved result that did not match the framework, waiting for the person's choice. */
  @state() protected held?: HeldResult;

  /** Problems with the `value` input. */
  @state() protected valueProblems: Problem[] = [];

  protected readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The current result (a copy is not made: treat as read-only). */
  get currentResult(): Result | undefined {
    return this.result;
  }

  /** The `<form>` this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Items the person is asked about, in order. */
  protected abstract answerableItems(): string[];

  /** Scale used for new responses. */
  protected abstract scaleId(): string;

  /** Extra identity stamped on new results (rater for the rater element). */
  protected resultAbout(): { subject?: string; rater?: string } {
    return { subject: this.subject };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('value') && this.currentFramework) this.applyValue();
    if (changed.has('subject') && this.result && this.subject !== undefined) this.result = { ...this.result, subject: this.subject };
  }

  protected override frameworkChanged(framework: Framework, previous: Framework | undefined): void {
    const sameFramework = previous && previous.id === framework.id && previous.version === framework.version;
    if (this.value !== undefined && !(sameFramework && this.result)) {
      this.applyValue();
      return;
    }
    // An equal framework given again (or a new profile of it) keeps the answers; another one starts afresh.
    if (!sameFramework) {
      this.result = undefined;
      this.held = undefined;
    } else if (this.result) {
      this.result = this.withProfile(this.result);
      this.syncForm();
    }
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
  private applyValue(): void {
    const framework = this.fullFramework!;
    if (this.value === undefined || this.value === null || this.value === '') {
      this.held = undefined;
      this.valueProblems = [];
      return;
    }
    const input = this.value instanceof InvalidJson ? this.value.text : this.value;
    const v = validateResult(input, framework);
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
    const ids = new Set(framework.items.map((i) => i.id));
    this.held = {
      result: v.value,
      problems: v.problems,
      matching: v.value.responses.filter((r) => ids.has(r.item)),
      unknown: v.value.responses.filter((r) => !ids.has(r.item)),
    };
  }

  /** Subclasses restore their position from a resumed result. */
  protected resumed(_result: Result): void {}

  /** Takes the matching answers of a held result into a fresh result for this framework. */
  protected useHeldMatching(): void {
    const held = this.held;
    if (!held) return;
    const fresh = createResult(this.currentFramework!, this.scaleId(), new Date(), this.resultAbout());
    this.result = this.withProfile({ ...fresh, started: held.result.started, responses: held.matching });
    this.held = undefined;
    this.emitChange();
  }

  protected discardHeld(): void {
    this.held = undefined;
    this.syncForm();
  }

  /** Records an answer or note and emits `ksb-change`. */
  protected respond(item: string, change: { value?: number | null; note?: string }, position?: Result['position']): void {
    if (this.readonly || !this.currentFramework) return;
    const base = this.result ?? createResult(this.currentFramework, this.scaleId(), new Date(), this.resultAbout());
    const next = this.withProfile(setResponse(base, item, change, new Date(), this.scaleId()));
    this.result = position ? { ...next, position } : next;
    this.emitChange(item);
  }

  /** Updates the remembered position without emitting (emitted with the next change). */
  protected remember(position: Result['position']): void {
    if (this.result) this.result = { ...this.result, position };
  }

  protected emitChange(item?: string): void {
    this.syncForm();
    if (this.result) this.queueEvent(new KsbChangeEvent({ result: this.result, item }));
  }

  /** Stamps the submission time and emits `ksb-submit`; returns false when required items are missing. */
  protected submitResult(extra?: Partial<Result>): boolean {
    if (!this.currentFramework) return false;
    this.syncForm();
    if (!this.internals.checkValidity()) {
      this.internals.reportValidity();
      return false;
    }
    const base = this.result ?? createResult(this.currentFramework, this.scaleId(), new Date(), this.resultAbout());
    const now = new Date().toISOString();
    this.result = this.withProfile({ ...base, ...extra, submitted: now, updated: now });
    this.syncForm();
    this.queueEvent(new KsbSubmitEvent({ result: this.result }));
    return true;
  }

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
    super.updated(changed);
  }

  /** Called by the browser when the enclosing form is reset. */
  formResetCallback(): void {
    this.result = undefined;
    this.held = undefined;
    this.syncForm();
  }

  /** Called by the browser to restore the form value (back/forward navigation, autofill). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string' && this.currentFramework) {
      const v = validateResult(state, this.fullFramework);
      if (v.valid && v.value) {
        this.result = v.value;
        this.resumed(v.value);
        this.syncForm();
      }
    }
  }

  /** Whether the result satisfies `required`. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity`, and shows the browser's message. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The validation message shown when `required` items are missing. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** The version-mismatch notice for a held result. */
  protected renderHeld(describeItem: (id: string) => string): TemplateResult | typeof nothing {
    const held = this.held;
    if (!held) return nothing;
    const s = this.strings;
    const fw = this.currentFramework!;
    const saved = held.result.framework;
    return html`<div class="error-panel" role="alert" part="mismatch">
      <h2>${s.mismatchTitle}</h2>
      <p>${saved.id !== fw.id ? s.mismatchFramework(saved.id, fw.id) : s.mismatchVersion(saved.version, fw.version)}</p>
      <p>${s.mismatchCounts(held.matching.length, held.unknown.length)}</p>
      ${held.unknown.length
        ? html`<p>${s.mismatchUnknown}</p>
            <ul>
              ${held.unknown.map((r) => html`<li>${describeItem(r.item)}</li>`)}
            </ul>`
        : nothing}
      <p>
        <button type="button" @click=${() => this.useHeldMatching()} ?disabled=${this.readonly}>${s.useMatching}</button>
        <button type="button" class="secondary" @click=${() => this.discardHeld()}>${s.discardSaved}</button>
      </p>
    </div>`;
  }
}
