import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Framework, Item, Level, Scale } from '../../model/framework.js';
import { responseFor, type Response } from '../../model/result.js';
import { DREYFUS_SCALE, findScale } from '../../model/scales.js';
import { countAnswers, itemName } from '../../model/summary.js';
import { textKey } from '../../model/text-key.js';
import { renderErrorPanel } from '../../shared/error-panel.js';
import { jsonConverter, tokenList } from '../../shared/parse-attribute.js';
import { KsbResultElement } from '../../shared/result-element.js';
import { adoptChunkStyles, LazyModule } from '../../shared/lazy.js';
import { baseStyles } from '../../shared/styles.js';
import { welshTable } from '../../shared/localize.js';
import { scanSections, type ScanSection } from '../../model/sections.js';
import { inBlocks, runsThrough } from '../../shared/blocks.js';
import { ProgressiveRuns } from '../../shared/progressive-runs.js';
import { dreyfusRaterStyles } from './dreyfus-rater.styles.js';
import { DEFAULT_TARGET, levelsAssessing, pointDescriptors, raterItems, rubricFor, type RaterItems } from './rater-data.js';
import type { History } from './rater-progress.js';
import type { RaterView } from './rater-summary.js';
import { raterStringsFor, type RaterStrings } from './rater-strings.js';

/** Competencies per run: each is about 40rem tall with its rubric, so a run of ten is several screens (with five, the page did hundreds of forced layouts of skipped runs in one task). */
const RUN_SIZE = 10;

// This element's Welsh tables, loaded (in `lazyChunks`) before a Welsh render.
const raterWelsh = welshTable('rater', () => import('./rater-strings.cy.js'));
const raterSummaryWelsh = welshTable('raterSummary', () => import('./rater-summary-strings.cy.js'));

/** The summary and the trends over `history`: a chunk of its own, prefetched once the element has rendered. */
const summaryChunk = new LazyModule(() => import('./rater-summary.js'));
const givenHistory = (h: unknown) => h !== undefined && h !== null && h !== '';

/**
 * `<dreyfus-rater>`: an assessor rates a person on the competencies of a
 * framework with the six-point Dreyfus scale (0 Absence to 5 Expert), at
 * supervision or appraisal. Each competency shows its key features and
 * interaction guidance, and the six levels with the competency's own
 * descriptor (the scale's general descriptor where the framework has no
 * rubric), as a native radio group (arrow keys move between levels, Tab
 * between competencies), with an evidence note. The summary gives the ratings,
 * the career level they support against the framework's level requirements
 * (with pay band), what is missing for the next level, training for the
 * competencies below target and, given earlier results, each competency's trend.
 *
 * The target rating a competency must reach to count for a career level is
 * `target`, by default 3 (Competent): a library default, as the source
 * frameworks do not fix one.
 *
 * @summary Assessor's Dreyfus-scale rating of competencies, with the career level it supports.
 *
 * @tagname dreyfus-rater
 *
 * @fires ksb-change - On every rating or note. `detail.result` is the whole current result (with `rater`); `detail.item` the competency changed.
 * @fires ksb-submit - When the assessor submits. `detail.result` has `submitted` set.
 * @fires ksb-error - For bad input (framework, src, value, history, or competencies / level naming what the framework lacks). `detail.problems` lists each problem with its JSON path.
 * @fires ksb-load - When a framework has been read, validated and is shown.
 *
 * @csspart error - The error panel (bad framework or input).
 * @csspart retry - The error panel's "Try again" (a failed `src` load) or "Start afresh" (bad saved input) button.
 * @csspart translation - The notice of a translation's problems (with `notice`).
 * @csspart error-summary - "There is a problem": after a failed submit of a `required` element, a link to each unanswered item (focused).
 * @csspart notice - The note shown when the framework was converted from IfATE standards JSON.
 * @csspart mismatch - The notice shown for a saved result from another framework version.
 * @csspart header - Title, career level, subject, rater and progress.
 * @csspart progress - The progress bar.
 * @csspart scoring - The scoring guidance.
 * @csspart competency - One competency (a fieldset with its levels).
 * @csspart legend - The competency's name.
 * @csspart guidance - The collapsible key features and interaction guidance.
 * @csspart points - The six levels of one competency.
 * @csspart point - One level: its number, label and descriptor.
 * @csspart chosen - The mark of the chosen level and its descriptor.
 * @csspart note - The evidence and observations note.
 * @csspart trend - A competency's earlier ratings.
 * @csspart summary - The summary before submit.
 * @csspart attained - The career level the ratings support.
 * @csspart training - Training for competencies below target.
 * @csspart button - The submit button.
 *
 * @cssprop --ksb-font-family - Font of the element.
 * @cssprop --ksb-font-size - Base font size (default 1rem).
 * @cssprop --ksb-color-text - Text colour.
 * @cssprop --ksb-color-text-secondary - Secondary text (hints, codes).
 * @cssprop --ksb-color-background - Background.
 * @cssprop --ksb-color-surface - Background of panels, guidance and the chosen level.
 * @cssprop --ksb-color-border - Borders.
 * @cssprop --ksb-color-accent - Chosen level, progress, trend lines and links.
 * @cssprop --ksb-color-accent-contrast - Text on the accent colour.
 * @cssprop --ksb-color-success - Submit button and "at or above target".
 * @cssprop --ksb-color-error - Error borders and "below target".
 * @cssprop --ksb-color-focus - Focus ring (default GOV.UK yellow).
 * @cssprop --ksb-color-focus-text - Text on the focus colour.
 * @cssprop --ksb-radius - Corner radius.
 * @cssprop --ksb-space - Base spacing unit.
 * @cssprop --ksb-target-size - Minimum size of click targets (default 2.75rem).
 */
