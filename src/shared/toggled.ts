/** A copy of `set` with `value` added, or removed if it was there (state is replaced, not mutated, so Lit sees the change). */
export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}

/** The values in exactly one of the two sets: what a change of a set state toggled. */
export function symmetricDifference<T>(before: ReadonlySet<T> | undefined, after: ReadonlySet<T>): T[] {
  const out = [...after].filter((v) => !before?.has(v));
  for (const v of before ?? []) if (!after.has(v)) out.push(v);
  return out;
}
