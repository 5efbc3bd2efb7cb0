/**
 * Importer for IfATE (now Skills England) apprenticeship-standard API records.
 *
 * Input: one record of `GET /api/apprenticeshipstandards/{id}` (object), a
 * list of them (array, as the list endpoint returns), or the same as JSON text.
 * Both the 2020 field set (`knowledges[].knowledgeId`, `duties[].dutyID`,
 * `isThisACoreDuty` 0/1, `options[{name, duties: [duty text]}]`) and the
 * current one (`referenceNumber`, `version`, `options[{optionId, title}]`,
 * foundation-apprenticeship `technicalKnowledges` / `technicalSkills` /
 * `employabilitySkillsAndBehaviours`) are read.
 *
 * Output, per record (a `ksb-framework/1` framework):
 * - items: duties first ("D1".."Dn", code "Duty n", `core` from
 *   `isThisACoreDuty`, `criteriaForMeasuringPerformance` kept as a note), then
 *   knowledge "K1".., skills "S1".., behaviours "B1".., numbered in source order;
 * - associations: `requires` from each duty to the KSBs in its
 *   `mappedKnowledge`, `mappedSkills`, `mappedBehaviour` (GUIDs resolved), in
 *   that order;
 * - lists: one per option ("option-1"..), holding the option's duties;
 * - id: `referenceNumber` in lower case ("st0568"), else `lars<larsCode>`;
 *   reference, version (`version` / `versionNumber`), level, title, and the
 *   occupational summary (HTML-escaped in the API) as plain-text description;
 * - notes: the other facts of the record (overview of the role, typical job
 *   titles, route, duration, funding band, qualifications, regulation ...).
 *
 * Problems (never an exception): unresolvable GUIDs, missing KSB lists,
 * entries without text, duplicates and fields this importer does not know
 * are warnings; input that is not a standard at all is an error.
 */
import { FRAMEWORK_FORMAT, type Association, type Framework, type Item, type ItemList } from '../model/framework.js';
import { childPath } from '../model/problems.js';
import { BUILT_IN_ITEM_TYPES } from '../model/validate-framework.js';
import { asObject, clean, describe, finish, own, parseInput, Problems, slug, type ImportResult } from './common.js';
import { decodeEntities, htmlToText, plainText } from './html-entities.js';
import { KSB_LISTS } from './ifate-detect.js';

/** Each KSB kind: its item type, code prefix and the duty list linking to it, with where the API keeps it (`KSB_LISTS`, same order). */
const KSB_KINDS = [
  { type: 'knowledge', prefix: 'K', mapped: 'mappedKnowledge', ...KSB_LISTS[0] },
  { type: 'skill', prefix: 'S', mapped: 'mappedSkills', ...KSB_LISTS[1] },
  { type: 'behaviour', prefix: 'B', mapped: 'mappedBehaviour', ...KSB_LISTS[2] },
] as const;

export { looksLikeIfATE } from './ifate-detect.js';

export interface IfATEOptions {
  /** Framework id to use when the record has no `referenceNumber` (single records only). */
  id?: string;
  /** Reference such as "ST0568" when the record has none (single records only); also sets the id. */
  reference?: string;
  /** Version to use when the record has none; default "1.0" (reported). */
  version?: string;
  /** Language of the text; default "en-GB". */
  language?: string;
  /** Called after each record of a list, for progress reports on large inputs. */
  onProgress?: (done: number, total: number) => void;
}

/** The result for one record or a list: `frameworks` holds one framework per usable record, `framework` the first. */
export interface IfATEImportResult extends ImportResult {
  frameworks: Framework[];
}

