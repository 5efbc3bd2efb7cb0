/**
 * The parts of `<dreyfus-rater>` below the questions, and the trends: the
 * summary (each rating against the target, the career level the ratings
 * support, training for competencies below target) and, with `history`, each
 * competency's earlier ratings. A chunk of its own: the element prefetches it
 * once the competencies are on screen, and waits for it before rendering
 * when `history` is given. Everything renders from a `RaterView` the element
 * builds, so the element's state stays in the element.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { Framework, Item, Level, Scale } from '../../model/framework.js';
import { responseFor, type Result } from '../../model/result.js';
import { itemName } from '../../model/summary.js';
import { formatDate } from '../../shared/localize.js';
import { careerSummary, safeUrl, trainingFor, trendFor, type CareerSummary, type TrendPoint } from './rater-progress.js';
import type { RaterStrings } from './rater-strings.js';
import { raterSummaryStringsFor } from './rater-summary-strings.js';

export { readHistory } from './rater-progress.js';

/**
 * Styles of the summary and trends, added to the element when this chunk is in (`adoptChunkStyles`).
 * A trend's arrow is mirrored in a right-to-left page (the bidi algorithm does not mirror "→", and
 * there the earliest value is on the right).
 */
export const raterSummaryStyles = css`
  .trend-arrow:dir(rtl) {
    display: inline-block;
    transform: scaleX(-1);
  }
  .trend {
    margin-bottom: calc(var(--_space) * 0.75);
  }
  .trend-title {
    margin-bottom: 0.25rem;
  }
  .trend-body {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem 1rem;
  }
  .trend-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .trend-list .now {
    font-weight: bold;
  }
  .sparkline {
    flex: none;
    border: 1px solid var(--_border);
  }
  .spark-line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .spark-dot {
    fill: var(--_bg);
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .spark-dot.now {
    fill: var(--_accent);
  }
  .spark-target {
    stroke: var(--_muted);
    stroke-dasharray: 3 3;
  }
  .summary h4 {
    margin-top: calc(var(--_space) * 1.25);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: var(--_space);
  }
  .table-title {
    font-size: 1em;
  }
  th,
  td {
    /* Words stay whole in cells, so narrow columns do not split "Rating". */
    overflow-wrap: break-word;
    hyphens: auto;
    text-align: start;
    vertical-align: top;
    padding: 0.5rem 0.5rem 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  /* Decorative marks: the words beside them say the same; the alt text keeps them silent. */
  .against {
    display: block;
    font-size: 0.875em;
  }
  .at-target::before {
    content: '✓ ';
    content: '✓ ' / '';
    color: var(--_success);
  }
  .below-target::before {
    content: '✗ ';
    content: '✗ ' / '';
    color: var(--_error);
  }
  .table-scroll {
    overflow-x: auto;
    margin-bottom: var(--_space);
  }
  .table-scroll table {
    margin-bottom: 0;
  }
  .table-scroll .levels-table {
    min-width: 34rem;
  }
  .table-scroll:focus-visible {
    box-shadow: none;
  }
  .attained {
    border: 3px solid var(--_success);
    padding: calc(var(--_space) * 0.75) var(--_space) calc(var(--_space) * 0.25);
    margin-bottom: var(--_space);
  }
  .attained-row th,
  .attained-row td {
    font-weight: bold;
  }
  .missing {
    padding-inline-start: 1.25rem;
  }
  .training-group .hint {
    display: block;
  }
  .training-group ul {
    padding-inline-start: 1.25rem;
  }
  .training-group li {
    margin-bottom: 0.25rem;
  }
  .summary-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  .submit {
    background: var(--_success);
    font-weight: bold;
  }
  @media (forced-colors: active) {
    .spark-line,
    .spark-dot,
    .spark-target {
      stroke: CanvasText;
    }
    .spark-dot.now {
      fill: CanvasText;
    }
    .attained {
      border-color: CanvasText;
    }
  }
`;

/** The element's state the summary and trends render from. */
export interface RaterView {
  text: RaterStrings;
  lang: string;
  framework: Framework;
  result?: Result;
  /** The competencies rated, in order. */
  items: Item[];
  scale: Scale;
  target: number;
  /** Earlier results, oldest first. */
  history: Result[];
  readonly: boolean;
  levelName(level: Level): string;
  pointLabel(value: number | null | undefined): string;
  submit(): void;
  /** Saves the ratings as a spreadsheet. */
  download(): void;
}

