import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const which = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();

/**
 * `.ci/run` in a scratch copy of the repository's CI files, with stand-ins for pnpm, npm, java, mvn
 * and chromium that record their calls: which steps run, in which order, and what fails CI.
 */
function ciRun(options: { pnpm?: boolean; fail?: string[] } = {}) {
  const root = mkdtempSync(path.join(os.tmpdir(), "claimgraph-ci-"));
  const bin = path.join(root, "bin");
  const log = path.join(root, "calls.log");
  for (const dir of [".ci", "scripts", "bin"]) mkdirSync(path.join(root, dir));
  copyFileSync(path.join(REPO, ".ci", "run"), path.join(root, ".ci", "run"));
  for (const file of ["test-summary.mjs", "test-report.mjs"]) {
    copyFileSync(path.join(REPO, "scripts", file), path.join(root, "scripts", file));
  }
  writeFileSync(
    path.join(root, "scripts", "setup.mjs"),
    `import { appendFileSync } from "node:fs";\nappendFileSync(${JSON.stringify(log)}, "setup " + process.argv.slice(2).join(" ") + "\\n");\n`,
  );
  const report = JSON.stringify({
    numPassedTests: 3,
    numFailedTests: 0,
    success: true,
    testResults: [{ name: "a.test.ts", status: "passed", message: "", assertionResults: [] }],
  });
  const fail = (options.fail ?? []).join(" ");
  const stub = (name: string, body: string) => {
    writeFileSync(path.join(bin, name), `#!/usr/bin/env bash\necho "${name} $*" >> ${log}\n${body}\n`);
    chmodSync(path.join(bin, name), 0o755);
  };
  const pnpmBody = `[ "$1" = "-v" ] && { echo 12.23.0; exit 0; }
for f in ${fail}; do [ "$1" = "$f" ] && exit 1; done
[ "$1" = "test" ] && echo '${report}' > .vitest-report.json
exit 0`;
  if (options.pnpm !== false) stub("pnpm", pnpmBody);
  stub(
    "npm",
    `cat > ${bin}/pnpm <<'STUB'\n#!/usr/bin/env bash\necho "pnpm $*" >> ${log}\n${pnpmBody}\nSTUB\nchmod +x ${bin}/pnpm`,
  );
  for (const name of ["java", "mvn", "chromium"]) stub(name, "exit 0");
  // Only these real tools: not the machine's own pnpm.
  for (const tool of ["bash", "dirname", "rm", "cat", "chmod"]) symlinkSync(which(tool), path.join(bin, tool));
  symlinkSync(process.execPath, path.join(bin, "node"));
  const run = spawnSync(path.join(bin, "bash"), [path.join(root, ".ci", "run")], {
    encoding: "utf8",
    env: { PATH: bin, HOME: root },
  });
  const calls = readFileSync(log, "utf8").trim().split("\n");
  rmSync(root, { recursive: true, force: true });
  return { status: run.status, lines: run.stdout.trim().split("\n"), calls };
}

describe(".ci/run", () => {
  it("sets up, lints, typechecks, runs the quality gate and the tests, and ends with the summary line", () => {
    const { status, lines, calls } = ciRun();
    expect(calls.filter((c) => !c.startsWith("java") && !c.startsWith("mvn") && !c.startsWith("chromium"))).toEqual([
      "pnpm -v",
      "setup --browser",
      "pnpm lint",
      "pnpm typecheck",
      "pnpm eval --check --quiet",
      "pnpm test",
    ]);
    expect(lines.at(-1)).toBe("3 passed, 0 failed");
    expect(status).toBe(0);
  });

  it.each([["lint"], ["typecheck"], ["eval"], ["test"]])("fails when %s fails, and still runs the tests", (step) => {
    const { status, lines, calls } = ciRun({ fail: [step] });
    expect(status).toBe(1);
    expect(calls).toContain("pnpm test");
    expect(lines).toContain(`[ci] failed steps: ${step === "eval" ? "quality" : step}`);
    expect(lines.at(-1)).toMatch(/^\d+ passed, \d+ failed/);
  });

  it("uses the pnpm that is installed, whatever its version", () => {
    expect(ciRun().calls.some((c) => c.startsWith("npm"))).toBe(false);
  });

  it("installs the latest pnpm through npm only when none is installed", () => {
    const { status, calls } = ciRun({ pnpm: false });
    expect(calls[0]).toBe("npm install -g pnpm --no-fund --no-audit");
    expect(calls).toContain("pnpm test");
    expect(status).toBe(0);
  });
});