/** Every top-level field of the 2020 and current API records (see the fixtures README, section 1.4). */
const KNOWN_FIELDS = new Set([
  // 2020 projection and Standard.cs
  'larsCode', 'title', 'level', 'maxFunding', 'typicalDuration', 'ssa1', 'ssa2', 'route', 'pathway', 'cluster',
  'keywords', 'jobRoles', 'integratedDegree', 'overviewOfRole', 'typicalJobTitles', 'skills', 'duties', 'qualifications',
  'professionalRecognition', 'standardPageUrl', 'regulated', 'regulatedBody', 'regulationDetail', 'behaviours',
  'knowledges', 'occupationalSummary', 'options', 'status', 'version', 'coreAndOptions',
  // Apprenticeship.cs (current)
  'approvedForDelivery', 'assessmentPlanUrl', 'change', 'changedDate', 'coronationEmblem', 'createdDate',
  'earliestStartDate', 'eQAProvider', 'greenJobTitles', 'integratedApprenticeship', 'lastUpdated', 'latestEndDate',
  'latestStartDate', 'optionsUnstructuredTemplate', 'publishDate', 'referenceNumber', 'tbMainContact', 'versionNumber',
  // FoundationApprenticeship.cs and ApprenticeshipUnit.cs
  'technicalKnowledges', 'technicalSkills', 'employabilitySkillsAndBehaviours', 'relatedOccupations',
  'assessmentChanged', 'foundationApprenticeshipUrl', 'learningAimClassCode', 'minimumHoursForCompliance', 'whoIsItFor',
  'entryRequirements', 'apprenticeshipUnitUrl',
  // further keys seen on live responses
  'templateType', 'shortAssessment', 'approvedForDeliveryPausedStarts', 'url', 'qualificationStandardUrl', 'ePALength',
  'maxFundingAdditionalInformation', 'standardInformation', 'proposalApproved', 'standardApproved',
  'standardPublished', 'epaApprovalDate', 'epaPublished', 'fundingApprovalDate', 'integration', 'tbReference',
  'involvedEmployers', 'otherInvolvedStakeholders', 'englishAndMathsQualifications', 'reviewDetails', 'clusterId',
  'clusterDescription', 'occupationalStandardApprovalDate', 'banners', 'occupationCode', 'occupationalStandardUrl',
  'optionsUnstructuredKsbMapping', 'careerStarter',
]);

const DUTY_FIELDS = new Set([
  'dutyID', 'dutyId', 'id', 'dutyDetail', 'detail', 'isThisACoreDuty', 'mappedKnowledge', 'mappedSkills',
  'mappedBehaviour', 'mappedBehaviours', 'mappedOptions', 'criteriaForMeasuringPerformance',
  'mappedKnowledgeIds', 'mappedSkillsIds', 'mappedBehaviourIds',
]);

/**
 * Converts IfATE apprenticeship-standard API JSON to `ksb-framework/1`.
 * Never throws; see the module documentation for the mapping.
 */
export function fromIfATE(input: unknown, options: IfATEOptions = {}): IfATEImportResult {
  const problems = new Problems();
  const data = parseInput(input, problems);
  if (problems.hasErrors) return { problems: problems.list, frameworks: [] };
  const frameworks: Framework[] = [];
  if (Array.isArray(data)) {
    if (data.length === 0) problems.error('$', 'empty', 'The list holds no apprenticeship standards.');
    const ids = new Map<string, number>();
    data.forEach((record, i) => {
      const path = childPath('$', i);
      const recordProblems = new Problems();
      const fw = convertRecord(record, path, { ...options, id: undefined, reference: undefined }, recordProblems);
      // One unusable record must not sink the others: its errors become warnings of the list.
      for (const p of recordProblems.list) problems.list.push(p.severity === 'error' ? { ...p, severity: 'warning', message: `${p.message} This standard is skipped.` } : p);
      if (fw) {
        const first = ids.get(fw.id);
        if (first !== undefined) problems.warn(path, 'duplicate-id', `Standard "${fw.id}" appears again (first at $[${first}]); both are kept.`);
        else ids.set(fw.id, i);
        frameworks.push(fw);
      }
      options.onProgress?.(i + 1, data.length);
    });
    if (data.length > 0 && frameworks.length === 0) problems.error('$', 'no-standards', 'No entry of the list could be converted.');
  } else {
    const fw = convertRecord(data, '$', options, problems);
    if (fw) frameworks.push(fw);
    options.onProgress?.(1, 1);
  }
  return { framework: frameworks[0], frameworks, problems: problems.list };
}

