/**
 * The summary step of `<skills-scan>`: charts per section, unanswered items,
 * change since a baseline, the level placement, the prior-learning estimate
 * or RPL calculation, and the printed evidence block. A chunk of its own,
 * with its strings (`summary-strings.ts`): the element loads it when the summary
 * is shown, and prefetches it once the questions are on screen.
 *
 * Everything here renders from a `SummaryView` the element builds, so the
 * element's state stays in the element.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Framework, Item, Scale } from '../../model/framework.js';
import type { Result } from '../../model/result.js';
import { summarisePlacement } from '../../model/placement-summary.js';
import { compareResults, priorLearningEstimate } from '../../model/progress.js';
import { itemName, type AnswerValues } from '../../model/summary.js';
import { formatDate, type Strings } from '../../shared/localize.js';
import { formatMoney, formatNumber, formatPercent } from '../../shared/number-format.js';
import { renderRatingChart } from '../../shared/rating-chart.js';
import { inBlocks } from '../../shared/blocks.js';
import { summaryStringsFor } from './summary-strings.js';
import { pointLabel, ratingLabel, renderRpl, rplStyles, type RplShown } from './rpl-view.js';

export { renderRpl, type RplShown };
import type { ScanSection } from '../../model/sections.js';

/** The element's state the summary renders from. */
export interface SummaryView {
  strings: Strings;
  lang: string;
  framework: Framework;
  result?: Result;
  sections: ScanSection[];
  /** The items asked about, in order. */
  items: Item[];
  scale: Scale;
  /** A level placement (`scale="levels"`). */
  placement: boolean;
  readonly: boolean;
  subject?: string;
  /** Whom the ratings are about, when the rater is another party (`party`); undefined for the learner's own scan. */
  about?: string;
  baseline?: Result;
  rpl?: RplShown;
  /** Figures of the simple prior-learning estimate, shown without an RPL calculation. */
  otjHours?: number;
  price?: number;
  /** The rating at or above which an item counts as prior learning. */
  threshold: number;
  /** The result's values by item (built once per result). */
  values: AnswerValues;
  /** A revision per run of `items` (`inBlocks`), changed when an answer in that run changed: a run's guard reads it instead of every answer. */
  itemRuns(): readonly number[];
  goToItem(item: Item): void;
  submit(): void;
  /** Saves the answers as a spreadsheet. */
  download(): void;
}

/** Styles of the summary's content, added to the element when this chunk is in (`adoptChunkStyles`). */
export const summaryStyles = css`
  ${rplStyles}
  .print-only {
    display: none;
  }
  /* Printed as evidence: who, what and when, every rating and the calculation; nothing to click. */
  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    nav,
    .progress,
    .section,
    .step-buttons,
    .summary-buttons,
    .summary-intro,
    .unanswered,
    .error-panel[part='mismatch'],
    button {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .summary {
      border-top: 0;
      padding-top: 0;
    }
    .notice {
      border-inline-start-color: #000;
    }
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--_space);
  }
  .chart-figure {
    margin: 0;
  }
  .chart {
    display: block;
    max-width: 28rem;
  }
  .chart-label,
  .chart-count {
    font-size: 13px;
    fill: var(--_text);
  }
  .chart-bar {
    fill: var(--_accent);
  }
  .unanswered {
    padding-inline-start: 1.25rem;
    /*
     * Off screen, its thousands of entries are not laid out again when one is answered. The size
     * until it is first shown is a fixed guess: one that followed the count would restyle every
     * entry on every answer.
     */
    content-visibility: auto;
    contain-intrinsic-size: auto 20rem;
  }
  .unanswered-entry {
    display: list-item;
    list-style: disc;
    margin-bottom: 0.5rem;
  }
  .unanswered-entry[hidden] {
    display: none;
  }
  .unanswered .hint {
    display: block;
  }
  .change-table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: var(--_space);
  }
  .change-table th,
  .change-table td {
    text-align: start;
    padding: 0.5rem 0.5rem 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .submit {
    background: var(--_success);
    font-weight: bold;
  }
  .summary-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    margin-top: var(--_space);
  }
  .evidence dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0 0 var(--_space);
  }
  .evidence dl > div {
    display: contents;
  }
  .evidence dt {
    font-weight: bold;
  }
  .evidence dd {
    margin: 0;
  }
  @media (forced-colors: active) {
    .chart-bar {
      fill: CanvasText;
    }
    .chart-label,
    .chart-count {
      fill: CanvasText;
    }
  }
`;