/** A competency's earlier ratings: a sparkline and the list it draws. */
export function renderTrend(v: RaterView, itemId: string): TemplateResult | typeof nothing {
  const sm = raterSummaryStringsFor(v.lang);
  const { lang } = v;
  const points = trendFor(v.history, v.result, itemId);
  if (!points.length) return nothing;
  const first = points[0];
  const last = points[points.length - 1];
  const label = (p: TrendPoint) => v.scale.points.find((x) => x.value === p.value)?.label ?? '';
  return html`<div part="trend" class="trend">
    <p class="trend-title"><strong>${sm.earlierRatings}</strong></p>
    <div class="trend-body">
      ${renderSparkline(v, points)}
      <ol class="trend-list">
        ${points.map(
          (p) =>
            html`<li class=${p.current ? 'now' : ''}>
              ${p.current ? sm.trendNow(String(p.value), label(p)) : sm.trendEntry(formatDate(p.date, lang), p.rater, String(p.value), label(p))}
            </li>`,
        )}
      </ol>
    </div>
    ${points.length > 1 ? html`<p class="trend-change">${sm.trendChange(last.value - first.value, formatDate(first.date, lang))}</p>` : nothing}
  </div>`;
}

/** A small line of the ratings over time; decorative, as the list beside it gives the figures. */
function renderSparkline(v: RaterView, points: TrendPoint[]): TemplateResult {
  const scale = v.scale.points;
  const min = scale[0].value;
  const max = scale[scale.length - 1].value;
  const w = 120;
  const h = 40;
  const x = (i: number) => (points.length === 1 ? w / 2 : 6 + (i * (w - 12)) / (points.length - 1));
  const y = (value: number) => h - 5 - ((value - min) / Math.max(1, max - min)) * (h - 10);
  const line = points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ');
  return html`<svg class="sparkline" viewBox="0 0 ${w} ${h}" width=${w} height=${h} aria-hidden="true" focusable="false">
    ${svg`<line class="spark-target" x1="0" x2=${w} y1=${y(v.target)} y2=${y(v.target)}></line>
      <polyline class="spark-line" points=${line}></polyline>
      ${points.map((p, i) => svg`<circle class="spark-dot ${p.current ? 'now' : ''}" cx=${x(i)} cy=${y(p.value)} r="3.5"></circle>`)}`}
  </svg>`;
}

