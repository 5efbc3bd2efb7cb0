import { expect } from '@open-wc/testing';
import {
  compareResults,
  countAnswers,
  createResult,
  meanRating,
  levelAttained,
  priorLearningEstimate,
  setResponse,
  summariseGroups,
  type Framework,
  type Result,
} from '../../src/model/index.js';

const framework: Framework = {
  format: 'ksb-framework/1',
  id: 'mini',
  version: '1',
  title: 'Mini',
  items: [
    { id: 'D1', type: 'duty', code: 'Duty 1', statement: 'First duty' },
    { id: 'D2', type: 'duty', code: 'Duty 2', statement: 'Second duty' },
    { id: 'K1', type: 'knowledge', code: 'K1', statement: 'k1' },
    { id: 'K2', type: 'knowledge', code: 'K2', statement: 'k2' },
    { id: 'S1', type: 'skill', code: 'S1', statement: 's1' },
    { id: 'B1', type: 'behaviour', code: 'B1', statement: 'b1' },
  ],
  associations: [
    { type: 'requires', source: 'D1', target: 'K1' },
    { type: 'requires', source: 'D1', target: 'S1' },
    { type: 'requires', source: 'D2', target: 'K1' },
    { type: 'requires', source: 'D2', target: 'K2' },
  ],
  levels: [
    { id: 'entry', label: 'Entry' },
    { id: 'early', label: 'Early', assesses: ['K1'] },
    { id: 'mid', label: 'Mid', assesses: ['K2', 'S1'] },
    { id: 'top', label: 'Top', assesses: ['B1'] },
  ],
};
const ksb = ['K1', 'K2', 'S1', 'B1'];

function rated(values: Record<string, number | null>): Result {
  let r = createResult(framework, 'confidence', new Date('2026-01-01T00:00:00Z'));
  for (const [item, value] of Object.entries(values)) r = setResponse(r, item, { value }, new Date('2026-01-02T00:00:00Z'));
  return r;
}