interface KsbEntry {
  item: Item;
  kind: (typeof KSB_KINDS)[number];
}

function convertRecord(value: unknown, path: string, options: IfATEOptions, problems: Problems): Framework | undefined {
  const rec = asObject(value);
  if (!rec) {
    problems.error(path, 'type', `Expected an apprenticeship standard (an object) but found ${describe(value)}.`);
    return undefined;
  }
  if (own(rec, 'format') !== undefined && own(rec, 'items') !== undefined) {
    problems.error(path, 'not-ifate', 'This is already a ksb-elements framework, not an IfATE record.');
    return undefined;
  }
  for (const key of Object.keys(rec)) {
    if (!KNOWN_FIELDS.has(key)) problems.warn(childPath(path, key), 'unknown-field', `Unknown field "${key}" is ignored.`);
  }
  const str = (key: string): string | undefined => readText(rec, key, path, problems);

  // KSBs, numbered in source order within each kind.
  const byGuid = new Map<string, KsbEntry>();
  const byCode = new Map<string, KsbEntry>();
  const ksbItems: Item[] = [];
  for (const kind of KSB_KINDS) {
    const key = own(rec, kind.key) !== undefined || own(rec, kind.alt) === undefined ? kind.key : kind.alt;
    const list = readList(rec, key, path, problems);
    if (list === undefined) {
      problems.warn(childPath(path, kind.key), 'missing', `No "${kind.key}" list: the standard has no ${kind.type} items, and links to them cannot be resolved.`);
      continue;
    }
    let n = 0;
    list.forEach((entry, i) => {
      const at = childPath(childPath(path, key), i);
      const obj = asObject(entry);
      if (!obj) {
        problems.warn(at, 'type', `Expected a ${kind.type} (an object) but found ${describe(entry)}; skipped.`);
        return;
      }
      const detail = readText(obj, 'detail', at, problems);
      if (!detail) {
        problems.warn(childPath(at, 'detail'), 'missing', `A ${kind.type} without text is skipped.`);
        return;
      }
      n++;
      const code = `${kind.prefix}${n}`;
      const item: Item = { id: code, code, type: kind.type, statement: detail };
      ksbItems.push(item);
      const entryOf: KsbEntry = { item, kind };
      const guid = kind.idKeys.map((k) => own(obj, k)).find((v) => typeof v === 'string' && v.trim() !== '') as string | undefined;
      if (guid === undefined) {
        problems.warn(at, 'missing', `${code} has no id, so no duty can refer to it.`);
      } else if (byGuid.has(guid.toLowerCase())) {
        problems.warn(at, 'duplicate-id', `${code} repeats the id of ${byGuid.get(guid.toLowerCase())!.item.id}; links to that id go to the first.`);
      } else {
        byGuid.set(guid.toLowerCase(), entryOf);
      }
      byCode.set(code, entryOf);
    });
  }

  // Duties and their links.
  const dutyItems: Item[] = [];
  const associations: Association[] = [];
  const dutyOptionGuids: { duty: Item; guids: string[]; path: string }[] = [];
  const dutyByText = new Map<string, Item>();
  const rawDuties = readList(rec, 'duties', path, problems);
  if (rawDuties === undefined) problems.warn(childPath(path, 'duties'), 'missing', 'No "duties" list: the standard has no duties and no duty-to-KSB links.');
  (rawDuties ?? []).forEach((entry, i) => {
    const at = childPath(childPath(path, 'duties'), i);
    const obj = asObject(entry);
    if (!obj) {
      problems.warn(at, 'type', `Expected a duty (an object) but found ${describe(entry)}; skipped.`);
      return;
    }
    for (const key of Object.keys(obj)) {
      if (!DUTY_FIELDS.has(key)) problems.warn(childPath(at, key), 'unknown-field', `Unknown field "${key}" is ignored.`);
    }
    const detail = readText(obj, 'dutyDetail', at, problems) ?? readText(obj, 'detail', at, problems);
    if (!detail) {
      problems.warn(childPath(at, 'dutyDetail'), 'missing', 'A duty without text is skipped, with its links.');
      return;
    }
    const n = dutyItems.length + 1;
    const duty: Item = { id: `D${n}`, code: `Duty ${n}`, type: 'duty', statement: detail };
    const core = own(obj, 'isThisACoreDuty');
    if (core === 1 || core === true || core === '1') duty.core = true;
    else if (core === 0 || core === false || core === '0') duty.core = false;
    else if (core !== undefined && core !== null) {
      problems.warn(childPath(at, 'isThisACoreDuty'), 'type', `"isThisACoreDuty" should be 0 or 1 but is ${describe(core)}; not recorded.`);
    }
    const criteria = readText(obj, 'criteriaForMeasuringPerformance', at, problems);
    if (criteria) duty.notes = [`Criteria for measuring performance: ${criteria}`];
    dutyItems.push(duty);
    if (!dutyByText.has(normalise(detail))) dutyByText.set(normalise(detail), duty);

    const linked = new Set<string>();
    for (const kind of KSB_KINDS) {
      // "mappedBehaviours" is accepted for "mappedBehaviour" (the API's singular spelling).
      const keys = kind.mapped === 'mappedBehaviour' && own(obj, 'mappedBehaviour') === undefined && own(obj, 'mappedBehaviours') !== undefined ? 'mappedBehaviours' : kind.mapped;
      const raw = own(obj, keys);
      const listPath = childPath(at, keys);
      if (raw === undefined || raw === null) {
        problems.warn(listPath, 'missing', `${duty.id} has no "${kind.mapped}" list; no ${kind.type} is linked to it.`);
        continue;
      }
      if (!Array.isArray(raw)) {
        problems.warn(listPath, 'type', `"${keys}" must be a list but is ${describe(raw)}; ignored.`);
        continue;
      }
      raw.forEach((ref, j) => {
        const refPath = childPath(listPath, j);
        if (typeof ref !== 'string') {
          problems.warn(refPath, 'type', `Expected an id but found ${describe(ref)}; ignored.`);
          return;
        }
        const target = byGuid.get(ref.trim().toLowerCase()) ?? byCode.get(ref.trim().toUpperCase());
        if (!target) {
          problems.warn(refPath, 'unknown-id', `${duty.id} refers to ${kind.type} "${ref}", which is not in the standard; the link is dropped.`);
          return;
        }
        if (target.kind !== kind) {
          problems.warn(refPath, 'wrong-list', `"${ref}" in "${keys}" is ${target.item.id}, a ${target.kind.type}; linked anyway.`);
        }
        if (linked.has(target.item.id)) {
          problems.warn(refPath, 'duplicate-link', `${duty.id} lists ${target.item.id} twice; linked once.`);
          return;
        }
        linked.add(target.item.id);
        associations.push({ type: 'requires', source: duty.id, target: target.item.id });
      });
    }
    const optionRefs = own(obj, 'mappedOptions');
    if (Array.isArray(optionRefs)) {
      const guids = optionRefs.filter((g): g is string => typeof g === 'string');
      if (guids.length) dutyOptionGuids.push({ duty, guids, path: childPath(at, 'mappedOptions') });
    }
  });

  const lists = readOptions(rec, path, problems, dutyByText, dutyOptionGuids);

  if (ksbItems.length === 0 && dutyItems.length === 0) {
    problems.error(path, 'empty', 'The standard has no knowledge, skills, behaviours or duties (an old-template standard?), so there is nothing to convert.');
    return undefined;
  }

  // Framework identity.
  const rawTitle = str('title');
  const referenceNumber = str('referenceNumber') ?? options.reference?.trim();
  const larsCode = own(rec, 'larsCode');
  const lars = typeof larsCode === 'number' || (typeof larsCode === 'string' && larsCode.trim()) ? String(larsCode).trim() : undefined;
  let id = referenceNumber ? referenceNumber.toLowerCase() : options.id;
  if (!id) {
    // The 2020 API data has no ST code; the caller may give one (options.reference) or an id.
    id = lars ? `lars${lars}` : slug(rawTitle ?? '') || 'ifate-standard';
    problems.warn(childPath(path, 'referenceNumber'), 'missing', `No "referenceNumber" (ST code): the framework id is "${id}".`);
  }
  const title = rawTitle ?? (referenceNumber ? `Apprenticeship standard ${referenceNumber}` : `Apprenticeship standard ${lars ?? ''}`.trim());
  if (!rawTitle) problems.warn(childPath(path, 'title'), 'missing', `No "title": "${title}" is used.`);
  let version = str('version') ?? numberText(own(rec, 'versionNumber')) ?? numberText(own(rec, 'version'));
  if (!version) {
    version = options.version ?? '1.0';
    if (options.version === undefined) problems.warn(childPath(path, 'version'), 'missing', `No "version": "${version}" is assumed.`);
  }
  const levelRaw = own(rec, 'level');
  const level = typeof levelRaw === 'number' && Number.isFinite(levelRaw) ? levelRaw : typeof levelRaw === 'string' && /^\d+$/.test(levelRaw.trim()) ? Number(levelRaw) : undefined;
  if (levelRaw !== undefined && levelRaw !== null && level === undefined) problems.warn(childPath(path, 'level'), 'type', `"level" should be a number but is ${describe(levelRaw)}; not recorded.`);

  const summary = readHtml(rec, 'occupationalSummary', path, problems);
  const overview = readHtml(rec, 'overviewOfRole', path, problems);
  const url = str('standardPageUrl') ?? str('url') ?? str('foundationApprenticeshipUrl') ?? str('apprenticeshipUnitUrl');
  const publisher = url && /skillsengland/i.test(url) ? 'Skills England' : 'Institute for Apprenticeships and Technical Education';

  const usedTypes = new Set([...ksbItems, ...dutyItems].map((i) => i.type));
  const framework: Framework = clean({
    format: FRAMEWORK_FORMAT,
    id,
    version,
    title,
    reference: referenceNumber,
    level,
    language: options.language ?? 'en-GB',
    description: summary ?? overview,
    source: clean({ publisher, url, date: str('lastUpdated') ?? str('publishDate') ?? str('approvedForDelivery') }),
    notes: buildNotes(rec, path, problems, summary ? overview : undefined),
    itemTypes: BUILT_IN_ITEM_TYPES.filter((t) => usedTypes.has(t.id)).map((t) => ({ ...t })),
    items: [...dutyItems, ...ksbItems],
    associations,
    lists: lists.length ? lists : undefined,
    // Standards are rated by learners in skills scans: the built-in confidence scale, as in the bundled standards.
    defaultScale: 'confidence',
  });
  if (!framework.notes?.length) delete framework.notes;
  return finish(framework, problems, path);
}

