/**
 * The parts of `<ksb-review>`, each rendered from a `ReviewView` the element
 * builds: the record's heading facts, the side-by-side ratings with the
 * agreed rating per item, the chart of the parties per section, the training
 * plan and the sign-offs. Framework and host text is always rendered as text.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Framework, Item, Scale } from '../../model/framework.js';
import type { Party, Result } from '../../model/result.js';
import { partyMeans, reasonNeeded, type AgreedRating, type PartyComparison, type Review, type ReviewGaps, type Signoff, type TrainingPlan } from '../../model/review.js';
import type { ScanSection } from '../../model/sections.js';
import { itemName } from '../../model/summary.js';
import { textKey } from '../../model/text-key.js';
import { capitalised, formatDate, type Strings } from '../../shared/localize.js';
import { formatNumber } from '../../shared/number-format.js';
import type { ReviewStrings } from './review-strings.js';

/** What a sign-off form holds before it is signed. */
export interface SignDraft {
  name: string;
  role: string;
  date: string;
}

/** The element's state the parts render from. */
export interface ReviewView {
  s: ReviewStrings;
  strings: Strings;
  lang: string;
  framework: Framework;
  scale: Scale;
  sections: ScanSection[];
  results: Result[];
  review: Review;
  comparisons: ReadonlyMap<string, PartyComparison>;
  agreed: ReadonlyMap<string, AgreedRating>;
  /** Controls are shown (not `readonly`). */
  editable: boolean;
  onlyFlagged: boolean;
  /** After a failed submit: what is missing, shown inline. */
  gaps?: ReviewGaps;
  /** The language of a framework text (`textKey`), for its `lang`. */
  textLang(key: string): string | undefined;
  /** A stable position of each item, for element ids (item ids may hold any character). */
  indexOf(item: string): number;
  inlineError(id: string, text: string): TemplateResult | typeof nothing;
  agree(item: string, value: string): void;
  setReason(item: string, reason: string): void;
}

/** A party's name as a heading or column title. */
export const partyTitle = (s: ReviewStrings, party: Party) => capitalised(s.partyNames[party]);

/** A scale point (or "not sure", or nothing) as text. */
export function ratingText(v: Pick<ReviewView, 'scale' | 'strings'>, value: number | null | undefined): string {
  if (value === undefined) return v.strings.notAnswered;
  if (value === null) return v.strings.notSure;
  const point = v.scale.points.find((p) => p.value === value);
  return point ? `${point.value} ${point.label}` : String(value);
}

const itemHeading = (v: Pick<ReviewView, 'textLang'>, item: Item) =>
  html`${item.code ? html`<span class="code">${item.code}</span> ` : nothing}<bdi class="statement" lang=${v.textLang(textKey('item', item.id, 'statement')) ?? nothing}>${item.statement}</bdi>`;

/** The record's facts: standard, version, learner, the ratings reviewed and when, the dates and the digest. */
export function renderRecord(v: ReviewView): TemplateResult {
  const { s, lang, framework: fw, review } = v;
  const row = (term: string, value: unknown) => (value ? html`<div><dt>${term}</dt><dd>${value}</dd></div>` : nothing);
  const when = (t: string) => formatDate(t, lang);
  const sources = review.sources.length
    ? html`<ul class="sources">
        ${review.sources.map((src) => html`<li>${s.sourceLine(partyTitle(s, src.party), src.rater, when(src.submitted ?? src.updated), !!src.submitted)}</li>`)}
      </ul>`
    : undefined;
  return html`<section class="record" part="record" aria-labelledby="record-title">
    <h3 id="record-title">${s.evidenceTitle}</h3>
    <dl>
      ${row(s.standard, fw.title)} ${row(s.reference, fw.reference)} ${row(s.version, fw.version)} ${row(s.subject, review.subject)}
      ${row(s.parties, sources)} ${row(s.reviewStarted, when(review.started))} ${row(s.reviewSubmitted, review.submitted ? when(review.submitted) : undefined)}
      ${review.integrity ? row(s.digest, html`<code class="digest">${review.integrity.digest}</code>`) : nothing}
    </dl>
    ${review.integrity ? html`<p class="hint">${s.digestNote}</p>` : nothing}
  </section>`;
}

