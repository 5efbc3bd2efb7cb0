// Frameworks for the benchmarks: the bundled ST0958, IfATE fixtures converted with the
// library's own importer (dist/importers/ifate.js), and deterministic synthetic ones.
// Also turns a framework into the equivalent SurveyJS JSON (one page, one rating matrix per
// section, the same rows and the same scale points plus "Not sure").
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromIfATE } from '../../dist/importers/ifate.js';
import { validateFramework, findScale } from '../../dist/model/index.js';
import { scanItems, scanSections, DEFAULT_CATEGORIES } from '../../dist/model/sections.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ifateDir = `${root}test/fixtures/importers/ifate/`;
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

function checked(fw, what) {
  const v = validateFramework(fw);
  const errors = v.problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`${what}: invalid framework: ${errors.slice(0, 3).map((p) => `${p.path} ${p.message}`).join('; ')}`);
  return fw;
}

export function st0958() {
  return checked(readJson(`${root}frameworks/st0958.json`), 'st0958');
}

export function ifate(file) {
  const r = fromIfATE(readJson(`${ifateDir}${file}`));
  if (!r.framework) throw new Error(`${file}: ${r.problems.map((p) => p.message).join('; ')}`);
  return checked(r.framework, file);
}

/** All 54 IfATE standards with KSBs as one framework (ids prefixed by the standard, so they stay unique). */
export function ifateMerged() {
  const r = fromIfATE(readJson(`${ifateDir}ifate-api-2020-54-standards-with-ksbs.json`));
  const items = [];
  const associations = [];
  const types = new Map();
  r.frameworks.forEach((fw, n) => {
    const p = `s${n + 1}-`;
    for (const t of fw.itemTypes ?? []) if (!types.has(t.id)) types.set(t.id, t);
    for (const i of fw.items) items.push({ ...i, id: p + i.id, ...(i.parent ? { parent: p + i.parent } : {}) });
    for (const a of fw.associations ?? []) associations.push({ ...a, source: p + a.source, target: p + a.target });
  });
  const fw = { format: 'ksb-framework/1', id: 'ifate-54', version: '1', title: `All ${r.frameworks.length} IfATE standards`, itemTypes: [...types.values()], items, associations, defaultScale: 'confidence' };
  return checked(fw, 'ifate-54 merged');
}

const WORDS = 'apply safe working practice record evidence communicate clearly plan monitor review quality standards policy legislation person centred care assess risk support colleagues maintain equipment report findings'.split(' ');
/** Deterministic sentence of about 12 words for item n. */
const sentence = (n) => Array.from({ length: 12 }, (_, k) => WORDS[(n * 7 + k * 13 + k * k) % WORDS.length]).join(' ');

const ITEM_TYPES = [
  { id: 'knowledge', label: 'Knowledge', plural: 'Knowledge' },
  { id: 'skill', label: 'Skill', plural: 'Skills' },
  { id: 'behaviour', label: 'Behaviour', plural: 'Behaviours' },
  { id: 'duty', label: 'Duty', plural: 'Duties' },
];

/**
 * A synthetic framework: `ksbs` items (45 % knowledge, 45 % skills, 10 % behaviours) and
 * `duties` duties; duty d requires KSB k when (7d + 3k) mod 10 = 0 (10 % of the cells).
 */
export function synthetic(ksbs, duties = 0) {
  const nk = Math.round(ksbs * 0.45);
  const ns = Math.round(ksbs * 0.45);
  const items = [];
  for (let k = 0; k < ksbs; k++) {
    const [type, prefix, n] = k < nk ? ['knowledge', 'K', k + 1] : k < nk + ns ? ['skill', 'S', k - nk + 1] : ['behaviour', 'B', k - nk - ns + 1];
    items.push({ id: `${prefix}${n}`, code: `${prefix}${n}`, type, statement: sentence(k) });
  }
  const associations = [];
  for (let d = 0; d < duties; d++) {
    items.push({ id: `D${d + 1}`, code: `Duty ${d + 1}`, type: 'duty', statement: `duty ${d + 1}: ${sentence(d + 5000)}` });
    for (let k = 0; k < ksbs; k++) if ((7 * d + 3 * k) % 10 === 0) associations.push({ type: 'requires', source: `D${d + 1}`, target: items[k].id });
  }
  const fw = { format: 'ksb-framework/1', id: `synthetic-${ksbs}-${duties}`, version: '1', title: `Synthetic ${ksbs} KSBs, ${duties} duties`, itemTypes: ITEM_TYPES, items, associations, defaultScale: 'confidence' };
  return checked(fw, fw.id);
}

