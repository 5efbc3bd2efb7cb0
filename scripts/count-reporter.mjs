// Prints one plain "N passed, N failed, N skipped" line from the runner's own results.
function count(results, tally) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) tally.skipped++;
    else if (test.passed) tally.passed++;
    else tally.failed++;
  }
  for (const suite of results?.suites ?? []) count(suite, tally);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, tally);
        // A file that failed to load has errors but no test results: count it as failed.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) tally.failed++;
      }
      console.log(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
    },
  };
}