/** The flag of an item: symbol and text, never colour alone. */
function renderFlag(s: ReviewStrings, c: PartyComparison): TemplateResult {
  if (c.unsure) return html`<span class="flag flagged"><span aria-hidden="true">? </span>${s.flagUnsure}</span>`;
  if (c.flagged) return html`<span class="flag flagged"><span aria-hidden="true">⚠ </span>${s.flagSpread(c.spread)}</span>`;
  return html`<span class="flag"><span aria-hidden="true">✓ </span>${s.flagNone}</span>`;
}

/** The agreed rating of one item: a select (and a reason where needed), or the rating as text. */
function renderAgreedCell(v: ReviewView, item: Item, c: PartyComparison): TemplateResult {
  const { s, strings, scale } = v;
  const a = v.agreed.get(item.id);
  const i = v.indexOf(item.id);
  const name = itemName(item);
  const needsReason = reasonNeeded(c, a?.agreed);
  if (!v.editable) {
    return html`<span>${a ? ratingText(v, a.agreed) : s.planNotAgreed}</span> ${a?.reason ? html`<p class="reason-text"><strong>${s.reason}:</strong> <span class="note-text">${a.reason}</span></p>` : nothing}`;
  }
  const agreedError = v.gaps?.unagreed.includes(item.id) ? `agreed-${i}-error` : undefined;
  const reasonError = v.gaps?.reasonsMissing.includes(item.id) ? `reason-${i}-error` : undefined;
  const differing = c.ratings.filter((r) => r.value !== undefined && r.value !== a?.agreed).map((r) => s.partyNames[r.party]);
  return html`${agreedError ? v.inlineError(agreedError, s.missingAgreed(name)) : nothing}
    <label class="visually-hidden" for="agreed-${i}">${s.agreedLabel(name)}</label>
    <select id="agreed-${i}" class=${agreedError ? 'invalid' : ''} aria-describedby=${agreedError ?? nothing} @change=${(e: Event) => v.agree(item.id, (e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!a}>${s.choose}</option>
      ${scale.points.map((p) => html`<option value=${p.value} ?selected=${a?.agreed === p.value}>${p.value} ${p.label}</option>`)}
      <option value="unsure" ?selected=${a?.agreed === null}>${strings.notSure}</option>
    </select>
    <span class="print-only">${a ? ratingText(v, a.agreed) : s.planNotAgreed}</span>
    ${needsReason
      ? html`<div class="reason">
          ${reasonError ? v.inlineError(reasonError, s.missingReason(name)) : nothing}
          <label for="reason-${i}">${s.reason}</label>
          <span class="hint" id="reason-${i}-hint">${s.reasonHint(differing)}</span>
          <input
            id="reason-${i}"
            type="text"
            class=${reasonError ? 'invalid' : ''}
            aria-label=${s.reasonLabel(name)}
            aria-describedby=${[`reason-${i}-hint`, reasonError].filter(Boolean).join(' ')}
            .value=${a?.reason ?? ''}
            @change=${(e: Event) => v.setReason(item.id, (e.target as HTMLInputElement).value)}
          />
          <span class="print-only note-text">${a?.reason ?? ''}</span>
        </div>`
      : nothing}`;
}

