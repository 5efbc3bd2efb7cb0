import { expect } from '@open-wc/testing';
import {
  calculateRpl,
  createResult,
  DEFAULT_FUNDING_YEAR,
  FUNDING_RULES,
  setResponse,
  validateResult,
  type Result,
  type RplInput,
} from '../../src/model/index.js';

const fw = { id: 'std', version: '1', title: 'Standard', items: [] as { id: string }[] };
const t0 = new Date('2026-02-02T10:00:00Z');

/** A result with the given ratings (`null` for "not sure"). */
function rated(values: Record<string, number | null>): Result {
  let r = createResult(fw, 'confidence', t0);
  for (const [item, value] of Object.entries(values)) r = setResponse(r, item, { value }, t0);
  return r;
}

const ten = Array.from({ length: 10 }, (_, i) => `K${i + 1}`);

function figures(overrides: Partial<RplInput> = {}): RplInput {
  return { items: ten, threshold: 4, otjHours: 1000, otjMinimum: 800, durationMonths: 24, bandMaximum: 12000, price: 10000, ...overrides };
}

const codes = (problems: { path: string; code: string }[]) => problems.map((p) => `${p.path} ${p.code}`);
const boundRules = (b: { rules: { id: string; bound: boolean }[] }) => b.rules.filter((r) => r.bound).map((r) => r.id);

