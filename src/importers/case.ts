/**
 * 1EdTech CASE 1.0 packages, both ways: {@link toCASE} writes a framework as
 * a CFPackage (JSON binding), {@link fromCASE} reads one (CASE 1.0, 1.1 and
 * the pre-1.0 OpenSALT draft with string URIs) into a framework.
 *
 * ## How a framework is written (toCASE)
 *
 * Identifiers are name-based UUIDs (version 5) of the framework id and the
 * object's own id, so exporting the same framework twice gives the same
 * identifiers. URIs are `baseUri + identifier` (default `urn:uuid:`).
 *
 * | Framework                    | CASE                                                                 |
 * | ---------------------------- | -------------------------------------------------------------------- |
 * | title, version, language, description | CFDocument `title`, `version`, `language`, `description` |
 * | source.publisher / url       | CFDocument `publisher` (also `creator`) / `officialSourceURL`        |
 * | item statement, code, title  | CFItem `fullStatement`, `humanCodingScheme`, `abbreviatedStatement`  |
 * | item type                    | CFItem `CFItemType` (label) and `CFItemTypeURI`; CFDefinitions.CFItemTypes (`typeCode` = type id) |
 * | item parent and order        | CFAssociation `isChildOf` to the parent item, or to the CFDocument for top-level items; `sequenceNumber` = the item's position in the framework (1-based), so siblings sort in framework order |
 * | association                  | CFAssociation; `requires`, `covered-by`, `maps-to`, `related` and other types CASE 1.0 does not have become `isRelatedTo` (CASE types such as `isPeerOf` stay as they are), and the exact type, qualifier and note are kept in a CFAssociationGrouping; `sequenceNumber` = position in the framework's associations |
 * | rubric                       | CFRubric (`description` = interaction guidance) with one CFRubricCriterion (`CFItemURI` = the item, `description` = key features, `category` = scale title) whose CFRubricCriterionLevels are the descriptors (`score` = scale value, `quality` = point label, `description` = text) |
 *
 * What CASE 1.0 has no field for (CASE 1.0 forbids extension fields) is kept
 * in the `notes` text of the CFDocument, of each CFItem and of each
 * CFAssociationGrouping: a readable part for people, then a last line
 * `[ksb-elements] {json}` holding the exact values:
 * - CFDocument: `{format, id, reference, level, source, notes, itemTypes,
 *   levels, scales, defaultScale, resources, lists, rubricScales}` where
 *   `rubricScales` maps item id to rubric scale id;
 * - CFItem: `{id, type, description, elements, notes, levels, descriptors, core, status}`;
 * - CFAssociationGrouping (in `description`): `{type, qualifier, note}`.
 * Reading a package with these lines gives back exactly the framework that
 * was written; the CASE fields above are still read from CASE (so edits made
 * in a CASE editor to statements, codes, titles, hierarchy, links and rubric
 * text are kept) and the JSON only supplies what CASE cannot hold.
 *
 * ## How a package from elsewhere is read (fromCASE)
 *
 * - CFDocument -> framework: id = CFDocument `identifier`; title, version
 *   (default "1", reported), language, description; publisher / creator and
 *   officialSourceURL -> source; adoption status, subjects, dates and notes -> notes.
 * - CFItem -> item: id = `identifier`; `fullStatement` (falling back to
 *   `abbreviatedStatement` / `humanCodingScheme`, reported), code =
 *   `humanCodingScheme` (or `listEnumeration`), title = `abbreviatedStatement`
 *   (or `alternativeLabel`), type = the item type's `typeCode` or title as an
 *   id ("Cluster" -> "cluster", declared in itemTypes with the CASE title);
 *   untyped items are `competency`. `educationLevel` (legacy
 *   `educationalLevel`) values become framework levels ("Education level 03")
 *   listed in each item's `levels`; `conceptKeywords`, `notes` -> notes.
 * - `isChildOf` -> parent (items are ordered depth first by `sequenceNumber`);
 *   a second parent is kept as an `isChildOf` association (reported).
 * - Other associations -> associations of the CASE type; a grouping's title
 *   becomes the note. Links to nodes outside the package (e.g. `exactMatchOf`
 *   another framework) cannot be associations: they are kept as a note on the
 *   item ("exactMatchOf: title <uri>") and reported.
 * - CFRubrics: each criterion becomes the rubric of its CFItem; criterion
 *   levels become descriptors (value = `score`), and a scale is made from the
 *   levels' scores and `quality` labels. Criterion `description` -> key
 *   features; rubric title and description, category, weight and level
 *   `feedback` -> notes of the item.
 * Unknown fields are reported as warnings and ignored.
 */
import {
  FRAMEWORK_FORMAT,
  type Association,
  type Framework,
  type Item,
  type ItemType,
  type Level,
  type Rubric,
  type RubricDescriptor,
  type Scale,
} from '../model/framework.js';
import { childPath } from '../model/problems.js';
import { findScale } from '../model/scales.js';
import { BUILT_IN_ITEM_TYPES } from '../model/validate-framework.js';
import { asObject, clean, describe, finish, IdAllocator, own, parseInput, Problems, slug, type ImportResult } from './common.js';
import { KSB_NAMESPACE, uuidV5 } from './uuid.js';

// ---------------------------------------------------------------------------
// CASE 1.0 JSON binding types (the fields this module writes and reads).

/** A link to another CASE object. */
export interface CaseLinkURI {
  title: string;
  identifier: string;
  uri: string;
}

export interface CFDocument {
  identifier: string;
  uri: string;
  creator: string;
  title: string;
  lastChangeDateTime: string;
  officialSourceURL?: string;
  publisher?: string;
  description?: string;
  subject?: string[];
  language?: string;
  version?: string;
  adoptionStatus?: string;
  statusStartDate?: string;
  statusEndDate?: string;
  licenseURI?: CaseLinkURI;
  notes?: string;
  CFPackageURI?: CaseLinkURI;
}

export interface CFItem {
  identifier: string;
  uri: string;
  fullStatement: string;
  alternativeLabel?: string;
  CFItemType?: string;
  humanCodingScheme?: string;
  listEnumeration?: string;
  abbreviatedStatement?: string;
  conceptKeywords?: string[];
  notes?: string;
  language?: string;
  educationLevel?: string[];
  CFItemTypeURI?: CaseLinkURI;
  lastChangeDateTime: string;
  CFDocumentURI?: CaseLinkURI;
}

