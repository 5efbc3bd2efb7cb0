/** The matrix's toolbar: the filter, the type toggles, the cohort's change toggle and the CSV download. Rendering only. */
import { html, nothing, type TemplateResult } from 'lit';
import type { MatrixStrings } from './matrix-strings.js';

export interface ToolbarView {
  strings: MatrixStrings;
  filter: string;
  /** The filter's hint: what it matches (statements, or learners in the cohort view). */
  filterHint: string;
  types: { id: string; label: string }[];
  hiddenTypes: ReadonlySet<string>;
  /** The cohort view's "change since the baseline" toggle, when there are baselines. */
  change?: boolean;
  onFilter(value: string): void;
  onToggleType(type: string): void;
  onChange(change: boolean): void;
  onDownload(): void;
}

export function renderToolbar(v: ToolbarView): TemplateResult {
  const ms = v.strings;
  return html`<div part="toolbar" class="toolbar">
    <div class="filter">
      <label for="filter">${ms.filter}</label>
      <input id="filter" type="search" .value=${v.filter} aria-describedby="filter-hint" @input=${(e: Event) => v.onFilter((e.target as HTMLInputElement).value)} />
      <span id="filter-hint" class="hint">${v.filterHint}</span>
    </div>
    ${v.types.length > 1
      ? html`<fieldset class="types">
          <legend>${ms.show}</legend>
          ${v.types.map(
            (t) => html`<label class="toggle"
              ><input type="checkbox" .checked=${!v.hiddenTypes.has(t.id)} @change=${() => v.onToggleType(t.id)} /> ${t.label}</label
            >`,
          )}
        </fieldset>`
      : nothing}
    ${v.change !== undefined
      ? html`<label class="toggle"
          ><input type="checkbox" .checked=${v.change} @change=${(e: Event) => v.onChange((e.target as HTMLInputElement).checked)} /> ${ms.showChange}</label
        >`
      : nothing}
    <button type="button" class="secondary" @click=${v.onDownload}>${ms.download}</button>
  </div>`;
}