/** Counts: scan items (KSBs), duties, links. */
export function counts(fw) {
  const ksbs = scanItems(fw, DEFAULT_CATEGORIES).length;
  return { ksbs, duties: fw.items.filter((i) => i.type === 'duty').length, links: (fw.associations ?? []).length };
}

/** The same scan as SurveyJS JSON: one page, one matrix question per section, rows = items, columns = scale points + "Not sure". */
export function surveyJson(fw) {
  const items = scanItems(fw, DEFAULT_CATEGORIES);
  const sections = scanSections(fw, items, 'type');
  const scale = findScale(fw.defaultScale || 'confidence', fw);
  const columns = [...scale.points.map((p) => ({ value: p.value, text: p.label })), { value: 'unsure', text: 'Not sure' }];
  return {
    title: fw.title,
    questionsOnPageMode: 'singlePage',
    showProgressBar: 'top',
    pages: [
      {
        name: 'scan',
        elements: sections.map((s) => ({
          type: 'matrix',
          name: s.id,
          title: s.label,
          columns,
          rows: s.items.map((i) => ({ value: i.id, text: `${i.code ? `${i.code} ` : ''}${i.statement}` })),
        })),
      },
    ],
  };
}

/**
 * Three parties' submitted results for a framework (learner, employer, provider), every KSB
 * rated on the confidence scale in a pattern that leaves some items flagged: the input of a
 * review. Built with the library's own model (dist/), as a host would.
 */
export async function partyResults(framework) {
  const model = await import('../../dist/model/index.js');
  const ids = framework.items.filter((i) => ['knowledge', 'skill', 'behaviour'].includes(i.type)).map((i) => i.id);
  const when = new Date('2026-09-01T10:00:00Z');
  return ['learner', 'employer', 'provider'].map((party, p) => {
    let r = model.createResult(framework, 'confidence', when, { subject: 'Bench learner', party });
    ids.forEach((id, i) => {
      r = model.setResponse(r, id, { value: Math.min(5, Math.max(1, ((i + p * (i % 4)) % 5) + 1)) }, when);
    });
    return { ...r, submitted: when.toISOString() };
  });
}

/** A provider's cohort: `size` learners' scans of the framework, one result each with its subject, ratings varying by learner and item. */
export async function cohortResults(framework, size) {
  const model = await import('../../dist/model/index.js');
  const ids = framework.items.filter((i) => ['knowledge', 'skill', 'behaviour'].includes(i.type)).map((i) => i.id);
  const when = new Date('2026-09-01T10:00:00Z');
  return Array.from({ length: size }, (_, k) => {
    let r = model.createResult(framework, 'confidence', when, { subject: `learner-${String(k + 1).padStart(3, '0')}` });
    ids.forEach((id, i) => {
      r = model.setResponse(r, id, { value: ((k + i) % 5) + 1 }, when);
    });
    return r;
  });
}

const escapeHtml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The same scan as static HTML, no script: the floor for the scan's first render. A heading
 * per section, and per item a fieldset with its legend (code and statement) and the scale's
 * points plus "Not sure" as native radios with labels, styled by one small stylesheet.
 */
export function staticScanHtml(fw) {
  const items = scanItems(fw, DEFAULT_CATEGORIES);
  const sections = scanSections(fw, items, 'type');
  const scale = findScale(fw.defaultScale || 'confidence', fw);
  const points = [...scale.points.map((p) => [String(p.value), p.label]), ['unsure', 'Not sure']];
  const style = `<style>.q{border:0;border-top:1px solid #b1b4b6;margin:0;padding:1rem 0}.q legend{font-weight:bold;margin-bottom:.5rem}
.opts{display:flex;flex-wrap:wrap;gap:.25rem 1rem}.opt{display:flex;gap:.5rem;flex:1 1 8rem;min-height:2.75rem}.opt input{width:1.75rem;height:1.75rem;margin:0}</style>`;
  const body = sections
    .map((s) => `<h3>${escapeHtml(s.label)}</h3>${s.items
      .map((item) => `<fieldset class="q"><legend>${item.code ? `<span>${escapeHtml(item.code)}</span> ` : ''}${escapeHtml(item.statement)}</legend><div class="opts">${points
        .map(([v, label], n) => `<div class="opt"><input type="radio" id="${item.id}-${n}" name="${item.id}" value="${v}"><label for="${item.id}-${n}">${escapeHtml(label)}</label></div>`)
        .join('')}</div></fieldset>`)
      .join('')}`)
    .join('');
  return `${style}<h2>${escapeHtml(fw.title)}</h2><form>${body}</form>`;
}