export interface CFAssociation {
  identifier: string;
  uri: string;
  associationType: string;
  sequenceNumber?: number;
  originNodeURI: CaseLinkURI;
  destinationNodeURI: CaseLinkURI;
  CFAssociationGroupingURI?: CaseLinkURI;
  lastChangeDateTime: string;
  CFDocumentURI?: CaseLinkURI;
}

export interface CFItemType {
  identifier: string;
  uri: string;
  title: string;
  description?: string;
  hierarchyCode: string;
  typeCode?: string;
  lastChangeDateTime: string;
}

export interface CFAssociationGrouping {
  identifier: string;
  uri: string;
  title: string;
  description?: string;
  lastChangeDateTime: string;
}

export interface CFRubricCriterionLevel {
  identifier: string;
  uri: string;
  description?: string;
  quality?: string;
  score?: number;
  feedback?: string;
  position?: number;
  rubricCriterionId?: string;
  lastChangeDateTime: string;
}

export interface CFRubricCriterion {
  identifier: string;
  uri: string;
  category?: string;
  description?: string;
  CFItemURI?: CaseLinkURI;
  weight?: number;
  position?: number;
  rubricId?: string;
  lastChangeDateTime: string;
  CFRubricCriterionLevels?: CFRubricCriterionLevel[];
}

export interface CFRubric {
  identifier: string;
  uri: string;
  title?: string;
  description?: string;
  lastChangeDateTime: string;
  CFRubricCriteria?: CFRubricCriterion[];
}

export interface CFDefinitions {
  CFConcepts: unknown[];
  CFSubjects: unknown[];
  CFLicenses: unknown[];
  CFItemTypes: CFItemType[];
  CFAssociationGroupings: CFAssociationGrouping[];
}

/** A CASE 1.0 CFPackage (the body of `GET /ims/case/v1p0/CFPackages/{id}`). */
export interface CFPackage {
  CFDocument: CFDocument;
  CFItems: CFItem[];
  CFAssociations: CFAssociation[];
  CFDefinitions: CFDefinitions;
  CFRubrics: CFRubric[];
}

export interface ToCaseOptions {
  /** Prefix of every `uri`; the identifier is appended. Default `urn:uuid:`. */
  baseUri?: string;
  /** `lastChangeDateTime` of every object; default now. Give one for byte-stable exports. */
  lastChangeDateTime?: string;
}

/** The 1.0 association types. */
const CASE_ASSOCIATION_TYPES = ['isChildOf', 'isPeerOf', 'isPartOf', 'exactMatchOf', 'precedes', 'isRelatedTo', 'replacedBy', 'exemplar', 'hasSkillLevel'];

/** Start of the line that carries exact framework values in a CASE `notes` / `description`. */
export const CASE_DATA_MARK = '[ksb-elements] ';

// ---------------------------------------------------------------------------
// Writing

