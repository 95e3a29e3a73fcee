// Runs synchronous code under a time limit. A test's own timeout cannot stop a loop that never yields: the worker
// stays busy and the whole run hangs until CI's limit (a fuzzed file did that once). Code run from a vm script with
// a timeout is stopped by V8's watchdog instead, and the test fails with what was being checked.
import vm from 'node:vm';

export function bounded<T>(run: () => T, ms: number, what: string): T {
  const box: { run: () => T; result?: T } = { run };
  try {
    vm.runInNewContext('box.result = box.run()', { box }, { timeout: ms });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new Error(`${what}: still running after ${ms} ms (a loop that never ends?)`);
    throw err;
  }
  return box.result as T;
}
