import { expect } from '@open-wc/testing';
import {
  classifyStorageError,
  draftKey,
  otherVersionDrafts,
  parseDraftKey,
  readDraft,
  removeDraft,
  writeDraft,
  type StorageSource,
} from '../../src/shared/autosave.js';

const throwing = (name: string): StorageSource => () => {
  throw new DOMException('denied', name);
};

describe('draft storage helpers', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('ksb-draft:')) localStorage.removeItem(key);
  });

  it('builds the documented key, percent-encoding each part and leaving absent parts empty', () => {
    expect(draftKey({ tag: 'skills-scan', id: 'st0958', version: '1', subject: 'learner-123' })).to.equal('ksb-draft:skills-scan:st0958:1::learner-123');
    const odd = { tag: 'dreyfus-rater', id: 'a:b', version: '4.0', name: 'rating 1', subject: 'ŵ/ä' };
    const key = draftKey(odd);
    expect(key).to.equal('ksb-draft:dreyfus-rater:a%3Ab:4.0:rating%201:%C5%B5%2F%C3%A4');
    expect(parseDraftKey(key)).to.deep.equal(odd);
    expect(parseDraftKey('ksb-draft:x:y')).to.equal(undefined);
    expect(parseDraftKey('other:skills-scan:a:1::')).to.equal(undefined);
  });

  it('names quota and access failures', () => {
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).to.equal('full');
    expect(classifyStorageError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })).to.equal('full');
    expect(classifyStorageError(new DOMException('denied', 'SecurityError'))).to.equal('unavailable');
    expect(classifyStorageError(new TypeError('no storage'))).to.equal('unavailable');
  });

  it('reads, writes and removes without throwing, whatever storage does', () => {
    const source = () => localStorage;
    expect(readDraft(source, 'ksb-draft:t:a:1::')).to.deep.equal({ ok: true, value: undefined });
    expect(writeDraft(source, 'ksb-draft:t:a:1::', { x: 1 }).ok).to.be.true;
    expect(readDraft(source, 'ksb-draft:t:a:1::')).to.deep.equal({ ok: true, value: { x: 1 } });
    localStorage.setItem('ksb-draft:t:a:1::', '{"x":');
    const corrupt = readDraft(source, 'ksb-draft:t:a:1::');
    expect(corrupt.ok === false && corrupt.failure).to.equal('corrupt');
    expect(removeDraft(source, 'ksb-draft:t:a:1::').ok).to.be.true;
    expect(localStorage.getItem('ksb-draft:t:a:1::')).to.equal(null);

    for (const [name, failure] of [['SecurityError', 'unavailable'], ['QuotaExceededError', 'full']] as const) {
      for (const outcome of [readDraft(throwing(name), 'k'), writeDraft(throwing(name), 'k', {}), removeDraft(throwing(name), 'k'), otherVersionDrafts(throwing(name), { tag: 't', id: 'a', version: '1' })]) {
        expect(outcome.ok).to.be.false;
        expect(!outcome.ok && outcome.failure).to.equal(failure);
      }
    }
  });

  it('finds drafts of other versions of the same framework by the same element only', () => {
    const base = { tag: 'skills-scan', id: 'mini', name: 'scan', subject: 'p1' };
    for (const parts of [
      { ...base, version: '1' },
      { ...base, version: '2' },
      { ...base, version: '0.9' },
      { ...base, version: '1', subject: 'p2' },
      { ...base, version: '1', name: undefined },
      { ...base, version: '1', tag: 'dreyfus-rater' },
      { ...base, version: '1', id: 'other' },
    ]) localStorage.setItem(draftKey(parts), '{}');
    const found = otherVersionDrafts(() => localStorage, { ...base, version: '2' });
    expect(found.ok && [...found.value].sort()).to.deep.equal(['ksb-draft:skills-scan:mini:0.9:scan:p1', 'ksb-draft:skills-scan:mini:1:scan:p1']);
  });
});
