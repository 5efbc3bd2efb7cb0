import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Framework, Item, Scale } from '../../model/framework.js';
import type { Problem } from '../../model/problems.js';
import { changedItems, type Party, type Response, type Result } from '../../model/result.js';
import type { RplCalculation } from '../../model/rpl.js';
import { countAnswers, itemName, type AnswerValues, type GroupBy } from '../../model/summary.js';
import { valuesById } from '../../model/answers.js';
import { renderErrorPanel } from '../../shared/error-panel.js';
import { InvalidJson, jsonConverter, tokenList } from '../../shared/parse-attribute.js';
import { symmetricDifference, toggled } from '../../shared/toggled.js';
import { Memo } from '../../shared/memo.js';
import { RunRevisions, inBlocks, runsThrough } from '../../shared/blocks.js';
import { ProgressiveRuns } from '../../shared/progressive-runs.js';
import { KsbResultElement } from '../../shared/result-element.js';
import { resultReader } from '../../shared/result-reader.js';
import { adoptChunkStyles, LazyModule } from '../../shared/lazy.js';
import { baseStyles } from '../../shared/styles.js';
import { priorLearningThreshold, rplCalculator, rplFiguresGiven, rplFor } from '../../shared/programme-figures.js';
import { welshTable } from '../../shared/localize.js';
import { DEFAULT_CATEGORIES, placementScanItems, scanItems, scanSections, unknownItemProblems, type ScanSection } from '../../model/sections.js';
import type { RplShown, SummaryView } from './scan-summary.js';
import { skillsScanStyles } from './skills-scan.styles.js';
import { renderQuestion, renderScaleKey, type QuestionContext } from './scan-question.js';
import { isPlacement, readScanScale } from './scan-scale.js';
import { renderStepButtons, renderStepNav } from './scan-steps.js';

// This element's Welsh tables, loaded (in `lazyChunks`) before a Welsh render.
const summaryWelsh = welshTable('summary', () => import('./summary-strings.cy.js'));

/** Runs are keyed by item id. */
const itemKey = (item: Item) => item.id;