describe('summaries', () => {
  it('counts rated, not-sure and unanswered items', () => {
    const r = setResponse(rated({ K1: 4, K2: null }), 'S1', { note: 'note only' });
    expect(countAnswers(r, ksb)).to.deep.equal({ total: 4, rated: 1, unsure: 1, answered: 2, unanswered: 2 });
    expect(countAnswers(undefined, ksb)).to.deep.equal({ total: 4, rated: 0, unsure: 0, answered: 0, unanswered: 4 });
  });

  it('counts and averages a map of values built once as it does the result (the elements read one map for many counts)', () => {
    const r = rated({ K1: 4, K2: null, S1: 2 });
    const values = new Map(r.responses.filter((x) => x.value !== undefined).map((x) => [x.item, x.value ?? null]));
    expect(countAnswers(values, ksb)).to.deep.equal(countAnswers(r, ksb));
    expect(countAnswers(values, ksb)).to.deep.equal({ total: 4, rated: 2, unsure: 1, answered: 3, unanswered: 1 });
    expect(meanRating(values, ksb)).to.equal(3);
    expect(meanRating(values, ['K2', 'B1'])).to.equal(null);
  });

  it('summarises by category with means and coverage', () => {
    const groups = summariseGroups(framework, rated({ K1: 4, K2: 1, B1: null }), 'type', ksb);
    expect(groups.map((g) => [g.id, g.label, g.total, g.rated, g.unsure, g.mean, g.coverage])).to.deep.equal([
      ['knowledge', 'Knowledge', 2, 2, 0, 2.5, 1],
      ['skill', 'Skills', 1, 0, 0, null, 0],
      ['behaviour', 'Behaviours', 1, 0, 1, null, 1],
    ]);
  });

  it('summarises by duty, an item counting in every duty that needs it', () => {
    const groups = summariseGroups(framework, rated({ K1: 5, K2: 2, S1: 3 }), 'duty', ksb);
    expect(groups.map((g) => [g.id, g.items, g.mean])).to.deep.equal([
      ['D1', ['K1', 'S1'], 4],
      ['D2', ['K1', 'K2'], 3.5],
      ['', ['B1'], null],
    ]);
    expect(groups[0].label).to.equal('Duty 1: First duty');
  });

  it('works out the level attained and what is missing for the next', () => {
    const a = levelAttained(framework, rated({ K1: 3, K2: 3, S1: 2 }), 3);
    expect(a.attained?.id).to.equal('early');
    expect(a.next?.id).to.equal('mid');
    expect(a.missingForNext).to.deep.equal([{ item: 'S1', value: 2 }]);
    expect(a.levels.map((l) => [l.level.id, l.met, l.required])).to.deep.equal([
      ['entry', true, []],
      ['early', true, ['K1']],
      ['mid', false, ['K1', 'K2', 'S1']],
      ['top', false, ['K1', 'K2', 'S1', 'B1']],
    ]);
  });

  it('does not skip an unmet level even if a higher one is met on its own', () => {
    const a = levelAttained(framework, rated({ K1: 1, K2: 5, S1: 5, B1: 5 }), 3);
    expect(a.attained?.id).to.equal('entry');
    expect(a.next?.id).to.equal('early');
    expect(a.missingForNext).to.deep.equal([{ item: 'K1', value: 1 }]);
  });

  it('reaches the top level when everything is met, with nothing next', () => {
    const a = levelAttained(framework, rated({ K1: 3, K2: 4, S1: 5, B1: 3 }), 3);
    expect(a.attained?.id).to.equal('top');
    expect(a.next).to.equal(undefined);
    expect(a.missingForNext).to.deep.equal([]);
  });

  it('never attains, from ratings alone, a level after the last one that assesses anything', () => {
    const withRole: Framework = { ...framework, levels: [...framework.levels!, { id: 'lead', label: 'Leadership' }] };
    const a = levelAttained(withRole, rated({ K1: 5, K2: 5, S1: 5, B1: 5 }), 3);
    expect(a.attained?.id).to.equal('top');
    expect(a.next?.id).to.equal('lead');
    expect(a.missingForNext).to.deep.equal([]);
    expect(a.levels.at(-1)!.met).to.be.false;
  });

  it('compares a baseline and a later result', () => {
    const c = compareResults(rated({ K1: 1, K2: 3, S1: 2 }), rated({ K1: 3, K2: 2, S1: 2, B1: 4 }), ksb);
    expect(c.items).to.deep.equal([
      { item: 'K1', before: 1, after: 3, change: 2 },
      { item: 'K2', before: 3, after: 2, change: -1 },
      { item: 'S1', before: 2, after: 2, change: 0 },
      { item: 'B1', before: undefined, after: 4, change: null },
    ]);
    expect([c.improved, c.declined, c.unchanged, c.newlyRated]).to.deep.equal([1, 1, 1, 1]);
    expect(c.meanBefore).to.equal(2);
    expect(c.meanAfter).to.equal(2.75);
    expect(c.meanChange).to.equal(0.75);
  });

  it('estimates prior learning with the minimum price reduction at half the RPL share', () => {
    // 300 of 1,000 hours is 30 % RPL, so the price must fall by at least 15 %: £10,000 to at most £8,500.
    const items = Array.from({ length: 10 }, (_, i) => `I${i}`);
    let r = createResult(framework, 'confidence');
    items.slice(0, 3).forEach((id) => (r = setResponse(r, id, { value: 4 })));
    r = setResponse(r, 'I3', { value: 3 });
    const e = priorLearningEstimate(r, items, { threshold: 4, offTheJobHours: 1000, price: 10000 });
    expect(e).to.deep.equal({
      estimate: true,
      priorLearning: ['I0', 'I1', 'I2'],
      total: 10,
      share: 0.3,
      hoursReduction: 300,
      reducedHours: 700,
      minimumPriceReduction: 1500,
      maximumPrice: 8500,
    });
  });

  it('estimates nothing from an empty scan', () => {
    const e = priorLearningEstimate(undefined, ksb, { threshold: 4, offTheJobHours: 509 });
    expect([e.share, e.hoursReduction, e.reducedHours, e.minimumPriceReduction]).to.deep.equal([0, 0, 509, undefined]);
  });
});
