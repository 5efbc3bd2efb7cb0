import type { Result } from './result.js';

/** Value of each answered item, by item id: a number, or null for "not sure". */
export type AnswerValues = ReadonlyMap<string, number | null>;

/** The values of `answers`: a result's (built here), or a map already built from one (read as it is). */
export function answerValues(answers: Result | undefined | AnswerValues): AnswerValues {
  return answers instanceof Map ? answers : valuesById(answers as Result | undefined);
}

/** Value of each answered item: a number, or null for "not sure". (Internal: not exported from the model's index.) */
export function valuesById(result: Result | undefined): Map<string, number | null> {
  const map = new Map<string, number | null>();
  for (const r of result?.responses ?? []) {
    if (r.value !== undefined) map.set(r.item, r.value);
  }
  return map;
}
