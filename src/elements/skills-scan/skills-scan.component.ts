import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Framework, Item, Scale } from '../../model/framework.js';
import { Reader, type Problem } from '../../model/problems.js';
import { validateResult, type Response, type Result } from '../../model/result.js';
import { calculateRpl, type RplBreakdown, type RplCalculation } from '../../model/rpl.js';
import { findScale } from '../../model/scales.js';
import { LEVELS_SCALE_ID, levelDescriptor, levelScale, summarisePlacement } from '../../model/placement.js';
import { compareResults, countAnswers, itemName, meanRating, priorLearningEstimate, type GroupBy } from '../../model/summary.js';
import { readScale } from '../../model/validate-framework.js';
import { renderErrorPanel } from '../../shared/error-panel.js';
import { formatDate, formatMoney, formatNumber, formatPercent, rplStringsFor, type RplStrings, type Strings } from '../../shared/localize.js';
import { InvalidJson, jsonConverter, tokenList } from '../../shared/parse-attribute.js';
import { toggled } from '../../shared/toggled.js';
import { Memo } from '../../shared/memo.js';
import { renderRatingChart } from '../../shared/rating-chart.js';
import { KsbResultElement } from '../../shared/result-element.js';
import { baseStyles } from '../../shared/styles.js';
import { DEFAULT_CATEGORIES, placementScanItems, scanItems, scanSections, type ScanSection } from './scan-sections.js';
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
 * **Recognition of prior learning.** Given the full programme figures
 * (`otj-hours`, `otj-minimum`, `duration-months`, `band-maximum` and `price`,
 * optionally `hours-per-item`), the summary shows the open, itemised RPL
 * calculation of `calculateRpl` under the apprenticeship funding rules
 * (2025 to 2026: the price falls by at least half the RPL percentage, rule
 * 35.2; never below 187 off-the-job hours or 8 months), labelled as the
 * training provider's calculation to confirm, and `ksb-submit` carries it as
 * `result.rpl`. With only `otj-hours` and/or `price`, the summary shows the
 * simple prior-learning estimate instead. A "Print summary" button prints the
 * summary as evidence: learner, standard, reference, version, date, each
 * item's rating and the calculation (a print stylesheet hides the
 * navigation and questions).
 *
 * **Level self-placement.** With `scale="levels"` (for frameworks whose
 * items carry a descriptor per career level, like the AHP support worker
 * framework), the scale is made of the framework's levels (values 1..n in
 * level order) and each option shows that competency's own descriptor for
 * the level; only competencies with descriptors are asked about, in sections
 * by parent (domain). The summary then shows, per domain and overall, the
 * level reached (the highest level at which every competency is placed, or
 * above; one not placed counts as below the first level) and the
 * competencies holding the person below the next level (`summarisePlacement`).
 *
 * **Role profiles.** Given a `profile`, only the profile's items are asked
 * about, and results record the profile (`result.profile`).
 *
 * @summary Skills scan and learning progress tracker.
 * @tagname skills-scan
 *
 * @fires ksb-change - On every answer or note. `detail.result` is the whole current result; `detail.item` the item changed.
 * @fires ksb-submit - When the person submits. `detail.result` has `submitted` set, and `rpl` (the prior-learning breakdown) when the programme figures are given and valid.
 * @fires ksb-error - For bad input (framework, src, value, baseline, scale). `detail.problems` lists each problem with its JSON path.
 * @fires ksb-load - When a framework has been read, validated and is shown.
 *
 * @csspart error - The error panel (bad framework or input).
 * @csspart notice - The note shown when the framework was converted from IfATE standards JSON.
 * @csspart mismatch - The notice shown for saved answers from another framework version.
 * @csspart header - Title and progress.
 * @csspart progress - The overall progress bar.
 * @csspart nav - The list of sections (stepper mode).
 * @csspart section - A section of questions.
 * @csspart question - One item's fieldset.
 * @csspart legend - The item's code and statement.
 * @csspart scale-key - What each rating means, once per section.
 * @csspart option - One rating choice.
 * @csspart note - The note field.
 * @csspart summary - The summary before submit.
 * @csspart chart - A section's bar chart.
 * @csspart rpl - The prior-learning calculation on the summary.
 * @csspart placement - The level-reached table of a level placement (`scale="levels"`).
 * @csspart evidence - The learner, standard and date block printed with the summary.
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

  /**
   * A built-in or framework scale id, or a scale as JSON (default: the
   * framework's `defaultScale`, else `confidence`); `levels` for level
   * self-placement on the framework's own levels.
   */
  @property() scale = '';

  /** `stepper`: one section at a time; `all`: every section on one page. */
  @property() mode: 'stepper' | 'all' = 'stepper';

  /** An earlier result to compare with on the summary (object or JSON). */
  @property({ converter: jsonConverter }) baseline?: unknown;

  /** Planned off-the-job training hours with no prior learning (whole hours), for the prior-learning calculation. */
  @property({ type: Number, attribute: 'otj-hours' }) otjHours?: number;

  /** Planned (negotiated) price in pounds with no prior learning, for the prior-learning calculation; at most `band-maximum`. */
  @property({ type: Number }) price?: number;

  /** The standard's published off-the-job minimum hours (whole hours), for the prior-learning calculation. */
  @property({ type: Number, attribute: 'otj-minimum' }) otjMinimum?: number;

  /** Planned duration in whole months with no prior learning, for the prior-learning calculation. */
  @property({ type: Number, attribute: 'duration-months' }) durationMonths?: number;

  /** The standard's funding band maximum in pounds, for the prior-learning calculation. */
  @property({ type: Number, attribute: 'band-maximum' }) bandMaximum?: number;

  /**
   * Off-the-job hours per item, as a list of `{ "item": id, "hours": n }`
   * (JSON attribute or property). Without it, the planned hours are spread
   * evenly over the items scanned.
   */
  @property({ attribute: 'hours-per-item', converter: jsonConverter }) hoursPerItem?: unknown;

  /** Funding year whose rules apply, a key of `FUNDING_RULES` (default `2025-26`). */
  @property({ attribute: 'funding-year' }) fundingYear?: string;

  /** Rating at or above which an item counts as prior learning (default: the scale's second-highest point). */
  @property({ type: Number, attribute: 'prior-learning-threshold' }) priorLearningThreshold?: number;

  /** Index of the step shown in stepper mode (sections, then the summary). */
  @state() private step = 0;

  @state() private openNotes = new Set<string>();


  private readonly memo = new Memo();

  /** The scale in use, or the problems that stop one being used (the same object while its inputs stay the same). */
  private get scaleInfo(): { scale?: Scale; problems: Problem[] } {
    return this.memo.get('scale', [this.currentFramework, this.scale, this.effectiveLang], () => this.readScaleInput());
  }

  private readScaleInput(): { scale?: Scale; problems: Problem[] } {
    const fw = this.currentFramework;
    const spec = this.scale.trim() || fw?.defaultScale || 'confidence';
    if (this.placement) {
      const scale = fw && levelScale(fw);
      return scale ? { scale, problems: [] } : { problems: [{ path: '$', code: 'no-levels', severity: 'error', message: this.strings.noLevels }] };
    }
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

  /** Level self-placement: `scale="levels"` (unless the framework defines a scale of that id). */
  private get placement(): boolean {
    return this.scale.trim() === LEVELS_SCALE_ID && !this.currentFramework?.scales?.some((s) => s.id === LEVELS_SCALE_ID);
  }

  private get questionItems(): Item[] {
    const fw = this.currentFramework;
    if (!fw) return [];
    return this.memo.get('items', [fw, this.categories, this.items, this.placement], () => {
      const items = scanItems(fw, tokenList(this.categories), tokenList(this.items));
      return this.placement ? placementScanItems(fw, items) : items;
    });
  }

  private get sections(): ScanSection[] {
    const fw = this.currentFramework;
    if (!fw) return [];
    const items = this.questionItems;
    return this.memo.get('sections', [fw, items, this.groupBy, this.placement], () => {
      // A placement is summarised per domain, so its sections default to domains (parents) too.
      const byParent = this.groupBy === 'parent' || (this.placement && this.groupBy === 'category' && items.some((i) => i.parent));
      const groupBy: GroupBy = this.groupBy === 'duty' ? 'duty' : byParent ? 'parent' : 'type';
      return scanSections(fw, items, groupBy);
    });
  }

  /** The response to an item, from a map built once per result. */
  private responseOf(item: string): Response | undefined {
    const result = this.result;
    return this.memo.get('responses', [result], () => new Map((result?.responses ?? []).map((r) => [r.item, r]))).get(item);
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
    const figures = ['otjHours', 'otjMinimum', 'durationMonths', 'bandMaximum', 'price', 'hoursPerItem', 'fundingYear'];
    if (this.currentFramework && (changed.has('status') || figures.some((f) => changed.has(f)))) {
      // Bad programme figures are reported once per change of the figures, not on every answer.
      this.reportProblems('programme', (this.rplCalculation()?.problems ?? []).filter((p) => p.severity === 'error'));
    }
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
    return this.memo.get('baseline', [this.baseline, this.currentFramework], () => this.readBaseline());
  }

  private readBaseline(): { baseline?: Result; problems: Problem[] } {
    if (this.baseline === undefined || this.baseline === null || this.baseline === '') return { problems: [] };
    const input = this.baseline instanceof InvalidJson ? this.baseline.text : this.baseline;
    const v = validateResult(input, this.currentFramework);
    // A baseline for another version is still a useful comparison for the items both share.
    return { baseline: v.value, problems: v.problems };
  }

  /** Strings of the RPL calculation and the printed summary. */
  private get rplStrings(): RplStrings {
    return rplStringsFor(this.effectiveLang);
  }

  /** The rating at or above which an item counts as prior learning. */
  private thresholdFor(scale: Scale): number {
    return this.priorLearningThreshold ?? scale.points[Math.max(0, scale.points.length - 2)].value;
  }

  /**
   * The RPL calculation from the programme figures, or undefined when the host
   * has not given the full set (then the simple estimate is shown).
   */
  private rplCalculation(scale: Scale | undefined = this.scaleInfo.scale): RplCalculation | undefined {
    const given = (n: number | null | undefined) => n !== undefined && n !== null;
    if (!scale || ![this.otjHours, this.otjMinimum, this.durationMonths, this.bandMaximum, this.price].every(given)) return undefined;
    if (this.hoursPerItem instanceof InvalidJson) {
      return { problems: [{ path: '$.hoursPerItem', code: 'json', severity: 'error', message: `The hours per item are not valid JSON: ${this.hoursPerItem.message}` }] };
    }
    const hoursPerItem = this.hoursPerItem === undefined || this.hoursPerItem === null || this.hoursPerItem === '' ? undefined : this.hoursPerItem;
    return calculateRpl(this.result, {
      items: this.answerableItems(),
      threshold: this.thresholdFor(scale),
      otjHours: this.otjHours!,
      otjMinimum: this.otjMinimum!,
      durationMonths: this.durationMonths!,
      bandMaximum: this.bandMaximum!,
      price: this.price!,
      hoursPerItem: hoursPerItem as never,
      fundingYear: this.fundingYear || undefined,
    });
  }

  override render(): TemplateResult {
    const s = this.strings;
    const fw = this.currentFramework;
    const state = this.renderFrameworkState(fw);
    if (state || !fw) return state ?? html``;
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
        ${this.currentProfile ? html`<p class="hint profile-note">${s.profileNote(this.currentProfile.title, this.currentProfile.items.length)}</p>` : nothing}
        ${this.readonly ? html`<p class="hint">${s.readonlyNote}</p>` : nothing}
        ${this.result?.submitted ? html`<p role="status">${s.submitted(formatDate(this.result.submitted, this.effectiveLang))}</p>` : nothing}
      </div>
      ${this.renderInputNotes()} ${this.renderHeld((id) => id)}
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
      ${this.readonly ? nothing : this.renderScaleKey(index, scale)}
      ${section.items.map((item) => {
        const response = this.responseOf(item.id);
        const noteOpen = this.openNotes.has(item.id);
        return guard([item, response, scale, this.readonly, noteOpen, this.effectiveLang, section.id, index], () =>
          this.renderQuestion(item, section.id, index, response, scale, noteOpen),
        );
      })}
    </section>`;
  }

  /**
   * What each rating means, once per section rather than under every option
   * (each radio is described by its entry here). A level placement has no
   * key: its options carry each item's own descriptor.
   */
  private renderScaleKey(sectionIndex: number, scale: Scale): TemplateResult | typeof nothing {
    if (this.placement) return nothing;
    const s = this.strings;
    const described = scale.points.filter((p) => p.description);
    if (!described.length) return nothing;
    return html`<dl part="scale-key" class="scale-key">
      ${scale.points.map((point, i) =>
        point.description
          ? html`<div><dt>${point.label}</dt><dd id="key-${sectionIndex}-${i}">${point.description}</dd></div>`
          : nothing,
      )}
      <div><dt>${s.notSure}</dt><dd id="key-${sectionIndex}-unsure">${s.notSureHint}</dd></div>
    </dl>`;
  }

  private questionId(item: Item): string {
    const items = this.questionItems;
    const index = this.memo.get('item-index', [items], () => new Map(items.map((it, i) => [it, i])));
    return `q-${index.get(item)}`;
  }

  private renderQuestion(item: Item, sectionId: string, sectionIndex: number, response: Response | undefined, scale: Scale, noteOpen: boolean): TemplateResult {
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
    // In a level placement each option shows the item's own descriptor for that level.
    const levels = this.placement ? (this.currentFramework?.levels ?? []) : [];
    return html`<fieldset part="question" class="question" id=${qid} data-item=${item.id}>
      ${legend}${elements}
      <div class="options">
        ${scale.points.map((point, i) => {
          const id = `${qid}-${i}`;
          const level = levels[point.value - 1];
          // A placement shows the item's own descriptor here; otherwise the section's key describes the point.
          const own = level ? levelDescriptor(item, level.id) : undefined;
          const describedBy = own ? `${id}-hint` : point.description ? `key-${sectionIndex}-${i}` : undefined;
          return html`<div part="option" class="option">
            <input type="radio" id=${id} name=${name} .checked=${response?.value === point.value} @change=${() => change(point.value)} aria-describedby=${describedBy ?? nothing} />
            <div class="option-text">
              <label for=${id} class="option-label">${point.label}</label>
              ${own ? html`<span class="option-hint" id="${id}-hint">${own}</span>` : nothing}
            </div>
          </div>`;
        })}
        <div part="option" class="option unsure">
          <input type="radio" id="${qid}-unsure" name=${name} .checked=${response?.value === null} @change=${() => change(null)} aria-describedby=${this.placement ? `${qid}-unsure-hint` : `key-${sectionIndex}-unsure`} />
          <div class="option-text">
            <label for="${qid}-unsure" class="option-label">${s.notSure}</label>
            ${this.placement ? html`<span class="option-hint" id="${qid}-unsure-hint">${s.notSureHint}</span>` : nothing}
          </div>
        </div>
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
    this.openNotes = toggled(this.openNotes, item);
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
    const t = this.rplStrings;
    const lang = this.effectiveLang;
    const ids = this.answerableItems();
    const unanswered = this.questionItems.filter((i) => {
      const r = this.responseOf(i.id);
      return r?.value === undefined;
    });
    const rpl = this.rplShown();
    return html`<section part="summary" class="summary" aria-labelledby="summary-title">
      ${this.renderEvidence(scale, !rpl?.breakdown)}
      <h3 id="summary-title" tabindex="-1">${s.summaryTitle}</h3>
      <p class="summary-intro">${s.summaryIntro}</p>
      ${this.placement ? this.renderPlacement() : nothing}
      <div class="charts">
        ${sections.map((section) => {
          const values = section.items.map((i) => this.responseOf(i.id)?.value);
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
      ${this.renderBaseline(sections, scale, ids)} ${rpl ? this.renderRpl(rpl, scale) : this.renderPriorLearning(scale, ids)}
      <p class="summary-buttons">
        <button part="button" type="button" class="secondary print-button" @click=${() => window.print()}>${t.printSummary}</button>
        ${this.readonly ? nothing : html`<button part="button" type="button" class="submit" @click=${() => this.submit()}>${s.submit}</button>`}
      </p>
    </section>`;
  }

  /** The level reached per domain and overall, and what holds the person below the next level. */
  private renderPlacement(): TemplateResult {
    const s = this.strings;
    const fw = this.currentFramework!;
    const summary = summarisePlacement(fw, this.result, this.answerableItems());
    const byId = new Map(fw.items.map((i) => [i.id, i]));
    const name = (id: string) => {
      const item = byId.get(id);
      return item ? (item.code && item.title ? `${item.code} ${item.title}` : itemName(item)) : id;
    };
    const row = (g: (typeof summary)['overall'], label: string, overall = false) => html`<tr data-group=${g.id} class=${overall ? 'overall' : ''}>
      <th scope="row">${label}</th>
      <td class="reached">${g.reachedLevel ? g.reachedLevel.label : s.placementNone}${g.notPlaced.length ? html`<span class="hint"> (${s.placementNotPlaced(g.notPlaced.length)})</span>` : nothing}</td>
      <td class="holding">
        ${g.nextLevel
          ? html`<span class="visually-hidden">${s.placementHoldingBelow(g.nextLevel.label)} </span><ul>
              ${g.holding.map((id) => html`<li data-item=${id}>${name(id)}</li>`)}
            </ul>`
          : s.placementTop}
      </td>
    </tr>`;
    return html`<div class="placement" part="placement">
      <h4 id="placement-title">${s.placementTitle}</h4>
      <p class="hint">${s.placementRule}</p>
      <div class="table-scroll" role="region" aria-labelledby="placement-title" tabindex="0">
        <table class="data-table placement-table">
          <caption class="visually-hidden">${s.placementTitle}</caption>
          <thead>
            <tr><th scope="col">${s.placementDomain}</th><th scope="col">${s.placementReached}</th><th scope="col">${s.placementHolding}</th></tr>
          </thead>
          <tbody>
            ${summary.groups.map((g) => row(g, g.label))}
          </tbody>
          <tfoot>${row(summary.overall, s.placementOverall, true)}</tfoot>
        </table>
      </div>
    </div>`;
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
    if ((this.otjHours === undefined || this.otjHours === null) && (this.price === undefined || this.price === null)) return nothing;
    const s = this.strings;
    const lang = this.effectiveLang;
    const threshold = this.thresholdFor(scale);
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

  /**
   * What the summary shows for RPL: the live calculation when the full figures
   * are given, else the breakdown stamped on a submitted result, else nothing
   * (the simple estimate is shown instead).
   */
  private rplShown(): { breakdown?: RplBreakdown; problems: RplCalculation['problems']; stored?: string } | undefined {
    const live = this.rplCalculation();
    if (live) return live;
    if (this.result?.rpl) return { breakdown: this.result.rpl, problems: [], stored: this.result.submitted ?? this.result.updated };
    return undefined;
  }

  /** Print-only block: who, what and when, and (without an RPL table) every item's rating. */
  private renderEvidence(scale: Scale, withRatings: boolean): TemplateResult {
    const s = this.strings;
    const t = this.rplStrings;
    const lang = this.effectiveLang;
    const fw = this.currentFramework!;
    const subject = this.result?.subject ?? this.subject;
    const scanned = this.result?.submitted ?? this.result?.updated;
    const row = (term: string, value: string | undefined) => (value ? html`<div><dt>${term}</dt><dd>${value}</dd></div>` : nothing);
    return html`<div class="evidence print-only" part="evidence">
      <h3>${t.evidenceTitle}</h3>
      <dl>
        ${row(t.learner, subject)} ${row(t.standard, fw.title)} ${row(t.reference, fw.reference)} ${row(t.version, fw.version)}
        ${row(t.scanDate, scanned ? formatDate(scanned, lang) : undefined)} ${row(t.printedDate, formatDate(new Date().toISOString(), lang))}
      </dl>
      ${withRatings
        ? html`<table class="data-table ratings-table">
            <caption>${t.ratingsCaption}</caption>
            <thead><tr><th scope="col">${s.item}</th><th scope="col">${s.rating}</th></tr></thead>
            <tbody>
              ${this.questionItems.map(
                (item) => html`<tr><th scope="row">${item.code ? html`${item.code} ` : nothing}${item.statement}</th><td>${this.ratingLabel(this.responseOf(item.id)?.value, scale, s)}</td></tr>`,
              )}
            </tbody>
          </table>`
        : nothing}
    </div>`;
  }

  private ratingLabel(value: number | null | undefined, scale: Scale, s: Strings): string {
    if (value === null) return s.notSure;
    if (value === undefined) return s.notAnswered;
    return scale.points.find((p) => p.value === value)?.label ?? String(value);
  }

  /** The RPL calculation, or the problems with the figures. */
  private renderRpl(shown: { breakdown?: RplBreakdown; problems: RplCalculation['problems']; stored?: string }, scale: Scale): TemplateResult {
    const s = this.strings;
    const t = this.rplStrings;
    const lang = this.effectiveLang;
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
    const byId = new Map(this.currentFramework!.items.map((i) => [i.id, i]));
    const hours = (n: number) => formatNumber(n, lang, 2);
    const money = (n: number) => formatMoney(n, lang);
    const rules = new Map(b.rules.map((r) => [r.id, r]));
    const cite = (id: string) => {
      const rule = rules.get(id);
      return rule ? html` <span class="cite">(${t.rplCitation(rule.citation.document, rule.citation.rule)})</span>` : nothing;
    };
    const counted = b.items.filter((i) => i.counts).length;
    const thresholdLabel = scale.points.find((p) => p.value === b.threshold)?.label ?? String(b.threshold);
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
    return html`<div class="rpl" part="rpl">
      <h4 id="rpl-title">${t.rplTitle}</h4>
      <p class="notice"><strong>${t.rplNotice}</strong></p>
      ${shown.stored ? html`<p>${t.rplStored(formatDate(shown.stored, lang))}</p>` : nothing}
      ${rulesDocument ? html`<p>${t.rplRulesUsed(rulesDocument)}</p>` : nothing}
      <p>${s.priorLearningThreshold(thresholdLabel)}</p>
      <p>${b.hoursSource === 'per-item' ? t.rplHoursPerItem : t.rplHoursEven(hours(b.planned.otjHours / Math.max(1, b.items.length)), b.items.length)}</p>
      <div class="table-scroll" role="region" aria-labelledby="rpl-caption" tabindex="0">
        <table class="data-table rpl-table">
          <caption id="rpl-caption">${t.rplTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${s.item}</th>
              <th scope="col">${s.rating}</th>
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
                <td>${this.ratingLabel(line.value, scale, s)}</td>
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
      ${limits.length
        ? html`<h5 class="rpl-subtitle">${t.rplLimits}</h5>
            <ul class="rpl-limits">
              ${limits.map((r) => html`<li data-rule=${r.id}>${limitText(r.id, r.text)}${cite(r.id)}</li>`)}
            </ul>`
        : nothing}
      <h5 class="rpl-subtitle">${t.rplNotesTitle}</h5>
      <ul class="rpl-notes">
        ${b.notes.filter((n) => n.id !== 'hours-even' && n.id !== 'hours-per-item').map((n) => html`<li>${noteText(n.id, n.text)}</li>`)}
      </ul>
    </div>`;
  }

  /** Shows step `index` (a section, or the summary after the last) and moves focus to its heading. */
  goToStep(index: number): void {
    const sections = this.sections;
    this.step = Math.min(Math.max(0, index), sections.length);
    this.remember({ section: this.step < sections.length ? sections[this.step].id : 'summary' });
    this.focusAfterRender(this.step < sections.length ? `#section-${this.step}` : '#summary-title');
  }

  private goToItem(item: Item): void {
    const sections = this.sections;
    const index = sections.findIndex((s) => s.items.includes(item));
    if (this.mode !== 'all') this.step = index;
    this.focusAfterRender(`#${this.questionId(item)}-${sections[index].id} input`);
  }

  /**
   * Validates `required` and emits `ksb-submit` with the result, stamped with
   * the RPL breakdown (`rpl`) when the programme figures are given and valid.
   * Returns whether it was submitted.
   */
  submit(): boolean {
    const rpl = this.rplCalculation()?.breakdown;
    if (this.result?.rpl && !rpl) {
      const { rpl: _stale, ...rest } = this.result;
      this.result = rest;
    }
    return this.submitResult(rpl ? { position: { section: 'summary' }, rpl } : { position: { section: 'summary' } });
  }

  /** Any change of answer makes a stamped RPL breakdown stale: it is dropped until the next submit. */
  protected override respond(item: string, change: { value?: number | null; note?: string }, position?: Result['position']): void {
    if (!this.readonly && this.result?.rpl) {
      const { rpl: _stale, ...rest } = this.result;
      this.result = rest;
    }
    super.respond(item, change, position);
  }

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
