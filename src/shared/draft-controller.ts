import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Framework } from '../model/framework.js';
import type { Problem } from '../model/problems.js';
import { createResult, MISMATCH_CODES, type Result } from '../model/result.js';
import { draftKey, localStorageSource, otherVersionDrafts, readDraft, removeDraft, writeDraft, type DraftFailure, type DraftKeyParts } from './autosave.js';
import { renderDraftNotes } from './draft-notes.js';
import type { KsbErrorSource } from './events.js';
import type { HeldResult } from './result-element.js';
import { resultReader } from './result-reader.js';

/** How long after the last change a draft is written, in milliseconds. */
const AUTOSAVE_DELAY = 400;

/**
 * What the draft controller reaches of its result element: the element's
 * own state (some of it protected there; the controller is that class's
 * `autosave` half, split off so that pages without `autosave` never load it).
 */
export interface DraftHost extends ReactiveControllerHost, HTMLElement {
  autosave: boolean;
  readonly: boolean;
  name?: string;
  subject?: string;
  result?: Result;
  held?: HeldResult;
  draftNotice?: 'restored' | 'cleared';
  draftTrouble?: 'save' | 'read';
  readonly currentFramework?: Framework;
  readonly fullFramework?: Framework;
  readonly effectiveLang: string;
  scaleId(): string;
  resultAbout(): { subject?: string; rater?: string };
  withProfile(result: Result): Result;
  resumed(result: Result): void;
  emitChange(item?: string, restored?: boolean): void;
  reportProblems(source: KsbErrorSource, problems: Problem[]): void;
  focusAfterRender(selector: string): void;
}

/**
 * `autosave` for a result element (loaded with the first element that turns
 * it on): writes a draft of the answers once changes pause and before the
 * page goes away, restores it, holds a draft of another version for the
 * person's choice, offers "Start again" with undo, and notes storage trouble
 * once (the notes themselves are `./draft-notes.ts`). Storage itself is
 * `./autosave.ts`.
 */
