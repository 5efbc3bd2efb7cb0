/**
 * "For the Apprenticeship Service and your ILR": the RPL figures under the
 * names the two systems use (`fundingRecordFields`), each number with a copy
 * button, and where a mapping is a judgement, that judgement in words. Part of
 * the RPL view of the scan's summary and of `<ksb-review>`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fundingRecordFields, type FundingField } from '../../model/funding-fields.js';
import type { RplBreakdown } from '../../model/rpl.js';
import { formatMoney, formatNumber, formatPercent } from '../../shared/number-format.js';
import type { SummaryStrings } from './summary-strings.js';

/** The value as a person reads it, in the page's language. */
function shownValue(f: FundingField, t: SummaryStrings, lang: string): string {
  if (typeof f.value === 'boolean') return f.value ? t.yes : t.no;
  switch (f.unit) {
    case 'hours':
      return t.fundingHours(formatNumber(f.value, lang));
    case 'weeks':
      return t.fundingWeeks(formatNumber(f.value, lang));
    case 'pounds':
      return formatMoney(f.value, lang, 0);
    case 'percent':
      return formatPercent(f.value / 100, lang);
    default:
      return formatNumber(f.value, lang);
  }
}

/**
 * Copies a value (the bare number, as the systems take it) and says so in the
 * panel's status line. The status lives in the DOM, not the element, so no
 * re-render is needed; where the clipboard is refused (an insecure page, a
 * denied permission) the status says how to copy by hand.
 */
async function copyValue(e: Event): Promise<void> {
  const button = e.currentTarget as HTMLButtonElement;
  const status = button.closest('.funding')?.querySelector('.copy-status');
  const { value = '', copied = '', failed = '' } = button.dataset;
  try {
    await navigator.clipboard.writeText(value);
    if (status) status.textContent = copied;
  } catch {
    if (status) status.textContent = failed;
  }
}

function renderTable(id: string, caption: string, fields: FundingField[], t: SummaryStrings, lang: string): TemplateResult | typeof nothing {
  if (!fields.length) return nothing;
  return html`<div class="table-scroll" role="region" aria-labelledby=${id} tabindex="0">
    <table class="data-table funding-table">
      <caption id=${id}>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.fundingQuestion}</th>
          <th scope="col">${t.fundingField}</th>
          <th scope="col">${t.fundingValue}</th>
        </tr>
      </thead>
      <tbody>
        ${fields.map((f) => {
          const shown = shownValue(f, t, lang);
          const raw = String(f.value);
          return html`<tr data-field=${f.field}>
            <th scope="row">
              <span lang="en">${f.label}</span>
              ${f.judgement ? html`<span class="hint funding-judgement">${t.fundingJudgement} <span lang="en">${f.judgement}</span></span>` : nothing}
            </th>
            <td><code>${f.field}</code></td>
            <td class="funding-value">
              <span class="value">${shown}</span>
              ${typeof f.value === 'number'
                ? html`<button
                    type="button"
                    part="button"
                    class="secondary copy"
                    data-value=${raw}
                    data-copied=${t.fundingCopied(raw, f.field)}
                    data-failed=${t.fundingCopyFailed}
                    @click=${copyValue}
                  >
                    ${t.fundingCopy}<span class="visually-hidden"> ${f.field}</span>
                  </button>`
                : nothing}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** The panel, or a line saying no field names are known for the breakdown's funding year. */
export function renderFundingFields(b: RplBreakdown, t: SummaryStrings, lang: string): TemplateResult {
  const { apprenticeshipService, ilr } = fundingRecordFields(b);
  return html`<section class="funding" part="funding" aria-labelledby="funding-title">
    <h5 class="rpl-subtitle" id="funding-title">${t.fundingTitle}</h5>
    ${apprenticeshipService.length || ilr.length
      ? html`<p>${t.fundingIntro(b.fundingYear)}</p>
          ${renderTable('funding-service', t.fundingService, apprenticeshipService, t, lang)} ${renderTable('funding-ilr', t.fundingIlr, ilr, t, lang)}
          <p class="copy-status" role="status"></p>`
      : html`<p>${t.fundingUnknownYear(b.fundingYear)}</p>`}
  </section>`;
}
