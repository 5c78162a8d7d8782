// Reads Vitest's JSON report into the counts CI prints. A test file can fail without a failing
// test: it did not load, or a beforeAll/afterAll hook threw (its tests then show as skipped).
// Each such file counts as one failure, so "0 failed" means that nothing failed at all.
import path from "node:path";

/**
 * @param {any} report Vitest's JSON report (`--reporter=json`)
 * @param {string} [root] to print file names relative to
 * @returns {{ passed: number, failed: number, skipped: number, failedTests: number,
 *   failedFiles: { file: string, reason: string }[] }}
 */
export function summarizeReport(report, root = process.cwd()) {
  const passed = report.numPassedTests ?? 0;
  const failedTests = report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const failedFiles = [];
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    const testFailed = tests.some((t) => t.status === "failed");
    if (file.status !== "failed" || testFailed) continue;
    const message = String(file.message ?? "").split("\n")[0];
    const reason = message
      ? `did not load or a hook failed: ${message}`
      : tests.length === 0
        ? "failed before running any test"
        : "a beforeAll/afterAll hook failed (its tests are counted as skipped)";
    failedFiles.push({ file: path.relative(root, file.name ?? "?") || String(file.name), reason });
  }
  let failed = failedTests + failedFiles.length;
  // Vitest says the run failed but no file or test shows it (an unhandled error, a failed suite).
  const unexplained = report.success === false && failed === 0 ? Math.max(1, report.numFailedTestSuites ?? 0) : 0;
  if (unexplained > 0) {
    failed += unexplained;
    failedFiles.push({ file: "(run)", reason: "Vitest reports the run as failed with no failing test or file" });
  }
  return { passed, failed, skipped, failedTests, failedFiles };
}

/** The one line CI ends with: "N passed, N failed[, N skipped]". */
export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
}
