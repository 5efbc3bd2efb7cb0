import { expect } from '@open-wc/testing';
import { canonicalJson, integrityOf, sha256Hex, verifyIntegrity, withIntegrity } from '../../src/model/index.js';

// RFC 8785 section 3.2.2 and 3.2.3: sorting by UTF-16 code units, and ECMAScript number forms.
const RFC_SORTING = { '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' };
const RFC_SORTED = '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}';

describe('integrity (JCS + SHA-256)', () => {
  it('canonicalises as RFC 8785 does: keys sorted by code units, numbers in their shortest form, no white space', () => {
    expect(canonicalJson(RFC_SORTING)).to.equal(RFC_SORTED);
    expect(canonicalJson({ numbers: [333333333.33333329, 1e30, 4.5, 0.002, 1e-27], b: true, a: null })).to.equal(
      '{"a":null,"b":true,"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27]}',
    );
  });

  it('leaves the integrity field out of what it digests', () => {
    expect(canonicalJson({ b: 1, integrity: { digest: 'x' }, a: 2 })).to.equal('{"a":2,"b":1}');
  });

  it('hashes UTF-8 text with SHA-256 in hexadecimal (FIPS 180-2 test vector "abc")', async () => {
    expect(await sha256Hex('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the same without Web Crypto (a plain-HTTP page has no crypto.subtle): @noble/hashes stands in', async () => {
    const withSubtle = await sha256Hex('café crème 😀');
    // Shadow the page's crypto with one that has no subtle, as a page outside a secure context sees it.
    const own = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    Object.defineProperty(globalThis, 'crypto', { value: { getRandomValues: crypto.getRandomValues.bind(crypto) }, configurable: true, writable: true });
    try {
      expect(globalThis.crypto.subtle).to.equal(undefined);
      expect(await sha256Hex('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      expect(await sha256Hex('café crème 😀')).to.equal(withSubtle);
    } finally {
      if (own) Object.defineProperty(globalThis, 'crypto', own);
      else delete (globalThis as { crypto?: unknown }).crypto;
    }
    expect(globalThis.crypto.subtle).to.not.equal(undefined);
  });

  it('stamps a document and verifies it intact, then reports a change and what the digests are', async () => {
    const doc = await withIntegrity({ format: 'ksb-result/1', note: 'café <b>', responses: [{ item: 'K1', value: 3 }] });
    expect(doc.integrity.alg).to.equal('SHA-256');
    expect(doc.integrity.canonicalization).to.equal('JCS');
    expect(doc.integrity.digest).to.match(/^[0-9a-f]{64}$/);
    expect((await verifyIntegrity(doc)).status).to.equal('intact');
    // Key order and white space are not changes: JSON text reordered still verifies.
    const reordered = JSON.stringify({ responses: doc.responses, integrity: doc.integrity, note: doc.note, format: doc.format }, null, 2);
    expect((await verifyIntegrity(reordered)).status).to.equal('intact');
    const changed = { ...doc, responses: [{ item: 'K1', value: 4 }] };
    const check = await verifyIntegrity(changed);
    expect(check.status).to.equal('changed');
    expect(check.recorded).to.equal(doc.integrity.digest);
    expect(check.actual).to.equal((await integrityOf(changed)).digest);
  });

  it('reports a missing or malformed stamp and non-JSON input without throwing', async () => {
    expect((await verifyIntegrity({ a: 1 })).status).to.equal('missing');
    expect((await verifyIntegrity({ a: 1, integrity: { alg: 'MD5', canonicalization: 'JCS', digest: 'ab' } })).status).to.equal('invalid');
    expect((await verifyIntegrity('{not json')).status).to.equal('invalid');
    expect((await verifyIntegrity([1, 2])).status).to.equal('invalid');
  });
});
