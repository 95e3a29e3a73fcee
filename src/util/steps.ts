// Work made in steps: a generator that yields between pieces (a file, a meeting, a rule), run to its end at once
// or with the event loop given a turn now and then, so that a signal (Ctrl-C) or a save is heard meanwhile.

export type Steps<T> = Generator<void, T>;

/** Runs work made in steps to its end at once. */
export function allSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A turn of the event loop. */
export const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs work made in steps, giving the event loop a turn once `sliceMs` have passed since the last one: at most that
 * long (and a step) before Ctrl-C is heard, and the turns, a few hundred at 10,000 minutes, cost next to nothing.
 */
export async function stepsInTurns<T>(steps: Steps<T>, sliceMs = 20): Promise<T> {
  // Never stopped, so always finished.
  return (await stepsUnless(steps, () => false, sliceMs)) as T;
}

/**
 * `stepsInTurns` that ends early, with undefined, when `stop` says so at one of its turns: work done on the side
 * (dev's warm-up) that something more pressing may come to need the thread for.
 */
export async function stepsUnless<T>(steps: Steps<T>, stop: () => boolean, sliceMs = 20): Promise<T | undefined> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since < sliceMs) continue;
    await turn();
    if (stop()) return undefined;
    since = performance.now();
  }
}
