/**
 * The notices about a saved result: a `value` that fails validation, and a
 * held result (a `value`, draft or earlier answers for another framework or
 * version, kept aside and never merged silently). It says what matches and
 * what does not, and lets the person take the matching answers or start
 * afresh. A chunk of its own, with its strings in English and Welsh: result
 * elements load it (in `lazyChunks`) together with result validation, which
 * any held result needs first, so the notice renders in the same update that
 * holds the result.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Framework } from '../model/framework.js';
import { createResult, type Result } from '../model/result.js';
import type { Problem } from '../model/problems.js';
import { renderErrorPanel } from './error-panel.js';
import { featureTable, stringsFor } from './localize.js';
import type { HeldResult } from './result-element.js';

/** The notice's strings. */
export interface HeldStrings {
  title: string;
  version: (savedVersion: string, version: string) => string;
  framework: (savedId: string, id: string) => string;
  counts: (matching: number, notMatching: number) => string;
  unknown: string;
  useMatching: string;
  discardSaved: string;
  /** A saved result (`value`) that fails validation: what failed, what happens to it, and the button that dismisses the alert. */
  valueTitle: string;
  valueIntro: string;
}

const en: HeldStrings = {
  title: 'These saved answers are for a different framework',
  version: (sv, v) => `The saved answers were given for version ${sv}; this is version ${v}.`,
  framework: (sid, id) => `The saved answers are for “${sid}”, not “${id}”.`,
  counts: (m, nm) => `${m} ${m === 1 ? 'answer matches an item' : 'answers match items'} in this framework; ${nm} ${nm === 1 ? 'does' : 'do'} not.`,
  unknown: 'Answers for items not in this framework:',
  useMatching: 'Use the matching answers',
  discardSaved: 'Start afresh',
  valueTitle: 'The saved answers cannot be used',
  valueIntro: 'They have not been applied: the questions below start empty, and the saved answers themselves are left as they were. Ask the site owner to check them:',
};

const cy: HeldStrings = {
  title: 'Mae’r atebion hyn wedi’u cadw ar gyfer fframwaith gwahanol',
  version: (sv, v) => `Rhoddwyd yr atebion ar gyfer fersiwn ${sv}; fersiwn ${v} yw hon.`,
  framework: (sid, id) => `Mae’r atebion ar gyfer “${sid}”, nid “${id}”.`,
  counts: (m, nm) => `Mae ${m} ateb yn cyfateb i eitemau yn y fframwaith hwn; nid yw ${nm} yn cyfateb.`,
  unknown: 'Atebion ar gyfer eitemau nad ydynt yn y fframwaith hwn:',
  useMatching: 'Defnyddio’r atebion sy’n cyfateb',
  discardSaved: 'Dechrau o’r newydd',
  valueTitle: 'Does dim modd defnyddio’r atebion a gadwyd',
  valueIntro: 'Dydyn nhw ddim wedi’u defnyddio: mae’r cwestiynau isod yn dechrau’n wag, ac mae’r atebion a gadwyd eu hunain wedi’u gadael fel yr oedden nhw. Gofynnwch i berchennog y wefan eu gwirio:',
};

/**
 * What the notice reaches of its result element: the element's own state
 * (some of it protected there; this module is that class's held-result half,
 * split off so that pages which never read a result do not load it).
 */
export interface HeldHost extends HTMLElement {
  readonly: boolean;
  result?: Result;
  held?: HeldResult;
  readonly currentFramework?: Framework;
  readonly effectiveLang: string;
  readonly drafts?: { dropHeld(): void };
  scaleId(): string;
  resultAbout(): { subject?: string; rater?: string };
  withProfile(result: Result): Result;
  emitChange(item?: string, restored?: boolean): void;
  syncForm(): void;
  focusAfterRender(selector: string): void;
}

/** Where focus goes once the person has chosen: the title, else the first question. */
const AFTER_CHOICE = '#title, fieldset input';

/** Takes the matching answers of the held result into a fresh result for the framework shown. */
function useMatching(host: HeldHost): void {
  const held = host.held;
  if (!held) return;
  const fresh = createResult(host.currentFramework!, host.scaleId(), new Date(), host.resultAbout());
  host.result = host.withProfile({ ...fresh, started: held.result.started, responses: held.matching });
  host.held = undefined;
  host.drafts?.dropHeld();
  host.emitChange();
  host.focusAfterRender(AFTER_CHOICE);
}

/** Sets the held result aside for good: nothing is applied or emitted. */
function discard(host: HeldHost): void {
  host.held = undefined;
  host.drafts?.dropHeld();
  host.syncForm();
  host.focusAfterRender(AFTER_CHOICE);
}

/**
 * The mismatch notice for the host's held result (nothing when none is
 * held); `describeItem` names an item the framework shown does not have.
 */
export function renderHeld(host: HeldHost, describeItem: (id: string) => string): TemplateResult | typeof nothing {
  const held = host.held;
  if (!held) return nothing;
  // Welsh once the element's Welsh strings are in, as every other string (English should they fail to load).
  const s = featureTable(host.effectiveLang, 'heldNotice', en, cy);
  const fw = host.currentFramework!;
  const saved = held.result.framework;
  return html`<div class="error-panel" role="alert" part="mismatch">
    <h2>${s.title}</h2>
    <p>${saved.id !== fw.id ? s.framework(saved.id, fw.id) : s.version(saved.version, fw.version)}</p>
    <p>${s.counts(held.matching.length, held.unknown.length)}</p>
    ${held.unknown.length
      ? html`<p>${s.unknown}</p>
          <ul>
            ${held.unknown.map((r) => html`<li>${describeItem(r.item)}</li>`)}
          </ul>`
      : nothing}
    <p>
      <button type="button" @click=${() => useMatching(host)} ?disabled=${host.readonly}>${s.useMatching}</button>
      <button type="button" class="secondary" @click=${() => discard(host)}>${s.discardSaved}</button>
    </p>
  </div>`;
}

/**
 * The alert for a `value` that failed validation: it names the saved
 * answers, says they were not applied (and are left as they were), and
 * offers "Start afresh", which dismisses it (`dismiss`).
 */
export function renderValueProblems(lang: string, errors: Problem[], dismiss: () => void): TemplateResult {
  const s = featureTable(lang, 'heldNotice', en, cy);
  return renderErrorPanel(stringsFor(lang), errors, s.valueTitle, s.valueIntro, { label: s.discardSaved, run: dismiss });
}
