/** A copy of `set` with `value` added, or removed if it was there (state is replaced, not mutated, so Lit sees the change). */
export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}