/** One section's items as a table: a row per item, a column per party, the flag and the agreed rating. */
function renderSectionTable(v: ReviewView, section: ScanSection, index: number): TemplateResult | typeof nothing {
  const { s } = v;
  const rows = section.items.map((item) => ({ item, c: v.comparisons.get(item.id)! }));
  const shown = v.onlyFlagged ? rows.filter((r) => r.c.flagged) : rows;
  if (!shown.length) return nothing;
  const captionId = `section-${index}-caption`;
  return html`<div class="table-scroll" role="region" aria-labelledby=${captionId} tabindex="0">
    <table class="comparison" part="comparison">
      <caption id=${captionId}>${section.label}</caption>
      <thead>
        <tr>
          <th scope="col">${s.item}</th>
          ${v.results.map((r) => html`<th scope="col">${partyTitle(s, r.party ?? 'learner')}</th>`)}
          <th scope="col">${s.difference}</th>
          <th scope="col">${s.agreedRating}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ({ item, c }) => html`<tr data-item=${item.id} part=${c.flagged ? 'row disagreement' : 'row'} class=${v.onlyFlagged && !c.flagged ? 'filtered' : ''}>
            <th scope="row">${itemHeading(v, item)}</th>
            ${c.ratings.map((r) => html`<td>${ratingText(v, r.value)}</td>`)}
            <td>${renderFlag(s, c)}</td>
            <td class="agreed">${renderAgreedCell(v, item, c)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Every section's table (only the flagged rows with the filter on: on screen; the print shows all). */
export function renderComparison(v: ReviewView, flaggedCount: number): TemplateResult {
  const tables = v.sections.map((section, i) => renderSectionTable(v, section, i));
  return html`${v.onlyFlagged && !flaggedCount ? html`<p class="status">${v.s.noDisagreements}</p>` : nothing}${tables}`;
}

const ROW = 22;
const GROUP_GAP = 14;
const LABEL = 120;
const BAR_MAX = 150;

/** A grouped bar chart of each party's mean rating per section (plain SVG), with the same figures in a table. */
export function renderPartyChart(v: ReviewView): TemplateResult {
  const { s, lang, results, sections } = v;
  const max = Math.max(1, ...v.scale.points.map((p) => p.value));
  const means = partyMeans(results, sections.map((sec) => ({ id: sec.id, items: sec.items.map((i) => i.id) })));
  const figure = (m: number | null) => (m === null ? s.noRating : formatNumber(m, lang));
  const groupHeight = (results.length + 1) * ROW + GROUP_GAP;
  const alt = `${s.chartTitle}. ${sections
    .map((sec, i) => s.chartAlt(sec.label, means[i].means.map((m) => `${partyTitle(s, m.party)} ${figure(m.mean)}`).join(', ')))
    .join('; ')}`;
  return html`<figure class="party-chart">
    <svg class="chart" viewBox="0 0 ${LABEL + BAR_MAX + 50} ${sections.length * groupHeight}" width="100%" role="img" aria-label=${alt} preserveAspectRatio="xMinYMin meet">
      <title>${alt}</title>
      ${sections.map((sec, g) => {
        const top = g * groupHeight;
        return svg`<g>
          <text x="0" y=${top + 15} class="chart-section">${sec.label.length > 48 ? `${sec.label.slice(0, 47)}…` : sec.label}</text>
          ${means[g].means.map((m, p) => {
            const y = top + (p + 1) * ROW;
            const width = m.mean === null ? 0 : (m.mean / max) * BAR_MAX;
            return svg`<text x="0" y=${y + 15} class="chart-label">${partyTitle(s, m.party)}</text>
              <rect x=${LABEL} y=${y + 3} width=${Math.max(width, 1)} height=${ROW - 6} class="chart-bar bar-${p}"></rect>
              <text x=${LABEL + width + 6} y=${y + 15} class="chart-count">${figure(m.mean)}</text>`;
          })}
        </g>`;
      })}
    </svg>
  </figure>
  <div class="table-scroll" role="region" aria-labelledby="means-caption" tabindex="0">
    <table class="means">
      <caption id="means-caption">${s.chartTableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${s.section}</th>
          ${results.map((r) => html`<th scope="col" class="number">${s.meanOf(partyTitle(s, r.party ?? 'learner'))}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${sections.map((sec, i) => html`<tr><th scope="row">${sec.label}</th>${means[i].means.map((m) => html`<td class="number">${figure(m.mean)}</td>`)}</tr>`)}
      </tbody>
    </table>
  </div>`;
}

/** The training plan: the items to train by duty or section, with planned hours where given. */
export function renderPlan(v: ReviewView, plan: TrainingPlan): TemplateResult {
  const { s, lang } = v;
  const byId = new Map(v.framework.items.map((i) => [i.id, i]));
  const hours = (n: number | undefined) => (n === undefined ? undefined : formatNumber(n, lang, 2));
  const threshold = v.scale.points.find((p) => p.value === plan.threshold)?.label ?? String(plan.threshold);
  return html`<p>${s.planIntro(threshold)}</p>
    <p class="plan-total">${plan.items ? s.planTotal(plan.items, hours(plan.hours)) : s.planEmpty}</p>
    ${plan.groups.map(
      (g) => html`<div class="plan-group">
        <h4>${g.label}${g.hours !== undefined ? html` <span class="hint">(${s.planHours(hours(g.hours)!)})</span>` : nothing}</h4>
        <ul>
          ${g.items.map((p) => {
            const item = byId.get(p.item);
            return html`<li data-item=${p.item}>
              ${item ? itemHeading(v, item) : p.item}: ${p.agreed === undefined ? s.planNotAgreed : ratingText(v, p.agreed)}${p.hours !== undefined
                ? html` (${s.planHours(hours(p.hours)!)})`
                : nothing}
            </li>`;
          })}
        </ul>
      </div>`,
    )}`;
}

/** Handlers and drafts of the sign-off forms. */
export interface SignoffHandlers {
  draft(party: Party): SignDraft;
  edit(party: Party, field: keyof SignDraft, value: string): void;
  sign(party: Party): void;
  unsign(party: Party): void;
  /** A problem with a party's form after a failed attempt to sign. */
  problem(party: Party): { field: 'name' | 'date'; text: string } | undefined;
}

/** One fieldset per signer: the declaration, then name, role and date with a button, or what was signed. */
export function renderSignoffs(v: ReviewView, signers: readonly Party[], declarations: Readonly<Record<Party, string>>, h: SignoffHandlers): TemplateResult {
  const { s, lang } = v;
  const signed = new Map<Party, Signoff>(v.review.signoffs.map((x) => [x.party, x]));
  return html`<p>${s.signoffIntro}</p>
    ${signers.map((party) => {
      const name = s.partyNames[party];
      const done = signed.get(party);
      const missing = v.gaps?.unsigned.includes(party) ? `signoff-${party}-missing` : undefined;
      const problem = h.problem(party);
      const d = h.draft(party);
      const field = (key: 'name' | 'role' | 'date', label: string, type: string, autocomplete: string) => {
        const errorId = problem?.field === key ? `signoff-${party}-${key}-error` : undefined;
        return html`<div class="field">
          <label for="signoff-${party}-${key}">${label}</label>
          ${errorId ? v.inlineError(errorId, problem!.text) : nothing}
          <input
            id="signoff-${party}-${key}"
            type=${type}
            autocomplete=${autocomplete}
            class=${errorId ? 'invalid' : ''}
            aria-describedby=${[errorId, key === 'name' ? missing : undefined].filter(Boolean).join(' ') || nothing}
            .value=${d[key]}
            @input=${(e: Event) => h.edit(party, key, (e.target as HTMLInputElement).value)}
          />
        </div>`;
      };
      return html`<fieldset class="signoff" part="signoff" data-party=${party}>
        <legend>${s.signoffLegend(capitalised(name))}</legend>
        <p class="declaration"><strong>${s.declaration}:</strong> <span class="note-text">${done?.statement ?? declarations[party]}</span></p>
        ${done
          ? html`<p class="signed" part="signed">${s.signedBy(done.name, done.role, formatDate(`${done.date}T12:00:00`, lang), formatDate(done.time, lang))}</p>
              ${v.editable ? html`<button type="button" class="secondary" @click=${() => h.unsign(party)}>${s.unsign(name)}</button>` : nothing}`
          : v.editable
            ? html`${missing ? v.inlineError(missing, s.missingSignoff(name)) : nothing} ${field('name', s.name, 'text', 'name')}
                ${field('role', s.role, 'text', 'organization-title')} ${field('date', s.date, 'date', 'off')}
                <button type="button" id="sign-${party}" @click=${() => h.sign(party)}>${s.sign(name)}</button>`
            : html`<p>${s.missingSignoff(name)}</p>`}
      </fieldset>`;
    })}`;
}
