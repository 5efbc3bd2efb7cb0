/**
 * The ksb-elements framework format (`ksb-framework/1`).
 *
 * One JSON document describes one competency framework: an apprenticeship
 * standard (knowledge, skills, behaviours, duties), an NHS-style framework
 * (domains, competencies, career levels, Dreyfus rubrics) or anything in
 * between. The concepts follow the 1EdTech CASE model: items with statements,
 * a parent/child hierarchy, typed associations between items, ordered levels
 * with per-item descriptors, rating scales, rubrics and resources.
 *
 * The JSON Schema is `frameworks/framework.schema.json`; `validateFramework`
 * checks everything the schema does plus the cross-references a schema cannot
 * (unknown ids, duplicate ids, descriptors for unknown levels, cycles).
 */

/** The format marker every framework document carries. */
export const FRAMEWORK_FORMAT = 'ksb-framework/1';

/** Where a framework was published. */
export interface FrameworkSource {
  /** Publisher or owner, e.g. "Institute for Apprenticeships and Technical Education". */
  publisher?: string;
  /** Title of the source document, where it differs from the framework title. */
  title?: string;
  /** Address of the source document. */
  url?: string;
  /** Licence of the source text, e.g. "Open Government Licence v3.0". */
  licence?: string;
  /** Publication date or version date as written in the source (free text). */
  date?: string;
}

/**
 * A kind of item. Common ids: `knowledge`, `skill`, `behaviour`, `duty`,
 * `domain`, `competency`, `area`, `sub-area`, `core-task`, `nos`,
 * `ksf-dimension`, `esc`. A framework may declare its own.
 */
export interface ItemType {
  id: string;
  /** Singular display label, e.g. "Knowledge", "Core task". */
  label: string;
  /** Plural display label, e.g. "Core tasks". */
  plural?: string;
  /** Description of what items of this type are. */
  description?: string;
}

/** A descriptor of one item at one of the framework's levels. */
export interface LevelDescriptor {
  /** Id of a level in `framework.levels`. */
  level: string;
  /** The descriptor text, as in the source. */
  text: string;
}

/** Every node of the framework that has a statement. */
export interface Item {
  /** Stable id, unique in the framework (used by associations and results). */
  id: string;
  /** Display code as the source prints it: "K1", "2.10", "HSC35". */
  code?: string;
  /** Item type id (see {@link ItemType}). */
  type: string;
  /** Short name where the source gives one ("Education Requirements", a NOS title). */
  title?: string;
  /** The statement, exactly as the source words it. */
  statement: string;
  /** Longer description. */
  description?: string;
  /** Sub-elements or bullets, in source order. */
  elements?: string[];
  /** Notes: source remarks, and where the source is ambiguous, what was kept and why. */
  notes?: string[];
  /** Id of the parent item (domain > competency; area > sub-area > core task). */
  parent?: string;
  /** Levels this item belongs to or is introduced at (ids in `framework.levels`). */
  levels?: string[];
  /** Descriptor of this item at each level (the AHP matrix). */
  descriptors?: LevelDescriptor[];
  /** For duties: whether the duty is core (true) or belongs to an option (false). */
  core?: boolean;
  /** Publication status where the source gives one, e.g. "draft". */
  status?: string;
}

/**
 * A typed link between two items. Conventional types:
 * - `requires`: a duty requires a knowledge, skill or behaviour;
 * - `covered-by`: a core task is covered by a NOS unit;
 * - `related`: a NOS unit and an "other related NOS";
 * - `maps-to`: a NOS unit maps to a KSF dimension (with `qualifier` "Level 3") or an ESC.
 */
export interface Association {
  type: string;
  /** Id of the origin item. */
  source: string;
  /** Id of the destination item. */
  target: string;
  /** Qualifier of the link as the source gives it, e.g. a KSF level. */
  qualifier?: string;
  note?: string;
}

/** An ordered career or progression level. Array order is the order of progression. */
export interface Level {
  id: string;
  /** Display label: "Entry level", "Early career". */
  label: string;
  /** Short code where the source uses one. */
  code?: string;
  description?: string;
  /** Name of the competency level tied to this career level, e.g. "Level 1 Competencies". */
  competencyLevel?: string;
  /** Pay band, e.g. "AfC Band 3". */
  payBand?: string;
  /** Suggested pay as the source prints it, e.g. "£19,737 - £21,142". */
  pay?: string;
  /** Ids of the items assessed at this level (level requirements). */
  assesses?: string[];
  notes?: string[];
}

/** One point of a rating scale. */
export interface ScalePoint {
  /** Numeric value stored in results; points are in ascending order of value. */
  value: number;
  /** Display label: "Novice", "Confident". */
  label: string;
  /** Generic descriptor of the point. */
  description?: string;
}

/** A rating scale. Frameworks may use the built-in scales by id without defining them. */
export interface Scale {
  id: string;
  title: string;
  description?: string;
  points: ScalePoint[];
}

/** The competency-specific descriptor for one scale point. */
export interface RubricDescriptor {
  /** The scale point value this descriptor belongs to. */
  value: number;
  text: string;
}

/** How one item is rated: key features, guidance and a descriptor per scale point. */
export interface Rubric {
  /** Id of the item (competency) rated with this rubric. */
  item: string;
  /** Id of the scale (built-in or in `framework.scales`). */
  scale: string;
  /** What must be evident for the competency to be shown. */
  keyFeatures?: string;
  /** Interaction guidance for the assessor. */
  interaction?: string;
  /** Descriptor per scale point, in the competency's own words. */
  descriptors: RubricDescriptor[];
}

/** A learning resource. */
export interface Resource {
  id: string;
  title: string;
  url?: string;
  /** Who provides it, e.g. "Employer", "e-Learning for Healthcare". */
  provider?: string;
  description?: string;
  /** Items it helps with. */
  items?: string[];
  /** Levels it belongs to. */
  levels?: string[];
}

/** A named, ordered selection of items the source itself gives (e.g. "the 18 most important NOS"). */
export interface ItemList {
  id: string;
  title: string;
  description?: string;
  items: string[];
}

/** A competency framework in the `ksb-framework/1` format. */
export interface Framework {
  /** Always `ksb-framework/1`. */
  format: typeof FRAMEWORK_FORMAT;
  /** Stable id, e.g. "st0958". Results name it with `version`. */
  id: string;
  /** Version of the framework content, e.g. "1", "1.2", "4.0". */
  version: string;
  title: string;
  /** Reference such as an apprenticeship standard number, "ST0958". */
  reference?: string;
  /** Qualification level, e.g. 3 for a level 3 apprenticeship. */
  level?: number;
  /** BCP 47 language tag of the framework text, e.g. "en-GB". */
  language?: string;
  description?: string;
  source?: FrameworkSource;
  /** Notes about the framework as a whole, including transcription notes. */
  notes?: string[];
  /** Item types used, with labels; built-in types need not be declared. */
  itemTypes?: ItemType[];
  items: Item[];
  associations?: Association[];
  levels?: Level[];
  scales?: Scale[];
  /** Id of the scale used by default when rating this framework. */
  defaultScale?: string;
  rubrics?: Rubric[];
  resources?: Resource[];
  lists?: ItemList[];
}
