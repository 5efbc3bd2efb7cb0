import { expect } from '@open-wc/testing';
import { createResult, levelScale, placementItems, setResponse, summarisePlacement, type Framework, type Result } from '../../src/model/index.js';
import { bundled } from '../harness/frameworks.js';

function placed(framework: Framework, values: Record<string, number | null>): Result {
  let r = createResult(framework, 'levels', new Date('2026-03-01T00:00:00Z'));
  for (const [item, value] of Object.entries(values)) r = setResponse(r, item, { value }, new Date('2026-03-01T00:00:00Z'));
  return r;
}

describe('level placement', () => {
  let ahp: Framework;
  before(async () => {
    ahp = await bundled('ahp-support-worker.json');
  });

  it('makes a scale of the AHP levels, 1..3 in order', () => {
    expect(levelScale(ahp)!.points.map((p) => [p.value, p.label])).to.deep.equal([
      [1, 'Entry Level'],
      [2, 'Intermediate'],
      [3, 'Assistant Practitioner'],
    ]);
    expect(levelScale({ title: 'x' })).to.equal(undefined);
    expect(placementItems(ahp)).to.have.length(55);
  });

  it('gives per domain the lowest placement as the level reached, and who holds it back (hand-checked)', () => {
    // Domain 1: 1.1 at AP, 1.2 and 1.3 at Intermediate -> Intermediate; 1.2 and 1.3 hold it below AP.
    // Domain 6: both at AP -> AP, nothing holds it back.
    // Domain 7: 7.1-7.4 at Entry/Intermediate, 7.5 not sure -> no level yet; 7.5 holds it back.
    const r = placed(ahp, { '1.1': 3, '1.2': 2, '1.3': 2, '6.1': 3, '6.2': 3, '7.1': 1, '7.2': 2, '7.3': 2, '7.4': 2, '7.5': null });
    const s = summarisePlacement(ahp, r);
    expect(s.groups.map((g) => g.id)).to.deep.equal(['domain-1', 'domain-2', 'domain-3', 'domain-4', 'domain-5', 'domain-6', 'domain-7', 'domain-8']);
    const [d1, d2, , , , d6, d7] = s.groups;
    expect(d1.label).to.equal('Formal knowledge and experience');
    expect(d1).to.deep.include({ reached: 2, holding: ['1.2', '1.3'], counts: [0, 2, 1], notPlaced: [] });
    expect(d1.reachedLevel!.label).to.equal('Intermediate');
    expect(d1.nextLevel!.label).to.equal('Assistant Practitioner');
    expect(d6).to.deep.include({ reached: 3, holding: [] });
    expect(d6.nextLevel).to.equal(undefined);
    expect(d6.reachedLevel!.id).to.equal('assistant-practitioner');
    expect(d7).to.deep.include({ reached: 0, holding: ['7.5'], notPlaced: ['7.5'], counts: [1, 3, 0] });
    expect(d7.nextLevel!.id).to.equal('entry');
    expect(d2.reached).to.equal(0);
    expect(d2.holding).to.have.length(12);
    expect(s.overall.reached).to.equal(0);
    expect(s.overall.items).to.have.length(55);
  });

  it('overall is the lowest level over every competency placed', () => {
    const values: Record<string, number> = {};
    for (const i of placementItems(ahp)) values[i.id] = 3;
    values['5.4'] = 1;
    values['2.10'] = 2;
    const s = summarisePlacement(ahp, placed(ahp, values));
    expect(s.overall).to.deep.include({ reached: 1, holding: ['5.4'] });
    expect(s.overall.nextLevel!.label).to.equal('Intermediate');
    expect(s.groups.find((g) => g.id === 'domain-2')).to.deep.include({ reached: 2, holding: ['2.10'] });
    expect(s.groups.find((g) => g.id === 'domain-5')).to.deep.include({ reached: 1, holding: ['5.4'] });
    expect(s.groups.filter((g) => g.reached === 3)).to.have.length(6);
  });

  it('summarises only the items given, and ignores values off the level scale', () => {
    const s = summarisePlacement(ahp, placed(ahp, { '1.1': 2, '1.2': 9 }), ['1.1', '1.2']);
    expect(s.groups).to.have.length(1);
    expect(s.groups[0]).to.deep.include({ reached: 0, notPlaced: ['1.2'], holding: ['1.2'] });
  });
});
