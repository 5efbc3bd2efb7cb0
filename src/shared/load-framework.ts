import type { Framework } from '../model/framework.js';
import type { Problem } from '../model/problems.js';
import { validateFramework } from '../model/validate-framework.js';
import { looksLikeIfATE } from '../importers/ifate-detect.js';
import { InvalidJson } from './parse-attribute.js';

/** The outcome of reading a framework from any input. */
export interface LoadedFramework {
  framework?: Framework;
  problems: Problem[];
}

/** Validates a framework given as an object, JSON text, or an attribute that failed to parse. */
export function readFramework(input: unknown): LoadedFramework {
  if (input instanceof InvalidJson) {
    return { problems: [{ path: '$', code: 'json', severity: 'error', message: input.message.replace('""', '"framework"') }] };
  }
  const v = validateFramework(input);
  return { framework: v.value, problems: v.problems };
}

/** The `framework` input as JSON text (undefined when it has none: absent, bad JSON, cyclic). */
export function frameworkInputKey(input: unknown): string | undefined {
  if (input === undefined || input === null || input instanceof InvalidJson) return undefined;
  if (typeof input === 'string') return input;
  try {
    return JSON.stringify(input);
  } catch {
    return undefined;
  }
}

/** True when the input is IfATE apprenticeship-standard API JSON rather than a ksb framework. */
export function isIfATE(input: unknown): boolean {
  return !(input instanceof InvalidJson) && looksLikeIfATE(input);
}

/**
 * Converts IfATE apprenticeship-standard API JSON and validates the result
 * (`convert-ifate.ts`). The converter is loaded on first use, so pages that
 * never pass IfATE JSON never download it.
 */
export async function convertIfATE(input: unknown): Promise<LoadedFramework> {
  return (await import('./convert-ifate.js')).convertIfATE(input);
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
  if (isIfATE(text)) return convertIfATE(text);
  return readFramework(text);
}
