// Bundled frameworks and sample results shared by the stories.
import st0958Json from '../frameworks/st0958.json';
import pwpJson from '../frameworks/st0568-pwp.json';
import ahpJson from '../frameworks/ahp-support-worker.json';
import somersetJson from '../frameworks/somerset-splw.json';
import strJson from '../frameworks/str-workers.json';
import { createResult, setResponse, type Framework, type Result } from '../src/model/index.js';

export const st0958 = st0958Json as unknown as Framework;
export const pwp = pwpJson as unknown as Framework;
export const ahp = ahpJson as unknown as Framework;
export const somerset = somersetJson as unknown as Framework;
export const str = strJson as unknown as Framework;

/** A result rating the first `count` items of the given types with a repeating pattern of values. */
export function sampleResult(framework: Framework, count: number, options: { types?: string[]; values?: (number | null)[]; date?: string; scale?: string } = {}): Result {
  const types = new Set(options.types ?? ['knowledge', 'skill', 'behaviour']);
  const values = options.values ?? [4, 3, 5, 2, null, 4, 1];
  const when = new Date(options.date ?? '2026-09-01T10:00:00Z');
  let result = createResult(framework, options.scale ?? framework.defaultScale ?? 'confidence', when, { subject: 'Sample learner' });
  framework.items
    .filter((i) => types.has(i.type))
    .slice(0, count)
    .forEach((item, i) => {
      result = setResponse(result, item.id, { value: values[i % values.length] }, when);
    });
  return result;
}
