import { expect } from '@open-wc/testing';
import { CASE_DATA_MARK, fromCASE, looksLikeCASE, toCASE, type CFPackage } from '../../src/importers/index.js';
import { validateFramework, type Framework } from '../../src/model/index.js';
import { BUNDLED, bundledFramework, CASE_DIR, CASE_FILES, fixtureJson, fixtureText } from '../fixtures/importers/load.js';

const WHEN = '2025-01-01T00:00:00Z';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CASE_TYPES = ['isChildOf', 'isPeerOf', 'isPartOf', 'exactMatchOf', 'precedes', 'isRelatedTo', 'replacedBy', 'exemplar', 'hasSkillLevel'];

/** The CASE 1.0 fields of each object (CASE 1.0 forbids others). */
const FIELDS = {
  CFDocument: ['identifier', 'uri', 'creator', 'title', 'lastChangeDateTime', 'officialSourceURL', 'publisher', 'description', 'subject', 'subjectURI', 'language', 'version', 'adoptionStatus', 'statusStartDate', 'statusEndDate', 'licenseURI', 'notes', 'CFPackageURI'],
  CFItem: ['identifier', 'uri', 'fullStatement', 'alternativeLabel', 'CFItemType', 'humanCodingScheme', 'listEnumeration', 'abbreviatedStatement', 'conceptKeywords', 'conceptKeywordsURI', 'notes', 'language', 'educationLevel', 'CFItemTypeURI', 'licenseURI', 'statusStartDate', 'statusEndDate', 'lastChangeDateTime', 'CFDocumentURI'],
  CFAssociation: ['identifier', 'uri', 'associationType', 'sequenceNumber', 'originNodeURI', 'destinationNodeURI', 'CFAssociationGroupingURI', 'lastChangeDateTime', 'CFDocumentURI'],
  CFItemType: ['identifier', 'uri', 'title', 'description', 'hierarchyCode', 'typeCode', 'lastChangeDateTime'],
  CFAssociationGrouping: ['identifier', 'uri', 'title', 'description', 'lastChangeDateTime'],
  CFRubric: ['identifier', 'uri', 'title', 'description', 'lastChangeDateTime', 'CFRubricCriteria'],
  CFRubricCriterion: ['identifier', 'uri', 'category', 'description', 'CFItemURI', 'weight', 'position', 'rubricId', 'lastChangeDateTime', 'CFRubricCriterionLevels'],
  CFRubricCriterionLevel: ['identifier', 'uri', 'description', 'quality', 'score', 'feedback', 'position', 'rubricCriterionId', 'lastChangeDateTime'],
};

/** Removes the [ksb-elements] data lines: what a CASE tool that drops notes would give back. */
function stripData(pkg: CFPackage): CFPackage {
  const copy: CFPackage = JSON.parse(JSON.stringify(pkg));
  const strip = (o: { notes?: string; description?: string }, key: 'notes' | 'description') => {
    const text = o[key];
    if (text === undefined) return;
    const at = text.lastIndexOf(CASE_DATA_MARK);
    if (at >= 0) {
      const rest = text.slice(0, at).trim();
      if (rest) o[key] = rest;
      else delete o[key];
    }
  };
  strip(copy.CFDocument, 'notes');
  for (const item of copy.CFItems) strip(item, 'notes');
  for (const g of copy.CFDefinitions.CFAssociationGroupings) strip(g, 'description');
  return copy;
}