/** Writes a framework as a CASE 1.0 CFPackage. Pure and deterministic (give `lastChangeDateTime` for byte-stable output). */
export function toCASE(framework: Framework, options: ToCaseOptions = {}): CFPackage {
  const base = options.baseUri ?? 'urn:uuid:';
  const when = options.lastChangeDateTime ?? new Date().toISOString();
  const uuid = (...parts: string[]) => uuidV5(JSON.stringify([framework.id, ...parts]), KSB_NAMESPACE);
  const docId = uuid('document');
  const docLink: CaseLinkURI = { title: framework.title, identifier: docId, uri: base + docId };
  const itemUuid = new Map(framework.items.map((item) => [item.id, uuid('item', item.id)]));
  const itemLink = (id: string): CaseLinkURI => {
    const item = framework.items.find((i) => i.id === id);
    const identifier = itemUuid.get(id) ?? uuid('item', id);
    return { title: item ? linkTitle(item) : id, identifier, uri: base + identifier };
  };

  // Item types: declared ones, then any others in order of first use.
  const typeList: ItemType[] = [...(framework.itemTypes ?? [])];
  for (const item of framework.items) {
    if (!typeList.some((t) => t.id === item.type)) {
      typeList.push(BUILT_IN_ITEM_TYPES.find((t) => t.id === item.type) ?? { id: item.type, label: item.type });
    }
  }
  const typeDefs: CFItemType[] = typeList.map((t) => {
    const identifier = uuid('item-type', t.id);
    return clean({ identifier, uri: base + identifier, title: t.label, description: t.description, hierarchyCode: t.id, typeCode: t.id, lastChangeDateTime: when });
  });
  const typeLink = (typeId: string): CaseLinkURI => {
    const def = typeDefs[typeList.findIndex((t) => t.id === typeId)];
    return { title: def.title, identifier: def.identifier, uri: def.uri };
  };
  const levelLabel = (id: string) => framework.levels?.find((l) => l.id === id)?.label ?? id;

  const items: CFItem[] = framework.items.map((item) => {
    const identifier = itemUuid.get(item.id)!;
    const human = [
      item.description,
      item.elements?.map((e) => `• ${e}`).join('\n'),
      ...(item.notes ?? []),
      ...(item.descriptors ?? []).map((d) => `${levelLabel(d.level)}: ${d.text}`),
    ].filter((s): s is string => !!s);
    const data = clean({
      id: item.id,
      type: item.type,
      description: item.description,
      elements: item.elements,
      notes: item.notes,
      levels: item.levels,
      descriptors: item.descriptors,
      core: item.core,
      status: item.status,
    });
    return clean({
      identifier,
      uri: base + identifier,
      fullStatement: item.statement,
      CFItemType: typeLink(item.type).title,
      humanCodingScheme: item.code,
      abbreviatedStatement: item.title,
      notes: withData(human.join('\n\n'), data),
      language: framework.language,
      CFItemTypeURI: typeLink(item.type),
      lastChangeDateTime: when,
      CFDocumentURI: docLink,
    });
  });

  // Hierarchy: every item is the child of its parent or of the document; sequenceNumber is its framework position.
  const associations: CFAssociation[] = framework.items.map((item, i) => {
    const identifier = uuid('is-child-of', item.id);
    return {
      identifier,
      uri: base + identifier,
      associationType: 'isChildOf',
      sequenceNumber: i + 1,
      originNodeURI: itemLink(item.id),
      destinationNodeURI: item.parent !== undefined ? itemLink(item.parent) : docLink,
      lastChangeDateTime: when,
      CFDocumentURI: docLink,
    };
  });

  const groupings = new Map<string, CFAssociationGrouping>();
  const seen = new Map<string, number>();
  (framework.associations ?? []).forEach((a, i) => {
    const native = CASE_ASSOCIATION_TYPES.includes(a.type) && a.type !== 'isChildOf' && a.qualifier === undefined && a.note === undefined;
    const associationType = native ? a.type : CASE_ASSOCIATION_TYPES.includes(a.type) ? a.type : 'isRelatedTo';
    let grouping: CaseLinkURI | undefined;
    if (!native) {
      const key = JSON.stringify([a.type, a.qualifier ?? null, a.note ?? null]);
      let g = groupings.get(key);
      if (!g) {
        const identifier = uuid('association-grouping', key);
        const title = a.qualifier !== undefined ? `${a.type} (${a.qualifier})` : a.type;
        g = { identifier, uri: base + identifier, title, description: withData(a.note ?? '', clean({ type: a.type, qualifier: a.qualifier, note: a.note })), lastChangeDateTime: when };
        groupings.set(key, g);
      }
      grouping = { title: g.title, identifier: g.identifier, uri: g.uri };
    }
    const key = JSON.stringify([a.type, a.source, a.target, a.qualifier ?? null, a.note ?? null]);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const identifier = uuid('association', key, String(n));
    associations.push(clean({
      identifier,
      uri: base + identifier,
      associationType,
      sequenceNumber: i + 1,
      originNodeURI: itemLink(a.source),
      destinationNodeURI: itemLink(a.target),
      CFAssociationGroupingURI: grouping,
      lastChangeDateTime: when,
      CFDocumentURI: docLink,
    }));
  });

  const rubricScales: Record<string, string> = {};
  const rubrics: CFRubric[] = (framework.rubrics ?? []).map((rubric) => {
    rubricScales[rubric.item] = rubric.scale;
    const item = framework.items.find((i) => i.id === rubric.item);
    const scale = findScale(rubric.scale, framework);
    const rubricId = uuid('rubric', rubric.item);
    const criterionId = uuid('rubric-criterion', rubric.item);
    return clean({
      identifier: rubricId,
      uri: base + rubricId,
      title: item ? `${item.code ? `${item.code} ` : ''}${item.title ?? item.statement}` : rubric.item,
      description: rubric.interaction,
      lastChangeDateTime: when,
      CFRubricCriteria: [
        clean({
          identifier: criterionId,
          uri: base + criterionId,
          category: scale?.title ?? rubric.scale,
          description: rubric.keyFeatures,
          CFItemURI: itemLink(rubric.item),
          weight: 1,
          position: 1,
          rubricId,
          lastChangeDateTime: when,
          CFRubricCriterionLevels: rubric.descriptors.map((d, j) => {
            const levelId = uuid('rubric-level', rubric.item, String(d.value), String(j));
            return clean({
              identifier: levelId,
              uri: base + levelId,
              description: d.text,
              quality: scale?.points.find((p) => p.value === d.value)?.label,
              score: d.value,
              position: j + 1,
              rubricCriterionId: criterionId,
              lastChangeDateTime: when,
            });
          }),
        }),
      ],
    });
  });

  const docData = clean({
    format: FRAMEWORK_FORMAT,
    id: framework.id,
    reference: framework.reference,
    level: framework.level,
    source: framework.source,
    notes: framework.notes,
    itemTypes: framework.itemTypes,
    levels: framework.levels,
    scales: framework.scales,
    defaultScale: framework.defaultScale,
    resources: framework.resources,
    lists: framework.lists,
    rubricScales: Object.keys(rubricScales).length ? rubricScales : undefined,
  });
  const document: CFDocument = clean({
    identifier: docId,
    uri: base + docId,
    creator: framework.source?.publisher ?? 'ksb-elements',
    title: framework.title,
    lastChangeDateTime: when,
    officialSourceURL: framework.source?.url,
    publisher: framework.source?.publisher,
    description: framework.description,
    language: framework.language,
    version: framework.version,
    notes: withData((framework.notes ?? []).join('\n\n'), docData),
    CFPackageURI: { title: framework.title, identifier: docId, uri: base + docId },
  });

  return {
    CFDocument: document,
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: { CFConcepts: [], CFSubjects: [], CFLicenses: [], CFItemTypes: typeDefs, CFAssociationGroupings: [...groupings.values()] },
    CFRubrics: rubrics,
  };
}

function linkTitle(item: Item): string {
  if (item.code) return item.code;
  return item.statement.length > 60 ? `${item.statement.slice(0, 59)}…` : item.statement;
}

function withData(human: string, data: object): string {
  const line = CASE_DATA_MARK + JSON.stringify(data);
  return human ? `${human}\n\n${line}` : line;
}

/** Splits a notes text into its readable part and the `[ksb-elements]` data line, if any. */
function splitData(text: string, path: string, problems: Problems): { human: string; data?: Record<string, unknown> } {
  const at = text.lastIndexOf(CASE_DATA_MARK);
  if (at < 0 || (at > 0 && text[at - 1] !== '\n')) return { human: text };
  const line = text.slice(at + CASE_DATA_MARK.length);
  try {
    const data = asObject(JSON.parse(line));
    if (data) return { human: text.slice(0, at).replace(/\s+$/, ''), data };
  } catch {
    // fall through
  }
  problems.warn(path, 'bad-data', 'The [ksb-elements] line cannot be read; the text is kept as a note.');
  return { human: text };
}

// ---------------------------------------------------------------------------
// Reading

export interface FromCaseOptions {
  /** Framework id to use instead of the CFDocument identifier (packages from elsewhere). */
  id?: string;
  /** Version to use when the CFDocument has none; default "1". */
  version?: string;
}

