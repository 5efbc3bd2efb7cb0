/**
 * The list layout of `<ksb-matrix>` (one card per row, listing the columns it
 * has a cell in): a chunk of its own, which the element loads before
 * rendering only when the list is shown (`layout="list"`, or `auto` in a
 * narrow container).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Association, Framework } from '../../model/framework.js';
import type { MatrixProgress } from './matrix-progress.js';
import { cellFor, rateable, type AxisEntry } from './matrix-model.js';

/** Styles of the list layout, added to the element when it is shown (`adoptChunkStyles`). */
export const listStyles = css`
  .list .card {
    border-top: 1px solid var(--_border);
    padding: 0.75rem 0;
  }
  .list ul {
    padding-inline-start: 1.25rem;
    margin: 0.5rem 0 0;
  }
  .list li {
    margin-bottom: 0.35rem;
  }
`;

/** What the list renders from. */
export interface ListView {
  framework: Framework;
  links: Map<string, Association[]>;
  caption: string;
  rows: readonly AxisEntry[];
  columns: readonly AxisEntry[];
  /** Per row, the rated items it is linked to (`linkedItems`). */
  linked: Map<string, string[]>;
  /** With results: their progress. */
  progress?: MatrixProgress;
  select(row: AxisEntry, col: AxisEntry | undefined): void;
  /** The language of an entry's longer text (its statement), for its `lang`. */
  detailLang(entry: AxisEntry): string | undefined;
}

export function renderList(v: ListView): TemplateResult {
  const { framework, links, progress } = v;
  return html`<div part="list" class="list" role="region" aria-label=${v.caption}>
    <h3 class="list-caption">${v.caption}</h3>
    ${v.rows.map((row) => {
      const cells = v.columns.map((col) => ({ col, cell: cellFor(framework, links, row, col) })).filter((x) => x.cell.kind !== 'empty');
      const linked = v.linked.get(row.key) ?? [];
      return html`<section class="card">
        <h4><button type="button" class="link" @click=${() => v.select(row, undefined)}><bdi>${row.label}</bdi></button></h4>
        ${row.detail ? html`<p><bdi lang=${v.detailLang(row) ?? nothing}>${row.detail}</bdi></p>` : nothing} ${progress?.badge(rateable(row)) ?? nothing}
        ${progress && linked.length ? html`<p class="progress-text">${progress.metText(linked)}</p>` : nothing}
        <ul>
          ${cells.map(
            ({ col, cell }) =>
              html`<li>
                <button type="button" class="link" @click=${() => v.select(row, col)}><bdi>${col.label}</bdi></button>${cell.kind === 'text'
                  ? html`: <bdi>${cell.text}</bdi>`
                  : html` ${col.detail ? html`<span class="hint"><bdi>${col.detail}</bdi></span>` : nothing}`}
                ${progress?.badge(rateable(col)) ?? nothing}
              </li>`,
          )}
        </ul>
      </section>`;
    })}
  </div>`;
}
