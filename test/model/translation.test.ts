import { expect } from '@open-wc/testing';
import type { Framework } from '../../src/model/framework.js';
import { applyTranslation, languageOf, textKey, type Translation } from '../../src/model/translation.js';
import { validateTranslation } from '../../src/model/validate-translation.js';
import { bundled } from '../harness/frameworks.js';

const load = (file: string) => fetch(new URL(`../../frameworks/${file}`, import.meta.url)).then((r) => r.json());

describe('ksb-translation/1', () => {
  let st0958: Framework;
  let somerset: Framework;
  let example: Translation;
  before(async () => {
    [st0958, somerset, example] = await Promise.all([bundled('st0958.json'), bundled('somerset-splw.json'), load('st0958.cy.example.json')]);
  });

  it('the example translation is valid for ST0958 and matches translation.schema.json', async () => {
    const v = validateTranslation(example, st0958);
    expect(v.problems).to.deep.equal([]);
    expect(v.value!.language).to.equal('cy');
    const { Validator } = await import('@cfworker/json-schema');
    const schema = await load('translation.schema.json');
    expect(new Validator(schema, '2020-12', false).validate(example).errors).to.deep.equal([]);
  });

  it('applies the translated text where given, marks it, and leaves the rest in the framework\'s language', () => {
    const t = applyTranslation(st0958, example);
    const k1 = t.framework.items.find((i) => i.id === 'K1')!;
    expect(k1.statement).to.match(/^penderfynyddion cymdeithasol/);
    expect(t.framework.title).to.equal('Gweithiwr iechyd a llesiant cymunedol');
    expect(t.framework.language).to.equal('cy');
    expect(t.sourceLanguage).to.equal(st0958.language);
    expect(languageOf(t, textKey('item', 'K1', 'statement'))).to.equal('cy');
    expect(languageOf(t, textKey('item', 'K4', 'statement'))).to.equal(st0958.language);
    expect(t.framework.items.find((i) => i.id === 'K4')!.statement).to.equal(st0958.items.find((i) => i.id === 'K4')!.statement);
    expect(t.notFound).to.deep.equal([]);
    // Pure: the framework given is unchanged.
    expect(st0958.items.find((i) => i.id === 'K1')!.statement).to.match(/^the wider social determinants/);
  });

  it('translates rubrics, levels and a built-in scale by their ids, and lists whole', () => {
    const rubric = somerset.rubrics![0];
    const level = somerset.levels![0];
    const translation: Translation = {
      format: 'ksb-translation/1',
      framework: { id: somerset.id, version: somerset.version },
      language: 'cy',
      levels: { [level.id]: { label: 'Lefel gyntaf' } },
      rubrics: { [rubric.item]: { keyFeatures: 'Nodweddion allweddol', descriptors: { '0': 'Dim dull person-ganolog', '9': 'no such point' } } },
      scales: { dreyfus: { points: { '5': { label: 'Arbenigwr' } } } },
      items: { [rubric.item]: { notes: ['one', 'two', 'three', 'four', 'five', 'six', 'seven'] } },
    };
    const t = applyTranslation(somerset, translation);
    const r = t.framework.rubrics!.find((x) => x.item === rubric.item)!;
    expect(r.keyFeatures).to.equal('Nodweddion allweddol');
    expect(r.descriptors.find((d) => d.value === 0)!.text).to.equal('Dim dull person-ganolog');
    expect(r.descriptors.find((d) => d.value === 1)!.text).to.equal(rubric.descriptors.find((d) => d.value === 1)!.text);
    expect(t.framework.levels![0].label).to.equal('Lefel gyntaf');
    expect(t.framework.scales!.find((s) => s.id === 'dreyfus')!.points.find((p) => p.value === 5)!.label).to.equal('Arbenigwr');
    expect(t.translated.has(textKey('scale', 'dreyfus', 'point', 5, 'label'))).to.equal(true);
    // A point the rubric lacks, and notes of another length, are named, not applied.
    expect(t.notFound.some((n) => n.includes('point "9"'))).to.equal(true);
    const own = somerset.items.find((i) => i.id === rubric.item)!.notes ?? [];
    if (own.length !== 7) expect(t.notFound.some((n) => n.includes('7 translated'))).to.equal(true);
  });

  it('refuses a translation for another framework, and warns for another version, listing ids it does not know', () => {
    const other = validateTranslation({ ...example, framework: { id: 'st0001', version: '1' } }, st0958);
    expect(other.valid).to.equal(false);
    expect(other.problems.map((p) => [p.code, p.path])).to.deep.include(['framework-mismatch', '$.framework.id']);
    const v2 = validateTranslation({ ...example, framework: { id: 'st0958', version: '2' }, items: { ...example.items, K999: { statement: 'x' } } }, st0958);
    expect(v2.valid).to.equal(true);
    expect(v2.problems.map((p) => [p.severity, p.code, p.path])).to.deep.equal([
      ['warning', 'version-mismatch', '$.framework.version'],
      ['warning', 'unknown-id', '$.items.K999'],
    ]);
    expect(applyTranslation(st0958, v2.value!).notFound).to.deep.equal(['item "K999"']);
  });

  it('reports malformed input with paths and never throws', () => {
    const bad = validateTranslation({ format: 'ksb-translation/1', framework: { id: 'st0958', version: '1' }, language: 'Welsh!', items: { K1: { statement: 7, elements: 'no' } }, scales: [] });
    expect(bad.valid).to.equal(false);
    expect(bad.problems.map((p) => p.path)).to.include.members(['$.language', '$.items.K1.statement', '$.items.K1.elements', '$.scales']);
    for (const junk of [null, 42, 'not json', '{"format": 1}', [], { __proto__: { polluted: 1 } }, { format: 'ksb-translation/1', framework: 'x' }]) {
      const v = validateTranslation(junk);
      expect(v.valid, JSON.stringify(junk)).to.equal(false);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
