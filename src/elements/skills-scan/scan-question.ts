/**
 * One question of `<skills-scan>` (an item's fieldset: its legend, a native
 * radio per point of the scale and "not sure", and the note), and the key to
 * the scale shown once per section. Rendered from a `QuestionContext` the
 * element builds once per render, so the element's state stays in the element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Item, Level, Scale } from '../../model/framework.js';
import type { Response, Result } from '../../model/result.js';
import { levelDescriptor } from '../../model/placement.js';
import { itemName } from '../../model/summary.js';
import { textKey } from '../../model/text-key.js';
import type { Strings } from '../../shared/localize.js';

/** What a question reads from its element. */
export interface QuestionContext {
  strings: Strings;
  readonly: boolean;
  /** A level self-placement (`scale="levels"`): each option shows the item's own descriptor for its level. */
  placement: boolean;
  /** The framework's levels, in a placement (empty otherwise). */
  levels: readonly Level[];
  /** Whom the ratings are about when the rater is another party; undefined for the learner's own scan. */
  about?: string;
  /** The framework's own scales (one of them may replace the built-in confidence scale). */
  ownScales?: readonly Scale[];
  /** The language of one framework text (`textKey`). */
  textLang(key: string): string | undefined;
  /** An unanswered item's inline error after a failed submit. */
  inlineError(id: string, text: string): TemplateResult | typeof nothing;
  respond(item: string, change: { value?: number | null; note?: string }, position: Result['position']): void;
  toggleNote(item: string): void;
}

/**
 * What each rating means, once per section rather than under every option
 * (each radio is described by its entry here). A level placement has no
 * key: its options carry each item's own descriptor.
 */
export function renderScaleKey(c: QuestionContext, sectionIndex: number, scale: Scale): TemplateResult | typeof nothing {
  if (c.placement) return nothing;
  const s = c.strings;
  const described = scale.points.filter((p) => p.description);
  if (!described.length) return nothing;
  // The built-in confidence scale speaks in the first person; another party is told about the subject instead.
  const about = c.about !== undefined && scale.id === 'confidence' && !c.ownScales?.some((x) => x.id === 'confidence') ? s.confidenceAbout(c.about) : undefined;
  return html`<dl part="scale-key" class="scale-key">
    ${scale.points.map((point, i) =>
      point.description
        ? html`<div><dt><bdi>${point.label}</bdi></dt><dd id="key-${sectionIndex}-${i}"><bdi>${about?.[i] ?? point.description}</bdi></dd></div>`
        : nothing,
    )}
    <div><dt>${s.notSure}</dt><dd id="key-${sectionIndex}-unsure">${c.about !== undefined ? s.aboutNotSureHint : s.notSureHint}</dd></div>
  </dl>`;
}

/**
 * An item's question, its fieldset named `qid`: the radios of the scale and
 * "not sure" (or, read only, the answer given), the inline error after a
 * failed submit (`invalid`) and the note.
 */
export function renderQuestion(
  c: QuestionContext,
  item: Item,
  qid: string,
  sectionId: string,
  sectionIndex: number,
  response: Response | undefined,
  scale: Scale,
  noteOpen: boolean,
  invalid = false,
): TemplateResult {
  const s = c.strings;
  const code = itemName(item);
  const legend = html`<legend part="legend" class="legend">
    ${item.code ? html`<span class="code">${item.code}</span> ` : nothing}<bdi class="statement" lang=${c.textLang(textKey('item', item.id, 'statement')) ?? nothing}>${item.statement}</bdi>
  </legend>`;
  const elements = item.elements?.length
    ? html`<ul class="elements" dir="auto" lang=${c.textLang(textKey('item', item.id, 'elements')) ?? nothing}>${item.elements.map((e) => html`<li>${e}</li>`)}</ul>`
    : nothing;
  if (c.readonly) {
    const point = scale.points.find((p) => p.value === response?.value);
    return html`<fieldset part="question" class="question" id=${qid} data-item=${item.id}>
      ${legend}${elements}
      <p><strong>${s.yourAnswer}:</strong> ${response?.value === null ? s.notSure : point ? html`<bdi>${point.label}</bdi>` : s.notAnswered}</p>
      ${response?.note ? html`<p class="note-text">${response.note}</p>` : nothing}
    </fieldset>`;
  }
  const name = qid;
  const change = (value: number | null) => c.respond(item.id, { value }, { section: sectionId, item: item.id });
  // After a failed submit an unanswered question carries its error: on the fieldset and on each radio.
  const errorId = `${qid}-error`;
  const described = (id: string | undefined) => [invalid ? errorId : '', id ?? ''].join(' ').trim() || nothing;
  // In a level placement each option shows the item's own descriptor for that level.
  const levels = c.placement ? c.levels : [];
  return html`<fieldset part="question" class="question ${invalid ? 'invalid' : ''}" id=${qid} data-item=${item.id} aria-describedby=${invalid ? errorId : nothing}>
    ${legend}${elements} ${invalid ? c.inlineError(errorId, s.answerMissing(code)) : nothing}
    <div class="options">
      ${scale.points.map((point, i) => {
        const id = `${qid}-${i}`;
        const level = levels[point.value - 1];
        // A placement shows the item's own descriptor here; otherwise the section's key describes the point.
        const own = level ? levelDescriptor(item, level.id) : undefined;
        const describedBy = own ? `${id}-hint` : point.description ? `key-${sectionIndex}-${i}` : undefined;
        return html`<div part="option" class="option">
          <input type="radio" id=${id} name=${name} .checked=${response?.value === point.value} @change=${() => change(point.value)} aria-describedby=${described(describedBy)} aria-invalid=${invalid ? 'true' : nothing} />
          <div class="option-text">
            <label for=${id} class="option-label"><bdi>${point.label}</bdi></label>
            ${own ? html`<span class="option-hint" id="${id}-hint">${own}</span>` : nothing}
          </div>
        </div>`;
      })}
      <div part="option" class="option unsure">
        <input
          type="radio"
          id="${qid}-unsure"
          name=${name}
          .checked=${response?.value === null}
          @change=${() => change(null)}
          aria-describedby=${described(c.placement ? `${qid}-unsure-hint` : `key-${sectionIndex}-unsure`)}
          aria-invalid=${invalid ? 'true' : nothing}
        />
        <div class="option-text">
          <label for="${qid}-unsure" class="option-label">${s.notSure}</label>
          ${c.placement ? html`<span class="option-hint" id="${qid}-unsure-hint">${s.notSureHint}</span>` : nothing}
        </div>
      </div>
    </div>
    <div class="note" part="note">
      <button
        type="button"
        class="link"
        aria-expanded=${noteOpen ? 'true' : 'false'}
        aria-controls="${qid}-note"
        @click=${() => c.toggleNote(item.id)}
      >
        ${noteOpen ? s.hideNote(code) : s.addNote(code)}
      </button>
      ${noteOpen
        ? html`<label class="note-label" for="${qid}-note">${s.noteLabel(code)}</label>
            <textarea
              id="${qid}-note"
              rows="3"
              .value=${response?.note ?? ''}
              @input=${(e: Event) => c.respond(item.id, { note: (e.target as HTMLTextAreaElement).value }, { section: sectionId, item: item.id })}
            ></textarea>`
        : nothing}
    </div>
  </fieldset>`;
}