describe('fromCASE on the fixture packages', () => {
  for (const file of CASE_FILES) {
    it(`imports ${file} with every item and its hierarchy`, async () => {
      const pkg = await fixtureJson(CASE_DIR, file);
      const result = fromCASE(pkg);
      expect(result.framework, JSON.stringify(result.problems.slice(0, 3))).to.exist;
      const fw = result.framework!;
      expect(validateFramework(fw).valid).to.be.true;
      expect(result.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
      expect(fw.id).to.equal(pkg.CFDocument.identifier);
      expect(fw.title).to.equal(pkg.CFDocument.title);
      expect(fw.items.map((i) => i.id)).to.have.members(pkg.CFItems.map((i: any) => i.identifier));
      // Every isChildOf between two items is a parent.
      const ids = new Set(pkg.CFItems.map((i: any) => i.identifier));
      const childLinks = pkg.CFAssociations.filter((a: any) => a.associationType === 'isChildOf' && ids.has(a.destinationNodeURI.identifier));
      for (const a of childLinks) expect(fw.items.find((i) => i.id === a.originNodeURI.identifier)!.parent).to.equal(a.destinationNodeURI.identifier);
      // Parents come before their children (depth-first order).
      const position = new Map(fw.items.map((i, n) => [i.id, n]));
      for (const item of fw.items) if (item.parent) expect(position.get(item.parent)!).to.be.below(position.get(item.id)!);
    });
  }

  it('accepts JSON text and the {CFPackage: ...} wrapper', async () => {
    const text = await fixtureText(CASE_DIR, CASE_FILES[2]);
    const plain = fromCASE(JSON.parse(text)).framework;
    expect(fromCASE(text).framework).to.deep.equal(plain);
    const wrapped = fromCASE({ CFPackage: JSON.parse(text) });
    expect(wrapped.framework).to.deep.equal(plain);
  });

  it('reads the legacy draft, reporting string URIs, old field names and outside links', async () => {
    const result = fromCASE(await fixtureJson(CASE_DIR, 'case-legacy-draft-opensalt-sample-what-standards-could-be.json'));
    const codes = result.problems.map((p) => p.code);
    expect(codes).to.include.members(['legacy-format', 'legacy-field', 'external-link', 'unknown-field']);
    expect(codes.filter((c) => c === 'legacy-field')).to.have.length(16);
    expect(codes.filter((c) => c === 'external-link')).to.have.length(21);
    const fw = result.framework!;
    expect(fw.items).to.have.length(16);
    expect(fw.itemTypes!.map((t) => t.id)).to.deep.equal(['cluster', 'standard', 'component']);
    // The two precedes links inside the package stay links; the grade becomes a level.
    expect(fw.associations!.map((a) => a.type)).to.deep.equal(['precedes', 'precedes']);
    expect(fw.levels!.map((l) => l.code)).to.deep.equal(['06', '07']);
    expect(fw.items[0].notes!.some((n) => n.startsWith('exactMatchOf: <http'))).to.be.true;
  });

  it('reads the minimal package, reporting the missing version', async () => {
    const result = fromCASE(await fixtureJson(CASE_DIR, 'case-v1p0-opensalt-test-smartlevel.json'));
    expect(result.problems.map((p) => `${p.path} ${p.code}`)).to.deep.equal(['$.CFDocument.version missing']);
    expect(result.framework!.version).to.equal('1');
    expect(result.framework!.items.every((i) => i.type === 'competency')).to.be.true;
  });

  it('reads the Smarter Balanced package: 13 item types, 3 links inside, outside links as notes', async () => {
    const result = fromCASE(await fixtureJson(CASE_DIR, 'case-v1p0-smarter-balanced-ELA-G3-C1-T1-from-ts-mock.json'));
    const fw = result.framework!;
    expect(fw.itemTypes).to.have.length(13);
    expect(fw.associations!.map((a) => a.type)).to.deep.equal(['isRelatedTo', 'isRelatedTo', 'isRelatedTo']);
    expect(result.problems.filter((p) => p.code === 'external-link')).to.have.length(16);
    expect(fw.items.filter((i) => i.notes?.some((n) => /^(isRelatedTo|exactMatchOf)/.test(n)))).to.not.be.empty;
    expect(fw.source).to.deep.include({ publisher: 'Smarter Balanced Assessment Consortium' });
    expect(fw.levels!.map((l) => l.code)).to.deep.equal(['03']);
  });

  it('reads the ACT ordering package in sequence order', async () => {
    const pkg = await fixtureJson(CASE_DIR, 'case-v1p0-opensalt-test-ACT-holistic-math-ordering.json');
    const fw = fromCASE(pkg).framework!;
    expect(fw.items[0].code).to.equal('H.A.MATH.GM');
    expect(fw.items.filter((i) => !i.parent)).to.have.length(1);
    expect(fw.items.find((i) => i.code === 'H.A.MATH.GM')!.title).to.equal('Geometry and Measurement');
  });

  it('reads CFRubrics: every criterion, level and descriptor', async () => {
    const pkg = await fixtureJson(CASE_DIR, 'case-v1p1-compeito-sample-with-CFRubrics.json');
    const result = fromCASE(pkg);
    const fw = result.framework!;
    const criteria = pkg.CFRubrics.flatMap((r: any) => r.CFRubricCriteria);
    expect(criteria).to.have.length(7);
    expect(fw.rubrics).to.have.length(7);
    for (const c of criteria) {
      const rubric = fw.rubrics!.find((r) => r.item === c.CFItemURI.identifier)!;
      expect(rubric.keyFeatures).to.equal(c.description);
      expect(rubric.descriptors).to.deep.equal(c.CFRubricCriterionLevels.map((l: any) => ({ value: l.score, text: l.description })));
      const notes = fw.items.find((i) => i.id === rubric.item)!.notes!;
      for (const l of c.CFRubricCriterionLevels) expect(notes).to.include(`Rubric feedback at ${l.score} (${l.quality}): ${l.feedback}`);
    }
    expect(fw.scales).to.deep.equal([
      {
        id: 'case-rubric-scale-1',
        title: 'Rubric scale: Needs Improvement, Adequate, Good, Excellent',
        points: [
          { value: 1, label: 'Needs Improvement' },
          { value: 2, label: 'Adequate' },
          { value: 3, label: 'Good' },
          { value: 4, label: 'Excellent' },
        ],
      },
    ]);
    expect(result.problems).to.deep.equal([]);
  });
});

describe('toCASE and back on the bundled frameworks', () => {
  for (const file of BUNDLED) {
    describe(file, () => {
      let fw: Framework;
      let pkg: CFPackage;
      before(async () => {
        fw = await bundledFramework(file);
        pkg = toCASE(fw, { lastChangeDateTime: WHEN });
      });

      it('comes back deep-equal: items, links, levels and descriptors, rubrics, resources, lists, everything', () => {
        const back = fromCASE(JSON.parse(JSON.stringify(pkg)));
        expect(back.problems).to.deep.equal([]);
        expect(back.framework).to.deep.equal(fw);
      });

      it('is a CASE 1.0 package: one CFItem per item, 1.0 association types, no extension fields', () => {
        expect(pkg.CFItems).to.have.length(fw.items.length);
        expect(pkg.CFAssociations).to.have.length(fw.items.length + (fw.associations?.length ?? 0));
        expect(pkg.CFRubrics).to.have.length(fw.rubrics?.length ?? 0);
        for (const a of pkg.CFAssociations) expect(CASE_TYPES).to.include(a.associationType);
        const only = (o: object, kind: keyof typeof FIELDS) => expect(FIELDS[kind], kind).to.include.members(Object.keys(o));
        only(pkg.CFDocument, 'CFDocument');
        pkg.CFItems.forEach((o) => only(o, 'CFItem'));
        pkg.CFAssociations.forEach((o) => only(o, 'CFAssociation'));
        pkg.CFDefinitions.CFItemTypes.forEach((o) => only(o, 'CFItemType'));
        pkg.CFDefinitions.CFAssociationGroupings.forEach((o) => only(o, 'CFAssociationGrouping'));
        for (const r of pkg.CFRubrics) {
          only(r, 'CFRubric');
          for (const c of r.CFRubricCriteria!) {
            only(c, 'CFRubricCriterion');
            c.CFRubricCriterionLevels!.forEach((l) => only(l, 'CFRubricCriterionLevel'));
          }
        }
      });

      it('has unique, deterministic version-5 UUIDs, and every link resolves inside the package', () => {
        const all = [pkg.CFDocument, ...pkg.CFItems, ...pkg.CFAssociations, ...pkg.CFDefinitions.CFItemTypes, ...pkg.CFDefinitions.CFAssociationGroupings, ...pkg.CFRubrics];
        const ids = all.map((o) => o.identifier);
        for (const id of ids) expect(id).to.match(UUID);
        expect(new Set(ids).size).to.equal(ids.length);
        expect(toCASE(fw, { lastChangeDateTime: WHEN })).to.deep.equal(pkg);
        const nodes = new Set([pkg.CFDocument.identifier, ...pkg.CFItems.map((i) => i.identifier)]);
        for (const a of pkg.CFAssociations) {
          expect(nodes.has(a.originNodeURI.identifier)).to.be.true;
          expect(nodes.has(a.destinationNodeURI.identifier)).to.be.true;
        }
      });

      it('keeps the CASE-native content when a CASE tool drops the [ksb-elements] lines', () => {
        const result = fromCASE(stripData(pkg));
        const native = result.framework!;
        expect(validateFramework(native).valid).to.be.true;
        const byCaseId = new Map(pkg.CFItems.map((c, n) => [c.identifier, fw.items[n]]));
        expect(native.items.map((i) => byCaseId.get(i.id)!.id)).to.have.members(fw.items.map((i) => i.id));
        for (const item of native.items) {
          const original = byCaseId.get(item.id)!;
          expect(item.statement).to.equal(original.statement);
          expect(item.code).to.equal(original.code);
          expect(item.parent && byCaseId.get(item.parent)!.id).to.equal(original.parent);
        }
        expect(native.associations?.length ?? 0).to.equal(fw.associations?.length ?? 0);
        expect((native.rubrics ?? []).map((r) => r.descriptors)).to.deep.equal((fw.rubrics ?? []).map((r) => r.descriptors));
      });
    });
  }

  it('gives the same identifiers whatever the date, and different ones for another framework', async () => {
    const fw = await bundledFramework('st0958.json');
    const a = toCASE(fw, { lastChangeDateTime: WHEN });
    const b = toCASE(fw);
    expect(b.CFItems.map((i) => i.identifier)).to.deep.equal(a.CFItems.map((i) => i.identifier));
    const other = toCASE({ ...fw, id: 'other' }, { lastChangeDateTime: WHEN });
    expect(other.CFItems[0].identifier).to.not.equal(a.CFItems[0].identifier);
    expect(toCASE(fw, { baseUri: 'https://example.org/uri/' }).CFItems[0].uri).to.equal(`https://example.org/uri/${a.CFItems[0].identifier}`);
  });

  it('keeps edits made in a CASE editor to statements, codes and hierarchy', async () => {
    const fw = await bundledFramework('ahp-support-worker.json');
    const pkg = toCASE(fw, { lastChangeDateTime: WHEN });
    pkg.CFItems[1].fullStatement = 'Edited statement, Welsh: Gwybodaeth ŵ ŷ';
    pkg.CFItems[1].humanCodingScheme = '1.1a';
    const back = fromCASE(pkg).framework!;
    expect(back.items[1]).to.deep.include({ id: fw.items[1].id, statement: 'Edited statement, Welsh: Gwybodaeth ŵ ŷ', code: '1.1a' });
  });
});

describe('fromCASE on bad input', () => {
  const cases: [string, unknown][] = [
    ['null', null],
    ['text that is not JSON', '{"CFDocument":'],
    ['a list', []],
    ['no CFDocument', { CFItems: [] }],
    ['junk items and links', { CFDocument: { identifier: 'd', title: 'T' }, CFItems: [null, 1, { identifier: 'a' }, { identifier: 'b', fullStatement: 'B' }, { identifier: 'b', fullStatement: 'again' }], CFAssociations: [null, { associationType: 'isChildOf' }, { associationType: 'isChildOf', originNodeURI: { identifier: 'b' }, destinationNodeURI: { identifier: 'b' } }] }],
    ['a cycle', { CFDocument: { identifier: 'd', title: 'T', version: '1' }, CFItems: [{ identifier: 'a', fullStatement: 'A' }, { identifier: 'b', fullStatement: 'B' }], CFAssociations: [{ associationType: 'isChildOf', originNodeURI: { identifier: 'a' }, destinationNodeURI: { identifier: 'b' } }, { associationType: 'isChildOf', originNodeURI: { identifier: 'b' }, destinationNodeURI: { identifier: 'a' } }] }],
    ['bad rubrics', { CFDocument: { identifier: 'd', title: 'T', version: '1' }, CFItems: [{ identifier: 'a', fullStatement: 'A' }], CFRubrics: [null, { CFRubricCriteria: [null, { CFItemURI: { identifier: 'zz' } }, { CFItemURI: { identifier: 'a' }, CFRubricCriterionLevels: [{ score: 1, description: 'one' }, { score: 1, description: 'dup' }, { quality: 'q' }] }] }] }],
    ['a broken data line', { CFDocument: { identifier: 'd', title: 'T', version: '1', notes: `${CASE_DATA_MARK}{broken` }, CFItems: [{ identifier: 'a', fullStatement: 'A', notes: `${CASE_DATA_MARK}[1]` }] }],
  ];
  for (const [name, input] of cases) {
    it(`reports ${name} without throwing`, () => {
      const result = fromCASE(input);
      expect(result.problems.length).to.be.greaterThan(0);
      if (result.framework) expect(validateFramework(result.framework).valid).to.be.true;
      else expect(result.problems.some((p) => p.severity === 'error')).to.be.true;
    });
  }

  it('keeps a second parent as an isChildOf link', () => {
    const result = fromCASE({
      CFDocument: { identifier: 'd', title: 'T', version: '1' },
      CFItems: ['a', 'b', 'c'].map((id) => ({ identifier: id, fullStatement: id.toUpperCase() })),
      CFAssociations: [
        { associationType: 'isChildOf', originNodeURI: { identifier: 'c' }, destinationNodeURI: { identifier: 'a' } },
        { associationType: 'isChildOf', originNodeURI: { identifier: 'c' }, destinationNodeURI: { identifier: 'b' } },
      ],
    });
    expect(result.framework!.items.find((i) => i.id === 'c')!.parent).to.equal('a');
    expect(result.framework!.associations).to.deep.equal([{ type: 'isChildOf', source: 'c', target: 'b' }]);
    expect(result.problems.map((p) => p.code)).to.deep.equal(['second-parent']);
  });
});

describe('looksLikeCASE', () => {
  it('recognises packages and rejects others', async () => {
    for (const file of CASE_FILES) expect(looksLikeCASE(await fixtureJson(CASE_DIR, file)), file).to.be.true;
    expect(looksLikeCASE(await fixtureText(CASE_DIR, CASE_FILES[0]))).to.be.true;
    expect(looksLikeCASE({ CFPackage: { CFDocument: {}, CFItems: [] } })).to.be.true;
    expect(looksLikeCASE(await bundledFramework('st0958.json'))).to.be.false;
    for (const junk of [null, 1, 'CFDocument', [], {}, { CFDocument: 'x', CFItems: [] }]) expect(looksLikeCASE(junk)).to.be.false;
  });
});
