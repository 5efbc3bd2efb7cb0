import { expect } from '@open-wc/testing';
import { createResult, setResponse, validateResult, type Result } from '../../src/model/index.js';

const fw = { id: 'st0958', version: '1', title: 'Community health and wellbeing worker', items: [{ id: 'K1' }, { id: 'K2' }, { id: 'S1' }] } as any;
const t0 = new Date('2026-01-05T09:00:00Z');
const t1 = new Date('2026-01-05T09:05:00Z');

describe('results', () => {
  it('creates an empty result naming framework id and version', () => {
    const r = createResult(fw, 'confidence', t0, { subject: 'learner-7' });
    expect(r).to.deep.equal({
      format: 'ksb-result/1',
      framework: { id: 'st0958', version: '1', title: 'Community health and wellbeing worker' },
      subject: 'learner-7',
      scale: 'confidence',
      started: '2026-01-05T09:00:00.000Z',
      updated: '2026-01-05T09:00:00.000Z',
      responses: [],
    });
  });

  it('sets, updates and clears responses without changing the input', () => {
    const r0 = createResult(fw, 'confidence', t0);
    const r1 = setResponse(r0, 'K1', { value: 3 }, t1);
    expect(r0.responses).to.have.length(0);
    expect(r1.responses).to.deep.equal([{ item: 'K1', value: 3, scale: 'confidence', time: '2026-01-05T09:05:00.000Z' }]);
    expect(r1.updated).to.equal('2026-01-05T09:05:00.000Z');
    const r2 = setResponse(r1, 'K1', { note: 'did this at work' }, t1);
    expect(r2.responses[0]).to.include({ value: 3, note: 'did this at work' });
    const r3 = setResponse(r2, 'K2', { value: null }, t1);
    expect(r3.responses.map((r) => [r.item, r.value])).to.deep.equal([['K1', 3], ['K2', null]]);
    const r4 = setResponse(setResponse(r3, 'K1', { value: undefined }, t1), 'K1', { note: '' }, t1);
    expect(r4.responses.map((r) => r.item)).to.deep.equal(['K2']);
  });

  it('round-trips through JSON exactly', () => {
    let r = createResult(fw, 'confidence', t0, { subject: 'a', rater: 'b' });
    r = setResponse(r, 'S1', { value: 5, note: 'Ŵ ŷ “quotes” <b>x</b>' }, t1);
    r = { ...r, position: { section: 'skill', item: 'S1' }, submitted: t1.toISOString() };
    const back = validateResult(JSON.stringify(r), fw);
    expect(back.valid, JSON.stringify(back.problems)).to.be.true;
    expect(back.value).to.deep.equal(r);
  });

  it('flags a result for another version, but still returns it', () => {
    const r = setResponse(createResult({ ...fw, version: '0.9' }, 'confidence', t0), 'K1', { value: 2 }, t1);
    const v = validateResult(r, fw);
    expect(v.valid).to.be.false;
    expect(v.problems.map((p) => `${p.path} ${p.code}`)).to.deep.equal(['$.framework.version version-mismatch']);
    expect(v.value?.responses).to.have.length(1);
  });

  it('flags a result for another framework and items it does not have', () => {
    const r: Result = { ...createResult({ id: 'other', version: '1' }, 'confidence', t0), responses: [{ item: 'X9', value: 1, scale: 'confidence', time: t1.toISOString() }] };
    const v = validateResult(r, fw);
    expect(v.problems.map((p) => `${p.path} ${p.code}`)).to.deep.equal(['$.framework.id framework-mismatch', '$.responses[0].item unknown-id']);
  });

  it('reports structural problems with paths and returns no value', () => {
    const v = validateResult({
      format: 'ksb-result/1',
      framework: { id: 'st0958' },
      scale: 'confidence',
      started: 'yesterday',
      updated: '2026-01-01T00:00:00Z',
      responses: [{ item: 'K1', value: '3', time: '2026-01-01T00:00:00Z' }, { item: 'K1', value: 1, time: '2026-01-01T00:00:00Z' }, 7],
    });
    expect(v.value).to.equal(undefined);
    expect(v.problems.map((p) => `${p.path} ${p.code}`)).to.deep.equal([
      '$.framework.version missing',
      '$.started time',
      '$.responses[0].value type',
      '$.responses[1].item duplicate-id',
      '$.responses[2] type',
    ]);
  });

  it('reports bad JSON text', () => {
    const v = validateResult('{"format":');
    expect(v.problems[0]).to.include({ path: '$', code: 'json', severity: 'error' });
  });
});
