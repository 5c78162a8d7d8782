import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "./args.js";
import { evalCommand } from "./eval-command.js";
import { GOLD_DIR } from "./repo-paths.js";
import { captureIO } from "./test-io.js";

/** `pnpm eval --check` on the seed gold, with predictions made from the gold itself (good or damaged). */
describe("pnpm eval --check (the quality gate)", () => {
  let dir = "";
  const gold = JSON.parse(readFileSync(join(GOLD_DIR, "000_b2a3305966d766fc.gold.json"), "utf8"));

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "claimgraph-gate-"));
    writeFileSync(join(dir, "perfect.jsonl"), `${JSON.stringify(gold)}\n`);
    // Three claims fewer: claim recall 16/19, F1 0.914, under the 0.97 floor.
    const worse = { ...gold, claims: gold.claims.slice(3) };
    writeFileSync(join(dir, "worse.jsonl"), `${JSON.stringify(worse)}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("passes, exit 0, when every floor is met", async () => {
    const run = captureIO();
    expect(await evalCommand(["-q", "--check", "--pred", join(dir, "perfect.jsonl"), GOLD_DIR], run.io)).toBe(0);
    expect(run.out()).toContain("Quality gate passed: 6 floors met (seed gold)");
  });

  it("fails, exit 1, naming the row below its floor", async () => {
    const run = captureIO();
    expect(await evalCommand(["-q", "--check", "--pred", join(dir, "worse.jsonl"), GOLD_DIR], run.io)).toBe(1);
    expect(run.out()).toMatch(/Quality gate FAILED: \d of 6 floors not met/);
    expect(run.out()).toContain("  seed gold claim: F1 0.914 is below its floor 0.970");
  });

  it("refuses --unit: floors hold for each gold's own claim unit", async () => {
    await expect(evalCommand(["--check", "--unit", "quotation"], captureIO().io)).rejects.toThrow(UsageError);
  });

  it("without --check, reports the same scores and exits 0", async () => {
    const run = captureIO();
    expect(await evalCommand(["-q", "--pred", join(dir, "worse.jsonl"), GOLD_DIR], run.io)).toBe(0);
    expect(run.out()).not.toContain("Quality gate");
  });
});
