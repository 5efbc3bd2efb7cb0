import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Framework, Item, Level, Scale } from '../../model/framework.js';
import { responseFor, type Response } from '../../model/result.js';
import { DREYFUS_SCALE, findScale } from '../../model/scales.js';
import { countAnswers, itemName } from '../../model/summary.js';
import { renderErrorPanel } from '../../shared/error-panel.js';
import { formatDate } from '../../shared/localize.js';
import { jsonConverter, tokenList } from '../../shared/parse-attribute.js';
import { KsbResultElement } from '../../shared/result-element.js';
import { baseStyles } from '../../shared/styles.js';
import { scanSections, type ScanSection } from '../skills-scan/scan-sections.js';
import { dreyfusRaterStyles } from './dreyfus-rater.styles.js';
import {
  careerSummary,
  DEFAULT_TARGET,
  levelsAssessing,
  pointDescriptors,
  raterItems,
  readHistory,
  rubricFor,
  safeUrl,
  trainingFor,
  trendFor,
  type CareerSummary,
  type History,
  type RaterItems,
  type TrendPoint,
} from './rater-data.js';
import { raterStringsFor, type RaterStrings } from './rater-strings.js';

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
  private reportedSelection?: RaterItems;

  /** The rater's own UI strings. */
  private get text(): RaterStrings {
    return raterStringsFor(this.effectiveLang);
  }

  /** The Dreyfus scale: the framework's own definition, else the built-in one. */
  private get scale(): Scale {
    return findScale('dreyfus', this.currentFramework) ?? DREYFUS_SCALE;
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

  protected override resultAbout(): { subject?: string; rater?: string } {
    return { subject: this.subject, rater: this.rater };
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
      this.historyData = readHistory(this.history, fw);
      this.reportProblems('history', this.historyData.problems);
    }
  }

  /** Validates `required` and emits `ksb-submit` with the result. Returns whether it was submitted. */
  submit(): boolean {
    return this.submitResult();
  }

  override render(): TemplateResult {
    const s = this.strings;
    const t = this.text;
    const fw = this.currentFramework;
    const state = this.renderFrameworkState(fw);
    if (state || !fw) return state ?? html``;
    const selection = this.selection;
    if (selection.problems.length) return renderErrorPanel(s, selection.problems, t.selectionErrorTitle);

    const items = selection.items;
    const byId = new Map(fw.items.map((i) => [i.id, i]));
    const counts = countAnswers(this.result, this.answerableItems());
    const valueErrors = this.valueProblems.filter((p) => p.severity === 'error' && !this.held);
    const sections = this.sections(fw, items);
    const grouped = sections.length > 1;
    const subject = this.result?.subject ?? this.subject;
    const raterName = this.result?.rater ?? this.rater;
    return html`
      <div part="header" class="header">
        <h2 class="title">${fw.title}</h2>
        ${selection.level ? this.renderLevelLine(selection.level) : nothing}
        ${subject || raterName
          ? html`<p class="about">
              ${subject ? html`<span>${t.about(subject)}</span>` : nothing}
              ${raterName ? html`<span>${t.ratedBy(raterName)}</span>` : nothing}
            </p>`
          : nothing}
        <div class="progress">
          <label id="progress-label" for="progress">${t.progressLabel}</label>
          <progress id="progress" part="progress" max=${Math.max(counts.total, 1)} .value=${counts.answered} aria-describedby="progress-text"></progress>
          <span id="progress-text">${t.progress(counts.answered, counts.total)}</span>
        </div>
        ${this.readonly ? html`<p class="hint">${s.readonlyNote}</p>` : nothing}
        ${this.result?.submitted ? html`<p role="status">${s.submitted(formatDate(this.result.submitted, this.effectiveLang))}</p>` : nothing}
      </div>
      ${this.renderInputNotes()}
      ${this.renderHeld((id) => {
        const item = byId.get(id);
        return item ? itemName(item) : id;
      })}
      ${valueErrors.length ? renderErrorPanel(s, valueErrors) : nothing}
      ${this.historyData.problems.length ? renderErrorPanel(s, this.historyData.problems, t.historyErrorTitle) : nothing}
      ${this.readonly ? nothing : this.renderScoring()}
      ${items.length ? nothing : html`<p class="notice">${t.nothingToRate}</p>`}
      ${sections.map(
        (section) => html`${grouped ? html`<h3 class="section-title">${this.sectionLabel(section, byId)}</h3>` : nothing}
        ${section.items.map((item) => {
          const index = items.indexOf(item);
          const response = responseFor(this.result, item.id);
          return guard([item, index, response, this.readonly, this.effectiveLang, this.historyData, this.scale, grouped, this.targetValue], () =>
            this.renderCompetency(fw, item, index, response, grouped),
          );
        })}`,
      )}
      ${this.renderSummary(fw, items)}
    `;
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

  private renderCompetency(fw: Framework, item: Item, index: number, response: Response | undefined, grouped: boolean): TemplateResult {
    const t = this.text;
    const cid = `c-${index}`;
    const name = itemName(item);
    const rubric = rubricFor(fw, item.id);
    const points = pointDescriptors(this.scale, rubric);
    const chosen = points.find((p) => p.point.value === response?.value);
    const levels = levelsAssessing(fw, item.id);
    const title = this.heading(
      grouped ? 4 : 3,
      html`${item.code ? html`<span class="code">${item.code}</span> ` : nothing}${item.title ?? item.statement}`,
      'competency-title',
    );
    const top = this.scale.points[this.scale.points.length - 1];
    const about = html`
      ${item.title && item.title !== item.statement ? html`<p class="statement">${item.statement}</p>` : nothing}
      ${levels.length ? html`<p class="hint">${t.assessedAt(t.list(levels.map((l) => this.levelName(l))))}</p>` : nothing}
      ${rubric?.keyFeatures || rubric?.interaction
        ? html`<details part="guidance" class="guidance" ?open=${!this.readonly}>
            <summary>${t.guidance}</summary>
            ${rubric.keyFeatures ? html`<p class="key-features"><strong>${t.keyFeatures}:</strong> ${rubric.keyFeatures}</p>` : nothing}
            ${rubric.interaction ? html`<p class="interaction"><strong>${t.interaction}:</strong> ${rubric.interaction}</p>` : nothing}
          </details>`
        : nothing}
      ${points.some((p) => !p.own) ? html`<p class="hint">${t.genericDescriptors}</p>` : nothing}
    `;
    const mark = html`<div part="chosen" class="chosen-mark ${chosen ? 'is-chosen' : ''}" id="${cid}-chosen">
      ${chosen
        ? html`<p class="chosen-label"><strong>${(this.readonly ? t.ratedAs : t.chosen)(String(chosen.point.value), chosen.point.label)}</strong></p>
            ${chosen.text ? html`<p class="chosen-text">${chosen.text}</p>` : nothing}`
        : html`<p class="chosen-label">${t.notRated}</p>`}
    </div>`;
    const trend = this.renderTrend(item.id);

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
    return html`<fieldset part="competency" class="competency" data-item=${item.id} id=${cid}>
      <legend part="legend" class="legend">${title}</legend>
      ${about} ${trend}
      <p class="hint" id="${cid}-hint">${t.chooseHint}</p>
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
              aria-describedby="${pid}-desc"
              @change=${() => choose(p.point.value)}
            />
            <span class="point-name" id="${pid}-name"><span class="point-value">${p.point.value}</span> <span class="point-label">${p.point.label}</span></span>
            <span class="point-desc" id="${pid}-desc">${p.text}${p.point.value === top.value && this.scale.id === 'dreyfus'
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
    this.focusAfterRender(`#${cid}-${this.scale.points[0].value}`);
  }

  private renderTrend(itemId: string): TemplateResult | typeof nothing {
    if (!this.historyData.results.length) return nothing;
    const t = this.text;
    const lang = this.effectiveLang;
    const points = trendFor(this.historyData.results, this.result, itemId);
    if (!points.length) return nothing;
    const first = points[0];
    const last = points[points.length - 1];
    const label = (p: TrendPoint) => this.scale.points.find((x) => x.value === p.value)?.label ?? '';
    return html`<div part="trend" class="trend">
      <p class="trend-title"><strong>${t.earlierRatings}</strong></p>
      <div class="trend-body">
        ${this.renderSparkline(points)}
        <ol class="trend-list">
          ${points.map(
            (p) =>
              html`<li class=${p.current ? 'now' : ''}>
                ${p.current ? t.trendNow(String(p.value), label(p)) : t.trendEntry(formatDate(p.date, lang), p.rater, String(p.value), label(p))}
              </li>`,
          )}
        </ol>
      </div>
      ${points.length > 1 ? html`<p class="trend-change">${t.trendChange(last.value - first.value, formatDate(first.date, lang))}</p>` : nothing}
    </div>`;
  }

  /** A small line of the ratings over time; decorative, as the list beside it gives the figures. */
  private renderSparkline(points: TrendPoint[]): TemplateResult {
    const scale = this.scale.points;
    const min = scale[0].value;
    const max = scale[scale.length - 1].value;
    const w = 120;
    const h = 40;
    const x = (i: number) => (points.length === 1 ? w / 2 : 6 + (i * (w - 12)) / (points.length - 1));
    const y = (v: number) => h - 5 - ((v - min) / Math.max(1, max - min)) * (h - 10);
    const line = points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ');
    return html`<svg class="sparkline" viewBox="0 0 ${w} ${h}" width=${w} height=${h} aria-hidden="true" focusable="false">
      ${svg`<line class="spark-target" x1="0" x2=${w} y1=${y(this.targetValue)} y2=${y(this.targetValue)}></line>
        <polyline class="spark-line" points=${line}></polyline>
        ${points.map((p, i) => svg`<circle class="spark-dot ${p.current ? 'now' : ''}" cx=${x(i)} cy=${y(p.value)} r="3.5"></circle>`)}`}
    </svg>`;
  }

  private renderSummary(fw: Framework, items: Item[]): TemplateResult {
    const t = this.text;
    const target = this.targetValue;
    const history = this.historyData.results.length > 0;
    const below = items.filter((i) => {
      const v = responseFor(this.result, i.id)?.value;
      return typeof v === 'number' && v < target;
    });
    return html`<section part="summary" class="summary" aria-labelledby="summary-title">
      <h3 id="summary-title">${t.summaryTitle}</h3>
      <h4 id="ratings-title">${t.ratingsTitle}</h4>
      <div class="table-scroll" role="region" aria-labelledby="ratings-title" tabindex="0">
      <table class="ratings-table" aria-labelledby="ratings-title">
        <thead>
          <tr>
            <th scope="col">${t.competency}</th>
            <th scope="col">${t.rating}</th>
            ${history ? html`<th scope="col">${t.trend}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${items.map((item) => {
            const v = responseFor(this.result, item.id)?.value;
            const rated = typeof v === 'number';
            const trend = history ? trendFor(this.historyData.results, this.result, item.id) : [];
            return html`<tr data-item=${item.id}>
              <th scope="row">${itemName(item)}</th>
              <td>
                ${rated
                  ? html`${this.pointLabel(v)}
                      <span class="against ${v >= target ? 'at-target' : 'below-target'}">${v >= target ? t.atTarget : t.belowTarget}</span>`
                  : t.notRated}
              </td>
              ${history ? html`<td>${trend.length ? trend.map((p) => p.value).join(' → ') : '–'}</td>` : nothing}
            </tr>`;
          })}
        </tbody>
      </table>
      </div>
      <p class="target">${t.targetRating(String(target), this.scale.points.find((p) => p.value === target)?.label ?? '')}</p>
      ${this.renderCareer(fw, careerSummary(fw, this.result, target))} ${this.renderTraining(fw, below)}
      ${this.readonly ? nothing : html`<p><button part="button" type="button" class="submit" @click=${() => this.submit()}>${t.submit}</button></p>`}
    </section>`;
  }

  private renderCareer(fw: Framework, career: CareerSummary | undefined): TemplateResult {
    const t = this.text;
    if (!career) {
      return html`<div class="career"><h4>${t.careerTitle}</h4><p>${t.noRequirements}</p></div>`;
    }
    const byId = new Map(fw.items.map((i) => [i.id, i]));
    const name = (id: string) => {
      const item = byId.get(id);
      return item ? itemName(item) : id;
    };
    const payOf = (l: Level) => [l.payBand, l.pay].filter(Boolean).join(', ');
    const attained = career.attained;
    return html`<div class="career">
      <h4>${t.careerTitle}</h4>
      <div part="attained" class="attained">
        <p><strong>${attained ? t.supports(this.levelName(attained)) : t.supportsNone}</strong></p>
        ${attained?.payBand ? html`<p>${t.payBand(attained.payBand)}</p>` : nothing}
        ${attained?.pay ? html`<p>${t.pay(attained.pay)}</p>` : nothing}
      </div>
      ${career.next
        ? html`<p class="next">${t.nextLevel(this.levelName(career.next))}</p>
            <ul class="missing">
              ${career.missingForNext.map(
                (m) => html`<li>${typeof m.value === 'number' ? t.missingRating(name(m.item), this.pointLabel(m.value)) : t.missingUnrated(name(m.item))}</li>`,
              )}
            </ul>`
        : html`<p>${t.allRatableMet}</p>`}
      <h5 id="levels-title" class="table-title">${t.levelsTitle}</h5>
      <div class="table-scroll" role="region" aria-labelledby="levels-title" tabindex="0">
        <table class="levels-table" aria-labelledby="levels-title">
          <thead>
            <tr>
              <th scope="col">${t.careerLevel}</th>
              <th scope="col">${t.competencies}</th>
              <th scope="col">${t.payHeading}</th>
              <th scope="col">${t.status}</th>
            </tr>
          </thead>
          <tbody>
            ${career.levels.map(
              (s) => html`<tr data-level=${s.level.id} class=${attained === s.level ? 'attained-row' : ''}>
                <th scope="row">${this.levelName(s.level)}</th>
                <td>${s.level.assesses?.length ? t.list(s.level.assesses.map(name)) : t.noAssessed}</td>
                <td>${payOf(s.level) || '–'}</td>
                <td>${s.ratable ? (s.met ? t.met : t.notMet) : t.notRatable}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`;
  }

  private renderTraining(fw: Framework, below: Item[]): TemplateResult {
    const t = this.text;
    const groups = trainingFor(
      fw,
      below.map((i) => i.id),
    );
    const byId = new Map(fw.items.map((i) => [i.id, i]));
    return html`<div part="training" class="training">
      <h4>${t.trainingTitle}</h4>
      ${!below.length
        ? html`<p>${t.allAtTargetTraining}</p>`
        : !groups.length
          ? html`<p>${t.noTraining}</p>`
          : groups.map(
              (g) => html`<div class="training-group">
                <p>
                  <strong>${t.trainingFor(t.list(g.items.map((id) => itemName(byId.get(id)!))))}</strong>
                  ${g.level ? html`<span class="hint">${t.trainingOfLevel(this.levelName(g.level))}</span>` : nothing}
                </p>
                <ul>
                  ${g.resources.map((r) => {
                    const url = safeUrl(r.url);
                    return html`<li>
                      ${url ? html`<a href=${url}>${r.title}</a>` : r.title}${r.provider ? html` <span class="hint">(${r.provider})</span>` : nothing}
                    </li>`;
                  })}
                </ul>
              </div>`,
            )}
    </div>`;
  }

}