describe('RPL calculation', () => {
  describe('the funding rules table', () => {
    it('holds 2025 to 2026 only, with its parameters and citations', () => {
      expect(Object.keys(FUNDING_RULES)).to.deep.equal(['2025-26']);
      expect(DEFAULT_FUNDING_YEAR).to.equal('2025-26');
      const rules = FUNDING_RULES['2025-26'];
      expect([rules.priceReductionShare, rules.minimumOtjHours, rules.minimumDurationMonths]).to.deep.equal([0.5, 187, 8]);
      expect(rules.document).to.equal('Apprenticeship funding rules 2025 to 2026');
      expect(rules.startsFrom).to.equal('2025-08-01');
      expect(rules.citations['price-reduction'].rule).to.equal('35.2');
      expect(rules.citations['rpl-percent'].rule).to.equal('35.2');
      for (const c of Object.values(rules.citations)) expect(c.topic).to.be.a('string').and.not.empty;
      expect(Object.isFrozen(FUNDING_RULES)).to.be.true;
    });
  });

  describe('the rule examples', () => {
    it('300 of 1,000 hours is 30 % RPL, so the price falls by at least 15 %: £10,000 to at most £8,500', () => {
      const result = rated({ K1: 4, K2: 5, K3: 4, K4: 3, K5: null });
      const { breakdown: b, problems } = calculateRpl(result, figures());
      expect(problems).to.deep.equal([]);
      expect(b!.hoursSource).to.equal('even');
      expect(b!.items.slice(0, 5)).to.deep.equal([
        { item: 'K1', value: 4, counts: true, hours: 100, hoursRemoved: 100 },
        { item: 'K2', value: 5, counts: true, hours: 100, hoursRemoved: 100 },
        { item: 'K3', value: 4, counts: true, hours: 100, hoursRemoved: 100 },
        { item: 'K4', value: 3, counts: false, hours: 100, hoursRemoved: 0 },
        { item: 'K5', value: null, counts: false, hours: 100, hoursRemoved: 0 },
      ]);
      expect(b!.items[5]).to.deep.equal({ item: 'K6', counts: false, hours: 100, hoursRemoved: 0 });
      expect(b!.assessedHours).to.equal(300);
      expect(b!.hoursRemoved).to.equal(300);
      expect(b!.rplShare).to.equal(0.3);
      expect(b!.priceReductionShare).to.equal(0.15);
      expect(b!.minimumPriceReduction).to.equal(1500);
      expect(b!.planned).to.deep.equal({ otjHours: 1000, otjMinimum: 800, durationMonths: 24, price: 10000, bandMaximum: 12000 });
      // Minimum 800 × 0.7 = 560; 24 months × 0.7 = 16.8, rounded up to 17; band £12,000 less 15 %.
      expect(b!.reduced).to.deep.equal({ otjHours: 700, otjMinimum: 560, durationMonths: 17, price: 8500, bandMaximum: 10200 });
      expect(b!.providerToConfirm).to.be.true;
      expect(b!.fundingYear).to.equal('2025-26');
      expect(b!.parameters).to.deep.equal({ priceReductionShare: 0.5, minimumOtjHours: 187, minimumDurationMonths: 8 });
      expect(boundRules(b!)).to.deep.equal(['price-reduction', 'band-maximum', 'otj-minimum', 'duration']);
      const price = b!.rules.find((r) => r.id === 'price-reduction')!;
      expect(price.citation).to.deep.equal({
        document: 'Apprenticeship funding rules 2025 to 2026',
        rule: '35.2',
        topic: FUNDING_RULES['2025-26'].citations['price-reduction'].topic,
        url: FUNDING_RULES['2025-26'].url,
      });
      expect(price.text).to.equal('The price must fall by at least 15% (50% of the RPL percentage): at least £1500.00, from £10000.00 to at most £8500.00.');
    });

    it('14 hours off a 509-hour minimum is 2.8 % RPL, so at least a 1.4 % price cut; the duration cannot shrink', () => {
      const items = ['K1', 'K2', 'S1'];
      const { breakdown: b, problems } = calculateRpl(rated({ K1: 5, K2: 2 }), {
        items,
        threshold: 4,
        otjHours: 509,
        otjMinimum: 509,
        durationMonths: 12,
        bandMaximum: 10000,
        price: 10000,
        hoursPerItem: [
          { item: 'K1', hours: 14 },
          { item: 'K2', hours: 250 },
          { item: 'S1', hours: 245 },
        ],
      });
      expect(problems).to.deep.equal([]);
      expect(b!.hoursSource).to.equal('per-item');
      expect(b!.hoursRemoved).to.equal(14);
      expect(b!.rplShare).to.equal(14 / 509);
      expect(Math.round(b!.rplShare * 1000) / 10).to.equal(2.8);
      expect(Math.round(b!.priceReductionShare * 1000) / 10).to.equal(1.4);
      // £10,000 × 1.375 % = £137.52..., rounded up to the penny.
      expect(b!.minimumPriceReduction).to.equal(137.53);
      expect(b!.reduced).to.deep.equal({ otjHours: 495, otjMinimum: 495, durationMonths: 12, price: 9862.47, bandMaximum: 9862.47 });
      expect(boundRules(b!)).to.deep.equal(['price-reduction', 'band-maximum', 'otj-minimum', 'duration-unchanged']);
      expect(b!.rules.find((r) => r.id === 'duration-unchanged')!.text).to.equal(
        'The reduction is less than a whole month, so the planned duration stays 12 months; the off-the-job minimum of 495 hours applies across the whole duration.',
      );
    });
  });

  describe('floors', () => {
    it('everything prior learning: 187 hours, the minimum floor and 8 months all bind', () => {
      const items = ['K1', 'K2', 'K3', 'K4'];
      const { breakdown: b, problems } = calculateRpl(rated({ K1: 5, K2: 5, K3: 4, K4: 4 }), {
        items,
        threshold: 4,
        otjHours: 400,
        otjMinimum: 300,
        durationMonths: 12,
        bandMaximum: 9000,
        price: 9000,
      });
      expect(problems).to.deep.equal([]);
      expect(b!.items.every((i) => i.counts)).to.be.true;
      expect(b!.assessedHours).to.equal(400);
      expect(b!.hoursRemoved).to.equal(213);
      expect(b!.rplShare).to.equal(213 / 400);
      // Minimum 300 × (1 − 0.5325) = 140.25 → 187; duration 12 × 0.4675 = 5.61 → 6 → 8 months.
      expect(b!.reduced).to.deep.equal({ otjHours: 187, otjMinimum: 187, durationMonths: 8, price: 6603.75, bandMaximum: 6603.75 });
      expect(b!.minimumPriceReduction).to.equal(2396.25);
      expect(boundRules(b!)).to.deep.equal(['otj-floor', 'price-reduction', 'band-maximum', 'otj-minimum', 'otj-minimum-floor', 'duration', 'duration-floor']);
      const floor = b!.rules.find((r) => r.id === 'otj-floor')!;
      expect(floor.text).to.include('cannot fall below 187 hours, so only 213 hours are removed');
      expect(b!.rules.find((r) => r.id === 'duration-floor')!.text).to.include('would fall to 6 months, but cannot fall below 8 months');
      expect(b!.rules.find((r) => r.id === 'otj-minimum-floor')!.text).to.equal(
        'The off-the-job minimum would fall to 141 hours, but cannot fall below 187 hours.',
      );
    });

    it('nothing can be removed from a programme already at 187 hours', () => {
      const { breakdown: b } = calculateRpl(rated({ K1: 5 }), figures({ items: ['K1', 'K2'], otjHours: 187, otjMinimum: 187, durationMonths: 8, price: 5000, bandMaximum: 5000 }));
      expect(b!.hoursRemoved).to.equal(0);
      expect(b!.reduced).to.deep.equal(b!.planned);
      expect(boundRules(b!)).to.deep.equal(['otj-floor']);
    });

    it('8 months binds on its own when the hours do not', () => {
      const { breakdown: b } = calculateRpl(rated({ K1: 5, K2: 5, K3: 5, K4: 5, K5: 5 }), figures({ durationMonths: 12 }));
      // 50 % RPL: 12 months → 6, held at 8.
      expect(b!.rplShare).to.equal(0.5);
      expect(b!.reduced.durationMonths).to.equal(8);
      expect(b!.reduced.otjHours).to.equal(500);
      expect(boundRules(b!)).to.include('duration-floor').and.not.include('otj-floor');
    });
  });

  it('uses uneven hours per item as given, never removing hours tied to no item', () => {
    const items = ['K1', 'K2', 'K3', 'K4'];
    const { breakdown: b, problems } = calculateRpl(rated({ K1: 2, K2: 4, K3: 5, K4: null }), {
      items,
      threshold: 4,
      otjHours: 600,
      otjMinimum: 500,
      durationMonths: 18,
      bandMaximum: 14000,
      price: 12000,
      hoursPerItem: [
        { item: 'K4', hours: 99.25 },
        { item: 'K1', hours: 200 },
        { item: 'K2', hours: 150.5 },
        { item: 'K3', hours: 100.25 },
      ],
    });
    expect(problems).to.deep.equal([]);
    expect(b!.items.map((i) => [i.item, i.hours, i.hoursRemoved])).to.deep.equal([
      ['K1', 200, 0],
      ['K2', 150.5, 150.5],
      ['K3', 100.25, 100.25],
      ['K4', 99.25, 0],
    ]);
    expect(b!.assessedHours).to.equal(250.75);
    // Rounded down to whole hours.
    expect(b!.hoursRemoved).to.equal(250);
    expect(b!.rplShare).to.equal(250 / 600);
    // 500 × 350/600 = 291.67 → 292; 18 × 0.5833 = 10.5 → 11; 12,000 × 20.83 % = 2,500; 14,000 × 20.83 % = 2,916.67.
    expect(b!.reduced).to.deep.equal({ otjHours: 350, otjMinimum: 292, durationMonths: 11, price: 9500, bandMaximum: 11083.33 });
    expect(b!.notes.map((n) => n.id)).to.deep.equal([
      'counting',
      'hours-per-item',
      'hours-unallocated',
      'hours-rounding',
      'minimum-proportional',
      'duration-proportional',
      'money-rounding',
    ]);
    expect(b!.notes.find((n) => n.id === 'hours-unallocated')!.text).to.match(/^50 planned hours are not tied to any item/);
  });

  it('with no prior learning, nothing changes and no rule binds', () => {
    for (const result of [undefined, rated({}), rated({ K1: 3, K2: null, K3: 1 })]) {
      const { breakdown: b, problems } = calculateRpl(result, figures());
      expect(problems).to.deep.equal([]);
      expect(b!.items.some((i) => i.counts)).to.be.false;
      expect([b!.assessedHours, b!.hoursRemoved, b!.rplShare, b!.minimumPriceReduction]).to.deep.equal([0, 0, 0, 0]);
      expect(b!.reduced).to.deep.equal(b!.planned);
      expect(boundRules(b!)).to.deep.equal([]);
    }
  });

  it('counts "not sure" and unanswered items as no prior learning, and uses the threshold given', () => {
    const result = rated({ K1: 3, K2: null, K3: 4 });
    expect(calculateRpl(result, figures({ threshold: 4 })).breakdown!.items.filter((i) => i.counts).map((i) => i.item)).to.deep.equal(['K3']);
    expect(calculateRpl(result, figures({ threshold: 3 })).breakdown!.items.filter((i) => i.counts).map((i) => i.item)).to.deep.equal(['K1', 'K3']);
  });

  describe('invalid figures', () => {
    it('reports negative, missing, non-number and fractional figures at their fields', () => {
      const { breakdown, problems } = calculateRpl(rated({}), {
        items: ten,
        threshold: 4,
        otjHours: -5,
        otjMinimum: Number.NaN,
        durationMonths: 12.5,
        price: 9000,
      } as unknown as RplInput);
      expect(breakdown).to.be.undefined;
      expect(codes(problems)).to.deep.equal(['$.otjHours negative', '$.otjMinimum type', '$.durationMonths integer', '$.bandMaximum missing']);
      expect(problems.every((p) => p.severity === 'error')).to.be.true;
      expect(problems[0].message).to.equal('The planned off-the-job hours ("otjHours") cannot be negative (-5).');
      expect(problems[3].message).to.equal('The funding band maximum ("bandMaximum") is missing.');
    });

    it('reports a price above the funding band maximum', () => {
      const { breakdown, problems } = calculateRpl(rated({}), figures({ price: 15000, bandMaximum: 12000 }));
      expect(breakdown).to.be.undefined;
      expect(codes(problems)).to.deep.equal(['$.price price-above-band']);
      expect(problems[0].message).to.equal('The planned price (£15000.00) is above the funding band maximum (£12000.00).');
    });

    it('reports figures below the published minimum and the floors', () => {
      expect(codes(calculateRpl(undefined, figures({ otjHours: 700, otjMinimum: 800 })).problems)).to.deep.equal(['$.otjHours below-minimum']);
      expect(codes(calculateRpl(undefined, figures({ otjHours: 150, otjMinimum: 150, durationMonths: 6 })).problems)).to.deep.equal([
        '$.otjMinimum range',
        '$.otjHours range',
        '$.durationMonths range',
      ]);
      expect(codes(calculateRpl(undefined, figures({ price: 0 })).problems)).to.deep.equal(['$.price range']);
    });

    it('reports bad hours per item: unknown, repeated, missing, negative, too many in all', () => {
      const items = ['K1', 'K2', 'K3'];
      const bad = calculateRpl(undefined, figures({
        items,
        hoursPerItem: [
          { item: 'K1', hours: 10 },
          { item: 'K1', hours: 20 },
          { item: 'X9', hours: 5 },
          { item: '__proto__', hours: 5 },
          { item: 'K2', hours: -1 },
          { item: 'K3' } as unknown as { item: string; hours: number },
        ],
      }));
      expect(bad.breakdown).to.be.undefined;
      expect(codes(bad.problems)).to.deep.equal([
        '$.hoursPerItem[1].item duplicate-id',
        '$.hoursPerItem[2].item unknown-id',
        '$.hoursPerItem[3].item unknown-id',
        '$.hoursPerItem[4].hours negative',
        '$.hoursPerItem[5].hours missing',
      ]);
      expect(({} as Record<string, unknown>).hours).to.be.undefined;

      const missing = calculateRpl(undefined, figures({ items, hoursPerItem: [{ item: 'K2', hours: 10 }] }));
      expect(codes(missing.problems)).to.deep.equal(['$.hoursPerItem missing']);
      expect(missing.problems[0].message).to.equal('No hours are given for 2 items: K1, K3.');

      const tooMany = calculateRpl(undefined, figures({ items: ['K1', 'K2'], otjHours: 1000, hoursPerItem: [{ item: 'K1', hours: 600 }, { item: 'K2', hours: 401 }] }));
      expect(codes(tooMany.problems)).to.deep.equal(['$.hoursPerItem hours-exceed-plan']);

      const notList = calculateRpl(undefined, figures({ hoursPerItem: { K1: 5 } as unknown as [] }));
      expect(codes(notList.problems)).to.deep.equal(['$.hoursPerItem type']);
    });

    it('reports no items, an unknown funding year and input that is not an object, and never throws', () => {
      expect(codes(calculateRpl(undefined, figures({ items: [] })).problems)).to.deep.equal(['$.items empty']);
      expect(codes(calculateRpl(undefined, figures({ fundingYear: '2019-20' })).problems)).to.deep.equal(['$.fundingYear unknown-id']);
      expect(codes(calculateRpl(undefined, figures({ fundingYear: 'constructor' })).problems)).to.deep.equal(['$.fundingYear unknown-id']);
      expect(codes(calculateRpl(undefined, null as unknown as RplInput).problems)).to.deep.equal(['$ type']);
      expect(codes(calculateRpl('nonsense' as unknown as Result, figures()).problems)).to.deep.equal([]);
      expect(codes(calculateRpl(undefined, figures({ threshold: undefined as unknown as number })).problems)).to.deep.equal(['$.threshold missing']);
    });
  });

  describe('in a result', () => {
    it('survives the result round trip exactly', () => {
      const result = rated({ K1: 5, K2: 4, K3: 1, K4: null });
      const { breakdown } = calculateRpl(result, figures({ hoursPerItem: ten.map((item, i) => ({ item, hours: 10 + i * 10.5 })) }));
      const submitted: Result = { ...result, submitted: t0.toISOString(), rpl: breakdown };
      const back = validateResult(JSON.stringify(submitted), { ...fw, items: ten.map((id) => ({ id })) } as never);
      expect(back.problems).to.deep.equal([]);
      expect(back.value).to.deep.equal(submitted);
      expect(back.value!.rpl!.rules.length).to.be.greaterThan(3);
    });

    it('reports a malformed breakdown with paths, and unknown fields as warnings', () => {
      const { breakdown } = calculateRpl(rated({ K1: 5 }), figures());
      const broken = {
        ...rated({ K1: 5 }),
        rpl: { ...breakdown, providerToConfirm: false, extra: 1, hoursRemoved: 'many', items: [{ item: 'K1', counts: 'yes', hours: 1, hoursRemoved: 1 }], planned: { ...breakdown!.planned, price: undefined } },
      };
      const v = validateResult(broken);
      expect(v.valid).to.be.false;
      expect(v.value).to.be.undefined;
      expect(codes(v.problems)).to.deep.equal([
        '$.rpl.extra unknown-field',
        '$.rpl.providerToConfirm format',
        '$.rpl.items[0].counts type',
        '$.rpl.planned.price missing',
        '$.rpl.hoursRemoved type',
      ]);
      expect(codes(validateResult({ ...rated({}), rpl: [] }).problems)).to.deep.equal(['$.rpl type']);
    });

    it('keeps a breakdown with unknown extra fields, dropping them', () => {
      const { breakdown } = calculateRpl(rated({ K1: 5 }), figures());
      const v = validateResult({ ...rated({ K1: 5 }), rpl: { ...breakdown, future: true } });
      expect(v.valid).to.be.true;
      expect(codes(v.problems)).to.deep.equal(['$.rpl.future unknown-field']);
      expect(v.value!.rpl).to.deep.equal(breakdown);
    });
  });
});
