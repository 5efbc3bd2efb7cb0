import { expect } from '@open-wc/testing';
import {
  agreedResult,
  compareParties,
  createReview,
  partiesOf,
  reasonNeeded,
  reviewGaps,
  setAgreed,
  setSignoff,
  takePartyRatings,
  trainingPlan,
  validateReview,
  validateResult,
  withIntegrity,
  type Result,
} from '../../src/model/index.js';

const fw = {
  format: 'ksb-framework/1',
  id: 'st0958',
  version: '1',
  title: 'Community health and wellbeing worker',
  items: [
    { id: 'D1', type: 'duty', code: 'Duty 1', statement: 'Support people' },
    { id: 'K1', type: 'knowledge', code: 'K1', statement: 'Know one' },
    { id: 'K2', type: 'knowledge', code: 'K2', statement: 'Know two' },
    { id: 'S1', type: 'skill', code: 'S1', statement: 'Do one' },
  ],
  associations: [{ type: 'requires', source: 'D1', target: 'K1' }, { type: 'requires', source: 'D1', target: 'S1' }],
} as any;
const t = '2026-01-05T09:00:00.000Z';
const result = (party: Result['party'], values: Record<string, number | null>): Result => ({
  format: 'ksb-result/1',
  framework: { id: 'st0958', version: '1' },
  subject: 'Jo',
  party,
  scale: 'confidence',
  started: t,
  updated: t,
  responses: Object.entries(values).map(([item, value]) => ({ item, value, scale: 'confidence', time: t })),
});
const learner = result('learner', { K1: 4, K2: 5, S1: null });
const employer = result('employer', { K1: 4, K2: 2, S1: 3 });
const ids = ['K1', 'K2', 'S1'];

