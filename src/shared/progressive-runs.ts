import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Runs rendered at once when a long list is first shown: 50 questions, more than a screen holds. */
const FIRST_RUNS = 2;
/** The script time each later render aims at: short enough that a click or key press is not kept waiting. */
const STEP_MS = 40;

/**
 * Renders a long list of runs (`blocks.ts`) a few at a time: the first runs at
 * once, then, a task at a time, as many more as fit in about 40 ms of script
 * (judged from the renders before), so the first frame comes once the
 * questions in view are made rather than all of them, and no task holds up
 * input for long. `updateComplete` of the host should wait for `settled()`,
 * so that code awaiting it sees the whole list.
 *
 * The render asks `shown(key, runsPerList)` how many runs of each list to render;
 * a new `key` (another framework, section or mode) starts again from the
 * first runs. A page in a hidden tab, where no one sees the first frame and
 * timers are slowed, gets every run at once.
 */
export class ProgressiveRuns implements ReactiveController {
  private runLimit = FIRST_RUNS;
  private runTotal = 0;
  private listKey: readonly unknown[] = [];
  private stepTimer?: ReturnType<typeof setTimeout>;
  private updateStart = 0;
  private shownBefore = 0;
  private shownNow = 0;
  private msPerRun = 0;
  private waiters: (() => void)[] = [];
  private revealed = 0;

  constructor(private readonly runsHost: ReactiveControllerHost) {
    runsHost.addController(this);
  }

  /** Whether runs are still to be rendered. */
  get pending(): boolean {
    return this.runLimit < this.runTotal;
  }

  /**
   * How many runs of each list (given by its number of runs, in the order shown) to render now:
   * the runs allowed so far fill the lists in order. `key` names the lists (compared entry by entry).
   */
  shown(key: readonly unknown[], runsPerList: readonly number[]): number[] {
    if (key.length !== this.listKey.length || key.some((k, i) => k !== this.listKey[i])) {
      this.listKey = key;
      this.runLimit = document.visibilityState === 'hidden' ? Infinity : FIRST_RUNS;
      this.shownBefore = 0;
    }
    this.runLimit = Math.max(this.runLimit, this.revealed);
    this.revealed = 0;
    this.runTotal = runsPerList.reduce((sum, n) => sum + n, 0);
    this.shownNow = Math.min(this.runTotal, this.runLimit);
    let left = this.shownNow;
    return runsPerList.map((n) => {
      const shown = Math.min(n, left);
      left -= shown;
      return shown;
    });
  }

  /** Has the next render show at least its first `runs` runs, even of a new list (for a question about to take focus). */
  reveal(runs: number): void {
    this.revealed = runs;
  }

  /** Settles once the render that adds the next runs has been asked for; undefined when none are pending. */
  settled(): Promise<void> | undefined {
    return this.pending ? new Promise((resolve) => this.waiters.push(resolve)) : undefined;
  }

  hostUpdate(): void {
    this.updateStart = performance.now();
    // A render that shows no list (an error state, the summary step) leaves nothing pending, and the list shown next is new.
    this.runTotal = 0;
  }

  hostUpdated(): void {
    if (!this.runTotal) this.listKey = [];
    const added = this.shownNow - this.shownBefore;
    if (added > 0) this.msPerRun = (performance.now() - this.updateStart) / added;
    this.shownBefore = this.shownNow;
    if (this.pending) this.scheduleStep();
    else this.releaseWaiters();
  }

  hostConnected(): void {
    if (this.pending) this.scheduleStep();
  }

  hostDisconnected(): void {
    clearTimeout(this.stepTimer);
    this.stepTimer = undefined;
    this.releaseWaiters();
  }

  private releaseWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private scheduleStep(): void {
    if (this.stepTimer !== undefined) return;
    // A task, not a microtask: the browser paints (and handles input) in between.
    this.stepTimer = setTimeout(() => {
      this.stepTimer = undefined;
      this.runLimit += Math.max(1, Math.floor(STEP_MS / (this.msPerRun || STEP_MS)));
      this.runsHost.requestUpdate();
      this.releaseWaiters();
    });
  }
}