/** The summary step (charts, baseline, placement, RPL, printed evidence): a chunk of its own, loaded once the element has rendered. */
const summaryChunk = new LazyModule(() => import('./scan-summary.js'));

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
 * @csspart retry - The error panel's "Try again" (a failed `src` load) or "Start afresh" (bad saved input) button.
 * @csspart translation - The notice of a translation's problems (with `notice`).
 * @csspart error-summary - "There is a problem": after a failed submit of a `required` element, a link to each unanswered item (focused).
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
 * @csspart rpl-headline - The RPL share, the figures before and after, and the limits that applied.
 * @csspart funding - "For the Apprenticeship Service and your ILR": the RPL figures under the systems' field names, with copy buttons.
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

  /** The subject as the wording names them: `subject`, else "the learner". */
  private get subjectName(): string {
    return this.subject?.trim() || this.strings.theLearner;
  }

  /** A scan is the learner's own unless `party` says otherwise. */
  protected override get defaultParty(): Party {
    return 'learner';
  }

  /** Index of the step shown in stepper mode (sections, then the summary). */
  @state() private step = 0;

  @state() private openNotes = new Set<string>();


  private readonly memo = new Memo();

  /** Which runs of questions and summary entries hold an answer or note changed since they last rendered. */
  private readonly runs = new RunRevisions<string>();

  /** The questions' runs rendered a few at a time when a framework, section or mode is first shown. */
  private readonly progressive = new ProgressiveRuns(this);

  /** The scale in use, or the problems that stop one being used (the same object while its inputs stay the same). */
  private get scaleInfo(): { scale?: Scale; problems: Problem[] } {
    return this.memo.get('scale', [this.currentFramework, this.scale, this.effectiveLang], () => readScanScale(this.scale, this.currentFramework, this.strings));
  }

  /** Level self-placement: `scale="levels"` (unless the framework defines a scale of that id). */
  private get placement(): boolean {
    return isPlacement(this.scale, this.currentFramework);
  }

  /** Problems with the `items` attribute, once per change of it or of the framework. */
  private get selectionProblems(): Problem[] {
    const fw = this.currentFramework;
    return fw ? this.memo.get('item-problems', [fw, this.items], () => unknownItemProblems(fw, tokenList(this.items))) : [];
  }

  private reportedSelection?: Problem[];

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
    return this.memo.get('sections', [fw, items, this.groupBy, this.placement, this.effectiveLang], () => {
      // A placement is summarised per domain, so its sections default to domains (parents) too.
      const byParent = this.groupBy === 'parent' || (this.placement && this.groupBy === 'category' && items.some((i) => i.parent));
      const groupBy: GroupBy = this.groupBy === 'duty' ? 'duty' : byParent ? 'parent' : 'type';
      const sections = scanSections(fw, items, groupBy);
      return groupBy === 'type' ? (this.strings.builtIn?.sections(fw, sections) ?? sections) : sections;
    });
  }

  /** The result's responses and values by item, built once per result: every render reads them several times per item. */
  private get answerIndex(): { byItem: Map<string, Response>; values: AnswerValues } {
    return this.memo.get('answers', [this.result], () => {
      const responses = this.result?.responses ?? [];
      return { byItem: new Map(responses.map((r) => [r.item, r])), values: valuesById(this.result) };
    });
  }

  /** The response to an item (no allocation here: it is read for every question in every render). */
  private responseOf(item: string): Response | undefined {
    return this.answerIndex.byItem.get(item);
  }

  protected answerableItems(): string[] {
    const items = this.questionItems;
    return this.memo.get('ids', [items], () => items.map((i) => i.id));
  }

  protected scaleId(): string {
    return this.scaleInfo.scale?.id ?? 'confidence';
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('input, button') ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('result')) this.runs.changed(changedItems(changed.get('result') as Result | undefined, this.result));
    if (changed.has('openNotes')) this.runs.changed(symmetricDifference(changed.get('openNotes') as Set<string> | undefined, this.openNotes));
    if (changed.has('scale') || changed.has('framework') || changed.has('src')) {
      const { problems } = this.scaleInfo;
      if (this.currentFramework) this.reportProblems('scale', problems);
    }
    if (changed.has('baseline') && this.currentFramework) this.reportProblems('baseline', this.baselineInfo.problems);
    if (this.currentFramework && this.selectionProblems !== this.reportedSelection) {
      this.reportedSelection = this.selectionProblems;
      this.reportProblems('selection', this.reportedSelection);
    }
    const figures = ['otjHours', 'otjMinimum', 'durationMonths', 'bandMaximum', 'price', 'hoursPerItem', 'fundingYear'];
    if (this.currentFramework && (changed.has('status') || figures.some((f) => changed.has(f)))) {
      // Bad programme figures are reported once per change of the figures, not on every answer.
      this.reportProblems('programme', (this.rplCalculation()?.problems ?? []).filter((p) => p.severity === 'error'));
    }
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Reaching the summary should not wait on the network. On one page (`mode="all"`) the summary is
    // shown with the questions, so its code loads at once, while the framework is still on its way.
    if (this.mode === 'all') summaryChunk.load();
    else summaryChunk.prefetch();
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
    return this.memo.get('baseline', [this.baseline, this.currentFramework, resultReader.value], () => this.readBaseline());
  }

  private readBaseline(): { baseline?: Result; problems: Problem[] } {
    if (this.baseline === undefined || this.baseline === null || this.baseline === '') return { problems: [] };
    const input = this.baseline instanceof InvalidJson ? this.baseline.text : this.baseline;
    // Loaded before any render with a baseline (`lazyChunks`); should it fail to load, no comparison is shown.
    const v = resultReader.value?.validateResult(input, this.currentFramework);
    if (!v) return { problems: [] };
    // A baseline for another version is still a useful comparison for the items both share.
    return { baseline: v.value, problems: v.problems };
  }

  /** The questions still to come (a few runs at a time: `progressive`): `updateComplete` waits for every one. */
  protected override rendersToCome(): Promise<void> | undefined {
    return this.progressive.settled();
  }

  /** The prior-learning calculator loads with the programme figures (`rplCalculation`), result validation with a baseline. */
  protected override lazyChunks(): (Promise<void> | undefined)[] {
    const baseline = this.baseline !== undefined && this.baseline !== null && this.baseline !== '';
    return [...super.lazyChunks(), summaryWelsh.load(this.effectiveLang), rplFiguresGiven(this) ? rplCalculator.load() : undefined, baseline ? resultReader.load() : undefined];
  }

  /** The rating at or above which an item counts as prior learning. */
  private thresholdFor(scale: Scale): number {
    return priorLearningThreshold(this, scale);
  }

  /**
   * The RPL calculation from the programme figures, or undefined when the host
   * has not given the full set (then the simple estimate is shown). Loaded
   * before any render with the figures; should the chunk fail to load, the
   * simple estimate is shown.
   */
  private rplCalculation(scale: Scale | undefined = this.scaleInfo.scale): RplCalculation | undefined {
    return scale ? rplFor(this, this.result, this.answerableItems(), scale) : undefined;
  }

  override render(): TemplateResult {
    const s = this.strings;
    const fw = this.currentFramework;
    const state = this.renderFrameworkState(fw);
    if (state || !fw) return state ?? html``;
    const { scale, problems: scaleProblems } = this.scaleInfo;
    if (!scale) return renderErrorPanel(s, scaleProblems);
    if (this.selectionProblems.length) return renderErrorPanel(s, this.selectionProblems);

    const sections = this.sections;
    const ids = this.answerableItems();
    const counts = countAnswers(this.answerIndex.values, ids);
    const stepper = this.mode !== 'all';
    const onSummary = stepper && this.step >= sections.length;
    return html`
      ${this.showErrors ? this.renderErrorSummary(sections) : nothing}
      <div part="header" class="header">
        <h2 class="title" id="title" tabindex="-1">${fw.title}</h2>
        ${this.renderProgress(s.progressLabel, s.progressText(counts.answered, counts.total), counts.answered, counts.total)}
        ${this.currentProfile ? html`<p class="hint profile-note">${s.profileNote(this.currentProfile.title, this.currentProfile.items.length)}</p>` : nothing}
        ${this.renderResultState()}
      </div>
      ${this.renderInputNotes()} ${this.renderHeld((id) => id)}
      ${this.renderValueProblems()}
      ${stepper ? renderStepNav(s, sections, this.step, this.answerIndex.values, (i) => this.goToStep(i)) : nothing}
      ${stepper
        ? onSummary
          ? this.renderSummary(sections, scale)
          : this.renderSection(sections[this.step], this.step, scale, this.progressive.shown([sections, this.step], [inBlocks(sections[this.step]?.items ?? []).length])[0])
        : this.renderAll(sections, scale)}
      ${stepper ? renderStepButtons(s, this.step, sections.length, (i) => this.goToStep(i)) : nothing}
    `;
  }

  /** Every section, then the summary once every question is rendered (`progressive`: the first runs at once, the rest a task at a time). */
  private renderAll(sections: ScanSection[], scale: Scale): TemplateResult {
    const runs = this.progressive.shown([sections], sections.map((section) => inBlocks(section.items).length));
    return html`${sections.map((section, i) => this.renderSection(section, i, scale, runs[i]))}
    ${this.progressive.pending ? nothing : this.renderSummary(sections, scale)}`;
  }

  /** The unanswered items after a failed submit, each linking to its question. */
  private renderErrorSummary(sections: ScanSection[]): TemplateResult | typeof nothing {
    const s = this.strings;
    const problems = this.questionItems
      .filter((item) => this.responseOf(item.id)?.value === undefined)
      .map((item) => {
        const section = sections.find((x) => x.items.includes(item));
        return { target: `${this.questionId(item)}-${section?.id}`, text: s.answerMissing(itemName(item)), go: () => this.goToItem(item) };
      });
    return this.errorSummary(problems);
  }

  /** A section's questions; past its first `runs` runs, boxes of their size, filled by a later render (`progressive`). */
  private renderSection(section: ScanSection | undefined, index: number, scale: Scale, runs: number): unknown {
    if (!section) return nothing;
    // Read once per section, not per question: the language is looked up in the page (closest('[lang]')).
    const lang = this.effectiveLang;
    const s = this.strings;
    const c = countAnswers(this.answerIndex.values, section.items.map((i) => i.id));
    const stepper = this.mode !== 'all';
    const q = this.questionContext();
    const revisions = this.runs.revisions(section.items, itemKey);
    // Keyed by section: fieldsets reused for another section's items would carry a checked
    // radio into that item's group and uncheck the answer there.
    return keyed(section.id, html`<section part="section" class="section" aria-labelledby="section-${index}">
      <h3 id="section-${index}" tabindex="-1" class="section-title">
        ${stepper ? html`<span class="step-of">${s.step(index + 1, this.sections.length + 1)}</span> ` : nothing}<bdi>${section.label}</bdi>
      </h3>
      <p class="hint">${s.progressText(c.answered, c.total)}</p>
      ${this.aboutSomeoneElse && !this.readonly ? html`<p class="about-prompt">${s.aboutPrompt(this.subjectName)}</p>` : nothing}
      ${this.readonly ? nothing : renderScaleKey(q, index, scale)}
      ${inBlocks(section.items).map((block, b) => {
        if (b >= runs) return html`<div class="question-block" .style=${`--_questions: ${block.length}`}></div>`;
        // A run is evaluated again only when one of its answers or notes (its revision), or what every question shows, changes.
        return guard([block, revisions[b], scale, this.readonly, lang, s, section.id, index, this.showErrors], () =>
          html`<div class="question-block" .style=${`--_questions: ${block.length}`}>
            ${block.map((item) => {
              const response = this.responseOf(item.id);
              const noteOpen = this.openNotes.has(item.id);
              const invalid = this.showErrors && response?.value === undefined;
              return guard([item, response, scale, this.readonly, noteOpen, lang, s, section.id, index, invalid], () =>
                renderQuestion(q, item, `${this.questionId(item)}-${section.id}`, section.id, index, response, scale, noteOpen, invalid),
              );
            })}
          </div>`,
        );
      })}
    </section>`);
  }

  private questionId(item: Item): string {
    const items = this.questionItems;
    const index = this.memo.get('item-index', [items], () => new Map(items.map((it, i) => [it, i])));
    return `q-${index.get(item)}`;
  }

  /** What the questions read from the element (`scan-question.ts`). */
  private questionContext(): QuestionContext {
    return {
      strings: this.strings,
      readonly: this.readonly,
      placement: this.placement,
      levels: this.placement ? (this.currentFramework?.levels ?? []) : [],
      about: this.aboutSomeoneElse ? this.subjectName : undefined,
      ownScales: this.currentFramework?.scales,
      textLang: (key) => this.textLang(key),
      inlineError: (id, text) => this.inlineError(id, text),
      respond: (item, change, position) => this.respond(item, change, position),
      toggleNote: (item) => this.toggleNote(item),
    };
  }

  private toggleNote(item: string): void {
    this.openNotes = toggled(this.openNotes, item);
  }

  /**
   * The summary: its heading at once (focus goes there), the rest from the
   * summary chunk, with a loading status in its place until the chunk is in
   * (it is normally prefetched long before).
   */
  private renderSummary(sections: ScanSection[], scale: Scale): TemplateResult {
    const s = this.strings;
    const chunk = this.chunkNow(summaryChunk);
    if (chunk) adoptChunkStyles(this, chunk.summaryStyles);
    const view = chunk && this.summaryView(sections, scale);
    return html`<section part="summary" class="summary" aria-labelledby="summary-title" aria-busy=${view || summaryChunk.failed ? nothing : 'true'}>
      ${view ? chunk.renderEvidence(view) : nothing}
      <h3 id="summary-title" tabindex="-1">${s.summaryTitle}</h3>
      ${view ? chunk.renderSummaryBody(view) : this.renderChunkStatus(summaryChunk, s.loadingSummary)}
    </section>`;
  }

  /** The revisions of the runs of all the items asked about (the summary's lists of them). */
  private readonly questionItemRuns = (): readonly number[] => this.runs.revisions(this.questionItems, itemKey);

  /** What the summary chunk renders from. */
  private summaryView(sections: ScanSection[], scale: Scale): SummaryView {
    return {
      strings: this.strings,
      lang: this.effectiveLang,
      framework: this.currentFramework!,
      result: this.result,
      sections,
      items: this.questionItems,
      scale,
      placement: this.placement,
      readonly: this.readonly,
      subject: this.subject,
      about: this.aboutSomeoneElse ? this.subjectName : undefined,
      baseline: this.baselineInfo.baseline,
      rpl: this.rplShown(),
      otjHours: this.otjHours,
      price: this.price,
      threshold: this.thresholdFor(scale),
      values: this.answerIndex.values,
      itemRuns: this.questionItemRuns,
      goToItem: (item) => this.goToItem(item),
      submit: () => this.submit(),
      download: () => void this.downloadCSV(),
    };
  }

  /**
   * What the summary shows for RPL: the live calculation when the full figures
   * are given, else the breakdown stamped on a submitted result, else nothing
   * (the simple estimate is shown instead).
   */
  private rplShown(): RplShown | undefined {
    const live = this.rplCalculation();
    if (live) return live;
    if (this.result?.rpl) return { breakdown: this.result.rpl, problems: [], stored: this.result.submitted ?? this.result.updated };
    return undefined;
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
    // Its run rendered even if the rest of the list is still to come (`progressive`).
    this.progressive.reveal(runsThrough(this.mode === 'all' ? sections.map((s) => s.items) : [sections[index].items], item));
    this.focusAfterRender(`#${CSS.escape(`${this.questionId(item)}-${sections[index].id}`)} input`);
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
