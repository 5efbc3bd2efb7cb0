import { expect } from '@open-wc/testing';
import { decodeEntities, htmlToText, KSB_NAMESPACE, plainText, uuidV5 } from '../../src/importers/index.js';
import { sha1 } from '../../src/importers/uuid.js';

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references once', () => {
    expect(decodeEntities('Fish &amp; chips &#163;5 &#x2019; &lt;p&gt; &quot;q&quot; &apos;a&apos; &hellip;')).to.equal('Fish & chips £5 ’ <p> "q" \'a\' …');
    expect(decodeEntities('&amp;amp;')).to.equal('&amp;');
  });

  it('decodes Welsh letters, including w and y with circumflex', () => {
    expect(decodeEntities('&wcirc;&ycirc;&Wcirc;&Ycirc;&acirc;&ecirc;&icirc;&ocirc;&ucirc;&iuml;&wgrave;&yacute;')).to.equal('ŵŷŴŶâêîôûïẁý');
  });

  it('leaves plain ampersands and unknown names alone', () => {
    expect(decodeEntities('R&D, AT&T, Q&A; &unknown; & ;')).to.equal('R&D, AT&T, Q&A; &unknown; & ;');
    expect(decodeEntities('&#0; &#xD800; &#150;')).to.equal('\ufffd \ufffd –');
  });
});

describe('htmlToText', () => {
  it('turns paragraphs, breaks and lists into plain text', () => {
    expect(htmlToText('<p>One\r\n  two</p>\r\n<p>Three<br />four<br><br>five</p><ul><li>a</li><li>b &amp; c</li></ul>')).to.equal(
      'One two\n\nThree\nfour\n\nfive\n\n• a\n• b & c',
    );
  });

  it('treats non-breaking spaces as spaces and drops scripts, styles and comments', () => {
    expect(htmlToText('a&#160; b<script>x()</script><style>p{}</style><!-- c -->d')).to.equal('a bd');
  });

  it('reads the IfATE occupational summary style (HTML escaped once more)', () => {
    const escaped = '&lt;p&gt;People&#39;s lives &amp;amp; work.&lt;br /&gt;&lt;br /&gt;*1 https://example.org&lt;/p&gt;\r\n&lt;p&gt;Next&lt;/p&gt;';
    expect(htmlToText(decodeEntities(escaped))).to.equal("People's lives & work.\n\n*1 https://example.org\n\nNext");
  });
});

describe('plainText', () => {
  it('decodes, normalises line ends and trims', () => {
    expect(plainText('  a &amp; b\r\nc\rd  ')).to.equal('a & b\nc\nd');
  });
});

describe('name-based UUIDs', () => {
  const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

  it('computes SHA-1 (RFC 3174 vectors, block boundaries)', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(hex(sha1(enc('')))).to.equal('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(enc('abc')))).to.equal('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(enc('a'.repeat(55))))).to.equal('c1c8bbdc22796e28c0e15163d20899b65621d65a');
    expect(hex(sha1(enc('a'.repeat(56))))).to.equal('c2db330f6083854c99d4b5bfb6e8f29f201be699');
    expect(hex(sha1(enc('a'.repeat(64))))).to.equal('0098ba824b5c16427bd7a1122a5a442a25ec644d');
  });

  it('matches RFC 4122 version 5 UUIDs (as Python uuid.uuid5 computes them)', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).to.equal('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(KSB_NAMESPACE).to.equal('baf49396-f3db-5abe-8434-08e6602d956d');
    expect(uuidV5('Gwybodaeth ŵ ŷ — ' + 'x'.repeat(100), '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).to.equal('c78e3ca1-1ca9-53bd-a823-f3f0a4969d98');
  });
});
