import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Framework, Item, Scale } from '../../model/framework.js';
import type { Problem } from '../../model/problems.js';
import { MISMATCH_CODES, type Party, type Result } from '../../model/result.js';
import type { RplCalculation } from '../../model/rpl.js';
import {
  agreedResult,
  compareParties,
  createReview,
  reviewGaps,
  reviewSources,
  setAgreed,
  setSignoff,
  takePartyRatings,
  trainingPlan,
  type PartyComparison,
  type Review,
  type ReviewGaps,
} from '../../model/review.js';
import { findScale } from '../../model/scales.js';
import { scanSections, unknownItemProblems, type ScanSection } from '../../model/sections.js';
import { itemName, type GroupBy } from '../../model/summary.js';
import { compact } from '../../model/problems.js';
import { renderErrorPanel, type SummaryProblem } from '../../shared/error-panel.js';
import { KsbErrorEvent, KsbReviewChangeEvent, KsbReviewSubmitEvent } from '../../shared/events.js';
import { KsbFormElement } from '../../shared/form-element.js';
import type { KsbFrameworkElement } from '../../shared/framework-element.js';
import { integrityCode, stamped } from '../../shared/integrity-code.js';
import { adoptChunkStyles, LazyModule } from '../../shared/lazy.js';
import { formatDate, welshTable } from '../../shared/localize.js';
import { Memo } from '../../shared/memo.js';
import { InvalidJson, jsonConverter, tokenList } from '../../shared/parse-attribute.js';
import { renderProgressBar } from '../../shared/progress-bar.js';
import { resultReader } from '../../shared/result-reader.js';
import { baseStyles } from '../../shared/styles.js';
import { priorLearningThreshold, rplCalculator, rplFiguresGiven, rplFor } from '../../shared/programme-figures.js';
import { changedSources, declarationsOf, itemHours, readResults, reviewItems, signersOf, type ResultsRead } from './review-data.js';
import { reviewStringsFor, type ReviewStrings } from './review-strings.js';
import type { ReviewView } from './review-view.js';
import { DigestChecks, SignoffForms } from './review-controllers.js';
import { renderReviewPage } from './review-page.js';
import { ksbReviewStyles } from './ksb-review.styles.js';

// This element's Welsh tables (and the summary's, which it shows), loaded (in `lazyChunks`) before a Welsh render.
const reviewWelsh = welshTable('review', () => import('./review-strings.cy.js'));
const summaryWelsh = welshTable('summary', () => import('../skills-scan/summary-strings.cy.js'));

/** Reading a saved review (`value`): a chunk of its own, loaded only when a value is given. */
const reviewReader = new LazyModule(() => import('../../model/validate-review.js'));
/** The RPL breakdown's rendering, shared with the scan's summary (that chunk), loaded with the figures or a saved review. */
const rplView = new LazyModule(() => import('../skills-scan/rpl-view.js'));
/** The results spreadsheet (`resultsToCSV`) and the file save, loaded on the first "Download CSV". */
/** The error summary of a failed submit, as the other elements show it. */
const errorCode = new LazyModule(() => import('../../shared/error-summary.js'));

const given = (v: unknown) => v !== undefined && v !== null && v !== '';
const input = (v: unknown) => (v instanceof InvalidJson ? v.text : v);


