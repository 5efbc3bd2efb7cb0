import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Framework, Item } from '../../model/framework.js';
import type { Problem } from '../../model/problems.js';
import type { ProfilePreset, RoleProfile } from '../../model/profile.js';
import { itemName, typeLabel } from '../../model/summary.js';
import { renderErrorPanel } from '../../shared/error-panel.js';
import { KsbProfileEvent } from '../../shared/events.js';
import { KsbFrameworkElement } from '../../shared/framework-element.js';
import { InvalidJson, jsonConverter, tokenList } from '../../shared/parse-attribute.js';
import { PROFILE_CODE_MISSING, profiles } from '../../shared/profile-code.js';
import { baseStyles } from '../../shared/styles.js';
import { welshTable } from '../../shared/localize.js';
import { builderStrings, type BuilderStrings } from './builder-strings.js';
import { profileBuilderStyles } from './ksb-profile-builder.styles.js';

// This element's Welsh tables, loaded (in `lazyChunks`) before a Welsh render.
const builderWelsh = welshTable('builder', () => import('./builder-strings.cy.js'));

/** A group of items offered together: the children of one parent, or the items of one type. */
interface BuilderGroup {
  id: string;
  label: string;
  items: Item[];
}

/**
 * The item types offered by default: every type with at least one item that
 * is not the parent of another (so areas, sub-areas and domains, which only
 * group, are left out; their children are offered and the parents follow).
 */
export function defaultProfileTypes(framework: Framework): string[] {
  const parents = new Set(framework.items.map((i) => i.parent).filter(Boolean));
  const types: string[] = [];
  for (const item of framework.items) if (!parents.has(item.id) && !types.includes(item.type)) types.push(item.type);
  return types;
}

/**
 * `<ksb-profile-builder>`: builds a role profile (`ksb-profile/1`) for a
 * framework: the subset of its items that applies to one job (as in Appendix
 * E of the STR framework). Items are native checkboxes grouped by parent (or
 * by type for items with no parent), with "select all" and "select none" per
 * group; the framework's own suggestions (its lists, such as the STR "18 most
 * important NOS", its role-profile examples, and its levels where the source
 * ties items to levels) are offered as presets; a title names the role, and
 * each item left out can carry a reason. Every change fires `ksb-profile`
 * with the whole profile, which any ksb element accepts as `profile`.
 *
 * @summary Builds a role profile: the items of a framework that apply to one job.
 * @tagname ksb-profile-builder
 *
 * @fires ksb-profile - On every change. `detail.profile` is the whole profile (`ksb-profile/1`).
 * @fires ksb-error - For bad input (framework, src, value). `detail.problems` lists each problem with its JSON path.
 * @fires ksb-load - When a framework has been read, validated and is shown.
 *
 * @csspart error - The error panel (bad framework or value).
 * @csspart retry - The error panel's "Try again" (a failed `src` load) or "Start afresh" (bad saved input) button.
 * @csspart translation - The notice of a translation's problems (with `notice`).
 * @csspart presets - The list of preset buttons.
 * @csspart preset - One preset button.
 * @csspart title - The role title field.
 * @csspart group - One group of items (a fieldset).
 * @csspart item - One item row.
 * @csspart reason - The reason field of an item left out.
 *
 * @cssprop --ksb-color-accent - Buttons and ticked boxes.
 * @cssprop --ksb-color-focus - Focus ring.
 */
export class KsbProfileBuilder extends KsbFrameworkElement {
  static override styles = [baseStyles, profileBuilderStyles];

  /** Item types offered, space- or comma-separated (default: every type with items that are not parents). */
  @property() types = '';

  /** A profile to resume (object or JSON text), e.g. one stored from `ksb-profile`. */
  @property({ converter: jsonConverter }) value?: unknown;

  /** Chosen item ids, in the order chosen (a preset's order is kept). */
  @state() private chosen: string[] = [];

  @state() private title_ = '';

  @state() private reasons = new Map<string, string>();

  @state() private announcement = '';

  @state() private valueProblems: Problem[] = [];

  /** A `value` not read yet because the role-profile code was missing (a failed load, tried again with the next update). */
  private valueWaiting = false;

  /** The framework whose items are offered: always the whole framework. */
  private get source(): Framework | undefined {
    return this.fullFramework;
  }

  private get text(): BuilderStrings {
    return builderStrings(this.effectiveLang);
  }

