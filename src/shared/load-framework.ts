import type { Framework } from '../model/framework.js';
import type { Problem } from '../model/problems.js';
import { validateFramework } from '../model/validate-framework.js';
import { fromIfATE, looksLikeIfATE } from '../importers/ifate.js';
import { InvalidJson } from './parse-attribute.js';

/** The outcome of reading a framework from any input. */
export interface LoadedFramework {
  framework?: Framework;
  problems: Problem[];
}

/**
 * Validates a framework given as an object, JSON text, or an attribute that
 * failed to parse. IfATE apprenticeship-standard API JSON is recognised and
 * converted, with a note saying so among the problems (as a warning).
 */
export function readFramework(input: unknown): LoadedFramework {
  if (input instanceof InvalidJson) {
    return { problems: [{ path: '$', code: 'json', severity: 'error', message: input.message.replace('""', '"framework"') }] };
  }
  if (looksLikeIfATE(input)) {
    const imported = fromIfATE(input);
    const note: Problem = {
      path: '$',
      code: 'converted',
      severity: 'warning',
      message: 'This is IfATE apprenticeship-standard JSON; it was converted to the ksb-framework/1 format.',
    };
    if (!imported.framework) return { problems: [note, ...imported.problems] };
    const v = validateFramework(imported.framework);
    return { framework: v.value, problems: [note, ...imported.problems, ...v.problems] };
  }
  const v = validateFramework(input);
  return { framework: v.value, problems: v.problems };
}

/** Fetches and validates a framework from a URL. Never throws; aborting resolves to undefined. */
export async function fetchFramework(url: string, signal: AbortSignal): Promise<LoadedFramework | undefined> {
  const fail = (message: string): LoadedFramework => ({ problems: [{ path: '$', code: 'fetch', severity: 'error', message }] });
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (e) {
    if (signal.aborted) return undefined;
    return fail(`The framework could not be loaded from ${url}: ${(e as Error).message || 'network error'}.`);
  }
  if (!response.ok) return fail(`The framework could not be loaded from ${url}: the server answered ${response.status} ${response.statusText}.`);
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    if (signal.aborted) return undefined;
    return fail(`The framework at ${url} could not be read: ${(e as Error).message}.`);
  }
  if (signal.aborted) return undefined;
  return readFramework(text);
}
