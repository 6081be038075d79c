/**
 * A web-test-runner reporter that counts passed and failed tests and prints the plain
 * `N passed, N failed` line; `scripts/test.mjs` reads the counts from `LP_TEST_COUNTS_FILE`.
 */
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

export function countReporter({ countsFile = process.env.LP_TEST_COUNTS_FILE } = {}) {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const own = { passed: 0, failed: 0, skipped: 0 };
        countSuite(session.testResults, own);
        // A file that failed to load, or threw outside any test, has no failed test of its own but must fail the run.
        if (session.passed === false && own.failed === 0) own.failed = 1;
        for (const key of Object.keys(counts)) counts[key] += own[key];
      }
      if (countsFile) writeFileSync(countsFile, JSON.stringify(counts));
      console.log(`Browser tests: ${counts.passed} passed, ${counts.failed} failed`);
    },
  };
}
