import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Framework, Item, Scale } from '../../model/framework.js';
import { Reader, type Problem } from '../../model/problems.js';
import { responseFor, validateResult, type Response, type Result } from '../../model/result.js';
import { findScale } from '../../model/scales.js';
import { compareResults, countAnswers, itemName, meanRating, priorLearningEstimate, type GroupBy } from '../../model/summary.js';
import { readScale } from '../../model/validate-framework.js';
import { renderErrorPanel } from '../../shared/error-panel.js';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../shared/localize.js';
import { InvalidJson, jsonConverter, tokenList } from '../../shared/parse-attribute.js';
import { renderRatingChart } from '../../shared/rating-chart.js';
import { KsbResultElement } from '../../shared/result-element.js';
import { baseStyles } from '../../shared/styles.js';
import { DEFAULT_CATEGORIES, scanItems, scanSections, type ScanSection } from './scan-sections.js';
import { skillsScanStyles } from './skills-scan.styles.js';

/**
 * `<skills-scan>`: a learner's self-assessment against every knowledge, skill
 * and behaviour of a framework, for an initial skills scan or a progress
 * tracker. Each item is a question with a native radio group (arrow keys move
 * within it, Tab moves between questions), a "not sure" choice and an optional
 * note. Sections come one at a time with a stepper, or all on one page; a
 * summary with charts, unanswered items, change since a baseline and a
 * prior-learning estimate comes before submit.
 *
 * @summary Skills scan and learning progress tracker.
 * @tagname skills-scan
 *
 * @fires ksb-change - On every answer or note. `detail.result` is the whole current result; `detail.item` the item changed.
 * @fires ksb-submit - When the person submits. `detail.result` has `submitted` set.
 * @fires ksb-error - For bad input (framework, src, value, baseline, scale). `detail.problems` lists each problem with its JSON path.
 * @fires ksb-load - When a framework has been read, validated and is shown.
 *
 * @csspart error - The error panel (bad framework or input).
 * @csspart mismatch - The notice shown for saved answers from another framework version.
 * @csspart header - Title and progress.
 * @csspart progress - The overall progress bar.
 * @csspart nav - The list of sections (stepper mode).
 * @csspart section - A section of questions.
 * @csspart question - One item's fieldset.
 * @csspart legend - The item's code and statement.
 * @csspart option - One rating choice.
 * @csspart note - The note field.
 * @csspart summary - The summary before submit.
 * @csspart chart - A section's bar chart.
 * @csspart button - The navigation and submit buttons.
 *
 * @cssprop --ksb-font-family - Font of the element.
 * @cssprop --ksb-font-size - Base font size (default 1rem).
 * @cssprop --ksb-color-text - Text colour.
 * @cssprop --ksb-color-text-secondary - Secondary text (hints, codes).
 * @cssprop --ksb-color-background - Background.
 * @cssprop --ksb-color-surface - Background of panels and secondary buttons.
 * @cssprop --ksb-color-border - Borders.
 * @cssprop --ksb-color-accent - Buttons, chosen options, progress and chart bars.
 * @cssprop --ksb-color-accent-contrast - Text on the accent colour.
 * @cssprop --ksb-color-error - Error borders.
 * @cssprop --ksb-color-focus - Focus ring (default GOV.UK yellow).
 * @cssprop --ksb-color-focus-text - Text on the focus colour.
 * @cssprop --ksb-radius - Corner radius.
 * @cssprop --ksb-space - Base spacing unit.
 * @cssprop --ksb-target-size - Minimum size of click targets (default 2.75rem).
 */
export class SkillsScan extends KsbResultElement {
  static override styles = [baseStyles, skillsScanStyles];

  /** Item types to scan, space- or comma-separated (default `knowledge skill behaviour`). */
  @property() categories = DEFAULT_CATEGORIES.join(' ');

  /** Only these item ids, space- or comma-separated (default: every item of the categories). */
  @property() items = '';

  /** Sections by `category` (item type), `duty`, or `parent` (domain). */
  @property({ attribute: 'group-by' }) groupBy: 'category' | 'duty' | 'parent' = 'category';

  /** A built-in or framework scale id, or a scale as JSON (default: the framework's `defaultScale`, else `confidence`). */
  @property() scale = '';

  /** `stepper`: one section at a time; `all`: every section on one page. */
  @property() mode: 'stepper' | 'all' = 'stepper';

  /** An earlier result to compare with on the summary (object or JSON). */
  @property({ converter: jsonConverter }) baseline?: unknown;

