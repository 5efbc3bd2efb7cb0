import { expect } from '@open-wc/testing';
import { fromIfATE, looksLikeIfATE, toCASE } from '../../src/importers/index.js';
import { validateFramework, type Framework } from '../../src/model/index.js';
import { bundledFramework, fixtureJson, fixtureText, IFATE_DIR, IFATE_SINGLE } from '../fixtures/importers/load.js';

const count = (fw: Framework, type: string) => fw.items.filter((i) => i.type === type).length;
const mappedTotal = (record: any) =>
  (record.duties ?? []).reduce(
    (n: number, d: any) => n + (d.mappedKnowledge?.length ?? 0) + (d.mappedSkills?.length ?? 0) + (d.mappedBehaviour?.length ?? 0),
    0,
  );
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Checks one converted standard against its source record: counts, numbering, links, validity. */
function expectMatchesSource(fw: Framework, record: any): void {
  expect(count(fw, 'knowledge'), 'knowledge').to.equal(record.knowledges.length);
  expect(count(fw, 'skill'), 'skills').to.equal(record.skills.length);
  expect(count(fw, 'behaviour'), 'behaviours').to.equal(record.behaviours.length);
  expect(count(fw, 'duty'), 'duties').to.equal(record.duties.length);
  expect(fw.associations?.length ?? 0, 'links').to.equal(mappedTotal(record));
  // Numbered in source order; statements are the source text.
  record.knowledges.forEach((k: any, i: number) => {
    const item = fw.items.find((x) => x.id === `K${i + 1}`)!;
    expect(item.code).to.equal(`K${i + 1}`);
    expect(ws(item.statement)).to.equal(ws(k.detail));
  });
  record.duties.forEach((d: any, i: number) => {
    const duty = fw.items.find((x) => x.id === `D${i + 1}`)!;
    expect(duty.code).to.equal(`Duty ${i + 1}`);
    expect(duty.core).to.equal(d.isThisACoreDuty === 1);
    // GUIDs resolved to the right KSBs, in source order.
    const expected = [
      ...(d.mappedKnowledge ?? []).map((g: string) => `K${record.knowledges.findIndex((k: any) => k.knowledgeId === g) + 1}`),
      ...(d.mappedSkills ?? []).map((g: string) => `S${record.skills.findIndex((k: any) => k.skillId === g) + 1}`),
      ...(d.mappedBehaviour ?? []).map((g: string) => `B${record.behaviours.findIndex((k: any) => k.behaviourId === g) + 1}`),
    ];
    expect(fw.associations!.filter((a) => a.source === duty.id).map((a) => a.target)).to.deep.equal(expected);
  });
  const v = validateFramework(fw);
  expect(v.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  expect(v.valid).to.be.true;
}

describe('fromIfATE', () => {
  describe('single standards', () => {
    for (const file of IFATE_SINGLE) {
      it(`imports ${file} with every KSB, duty and link`, async () => {
        const record = await fixtureJson(IFATE_DIR, file);
        const result = fromIfATE(record);
        expect(result.framework, JSON.stringify(result.problems.slice(0, 3))).to.exist;
        expect(result.frameworks).to.have.length(1);
        expectMatchesSource(result.framework!, record);
        expect(result.framework!.title).to.equal(record.title.trim());
        expect(result.framework!.level).to.equal(record.level);
        expect(result.framework!.id).to.equal(`lars${record.larsCode}`);
        // The 2020 data lacks the reference number and version: reported, never a crash.
        expect(result.problems.map((p) => `${p.severity} ${p.path} ${p.code}`)).to.include.members([
          'warning $.referenceNumber missing',
          'warning $.version missing',
        ]);
        expect(result.problems.every((p) => p.severity === 'warning')).to.be.true;
      });
    }

    it('accepts JSON text as well as parsed JSON', async () => {
      const text = await fixtureText(IFATE_DIR, IFATE_SINGLE[0]);
      expect(fromIfATE(text).framework).to.deep.equal(fromIfATE(JSON.parse(text)).framework);
    });
  });

  describe('the 54 full standards', () => {
    let records: any[];
    let result: ReturnType<typeof fromIfATE>;
    before(async () => {
      records = await fixtureJson(IFATE_DIR, 'ifate-api-2020-54-standards-with-ksbs.json');
      result = fromIfATE(records);
    });

    it('converts all 54', () => {
      expect(records).to.have.length(54);
      expect(result.frameworks).to.have.length(54);
      expect(result.framework).to.equal(result.frameworks[0]);
      expect(result.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    });

    it('has per standard as many knowledge, skills, behaviours, duties and links as the source arrays', () => {
      records.forEach((record, i) => expectMatchesSource(result.frameworks[i], record));
    });

    it('has the README totals: 1,527 K, 1,429 S, 396 B, 771 duties, 11,655 links', () => {
      const total = (type: string) => result.frameworks.reduce((n, fw) => n + count(fw, type), 0);
      expect([total('knowledge'), total('skill'), total('behaviour'), total('duty')]).to.deep.equal([1527, 1429, 396, 771]);
      expect(result.frameworks.reduce((n, fw) => n + (fw.associations?.length ?? 0), 0)).to.equal(11655);
    });

    it('decodes the HTML-escaped occupational summaries to plain text', () => {
      for (const fw of result.frameworks) {
        expect(fw.description, fw.id).to.be.a('string');
        expect(fw.description!, fw.id).not.to.match(/&(lt|gt|amp|quot|#\d+);|<\/?[a-z]+[^>]*>/i);
      }
      // "&amp;amp;" in the escaped HTML is one ampersand in the text.
      const raw = records.findIndex((r) => r.occupationalSummary.includes('&amp;amp;'));
      expect(raw).to.be.at.least(0);
      expect(result.frameworks[raw].description).to.include('&');
      // Paragraphs are separated by a blank line.
      expect(result.frameworks[0].description).to.include('\n\n');
    });

    it('reports the duties that have no mapped list at their paths', () => {
      const missing = result.problems.filter((p) => p.code === 'missing' && /\.duties\[\d+\]\.mapped/.test(p.path));
      const expected = records.flatMap((r, i) =>
        r.duties.flatMap((d: any, j: number) =>
          ['mappedKnowledge', 'mappedSkills', 'mappedBehaviour'].filter((k) => !Array.isArray(d[k])).map((k) => `$[${i}].duties[${j}].${k}`),
        ),
      );
      expect(missing.map((p) => p.path)).to.deep.equal(expected);
    });

    it('keeps options: the textile standard\'s two named options with their non-core duties', () => {
      const i = records.findIndex((r) => r.options?.length);
      const fw = result.frameworks[i];
      expect(fw.lists!.map((l) => [l.title, l.items.length])).to.deep.equal([
        ['Technical Weaving Technician', 6],
        ['Technical Finishing Technician', 7],
      ]);
      for (const id of fw.lists!.flatMap((l) => l.items)) expect(fw.items.find((x) => x.id === id)!.core).to.equal(false);
      expect(result.problems.filter((p) => p.path.startsWith(`$[${i}]`) && p.code === 'unknown-option')).to.deep.equal([]);
    });

    it('keeps option groupings whose names the 2020 records lack, and says so', () => {
      const withGuids = records.filter((r) => !r.options && r.duties.some((d: any) => d.mappedOptions?.length));
      expect(withGuids.length).to.equal(8);
      for (const record of withGuids) {
        const fw = result.frameworks[records.indexOf(record)];
        const grouped = record.duties.filter((d: any) => d.mappedOptions?.length).length;
        expect(new Set(fw.lists!.flatMap((l) => l.items)).size, fw.id).to.equal(grouped);
      }
      expect(result.problems.filter((p) => p.code === 'unknown-option')).to.have.length(24);
    });

    it('takes the ST code from the cross-reference when given, as the id and reference', async () => {
      const crossref: any[] = await fixtureJson(IFATE_DIR, 'ifate-2020-larscode-to-referenceNumber-crossref.json');
      let matched = 0;
      for (const entry of crossref.filter((c) => c.referenceNumberCandidates.length === 1)) {
        const record = records.find((r) => r.larsCode === entry.larsCode);
        const fw = fromIfATE(record, { reference: entry.referenceNumberCandidates[0] }).framework!;
        expect(fw.id).to.equal(entry.referenceNumberCandidates[0].toLowerCase());
        expect(fw.reference).to.equal(entry.referenceNumberCandidates[0]);
        matched++;
      }
      expect(matched).to.equal(48);
    });

    it('reports progress per standard', () => {
      const seen: string[] = [];
      fromIfATE(records.slice(0, 3), { onProgress: (done, total) => seen.push(`${done}/${total}`) });
      expect(seen).to.deep.equal(['1/3', '2/3', '3/3']);
    });

    it('exports every standard to CASE without error', () => {
      for (const fw of result.frameworks) expect(toCASE(fw, { lastChangeDateTime: '2025-01-01T00:00:00Z' }).CFItems).to.have.length(fw.items.length);
    });
  });

  describe('the 11 standards with skills and duties only', () => {
    let records: any[];
    let result: ReturnType<typeof fromIfATE>;
    before(async () => {
      records = await fixtureJson(IFATE_DIR, 'ifate-api-2020-11-standards-skills-and-duties-only.json');
      result = fromIfATE(records);
    });

    it('converts all 11 with their skills and duties', () => {
      expect(result.frameworks).to.have.length(11);
      records.forEach((record, i) => {
        const fw = result.frameworks[i];
        expect(count(fw, 'skill')).to.equal(record.skills.length);
        expect(count(fw, 'duty')).to.equal(record.duties.length);
        expect(count(fw, 'knowledge') + count(fw, 'behaviour')).to.equal(0);
        // Only the skill links resolve.
        const skillLinks = record.duties.reduce((n: number, d: any) => n + (d.mappedSkills?.length ?? 0), 0);
        expect(fw.associations?.length ?? 0).to.equal(skillLinks);
        expect(validateFramework(fw).valid).to.be.true;
      });
    });

    it('reports the missing knowledges and behaviours lists', () => {
      for (let i = 0; i < records.length; i++) {
        const paths = result.problems.filter((p) => p.code === 'missing').map((p) => p.path);
        expect(paths).to.include.members([`$[${i}].knowledges`, `$[${i}].behaviours`]);
      }
    });

    it('reports every unresolvable GUID with its path, and drops only those links', () => {
      const expected = records.flatMap((r, i) =>
        r.duties.flatMap((d: any, j: number) => [
          ...(d.mappedKnowledge ?? []).map((_: string, k: number) => `$[${i}].duties[${j}].mappedKnowledge[${k}]`),
          ...(d.mappedBehaviour ?? []).map((_: string, k: number) => `$[${i}].duties[${j}].mappedBehaviour[${k}]`),
        ]),
      );
      const unknown = result.problems.filter((p) => p.code === 'unknown-id');
      expect(unknown.map((p) => p.path).sort()).to.deep.equal(expected.sort());
      expect(unknown.length).to.equal(1502);
      expect(unknown.every((p) => p.severity === 'warning')).to.be.true;
    });
  });

  describe('the unmodified prototype record', () => {
    it('imports, reporting each field the API does not have', async () => {
      const record = await fixtureJson(IFATE_DIR, 'das-fat-prototype-raw-record-lars434-unmodified.json');
      const result = fromIfATE(record);
      expect(result.framework).to.exist;
      const unknown = result.problems.filter((p) => p.code === 'unknown-field').map((p) => p.path);
      expect(unknown).to.have.members(
        ['coreSkillsCount', 'lastDateStarts', 'providers', 'integrated', 'regulatedEPAOOnly', 'regulatedProvider', 'regulatedProvider7', 'providers2', 'epaos', 'autoCompleteString', 'maxFundingFormatted', 'routecode'].map((k) => `$.${k}`),
      );
      // The same standard as the cleaned file.
      const clean = fromIfATE(await fixtureJson(IFATE_DIR, 'ifate-api-2020-lars434-st0827-nursing-associate-nmc-2018.json')).framework!;
      expect(result.framework!.items).to.deep.equal(clean.items);
      expect(result.framework!.associations).to.deep.equal(clean.associations);
    });
  });

  describe('the PWP standard against the hand-built framework (frameworks/st0568-pwp.json)', () => {
    let imported: Framework;
    let hand: Framework;
    before(async () => {
      imported = fromIfATE(await fixtureJson(IFATE_DIR, 'ifate-api-2020-lars425-st0568-psychological-wellbeing-practitioner.json'), { reference: 'ST0568' }).framework!;
      hand = await bundledFramework('st0568-pwp.json');
    });

    it('has the same id, reference, level, title and item ids in the same order', () => {
      expect([imported.id, imported.reference, imported.level, imported.title]).to.deep.equal([hand.id, hand.reference, hand.level, hand.title]);
      expect(imported.items.map((i) => i.id)).to.deep.equal(hand.items.map((i) => i.id));
      expect(imported.items.map((i) => [i.code, i.type])).to.deep.equal(hand.items.map((i) => [i.code, i.type]));
    });

    it('has the same statements after white-space normalisation, but for the listed source differences', () => {
      const differ = hand.items.filter((h) => ws(imported.items.find((i) => i.id === h.id)!.statement) !== ws(h.statement)).map((h) => h.id);
      // The hand-built text follows the published PDF; the API uses typographic quotes and apostrophes
      // (D14, K18, K19, K23, K24, S2, S13, S22, and D7 which also reads "in the first instance"),
      // and K3 reads "e.g.The" for "e.g. The". The hand-built notes record each of these.
      expect(differ).to.deep.equal(['D7', 'D14', 'K3', 'K18', 'K19', 'K23', 'K24', 'S2', 'S13', 'S22']);
      const typographic = (s: string) => ws(s).replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
      const wording = differ.filter((id) => typographic(imported.items.find((i) => i.id === id)!.statement) !== typographic(hand.items.find((i) => i.id === id)!.statement));
      expect(wording).to.deep.equal(['D7', 'K3']);
    });

    it('has the same 229 duty-to-KSB links in the same order', () => {
      expect(imported.associations).to.deep.equal(hand.associations);
    });
  });

  describe('current API shapes', () => {
    it('reads referenceNumber, version and options with ids', async () => {
      const record = await fixtureJson(IFATE_DIR, 'ifate-api-2020-lars497-st0605-mineral-products-technician.json');
      const guids = [...new Set(record.duties.flatMap((d: any) => d.mappedOptions ?? []))] as string[];
      const current = {
        ...record,
        referenceNumber: 'ST0605',
        version: '1.1',
        status: 'Approved for delivery',
        options: guids.map((g, i) => ({ optionId: g, title: `Pathway ${i + 1}` })),
      };
      const result = fromIfATE(current);
      const fw = result.framework!;
      expect([fw.id, fw.reference, fw.version]).to.deep.equal(['st0605', 'ST0605', '1.1']);
      expect(fw.lists!.map((l) => l.title)).to.deep.equal(guids.map((_, i) => `Pathway ${i + 1}`));
      expect(fw.lists!.every((l) => l.items.length === 1)).to.be.true;
      expect(fw.notes).to.include('Status: Approved for delivery');
      expect(result.problems).to.deep.equal([]);
    });

    it('reads foundation apprenticeships (technicalKnowledges, technicalSkills, employabilitySkillsAndBehaviours)', () => {
      const result = fromIfATE({
        referenceNumber: 'FA0001',
        title: 'Foundation apprenticeship &amp; example',
        version: '1.0',
        level: 2,
        technicalKnowledges: [{ id: 'a', detail: 'Know &lt;this&gt;' }],
        technicalSkills: [{ id: 'b', detail: 'Do that' }],
        employabilitySkillsAndBehaviours: [{ id: 'c', detail: 'Be kind' }],
        duties: [{ dutyID: 'd', dutyDetail: 'A duty', isThisACoreDuty: 1, mappedKnowledge: ['a'], mappedSkills: ['b'], mappedBehaviour: ['c'] }],
      });
      const fw = result.framework!;
      expect(fw.title).to.equal('Foundation apprenticeship & example');
      expect(fw.items.map((i) => `${i.id} ${i.statement}`)).to.deep.equal(['D1 A duty', 'K1 Know <this>', 'S1 Do that', 'B1 Be kind']);
      expect(fw.associations!.map((a) => a.target)).to.deep.equal(['K1', 'S1', 'B1']);
      expect(result.problems).to.deep.equal([]);
    });
  });

  describe('bad input', () => {
    const cases: [string, unknown][] = [
      ['null', null],
      ['a number', 42],
      ['text that is not JSON', 'not json {'],
      ['an empty list', []],
      ['a list of junk', [null, 1, 'x']],
      ['an empty object', {}],
      ['a KSB list that is not a list', { title: 'T', knowledges: 'K1', duties: [] }],
      ['KSBs of the wrong shape', { title: 'T', knowledges: [null, 5, { knowledgeId: 'x' }, { detail: 7 }], skills: [{ skillId: 's', detail: 'Skill' }] }],
      ['duties of the wrong shape', { title: 'T', skills: [{ skillId: 's', detail: 'S' }], duties: [null, { dutyDetail: 5 }, { dutyDetail: 'D', mappedSkills: 's', isThisACoreDuty: 'maybe' }] }],
      ['prototype keys', JSON.parse('{"__proto__": {"polluted": 1}, "constructor": 1, "title": "T", "skills": [{"skillId": "s", "detail": "S"}]}')],
      ['a framework document', { format: 'ksb-framework/1', id: 'x', version: '1', title: 'X', items: [] }],
    ];
    for (const [name, input] of cases) {
      it(`reports ${name} without throwing`, () => {
        const result = fromIfATE(input);
        expect(result.problems.length).to.be.greaterThan(0);
        if (result.framework) expect(validateFramework(result.framework).valid).to.be.true;
        else expect(result.problems.some((p) => p.severity === 'error')).to.be.true;
        expect(({} as any).polluted).to.equal(undefined);
      });
    }

    it('skips an old-template standard (empty arrays) in a list and converts the rest', async () => {
      const record = await fixtureJson(IFATE_DIR, IFATE_SINGLE[0]);
      const result = fromIfATE([{ ...record, knowledges: [], skills: [], behaviours: [], duties: [] }, record]);
      expect(result.frameworks).to.have.length(1);
      expect(result.problems.find((p) => p.path === '$[0]')!.code).to.equal('empty');
      expect(result.problems.every((p) => p.severity === 'warning')).to.be.true;
    });

    it('reports a duty that names a KSB twice, or a KSB from another list', () => {
      const result = fromIfATE({
        title: 'T',
        knowledges: [{ knowledgeId: 'k', detail: 'K' }],
        skills: [{ skillId: 's', detail: 'S' }],
        behaviours: [],
        duties: [{ dutyID: 'd', dutyDetail: 'D', mappedKnowledge: ['k', 'K', 's'], mappedSkills: [], mappedBehaviour: [] }],
      });
      expect(result.problems.map((p) => p.code)).to.include.members(['duplicate-link', 'wrong-list']);
      expect(result.framework!.associations!.map((a) => a.target)).to.deep.equal(['K1', 'S1']);
    });
  });
});

describe('looksLikeIfATE', () => {
  it('recognises records, lists of records and their JSON text', async () => {
    const text = await fixtureText(IFATE_DIR, IFATE_SINGLE[2]);
    expect(looksLikeIfATE(JSON.parse(text))).to.be.true;
    expect(looksLikeIfATE(text)).to.be.true;
    expect(looksLikeIfATE([JSON.parse(text)])).to.be.true;
    expect(looksLikeIfATE(await fixtureJson(IFATE_DIR, 'das-fat-prototype-raw-record-lars434-unmodified.json'))).to.be.true;
    expect(looksLikeIfATE({ referenceNumber: 'ST0568', title: 'PWP' })).to.be.true;
  });

  it('rejects frameworks, CASE packages, the cross-reference and junk', async () => {
    expect(looksLikeIfATE(await bundledFramework('st0568-pwp.json'))).to.be.false;
    expect(looksLikeIfATE({ CFDocument: {}, CFItems: [] })).to.be.false;
    expect(looksLikeIfATE(await fixtureJson(IFATE_DIR, 'ifate-2020-larscode-to-referenceNumber-crossref.json'))).to.be.false;
    for (const junk of [null, undefined, 1, 'text', '{', [], [null], {}, { duties: 'x' }]) expect(looksLikeIfATE(junk), String(junk)).to.be.false;
  });
});
