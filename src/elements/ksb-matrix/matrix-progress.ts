/**
 * The learning progress tracker of `<ksb-matrix>`: reading results, the key,
 * rating badges, link marks by standing, and items met per row. A chunk of
 * its own (with result validation), which the element loads before rendering
 * only when results or a baseline are given, or shared by `<ksb-framework>`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Framework, Item } from '../../model/framework.js';
import type { Result } from '../../model/result.js';
import { findScale } from '../../model/scales.js';
import type { MatrixStrings } from './matrix-strings.js';
import type { BuiltInLocale } from '../../shared/built-in-text.js';
import { defaultTarget, latestRatings, standing, type LatestRating, type Standing } from './progress-model.js';

export { readResults, type ResultInfo } from './progress-model.js';

/** The symbol of each standing: the key's, the cells' and the badges'. */
export const SYMBOL: Record<Standing, string> = { met: '●', below: '◐', unsure: '?', unrated: '○' };

/** A change in figures as the key shows it: +2, −1, ±0. */
export const signedChange = (n: number): string => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)}`;

/**
 * A progress bar's width, bound to the `style` property (the CSSOM), which a strict
 * CSP (style-src without 'unsafe-inline') allows; a style attribute, as lit's styleMap
 * writes on first render, it blocks.
 */
export const barStyle = (part: number, whole: number): string => `width: ${Math.round((part / whole) * 100)}%`;

/** Styles of the progress parts, added to the element when this chunk is in use (`adoptChunkStyles`). */
export const progressStyles = css`
  .change {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .legend {
    margin-bottom: var(--_space);
  }
  .legend-title {
    font-size: 1em;
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
  }
  .symbol {
    font-size: 1.15em;
    display: inline-block;
    min-width: 1.2em;
    text-align: center;
  }
  .rating {
    display: block;
  }
  .rating.compact {
    white-space: nowrap;
  }
  .rating.met .symbol {
    color: var(--_met);
  }
  .rating.below .symbol {
    color: var(--_accent);
  }
  .descriptor.chosen {
    display: block;
    font-weight: bold;
    border-inline-start: 5px solid var(--_accent);
    padding-inline-start: 0.5rem;
  }
  .bar {
    display: block;
    height: 0.5rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    margin: 0.25rem 0;
  }
  .bar span {
    display: block;
    height: 100%;
    background: var(--_met);
  }
  @media (forced-colors: active) {
    .bar span {
      background: CanvasText;
    }
  }
`;

/** What progress is shown from: the results that apply (at least one), a baseline, the target. */
export interface ProgressInput {
  framework: Framework;
  strings: MatrixStrings;
  results: Result[];
  baseline?: Result;
  /** The `target` attribute, if set. */
  target?: number;
  /** The built-in scales in the language in force (`strings.builtIn` of the element). */
  builtIn?: BuiltInLocale;
}

/** Progress against the results given, rendered into the matrix's table or list. */
export class MatrixProgress {
  private readonly ratings: Map<string, LatestRating>;
  private readonly baselineRatings: Map<string, LatestRating>;
  private readonly target: number;
  private readonly baselineTarget: number;

  constructor(private readonly input: ProgressInput) {
    const { framework, results, baseline } = input;
    this.ratings = latestRatings(results);
    this.baselineRatings = latestRatings(baseline ? [baseline] : []);
    this.target = input.target ?? defaultTarget(framework, results);
    this.baselineTarget = input.target ?? defaultTarget(framework, baseline ? [baseline] : []);
  }

  /** A result's scale (the confidence scale by default), a built-in one in the language in force. */
  private scale(id = 'confidence') {
    const scale = findScale(id, this.input.framework);
    return scale && (this.input.builtIn?.scale(scale) ?? scale);
  }

  /** The rating that counts as met. */
  get targetValue(): number {
    return this.target;
  }

  /** The label of a rating's point on its scale, in the language in force (the value itself for a point the scale lacks). */
  ratingLabel(rating: { value: number | null; scale: string }): string {
    return this.scale(rating.scale)?.points.find((p) => p.value === rating.value)?.label ?? String(rating.value);
  }

  /** The key to the symbols, naming the target point of the results' scale; `links` adds the link mark (not in the cohort view). */
  legend(links = true): TemplateResult {
    const { results, strings: ms } = this.input;
    const scale = this.scale(results[0]?.scale);
    const targetLabel = scale?.points.find((p) => p.value === this.target)?.label ?? String(this.target);
    const entries: [string, string][] = [
      [SYMBOL.met, ms.legendMet(`“${targetLabel}”`)],
      [SYMBOL.below, ms.legendBelow],
      [SYMBOL.unsure, ms.legendUnsure],
      [SYMBOL.unrated, ms.legendUnrated],
      ...(links ? [['✓', ms.legendLink] as [string, string]] : []),
    ];
    return html`<div part="legend" class="legend">
      <h3 class="legend-title">${ms.legendTitle}</h3>
      <ul>
        ${entries.map(([symbol, text]) => html`<li><span class="symbol" aria-hidden="true">${symbol}</span> ${text}</li>`)}
      </ul>
    </div>`;
  }

  /**
   * A rating badge for an item: symbol, label and change since the baseline.
   * `compact` (column headers) shows the symbol and change, with the words for screen readers.
   */
  badge(itemId: string | undefined, compact = false): TemplateResult | typeof nothing {
    if (!itemId) return nothing;
    const ms = this.input.strings;
    const rating = this.ratings.get(itemId);
    const st = standing(rating, this.target);
    const label = st === 'unrated' ? ms.legendUnrated : st === 'unsure' ? ms.legendUnsure : this.ratingLabel(rating!);
    const words = st === 'unrated' || st === 'unsure' ? label : ms.rating(label);
    const before = this.baselineRatings.get(itemId);
    const change = typeof before?.value === 'number' && typeof rating?.value === 'number' ? rating.value - before.value : undefined;
    const signed = change === undefined ? '' : signedChange(change);
    if (compact) {
      return html`<span class="rating compact ${st}" title=${words}
        ><span aria-hidden="true" class="symbol">${SYMBOL[st]}</span>${change !== undefined ? html`<span aria-hidden="true" class="change">${signed}</span>` : nothing}<span
          class="visually-hidden"
          >${words}${change !== undefined ? `, ${ms.change(signed)}` : ''}</span
        ></span
      >`;
    }
    return html`<span class="rating ${st}"
      ><span aria-hidden="true" class="symbol">${SYMBOL[st]}</span> ${words}${change !== undefined ? html` <span class="change">(${ms.change(signed)})</span>` : nothing}</span
    >`;
  }

  /** A link cell's mark: how the rated one of its two items stands (the KSB, not the duty). */
  linkMark(rowItem: Item | undefined, colItem: Item | undefined): { symbol: string; text: string } | undefined {
    const rated = [colItem, rowItem].find((i) => i && this.ratings.has(i.id)) ?? (colItem?.type === 'duty' ? rowItem : colItem);
    if (!rated) return undefined;
    const st = standing(this.ratings.get(rated.id), this.target);
    return { symbol: SYMBOL[st], text: this.standingText(st) };
  }

  /** Whether `value` is the latest rating of the item (a rubric or level column). */
  chosen(itemId: string | undefined, value: number | undefined): boolean {
    const rating = itemId === undefined ? undefined : this.ratings.get(itemId);
    return !!rating && value !== undefined && rating.value === value;
  }

  /** "n of m met" for a row's linked items. */
  metText(items: readonly string[]): string {
    return this.input.strings.metOf(this.met(items, this.ratings, this.target), items.length);
  }

  /** A row's Total cell: items met of those linked, a bar, and the change since the baseline. */
  total(items: readonly string[]): TemplateResult {
    const ms = this.input.strings;
    const met = this.met(items, this.ratings, this.target);
    const baselineMet = this.input.baseline ? this.met(items, this.baselineRatings, this.baselineTarget) : undefined;
    return html`<span class="progress-text">${ms.metOf(met, items.length)}</span>
      <span class="bar" aria-hidden="true"><span .style=${barStyle(met, items.length)}></span></span>
      ${baselineMet !== undefined ? html`<span class="change">${ms.sinceBaseline(met - baselineMet)}</span>` : nothing}`;
  }

  private met(items: readonly string[], ratings: Map<string, LatestRating>, target: number): number {
    return items.filter((id) => standing(ratings.get(id), target) === 'met').length;
  }

  private standingText(st: Standing): string {
    const ms = this.input.strings;
    return st === 'met' ? ms.standingMet : st === 'below' ? ms.legendBelow : st === 'unsure' ? ms.legendUnsure : ms.legendUnrated;
  }
}
