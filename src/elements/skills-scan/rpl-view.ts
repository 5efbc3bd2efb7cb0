/**
 * The prior-learning (RPL) calculation as the summaries show it: the headline
 * figures, the limits that applied, the figures for the Apprenticeship Service
 * and the ILR, each line of the calculation with its rule, and the table by
 * item. Rendered by the summary of `<skills-scan>` and by `<ksb-review>` (from
 * the agreed ratings), which loads the summary chunk for it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Framework, Scale } from '../../model/framework.js';
import type { RplBreakdown, RplCalculation } from '../../model/rpl.js';
import { itemName } from '../../model/summary.js';
import { formatDate, type Strings } from '../../shared/localize.js';
import { formatMoney, formatNumber, formatPercent } from '../../shared/number-format.js';
import { renderFundingFields } from './funding-view.js';
import { summaryStringsFor } from './summary-strings.js';

/** Styles of the RPL view and the summaries' tables (the scan's summary includes them; the review adopts them alone). */
export const rplStyles = css`
  /* The RPL item table opens from its button on screen; print shows it whole. */
  @media screen {
    .disclosure-body:not(.open) {
      display: none;
    }
  }
  .rpl-items-toggle {
    margin-block: 0.5rem;
    min-height: var(--_target);
  }
  .rpl-headline {
    border-inline-start: 5px solid var(--_accent);
    padding: 0.5rem var(--_space);
    margin-bottom: var(--_space);
    background: var(--_surface);
  }
  .rpl-share {
    font-size: 1.25em;
    font-weight: bold;
  }
  .rpl {
    margin: var(--_space) 0;
  }
  .rpl h5 {
    font-size: 1em;
    margin: var(--_space) 0 calc(var(--_space) * 0.5);
  }
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
    margin-bottom: var(--_space);
  }
  .data-table {
    border-collapse: collapse;
    width: 100%;
  }
  .data-table caption {
    text-align: start;
    font-weight: bold;
    padding-bottom: 0.25rem;
  }
  .data-table th,
  .data-table td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem 0.5rem 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .funding-judgement {
    display: block;
    font-weight: normal;
    margin-top: 0.25rem;
  }
  .funding-value {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    white-space: nowrap;
  }
  .funding-value .value {
    font-variant-numeric: tabular-nums;
  }
  .rpl-table th,
  .rpl-table td {
    /* Whole words in the table; it scrolls sideways on narrow screens instead. */
    overflow-wrap: normal;
  }
  .data-table .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .data-table tfoot th,
  .data-table tfoot td {
    font-weight: bold;
    border-bottom: 0;
    border-top: 2px solid var(--_text);
  }
  .rpl-table tr.counts th {
    font-weight: bold;
  }
  .rpl-lines,
  .rpl-limits,
  .rpl-notes,
  .rpl-problems {
    padding-inline-start: 1.5rem;
  }
  .rpl-lines li,
  .rpl-limits li,
  .rpl-notes li {
    margin-bottom: 0.5rem;
  }
  .cite {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Printed tables: whole, with their headings on every page. */
  @media print {
    .table-scroll {
      overflow: visible;
    }
    .data-table tr,
    .rpl-lines li,
    .rpl-limits li,
    .chart-figure {
      break-inside: avoid;
    }
    .data-table thead {
      display: table-header-group;
    }
  }
`;

/** What the summary shows for RPL: a calculation (live, or stamped on a submitted result on `stored`), or the problems with the figures. */
export interface RplShown {
  breakdown?: RplBreakdown;
  problems: RplCalculation['problems'];
  stored?: string;
}

export const pointLabel = (scale: Scale, value: number) => scale.points.find((p) => p.value === value)?.label ?? String(value);

export function ratingLabel(value: number | null | undefined, scale: Scale, s: Strings): string {
  if (value === null) return s.notSure;
  if (value === undefined) return s.notAnswered;
  return pointLabel(scale, value);
}


/**
 * Opens or closes a disclosure (a button with `aria-expanded` and the region
 * after it). Its state lives in the DOM, not the element: the templates bind
 * neither attribute, so a re-render leaves it as the person set it. Print
 * always shows the region.
 */
function toggleDisclosure(e: Event): void {
  const button = e.currentTarget as HTMLButtonElement;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  button.nextElementSibling?.classList.toggle('open', open);
}

/** Input fields of the RPL calculation and the attributes that give them. */
const RPL_ATTRIBUTES: Record<string, string> = {
  otjHours: 'otj-hours',
  otjMinimum: 'otj-minimum',
  durationMonths: 'duration-months',
  bandMaximum: 'band-maximum',
  price: 'price',
  hoursPerItem: 'hours-per-item',
  threshold: 'prior-learning-threshold',
  fundingYear: 'funding-year',
  items: 'items',
};