/**
 * `<ksb-review>`: the initial assessment review. The learner's, employer's
 * and provider's (or assessor's) results for one framework side by side, the
 * rating agreed per item with a reason where it differs from a party's, a
 * chart of the parties per section, the prior-learning (RPL) breakdown and
 * the training plan from the agreed ratings, and each party's sign-off:
 * the record a provider keeps as evidence of the initial assessment. Printed
 * (or saved as PDF from the print dialogue), it is a complete document.
 *
 * The element records what each signer typed and when. It does not check who
 * they are: the host authenticates people, and signs the submitted digest on
 * its server where it needs proof of who submitted.
 *
 * @summary Three-party initial assessment review: side-by-side ratings, agreed starting point, RPL, training plan and sign-off.
 *
 * @tagname ksb-review
 *
 * @fires ksb-change - On every agreed rating, reason or sign-off (a `KsbReviewChangeEvent`): `detail.review` is the whole current review (`ksb-review/1`), `detail.item` the item changed.
 * @fires ksb-submit - When the review is submitted (a `KsbReviewSubmitEvent`): `detail.review` has `submitted` and its `integrity` digest.
 * @fires ksb-error - For bad input: the framework, `src`, `results` (not a result, another framework or version, two from one party, a failed digest), `value`, `programme` figures, `signoff` (`signers`, `declarations`) or `selection` (`items`).
 * @fires ksb-load - When a framework has been read, validated and is shown.
 *
 * @csspart header - Title and progress.
 * @csspart progress - The progress bar of the ratings agreed.
 * @csspart error - An error panel (bad framework, results or value).
 * @csspart retry - The error panel's "Try again" (a failed `src` load) or "Start afresh" (bad saved input) button.
 * @csspart translation - The notice of a translation's problems (with `notice`).
 * @csspart error-summary - "There is a problem": after a failed submit, a link to each step missing (focused).
 * @csspart notice - A notice: ratings changed since the review recorded them, or a conversion from IfATE JSON.
 * @csspart record - The record's facts: standard, version, learner, ratings reviewed, dates and digest.
 * @csspart comparison - One section's table of the parties' ratings.
 * @csspart row - One item's row (`data-item` is its id).
 * @csspart disagreement - A row flagged for discussion (with `row`).
 * @csspart chart - The chart and table of the parties' means per section.
 * @csspart rpl - The RPL breakdown from the agreed ratings.
 * @csspart rpl-headline - The RPL share, the figures before and after, and the limits that applied.
 * @csspart funding - "For the Apprenticeship Service and your ILR": the RPL figures under the systems' field names, with copy buttons.
 * @csspart plan - The training plan.
 * @csspart signoff - One party's sign-off.
 * @csspart signed - What a party signed, and when.
 * @csspart button - The submit button.
 *
 * @cssprop --ksb-font-family - Font of the element.
 * @cssprop --ksb-color-text - Text colour.
 * @cssprop --ksb-color-background - Background.
 * @cssprop --ksb-color-surface - Background of panels and table headings.
 * @cssprop --ksb-color-border - Borders.
 * @cssprop --ksb-color-accent - Progress, bars and links.
 * @cssprop --ksb-color-error - Errors and flagged rows.
 * @cssprop --ksb-color-focus - Focus ring.
 * @cssprop --ksb-space - Base spacing unit.
 */
export class KsbReview extends KsbFormElement {
  static override styles = [baseStyles, ksbReviewStyles];

  /**
   * The parties' results for this framework id and version, one per party
   * (`ksb-result/1`, from `<skills-scan>` or `<dreyfus-rater>` with `party`),
   * as an array of objects or JSON text. A result that cannot be reviewed is
   * left out with a visible message and `ksb-error` (source `results`).
   */
  @property({ converter: jsonConverter }) results?: unknown;

  /** A saved review (`ksb-review/1`, from `ksb-change` or `ksb-submit`) to resume, as an object or JSON text. */
  @property({ converter: jsonConverter }) value?: unknown;

  /** Flag an item for discussion when the parties' ratings spread by at least this many points (default 2). */
  @property({ type: Number }) disagreement = 2;

  /** Who the review is about (default: the subject the results name). */
  @property() subject?: string;

  /** Only these item ids, space- or comma-separated (default: the items a scan asks about, and any item a party rated). */
  @property() items = '';

  /** Group the items by `category` (knowledge, skills, behaviours), `duty` or `parent`. */
  @property({ attribute: 'group-by' }) groupBy: 'category' | 'duty' | 'parent' = 'category';

  /** Who signs, space- or comma-separated parties (default: the parties whose results are reviewed, and the provider). */
  @property() signers = '';

  /** Each party's declaration (an object of party to text, or JSON), over the built-in wording in the element's language. */
  @property({ converter: jsonConverter }) declarations?: unknown;