const DOCUMENT_FIELDS = [
  'identifier', 'uri', 'creator', 'title', 'lastChangeDateTime', 'officialSourceURL', 'publisher', 'description', 'subject',
  'subjectURI', 'language', 'version', 'adoptionStatus', 'statusStartDate', 'statusEndDate', 'licenseURI', 'notes',
  'CFPackageURI', 'frameworkType', 'caseVersion', 'extensions', '@context', 'type',
];
const ITEM_FIELDS = [
  'identifier', 'uri', 'fullStatement', 'alternativeLabel', 'CFItemType', 'humanCodingScheme', 'listEnumeration',
  'abbreviatedStatement', 'conceptKeywords', 'conceptKeywordsURI', 'notes', 'language', 'educationLevel', 'CFItemTypeURI',
  'licenseURI', 'statusStartDate', 'statusEndDate', 'lastChangeDateTime', 'CFDocumentURI', 'subject', 'subjectURI',
  'isPartOf', 'extensions', '@context', 'type',
];
const ASSOCIATION_FIELDS = [
  'identifier', 'uri', 'associationType', 'sequenceNumber', 'originNodeURI', 'destinationNodeURI', 'CFAssociationGroupingURI',
  'lastChangeDateTime', 'CFDocumentURI', 'notes', 'extensions', '@context', 'type',
];
const PACKAGE_FIELDS = ['CFDocument', 'CFItems', 'CFAssociations', 'CFDefinitions', 'CFRubrics', '@context', 'type', 'extensions'];

/** True when a value looks like a CASE package (`CFDocument` with `CFItems`), wrapped in `{CFPackage: ...}` or not. */
export function looksLikeCASE(json: unknown): boolean {
  let value = json;
  if (typeof value === 'string') {
    if (!value.includes('CFDocument')) return false;
    try {
      value = JSON.parse(value);
    } catch {
      return false;
    }
  }
  let obj = asObject(value);
  if (obj && asObject(own(obj, 'CFPackage'))) obj = asObject(own(obj, 'CFPackage'));
  return !!obj && !!asObject(own(obj, 'CFDocument')) && (Array.isArray(own(obj, 'CFItems')) || Array.isArray(own(obj, 'CFAssociations')));
}

interface ReadItem {
  item: Item;
  caseId: string;
  uri?: string;
  index: number;
  path: string;
  educationLevels: string[];
}

/**
 * Reads a CASE package (object or JSON text; `{CFPackage: ...}` wrapper
 * optional) into a framework. Never throws; see the module documentation.
 */
