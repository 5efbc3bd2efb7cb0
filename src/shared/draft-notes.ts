/**
 * The notes of `autosave`: a draft restored (with "Start again") or cleared
 * (with "Undo"), and storage that fails. Part of the draft chunk (imported
 * only by `./draft-controller.ts`), with its strings in English and Welsh,
 * so pages without `autosave` never load them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { featureTable } from './localize.js';

/** The notes' strings. */
export interface DraftStrings {
  restored: string;
  startAgain: string;
  cleared: string;
  undo: string;
  notSaved: string;
  unreadable: string;
}

const en: DraftStrings = {
  restored: 'Your saved answers were restored.',
  startAgain: 'Start again',
  cleared: 'Your saved answers were cleared.',
  undo: 'Undo',
  notSaved: 'Your answers could not be saved on this device. They are kept while this page stays open: submit them before you close it.',
  unreadable: 'Answers saved on this device could not be read, so they were not restored.',
};

const cy: DraftStrings = {
  restored: 'Cafodd eich atebion a gadwyd eu hadfer.',
  startAgain: 'Dechrau eto',
  cleared: 'Cafodd eich atebion a gadwyd eu clirio.',
  undo: 'Dadwneud',
  notSaved: 'Doedd dim modd cadw eich atebion ar y ddyfais hon. Byddant yn cael eu cadw tra bydd y dudalen hon ar agor: cyflwynwch nhw cyn ei chau.',
  unreadable: 'Doedd dim modd darllen yr atebion a gadwyd ar y ddyfais hon, felly ni chawsant eu hadfer.',
};

/** What the notes show, and what their buttons do. */
export interface DraftNotesView {
  lang: string;
  notice?: 'restored' | 'cleared';
  trouble?: 'save' | 'read';
  startAgain(): void;
  undo(): void;
}

/** Storage trouble (a status), then the restored or cleared notice with its button. */
export function renderDraftNotes(view: DraftNotesView): TemplateResult {
  // Welsh once the element's Welsh strings are in, as every other string (English should they fail to load).
  const s = featureTable(view.lang, 'draftNotes', en, cy);
  const trouble = view.trouble
    ? html`<p class="notice" part="autosave" role="status">${view.trouble === 'save' ? s.notSaved : s.unreadable}</p>`
    : nothing;
  const notice = view.notice
    ? html`<div class="notice" part="autosave">
        <p role="status">${view.notice === 'restored' ? s.restored : s.cleared}</p>
        <p>
          ${view.notice === 'restored'
            ? html`<button type="button" class="secondary" @click=${view.startAgain}>${s.startAgain}</button>`
            : html`<button type="button" class="secondary" @click=${view.undo}>${s.undo}</button>`}
        </p>
      </div>`
    : nothing;
  return html`${trouble}${notice}`;
}
