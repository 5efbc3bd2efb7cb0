import { expect } from '@open-wc/testing';
import { calculateRpl, type RplBreakdown } from '../../src/model/rpl.js';
import { createResult, setResponse } from '../../src/model/result.js';
import { fundingRecordFields, FUNDING_FIELDS } from '../../src/model/results-out.js';
import { miniStandard } from '../harness/frameworks.js';

/** The README's example: 300 of 1,000 hours is 30 % RPL, so £10,000 becomes at most £8,500. */
function breakdown(values: Record<string, number>, figures: Partial<{ otjHours: number; durationMonths: number; price: number }> = {}): RplBreakdown {
  const fw = { ...miniStandard(), items: Array.from({ length: 10 }, (_, i) => ({ id: `K${i + 1}`, code: `K${i + 1}`, type: 'knowledge', statement: `Knows ${i + 1}` })) };
  let result = createResult(fw, 'confidence');
  for (const [item, value] of Object.entries(values)) result = setResponse(result, item, { value });
  const calc = calculateRpl(result, {
    items: fw.items.map((i) => i.id),
    threshold: 4,
    otjHours: figures.otjHours ?? 1000,
    otjMinimum: 800,
    durationMonths: figures.durationMonths ?? 20,
    bandMaximum: 12000,
    price: figures.price ?? 10000,
  });
  return calc.breakdown!;
}

const byField = (fields: { field: string; value: unknown }[]) => Object.fromEntries(fields.map((f) => [f.field, f.value]));

describe('fundingRecordFields: the figures for the Apprenticeship Service and the ILR', () => {
  it('names the six answers of the Apprenticeship Service and the ILR fields, in whole hours, weeks and pounds', () => {
    const b = breakdown({ K1: 5, K2: 4, K3: 4, K4: 2 });
    expect(b.hoursRemoved).to.equal(300);
    const { apprenticeshipService, ilr } = fundingRecordFields(b);
    expect(byField(apprenticeshipService)).to.deep.equal({
      RecognisePriorLearning: true,
      TrainingTotalHours: 1000,
      TrainingHoursReduction: 300,
      IsDurationReducedByRPL: true,
      DurationReducedBy: Math.floor((20 - b.reduced.durationMonths) * 52 / 12),
      PriceReducedBy: 1500,
    });
    expect(byField(ilr)).to.deep.equal({ PHours: 700, PriorLearnFundAdj: 70, TNP1: 8500 });
    // Every value says where it comes from; the judgements say so.
    for (const f of [...apprenticeshipService, ...ilr]) expect(f.source).to.be.a('string').and.not.equal('');
    expect(apprenticeshipService.find((f) => f.field === 'DurationReducedBy')!.judgement).to.contain('52 ÷ 12');
    expect(ilr.find((f) => f.field === 'PriorLearnFundAdj')!.judgement).to.contain('100 minus the RPL percentage');
  });

  it('with no prior learning: no RPL, nothing reduced, and no funding adjustment', () => {
    const b = breakdown({ K1: 2 });
    const { apprenticeshipService, ilr } = fundingRecordFields(b);
    expect(byField(apprenticeshipService)).to.include({ RecognisePriorLearning: false, TrainingHoursReduction: 0, IsDurationReducedByRPL: false, DurationReducedBy: 0, PriceReducedBy: 0 });
    expect(ilr.map((f) => f.field)).to.deep.equal(['PHours', 'TNP1']);
  });

  it('uses the price agreed and the exact weeks where the provider gives them, with no judgement left on those fields', () => {
    const b = breakdown({ K1: 5, K2: 4, K3: 4, K4: 2 });
    const { apprenticeshipService, ilr } = fundingRecordFields(b, { agreedPrice: 8000, weeksReduced: 13 });
    expect(byField(apprenticeshipService)).to.include({ PriceReducedBy: 2000, DurationReducedBy: 13, IsDurationReducedByRPL: true });
    expect(byField(ilr)).to.include({ TNP1: 8000 });
    for (const field of ['PriceReducedBy', 'DurationReducedBy']) expect(apprenticeshipService.find((f) => f.field === field)!.judgement).to.equal(undefined);
    expect(ilr.find((f) => f.field === 'TNP1')!.judgement).to.equal(undefined);
    // An option that is not a usable number is ignored, not trusted.
    expect(byField(fundingRecordFields(b, { agreedPrice: Number.NaN, weeksReduced: -2 }).apprenticeshipService)).to.include({ PriceReducedBy: 1500 });
  });

  it('keeps the field names per funding year, and gives nothing for a year it does not know', () => {
    expect(Object.keys(FUNDING_FIELDS)).to.include('2025-26');
    const b = breakdown({ K1: 5 });
    expect(fundingRecordFields({ ...b, fundingYear: '2031-32' })).to.deep.equal({ apprenticeshipService: [], ilr: [] });
  });
});
