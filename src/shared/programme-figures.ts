import type { Scale } from '../model/framework.js';
import type { Result } from '../model/result.js';
import type { RplCalculation } from '../model/rpl.js';
import { LazyModule } from './lazy.js';
import { InvalidJson } from './parse-attribute.js';

/**
 * The programme figures an element takes for the prior-learning (RPL)
 * calculation, as its attributes give them (`otj-hours`, `otj-minimum`,
 * `duration-months`, `band-maximum`, `price`, `hours-per-item`,
 * `funding-year`, `prior-learning-threshold`): `<skills-scan>` from the
 * learner's ratings, `<ksb-review>` from the agreed ones.
 */
export interface ProgrammeFigures {
  otjHours?: number;
  otjMinimum?: number;
  durationMonths?: number;
  bandMaximum?: number;
  price?: number;
  hoursPerItem?: unknown;
  fundingYear?: string;
  priorLearningThreshold?: number;
}

/** The prior-learning calculator: a chunk of its own, loaded (in `lazyChunks`) only when the figures are given. */
export const rplCalculator = new LazyModule(() => import('../model/rpl.js'));

/** Whether the full set of figures the calculation needs is given. */
export function rplFiguresGiven(f: ProgrammeFigures): boolean {
  return [f.otjHours, f.otjMinimum, f.durationMonths, f.bandMaximum, f.price].every((n) => n !== undefined && n !== null);
}

/** The rating at or above which an item counts as prior learning: `prior-learning-threshold`, else the scale's second-highest point. */
export function priorLearningThreshold(f: ProgrammeFigures, scale: Scale): number {
  return f.priorLearningThreshold ?? scale.points[Math.max(0, scale.points.length - 2)].value;
}

/**
 * The RPL calculation of `result` over `items`, or undefined until the
 * calculator is loaded and while the full set of figures is not given.
 */
export function rplFor(f: ProgrammeFigures, result: Result | undefined, items: string[], scale: Scale): RplCalculation | undefined {
  const calculator = rplCalculator.value;
  if (!calculator || !rplFiguresGiven(f)) return undefined;
  if (f.hoursPerItem instanceof InvalidJson) {
    return { problems: [{ path: '$.hoursPerItem', code: 'json', severity: 'error', message: `The hours per item are not valid JSON: ${f.hoursPerItem.message}` }] };
  }
  const hoursPerItem = f.hoursPerItem === undefined || f.hoursPerItem === null || f.hoursPerItem === '' ? undefined : f.hoursPerItem;
  return calculator.calculateRpl(result, {
    items,
    threshold: priorLearningThreshold(f, scale),
    otjHours: f.otjHours!,
    otjMinimum: f.otjMinimum!,
    durationMonths: f.durationMonths!,
    bandMaximum: f.bandMaximum!,
    price: f.price!,
    // Checked by the calculator, which reports a malformed list with its path.
    hoursPerItem: hoursPerItem as never,
    fundingYear: f.fundingYear || undefined,
  });
}