  /** The items offered, in framework order. */
  private get offered(): Item[] {
    const fw = this.source;
    if (!fw) return [];
    const types = new Set(tokenList(this.types).length ? tokenList(this.types) : defaultProfileTypes(fw));
    return fw.items.filter((i) => types.has(i.type));
  }

  private get groups(): BuilderGroup[] {
    const fw = this.source!;
    const byId = new Map(fw.items.map((i) => [i.id, i]));
    const groups = new Map<string, BuilderGroup>();
    for (const item of this.offered) {
      const parent = item.parent ? byId.get(item.parent) : undefined;
      const id = parent ? `parent:${parent.id}` : `type:${item.type}`;
      const label = parent ? [parent.code, parent.title ?? parent.statement].filter(Boolean).join(' ') : typeLabel(fw, item.type);
      if (!groups.has(id)) groups.set(id, { id, label, items: [] });
      groups.get(id)!.items.push(item);
    }
    return [...groups.values()];
  }

  /** Presets narrowed to the items offered; presets that would offer nothing are left out. */
  private get presets(): ProfilePreset[] {
    const fw = this.source;
    if (!fw) return [];
    const offered = new Set(this.offered.map((i) => i.id));
    return (profiles.value?.profilePresets(fw) ?? [])
      .map((p) => ({ ...p, items: p.items.filter((id) => offered.has(id)), excluded: p.excluded?.filter((e) => offered.has(e.item)) }))
      .filter((p) => p.items.length > 0);
  }

  /** The profile as it stands. */
  get currentProfileValue(): RoleProfile | undefined {
    const fw = this.source;
    const code = profiles.value;
    if (!fw || !code) return undefined;
    const chosen = new Set(this.chosen);
    const excluded = this.offered
      .filter((i) => !chosen.has(i.id) && this.reasons.get(i.id)?.trim())
      .map((i) => ({ item: i.id, reason: this.reasons.get(i.id)!.trim() }));
    return code.createProfile(fw, this.title_.trim() || this.text.defaultTitle(fw.title), this.chosen, excluded);
  }

  /** The role-profile code (presets, validation, building the profile) is in before the first render. */
  protected override lazyChunks(): (Promise<void> | undefined)[] {
    return [...super.lazyChunks(), builderWelsh.load(this.effectiveLang), profiles.load()];
  }

  protected override frameworkChanged(framework: Framework, previous: Framework | undefined): void {
    if (this.value !== undefined && this.value !== null && this.value !== '') {
      this.applyValue();
      return;
    }
    if (previous && previous.id === framework.id && previous.version === framework.version) return;
    // A new framework starts with every offered item chosen: the person ticks out what does not apply.
    this.chosen = this.offered.map((i) => i.id);
    this.reasons = new Map();
    this.title_ = '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if ((changed.has('value') || (this.valueWaiting && profiles.value)) && this.source) this.applyValue();
  }

  private applyValue(): void {
    const fw = this.source;
    if (!fw) return;
    this.valueWaiting = false;
    if (this.value === undefined || this.value === null || this.value === '') {
      this.valueProblems = [];
      return;
    }
    const code = profiles.value;
    if (!code) {
      this.valueWaiting = true;
      return;
    }
    const v = code.validateProfile(this.value instanceof InvalidJson ? this.value.text : this.value, fw);
    this.valueProblems = v.problems;
    this.reportProblems('value', v.problems);
    if (!v.value) return;
    this.chosen = [...v.value.items];
    this.title_ = v.value.title;
    this.reasons = new Map((v.value.excluded ?? []).map((e) => [e.item, e.reason]));
  }

  private emit(): void {
    const profile = this.currentProfileValue;
    if (profile) this.queueEvent(new KsbProfileEvent({ profile }));
  }

  /** Chooses or leaves out items, keeping the order of the choice; emits `ksb-profile`. */
  setItems(ids: readonly string[], on: boolean): void {
    const set = new Set(ids);
    this.chosen = on ? [...this.chosen, ...ids.filter((id) => !this.chosen.includes(id))] : this.chosen.filter((id) => !set.has(id));
    this.emit();
  }

  /** Replaces the choice with a preset's items (and reasons); emits `ksb-profile`. */
  applyPreset(preset: ProfilePreset): void {
    this.chosen = [...preset.items];
    this.reasons = new Map((preset.excluded ?? []).map((e) => [e.item, e.reason]));
    this.title_ = preset.title;
    this.announcement = `${this.text.presetApplied(preset.title)} ${this.text.chosen(preset.items.length, this.offered.length)}`;
    this.emit();
  }