  /** Planned off-the-job hours with no prior learning (RPL calculation). */
  @property({ type: Number, attribute: 'otj-hours' }) otjHours?: number;
  /** Minimum off-the-job hours for the planned duration (RPL calculation). */
  @property({ type: Number, attribute: 'otj-minimum' }) otjMinimum?: number;
  /** Planned duration in whole months with no prior learning (RPL calculation). */
  @property({ type: Number, attribute: 'duration-months' }) durationMonths?: number;
  /** The standard's funding band maximum in pounds (RPL calculation). */
  @property({ type: Number, attribute: 'band-maximum' }) bandMaximum?: number;
  /** Planned (negotiated) price in pounds with no prior learning (RPL calculation). */
  @property({ type: Number }) price?: number;
  /** Off-the-job hours per item (`[{ "item": "K1", "hours": 6 }]`): the RPL calculation and the training plan's hours. */
  @property({ attribute: 'hours-per-item', converter: jsonConverter }) hoursPerItem?: unknown;
  /** The funding rules year of the RPL calculation (default the current one). */
  @property({ attribute: 'funding-year' }) fundingYear?: string;
  /** The agreed rating at or above which an item counts as prior learning (default the scale's second-highest point). */
  @property({ type: Number, attribute: 'prior-learning-threshold' }) priorLearningThreshold?: number;

  /** The review in progress (without its derived `rpl` and `plan`). */
  @state() private review?: Review;
  @state() private onlyFlagged = false;
  @state() private takenMessage = '';
  @state() private valueProblems: Problem[] = [];
  /** What each signer has typed and not yet signed: kept across renders and changes of `results`. */
  private readonly forms = new SignoffForms(() => this.requestUpdate());
  /** The digest checks of `value` and of each `results` entry. */
  private readonly digestChecks = new DigestChecks(() => this.requestUpdate());

  private readonly memo = new Memo();
  private valueRead?: unknown;
  private reported = new Set<unknown>();
  private submitting?: Promise<void>;

  /** The review's own strings in the element's language. */
  private get text(): ReviewStrings {
    return reviewStringsFor(this.effectiveLang);
  }

  /** The current review, with its RPL breakdown and training plan (treat as read-only). */
  get currentReview(): Review | undefined {
    const review = this.review;
    if (!review || !this.currentFramework) return review;
    const rpl = this.rplCalculation()?.breakdown ?? review.rpl;
    const plan = this.plan;
    return this.memo.get('derived', [review, rpl, plan], () => compact({ ...review, rpl, plan }) as Review);
  }

  protected override lazyChunks(): (Promise<void> | undefined)[] {
    const figures = rplFiguresGiven(this);
    return [
      ...super.lazyChunks(),
      reviewWelsh.load(this.effectiveLang),
      summaryWelsh.load(this.effectiveLang),
      given(this.results) ? resultReader.load() : undefined,
      given(this.value) ? reviewReader.load() : undefined,
      this.digestChecks.check(this.results, this.value),
      figures ? rplCalculator.load() : undefined,
      figures || given(this.value) ? rplView.load() : undefined,
      this.showErrors ? errorCode.load() : undefined,
    ];
  }

  /** The results that can be reviewed, read once per change of the inputs. */
  private get read(): ResultsRead {
    const fw = this.fullFramework;
    const reader = resultReader.value;
    if (!fw || !reader) return { results: [], problems: [] };
    const raw = input(this.results);
    // JSON text given as the property is parsed once per text, so the read below stays memoised.
    const parsed = typeof raw === 'string' ? this.memo.get('parsed', [raw], () => safeParse(raw)) : raw;
    const digests = this.digestChecks.statuses;
    return this.memo.get('read', [parsed, fw, reader, digests], () => readResults(parsed, fw, reader.validateResult, digests.slice(1)));
  }

  /** The scale of the review: the one the results share, else the saved review's. */
  private get scale(): Scale | undefined {
    const id = this.read.scale ?? this.review?.scale;
    const scale = id ? findScale(id, this.currentFramework) : undefined;
    return scale && (this.strings.builtIn?.scale(scale) ?? scale);
  }

  private get reviewedItems(): Item[] {
    const fw = this.currentFramework;
    if (!fw) return [];
    // Items agreed in a saved review are shown too, even when no party's result names them any more.
    const agreedKey = this.review?.items.map((i) => i.item).join('\n');
    return this.memo.get('items', [fw, this.read.results, this.items, agreedKey], () =>
      reviewItems(fw, this.read.results, tokenList(this.items), agreedKey ? agreedKey.split('\n') : []),
    );
  }