describe('review model', () => {
  it('flags items whose ratings spread by the disagreement threshold or where someone is not sure', () => {
    const c = compareParties([learner, employer], ids, 2);
    expect(c.map((x) => [x.item, x.spread, x.unsure, x.flagged])).to.deep.equal([
      ['K1', 0, false, false],
      ['K2', 3, false, true],
      ['S1', 0, true, true],
    ]);
    expect(compareParties([learner, employer], ids, 4)[1].flagged).to.equal(false);
    expect(partiesOf([employer, learner])).to.deep.equal(['learner', 'employer']);
  });

  it('takes a party\'s ratings only where the parties agree and never over the reviewer\'s choice', () => {
    const c = compareParties([learner, employer], ids);
    let review = createReview(fw, 'confidence', [learner, employer], new Date(t));
    expect(review.subject).to.equal('Jo');
    expect(review.sources.map((s) => s.party)).to.deep.equal(['learner', 'employer']);
    review = setAgreed(review, 'K1', { agreed: 3, reason: 'Seen at work' });
    review = takePartyRatings(review, c, 'employer');
    expect(review.items.map((i) => [i.item, i.agreed])).to.deep.equal([['K1', 3]]);
    const fresh = takePartyRatings(createReview(fw, 'confidence', [learner, employer]), c, 'learner');
    expect(fresh.items.map((i) => [i.item, i.agreed])).to.deep.equal([['K1', 4]]);
  });

  it('asks for a reason where the agreed rating differs from a party\'s, and lists what blocks a submit', () => {
    const c = compareParties([learner, employer], ids);
    expect(reasonNeeded(c[0], 4)).to.equal(false);
    expect(reasonNeeded(c[1], 4)).to.equal(true);
    let review = createReview(fw, 'confidence', [learner, employer]);
    review = setAgreed(review, 'K1', { agreed: 4 });
    review = setAgreed(review, 'K2', { agreed: 3 });
    expect(reviewGaps(review, c, ['learner', 'employer', 'provider'])).to.deep.equal({
      unagreed: ['S1'],
      reasonsMissing: ['K2'],
      unsigned: ['learner', 'employer', 'provider'],
    });
    review = setSignoff(review, 'employer', { name: 'Sam Lee', role: 'Line manager', date: '2026-01-06', statement: 'I confirm.' });
    expect(review.signoffs.map((s) => [s.party, s.name])).to.deep.equal([['employer', 'Sam Lee']]);
    expect(reviewGaps(review, c, ['employer']).unsigned).to.deep.equal([]);
    expect(setAgreed(review, 'K1', { agreed: undefined }).items.map((i) => i.item)).to.deep.equal(['K2']);
  });

  it('plans the items agreed below the threshold, by duty, with their hours', () => {
    let review = createReview(fw, 'confidence', [learner, employer]);
    review = setAgreed(review, 'K1', { agreed: 4 });
    review = setAgreed(review, 'K2', { agreed: 2 });
    const plan = trainingPlan(fw, ids, review, 4, 'duty', [{ item: 'K1', hours: 10 }, { item: 'K2', hours: 20 }, { item: 'S1', hours: 30 }]);
    expect(plan.items).to.equal(2);
    expect(plan.hours).to.equal(50);
    expect(plan.groups.map((g) => [g.id, g.items.map((i) => i.item), g.hours])).to.deep.equal([
      ['D1', ['S1'], 30],
      ['other', ['K2'], 20],
    ]);
    const agreed = agreedResult(review);
    expect(validateResult(agreed, fw).valid).to.equal(true);
  });

  it('validates a review with paths, and refuses one for another version or with a party twice', () => {
    let review = createReview(fw, 'confidence', [learner, employer], new Date(t));
    review = setAgreed(review, 'K1', { agreed: 4 }, new Date(t));
    review = setSignoff(review, 'learner', { name: 'Jo', date: '2026-01-06', statement: 'I confirm.' }, new Date(t));
    const ok = validateReview(JSON.stringify(review), fw);
    expect(ok.valid, JSON.stringify(ok.problems)).to.equal(true);
    expect(ok.value).to.deep.equal(review);

    const other = validateReview({ ...review, framework: { id: 'st0958', version: '2' } }, fw);
    expect(other.valid).to.equal(false);
    expect(other.problems.map((p) => [p.path, p.code])).to.deep.include(['$.framework.version', 'version-mismatch']);
    expect(other.value).to.not.equal(undefined);

    const twice = validateReview({ ...review, sources: [review.sources[0], review.sources[0]], items: [{ item: 'K9', agreed: 7, time: t }] }, fw);
    expect(twice.problems.map((p) => [p.path, p.code])).to.deep.include.members([
      ['$.sources[1].party', 'duplicate-party'],
      ['$.items[0].item', 'unknown-id'],
    ]);
    const bad = validateReview({ format: 'ksb-review/1', framework: { id: 'st0958', version: '1' }, scale: 'confidence', sources: [{ party: 'boss' }], items: [], signoffs: [{ party: 'learner', name: 'Jo', date: '6/1/26', statement: 'x', time: t }], started: t, updated: t });
    expect(bad.problems.map((p) => p.path)).to.include.members(['$.sources[0].party', '$.sources[0].updated', '$.signoffs[0].date']);
    expect(validateReview('{').problems[0].code).to.equal('json');
  });

  it('a complete, submitted review matches frameworks/review.schema.json', async () => {
    const { Validator } = await import('@cfworker/json-schema');
    const schema = await fetch(new URL('../../frameworks/review.schema.json', import.meta.url)).then((r) => r.json());
    const validator = new Validator(schema, '2020-12', false);
    let review = createReview(fw, 'confidence', [learner, employer], new Date(t));
    review = setAgreed(review, 'K2', { agreed: null, reason: 'No evidence yet' }, new Date(t));
    review = setSignoff(review, 'provider', { name: 'Ann Tutor', role: 'Tutor', date: '2026-01-06', statement: 'I confirm.' }, new Date(t));
    const plan = trainingPlan(fw, ids, review, 4, 'type');
    const stamped = await withIntegrity({ ...review, plan, submitted: t });
    const check = validator.validate(stamped);
    expect(check.valid, JSON.stringify(check.errors.slice(0, 3))).to.equal(true);
    expect(validateReview(stamped, fw).valid).to.equal(true);
    expect(validator.validate({ ...stamped, signoffs: [{ party: 'boss' }] }).valid).to.equal(false);
  });
});
