import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/elements/skills-scan/skills-scan.js';
import '../../src/elements/ksb-matrix/ksb-matrix.js';
import type { SkillsScan } from '../../src/elements/skills-scan/skills-scan.js';
import type { Framework } from '../../src/model/framework.js';
import { createResult, setResponse } from '../../src/model/result.js';
import { validateResult } from '../../src/model/validate-result.js';
import { validateFramework } from '../../src/model/validate-framework.js';
import { fromCASE, fromCSV, fromIfATE, toCASE, toCSV } from '../../src/importers/index.js';
import { jsonWithProtoKeys, nearFramework, text, validFramework } from './arbitraries.js';

/** Runs per property: small enough for a few seconds per browser, printed at the end. */
const RUNS = 200;
let total = 0;
const counted = <T>(arb: fc.Arbitrary<T>) => arb.map((v) => (total++, v));
after(() => console.log(`property runs in total: ${total}`));

const protoClean = () => ({} as Record<string, unknown>).polluted === undefined && !('__proto__polluted' in Object.prototype);

describe('validateFramework (properties)', () => {
  for (const [name, arb] of [
    ['any JSON value', fc.jsonValue()],
    ['anything, including prototype-less and boxed values', fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withBigInt: true, withDate: true, withMap: true, withSet: true })],
    ['JSON with prototype keys', jsonWithProtoKeys],
    ['near misses of the format', nearFramework],
    ['arbitrary text', text],
  ] as const) {
    it(`never throws and explains every rejection: ${name}`, () => {
      fc.assert(
        fc.property(counted(arb as fc.Arbitrary<unknown>), (input) => {
          const v = validateFramework(input);
          expect(Array.isArray(v.problems)).to.equal(true);
          expect(v.valid).to.equal(!v.problems.some((p) => p.severity === 'error'));
          if (!v.valid) expect(v.value).to.equal(undefined);
          for (const p of v.problems) expect(p.path.startsWith('$') && typeof p.message === 'string' && p.message.length > 0, JSON.stringify(p)).to.equal(true);
          // Non-frameworks are always rejected with at least one problem.
          if (input === null || typeof input !== 'object' || Array.isArray(input)) expect(v.problems.length).to.be.greaterThan(0);
          expect(protoClean()).to.equal(true);
          // The same input as JSON text gives the same verdict.
          const json = (() => { try { return JSON.stringify(input); } catch { return undefined; } })();
          if (json !== undefined && typeof input !== 'string' && JSON.stringify(JSON.parse(json)) === json && !fc.stringify(input).includes('new ')) {
            expect(validateFramework(json).valid).to.equal(v.valid);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('accepts every generated valid framework with no error, and keeps it intact', () => {
    fc.assert(
      fc.property(counted(validFramework), (fw) => {
        const v = validateFramework(JSON.stringify(fw));
        expect(v.problems.filter((p) => p.severity === 'error'), JSON.stringify(v.problems)).to.deep.equal([]);
        expect(v.value).to.deep.equal(fw);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('importers (properties)', () => {
  const checkImport = (out: { framework?: Framework; problems: { severity: string }[] }) => {
    expect(Array.isArray(out.problems)).to.equal(true);
    if (out.framework) expect(validateFramework(out.framework).problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    else expect(out.problems.some((p) => p.severity === 'error'), 'no framework without an error').to.equal(true);
    expect(protoClean()).to.equal(true);
  };
  const inputs = fc.oneof(fc.jsonValue(), jsonWithProtoKeys, nearFramework, text, fc.jsonValue().map((v) => JSON.stringify(v)));

  it('fromIfATE never throws; what it returns validates or comes with problems', () => {
    fc.assert(fc.property(counted(inputs), (input) => checkImport(fromIfATE(input))), { numRuns: RUNS });
  });
  it('fromCASE never throws; what it returns validates or comes with problems', () => {
    const casey = fc.record({ CFDocument: fc.jsonValue({ maxDepth: 2 }), CFItems: fc.jsonValue({ maxDepth: 3 }), CFAssociations: fc.jsonValue({ maxDepth: 3 }) }, { requiredKeys: [] });
    fc.assert(fc.property(counted(fc.oneof(inputs, casey)), (input) => checkImport(fromCASE(input))), { numRuns: RUNS });
  });
  it('fromCSV never throws on any text; what it returns validates or comes with problems', () => {
    const csvish = fc.array(fc.array(fc.oneof(text, fc.constantFrom('id', 'type', 'statement', 'knowledge', 'K1', '"', '""', ',', '\n', '\r\n')), { maxLength: 6 }), { maxLength: 6 }).map((rows) => rows.map((r) => r.join(',')).join('\n'));
    fc.assert(fc.property(counted(fc.oneof(text, csvish)), (input) => checkImport(fromCSV(input))), { numRuns: RUNS });
  });
  it('a valid framework survives CASE and CSV export and import with its items', () => {
    fc.assert(
      fc.property(counted(validFramework), (fw) => {
        for (const back of [fromCASE(toCASE(fw)), fromCSV(toCSV(fw))]) {
          checkImport(back);
          expect(back.framework?.items.map((i) => i.statement)).to.deep.equal(fw.items.map((i) => i.statement));
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('results (properties)', () => {
  // `point` picks one of the scale's points (null: "not sure").
  const answers = fc.array(fc.record({ pick: fc.nat(), point: fc.option(fc.nat(), { nil: null }), note: fc.option(text, { nil: undefined }) }), { maxLength: 15 });

  it('round-trips through JSON: same responses, no problems; another version is a mismatch', () => {
    fc.assert(
      fc.property(counted(validFramework), answers, (fw, given) => {
        let r = createResult(fw, 'own', new Date('2026-01-01T00:00:00Z'), { subject: 'x' });
        const points = fw.scales![0].points;
        for (const a of given) {
          const value = a.point === null ? null : points[a.point % points.length].value;
          r = setResponse(r, fw.items[a.pick % fw.items.length].id, a.note === undefined ? { value } : { value, note: a.note });
        }
        const back = validateResult(JSON.parse(JSON.stringify(r)), fw);
        expect(back.problems).to.deep.equal([]);
        expect(back.value!.responses).to.deep.equal(r.responses);
        const other = validateResult(JSON.stringify(r), { ...fw, version: `${fw.version}.1` });
        expect(other.problems.map((p) => p.code)).to.include('version-mismatch');
        const elsewhere = validateResult(JSON.stringify(r), { ...fw, id: `${fw.id}-other` });
        expect(elsewhere.problems.map((p) => p.code)).to.include('framework-mismatch');
        // A value off the scale is flagged, never taken as an answer no option shows.
        const off = setResponse(r, fw.items[0].id, { value: Math.max(...points.map((p) => p.value)) + 1 });
        expect(validateResult(JSON.stringify(off), fw).problems.map((p) => p.code)).to.deep.equal(['unknown-point']);
      }),
      { numRuns: RUNS },
    );
  });

  it('validateResult never throws on anything', () => {
    fc.assert(
      fc.property(counted(fc.oneof(fc.jsonValue(), jsonWithProtoKeys, text)), validFramework, (input, fw) => {
        const v = validateResult(input, fw);
        expect(v.valid).to.equal(!v.problems.some((p) => p.severity === 'error'));
        expect(protoClean()).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('elements render generated frameworks (properties)', () => {
  it('<skills-scan> and <ksb-matrix> render every generated valid framework without an error', async function () {
    this.timeout(30000);
    await fc.assert(
      fc.asyncProperty(counted(validFramework), async (fw) => {
        const scan = await fixture<SkillsScan>(html`<skills-scan mode="all" .framework=${fw}></skills-scan>`);
        await scan.updateComplete;
        expect(scan.shadowRoot!.querySelector('[part="error"]'), 'scan error panel').to.equal(null);
        expect(scan.shadowRoot!.querySelector('h2.title')!.textContent).to.equal(fw.title);
        const m = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<ksb-matrix .framework=${fw} rows="duty" columns="knowledge skill behaviour competency" layout="table"></ksb-matrix>`);
        await m.updateComplete;
        expect(m.shadowRoot!.querySelector('[part="error"]'), 'matrix error panel').to.equal(null);
      }),
      { numRuns: 25 },
    );
  });
});