/** Options: lists of duties. Reads the 2020 shape ({name, duties: [text]}) and the current one ({optionId, title}). */
function readOptions(
  rec: Record<string, unknown>,
  path: string,
  problems: Problems,
  dutyByText: Map<string, Item>,
  dutyOptionGuids: { duty: Item; guids: string[]; path: string }[],
): ItemList[] {
  const lists: ItemList[] = [];
  const byGuid = new Map<string, ItemList>();
  const raw = readList(rec, 'options', path, problems) ?? [];
  raw.forEach((entry, i) => {
    const at = childPath(childPath(path, 'options'), i);
    const obj = asObject(entry);
    if (!obj) {
      problems.warn(at, 'type', `Expected an option (an object) but found ${describe(entry)}; skipped.`);
      return;
    }
    const title = readText(obj, 'title', at, problems) ?? readText(obj, 'name', at, problems) ?? `Option ${lists.length + 1}`;
    const list: ItemList = { id: `option-${lists.length + 1}`, title, items: [] };
    const guid = own(obj, 'optionId');
    if (typeof guid === 'string') byGuid.set(guid.toLowerCase(), list);
    const duties = own(obj, 'duties');
    if (Array.isArray(duties)) {
      duties.forEach((text, j) => {
        const duty = typeof text === 'string' ? dutyByText.get(normalise(plainText(text))) : undefined;
        if (!duty) {
          problems.warn(childPath(childPath(at, 'duties'), j), 'unknown-duty', `Option "${title}" names a duty that is not in the duties list; ignored.`);
        } else if (!list.items.includes(duty.id)) list.items.push(duty.id);
      });
    }
    lists.push(list);
  });
  // 2020 records have no option ids: an option's GUID is the one its (text-matched) duties carry.
  for (const list of lists) {
    for (const { duty, guids } of dutyOptionGuids) {
      if (list.items.includes(duty.id) && guids.length === 1 && !byGuid.has(guids[0].toLowerCase())) byGuid.set(guids[0].toLowerCase(), list);
    }
  }
  const reported = new Set<string>();
  for (const { duty, guids, path: at } of dutyOptionGuids) {
    guids.forEach((guid, j) => {
      const key = guid.toLowerCase();
      let list = byGuid.get(key);
      if (!list) {
        list = { id: `option-${lists.length + 1}`, title: `Option ${lists.length + 1}`, description: `Option ${guid}: the record does not give its name.`, items: [] };
        lists.push(list);
        byGuid.set(key, list);
        if (!reported.has(key)) {
          reported.add(key);
          problems.warn(childPath(at, j), 'unknown-option', `Duties refer to option "${guid}", which the record does not name; its duties are kept as list "${list.id}".`);
        }
      }
      if (!list.items.includes(duty.id)) list.items.push(duty.id);
    });
  }
  return lists;
}