const given = (n: number | undefined | null) => n !== undefined && n !== null;

/** A section's answers in one pass: how many at each point of the scale, how many "not sure", and the mean rating. */
function tally(values: AnswerValues, items: readonly Item[], scale: Scale): { counts: number[]; unsure: number; mean: number | null } {
  const counts = scale.points.map(() => 0);
  let unsure = 0;
  let sum = 0;
  let rated = 0;
  for (const item of items) {
    const value = values.get(item.id);
    if (value === null) unsure++;
    else if (value !== undefined) {
      sum += value;
      rated++;
      const point = scale.points.findIndex((p) => p.value === value);
      if (point >= 0) counts[point]++;
    }
  }
  return { counts, unsure, mean: rated ? sum / rated : null };
}
/** The summary below its heading (which the element renders, so focus can rest on it while this chunk loads). */
export function renderSummaryBody(v: SummaryView): TemplateResult {
  const { strings: s, lang, scale } = v;
  const t = summaryStringsFor(lang);
  const ids = v.items.map((i) => i.id);
  const unanswered = v.items.filter((i) => !v.values.has(i.id));
  const runs = v.itemRuns();
  return html`<p class="summary-intro">${v.about ? t.summaryIntroAbout(v.about) : t.summaryIntro}</p>
    ${v.placement ? renderPlacement(v, ids) : nothing}
    <div class="charts">
      ${v.sections.map((section) => {
        const { counts, unsure, mean } = tally(v.values, section.items, scale);
        const bars = [...scale.points.map((p, i) => ({ label: p.label, count: counts[i] })), { label: s.notSure, count: unsure }];
        return html`<figure class="chart-figure">
          <figcaption><strong><bdi>${section.label}</bdi></strong>${mean !== null ? html` · ${t.meanRating(formatNumber(mean, lang))}` : nothing}</figcaption>
          ${renderRatingChart(t.chartTitle(section.label), bars, (b) => t.ratingCount(b.label, b.count))}
        </figure>`;
      })}
    </div>
    <h4>${unanswered.length ? t.unansweredTitle(unanswered.length) : t.allAnswered}</h4>
    ${unanswered.length
      ? html`<div class="unanswered" role="list">
          ${
            // Every item has its place, answered ones hidden: answering one toggles its entry, rather than
            // shifting the text of every entry after it (a relayout that grew with the form).
            // In runs, each a box of its own: a run is evaluated again only when one of its answers or the
            // language changes, and the browser restyles the run, not thousands of siblings of one list box.
            // The runs are generic boxes, so the list still owns its entries for assistive technology.
            inBlocks(v.items).map((block, b) =>
              guard(
                [block, runs[b], t],
                () =>
                  html`<div class="unanswered-run">
                    ${block.map(
                      (item) =>
                        html`<div role="listitem" class="unanswered-entry" ?hidden=${v.values.has(item.id)}>
                          <button type="button" class="link" @click=${() => v.goToItem(item)}>${t.goTo(itemName(item))}</button>
                          <span class="hint"><bdi>${item.statement}</bdi></span>
                        </div>`,
                    )}
                  </div>`,
              ),
            )
          }
        </div>`
      : nothing}
    ${renderBaseline(v, ids)} ${v.rpl ? renderRpl(v, v.rpl) : renderPriorLearning(v, ids)}
    <p class="summary-buttons">
      <button part="button" type="button" class="secondary print-button" @click=${() => window.print()}>${t.printSummary}</button>
      <button part="button" type="button" class="secondary download-csv" @click=${() => v.download()}>${t.downloadCsv}</button>
      ${v.readonly ? nothing : html`<button part="button" type="button" class="submit" @click=${() => v.submit()}>${s.submit}</button>`}
    </p>`;
}