  /** Planned off-the-job training hours, for the prior-learning estimate. */
  @property({ type: Number, attribute: 'otj-hours' }) otjHours?: number;

  /** Planned price in pounds, for the prior-learning estimate. */
  @property({ type: Number }) price?: number;

  /** Rating at or above which an item counts as prior learning (default: the scale's second-highest point). */
  @property({ type: Number, attribute: 'prior-learning-threshold' }) priorLearningThreshold?: number;

  /** Index of the step shown in stepper mode (sections, then the summary). */
  @state() private step = 0;

  @state() private openNotes = new Set<string>();

  private focusAfterRender?: string;

  /** The scale in use, or the problems that stop one being used. */
  private get scaleInfo(): { scale?: Scale; problems: Problem[] } {
    const fw = this.currentFramework;
    const spec = this.scale.trim() || fw?.defaultScale || 'confidence';
    if (spec.startsWith('{')) {
      const r = new Reader();
      let data: unknown;
      try {
        data = JSON.parse(spec);
      } catch (e) {
        return { problems: [{ path: '$', code: 'json', severity: 'error', message: `The "scale" attribute is not valid JSON: ${(e as Error).message}` }] };
      }
      const scale = readScale(r, data, '$');
      return r.problems.some((p) => p.severity === 'error') ? { problems: r.problems } : { scale, problems: r.problems };
    }
    const scale = findScale(spec, fw);
    return scale ? { scale, problems: [] } : { problems: [{ path: '$', code: 'unknown-id', severity: 'error', message: `Unknown scale "${spec}".` }] };
  }

  private get questionItems(): Item[] {
    const fw = this.currentFramework;
    return fw ? scanItems(fw, tokenList(this.categories), tokenList(this.items)) : [];
  }

  private get sections(): ScanSection[] {
    const fw = this.currentFramework;
    if (!fw) return [];
    const groupBy: GroupBy = this.groupBy === 'duty' ? 'duty' : this.groupBy === 'parent' ? 'parent' : 'type';
    return scanSections(fw, this.questionItems, groupBy);
  }

  protected answerableItems(): string[] {
    return this.questionItems.map((i) => i.id);
  }