export class DreyfusRater extends KsbResultElement {
  static override styles = [baseStyles, dreyfusRaterStyles];

  /** Only these item ids, space- or comma-separated (default: every item with a rubric). */
  @property() competencies = '';

  /** Rate the competencies this career level (an id in `framework.levels`) assesses. */
  @property() level = '';

  /** Who gives the ratings (stored as `result.rater`). */
  @property() rater?: string;

  /**
   * Rating a competency must reach to count towards a career level. Library
   * default 3 (Competent); the source frameworks do not fix one.
   */
  @property({ type: Number }) target = DEFAULT_TARGET;

  /** Earlier results (an array, as objects or JSON), for each competency's trend. */
  @property({ converter: jsonConverter }) history?: unknown;

  @state() private historyData: History = { results: [], problems: [] };

  private historyFor?: { input: unknown; framework: Framework };
  private selectionMemo?: { framework: Framework; competencies: string; level: string; value: RaterItems };

  /** The competencies' runs rendered a few at a time when a framework is first shown. */
  private readonly progressive = new ProgressiveRuns(this);
  private reportedSelection?: RaterItems;

  /** The rater's own UI strings. */
  private get text(): RaterStrings {
    return raterStringsFor(this.effectiveLang);
  }

  /** The Dreyfus scale: the framework's own definition, else the built-in one (in the language in force). */
  private get scale(): Scale {
    const scale = findScale('dreyfus', this.currentFramework) ?? DREYFUS_SCALE;
    return this.strings.builtIn?.scale(scale) ?? scale;
  }

  /** What is rated, worked out once per framework, `competencies` and `level`. */
  private get selection(): RaterItems {
    const fw = this.currentFramework;
    if (!fw) return { items: [], problems: [] };
    const memo = this.selectionMemo;
    if (memo && memo.framework === fw && memo.competencies === this.competencies && memo.level === this.level) return memo.value;
    const value = raterItems(fw, { competencies: tokenList(this.competencies), level: this.level.trim() || undefined });
    this.selectionMemo = { framework: fw, competencies: this.competencies, level: this.level, value };
    return value;
  }

