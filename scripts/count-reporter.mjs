// Tallies the runner's own results: prints "browsers: N passed, N failed, N skipped" and,
// for scripts/run-tests.mjs, writes the tally to KSB_TALLY_FILE when that is set.
import { writeFileSync } from 'node:fs';

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
      console.log(`\nbrowsers: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
      if (process.env.KSB_TALLY_FILE) writeFileSync(process.env.KSB_TALLY_FILE, JSON.stringify(tally));
    },
  };
}
