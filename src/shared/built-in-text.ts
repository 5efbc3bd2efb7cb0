/**
 * The library's built-in content in the language in force: the labels and
 * descriptors of the built-in scales (confidence, Dreyfus) and the names of
 * the built-in item types (the scan's sections). A locale gives them in its
 * `builtIn` table; without one, or for a scale or type a framework defines
 * itself (its own words, translated by a `ksb-translation/1` overlay), the
 * text is as the model has it. Imported by the locales (a chunk loaded with
 * the language), so that English pages carry none of it.
 */
import type { Framework, Scale } from '../model/framework.js';
import { BUILT_IN_SCALES } from '../model/scales.js';
import { BUILT_IN_ITEM_TYPES } from '../model/validate-framework.js';

/** A built-in scale in another language: the title, description, and each point's label and descriptor in order. */
export interface BuiltInScaleText {
  title: string;
  description?: string;
  points: { label: string; description?: string }[];
}

/** What a locale gives of the built-in content, as tables. */
export interface BuiltInText {
  /** By built-in scale id: `confidence`, `dreyfus`. */
  scales: Record<string, BuiltInScaleText>;
  /** By built-in item type id: the singular and the plural (a section's name). */
  itemTypes: Record<string, { label: string; plural: string }>;
}

const localised = new WeakMap<Scale, WeakMap<BuiltInText, Scale>>();

/**
 * `scale` in the locale's words when it is a built-in scale (not a framework's
 * own of that id) and the locale gives it; else `scale` itself. The same
 * object is returned for the same scale and table, so memoised views stay valid.
 */
export function localScale(scale: Scale, text: BuiltInText | undefined): Scale {
  const words = text?.scales[scale.id];
  if (!words || !BUILT_IN_SCALES.includes(scale) || words.points.length !== scale.points.length) return scale;
  let byTable = localised.get(scale);
  if (!byTable) localised.set(scale, (byTable = new WeakMap()));
  let local = byTable.get(text!);
  if (!local) {
    local = {
      ...scale,
      title: words.title,
      description: words.description ?? scale.description,
      points: scale.points.map((p, i) => ({ ...p, label: words.points[i].label, description: words.points[i].description ?? p.description })),
    };
    byTable.set(text!, local);
  }
  return local;
}

/**
 * The plural name of an item type (a section of the scan) in the locale's
 * words, when the type is built in and the framework does not name it itself.
 */
export function localTypeName(framework: Pick<Framework, 'itemTypes'>, type: string, text: BuiltInText | undefined): string | undefined {
  if (framework.itemTypes?.some((t) => t.id === type) || !BUILT_IN_ITEM_TYPES.some((t) => t.id === type)) return undefined;
  return text?.itemTypes[type]?.plural;
}

/** Sections by item type with their names in the locale's words (see `localTypeName`); other sections as they are. */
export function localSections<S extends { id: string; label: string }>(framework: Pick<Framework, 'itemTypes'>, sections: S[], text: BuiltInText | undefined): S[] {
  if (!text) return sections;
  return sections.map((s) => {
    const name = localTypeName(framework, s.id, text);
    return name ? { ...s, label: name } : s;
  });
}

/** What the elements call (`strings.builtIn`): a locale's tables, bound to these functions. */
export interface BuiltInLocale {
  scale(scale: Scale): Scale;
  sections<S extends { id: string; label: string }>(framework: Pick<Framework, 'itemTypes'>, sections: S[]): S[];
}

/** Binds a locale's tables of built-in content to `localScale` and `localSections`. */
export function builtInLocale(text: BuiltInText): BuiltInLocale {
  return { scale: (scale) => localScale(scale, text), sections: (framework, sections) => localSections(framework, sections, text) };
}
