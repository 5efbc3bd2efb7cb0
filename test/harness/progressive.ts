// Long lists rendered a few runs at a time (src/shared/progressive-runs.ts), held still for a test.

/**
 * Holds the progressive renders' tasks (`setTimeout` with a callback only; the test tools and
 * axe always give a delay), so that a state between two of them can be checked at leisure.
 */
export function holdSteps(): () => void {
  const real = window.setTimeout;
  const held: (() => void)[] = [];
  window.setTimeout = ((handler: TimerHandler, ...rest: unknown[]) => {
    if (rest.length === 0 && typeof handler === 'function') {
      held.push(handler as () => void);
      return 0;
    }
    return real(handler, ...(rest as [number]));
  }) as typeof window.setTimeout;
  return () => {
    window.setTimeout = real;
    for (const step of held) real(step);
  };
}