export class DraftController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  /** The result last written as a draft, so an unchanged one is not written again. */
  private saved?: Result;
  /** The answers before "Start again", for undo. */
  private cleared?: Result;
  /** Storage key of a draft for another version, held for the person's choice. */
  private heldKey?: string;
  private readonly flushWhenHidden = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };
  private readonly flushNow = (): void => this.flush();

  constructor(private readonly host: DraftHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // The last keystrokes are written before the page goes away.
    window.addEventListener('pagehide', this.flushNow);
    document.addEventListener('visibilitychange', this.flushWhenHidden);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flushNow);
    document.removeEventListener('visibilitychange', this.flushWhenHidden);
    this.flush();
  }

  /** What identifies the host's draft of a framework (id and version). */
  private parts(framework: { id: string; version: string }): DraftKeyParts {
    const h = this.host;
    return { tag: h.localName, id: framework.id, version: framework.version, name: h.name || h.id || undefined, subject: h.subject || undefined };
  }

  /**
   * Writes `result` as a draft once changes pause. A result the host has
   * since moved on from (asked for while this code loaded, before another
   * framework came) is written at once, as is any change on a hidden page.
   */
  schedule(result = this.host.result): void {
    const h = this.host;
    if (!h.autosave || h.readonly || !result) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (result !== h.result || document.visibilityState === 'hidden') this.save(result);
    else this.timer = setTimeout(() => this.save(), AUTOSAVE_DELAY);
  }

  /** Writes a pending draft now. */
  flush(): void {
    if (this.timer !== undefined) this.save();
  }

  /** Writes the draft now (keyed by the result's own framework, so a switch of framework cannot misfile it). */
  private save(result = this.host.result): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const h = this.host;
    if (!h.autosave || !result || result === this.saved) return;
    const key = draftKey(this.parts(result.framework));
    // A result with no answers leaves no draft behind.
    const outcome = result.responses.length ? writeDraft(localStorageSource, key, result) : removeDraft(localStorageSource, key);
    if (!outcome.ok) {
      this.failed('save', outcome.failure, outcome.message);
      return;
    }
    this.saved = result;
    if (h.draftTrouble) h.draftTrouble = undefined;
  }

  /** Removes the draft of the framework shown (after submit, reset or "Start again"). */
  private discard(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const fw = this.host.fullFramework;
    if (!this.host.autosave || !fw) return;
    const outcome = removeDraft(localStorageSource, draftKey(this.parts(fw)));
    if (!outcome.ok) this.failed('save', outcome.failure, outcome.message);
    this.saved = undefined;
  }

  /** Submitted or reset: the draft has done its work, and "Start again" cannot be undone. */
  done(): void {
    this.discard();
    this.host.draftNotice = undefined;
    this.cleared = undefined;
  }

  /** Another framework is shown: nothing held or cleared carries over. */
  reset(): void {
    this.heldKey = undefined;
    this.host.draftNotice = undefined;
    this.cleared = undefined;
  }

  /** A new answer after "Start again" makes the cleared answers unrecoverable: undo goes. */
  answered(): void {
    if (this.host.draftNotice !== 'cleared') return;
    this.host.draftNotice = undefined;
    this.cleared = undefined;
  }

  /**
   * Restores the draft of the framework shown, if there is one and no
   * answers are shown yet. A draft that does not fit it (another version,
   * unknown items) is held for the person's choice like a mismatched `value`.
   */
  restore(): void {
    const h = this.host;
    const fw = h.fullFramework;
    if (!fw || h.readonly || h.result || h.held) return;
    const reader = resultReader.value;
    if (!reader) {
      // Reached outside an update (a framework fetched while the code loads): restore once the code is in.
      void resultReader.load()?.then(() => resultReader.value && this.restore());
      return;
    }
    const key = draftKey(this.parts(fw));
    const read = readDraft(localStorageSource, key);
    if (!read.ok) {
      this.failed(read.failure === 'corrupt' ? 'read' : 'save', read.failure, read.message);
      return;
    }
    if (read.value === undefined) {
      this.offerOtherVersion(fw);
      return;
    }
    const v = reader.validateResult(read.value, fw);
    if (!v.value) {
      this.failed('read', 'corrupt', v.problems.find((p) => p.severity === 'error')?.message ?? 'not a ksb-result/1');
      return;
    }
    if (v.problems.some((p) => MISMATCH_CODES.has(p.code))) {
      this.hold(key, v.value, v.problems);
      return;
    }
    this.resume(v.value, v.value);
  }

  /** Shows `result` with the "restored" notice; `saved` is what storage holds of it. */
  private resume(result: Result, saved: Result | undefined): void {
    const h = this.host;
    h.result = result;
    this.saved = saved;
    h.draftNotice = 'restored';
    h.resumed(result);
    h.emitChange(undefined, true);
  }

  /** The newest draft of another version of this framework, held for the person's choice. */
  private offerOtherVersion(fw: Framework): void {
    const keys = otherVersionDrafts(localStorageSource, this.parts(fw));
    if (!keys.ok) {
      this.failed('save', keys.failure, keys.message);
      return;
    }
    let newest: { key: string; result: Result; problems: Problem[] } | undefined;
    for (const key of keys.value) {
      const read = readDraft(localStorageSource, key);
      // Reached only from `restore`, once result validation is loaded.
      const v = read.ok ? resultReader.value?.validateResult(read.value, fw) : undefined;
      if (v?.value && (!newest || v.value.updated > newest.result.updated)) newest = { key, result: v.value, problems: v.problems };
    }
    if (newest) this.hold(newest.key, newest.result, newest.problems);
  }

  private hold(key: string, result: Result, problems: Problem[]): void {
    const ids = new Set(this.host.fullFramework!.items.map((i) => i.id));
    this.heldKey = key;
    this.host.held = { result, problems, matching: result.responses.filter((r) => ids.has(r.item)), unknown: result.responses.filter((r) => !ids.has(r.item)) };
    this.host.reportProblems('autosave', problems);
  }

  /** Once the person has chosen, a held draft of another version is removed (its matching answers live on in the new draft). */
  dropHeld(): void {
    const key = this.heldKey;
    this.heldKey = undefined;
    if (!key) return;
    const outcome = removeDraft(localStorageSource, key);
    if (!outcome.ok) this.failed('save', outcome.failure, outcome.message);
  }

  /** Notes storage trouble once (not on every keystroke) and reports it with `ksb-error`. */
  private failed(note: 'save' | 'read', failure: DraftFailure, detail: string): void {
    const h = this.host;
    if (h.draftTrouble === note) return;
    h.draftTrouble = note;
    const problem: Problem =
      failure === 'full'
        ? { path: '$', code: 'storage-full', severity: 'error', message: `The draft could not be saved: storage on this device is full (${detail}). The answers are kept in memory.` }
        : failure === 'corrupt'
          ? { path: '$', code: 'draft-corrupt', severity: 'error', message: `The saved draft could not be read and was not restored (${detail}).` }
          : { path: '$', code: 'storage-unavailable', severity: 'error', message: `Storage on this device is not available (${detail}). The answers are kept in memory.` };
    h.reportProblems('autosave', [problem]);
  }

  /** The host's notes: the draft restored or cleared, and storage trouble. */
  renderNotes(): TemplateResult {
    const h = this.host;
    return renderDraftNotes({
      lang: h.effectiveLang,
      notice: h.draftNotice,
      trouble: h.draftTrouble,
      startAgain: () => this.startAgain(),
      undo: () => this.undo(),
    });
  }

  /** "Start again" on the restored notice: clears the answers and the draft, with undo until the next answer. */
  startAgain(): void {
    const h = this.host;
    const fw = h.currentFramework;
    if (!fw) return;
    this.cleared = h.result;
    this.discard();
    h.result = h.withProfile(createResult(fw, h.scaleId(), new Date(), h.resultAbout()));
    this.saved = h.result;
    h.resumed(h.result);
    h.draftNotice = 'cleared';
    h.emitChange();
    h.focusAfterRender('[part="autosave"] button');
  }

  /** Undoes "Start again": the answers come back, and so does the draft. */
  undo(): void {
    const result = this.cleared;
    if (!result) return;
    this.cleared = undefined;
    this.resume(result, undefined);
    this.host.focusAfterRender('[part="autosave"] button');
  }
}