export function fromCASE(input: unknown, options: FromCaseOptions = {}): ImportResult {
  const problems = new Problems();
  const data = parseInput(input, problems);
  if (problems.hasErrors) return { problems: problems.list };
  let root = '$';
  let pkg = asObject(data);
  if (pkg && asObject(own(pkg, 'CFPackage'))) {
    pkg = asObject(own(pkg, 'CFPackage'));
    root = '$.CFPackage';
  }
  if (!pkg) {
    problems.error('$', 'type', `Expected a CASE package (an object with CFDocument and CFItems) but found ${describe(data)}.`);
    return { problems: problems.list };
  }
  const doc = asObject(own(pkg, 'CFDocument'));
  if (!doc) {
    problems.error(childPath(root, 'CFDocument'), 'missing', 'Not a CASE package: there is no CFDocument.');
    return { problems: problems.list };
  }
  unknownKeys(pkg, PACKAGE_FIELDS, root, problems);
  const docPath = childPath(root, 'CFDocument');
  unknownKeys(doc, DOCUMENT_FIELDS, docPath, problems);
  const docNotes = text(doc, 'notes', docPath, problems);
  const docSplit = docNotes !== undefined ? splitData(docNotes, childPath(docPath, 'notes'), problems) : { human: '' };
  const ours = docSplit.data && docSplit.data.format === FRAMEWORK_FORMAT ? docSplit.data : undefined;
  const docId = text(doc, 'identifier', docPath, problems)?.trim();
  if (!docId) problems.warn(childPath(docPath, 'identifier'), 'missing', 'The CFDocument has no identifier.');
  const docUri = linkTarget(own(doc, 'uri'));
  const packageUri = own(doc, 'CFPackageURI');
  if (typeof packageUri === 'string') problems.warn(childPath(docPath, 'CFPackageURI'), 'legacy-format', 'CFPackageURI is plain text, as in pre-1.0 CASE drafts; read anyway.');

  // Definitions: item types and association groupings by identifier.
  const defs = asObject(own(pkg, 'CFDefinitions'));
  const typeDefs = new Map<string, Record<string, unknown>>();
  const groupingDefs = new Map<string, Record<string, unknown>>();
  if (defs) {
    for (const [key, map] of [['CFItemTypes', typeDefs], ['CFAssociationGroupings', groupingDefs]] as const) {
      const list = own(defs, key);
      if (Array.isArray(list)) {
        for (const d of list) {
          const o = asObject(d);
          const id = o && own(o, 'identifier');
          if (o && typeof id === 'string') map.set(id.toLowerCase(), o);
        }
      }
    }
  }

  // Items.
  const rawItems = own(pkg, 'CFItems');
  const itemsPath = childPath(root, 'CFItems');
  if (!Array.isArray(rawItems)) problems.warn(itemsPath, 'missing', 'The package has no CFItems list.');
  const read: ReadItem[] = [];
  const byCaseId = new Map<string, ReadItem>();
  const byUri = new Map<string, ReadItem>();
  const ids = new IdAllocator();
  const foreignTypes = new Map<string, ItemType>();
  (Array.isArray(rawItems) ? rawItems : []).forEach((raw, index) => {
    const path = childPath(itemsPath, index);
    const o = asObject(raw);
    if (!o) {
      problems.warn(path, 'type', `Expected a CFItem (an object) but found ${describe(raw)}; skipped.`);
      return;
    }
    unknownKeys(o, ITEM_FIELDS.concat('educationalLevel'), path, problems);
    const caseId = text(o, 'identifier', path, problems)?.trim();
    if (!caseId) {
      problems.warn(childPath(path, 'identifier'), 'missing', 'A CFItem without identifier is skipped.');
      return;
    }
    if (byCaseId.has(caseId.toLowerCase())) {
      problems.warn(childPath(path, 'identifier'), 'duplicate-id', `CFItem "${caseId}" appears twice; the second is skipped.`);
      return;
    }
    const notes = text(o, 'notes', path, problems);
    const split = notes !== undefined ? splitData(notes, childPath(path, 'notes'), problems) : { human: '' };
    const mine = ours && split.data && typeof split.data.id === 'string' ? split.data : undefined;
    const exact = (key: string) => (mine ? text(o, key, path, problems) : tidy(text(o, key, path, problems)));
    let statement = exact('fullStatement');
    const code = exact('humanCodingScheme') ?? (mine ? undefined : tidy(text(o, 'listEnumeration', path, problems)));
    const abbreviated = exact('abbreviatedStatement');
    const alternative = tidy(text(o, 'alternativeLabel', path, problems));
    if (statement === undefined || statement.trim() === '') {
      statement = abbreviated ?? alternative ?? code;
      if (statement) problems.warn(childPath(path, 'fullStatement'), 'missing', `CFItem "${caseId}" has no fullStatement; "${statement}" is used.`);
      else {
        problems.warn(childPath(path, 'fullStatement'), 'missing', `CFItem "${caseId}" has no statement at all; skipped, with its links.`);
        return;
      }
    }
    let item: Item;
    const educationLevels: string[] = [];
    if (mine) {
      item = clean({
        id: ids.take(mine.id as string),
        code,
        type: typeof mine.type === 'string' ? mine.type : 'competency',
        title: abbreviated,
        statement,
        description: stringOr(mine.description),
        elements: stringsOr(mine.elements),
        notes: stringsOr(mine.notes),
        levels: stringsOr(mine.levels),
        descriptors: Array.isArray(mine.descriptors) ? (mine.descriptors as Item['descriptors']) : undefined,
        core: typeof mine.core === 'boolean' ? mine.core : undefined,
        status: stringOr(mine.status),
      });
    } else {
      const type = foreignType(o, path, typeDefs, foreignTypes, problems);
      const extra: string[] = [];
      if (abbreviated !== undefined && alternative !== undefined && alternative !== abbreviated) extra.push(`Alternative label: ${alternative}`);
      const keywords = own(o, 'conceptKeywords');
      if (Array.isArray(keywords) && keywords.length) extra.push(`Keywords: ${keywords.filter((k) => typeof k === 'string').join('; ')}`);
      const human = tidy(split.human);
      if (human) extra.push(human);
      let levels = own(o, 'educationLevel');
      if (levels === undefined && own(o, 'educationalLevel') !== undefined) {
        levels = own(o, 'educationalLevel');
        problems.warn(childPath(path, 'educationalLevel'), 'legacy-field', '"educationalLevel" is the pre-1.0 name of "educationLevel"; read as such.');
      }
      for (const lv of Array.isArray(levels) ? levels : typeof levels === 'string' ? levels.split(',') : []) {
        if (typeof lv === 'string' && lv.trim() && !educationLevels.includes(lv.trim())) educationLevels.push(lv.trim());
      }
      item = clean({
        id: ids.take(caseId),
        code,
        type,
        title: abbreviated ?? alternative,
        statement,
        notes: extra.length ? extra : undefined,
      });
    }
    const entry: ReadItem = { item, caseId, uri: linkTarget(own(o, 'uri')), index, path, educationLevels };
    read.push(entry);
    byCaseId.set(caseId.toLowerCase(), entry);
    if (entry.uri) byUri.set(entry.uri, entry);
  });

  /** Resolves an association end (LinkURI object, or a plain URI / identifier in drafts) to an item, the document, or outside. */
  const resolve = (value: unknown): { item?: ReadItem; doc?: boolean; title?: string; ref?: string } => {
    const o = asObject(value);
    const identifier = o ? own(o, 'identifier') : undefined;
    const uri = o ? own(o, 'uri') : value;
    // Some exporters title every end "Origin" / "Destination (Node)": no information.
    const rawTitle = o && typeof own(o, 'title') === 'string' ? (own(o, 'title') as string).trim() : undefined;
    const title = rawTitle && !/^(origin|destination)( node)?$/i.test(rawTitle) ? rawTitle : undefined;
    if (typeof identifier === 'string') {
      const hit = byCaseId.get(identifier.toLowerCase());
      if (hit) return { item: hit };
      if (docId && identifier.toLowerCase() === docId.toLowerCase()) return { doc: true };
    }
    if (typeof uri === 'string') {
      const hit = byUri.get(uri) ?? byCaseId.get(uri.split('/').pop()!.toLowerCase());
      if (hit) return { item: hit };
      if ((docUri && uri === docUri) || (docId && uri.toLowerCase().endsWith(docId.toLowerCase()))) return { doc: true };
    }
    return { title, ref: typeof uri === 'string' ? uri : typeof identifier === 'string' ? identifier : undefined };
  };

  // Associations: hierarchy first, then links.
  const rawAssociations = own(pkg, 'CFAssociations');
  const assocPath = childPath(root, 'CFAssociations');
  if (!Array.isArray(rawAssociations)) problems.warn(assocPath, 'missing', 'The package has no CFAssociations list; items have no hierarchy.');
  const childSeq = new Map<ReadItem, number>();
  const links: { association: Association; seq: number; index: number }[] = [];
  const parentOf = new Map<ReadItem, ReadItem>();
  const notesFor = new Map<ReadItem, string[]>();
  const addNote = (entry: ReadItem, note: string) => notesFor.set(entry, [...(notesFor.get(entry) ?? []), note]);
  (Array.isArray(rawAssociations) ? rawAssociations : []).forEach((raw, index) => {
    const path = childPath(assocPath, index);
    const o = asObject(raw);
    if (!o) {
      problems.warn(path, 'type', `Expected a CFAssociation (an object) but found ${describe(raw)}; skipped.`);
      return;
    }
    unknownKeys(o, ASSOCIATION_FIELDS, path, problems);
    const type = text(o, 'associationType', path, problems)?.trim();
    if (!type) {
      problems.warn(childPath(path, 'associationType'), 'missing', 'A CFAssociation without associationType is skipped.');
      return;
    }
    const seqRaw = own(o, 'sequenceNumber');
    const seq = typeof seqRaw === 'number' && Number.isFinite(seqRaw) ? seqRaw : typeof seqRaw === 'string' && seqRaw.trim() !== '' && Number.isFinite(Number(seqRaw)) ? Number(seqRaw) : undefined;
    const groupingRef = asObject(own(o, 'CFAssociationGroupingURI'));
    const groupingId = groupingRef && typeof own(groupingRef, 'identifier') === 'string' ? (own(groupingRef, 'identifier') as string).toLowerCase() : undefined;
    const grouping = groupingId ? groupingDefs.get(groupingId) : undefined;
    let groupingData: Record<string, unknown> | undefined;
    if (grouping && typeof own(grouping, 'description') === 'string') {
      groupingData = splitData(own(grouping, 'description') as string, `${path}.CFAssociationGroupingURI`, problems).data;
    }
    const from = resolve(own(o, 'originNodeURI'));
    const to = resolve(own(o, 'destinationNodeURI'));

    if (type === 'isChildOf' && !(groupingData && typeof groupingData.type === 'string')) {
      if (!from.item) {
        problems.warn(childPath(path, 'originNodeURI'), 'unknown-id', `isChildOf from "${from.title ?? from.ref ?? '?'}", which is not an item of the package; ignored.`);
        return;
      }
      if (to.doc) {
        if (!parentOf.has(from.item) && !childSeq.has(from.item)) childSeq.set(from.item, seq ?? Number.POSITIVE_INFINITY);
        return;
      }
      if (!to.item) {
        problems.warn(childPath(path, 'destinationNodeURI'), 'external-link', `${from.item.item.id} is a child of "${to.title ?? to.ref ?? '?'}", outside the package; kept as a note.`);
        addNote(from.item, `isChildOf: ${[to.title, to.ref && `<${to.ref}>`].filter(Boolean).join(' ')}`);
        return;
      }
      if (parentOf.has(from.item) || createsCycle(from.item, to.item, parentOf)) {
        const why = parentOf.has(from.item) ? 'already has a parent' : 'would be its own ancestor';
        problems.warn(path, 'second-parent', `${from.item.item.id} ${why}; this isChildOf link to ${to.item.item.id} is kept as an association.`);
        links.push({ association: { type: 'isChildOf', source: from.item.item.id, target: to.item.item.id }, seq: seq ?? Number.POSITIVE_INFINITY, index });
        return;
      }
      parentOf.set(from.item, to.item);
      childSeq.set(from.item, seq ?? Number.POSITIVE_INFINITY);
      return;
    }

    if (!from.item || !to.item) {
      const inside = from.item ?? to.item;
      const outside = from.item ? to : from;
      if (inside && !outside.doc) {
        const arrow = from.item ? `${type}: ` : `${type} (from): `;
        addNote(inside, `${arrow}${[outside.title, outside.ref && `<${outside.ref}>`].filter(Boolean).join(' ')}`);
        problems.warn(path, 'external-link', `${type} link between ${inside.item.id} and "${outside.title ?? outside.ref ?? '?'}", outside the package; kept as a note on ${inside.item.id}.`);
      } else {
        problems.warn(path, 'unknown-id', `${type} link between nodes that are not items of the package; ignored.`);
      }
      return;
    }
    const association: Association = { type, source: from.item.item.id, target: to.item.item.id };
    if (groupingData && typeof groupingData.type === 'string') {
      association.type = groupingData.type;
      if (typeof groupingData.qualifier === 'string') association.qualifier = groupingData.qualifier;
      if (typeof groupingData.note === 'string') association.note = groupingData.note;
    } else if (grouping && typeof own(grouping, 'title') === 'string') {
      association.note = `Association grouping: ${own(grouping, 'title')}`;
    } else if (groupingId && !grouping) {
      problems.warn(childPath(path, 'CFAssociationGroupingURI'), 'unknown-id', 'The association grouping is not in CFDefinitions; ignored.');
    }
    links.push({ association, seq: seq ?? Number.POSITIVE_INFINITY, index });
  });
  for (const [entry, parent] of parentOf) entry.item.parent = parent.item.id;

  // Item order: ours keep framework order (isChildOf sequence numbers); others depth first by sequence number.
  const bySeq = (a: ReadItem, b: ReadItem) => (childSeq.get(a) ?? Infinity) - (childSeq.get(b) ?? Infinity) || a.index - b.index;
  let ordered: ReadItem[];
  if (ours) ordered = [...read].sort(bySeq);
  else {
    const children = new Map<ReadItem | undefined, ReadItem[]>();
    for (const entry of read) {
      const parent = parentOf.get(entry);
      children.set(parent, [...(children.get(parent) ?? []), entry]);
    }
    ordered = [];
    const visit = (parent: ReadItem | undefined) => {
      for (const child of (children.get(parent) ?? []).sort(bySeq)) {
        ordered.push(child);
        visit(child);
      }
    };
    visit(undefined);
  }
  const items = ordered.map((e) => e.item);
  const associations = (ours ? [...links].sort((a, b) => a.seq - b.seq || a.index - b.index) : links).map((l) => l.association);

  // Rubrics.
  const { rubrics, scales } = readRubrics(pkg, root, problems, ours, byCaseId, addNote);
  for (const [entry, notes] of notesFor) entry.item.notes = [...(entry.item.notes ?? []), ...notes];

  // The framework.
  const docText = (key: string) => tidy(text(doc, key, docPath, problems));
  const title = (ours ? text(doc, 'title', docPath, problems) : docText('title')) ?? 'Untitled CASE framework';
  if (!text(doc, 'title', docPath, problems)) problems.warn(childPath(docPath, 'title'), 'missing', `The CFDocument has no title; "${title}" is used.`);
  let version = ours ? text(doc, 'version', docPath, problems) : docText('version');
  if (!version) {
    version = options.version ?? '1';
    if (options.version === undefined) problems.warn(childPath(docPath, 'version'), 'missing', `The CFDocument has no version; "${version}" is assumed.`);
  }
  let framework: Framework;
  if (ours) {
    framework = clean({
      format: FRAMEWORK_FORMAT,
      id: options.id ?? (ours.id as string),
      version,
      title,
      reference: stringOr(ours.reference),
      level: typeof ours.level === 'number' ? ours.level : undefined,
      language: text(doc, 'language', docPath, problems),
      description: text(doc, 'description', docPath, problems),
      source: asObject(ours.source) as Framework['source'],
      notes: stringsOr(ours.notes),
      itemTypes: Array.isArray(ours.itemTypes) ? (ours.itemTypes as ItemType[]) : undefined,
      items,
      associations: associations.length ? associations : undefined,
      levels: Array.isArray(ours.levels) ? (ours.levels as Level[]) : undefined,
      scales: Array.isArray(ours.scales) ? (ours.scales as Scale[]) : undefined,
      defaultScale: stringOr(ours.defaultScale),
      rubrics: rubrics.length ? rubrics : undefined,
      resources: Array.isArray(ours.resources) ? (ours.resources as Framework['resources']) : undefined,
      lists: Array.isArray(ours.lists) ? (ours.lists as Framework['lists']) : undefined,
    });
  } else {
    const notes: string[] = [];
    const creator = docText('creator');
    const publisher = docText('publisher');
    if (creator && creator !== publisher) notes.push(`Creator: ${creator}`);
    const adoption = docText('adoptionStatus');
    if (adoption) notes.push(`Adoption status: ${adoption}`);
    const subjects = own(doc, 'subject');
    if (Array.isArray(subjects) && subjects.length) notes.push(`Subject: ${subjects.filter((s) => typeof s === 'string').join('; ')}`);
    const start = docText('statusStartDate');
    const end = docText('statusEndDate');
    if (start || end) notes.push(`Status dates: ${start ?? '?'} to ${end ?? 'open'}`);
    const frameworkType = docText('frameworkType');
    if (frameworkType) notes.push(`Framework type: ${frameworkType}`);
    if (docId) notes.push(`CASE document identifier: ${docId}`);
    const human = tidy(docSplit.human);
    if (human) notes.push(human);
    const licence = asObject(own(doc, 'licenseURI'));
    const levels = educationLevels(read);
    const usedTypes = [...new Set(items.map((i) => i.type))];
    framework = clean({
      format: FRAMEWORK_FORMAT,
      id: options.id ?? docId ?? (slug(title) || 'case-framework'),
      version,
      title,
      language: docText('language'),
      description: docText('description'),
      source: emptyToUndefined(clean({
        publisher: publisher ?? creator,
        url: docText('officialSourceURL'),
        licence: licence && typeof own(licence, 'title') === 'string' ? (own(licence, 'title') as string) : undefined,
        date: docText('lastChangeDateTime'),
      })),
      notes: notes.length ? notes : undefined,
      itemTypes: usedTypes.map((t) => foreignTypes.get(t)).filter((t): t is ItemType => !!t),
      items,
      associations: associations.length ? associations : undefined,
      levels: levels.length ? levels : undefined,
      scales: scales.length ? scales : undefined,
      rubrics: rubrics.length ? rubrics : undefined,
    });
    if (!framework.itemTypes?.length) delete framework.itemTypes;
  }
  // A framework with no items would silently lose the whole package: an error, not a warning.
  if (items.length === 0) problems.error(itemsPath, 'empty', 'The package has no usable CFItems: there is nothing to import.');
  return { framework: finish(framework, problems), problems: problems.list };
}

