#!/usr/bin/env node
// Prints "N passed, N failed[, N skipped]" from Vitest's JSON report, so a run that executed no
// test (or never wrote a report) is visible. Exits 1 when there is no report or no test ran.
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2] ?? ".vitest-report.json";
if (!existsSync(file)) {
  console.log("0 passed, 1 failed");
  console.error(`No test report at ${file}: the test run did not get as far as running tests.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, "utf8"));
const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
if (passed + failed === 0) process.exit(1);