/**
 * The RPL calculation, or the problems with the figures: the summary's, and
 * `<ksb-review>`'s from the agreed ratings (which loads this module alone for it).
 */
export function renderRpl(v: { strings: Strings; lang: string; scale: Scale; framework: Framework }, shown: RplShown): TemplateResult {
  const { strings: s, lang, scale } = v;
  const t = summaryStringsFor(lang);
  const b = shown.breakdown;
  if (!b) {
    const errors = shown.problems.filter((p) => p.severity === 'error');
    return html`<div class="rpl error-panel" part="rpl">
      <h4 id="rpl-title">${t.rplProblemsTitle}</h4>
      <p>${t.rplProblemsIntro}</p>
      <ul class="rpl-problems">
        ${errors.map((p) => {
          const attribute = RPL_ATTRIBUTES[/^\$\.(\w+)/.exec(p.path)?.[1] ?? ''];
          const detail = p.path.replace(/^\$\.\w+/, '');
          return html`<li>${p.message} ${attribute ? html`<code>${t.rplAttribute(`${attribute}${detail}`)}</code>` : nothing}</li>`;
        })}
      </ul>
    </div>`;
  }
  const byId = new Map(v.framework.items.map((i) => [i.id, i]));
  const hours = (n: number) => formatNumber(n, lang, 2);
  const money = (n: number) => formatMoney(n, lang);
  const rules = new Map(b.rules.map((r) => [r.id, r]));
  const cite = (id: string) => {
    const rule = rules.get(id);
    return rule ? html` <span class="cite">(${t.rplCitation(rule.citation.document, rule.citation.rule)})</span>` : nothing;
  };
  const counted = b.items.filter((i) => i.counts).length;
  const thresholdLabel = pointLabel(scale, b.threshold);
  const limitText = (id: string, text: string): string => {
    switch (id) {
      case 'otj-floor':
        return t.rplOtjFloor(hours(b.assessedHours), hours(b.parameters.minimumOtjHours), hours(b.hoursRemoved));
      case 'otj-minimum-floor':
        return t.rplMinimumFloor(hours(b.parameters.minimumOtjHours));
      case 'duration-floor':
        return t.rplDurationFloor(formatNumber(b.parameters.minimumDurationMonths, lang), hours(b.reduced.otjMinimum));
      case 'duration-unchanged':
        return t.rplDurationUnchanged(formatNumber(b.reduced.durationMonths, lang), hours(b.reduced.otjMinimum));
      default:
        return text;
    }
  };
  const lineRules = new Set(['rpl-percent', 'price-reduction', 'band-maximum', 'otj-minimum', 'duration']);
  const limits = b.rules.filter((r) => r.bound && !lineRules.has(r.id));
  const noteText = (id: string, text: string): string => {
    switch (id) {
      case 'counting':
        return t.rplNoteCounting(thresholdLabel);
      case 'hours-unallocated':
        return t.rplNoteUnallocated(hours(b.planned.otjHours - b.items.reduce((a, i) => a + i.hours, 0)));
      case 'hours-rounding':
        return t.rplNoteRounding;
      case 'minimum-proportional':
        return t.rplNoteMinimum;
      case 'duration-proportional':
        return t.rplNoteDuration;
      case 'money-rounding':
        return t.rplNoteMoney;
      default:
        return text;
    }
  };
  const rulesDocument = b.rules[0]?.citation.document;
  const months = (n: number) => t.rplMonths(formatNumber(n, lang));
  return html`<div class="rpl" part="rpl">
    <h4 id="rpl-title">${t.rplTitle}</h4>
    <p class="notice"><strong>${t.rplNotice}</strong></p>
    <div class="rpl-headline" part="rpl-headline">
      <p class="rpl-share">${t.rplHeadline(formatPercent(b.rplShare, lang), hours(b.hoursRemoved), hours(b.planned.otjHours))}</p>
      <table class="data-table rpl-figures">
        <caption class="visually-hidden">${t.rplHeadCaption}</caption>
        <thead>
          <tr><td></td><th scope="col">${t.rplBefore}</th><th scope="col">${t.rplAfter}</th></tr>
        </thead>
        <tbody>
          <tr><th scope="row">${t.rplOtjRow}</th><td>${hours(b.planned.otjHours)}</td><td>${hours(b.reduced.otjHours)}</td></tr>
          <tr><th scope="row">${t.rplDurationRow}</th><td>${months(b.planned.durationMonths)}</td><td>${months(b.reduced.durationMonths)}</td></tr>
          <tr><th scope="row">${t.rplPriceRow}</th><td>${money(b.planned.price)}</td><td>${t.rplAtMost(money(b.reduced.price))}</td></tr>
        </tbody>
      </table>
      ${limits.length
        ? html`<h5 class="rpl-subtitle">${t.rplLimits}</h5>
            <ul class="rpl-limits">
              ${limits.map((r) => html`<li data-rule=${r.id}>${limitText(r.id, r.text)}${cite(r.id)}</li>`)}
            </ul>`
        : html`<p class="rpl-limits">${t.rplNoLimits}</p>`}
    </div>
    ${renderFundingFields(b, t, lang)}
    ${shown.stored ? html`<p>${t.rplStored(formatDate(shown.stored, lang))}</p>` : nothing}
    ${rulesDocument ? html`<p>${t.rplRulesUsed(rulesDocument)}</p>` : nothing}
    <p>${t.priorLearningThreshold(thresholdLabel)}</p>
    <h5 class="rpl-subtitle">${t.rplCalculation}</h5>
    ${b.assessedHours === 0 ? html`<p>${t.rplNoPrior}</p>` : nothing}
    <ol class="rpl-lines">
      <li>${t.rplLineHours(hours(b.hoursRemoved), hours(b.planned.otjHours), hours(b.reduced.otjHours))}</li>
      <li>${t.rplLinePercent(hours(b.hoursRemoved), hours(b.planned.otjHours), formatPercent(b.rplShare, lang))}${cite('rpl-percent')}</li>
      <li>${t.rplLineMinimum(hours(b.planned.otjMinimum), hours(b.reduced.otjMinimum))}${cite('otj-minimum')}</li>
      <li>${t.rplLineDuration(formatNumber(b.planned.durationMonths, lang), formatNumber(b.reduced.durationMonths, lang))}${cite('duration')}</li>
      <li>
        ${t.rplLinePriceCut(formatPercent(b.parameters.priceReductionShare, lang), formatPercent(b.priceReductionShare, lang), money(b.minimumPriceReduction))}${cite('price-reduction')}
      </li>
      <li>${t.rplLinePrice(money(b.planned.price), money(b.reduced.price))}</li>
      <li>${t.rplLineBand(money(b.planned.bandMaximum), money(b.reduced.bandMaximum))}${cite('band-maximum')}</li>
    </ol>
    <h5 class="rpl-subtitle">${t.rplNotesTitle}</h5>
    <ul class="rpl-notes">
      ${b.notes.filter((n) => n.id !== 'hours-even' && n.id !== 'hours-per-item').map((n) => html`<li>${noteText(n.id, n.text)}</li>`)}
    </ul>
    <p>${b.hoursSource === 'per-item' ? t.rplHoursPerItem : t.rplHoursEven(hours(b.planned.otjHours / Math.max(1, b.items.length)), b.items.length)}</p>
    <button type="button" class="link rpl-items-toggle" aria-expanded="false" aria-controls="rpl-items" @click=${toggleDisclosure}>${t.rplItemsToggle(b.items.length)}</button>
    <div class="disclosure-body" id="rpl-items">
      <div class="table-scroll" role="region" aria-labelledby="rpl-caption" tabindex="0">
        <table class="data-table rpl-table">
          <caption id="rpl-caption">${t.rplTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.item}</th>
              <th scope="col">${t.rating}</th>
              <th scope="col">${t.rplCounts}</th>
              <th scope="col" class="number">${t.rplHours}</th>
              <th scope="col" class="number">${t.rplHoursRemoved}</th>
            </tr>
          </thead>
          <tbody>
            ${b.items.map((line) => {
              const item = byId.get(line.item);
              return html`<tr data-item=${line.item} class=${line.counts ? 'counts' : ''}>
                <th scope="row">${item ? itemName(item) : line.item}</th>
                <td>${ratingLabel(line.value, scale, s)}</td>
                <td>${line.counts ? t.yes : t.no}</td>
                <td class="number">${hours(line.hours)}</td>
                <td class="number">${hours(line.hoursRemoved)}</td>
              </tr>`;
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${t.total}</th>
              <td></td>
              <td>${t.rplCountsTotal(counted, b.items.length)}</td>
              <td class="number">${hours(b.items.reduce((a, i) => a + i.hours, 0))}</td>
              <td class="number">${hours(b.assessedHours)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  </div>`;
}