function readRubrics(
  pkg: Record<string, unknown>,
  root: string,
  problems: Problems,
  ours: Record<string, unknown> | undefined,
  byCaseId: Map<string, ReadItem>,
  addNote: (entry: ReadItem, note: string) => void,
): { rubrics: Rubric[]; scales: Scale[] } {
  const rubrics: Rubric[] = [];
  const scales: Scale[] = [];
  const raw = own(pkg, 'CFRubrics');
  const path = childPath(root, 'CFRubrics');
  if (raw === undefined || raw === null) return { rubrics, scales };
  if (!Array.isArray(raw)) {
    problems.warn(path, 'type', `CFRubrics must be a list but is ${describe(raw)}; ignored.`);
    return { rubrics, scales };
  }
  const rubricScales = asObject(ours?.rubricScales) ?? {};
  const scaleBySignature = new Map<string, Scale>();
  const rated = new Set<string>();
  raw.forEach((r, i) => {
    const at = childPath(path, i);
    const rubric = asObject(r);
    if (!rubric) {
      problems.warn(at, 'type', `Expected a CFRubric (an object) but found ${describe(r)}; skipped.`);
      return;
    }
    unknownKeys(rubric, ['identifier', 'uri', 'title', 'description', 'lastChangeDateTime', 'CFRubricCriteria', 'extensions'], at, problems);
    const rubricTitle = typeof own(rubric, 'title') === 'string' ? (own(rubric, 'title') as string) : undefined;
    const rubricDescription = typeof own(rubric, 'description') === 'string' ? (own(rubric, 'description') as string) : undefined;
    // Ours: the rubric description is the interaction guidance. Others: a description of the rubric, kept as a note.
    const interaction = ours ? rubricDescription : undefined;
    const criteria = own(rubric, 'CFRubricCriteria');
    if (!Array.isArray(criteria) || criteria.length === 0) {
      problems.warn(childPath(at, 'CFRubricCriteria'), 'missing', `Rubric "${rubricTitle ?? i}" has no criteria; skipped.`);
      return;
    }
    criteria.forEach((c, j) => {
      const cp = childPath(childPath(at, 'CFRubricCriteria'), j);
      const criterion = asObject(c);
      if (!criterion) {
        problems.warn(cp, 'type', `Expected a CFRubricCriterion (an object) but found ${describe(c)}; skipped.`);
        return;
      }
      unknownKeys(criterion, ['identifier', 'uri', 'category', 'description', 'CFItemURI', 'weight', 'position', 'rubricId', 'lastChangeDateTime', 'CFRubricCriterionLevels', 'extensions'], cp, problems);
      const link = asObject(own(criterion, 'CFItemURI'));
      const identifier = link ? own(link, 'identifier') : undefined;
      const entry = typeof identifier === 'string' ? byCaseId.get(identifier.toLowerCase()) : undefined;
      if (!entry) {
        problems.warn(childPath(cp, 'CFItemURI'), 'unknown-id', 'The criterion does not name an item of the package; skipped.');
        return;
      }
      if (rated.has(entry.item.id)) {
        problems.warn(cp, 'duplicate-rubric', `${entry.item.id} already has a rubric; this criterion is skipped (a framework item has one rubric).`);
        return;
      }
      const rawLevels = own(criterion, 'CFRubricCriterionLevels');
      const levels = (Array.isArray(rawLevels) ? rawLevels : [])
        .map((l, k) => ({ l: asObject(l), k }))
        .filter((x): x is { l: Record<string, unknown>; k: number } => !!x.l);
      const position = (l: Record<string, unknown>) => (typeof own(l, 'position') === 'number' ? (own(l, 'position') as number) : Infinity);
      if (ours) levels.sort((a, b) => position(a.l) - position(b.l) || a.k - b.k);
      const descriptors: RubricDescriptor[] = [];
      const points: { value: number; label: string }[] = [];
      const feedback: string[] = [];
      for (const { l, k } of levels) {
        const lp = childPath(childPath(cp, 'CFRubricCriterionLevels'), k);
        unknownKeys(l, ['identifier', 'uri', 'description', 'quality', 'score', 'feedback', 'position', 'rubricCriterionId', 'lastChangeDateTime', 'extensions'], lp, problems);
        const score = own(l, 'score');
        const value = typeof score === 'number' && Number.isFinite(score) ? score : position(l) !== Infinity ? position(l) : k + 1;
        if (typeof score !== 'number') problems.warn(childPath(lp, 'score'), 'missing', `The level has no numeric score; ${value} is used.`);
        if (descriptors.some((d) => d.value === value)) {
          problems.warn(childPath(lp, 'score'), 'duplicate-point', `Two levels score ${value}; the second is skipped.`);
          continue;
        }
        const quality = typeof own(l, 'quality') === 'string' && (own(l, 'quality') as string).trim() ? (own(l, 'quality') as string).trim() : `Score ${value}`;
        points.push({ value, label: quality });
        const description = typeof own(l, 'description') === 'string' ? (own(l, 'description') as string) : '';
        if (description.trim()) descriptors.push({ value, text: ours ? description : description.trim() });
        else problems.warn(childPath(lp, 'description'), 'missing', `The level "${quality}" has no description; the rubric has no descriptor for ${value}.`);
        const fb = own(l, 'feedback');
        if (typeof fb === 'string' && fb.trim()) feedback.push(`Rubric feedback at ${value} (${quality}): ${fb.trim()}`);
      }
      if (descriptors.length === 0) {
        problems.warn(cp, 'empty', `The criterion for ${entry.item.id} has no level descriptions; skipped.`);
        return;
      }
      let scaleId = typeof rubricScales[entry.item.id] === 'string' ? (rubricScales[entry.item.id] as string) : undefined;
      if (!scaleId) {
        const sorted = [...points].sort((a, b) => a.value - b.value);
        const signature = JSON.stringify(sorted);
        let scale = scaleBySignature.get(signature);
        if (!scale && sorted.length >= 2) {
          scale = { id: `case-rubric-scale-${scales.length + 1}`, title: `Rubric scale: ${sorted.map((p) => p.label).join(', ')}`, points: sorted };
          scaleBySignature.set(signature, scale);
          scales.push(scale);
        }
        if (!scale) {
          problems.warn(cp, 'too-few', `The criterion for ${entry.item.id} has fewer than two levels, too few for a rating scale; skipped.`);
          return;
        }
        scaleId = scale.id;
        const category = typeof own(criterion, 'category') === 'string' ? (own(criterion, 'category') as string).trim() : '';
        const weight = own(criterion, 'weight');
        const facts = [
          rubricTitle ? `rubric "${rubricTitle.trim()}"${rubricDescription?.trim() ? ` (${rubricDescription.trim()})` : ''}` : undefined,
          category ? `criterion "${category}"` : undefined,
          typeof weight === 'number' ? `weight ${weight}` : undefined,
        ].filter(Boolean);
        if (facts.length) addNote(entry, `Rated with ${facts.join(', ')}.`);
        for (const f of feedback) addNote(entry, f);
      }
      const keyFeatures = typeof own(criterion, 'description') === 'string' && (ours || (own(criterion, 'description') as string).trim()) ? (own(criterion, 'description') as string) : undefined;
      rated.add(entry.item.id);
      rubrics.push(clean({ item: entry.item.id, scale: scaleId, keyFeatures: ours ? keyFeatures : keyFeatures?.trim(), interaction, descriptors }));
    });
  });
  return { rubrics, scales };
}