  /** The target in force: a number within the scale, else the library default. */
  private get targetValue(): number {
    const t = Number(this.target);
    return Number.isFinite(t) ? t : DEFAULT_TARGET;
  }

  protected answerableItems(): string[] {
    return this.selection.items.map((i) => i.id);
  }

  protected scaleId(): string {
    return this.scale.id;
  }

  /** How the rater is asked to choose: about the subject, about themself (`party="learner"`), or as an observer. */
  private chooseHint(t: RaterStrings): string {
    if (this.partyInForce === 'learner') return t.chooseHintSelf;
    return this.subject?.trim() ? t.chooseHintAbout(this.subject.trim()) : t.chooseHint;
  }

  protected override resultAbout(): ReturnType<KsbResultElement['resultAbout']> {
    return { ...super.resultAbout(), rater: this.rater };
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('input, button') ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('rater') && this.result && this.rater !== undefined) this.result = { ...this.result, rater: this.rater };
    const fw = this.currentFramework;
    if (!fw) return;
    // A new selection's problems (unknown level or competency) are reported once.
    const selection = this.selection;
    if (selection !== this.reportedSelection) {
      this.reportedSelection = selection;
      this.reportProblems('selection', selection.problems);
    }
    if (!this.historyFor || this.historyFor.input !== this.history || this.historyFor.framework !== fw) {
      this.historyFor = { input: this.history, framework: fw };
      // With `history`, updates wait for the chunk that reads it (`lazyChunks`).
      this.historyData = (givenHistory(this.history) && summaryChunk.value?.readHistory(this.history, fw)) || { results: [], problems: [] };
      this.reportProblems('history', this.historyData.problems);
    }
  }

  /** Trends need the summary chunk before the competencies render. */
  protected override lazyChunks(): (Promise<void> | undefined)[] {
    const lang = this.effectiveLang;
    return [...super.lazyChunks(), raterWelsh.load(lang), raterSummaryWelsh.load(lang), givenHistory(this.history) ? summaryChunk.load() : undefined];
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    summaryChunk.prefetch();
  }

  /** Validates `required` and emits `ksb-submit` with the result. Returns whether it was submitted. */
  submit(): boolean {
    return this.submitResult();
  }

  /** The unrated competencies after a failed submit, each linking to its first level. */
  private renderErrorSummary(items: Item[]): TemplateResult | typeof nothing {
    const s = this.strings;
    const problems = items
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => responseFor(this.result, item.id)?.value === undefined)
      .map(({ item, index }) => ({
        target: `c-${index}`,
        text: s.ratingMissing(itemName(item)),
        go: () => {
          // Its run rendered even if the rest are still to come (`progressive`).
          this.progressive.reveal(runsThrough(this.sections(this.currentFramework!, items).map((section) => section.items), item, RUN_SIZE));
          this.focusAfterRender(`#c-${index} input`);
        },
      }));
    return this.errorSummary(problems);
  }

  override render(): TemplateResult {
    const s = this.strings;
    const t = this.text;
    const fw = this.currentFramework;
    const state = this.renderFrameworkState(fw);
    if (state || !fw) return state ?? html``;
    if (summaryChunk.value) adoptChunkStyles(this, summaryChunk.value.raterSummaryStyles);
    const selection = this.selection;
    if (selection.problems.length) return renderErrorPanel(s, selection.problems, t.selectionErrorTitle);

    const items = selection.items;
    const byId = new Map(fw.items.map((i) => [i.id, i]));
    const counts = countAnswers(this.result, this.answerableItems());
    const sections = this.sections(fw, items);
    const grouped = sections.length > 1;
    const positions = new Map(items.map((item, i) => [item, i]));
    const runs = this.progressive.shown([items], sections.map((section) => inBlocks(section.items, RUN_SIZE).length));
    const subject = this.result?.subject ?? this.subject;
    const raterName = this.result?.rater ?? this.rater;
    return html`
      ${this.showErrors ? this.renderErrorSummary(items) : nothing}
      <div part="header" class="header">
        <h2 class="title" id="title" tabindex="-1">${fw.title}</h2>
        ${selection.level ? this.renderLevelLine(selection.level) : nothing}
        ${subject || raterName
          ? html`<p class="about">
              ${subject ? html`<span>${t.about(subject)}</span>` : nothing}
              ${raterName ? html`<span>${t.ratedBy(raterName)}</span>` : nothing}
            </p>`
          : nothing}
        ${this.renderProgress(t.progressLabel, t.progress(counts.answered, counts.total), counts.answered, counts.total)}
        ${this.renderResultState()}
      </div>
      ${this.renderInputNotes()}
      ${this.renderHeld((id) => {
        const item = byId.get(id);
        return item ? itemName(item) : id;
      })}
      ${this.renderValueProblems()}
      ${this.historyData.problems.length ? renderErrorPanel(s, this.historyData.problems, t.historyErrorTitle) : nothing}
      ${this.readonly ? nothing : this.renderScoring()}
      ${items.length ? nothing : html`<p class="notice">${t.nothingToRate}</p>`}
      ${sections.map(
        (section, i) => html`${grouped ? html`<h3 class="section-title">${this.sectionLabel(section, byId)}</h3>` : nothing}
          ${inBlocks(section.items, RUN_SIZE).map((block, b) =>
            html`<div class="competency-block" .style=${`--_competencies: ${block.length}`}>
              ${b < runs[i]
                ? block.map((item) => {
                    const index = positions.get(item)!;
                    const response = responseFor(this.result, item.id);
                    const invalid = this.showErrors && response?.value === undefined;
                    return guard([item, index, response, this.readonly, this.effectiveLang, this.strings, this.text, this.historyData, this.scale, grouped, this.targetValue, invalid], () =>
                      this.renderCompetency(fw, item, index, response, grouped, invalid),
                    );
                  })
                : nothing}
            </div>`,
          )}`,
      )}
      ${this.progressive.pending ? nothing : this.renderSummary()}
    `;
  }

  /** The competencies still to come (a few runs at a time: `progressive`): `updateComplete` waits for every one. */
  protected override rendersToCome(): Promise<void> | undefined {
    return this.progressive.settled();
  }

  /** Sections of competencies: by domain (parent) or item type, when there are several. */
  private sections(fw: Framework, items: Item[]): ScanSection[] {
    if (!items.length) return [];
    const byParent = items.some((i) => i.parent);
    return scanSections(fw, items, byParent ? 'parent' : 'type');
  }

  /** A domain's code and title ("Domain 1: Formal knowledge and experience"), else the section label. */
  private sectionLabel(section: ScanSection, byId: Map<string, Item>): string {
    const parent = byId.get(section.id);
    return parent?.code ? `${parent.code}: ${section.label}` : section.label;
  }

  private levelName(level: Level): string {
    return level.competencyLevel && level.competencyLevel !== level.label ? `${level.label} (${level.competencyLevel})` : level.label;
  }

  private renderLevelLine(level: Level): TemplateResult {
    const t = this.text;
    return html`<p class="level-line">
      <strong>${t.ratingLevel(this.levelName(level))}</strong>
      ${level.payBand ? html`<span class="pay">${t.payBand(level.payBand)}</span>` : nothing}
      ${level.pay ? html`<span class="pay">${t.pay(level.pay)}</span>` : nothing}
    </p>`;
  }

  private pointLabel(value: number | null | undefined): string {
    const point = this.scale.points.find((p) => p.value === value);
    return point ? `${point.value} ${point.label}` : String(value);
  }

  private renderScoring(): TemplateResult {
    const t = this.text;
    const scale = this.scale;
    const top = scale.points[scale.points.length - 1];
    const target = scale.points.find((p) => p.value === this.targetValue);
    const paragraphs = (scale.description ?? '').split(/\n\s*\n/).filter((p) => p.trim());
    return html`<section part="scoring" class="scoring" aria-labelledby="scoring-title">
      <h3 id="scoring-title">${t.howToRate}</h3>
      <ol class="steps">
        ${t.scoringSteps(`${top.value} (${top.label})`).map((step) => html`<li>${step}</li>`)}
      </ol>
      <p class="target">${t.targetRating(String(this.targetValue), target?.label ?? '')}</p>
      ${paragraphs.length
        ? html`<details class="instructions">
            <summary>${t.fullInstructions}</summary>
            ${paragraphs.map((p) => html`<p>${p}</p>`)}
          </details>`
        : nothing}
    </section>`;
  }

  private heading(level: 3 | 4, content: unknown, cls: string): TemplateResult {
    return level === 3 ? html`<h3 class=${cls}>${content}</h3>` : html`<h4 class=${cls}>${content}</h4>`;
  }

  private renderCompetency(fw: Framework, item: Item, index: number, response: Response | undefined, grouped: boolean, invalid = false): TemplateResult {
    const t = this.text;
    const cid = `c-${index}`;
    const name = itemName(item);
    const rubric = rubricFor(fw, item.id);
    const points = pointDescriptors(this.scale, rubric);
    const chosen = points.find((p) => p.point.value === response?.value);
    const levels = levelsAssessing(fw, item.id);
    const title = this.heading(
      grouped ? 4 : 3,
      html`${item.code ? html`<span class="code">${item.code}</span> ` : nothing}<bdi lang=${this.textLang(textKey('item', item.id, item.title ? 'title' : 'statement')) ?? nothing}>${item.title ?? item.statement}</bdi>`,
      'competency-title',
    );
    const top = this.scale.points[this.scale.points.length - 1];
    const about = html`
      ${item.title && item.title !== item.statement ? html`<p class="statement" dir="auto" lang=${this.textLang(textKey('item', item.id, 'statement')) ?? nothing}>${item.statement}</p>` : nothing}
      ${levels.length ? html`<p class="hint">${t.assessedAt(t.list(levels.map((l) => this.levelName(l))))}</p>` : nothing}
      ${rubric?.keyFeatures || rubric?.interaction
        ? html`<details part="guidance" class="guidance" ?open=${!this.readonly}>
            <summary>${t.guidance}</summary>
            ${rubric.keyFeatures ? html`<p class="key-features"><strong>${t.keyFeatures}:</strong> <bdi lang=${this.textLang(textKey('rubric', item.id, 'keyFeatures')) ?? nothing}>${rubric.keyFeatures}</bdi></p>` : nothing}
            ${rubric.interaction ? html`<p class="interaction"><strong>${t.interaction}:</strong> <bdi lang=${this.textLang(textKey('rubric', item.id, 'interaction')) ?? nothing}>${rubric.interaction}</bdi></p>` : nothing}
          </details>`
        : nothing}
      ${points.some((p) => !p.own) ? html`<p class="hint">${t.genericDescriptors}</p>` : nothing}
    `;
    const mark = html`<div part="chosen" class="chosen-mark ${chosen ? 'is-chosen' : ''}" id="${cid}-chosen">
      ${chosen
        ? html`<p class="chosen-label"><strong>${(this.readonly ? t.ratedAs : t.chosen)(String(chosen.point.value), chosen.point.label)}</strong></p>
            ${chosen.text ? html`<p class="chosen-text"><bdi>${chosen.text}</bdi></p>` : nothing}`
        : html`<p class="chosen-label">${t.notRated}</p>`}
    </div>`;
    const chunk = summaryChunk.value;
    const trend = chunk && this.historyData.results.length ? chunk.renderTrend(this.view(), item.id) : nothing;

    if (this.readonly) {
      return html`<section part="competency" class="competency" data-item=${item.id} aria-labelledby="${cid}-title">
        <div id="${cid}-title" class="legend" part="legend">${title}</div>
        ${about} ${mark}
        ${response?.note
          ? html`<div part="note" class="note"><p><strong>${t.evidence}</strong></p><p class="note-text">${response.note}</p></div>`
          : nothing}
        ${trend}
      </section>`;
    }

    const choose = (value: number) => this.respond(item.id, { value }, { item: item.id });
    // After a failed submit an unrated competency carries its error: on the fieldset and on each radio.
    const errorId = `${cid}-error`;
    return html`<fieldset part="competency" class="competency ${invalid ? 'invalid' : ''}" data-item=${item.id} id=${cid} aria-describedby=${invalid ? errorId : nothing}>
      <legend part="legend" class="legend">${title}</legend>
      ${about} ${trend}
      <p class="hint" id="${cid}-hint">${this.chooseHint(t)}</p>
      ${invalid ? this.inlineError(errorId, this.strings.ratingMissing(name)) : nothing}
      <div part="points" class="points">
        ${points.map((p) => {
          const pid = `${cid}-${p.point.value}`;
          const isChosen = response?.value === p.point.value;
          return html`<label part="point" class="point ${isChosen ? 'chosen' : ''}" for=${pid}>
            <input
              type="radio"
              id=${pid}
              name=${cid}
              .value=${String(p.point.value)}
              .checked=${isChosen}
              aria-labelledby="${pid}-name"
              aria-describedby=${invalid ? `${errorId} ${pid}-desc` : `${pid}-desc`}
              aria-invalid=${invalid ? 'true' : nothing}
              @change=${() => choose(p.point.value)}
            />
            <span class="point-name" id="${pid}-name"><span class="point-value">${p.point.value}</span> <bdi class="point-label">${p.point.label}</bdi></span>
            <span class="point-desc" id="${pid}-desc"><bdi>${p.text}</bdi>${p.point.value === top.value && this.scale.id === 'dreyfus'
                ? html` <em class="reserved">${t.reservedForExceptional}</em>`
                : nothing}</span>
          </label>`;
        })}
      </div>
      ${mark}
      ${chosen
        ? html`<p><button type="button" class="link clear" @click=${() => this.clearRating(item.id, cid)}>${t.clearRating(name)}</button></p>`
        : nothing}
      <div part="note" class="note">
        <label class="note-label" for="${cid}-note">${t.noteLabel(name)}</label>
        <span class="hint" id="${cid}-note-hint">${t.noteHint}</span>
        <textarea
          id="${cid}-note"
          rows="3"
          aria-describedby="${cid}-note-hint"
          .value=${response?.note ?? ''}
          @input=${(e: Event) => this.respond(item.id, { note: (e.target as HTMLTextAreaElement).value }, { item: item.id })}
        ></textarea>
      </div>
    </fieldset>`;
  }

  private clearRating(item: string, cid: string): void {
    this.respond(item, { value: undefined }, { item });
    this.focusAfterRender(`#${CSS.escape(`${cid}-${this.scale.points[0].value}`)}`);
  }

  /** The summary: its heading at once, the rest from the summary chunk, with a loading status until it is in. */
  private renderSummary(): TemplateResult {
    const chunk = this.chunkNow(summaryChunk);
    return html`<section part="summary" class="summary" aria-labelledby="summary-title" aria-busy=${chunk || summaryChunk.failed ? nothing : 'true'}>
      <h3 id="summary-title">${this.text.summaryTitle}</h3>
      ${chunk ? chunk.renderSummaryBody(this.view()) : this.renderChunkStatus(summaryChunk, this.strings.loadingSummary)}
    </section>`;
  }

  /** What the summary chunk renders from. */
  private view(): RaterView {
    return {
      text: this.text,
      lang: this.effectiveLang,
      framework: this.currentFramework!,
      result: this.result,
      items: this.selection.items,
      scale: this.scale,
      target: this.targetValue,
      history: this.historyData.results,
      readonly: this.readonly,
      levelName: (level) => this.levelName(level),
      pointLabel: (value) => this.pointLabel(value),
      submit: () => this.submit(),
      download: () => void this.downloadCSV(),
    };
  }

}
