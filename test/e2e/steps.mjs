// The step runner the browser drives share: each step is logged with the time since the drive began, a failing
// step leaves a screenshot, and the drive ends with the "N passed, M failed" line run.sh counts.
import path from 'node:path';

/**
 * `stopOnFailure`: the steps build on each other, so a failing one ends the drive (its error is rethrown);
 * otherwise every step runs.
 */
export function stepRunner({ page, shots, failurePrefix, stopOnFailure }) {
  const t0 = Date.now();
  const log = (m) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
  const results = [];
  const step = async (name, run) => {
    try {
      await run();
      results.push(true);
      log(`ok   ${name}`);
    } catch (err) {
      results.push(false);
      log(`FAIL ${name}: ${err.message.split('\n')[0]}`);
      await page.screenshot({ path: path.join(shots, `${failurePrefix}${results.length}.png`) }).catch(() => {});
      if (stopOnFailure) throw err;
    }
  };
  /** Prints the count line and gives the exit code: 0 only when all `expected` steps ran and passed. */
  const finish = (expected) => {
    const passed = results.filter(Boolean).length;
    console.log(`${passed} passed, ${results.length - passed} failed`);
    return results.length === expected && results.every(Boolean) ? 0 : 1;
  };
  return { log, step, finish };
}
