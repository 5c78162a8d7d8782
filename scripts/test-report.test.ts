import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarizeReport, summaryLine } from "./test-report.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, "test-report-fixtures");
const vitestBin = path.join(here, "..", "node_modules", "vitest", "vitest.mjs");

const file = (name: string, status: string, tests: string[], message = "") => ({
  name: `/r/${name}`,
  status,
  message,
  assertionResults: tests.map((s, i) => ({ title: `t${i}`, status: s })),
});

describe("summarizeReport", () => {
  it.each([
    {
      case: "all passed",
      report: { numPassedTests: 2, numFailedTests: 0, success: true, testResults: [file("a", "passed", ["passed"])] },
      line: "2 passed, 0 failed",
    },
    {
      case: "a failing test",
      report: { numPassedTests: 1, numFailedTests: 1, success: false, testResults: [file("a", "failed", ["failed"])] },
      line: "1 passed, 1 failed",
    },
    {
      case: "a beforeAll that threw (tests skipped)",
      report: {
        numPassedTests: 1,
        numFailedTests: 0,
        numPendingTests: 2,
        success: false,
        testResults: [file("a", "failed", ["skipped", "skipped"]), file("b", "passed", ["passed"])],
      },
      line: "1 passed, 1 failed, 2 skipped",
    },
    {
      case: "a file that does not load",
      report: {
        numPassedTests: 3,
        numFailedTests: 0,
        success: false,
        testResults: [file("a", "failed", [], "Error: ENOENT gold.json")],
      },
      line: "3 passed, 1 failed",
    },
    {
      case: "a failed run that shows no failing file",
      report: { numPassedTests: 3, numFailedTests: 0, numFailedTestSuites: 1, success: false, testResults: [] },
      line: "3 passed, 1 failed",
    },
  ])("$case → $line", ({ report, line }) => {
    expect(summaryLine(summarizeReport(report, "/r"))).toBe(line);
  });

  it("names the failed file and why", () => {
    const summary = summarizeReport(
      { success: false, testResults: [file("x.test.ts", "failed", [], "Error: ENOENT\n  at stack")] },
      "/r",
    );
    expect(summary.failedFiles).toEqual([
      { file: "x.test.ts", reason: "did not load or a hook failed: Error: ENOENT" },
    ]);
  });
});

describe("scripts/test-summary.mjs on a real Vitest report", () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "claimgraph-report-"));
  const reportFile = path.join(scratch, "report.json");

  beforeAll(() => {
    // A child Vitest over three fixture files: a hook that throws, a file that does not load, one that passes.
    const run = spawnSync(
      process.execPath,
      [vitestBin, "run", "--root", fixtures, "--reporter=json", `--outputFile=${reportFile}`],
      { encoding: "utf8", env: { ...process.env, CI: "true" } },
    );
    expect(run.status, run.stderr).toBe(1);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("counts the two files that failed outside any test, and exits 1", () => {
    expect(JSON.parse(readFileSync(reportFile, "utf8")).numFailedTests).toBe(0);
    const summary = spawnSync(process.execPath, [path.join(here, "test-summary.mjs"), reportFile], {
      encoding: "utf8",
      cwd: fixtures,
    });
    expect(summary.stdout.trim()).toBe("1 passed, 2 failed, 2 skipped");
    expect(summary.stderr).toContain("hook-fails.fixture.ts: a beforeAll/afterAll hook failed");
    expect(summary.stderr).toContain("load-fails.fixture.ts: did not load or a hook failed: ENOENT");
    expect(summary.status).toBe(1);
  });
});
