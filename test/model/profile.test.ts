import { expect } from '@open-wc/testing';
import {
  applyProfile,
  createProfile,
  profileFromList,
  profilePresets,
  validateFramework,
  validateProfile,
  type Framework,
} from '../../src/model/index.js';
import { bundled } from '../harness/frameworks.js';

/** Appendix E, 3.1 of the STR source, in the source's order (HS233 is HSC233; SfH MH 94 is MH94; SfH FMH18 is FMH18). */
const MOST_IMPORTANT_NOS = [
  'HSC3112', 'HSC35', 'HSC396', 'HSC331', 'HSC31', 'HSC332', 'HSC226', 'HSC343', 'HSC344',
  'HSC382', 'FMH18', 'HSC3111', 'HSC233', 'HSC3102', 'HSC335', 'HSC328', 'MH94', 'HSC33',
];
/** Area 4 (senior STR role) and everything the source ties to it (Appendix E, 2.2; paragraph 5.2). */
const SENIOR_ONLY = [
  'area-4', 'ct-4-1', 'ct-4-2', 'ct-4-3', 'ct-4-4', 'ct-4-5', 'ct-4-6', 'ct-4-7', 'ct-4-8', 'ct-4-9',
  'HSC43', 'HSC444', 'HSC451', 'HSC446', 'HSC439',
];

describe('role profiles', () => {
  let str: Framework;
  before(async () => {
    str = await bundled('str-workers.json');
  });

  describe('presets', () => {
    it('offers the 18 most important NOS exactly as Appendix E lists them, in order', () => {
      const preset = profilePresets(str).find((p) => p.id === 'list:most-important-nos')!;
      expect(preset.kind).to.equal('list');
      expect(preset.title).to.equal('Most important NOS');
      expect(preset.items).to.deep.equal(MOST_IMPORTANT_NOS);
      const profile = profileFromList(str, 'most-important-nos')!;
      expect(profile).to.deep.equal({
        format: 'ksb-profile/1',
        framework: { id: str.id, version: str.version },
        title: 'Most important NOS',
        items: MOST_IMPORTANT_NOS,
      });
      expect(validateProfile(profile, str).valid).to.equal(true);
    });

    it('turns the role-profile examples into presets that leave their NOS out, with the source\'s reason', () => {
      const preset = profilePresets(str).find((p) => p.id === 'list:role-profile-employment-learning')!;
      expect(preset.kind).to.equal('exclude');
      expect(preset.items).to.have.length(str.items.length - 2);
      expect(preset.items).not.to.include.members(['HSC347']);
      expect(preset.items).not.to.include('HSC348');
      expect(preset.excluded!.map((e) => e.item)).to.deep.equal(['HSC347', 'HSC348']);
      expect(preset.excluded![0].reason).to.include("older people's mental health services");
      const management = profilePresets(str).find((p) => p.id === 'list:role-profile-management')!;
      expect(management.excluded!.map((e) => e.item)).to.deep.equal(['HSC43', 'HSC444', 'HSC451', 'HSC446', 'HSC439']);
    });

    it('offers the three worker levels: Foundation and Intermediate leave out the senior-only area and NOS; Senior keeps all', () => {
      const levels = profilePresets(str).filter((p) => p.kind === 'level');
      expect(levels.map((p) => p.title)).to.deep.equal(['Foundation', 'Intermediate', 'Senior']);
      const [foundation, intermediate, senior] = levels;
      expect(foundation.items).to.have.length(str.items.length - SENIOR_ONLY.length);
      for (const id of SENIOR_ONLY) expect(foundation.items).not.to.include(id);
      expect(intermediate.items).to.deep.equal(foundation.items);
      expect(senior.items).to.deep.equal(str.items.map((i) => i.id));
    });

    it('offers no level presets for a framework that ties no item to a level', async () => {
      const ahp = await bundled('ahp-support-worker.json');
      expect(profilePresets(ahp)).to.deep.equal([]);
    });
  });

  describe('applyProfile', () => {
    it('keeps only the 18 NOS and the associations between them', () => {
      const out = applyProfile(str, { items: MOST_IMPORTANT_NOS });
      expect(out.items.map((i) => i.id).sort()).to.deep.equal([...MOST_IMPORTANT_NOS].sort());
      expect(out.id).to.equal(str.id);
      expect(out.version).to.equal(str.version);
      const kept = new Set(MOST_IMPORTANT_NOS);
      for (const a of out.associations ?? []) expect(kept.has(a.source) && kept.has(a.target), `${a.source}->${a.target}`).to.equal(true);
      const expected = (str.associations ?? []).filter((a) => kept.has(a.source) && kept.has(a.target));
      expect(out.associations).to.deep.equal(expected);
      expect(out.lists!.map((l) => l.id)).to.deep.equal(['most-important-nos']);
      expect(validateFramework(out).valid).to.equal(true);
      // The input is not changed.
      expect(str.items.length).to.equal(253);
    });

    it('keeps the ancestors of chosen items so grouping still works', () => {
      const out = applyProfile(str, { items: ['ct-1.1-1'] });
      expect(out.items.map((i) => i.id)).to.deep.equal(['area-1', '1.1', 'ct-1.1-1']);
      expect(validateFramework(out).valid).to.equal(true);
    });

    it('narrows level requirements and rubrics of a rated framework', async () => {
      const splw = await bundled('somerset-splw.json');
      const rated = (splw.rubrics ?? []).map((r) => r.item);
      const chosen = rated.slice(0, 2);
      const out = applyProfile(splw, { items: chosen });
      expect(out.rubrics!.map((r) => r.item)).to.deep.equal(chosen);
      for (const level of out.levels ?? []) for (const id of level.assesses ?? []) expect(chosen).to.include(id);
      expect(validateFramework(out).valid).to.equal(true);
    });
  });

  describe('validateProfile', () => {
    it('accepts a profile with reasons for excluded items', () => {
      const p = createProfile(str, "STR worker, older people's services", ['HSC35', 'HSC31'], [{ item: 'HSC347', reason: 'No employment support in this service' }]);
      const v = validateProfile(JSON.stringify(p), str);
      expect(v.valid).to.equal(true);
      expect(v.value).to.deep.equal(p);
    });

    it('flags another framework, another version and unknown ids, with paths', () => {
      const base = createProfile(str, 'x', ['HSC35', 'NOPE'], [{ item: 'GONE', reason: 'r' }]);
      const v = validateProfile(base, str);
      expect(v.valid).to.equal(false);
      expect(v.problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['$.items[1]', 'unknown-id'],
        ['$.excluded[0].item', 'unknown-id'],
      ]);
      expect(validateProfile({ ...base, items: ['HSC35'], excluded: undefined, framework: { id: str.id, version: '0' } }, str).problems[0]).to.include({
        path: '$.framework.version',
        code: 'version-mismatch',
      });
      expect(validateProfile({ ...base, items: ['HSC35'], excluded: undefined, framework: { id: 'st0958', version: '1' } }, str).problems[0]).to.include({
        path: '$.framework.id',
        code: 'framework-mismatch',
      });
    });

    it('never throws on bad input, and reports structure problems with paths', () => {
      expect(validateProfile('{not json').problems[0]).to.include({ path: '$', code: 'json' });
      expect(validateProfile(42).valid).to.equal(false);
      const v = validateProfile({ format: 'ksb-profile/1', framework: { id: 'a' }, items: ['x', 'x', 3], excluded: [{ item: 'x', reason: 'r' }] });
      expect(v.valid).to.equal(false);
      const codes = v.problems.map((p) => `${p.severity}:${p.path}:${p.code}`);
      expect(codes).to.include('error:$.framework.version:missing');
      expect(codes).to.include('error:$.title:missing');
      expect(codes).to.include('warning:$.items[1]:duplicate-id');
      expect(codes).to.include('error:$.items[2]:type');
      expect(codes).to.include('warning:$.excluded[0].item:conflict');
    });

    it('warns about a profile that chooses nothing', () => {
      const v = validateProfile(createProfile(str, 'Empty', []), str);
      expect(v.valid).to.equal(true);
      expect(v.problems[0]).to.include({ code: 'empty', severity: 'warning' });
    });
  });
});

