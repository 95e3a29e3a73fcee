// Runs synchronous code under a time limit. A test's own timeout cannot stop a loop that never yields: the worker
// stays busy and the whole run hangs until CI's limit (a fuzzed file did that once). Code run from a vm script with
// a timeout is stopped by V8's watchdog instead, and the test fails with what was being checked.
import vm from 'node:vm';

// One context and one compiled script for every call: a new context each time cost about 1 ms, a sixth of the time
// of the fuzz test's 2,000 checks (tests/trust/fuzz.test.ts), and much of its garbage. Each call still starts and
// joins a watchdog thread, which on a busy machine can take milliseconds: bound a batch of quick work, not each item.
const script = new vm.Script('box.result = box.run()');
const context = vm.createContext({ box: undefined });

/** `what`: what is running, said when the time is up; a function when that changes while `run` runs (the item of a batch). */
export function bounded<T>(run: () => T, ms: number, what: string | (() => string)): T {
  // The script reads `box` before it runs the code, so a bounded call inside `run` does not disturb this one's.
  const box: { run: () => T; result?: T } = { run };
  context.box = box;
  try {
    script.runInContext(context, { timeout: ms });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new Error(`${typeof what === 'string' ? what : what()}: still running after ${ms} ms (a loop that never ends?)`);
    throw err;
  } finally {
    context.box = undefined;
  }
  return box.result as T;
}