/** The record's other facts, as short readable notes. */
function buildNotes(rec: Record<string, unknown>, path: string, problems: Problems, overview: string | undefined): string[] {
  const notes: string[] = [];
  const str = (key: string) => readText(rec, key, path, problems, true);
  const strings = (key: string): string[] => {
    const v = own(rec, key);
    return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map(plainText) : [];
  };
  const add = (label: string, value: string | undefined) => {
    if (value) notes.push(`${label}: ${value}`);
  };
  add('Overview of the role', overview);
  const lars = own(rec, 'larsCode');
  if (typeof lars === 'number' || typeof lars === 'string') add('LARS code', String(lars));
  add('Status', str('status'));
  const titles = strings('typicalJobTitles');
  add('Typical job titles', titles.join('; '));
  const roles = strings('jobRoles');
  if (roles.join('; ') !== titles.join('; ')) add('Job roles', roles.join('; '));
  add('Keywords', strings('keywords').join('; '));
  add('Green job titles', strings('greenJobTitles').join('; '));
  const route = [['Route', str('route')], ['Pathway', str('pathway')], ['Cluster', str('cluster')]]
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${v}`);
  if (route.length) notes.push(route.join('. ') + '.');
  add('Sector subject areas', [str('ssa1'), str('ssa2')].filter(Boolean).join('; '));
  const duration = numberText(own(rec, 'typicalDuration'));
  add('Typical duration (months)', duration);
  const funding = own(rec, 'maxFunding');
  if (typeof funding === 'number' && Number.isFinite(funding)) add('Maximum funding', `£${funding.toLocaleString('en-GB')}`);
  add('Integrated degree', str('integratedDegree'));
  const quals = own(rec, 'qualifications');
  if (Array.isArray(quals)) {
    for (const q of quals) {
      const o = asObject(q);
      const t = o && typeof own(o, 'title') === 'string' ? plainText(own(o, 'title') as string) : undefined;
      if (!t) continue;
      const lv = o ? numberText(own(o, 'level')) : undefined;
      add('Qualification', lv && lv !== '0' ? `${t} (level ${lv})` : t);
    }
  }
  const recognition = own(rec, 'professionalRecognition');
  if (Array.isArray(recognition)) {
    for (const r of recognition) {
      const o = asObject(r);
      const body = o && typeof own(o, 'bodyName') === 'string' ? plainText(own(o, 'bodyName') as string) : undefined;
      const lv = o ? numberText(own(o, 'level')) : undefined;
      add('Professional recognition', body && (lv && lv !== '0' ? `${body} (level ${lv})` : body));
    }
  }
  if (own(rec, 'regulated') === true) notes.push(`Regulated standard.${str('regulatedBody') ? ` Regulator body: ${str('regulatedBody')}` : ''}`);
  const regulation = own(rec, 'regulationDetail');
  if (Array.isArray(regulation)) {
    for (const r of regulation) {
      const o = asObject(r);
      const name = o && typeof own(o, 'name') === 'string' ? plainText(own(o, 'name') as string) : undefined;
      const link = o && typeof own(o, 'webLink') === 'string' ? (own(o, 'webLink') as string).trim() : '';
      add('Regulation', name && (link ? `${name} (${link})` : name));
    }
  }
  const eqa = asObject(own(rec, 'eQAProvider'));
  if (eqa && typeof own(eqa, 'providerName') === 'string') add('External quality assurance', plainText(own(eqa, 'providerName') as string));
  add('Assessment plan', str('assessmentPlanUrl'));
  add('Entry requirements', readHtml(rec, 'entryRequirements', path, problems));
  add('Approved for delivery', str('approvedForDelivery'));
  add('Earliest start date', str('earliestStartDate'));
  add('Latest start date', str('latestStartDate'));
  add('Latest end date', str('latestEndDate'));
  return notes;
}

/** Reads a text field, decoding HTML escapes; wrong types are reported once and ignored. */
function readText(obj: Record<string, unknown>, key: string, path: string, problems: Problems, quiet = false): string | undefined {
  const value = own(obj, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    if (!quiet && typeof value !== 'number') problems.warn(childPath(path, key), 'type', `"${key}" should be text but is ${describe(value)}; ignored.`);
    return typeof value === 'number' ? String(value) : undefined;
  }
  const text = plainText(value);
  return text === '' ? undefined : text;
}

/** Reads a field that holds HTML (possibly escaped once more, as `occupationalSummary` is) as plain text. */
function readHtml(obj: Record<string, unknown>, key: string, path: string, problems: Problems): string | undefined {
  const value = own(obj, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    problems.warn(childPath(path, key), 'type', `"${key}" should be text but is ${describe(value)}; ignored.`);
    return undefined;
  }
  // Escaped HTML ("&lt;p&gt;...") is unescaped once to HTML, then read as HTML.
  const html = /&lt;\/?[a-z]/i.test(value) ? decodeEntities(value) : value;
  const text = htmlToText(html);
  return text === '' ? undefined : text;
}

function readList(obj: Record<string, unknown>, key: string, path: string, problems: Problems): unknown[] | undefined {
  const value = own(obj, key);
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    problems.warn(childPath(path, key), 'type', `"${key}" must be a list but is ${describe(value)}; ignored.`);
    return undefined;
  }
  return value;
}

function numberText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
}

/** Text compared for matching duties named by text: entities decoded, white space collapsed. */
function normalise(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}
