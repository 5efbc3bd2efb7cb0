/**
 * UI languages a host adds. English and Welsh come with the library; a host
 * registers any other with `registerLocale(tag, strings)`, and every element
 * whose `lang` (or the nearest `lang` on the page) is `tag`, or starts with
 * it (`fr` serves `fr-CA`), speaks it, as elements speak Welsh for `cy`:
 *
 * ```js
 * import { registerLocale, englishStrings } from 'ksb-elements';
 * const en = await englishStrings();
 * registerLocale('fr', { ...en, ui: { ...en.ui, next: 'Suivant', previous: 'Précédent' } });
 * ```
 *
 * `LocaleStrings` is typed table by table, so a table with a string missing
 * is a compile error. Framework text comes in another language from a
 * translation file (`ksb-translation/1`), not from here.
 */
import type { HeldStrings } from './shared/held-notice.js';
import type { DraftStrings } from './shared/draft-notes.js';
import type { TranslationNoteStrings } from './shared/translation-input.js';
import { registerLocaleTables, stringsFor, type LocaleTables, type Strings } from './shared/localize.js';
import { KSB_TAG_NAMES } from './shared/tags.js';
import type { SummaryStrings } from './elements/skills-scan/summary-strings.js';
import type { RaterStrings } from './elements/dreyfus-rater/rater-strings.js';
import type { RaterSummaryStrings } from './elements/dreyfus-rater/rater-summary-strings.js';
import type { MatrixStrings } from './elements/ksb-matrix/matrix-strings.js';
import type { BuilderStrings } from './elements/ksb-profile-builder/builder-strings.js';
import type { ReviewStrings } from './elements/ksb-review/review-strings.js';

/** Every UI string of the library, table by table (one per element, and the shared ones). */
export interface LocaleStrings {
  /** Strings every element shows (loading, errors, questions, notes...), and `builtIn`: the built-in scales and item types. */
  ui: Strings;
  /** `<skills-scan>`'s summary. */
  summary: SummaryStrings;
  rater: RaterStrings;
  /** `<dreyfus-rater>`'s summary and trends. */
  raterSummary: RaterSummaryStrings;
  matrix: MatrixStrings;
  builder: BuilderStrings;
  review: ReviewStrings;
  /** The notice for saved answers from another framework version; English when absent. */
  heldNotice?: HeldStrings;
  /** The `autosave` notes; English when absent. */
  draftNotes?: DraftStrings;
  /** The notices of a translation's problems; English when absent. */
  translationNotes?: TranslationNoteStrings;
}

/**
 * Adds (or replaces) a UI language. Elements already on the page in that
 * language render again in it; answers and state are kept.
 */
export function registerLocale(tag: string, strings: LocaleStrings): void {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag)) throw new TypeError(`registerLocale: "${tag}" is not a BCP 47 language tag`);
  registerLocaleTables(tag, strings as unknown as LocaleTables);
  // The elements in the page render again (ones inside other shadow roots at their next update).
  for (const el of document.querySelectorAll<HTMLElement & { requestUpdate?: () => void }>(KSB_TAG_NAMES.join(','))) el.requestUpdate?.();
}

/** The English tables, to start a locale from. The element tables load with their elements, so this is asynchronous. */
export async function englishStrings(): Promise<LocaleStrings> {
  const [summary, rater, raterSummary, matrix, builder, review] = await Promise.all([
    import('./elements/skills-scan/summary-strings.js'),
    import('./elements/dreyfus-rater/rater-strings.js'),
    import('./elements/dreyfus-rater/rater-summary-strings.js'),
    import('./elements/ksb-matrix/matrix-strings.js'),
    import('./elements/ksb-profile-builder/builder-strings.js'),
    import('./elements/ksb-review/review-strings.js'),
  ]);
  return {
    ui: stringsFor('en'),
    summary: summary.summaryStringsFor('en'),
    rater: rater.raterStringsFor('en'),
    raterSummary: raterSummary.raterSummaryStringsFor('en'),
    matrix: matrix.matrixStrings('en'),
    builder: builder.builderStrings('en'),
    review: review.reviewStringsFor('en'),
  };
}
