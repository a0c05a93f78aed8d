/** A background job that runs in rounds: one round now, then one every few seconds or minutes. */
export interface RepeatingRounds {
  /** Stops the timer and waits for the round under way to finish. */
  stop(): Promise<void>;
}

/**
 * Runs `round` now and again `everyMs` after each round ends, so rounds never overlap. The
 * round must catch and log its own errors: one bad round must not stop the next.
 */
export function repeatRounds(everyMs: number, round: () => Promise<void>): RepeatingRounds {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let underWay: Promise<void> = Promise.resolve();

  const run = async () => {
    await round();
    if (stopped) return;
    timer = setTimeout(next, everyMs);
    timer.unref();
  };
  const next = () => {
    underWay = run();
  };
  next();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await underWay;
    },
  };
}