function foreignType(
  o: Record<string, unknown>,
  path: string,
  typeDefs: Map<string, Record<string, unknown>>,
  types: Map<string, ItemType>,
  problems: Problems,
): string {
  const link = asObject(own(o, 'CFItemTypeURI'));
  const linkId = link && typeof own(link, 'identifier') === 'string' ? (own(link, 'identifier') as string).toLowerCase() : undefined;
  const def = linkId ? typeDefs.get(linkId) : undefined;
  const named = typeof own(o, 'CFItemType') === 'string' ? (own(o, 'CFItemType') as string).trim() : '';
  const defTitle = def && typeof own(def, 'title') === 'string' ? (own(def, 'title') as string).trim() : '';
  const linkTitle = link && typeof own(link, 'title') === 'string' ? (own(link, 'title') as string).trim() : '';
  const typeCode = def && typeof own(def, 'typeCode') === 'string' ? (own(def, 'typeCode') as string).trim() : '';
  const label = named || defTitle || linkTitle || typeCode;
  if (!label) return 'competency';
  const id = slug(typeCode || label) || 'competency';
  if (!types.has(id)) {
    const description = def && typeof own(def, 'description') === 'string' && (own(def, 'description') as string).trim() ? (own(def, 'description') as string).trim() : undefined;
    types.set(id, clean({ id, label, description }));
  }
  if (linkId && !def && typeDefs.size > 0) problems.warn(childPath(path, 'CFItemTypeURI'), 'unknown-id', `Item type "${label}" is not in CFDefinitions.CFItemTypes; its title is used.`);
  return id;
}

