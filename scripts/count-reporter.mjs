// A web-test-runner reporter that ends the run with one line over every browser:
// "tests: N passed, M failed" (and ", K skipped" when any were).
function count(suite, tally) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) tally.skipped++;
    else if (t.passed) tally.passed++;
    else tally.failed++;
  }
  for (const s of suite.suites ?? []) count(s, tally);
}

export function countReporter() {
  let sessions = [];
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    stop() {
      const tally = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, tally);
        // A file that failed to load or threw outside a test counts as a failure too.
        if (!session.passed && (!session.testResults || (session.errors ?? []).length))
          tally.failed++;
      }
      const skipped = tally.skipped ? `, ${tally.skipped} skipped` : '';
      console.log(`\ntests: ${tally.passed} passed, ${tally.failed} failed${skipped}`);
    },
  };
}
