import { expect } from '@open-wc/testing';
import type { Framework } from '../../src/model/framework.js';
import { createResult, setResponse } from '../../src/model/result.js';
import { withIntegrity } from '../../src/model/integrity.js';
import { createReview, setAgreed, setSignoff } from '../../src/model/review.js';
import { toXapi, xapiProblems, XapiInputError, XAPI_EXTENSIONS, XAPI_VERBS } from '../../src/model/results-out.js';
import * as model from '../../src/model/index.js';
import { bundled } from '../harness/frameworks.js';

const at = (minute: number) => new Date(Date.UTC(2026, 8, 1, 9, minute));
const actor = { account: { homePage: 'https://lms.provider.example', name: 'learner-0042' }, name: 'Jo Bloggs' };

describe('toXapi: results and reviews as xAPI 1.0.3 statements', () => {
  let st0958: Framework;
  let somerset: Framework;
  before(async () => {
    [st0958, somerset] = await Promise.all([bundled('st0958.json'), bundled('somerset-splw.json')]);
  });

  it('is in ksb-elements/model as well as model/results-out', () => {
    expect(model.toXapi).to.equal(toXapi);
  });

  it('gives a ST0958 scan one statement per response and one for the submission', async () => {
    let r = createResult(st0958, 'confidence', at(0), { subject: 'Jo', party: 'learner' });
    r = setResponse(r, 'K1', { value: 4, note: 'Did this at work' }, at(1));
    r = setResponse(r, 'S1', { value: null }, at(2));
    r = setResponse(r, 'B1', { note: 'Only a note' }, at(3));
    const signed = await withIntegrity({ ...r, submitted: at(4).toISOString() });
    const statements = toXapi(signed, st0958, { actor, registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7' });
    expect(statements.map((s) => s.verb.id)).to.deep.equal([XAPI_VERBS.responded, XAPI_VERBS.responded, XAPI_VERBS.responded, XAPI_VERBS.completed]);

    const [k1, s1, b1, done] = statements;
    const item = st0958.items.find((i) => i.id === 'K1')!;
    expect(k1.actor).to.deep.equal({ ...actor, objectType: 'Agent' });
    expect(k1.object.id).to.equal('urn:ksb-elements:framework/st0958/item/K1');
    expect(k1.object.definition?.name).to.deep.equal({ 'en-GB': 'K1' });
    expect(k1.object.definition?.description).to.deep.equal({ 'en-GB': item.statement });
    // Confidence 1..5: 4 is three quarters of the way up.
    expect(k1.result?.score).to.deep.equal({ scaled: 0.75, raw: 4, min: 1, max: 5 });
    expect(k1.result?.response).to.equal('Did this at work');
    expect(k1.result?.extensions?.[XAPI_EXTENSIONS.rating]).to.deep.equal({ scale: 'confidence', value: 4, label: 'Independently' });
    expect(k1.timestamp).to.equal(at(1).toISOString());
    expect(k1.context.registration).to.equal('ec531277-b57b-4c15-8d91-d292c5b2b8f7');
    expect(k1.context.contextActivities?.parent?.[0].id).to.equal('urn:ksb-elements:framework/st0958');
    expect(k1.context.contextActivities?.grouping?.[0].id).to.equal('urn:ksb-elements:framework/st0958');
    expect(k1.context.extensions).to.deep.equal({
      [XAPI_EXTENSIONS.frameworkVersion]: st0958.version,
      [XAPI_EXTENSIONS.subject]: 'Jo',
      [XAPI_EXTENSIONS.party]: 'learner',
      [XAPI_EXTENSIONS.resultDigest]: signed.integrity.digest,
    });
    // "Not sure" has no score but says so; a note alone has neither.
    expect(s1.result?.score).to.equal(undefined);
    expect(s1.result?.extensions?.[XAPI_EXTENSIONS.rating]).to.deep.equal({ scale: 'confidence', value: null, label: 'Not sure' });
    expect(b1.result).to.deep.equal({ response: 'Only a note' });
    expect(done.object.id).to.equal('urn:ksb-elements:framework/st0958');
    expect(done.object.definition?.name).to.deep.equal({ 'en-GB': st0958.title });
    expect(done.result).to.deep.equal({ completion: true });
    expect(done.timestamp).to.equal(at(4).toISOString());
  });

  it('scores a Somerset rating on the Dreyfus scale with the rater and party, under a host base IRI', () => {
    const competency = somerset.rubrics![0].item;
    let r = createResult(somerset, 'dreyfus', at(0), { subject: 'Sam', party: 'assessor', rater: 'A. Assessor' });
    r = setResponse(r, competency, { value: 3 }, at(1));
    const [s] = toXapi(r, somerset, { actor: { mbox: 'mailto:sam@example.com' }, baseIri: 'https://provider.example/xapi/' });
    expect(s.object.id).to.equal(`https://provider.example/xapi/framework/somerset-splw/item/${encodeURIComponent(competency)}`);
    expect(s.result?.score).to.deep.equal({ scaled: 0.6, raw: 3, min: 0, max: 5 });
    expect(s.result?.extensions?.[XAPI_EXTENSIONS.rating]).to.deep.equal({ scale: 'dreyfus', value: 3, label: 'Competent' });
    expect(s.context.extensions[XAPI_EXTENSIONS.party]).to.equal('assessor');
    expect(s.context.extensions[XAPI_EXTENSIONS.rater]).to.equal('A. Assessor');
    expect(s.context).not.to.have.property('registration');
  });

  it('gives a review one statement per agreed item with the parties who signed it off', () => {
    let learner = createResult(st0958, 'confidence', at(0), { subject: 'Jo', party: 'learner' });
    learner = setResponse(learner, 'K1', { value: 5 }, at(1));
    let employer = createResult(st0958, 'confidence', at(0), { subject: 'Jo', party: 'employer' });
    employer = setResponse(employer, 'K1', { value: 2 }, at(1));
    let review = createReview(st0958, 'confidence', [learner, employer], at(2));
    review = setAgreed(review, 'K1', { agreed: 3, reason: 'Seen at work with support' }, at(3));
    review = setSignoff(review, 'learner', { name: 'Jo', date: '2026-09-01', statement: 'I agree.' }, at(4));
    review = setSignoff(review, 'employer', { name: 'Sam', date: '2026-09-01', statement: 'I agree.' }, at(5));
    const statements = toXapi({ ...review, submitted: at(6).toISOString() }, st0958, { actor });
    expect(statements.map((s) => s.verb.id)).to.deep.equal([XAPI_VERBS.scored, XAPI_VERBS.completed]);
    expect(statements[0].result?.score?.raw).to.equal(3);
    expect(statements[0].result?.response).to.equal('Seen at work with support');
    expect(statements[0].context.extensions[XAPI_EXTENSIONS.agreedBy]).to.deep.equal(['learner', 'employer']);
  });

  it('refuses, naming what is wrong, with no actor, a malformed actor or a result for another version', () => {
    const r = setResponse(createResult(st0958, 'confidence', at(0)), 'K1', { value: 2 }, at(1));
    expect(() => toXapi(r, st0958, {} as never)).to.throw(XapiInputError, /statements need an actor/);
    expect(xapiProblems(r, st0958, { actor: { mbox: 'jo@example.com' } }).map((p) => p.code)).to.deep.equal(['invalid-actor']);
    expect(xapiProblems(r, st0958, { actor, registration: 'not-a-uuid', baseIri: 'no scheme' }).map((p) => p.code)).to.deep.equal(['invalid-base-iri', 'invalid-registration']);
    const stale = { ...r, framework: { id: 'st0958', version: '0.1' } };
    let thrown: unknown;
    try {
      toXapi(stale, st0958, { actor });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).to.be.instanceOf(XapiInputError);
    expect((thrown as XapiInputError).problems.map((p) => p.code)).to.include('version-mismatch');
  });

  it('keeps hostile text as data: JSON-escaped, never interpreted', () => {
    const hostile = '<img src=x onerror=alert(1)> "quoted" =HYPERLINK("x")';
    const r = setResponse(createResult(st0958, 'confidence', at(0)), 'K1', { value: 1, note: hostile }, at(1));
    const [s] = toXapi(r, st0958, { actor });
    expect(JSON.parse(JSON.stringify(s)).result.response).to.equal(hostile);
  });
});