/** Education levels of items from elsewhere, as framework levels in order of first use; items list theirs. */
function educationLevels(read: ReadItem[]): Level[] {
  const levels: Level[] = [];
  const ids = new Map<string, string>();
  for (const entry of read) {
    if (!entry.educationLevels.length) continue;
    entry.item.levels = entry.educationLevels.map((code) => {
      let id = ids.get(code);
      if (!id) {
        id = `education-level-${slug(code) || levels.length + 1}`;
        ids.set(code, id);
        levels.push({ id, label: `Education level ${code}`, code });
      }
      return id;
    });
  }
  return levels;
}

function createsCycle(child: ReadItem, parent: ReadItem, parentOf: Map<ReadItem, ReadItem>): boolean {
  for (let at: ReadItem | undefined = parent; at; at = parentOf.get(at)) if (at === child) return true;
  return false;
}

function unknownKeys(obj: Record<string, unknown>, known: readonly string[], path: string, problems: Problems): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) problems.warn(childPath(path, key), 'unknown-field', `Unknown field "${key}" is ignored.`);
  }
}

function text(obj: Record<string, unknown>, key: string, path: string, problems: Problems): string | undefined {
  const value = own(obj, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') {
    problems.warn(childPath(path, key), 'type', `"${key}" should be text but is ${describe(value)}; ignored.`);
    return undefined;
  }
  return value;
}

function tidy(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const t = value.replace(/\r\n?/g, '\n').trim();
  return t === '' ? undefined : t;
}

function linkTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const o = asObject(value);
  return o && typeof own(o, 'uri') === 'string' ? (own(o, 'uri') as string) : undefined;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function stringsOr(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
}

function emptyToUndefined<T extends object>(obj: T): T | undefined {
  return Object.keys(obj).length ? obj : undefined;
}