/** The level reached per domain and overall, and what holds the person below the next level. */
function renderPlacement(v: SummaryView, ids: string[]): TemplateResult {
  const t = summaryStringsFor(v.lang);
  const fw = v.framework;
  const summary = summarisePlacement(fw, v.result, ids);
  const byId = new Map(fw.items.map((i) => [i.id, i]));
  const name = (id: string) => {
    const item = byId.get(id);
    return item ? (item.code && item.title ? `${item.code} ${item.title}` : itemName(item)) : id;
  };
  const row = (g: (typeof summary)['overall'], label: string, overall = false) => html`<tr data-group=${g.id} class=${overall ? 'overall' : ''}>
    <th scope="row">${label}</th>
    <td class="reached">${g.reachedLevel ? html`<bdi>${g.reachedLevel.label}</bdi>` : t.placementNone}${g.notPlaced.length ? html`<span class="hint"> (${t.placementNotPlaced(g.notPlaced.length)})</span>` : nothing}</td>
    <td class="holding">
      ${g.nextLevel
        ? html`<span class="visually-hidden">${t.placementHoldingBelow(g.nextLevel.label)} </span><ul>
            ${g.holding.map((id) => html`<li data-item=${id}>${name(id)}</li>`)}
          </ul>`
        : t.placementTop}
    </td>
  </tr>`;
  return html`<div class="placement" part="placement">
    <h4 id="placement-title">${t.placementTitle}</h4>
    <p class="hint">${t.placementRule}</p>
    <div class="table-scroll" role="region" aria-labelledby="placement-title" tabindex="0">
      <table class="data-table placement-table">
        <caption class="visually-hidden">${t.placementTitle}</caption>
        <thead>
          <tr><th scope="col">${t.placementDomain}</th><th scope="col">${t.placementReached}</th><th scope="col">${t.placementHolding}</th></tr>
        </thead>
        <tbody>
          ${summary.groups.map((g) => row(g, g.label))}
        </tbody>
        <tfoot>${row(summary.overall, t.placementOverall, true)}</tfoot>
      </table>
    </div>
  </div>`;
}

