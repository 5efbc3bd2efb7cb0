/**
 * The `translation` / `translation-src` inputs of every element, with their
 * notices and strings (English and Welsh): a chunk of its own, with the
 * translation code, loaded only when an element is given a translation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Framework } from '../model/framework.js';
import type { Problem } from '../model/problems.js';
import type { TranslatedFramework } from '../model/translation.js';
import { applyTranslation, validateTranslation } from '../model/translations.js';
import { renderErrorPanel } from './error-panel.js';
import { featureTable, stringsFor } from './localize.js';

/** The strings of the translation notices (a host locale may give them as `translationNotes`). */
export type TranslationNoteStrings = typeof en;

const en = {
  errorTitle: 'The translation cannot be used',
  errorIntro: 'The framework is shown in its own language, and every answer is kept. Ask the site owner to fix this:',
  partial: 'The translation was made for another version of this framework, or lacks some of it: text it does not give is shown in the framework’s own language.',
  notFound: (what: string) => `Not in this framework: ${what}.`,
};
const cy: typeof en = {
  errorTitle: 'Does dim modd defnyddio’r cyfieithiad',
  errorIntro: 'Mae’r fframwaith yn cael ei ddangos yn ei iaith ei hun, ac mae pob ateb wedi’i gadw. Gofynnwch i berchennog y wefan drwsio hyn:',
  partial: 'Gwnaed y cyfieithiad ar gyfer fersiwn arall o’r fframwaith hwn, neu mae rhan ohono ar goll: mae testun nad yw’n ei roi yn cael ei ddangos yn iaith y fframwaith ei hun.',
  notFound: (what) => `Nid yw yn y fframwaith hwn: ${what}.`,
};

/** What applying a translation input to the framework shown gave. */
export interface TranslationOutcome {
  framework: Framework;
  translated?: TranslatedFramework;
  /** Errors (the translation was refused) or warnings (applied where the ids match). */
  problems: Problem[];
}

/**
 * Applies a translation input (object or JSON text) to `framework` (the one
 * shown, perhaps narrowed by a profile), checking it against `source` (the
 * whole framework). Refused, the framework comes back as it was.
 */
export function translate(input: unknown, framework: Framework, source: Framework, lang: string): TranslationOutcome {
  const v = validateTranslation(input, source);
  if (!v.value) return { framework, problems: v.problems };
  const applied = applyTranslation(framework, v.value);
  const s = featureTable(lang, 'translationNotes', en, cy);
  const notFound: Problem[] = applied.notFound.map((what) => ({ path: '$', code: 'not-found', severity: 'warning', message: s.notFound(what) }));
  // Unknown ids are listed once, from the application (which also names points and lists).
  return { framework: applied.framework, translated: applied, problems: [...v.problems.filter((p) => p.code !== 'unknown-id'), ...notFound] };
}

/** Fetches a translation file's text; a failure is a problem to report. Resolves undefined when aborted. */
export async function fetchTranslation(url: string, signal: AbortSignal): Promise<{ text?: string; problems: Problem[] } | undefined> {
  const fail = (message: string) => ({ problems: [{ path: '$', code: 'fetch', severity: 'error' as const, message }] });
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) return fail(`The translation could not be loaded from ${url}: the server answered ${response.status} ${response.statusText}.`);
    const text = await response.text();
    return signal.aborted ? undefined : { text, problems: [] };
  } catch (e) {
    return signal.aborted ? undefined : fail(`The translation could not be loaded from ${url}: ${(e as Error).message || 'network error'}.`);
  }
}

/** A refused translation (an alert: the framework is shown in its own language), or what an applied one lacks (a notice). */
export function renderTranslationNotes(lang: string, problems: Problem[]): TemplateResult | typeof nothing {
  const s = featureTable(lang, 'translationNotes', en, cy);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) return renderErrorPanel(stringsFor(lang), errors, s.errorTitle, s.errorIntro);
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (!warnings.length) return nothing;
  return html`<div class="notice" part="notice translation">
    <p>${s.partial}</p>
    <ul>
      ${warnings.slice(0, 20).map((p) => html`<li>${p.message}</li>`)}
    </ul>
  </div>`;
}
