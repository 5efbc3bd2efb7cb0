/**
 * The scale a scan asks with, read from its `scale` attribute: kept apart from the element so
 * that it is a pure function of the attribute, the framework and the strings in force.
 */
import type { Framework, Scale } from '../../model/framework.js';
import { LEVELS_SCALE_ID, levelScale } from '../../model/placement.js';
import { Reader, type Problem } from '../../model/problems.js';
import { findScale } from '../../model/scales.js';
import { readScale } from '../../model/validate-framework.js';
import type { Strings } from '../../shared/localize.js';

/** Level self-placement: `scale="levels"`, unless the framework defines a scale of that id. */
export function isPlacement(attribute: string, fw: Framework | undefined): boolean {
  return attribute.trim() === LEVELS_SCALE_ID && !fw?.scales?.some((s) => s.id === LEVELS_SCALE_ID);
}

/**
 * The scale in use, or the problems that stop one being used: in a placement, the framework's
 * levels; a scale given as JSON, validated; else a built-in or framework scale by id (default:
 * the framework's `defaultScale`, else `confidence`), a built-in one in the language in force.
 */
export function readScanScale(attribute: string, fw: Framework | undefined, strings: Strings): { scale?: Scale; problems: Problem[] } {
  const spec = attribute.trim() || fw?.defaultScale || 'confidence';
  if (isPlacement(attribute, fw)) {
    const scale = fw && levelScale(fw);
    return scale ? { scale, problems: [] } : { problems: [{ path: '$', code: 'no-levels', severity: 'error', message: strings.noLevels }] };
  }
  if (spec.startsWith('{')) {
    const r = new Reader();
    let data: unknown;
    try {
      data = JSON.parse(spec);
    } catch (e) {
      return { problems: [{ path: '$', code: 'json', severity: 'error', message: `The "scale" attribute is not valid JSON: ${(e as Error).message}` }] };
    }
    const scale = readScale(r, data, '$');
    return r.problems.some((p) => p.severity === 'error') ? { problems: r.problems } : { scale, problems: r.problems };
  }
  const scale = findScale(spec, fw);
  return scale ? { scale: strings.builtIn?.scale(scale) ?? scale, problems: [] } : { problems: [{ path: '$', code: 'unknown-id', severity: 'error', message: `Unknown scale "${spec}".` }] };
}