  private get sections(): ScanSection[] {
    const fw = this.currentFramework;
    if (!fw) return [];
    const items = this.reviewedItems;
    return this.memo.get('sections', [fw, items, this.groupBy, this.effectiveLang], () => {
      // A framework without knowledge, skills and behaviours (NHS-style competencies) is grouped by its domains.
      const ksb = items.some((i) => i.type === 'knowledge' || i.type === 'skill' || i.type === 'behaviour');
      const groupBy: GroupBy = this.groupBy === 'duty' ? 'duty' : this.groupBy === 'parent' || (!ksb && items.some((i) => i.parent)) ? 'parent' : 'type';
      const sections = scanSections(fw, items, groupBy);
      return groupBy === 'type' ? (this.strings.builtIn?.sections(fw, sections) ?? sections) : sections;
    });
  }

  private get comparisons(): PartyComparison[] {
    const items = this.reviewedItems;
    return this.memo.get('compare', [this.read.results, items, this.disagreement], () =>
      compareParties(this.read.results, items.map((i) => i.id), this.points),
    );
  }

  /** Ids named by `items` that the framework lacks, once per change of either. */
  private get selectionProblems(): Problem[] {
    const fw = this.currentFramework;
    return fw && this.items ? this.memo.get('unknown-items', [fw, this.items], () => unknownItemProblems(fw, tokenList(this.items))) : [];
  }

  /** The disagreement threshold in force: `disagreement` when it is a positive number, else 2. */
  private get points(): number {
    return Number.isFinite(this.disagreement) && this.disagreement > 0 ? this.disagreement : 2;
  }

  private get signerInfo() {
    return this.memo.get('signers', [this.signers, this.read.results], () => signersOf(tokenList(this.signers), this.read.results));
  }

  private get declarationInfo() {
    const defaults = this.text.declarations;
    return this.memo.get('declarations', [this.declarations, defaults], () => declarationsOf(input(this.declarations), defaults));
  }

  private get gaps(): ReviewGaps {
    const review = this.review;
    if (!review) return { unagreed: [], reasonsMissing: [], unsigned: [] };
    return this.memo.get('gaps', [review, this.comparisons, this.signerInfo.signers], () => reviewGaps(review, this.comparisons, this.signerInfo.signers));
  }

  /** The RPL calculation from the agreed ratings, when the programme figures are given (and the calculator is in). */
  private rplCalculation(): RplCalculation | undefined {
    const scale = this.scale;
    const review = this.review;
    if (!scale || !review) return undefined;
    const deps = [review.items, scale, this.reviewedItems, this.otjHours, this.otjMinimum, this.durationMonths, this.bandMaximum, this.price, this.hoursPerItem, this.fundingYear, this.priorLearningThreshold, rplCalculator.value];
    return this.memo.get('rpl', deps, () => rplFor(this, agreedResult(review), this.reviewedItems.map((i) => i.id), scale));
  }

