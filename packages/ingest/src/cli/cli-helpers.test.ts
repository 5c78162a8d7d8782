import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseCommandLine, positiveInt, UsageError } from "./args.js";
import { formatProblem, formatProblems } from "./problems.js";
import { createProgress, describeProgress, formatDuration, renderBar } from "./progress.js";
import { CommandError, reportFailure } from "./run-main.js";

function sink(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY }) as unknown as NodeJS.WriteStream;
  let text = "";
  (stream as unknown as PassThrough).on("data", (c) => {
    text += String(c);
  });
  return { stream, text: () => text };
}

describe("args", () => {
  it("parses options and positionals", () => {
    const { values, positionals } = parseCommandLine(["--json", "a", "b"], { json: { type: "boolean" } });
    expect([values.json, positionals]).toEqual([true, ["a", "b"]]);
  });

  it.each([
    [["--nope"], "Unknown option '--nope'"],
    [["--n"], "Option '--n <value>' argument missing"],
  ])("turns %j into a UsageError", (argv, message) => {
    expect(() => parseCommandLine(argv, { n: { type: "string" } })).toThrow(UsageError);
    expect(() => parseCommandLine(argv, { n: { type: "string" } })).toThrow(message);
  });

  it.each([
    [undefined, 7],
    ["3", 3],
  ])("positiveInt(%j) = %d", (raw, value) => {
    expect(positiveInt(raw, "--jobs", 7)).toBe(value);
  });

  it.each(["0", "-1", "1.5", "x", "100001"])("positiveInt(%j) is a usage error", (raw) => {
    expect(() => positiveInt(raw, "--jobs", 1)).toThrow(/--jobs must be a whole number from 1 to 100000/);
  });
});

describe("problems", () => {
  it("formats origin, error and hint", () => {
    expect(formatProblem({ origin: "a.txt", error: "it is empty", hint: "fill it" })).toBe(
      "✗ a.txt: it is empty\n  → fill it\n",
    );
    expect(formatProblem({ origin: "a.txt", error: "gone" })).toBe("✗ a.txt: gone\n");
  });

  it("caps long lists", () => {
    const problems = Array.from({ length: 5 }, (_, i) => ({ origin: `f${i}`, error: "bad" }));
    expect(formatProblems(problems, 2)).toBe("✗ f0: bad\n✗ f1: bad\n… and 3 more\n");
  });
});

describe("progress", () => {
  it.each([
    [0, "0:00"],
    [59.4, "0:59"],
    [61, "1:01"],
    [3600, "60:00"],
  ])("formatDuration(%d) = %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it.each([
    [0, 4, "[░░░░░░░░░░░░░░░░░░░░░░░░]"],
    [2, 4, "[████████████░░░░░░░░░░░░]"],
    [9, 4, "[████████████████████████]"],
  ])("renderBar(%d, %d)", (done, total, bar) => {
    expect(renderBar(done, total)).toBe(bar);
  });

  it("describes count, rate, ETA and detail", () => {
    expect(describeProgress(10, 40, 2000, "3 claims")).toBe("10/40 · 5.0/s · ETA 0:06 · 3 claims");
    expect(describeProgress(10, undefined, 2000)).toBe("10 · 5.0/s");
  });

  it("redraws one line on a terminal and clears it at the end", () => {
    const out = sink(true);
    const progress = createProgress({ label: "x", total: 2, stream: out.stream });
    progress.update(2);
    progress.end();
    const clear = "\r\u001b[K";
    expect(out.text().startsWith(`${clear}x [████████████████████████] 2/2 · `)).toBe(true);
    expect(out.text().endsWith(clear)).toBe(true);
  });

  it("prints plain lines off a terminal, and nothing when quiet", () => {
    const plain = sink(false);
    const progress = createProgress({ label: "x", stream: plain.stream, plainEveryMs: 0 });
    progress.update(1);
    progress.end();
    expect(plain.text()).toMatch(/^x: 1 · [\d.]+\/s\n$/);
    const quiet = sink(true);
    createProgress({ label: "x", stream: quiet.stream, quiet: true }).update(1);
    expect(quiet.text()).toBe("");
  });
});

describe("reportFailure", () => {
  it.each([
    {
      error: new UsageError("no input given"),
      code: 2,
      text: "pnpm extract: no input given\nRun pnpm extract --help for usage.\n",
    },
    { error: new CommandError("gold missing", "give a path"), code: 1, text: "✗ gold missing\n  → give a path\n" },
    {
      error: new Error("boom"),
      code: 1,
      text: "pnpm extract failed: boom\n  → this is a bug; run again with CLAIMGRAPH_DEBUG=1 to see where, and report it\n",
    },
  ])("$error.name → exit $code", ({ error, code, text }) => {
    const out = sink(false);
    expect(reportFailure("extract", error, out.stream)).toBe(code);
    expect(out.text()).toBe(text);
  });
});