  private setReason(item: string, reason: string): void {
    const next = new Map(this.reasons);
    if (reason) next.set(item, reason);
    else next.delete(item);
    this.reasons = next;
    this.emit();
  }

  override render(): TemplateResult {
    const s = this.strings;
    const t = this.text;
    const fw = this.source;
    const state = this.renderFrameworkState(fw);
    if (state || !fw) return state ?? html``;
    if (!profiles.value) return renderErrorPanel(s, [PROFILE_CODE_MISSING]);
    const valueErrors = this.valueProblems.filter((p) => p.severity === 'error');
    const presets = this.presets;
    const chosen = new Set(this.chosen);
    const offered = this.offered;
    const count = offered.filter((i) => chosen.has(i.id)).length;
    return html`
      <h2>${t.heading(fw.title)}</h2>
      <p class="hint">${t.intro}</p>
      ${valueErrors.length ? renderErrorPanel(s, valueErrors, t.valueErrorTitle) : nothing}
      ${presets.length
        ? html`<h3 id="presets-title">${t.presetsTitle}</h3>
            <p class="hint" id="presets-hint">${t.presetsHint}</p>
            <ul class="presets" part="presets" aria-labelledby="presets-title">
              ${presets.map(
                (p) => html`<li>
                  <button type="button" class="secondary" part="preset" data-preset=${p.id} aria-describedby="presets-hint" @click=${() => this.applyPreset(p)}>
                    ${p.title} <span class="preset-count">(${t.presetItems(p.items.length)})</span>
                  </button>
                </li>`,
              )}
            </ul>`
        : nothing}
      <div class="field">
        <label for="title">${t.titleLabel}</label>
        <p class="hint" id="title-hint">${t.titleHint}</p>
        <input
          type="text"
          id="title"
          part="title"
          aria-describedby="title-hint"
          .value=${this.title_}
          placeholder=${t.defaultTitle(fw.title)}
          @input=${(e: Event) => {
            this.title_ = (e.target as HTMLInputElement).value;
            this.emit();
          }}
        />
      </div>
      <p role="status" class="chosen-count">${t.chosen(count, offered.length)}</p>
      <p role="status" class="visually-hidden">${this.announcement}</p>
      ${this.groups.map((g, gi) => this.renderGroup(g, gi, chosen))}
    `;
  }

  private renderGroup(group: BuilderGroup, index: number, chosen: ReadonlySet<string>): TemplateResult {
    const t = this.text;
    const ids = group.items.map((i) => i.id);
    const n = ids.filter((id) => chosen.has(id)).length;
    return html`<fieldset class="group" part="group" data-group=${group.id}>
      <legend>${group.label}</legend>
      <div class="group-tools">
        <span class="hint">${t.groupCount(n, ids.length)}</span>
        <button type="button" class="secondary select-all" ?disabled=${n === ids.length} @click=${() => this.setItems(ids, true)}>
          ${t.selectAll}<span class="visually-hidden">${t.inGroup(group.label)}</span>
        </button>
        <button type="button" class="secondary select-none" ?disabled=${n === 0} @click=${() => this.setItems(ids, false)}>
          ${t.selectNone}<span class="visually-hidden">${t.inGroup(group.label)}</span>
        </button>
      </div>
      <ul class="items">
        ${group.items.map((item, i) => {
          const id = `i-${index}-${i}`;
          const on = chosen.has(item.id);
          return html`<li class="item" part="item" data-item=${item.id}>
            <div class="check">
              <input type="checkbox" id=${id} .checked=${on} @change=${(e: Event) => this.setItems([item.id], (e.target as HTMLInputElement).checked)} />
              <label for=${id}>${item.code ? html`<span class="code">${item.code}</span> ` : nothing}<bdi>${item.title ?? item.statement}</bdi></label>
            </div>
            ${on
              ? nothing
              : html`<div class="reason" part="reason">
                  <label for="${id}-reason">${t.reasonLabel(itemName(item))}</label>
                  <input type="text" id="${id}-reason" .value=${this.reasons.get(item.id) ?? ''} @change=${(e: Event) => this.setReason(item.id, (e.target as HTMLInputElement).value.trim())} />
                </div>`}
          </li>`;
        })}
      </ul>
    </fieldset>`;
  }
}
