#!/usr/bin/env node
// Prints "N passed, N failed[, N skipped]" from Vitest's JSON report, so a run that executed no
// test (or never wrote a report) is visible. Failed counts failing tests plus test files that
// failed outside a test (did not load, a hook threw); those files are named on stderr.
// Exits 1 when there is no report, nothing ran, or anything failed.
import { existsSync, readFileSync } from "node:fs";
import { summarizeReport, summaryLine } from "./test-report.mjs";

const file = process.argv[2] ?? ".vitest-report.json";
if (!existsSync(file)) {
  console.log("0 passed, 1 failed");
  console.error(`No test report at ${file}: the test run did not get as far as running tests.`);
  process.exit(1);
}
const summary = summarizeReport(JSON.parse(readFileSync(file, "utf8")));
for (const { file: name, reason } of summary.failedFiles) console.error(`failed file: ${name}: ${reason}`);
console.log(summaryLine(summary));
if (summary.passed + summary.failed === 0 || summary.failed > 0) process.exit(1);