/** The summary below its heading (which the element renders, so the heading is there while this chunk loads). */
export function renderSummaryBody(v: RaterView): TemplateResult {
  const sm = raterSummaryStringsFor(v.lang);
  const { text: t, target, framework: fw, items } = v;
  const history = v.history.length > 0;
  const below = items.filter((i) => {
    const value = responseFor(v.result, i.id)?.value;
    return typeof value === 'number' && value < target;
  });
  return html`<h4 id="ratings-title">${sm.ratingsTitle}</h4>
    <div class="table-scroll" role="region" aria-labelledby="ratings-title" tabindex="0">
    <table class="ratings-table" aria-labelledby="ratings-title">
      <thead>
        <tr>
          <th scope="col">${sm.competency}</th>
          <th scope="col">${sm.rating}</th>
          ${history ? html`<th scope="col">${sm.trend}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${items.map((item) => {
          const value = responseFor(v.result, item.id)?.value;
          const rated = typeof value === 'number';
          const trend = history ? trendFor(v.history, v.result, item.id) : [];
          return html`<tr data-item=${item.id}>
            <th scope="row">${itemName(item)}</th>
            <td>
              ${rated
                ? html`${v.pointLabel(value)}
                    <span class="against ${value >= target ? 'at-target' : 'below-target'}">${value >= target ? sm.atTarget : sm.belowTarget}</span>`
                : t.notRated}
            </td>
            ${history ? html`<td class="trend-values">${trend.length ? trend.map((p, i) => html`${i ? html` <span class="trend-arrow">→</span> ` : nothing}${p.value}`) : '–'}</td>` : nothing}
          </tr>`;
        })}
      </tbody>
    </table>
    </div>
    <p class="target">${t.targetRating(String(target), v.scale.points.find((p) => p.value === target)?.label ?? '')}</p>
    ${renderCareer(v, careerSummary(fw, v.result, target))} ${renderTraining(v, below)}
    <p class="summary-buttons">
      <button part="button" type="button" class="secondary download-csv" @click=${() => v.download()}>${sm.downloadCsv}</button>
      ${v.readonly ? nothing : html`<button part="button" type="button" class="submit" @click=${() => v.submit()}>${sm.submit}</button>`}
    </p>`;
}

function renderCareer(v: RaterView, career: CareerSummary | undefined): TemplateResult {
  const sm = raterSummaryStringsFor(v.lang);
  const t = v.text;
  if (!career) {
    return html`<div class="career"><h4>${sm.careerTitle}</h4><p>${sm.noRequirements}</p></div>`;
  }
  const byId = new Map(v.framework.items.map((i) => [i.id, i]));
  const name = (id: string) => {
    const item = byId.get(id);
    return item ? itemName(item) : id;
  };
  const payOf = (l: Level) => [l.payBand, l.pay].filter(Boolean).join(', ');
  const attained = career.attained;
  return html`<div class="career">
    <h4>${sm.careerTitle}</h4>
    <div part="attained" class="attained">
      <p><strong>${attained ? sm.supports(v.levelName(attained)) : sm.supportsNone}</strong></p>
      ${attained?.payBand ? html`<p>${t.payBand(attained.payBand)}</p>` : nothing}
      ${attained?.pay ? html`<p>${t.pay(attained.pay)}</p>` : nothing}
    </div>
    ${career.next
      ? html`<p class="next">${sm.nextLevel(v.levelName(career.next))}</p>
          <ul class="missing">
            ${career.missingForNext.map(
              (m) => html`<li>${typeof m.value === 'number' ? sm.missingRating(name(m.item), v.pointLabel(m.value)) : sm.missingUnrated(name(m.item))}</li>`,
            )}
          </ul>`
      : html`<p>${sm.allRatableMet}</p>`}
    <h5 id="levels-title" class="table-title">${sm.levelsTitle}</h5>
    <div class="table-scroll" role="region" aria-labelledby="levels-title" tabindex="0">
      <table class="levels-table" aria-labelledby="levels-title">
        <thead>
          <tr>
            <th scope="col">${sm.careerLevel}</th>
            <th scope="col">${sm.competencies}</th>
            <th scope="col">${sm.payHeading}</th>
            <th scope="col">${sm.status}</th>
          </tr>
        </thead>
        <tbody>
          ${career.levels.map(
            (s) => html`<tr data-level=${s.level.id} class=${attained === s.level ? 'attained-row' : ''}>
              <th scope="row"><bdi>${v.levelName(s.level)}</bdi></th>
              <td>${s.level.assesses?.length ? t.list(s.level.assesses.map(name)) : sm.noAssessed}</td>
              <td>${payOf(s.level) || '–'}</td>
              <td>${s.ratable ? (s.met ? sm.met : sm.notMet) : sm.notRatable}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </div>`;
}

function renderTraining(v: RaterView, below: Item[]): TemplateResult {
  const sm = raterSummaryStringsFor(v.lang);
  const t = v.text;
  const fw = v.framework;
  const groups = trainingFor(
    fw,
    below.map((i) => i.id),
  );
  const byId = new Map(fw.items.map((i) => [i.id, i]));
  return html`<div part="training" class="training">
    <h4>${sm.trainingTitle}</h4>
    ${!below.length
      ? html`<p>${sm.allAtTargetTraining}</p>`
      : !groups.length
        ? html`<p>${sm.noTraining}</p>`
        : groups.map(
            (g) => html`<div class="training-group">
              <p>
                <strong>${sm.trainingFor(t.list(g.items.map((id) => itemName(byId.get(id)!))))}</strong>
                ${g.level ? html`<span class="hint">${sm.trainingOfLevel(v.levelName(g.level))}</span>` : nothing}
              </p>
              <ul>
                ${g.resources.map((r) => {
                  const url = safeUrl(r.url);
                  return html`<li>
                    ${url ? html`<a href=${url}><bdi>${r.title}</bdi></a>` : html`<bdi>${r.title}</bdi>`}${r.provider ? html` <span class="hint">(<bdi>${r.provider}</bdi>)</span>` : nothing}
                  </li>`;
                })}
              </ul>
            </div>`,
          )}
  </div>`;
}