function renderBaseline(v: SummaryView, ids: string[]): TemplateResult | typeof nothing {
  const { baseline, strings: s, lang, scale } = v;
  if (!baseline) return nothing;
  const t = summaryStringsFor(lang);
  const overall = compareResults(baseline, v.result, ids);
  const label = (x: number | null | undefined) => (x === undefined ? '–' : ratingLabel(x, scale, s));
  const signed = (n: number | null) => (n === null ? '–' : `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(n), lang)}`);
  const mean = (n: number | null) => (n === null ? '–' : formatNumber(n, lang));
  const byId = new Map(v.items.map((i) => [i.id, i]));
  const head = (caption: string, first: string) =>
    html`<caption class="visually-hidden">${caption}</caption>
      <thead>
        <tr><th scope="col">${first}</th><th scope="col">${t.before}</th><th scope="col">${t.after}</th><th scope="col">${t.change}</th></tr>
      </thead>`;
  return html`<div class="baseline">
    <h4>${t.changeTitle}</h4>
    <p>${t.changeSince(formatDate(baseline.submitted ?? baseline.updated, lang))}</p>
    <p>${[t.improved(overall.improved), t.declined(overall.declined), t.unchanged(overall.unchanged), t.newlyRated(overall.newlyRated)].join(' · ')}</p>
    <table class="change-table">
      ${head(t.changeTitle, t.section)}
      <tbody>
        ${v.sections.map((section) => {
          const c = compareResults(
            baseline,
            v.result,
            section.items.map((i) => i.id),
          );
          return html`<tr>
            <th scope="row"><bdi>${section.label}</bdi></th>
            <td>${mean(c.meanBefore)}</td>
            <td>${mean(c.meanAfter)}</td>
            <td>${signed(c.meanChange)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    <table class="change-table">
      ${head(t.item, t.item)}
      <tbody>
        ${overall.items
          .filter((c) => c.before !== undefined || c.after !== undefined)
          .map(
            (c) => html`<tr>
              <th scope="row">${itemName(byId.get(c.item)!)}</th>
              <td>${label(c.before)}</td>
              <td>${label(c.after)}</td>
              <td>${signed(c.change)}</td>
            </tr>`,
          )}
      </tbody>
    </table>
  </div>`;
}

/** The simple estimate, from `otj-hours` and/or `price` alone. */
function renderPriorLearning(v: SummaryView, ids: string[]): TemplateResult | typeof nothing {
  if (!given(v.otjHours) && !given(v.price)) return nothing;
  const { lang } = v;
  const t = summaryStringsFor(lang);
  const e = priorLearningEstimate(v.result, ids, { threshold: v.threshold, offTheJobHours: v.otjHours, price: v.price });
  return html`<div class="prior-learning" aria-labelledby="pl-title">
    <h4 id="pl-title">${t.priorLearningTitle}</h4>
    <p class="notice"><strong>${t.priorLearningEstimate}</strong></p>
    <p>${t.priorLearningThreshold(pointLabel(v.scale, v.threshold))}</p>
    <p>${t.priorLearningShare(e.priorLearning.length, e.total, formatPercent(e.share, lang))}</p>
    ${e.hoursReduction !== undefined ? html`<p>${t.priorLearningHours(formatNumber(e.hoursReduction, lang), formatNumber(e.reducedHours!, lang))}</p>` : nothing}
    ${e.minimumPriceReduction !== undefined ? html`<p>${t.priorLearningPrice(formatMoney(e.minimumPriceReduction, lang), formatMoney(e.maximumPrice!, lang))}</p>` : nothing}
  </div>`;
}

/** Print-only block, above the heading: who, what and when, and (without an RPL table) every item's rating. */
export function renderEvidence(v: SummaryView): TemplateResult {
  const { strings: s, lang, framework: fw, scale } = v;
  const t = summaryStringsFor(lang);
  const runs = v.itemRuns();
  const subject = v.result?.subject ?? v.subject;
  const scanned = v.result?.submitted ?? v.result?.updated;
  const row = (term: string, value: string | undefined) => (value ? html`<div><dt>${term}</dt><dd>${value}</dd></div>` : nothing);
  return html`<div class="evidence print-only" part="evidence">
    <h3>${t.evidenceTitle}</h3>
    <dl>
      ${row(t.learner, subject)} ${row(t.standard, fw.title)} ${row(t.reference, fw.reference)} ${row(t.version, fw.version)}
      ${row(t.scanDate, scanned ? formatDate(scanned, lang) : undefined)} ${row(t.printedDate, formatDate(new Date().toISOString(), lang))}
    </dl>
    ${v.rpl?.breakdown
      ? nothing
      : html`<table class="data-table ratings-table">
          <caption>${t.ratingsCaption}</caption>
          <thead><tr><th scope="col">${t.item}</th><th scope="col">${t.rating}</th></tr></thead>
          <tbody>
            ${inBlocks(v.items).map((block, b) =>
              guard([block, runs[b], scale, s], () =>
                block.map(
                  (item) =>
                    html`<tr><th scope="row">${item.code ? html`<bdi>${item.code}</bdi> ` : nothing}<bdi>${item.statement}</bdi></th><td>${ratingLabel(v.values.get(item.id), scale, s)}</td></tr>`,
                ),
              ),
            )}
          </tbody>
        </table>`}
  </div>`;
}

