/**
 * The whole of `<ksb-review>` once there is something to review, in reading
 * (and printing) order: header and notes, the record's facts, the ratings side
 * by side with the quick actions and the filter, the chart, the RPL breakdown,
 * the training plan, the sign-offs and the buttons. The parts are in
 * `review-view.ts`; the element supplies its state and handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Party } from '../../model/result.js';
import type { TrainingPlan } from '../../model/review.js';
import { renderComparison, renderPartyChart, renderPlan, renderRecord, renderSignoffs, type ReviewView, type SignoffHandlers } from './review-view.js';

/** What the page shows besides the view: the element's own notes, state and handlers. */
export interface ReviewPage {
  header: (agreed: number, total: number) => TemplateResult;
  notes: TemplateResult;
  /** Parties (names) whose results changed since the review recorded them. */
  changedParties: string[];
  errorSummary: TemplateResult | typeof nothing;
  /** The disagreement threshold in force. */
  points: number;
  takenMessage: string;
  take(party: Party): void;
  filter(on: boolean): void;
  /** The RPL breakdown, once its chunk and the figures are in. */
  rpl?: TemplateResult;
  plan?: TrainingPlan;
  signers: readonly Party[];
  declarations: Readonly<Record<Party, string>>;
  signoff: SignoffHandlers;
  submit(): void;
  download(): void;
}

export function renderReviewPage(v: ReviewView, p: ReviewPage): TemplateResult {
  const { s, review } = v;
  const comparisons = [...v.comparisons.values()];
  const flagged = comparisons.filter((c) => c.flagged).length;
  const agreedCount = comparisons.filter((c) => v.agreed.has(c.item)).length;
  return html`${p.header(agreedCount, comparisons.length)}${p.notes}
    ${p.changedParties.length && review.items.length ? html`<p class="notice" part="notice" role="status">${s.sourceChanged(p.changedParties)}</p>` : nothing}
    ${p.errorSummary} ${renderRecord(v)}
    <section class="compare" aria-labelledby="compare-title">
      <h3 id="compare-title">${s.compareTitle}</h3>
      <p>${s.compareIntro(p.points)}</p>
      ${v.editable
        ? html`<div class="quick" role="group" aria-labelledby="quick-title">
              <h4 id="quick-title">${s.quickTitle}</h4>
              ${v.results.map((r) => {
                const party = r.party ?? 'learner';
                return html`<button type="button" class="secondary" data-party=${party} @click=${() => p.take(party)}>${s.takeParty(s.partyNames[party])}</button>`;
              })}
            </div>
            <p class="taken" role="status">${p.takenMessage}</p>`
        : nothing}
      <div class="filter">
        <input type="checkbox" id="only-flagged" .checked=${v.onlyFlagged} @change=${(e: Event) => p.filter((e.target as HTMLInputElement).checked)} />
        <label for="only-flagged">${s.onlyDisagreements(flagged)}</label>
      </div>
      ${renderComparison(v, flagged)}
    </section>
    <section class="chart-section" part="chart" aria-labelledby="chart-title">
      <h3 id="chart-title">${s.chartTitle}</h3>
      ${renderPartyChart(v)}
    </section>
    <section class="rpl-section" aria-labelledby="rpl-section-title">
      <h3 id="rpl-section-title">${s.rplTitle}</h3>
      ${p.rpl ?? html`<p class="hint">${s.rplNeedsFigures}</p>`}
    </section>
    ${p.plan ? html`<section class="plan" part="plan" aria-labelledby="plan-title"><h3 id="plan-title">${s.planTitle}</h3>${renderPlan(v, p.plan)}</section>` : nothing}
    <section class="signoffs" aria-labelledby="signoff-title">
      <h3 id="signoff-title">${s.signoffTitle}</h3>
      ${renderSignoffs(v, p.signers, p.declarations, p.signoff)}
    </section>
    <div class="actions">
      ${v.editable ? html`<button type="button" part="button" id="submit" @click=${() => p.submit()}>${s.submit}</button>` : nothing}
      <button type="button" class="secondary" id="print" @click=${() => window.print()}>${s.print}</button>
      <button type="button" class="secondary" id="download" @click=${() => p.download()}>${s.downloadCsv}</button>
    </div>`;
}