describe('role profile schema and results', () => {
  it('the JSON Schema accepts the presets and rejects a profile without items', async () => {
    const { Validator } = await import('@cfworker/json-schema');
    const schema = await fetch(new URL('../../frameworks/profile.schema.json', import.meta.url)).then((r) => r.json());
    const validator = new Validator(schema, '2020-12', false);
    const str = await bundled('str-workers.json');
    for (const preset of profilePresets(str)) {
      const profile = createProfile(str, preset.title, preset.items, preset.excluded ?? []);
      expect(validator.validate(profile).valid, preset.id).to.equal(true);
    }
    expect(validator.validate({ format: 'ksb-profile/1', framework: { id: 'a', version: '1' }, title: 't' }).valid).to.equal(false);
  });

  it('a result records the profile used, and validateResult reads it back', async () => {
    const { createResult, validateResult } = await import('../../src/model/index.js');
    const str = await bundled('str-workers.json');
    const r = { ...createResult(str, 'confidence', new Date('2026-01-01T00:00:00Z')), profile: { title: 'Most important NOS', items: MOST_IMPORTANT_NOS } };
    const v = validateResult(JSON.stringify(r), str);
    expect(v.valid).to.equal(true);
    expect(v.value!.profile).to.deep.equal({ title: 'Most important NOS', items: MOST_IMPORTANT_NOS });
    const bad = validateResult({ ...r, profile: { items: [1] } });
    expect(bad.problems.map((p) => p.path)).to.deep.equal(['$.profile.title', '$.profile.items[0]']);
  });
});