  private get plan() {
    const fw = this.currentFramework;
    const scale = this.scale;
    const review = this.review;
    if (!fw || !scale || !review) return undefined;
    const groupBy: GroupBy = this.groupBy === 'duty' ? 'duty' : this.groupBy === 'parent' ? 'parent' : 'type';
    return this.memo.get('plan', [fw, this.reviewedItems, review.items, scale, this.groupBy, this.hoursPerItem, this.priorLearningThreshold], () =>
      trainingPlan(fw, this.reviewedItems.map((i) => i.id), review, priorLearningThreshold(this, scale), groupBy, itemHours(this.hoursPerItem)),
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const fw = this.currentFramework;
    if (!fw || this.status !== 'ready') return;
    if (this.value !== this.valueRead && (reviewReader.value || !given(this.value))) this.applyValue();
    const read = this.read;
    this.reportOnce('results', read.problems);
    this.reportOnce('selection', this.selectionProblems);
    this.reportOnce('signoff', this.signerInfo.problems);
    this.reportOnce('signoff', this.declarationInfo.problems);
    const rpl = this.rplCalculation();
    if (rpl) this.reportOnce('programme', rpl.problems.filter((p) => p.severity === 'error'));
    const scale = this.scale;
    if (!this.review && read.results.length && scale) {
      this.review = createReview(fw, scale.id, read.results, new Date(), this.subject);
    } else if (this.review && read.results.length && !this.review.items.length && !this.review.signoffs.length) {
      // Nothing agreed yet: the sources simply follow the results.
      const sources = reviewSources(read.results);
      if (changedSources(this.review, sources).length || sources.length !== this.review.sources.length) this.review = { ...this.review, sources };
    }
    if (changed.has('subject') && this.review && this.subject) this.review = { ...this.review, subject: this.subject };
    this.syncForm();
  }

  /** Reports a list of problems with `ksb-error` once (the list is memoised per input). */
  private reportOnce(source: Parameters<KsbFrameworkElement['reportProblems']>[0], problems: Problem[]): void {
    if (!problems.length || this.reported.has(problems)) return;
    this.reported.add(problems);
    this.reportProblems(source, problems);
  }

  protected override frameworkChanged(framework: Framework, previous: Framework | undefined): void {
    // Another framework (or the first): the review starts afresh and a saved one is read against it. An equal one keeps what was agreed.
    if (!previous || previous.id !== framework.id || previous.version !== framework.version) {
      this.review = undefined;
      this.valueRead = undefined;
    }
  }

  /** Resumes a saved review: never one for another framework or version, or one that fails its digest. */
  private applyValue(): void {
    this.valueRead = this.value;
    this.valueProblems = [];
    if (!given(this.value)) return;
    const v = reviewReader.value!.validateReview(input(this.value), this.fullFramework);
    const problems = [...v.problems];
    if (this.digestChecks.statuses[0] === 'changed') problems.push({ path: '$.integrity', code: 'integrity', severity: 'error', message: 'The saved review has changed since it was submitted: it no longer matches its digest.' });
    const resultsScale = this.read.scale;
    if (v.value && resultsScale && v.value.scale !== resultsScale) {
      problems.push({ path: '$.scale', code: 'scale', severity: 'error', message: `The saved review uses the scale "${v.value.scale}"; the ratings use "${resultsScale}".` });
    }
    const refused = !v.value || problems.some((p) => p.severity === 'error' && (MISMATCH_CODES.has(p.code) || p.code === 'integrity' || p.code === 'scale')) || !v.valid;
    this.valueProblems = problems.filter((p) => p.severity === 'error');
    if (refused) {
      if (this.valueProblems.length) this.queueEvent(new KsbErrorEvent({ source: 'value', problems: this.valueProblems }));
      return;
    }
    this.review = v.value;
  }

  /** Records a change made by the reviewer: the sources are what they now see. */
  private change(next: Review, item?: string): void {
    const sources = reviewSources(this.read.results);
    this.review = sources.length ? { ...next, sources } : next;
    this.syncForm();
    this.queueEvent(new KsbReviewChangeEvent(compact({ review: this.currentReview!, item })));
  }

  private agree(item: string, raw: string): void {
    if (this.readonly || !this.review) return;
    const agreed = raw === '' ? undefined : raw === 'unsure' ? null : Number(raw);
    this.change(setAgreed(this.review, item, { agreed }), item);
  }

  private setReason(item: string, reason: string): void {
    if (this.readonly || !this.review) return;
    this.change(setAgreed(this.review, item, { reason: reason.trim() ? reason : undefined }), item);
  }

  /** Takes one party's rating for every item where the parties agree and nothing is agreed yet. */
  takePartyRatings(party: Party): number {
    if (this.readonly || !this.review) return 0;
    const before = this.review.items.length;
    const next = takePartyRatings(this.review, this.comparisons, party);
    const taken = next.items.length - before;
    this.takenMessage = this.text.takenParty(this.text.partyNames[party], taken);
    if (taken) this.change(next);
    return taken;
  }

  private sign(party: Party): void {
    if (this.readonly || !this.review) return;
    const { signoff, problem } = this.forms.take(party, this.text);
    if (problem) {
      void errorCode.load()?.then(() => this.requestUpdate());
      this.focusAfterRender(`#signoff-${party}-${problem.field}`);
      return;
    }
    this.change(setSignoff(this.review, party, { ...signoff!, statement: this.declarationInfo.declarations[party] }));
    this.focusAfterRender(`fieldset[data-party="${party}"] button`);
  }

  private unsign(party: Party): void {
    if (this.readonly || !this.review) return;
    const signed = this.review.signoffs.find((x) => x.party === party);
    if (signed) this.forms.restore(signed);
    this.change(setSignoff(this.review, party, undefined));
    this.focusAfterRender(`#signoff-${party}-name`);
  }

  /**
   * Submits the review: stamps `submitted` and the `integrity` digest and
   * emits `ksb-submit` once the digest is computed (`updateComplete` waits
   * for it). Returns false, showing what is missing, when `required` and
   * the review is incomplete.
   */
  submit(): boolean {
    if (!this.currentFramework || !this.review || this.readonly) return false;
    this.syncForm();
    if (!this.internals.checkValidity()) {
      this.internals.reportValidity();
      return false;
    }
    const now = new Date().toISOString();
    const { integrity: _old, ...current } = this.currentReview!;
    const sources = reviewSources(this.read.results);
    const submitted: Review = { ...current, sources: sources.length ? sources : current.sources, submitted: now, updated: now };
    this.review = submitted;
    this.showErrors = false;
    const done = stamped(submitted).then((review) => {
      if (this.review === submitted) this.review = review;
      this.syncForm();
      this.queueEvent(new KsbReviewSubmitEvent({ review }));
    });
    this.submitting = done;
    void done.finally(() => this.submitting === done && (this.submitting = undefined));
    return true;
  }

  /** The parties' results reviewed: `downloadCSV()` saves a row per party and item. */
  protected get csvResults(): readonly Result[] {
    return this.read.results;
  }

  /** Keeps the form value and validity in step with the review. */
  private syncForm(): void {
    const review = this.currentReview;
    const json = review ? JSON.stringify(review) : null;
    this.internals.setFormValue(json, json);
    const g = this.gaps;
    const missing = g.unagreed.length + g.reasonsMissing.length + g.unsigned.length;
    if (this.required && this.review && missing) {
      this.internals.setValidity({ valueMissing: true }, this.text.requiredMessage(missing), this.renderRoot?.querySelector<HTMLElement>('select, button') ?? undefined);
    } else {
      this.internals.setValidity({});
    }
    if (this.showErrors && !missing) this.showErrors = false;
  }

  /** Called by the browser when the enclosing form is reset: the review starts afresh. */
  formResetCallback(): void {
    this.review = undefined;
    this.forms.clear();
    this.showErrors = false;
    this.requestUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.submitting && !this.isUpdatePending) return done;
    await this.submitting;
    return this.getUpdateComplete();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('status') && this.status === 'ready' && !this.readonly) integrityCode.prefetch();
    if (changed.has('required') && this.required) errorCode.prefetch();
    super.updated(changed);
  }

  private inlineError(id: string, text: string): TemplateResult | typeof nothing {
    const code = errorCode.value;
    if (!code) return html`<p class="error-message" id=${id}>${text}</p>`;
    adoptChunkStyles(this, code.errorSummaryStyles);
    return code.renderInlineError(this.strings, id, text);
  }

  private indexOf(item: string): number {
    return this.memo.get('index', [this.reviewedItems], () => new Map(this.reviewedItems.map((i, n) => [i.id, n]))).get(item) ?? -1;
  }

  /** The error summary after a failed submit: a link to each step missing. */
  private renderErrorSummary(view: ReviewView): TemplateResult | typeof nothing {
    const code = errorCode.value;
    if (!this.showErrors || !code) return nothing;
    adoptChunkStyles(this, code.errorSummaryStyles);
    const s = this.text;
    const byId = new Map(this.reviewedItems.map((i) => [i.id, i]));
    const go = (selector: string, item?: string) => () => {
      // A row hidden by the filter is shown before it is focused.
      if (item && this.onlyFlagged && !view.comparisons.get(item)?.flagged) this.onlyFlagged = false;
      this.focusAfterRender(selector);
    };
    const g = this.gaps;
    const problems: SummaryProblem[] = [
      ...g.unagreed.map((id) => ({ target: `agreed-${this.indexOf(id)}`, text: s.missingAgreed(itemName(byId.get(id)!)), go: go(`#agreed-${this.indexOf(id)}`, id) })),
      ...g.reasonsMissing.map((id) => ({ target: `reason-${this.indexOf(id)}`, text: s.missingReason(itemName(byId.get(id)!)), go: go(`#reason-${this.indexOf(id)}`, id) })),
      ...g.unsigned.map((p) => ({ target: `signoff-${p}-name`, text: s.missingSignoff(s.partyNames[p]), go: go(`#signoff-${p}-name`) })),
    ];
    return code.renderErrorSummary(this.strings, problems);
  }

  override render(): TemplateResult {
    const fw = this.currentFramework;
    const state = this.renderFrameworkState(fw);
    if (state || !fw) return state ?? html``;
    const s = this.text;
    const strings = this.strings;
    const lang = this.effectiveLang;
    const read = this.read;
    const review = this.currentReview;
    const scale = this.scale;
    const subject = this.subject || review?.subject;
    const header = (agreed: number, total: number): TemplateResult => html`<div class="header" part="header">
      <h2 id="title" tabindex="-1">${subject ? s.reviewOf(subject) : s.reviewUntitled}</h2>
      <p class="hint"><span class="title">${fw.title}</span>${fw.reference ? html` (<bdi>${fw.reference}</bdi>)` : nothing}, ${s.version.toLowerCase()} <bdi>${fw.version}</bdi></p>
      ${total ? renderProgressBar(s.progressLabel, s.progress(agreed, total), agreed, total) : nothing}
      ${this.readonly ? html`<p class="hint">${s.readonlyNote}</p>` : nothing}
      ${review?.submitted ? html`<p role="status">${s.submittedNote(formatDate(review.submitted, lang))}</p>` : nothing}
    </div>`;
    const inputProblems = [...this.signerInfo.problems, ...this.declarationInfo.problems, ...this.selectionProblems];
    const notes = html`${this.renderInputNotes()}
      ${read.problems.length ? renderErrorPanel(strings, read.problems, s.resultsErrorTitle, s.resultsErrorIntro) : nothing}
      ${this.valueProblems.length ? renderErrorPanel(strings, this.valueProblems, s.valueErrorTitle, s.valueErrorIntro) : nothing}
      ${inputProblems.length ? renderErrorPanel(strings, inputProblems) : nothing}`;
    if (!review || !scale || (!read.results.length && !this.review?.items.length)) {
      return html`${header(0, 0)}${notes}<p class="status" role="status">${s.noResults}</p>`;
    }
    const comparisons = this.comparisons;
    const byItem = this.memo.get('by-item', [comparisons], () => new Map(comparisons.map((c) => [c.item, c])));
    const agreed = this.memo.get('agreed', [review.items], () => new Map(review.items.map((a) => [a.item, a])));
    const view: ReviewView = {
      s,
      strings,
      lang,
      framework: fw,
      scale,
      sections: this.sections,
      results: read.results,
      review,
      comparisons: byItem,
      agreed,
      editable: !this.readonly,
      onlyFlagged: this.onlyFlagged,
      gaps: this.showErrors ? this.gaps : undefined,
      indexOf: (id) => this.indexOf(id),
      textLang: (key) => this.textLang(key),
      inlineError: (id, text) => this.inlineError(id, text),
      agree: (item, value) => this.agree(item, value),
      setReason: (item, reason) => this.setReason(item, reason),
    };
    const rpl = this.rplCalculation();
    const rplCode = rplView.value;
    const rplShown = rpl ? { breakdown: rpl.breakdown, problems: rpl.problems } : review.rpl ? { breakdown: review.rpl, problems: [], stored: review.submitted ?? review.updated } : undefined;
    if (rplShown && rplCode) adoptChunkStyles(this, rplCode.rplStyles);
    return renderReviewPage(view, {
      header,
      notes,
      changedParties: changedSources(review, reviewSources(read.results)).map((p) => s.partyNames[p]),
      errorSummary: this.renderErrorSummary(view),
      points: this.points,
      takenMessage: this.takenMessage,
      take: (party) => this.takePartyRatings(party),
      filter: (on) => (this.onlyFlagged = on),
      rpl: rplShown && rplCode ? rplCode.renderRpl({ strings, lang, scale, framework: fw }, rplShown) : undefined,
      plan: this.plan,
      signers: this.signerInfo.signers,
      declarations: this.declarationInfo.declarations,
      signoff: {
        draft: (p) => this.forms.draft(p),
        edit: (p, field, value) => this.forms.edit(p, field, value),
        sign: (p) => this.sign(p),
        unsign: (p) => this.unsign(p),
        problem: (p) => this.forms.problem(p),
      },
      submit: () => this.submit(),
      download: () => void this.downloadCSV(),
    });
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