  protected scaleId(): string {
    return this.scaleInfo.scale?.id ?? 'confidence';
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('input, button') ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('scale') || changed.has('framework') || changed.has('src')) {
      const { problems } = this.scaleInfo;
      if (this.currentFramework) this.reportProblems('scale', problems);
    }
    if (changed.has('baseline') && this.currentFramework) this.reportProblems('baseline', this.baselineInfo.problems);
  }

  protected override resumed(result: Result): void {
    const index = this.sections.findIndex((s) => s.id === result.position?.section);
    this.step = result.position?.section === 'summary' ? this.sections.length : Math.max(0, index);
    this.openNotes = new Set(result.responses.filter((r) => r.note).map((r) => r.item));
  }

  protected override frameworkChanged(framework: Framework, previous: Framework | undefined): void {
    super.frameworkChanged(framework, previous);
    if (!previous || previous.id !== framework.id || previous.version !== framework.version) {
      if (!this.result) this.step = 0;
    }
  }

  private get baselineInfo(): { baseline?: Result; problems: Problem[] } {
    if (this.baseline === undefined || this.baseline === null || this.baseline === '') return { problems: [] };
    const input = this.baseline instanceof InvalidJson ? this.baseline.text : this.baseline;
    const v = validateResult(input, this.currentFramework);
    // A baseline for another version is still a useful comparison for the items both share.
    return { baseline: v.value, problems: v.problems };
  }

  override render(): TemplateResult {
    const s = this.strings;
    if (this.status === 'loading') return html`<p class="status" role="status" aria-busy="true">${s.loading}</p>`;
    if (this.status === 'error') return renderErrorPanel(s, this.frameworkProblems);
    const fw = this.currentFramework;
    if (!fw) return html`<p class="status" role="status">${s.noFramework}</p>`;
    const { scale, problems: scaleProblems } = this.scaleInfo;
    if (!scale) return renderErrorPanel(s, scaleProblems);

    const sections = this.sections;
    const ids = this.answerableItems();
    const counts = countAnswers(this.result, ids);
    const valueErrors = this.valueProblems.filter((p) => p.severity === 'error' && !this.held);
    const stepper = this.mode !== 'all';
    const onSummary = stepper && this.step >= sections.length;
    return html`
      <div part="header" class="header">
        <h2 class="title">${fw.title}</h2>
        ${this.renderProgress(counts.answered, counts.total)}
        ${this.readonly ? html`<p class="hint">${s.readonlyNote}</p>` : nothing}
        ${this.result?.submitted ? html`<p role="status">${s.submitted(formatDate(this.result.submitted, this.effectiveLang))}</p>` : nothing}
      </div>
      ${this.renderHeld((id) => id)}
      ${valueErrors.length ? renderErrorPanel(s, valueErrors) : nothing}
      ${stepper ? this.renderNav(sections) : nothing}
      ${stepper
        ? onSummary
          ? this.renderSummary(sections, scale)
          : this.renderSection(sections[this.step], this.step, scale)
        : html`${sections.map((section, i) => this.renderSection(section, i, scale))} ${this.renderSummary(sections, scale)}`}
      ${stepper ? this.renderStepButtons(sections) : nothing}
    `;
  }

  private renderProgress(answered: number, total: number): TemplateResult {
    const s = this.strings;
    return html`<div class="progress">
      <label id="progress-label" for="progress">${s.progressLabel}</label>
      <progress id="progress" part="progress" max=${Math.max(total, 1)} .value=${answered} aria-describedby="progress-text"></progress>
      <span id="progress-text">${s.progressText(answered, total)}</span>
    </div>`;
  }

  private renderNav(sections: ScanSection[]): TemplateResult {
    const s = this.strings;
    const steps = [...sections.map((x) => x.label), s.review];
    return html`<nav part="nav" aria-label=${s.sections}>
      <ol class="steps">
        ${steps.map((label, i) => {
          const items = i < sections.length ? sections[i].items.map((it) => it.id) : [];
          const c = countAnswers(this.result, items);
          return html`<li>
            <button
              type="button"
              class="step-link ${i === this.step ? 'current' : ''}"
              aria-current=${i === this.step ? 'step' : nothing}
              @click=${() => this.goToStep(i)}
            >
              <span class="step-label">${label}</span>
              ${i < sections.length ? html`<span class="step-count">${s.sectionProgress(c.answered, c.total)}</span>` : nothing}
            </button>
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  private renderSection(section: ScanSection | undefined, index: number, scale: Scale): TemplateResult | typeof nothing {
    if (!section) return nothing;
    const s = this.strings;
    const c = countAnswers(
      this.result,
      section.items.map((i) => i.id),
    );
    const stepper = this.mode !== 'all';
    return html`<section part="section" class="section" aria-labelledby="section-${index}">
      <h3 id="section-${index}" tabindex="-1" class="section-title">
        ${stepper ? html`<span class="step-of">${s.step(index + 1, this.sections.length + 1)}</span> ` : nothing}${section.label}
      </h3>
      <p class="hint">${s.progressText(c.answered, c.total)}</p>
      ${section.items.map((item) => {
        const response = responseFor(this.result, item.id);
        const noteOpen = this.openNotes.has(item.id);
        return guard([item, response, scale, this.readonly, noteOpen, this.effectiveLang, section.id], () =>
          this.renderQuestion(item, section.id, response, scale, noteOpen),
        );
      })}
    </section>`;
  }

  private questionId(item: Item): string {
    return `q-${this.questionItems.indexOf(item)}`;
  }

  private renderQuestion(item: Item, sectionId: string, response: Response | undefined, scale: Scale, noteOpen: boolean): TemplateResult {
    const s = this.strings;
    const qid = `${this.questionId(item)}-${sectionId}`;
    const code = itemName(item);
    const legend = html`<legend part="legend" class="legend">
      ${item.code ? html`<span class="code">${item.code}</span> ` : nothing}${item.statement}
    </legend>`;
    const elements = item.elements?.length ? html`<ul class="elements">${item.elements.map((e) => html`<li>${e}</li>`)}</ul>` : nothing;
    if (this.readonly) {
      const point = scale.points.find((p) => p.value === response?.value);
      return html`<fieldset part="question" class="question" id=${qid} data-item=${item.id}>
        ${legend}${elements}
        <p><strong>${s.yourAnswer}:</strong> ${response?.value === null ? s.notSure : point ? point.label : s.notAnswered}</p>
        ${response?.note ? html`<p class="note-text">${response.note}</p>` : nothing}
      </fieldset>`;
    }
    const name = qid;
    const change = (value: number | null) => this.respond(item.id, { value }, { section: sectionId, item: item.id });
    return html`<fieldset part="question" class="question" id=${qid} data-item=${item.id}>
      ${legend}${elements}
      <div class="options">
        ${scale.points.map((point, i) => {
          const id = `${qid}-${i}`;
          return html`<div part="option" class="option">
            <input type="radio" id=${id} name=${name} .checked=${response?.value === point.value} @change=${() => change(point.value)} aria-describedby=${point.description ? `${id}-hint` : nothing} />
            <label for=${id}>
              <span class="option-label">${point.label}</span>
              ${point.description ? html`<span class="option-hint" id="${id}-hint">${point.description}</span>` : nothing}
            </label>
          </div>`;
        })}
        <div part="option" class="option unsure">
          <input type="radio" id="${qid}-unsure" name=${name} .checked=${response?.value === null} @change=${() => change(null)} aria-describedby="${qid}-unsure-hint" />
          <label for="${qid}-unsure">
            <span class="option-label">${s.notSure}</span>
            <span class="option-hint" id="${qid}-unsure-hint">${s.notSureHint}</span>
          </label>
        </div>
      </div>
      <div class="note" part="note">
        <button
          type="button"
          class="link"
          aria-expanded=${noteOpen ? 'true' : 'false'}
          aria-controls="${qid}-note"
          @click=${() => this.toggleNote(item.id)}
        >
          ${noteOpen ? s.hideNote(code) : s.addNote(code)}
        </button>
        ${noteOpen
          ? html`<label class="note-label" for="${qid}-note">${s.noteLabel(code)}</label>
              <textarea
                id="${qid}-note"
                rows="3"
                .value=${response?.note ?? ''}
                @input=${(e: Event) => this.respond(item.id, { note: (e.target as HTMLTextAreaElement).value }, { section: sectionId, item: item.id })}
              ></textarea>`
          : nothing}
      </div>
    </fieldset>`;
  }

  private toggleNote(item: string): void {
    const next = new Set(this.openNotes);
    if (next.has(item)) next.delete(item);
    else next.add(item);
    this.openNotes = next;
  }

  private renderStepButtons(sections: ScanSection[]): TemplateResult {
    const s = this.strings;
    const last = sections.length;
    return html`<div class="step-buttons">
      ${this.step > 0 ? html`<button part="button" type="button" class="secondary" @click=${() => this.goToStep(this.step - 1)}>${s.previous}</button>` : nothing}
      ${this.step < last
        ? html`<button part="button" type="button" @click=${() => this.goToStep(this.step + 1)}>${this.step === last - 1 ? s.review : s.next}</button>`
        : nothing}
    </div>`;
  }

  private renderSummary(sections: ScanSection[], scale: Scale): TemplateResult {
    const s = this.strings;
    const lang = this.effectiveLang;
    const ids = this.answerableItems();
    const unanswered = this.questionItems.filter((i) => {
      const r = responseFor(this.result, i.id);
      return r?.value === undefined;
    });
    return html`<section part="summary" class="summary" aria-labelledby="summary-title">
      <h3 id="summary-title" tabindex="-1">${s.summaryTitle}</h3>
      <p>${s.summaryIntro}</p>
      <div class="charts">
        ${sections.map((section) => {
          const values = section.items.map((i) => responseFor(this.result, i.id)?.value);
          const bars = [
            ...scale.points.map((p) => ({ label: p.label, count: values.filter((v) => v === p.value).length })),
            { label: s.notSure, count: values.filter((v) => v === null).length },
          ];
          const mean = meanRating(
            this.result,
            section.items.map((i) => i.id),
          );
          return html`<figure class="chart-figure">
            <figcaption><strong>${section.label}</strong>${mean !== null ? html` · ${s.meanRating(formatNumber(mean, lang))}` : nothing}</figcaption>
            ${renderRatingChart(s.chartTitle(section.label), bars, (b) => s.ratingCount(b.label, b.count))}
          </figure>`;
        })}
      </div>
      <h4>${unanswered.length ? s.unansweredTitle(unanswered.length) : s.allAnswered}</h4>
      ${unanswered.length
        ? html`<ul class="unanswered">
            ${unanswered.map(
              (item) =>
                html`<li>
                  <button type="button" class="link" @click=${() => this.goToItem(item)}>${s.goTo(itemName(item))}</button>
                  <span class="hint">${item.statement}</span>
                </li>`,
            )}
          </ul>`
        : nothing}
      ${this.renderBaseline(sections, scale, ids)} ${this.renderPriorLearning(scale, ids)}
      ${this.readonly ? nothing : html`<p><button part="button" type="button" class="submit" @click=${() => this.submit()}>${s.submit}</button></p>`}
    </section>`;
  }

  private renderBaseline(sections: ScanSection[], scale: Scale, ids: string[]): TemplateResult | typeof nothing {
    const { baseline } = this.baselineInfo;
    if (!baseline) return nothing;
    const s = this.strings;
    const lang = this.effectiveLang;
    const overall = compareResults(baseline, this.result, ids);
    const label = (v: number | null | undefined) => (v === null ? s.notSure : v === undefined ? '–' : (scale.points.find((p) => p.value === v)?.label ?? String(v)));
    const signed = (n: number | null) => (n === null ? '–' : `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(n), lang)}`);
    const byId = new Map(this.questionItems.map((i) => [i.id, i]));
    return html`<div class="baseline">
      <h4>${s.changeTitle}</h4>
      <p>${s.changeSince(formatDate(baseline.submitted ?? baseline.updated, lang))}</p>
      <p>${[s.improved(overall.improved), s.declined(overall.declined), s.unchanged(overall.unchanged), s.newlyRated(overall.newlyRated)].join(' · ')}</p>
      <table class="change-table">
        <caption class="visually-hidden">${s.changeTitle}</caption>
        <thead>
          <tr><th scope="col">${s.section}</th><th scope="col">${s.before}</th><th scope="col">${s.after}</th><th scope="col">${s.change}</th></tr>
        </thead>
        <tbody>
          ${sections.map((section) => {
            const c = compareResults(
              baseline,
              this.result,
              section.items.map((i) => i.id),
            );
            return html`<tr>
              <th scope="row">${section.label}</th>
              <td>${c.meanBefore === null ? '–' : formatNumber(c.meanBefore, lang)}</td>
              <td>${c.meanAfter === null ? '–' : formatNumber(c.meanAfter, lang)}</td>
              <td>${signed(c.meanChange)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <table class="change-table">
        <caption class="visually-hidden">${s.item}</caption>
        <thead>
          <tr><th scope="col">${s.item}</th><th scope="col">${s.before}</th><th scope="col">${s.after}</th><th scope="col">${s.change}</th></tr>
        </thead>
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

  private renderPriorLearning(scale: Scale, ids: string[]): TemplateResult | typeof nothing {
    if (this.otjHours === undefined && this.price === undefined) return nothing;
    const s = this.strings;
    const lang = this.effectiveLang;
    const threshold = this.priorLearningThreshold ?? scale.points[Math.max(0, scale.points.length - 2)].value;
    const e = priorLearningEstimate(this.result, ids, { threshold, offTheJobHours: this.otjHours, price: this.price });
    const thresholdLabel = scale.points.find((p) => p.value === threshold)?.label ?? String(threshold);
    return html`<div class="prior-learning" aria-labelledby="pl-title">
      <h4 id="pl-title">${s.priorLearningTitle}</h4>
      <p class="notice"><strong>${s.priorLearningEstimate}</strong></p>
      <p>${s.priorLearningThreshold(thresholdLabel)}</p>
      <p>${s.priorLearningShare(e.priorLearning.length, e.total, formatPercent(e.share, lang))}</p>
      ${e.hoursReduction !== undefined ? html`<p>${s.priorLearningHours(formatNumber(e.hoursReduction, lang), formatNumber(e.reducedHours!, lang))}</p>` : nothing}
      ${e.minimumPriceReduction !== undefined ? html`<p>${s.priorLearningPrice(formatMoney(e.minimumPriceReduction, lang), formatMoney(e.maximumPrice!, lang))}</p>` : nothing}
    </div>`;
  }

  /** Shows step `index` (a section, or the summary after the last) and moves focus to its heading. */
  goToStep(index: number): void {
    const sections = this.sections;
    this.step = Math.min(Math.max(0, index), sections.length);
    this.remember({ section: this.step < sections.length ? sections[this.step].id : 'summary' });
    this.focusAfterRender = this.step < sections.length ? `#section-${this.step}` : '#summary-title';
  }

  private goToItem(item: Item): void {
    const sections = this.sections;
    const index = sections.findIndex((s) => s.items.includes(item));
    if (this.mode !== 'all') this.step = index;
    this.focusAfterRender = `#${this.questionId(item)}-${sections[index].id} input`;
  }

  /** Validates `required` and emits `ksb-submit` with the result. Returns whether it was submitted. */
  submit(): boolean {
    return this.submitResult({ position: { section: 'summary' } });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }
}
