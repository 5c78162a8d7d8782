import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPoolSize } from "../load/extract-pool/pool.js";
import { DEFAULT_BATCH_SIZE } from "../load/index.js";
import { UsageError } from "./args.js";
import { formatSummary, type IngestCliOptions, parseIngestArgs, resolutionLine } from "./ingest-command.js";
import { REPO_ROOT } from "./repo-paths.js";

const DEFAULTS: IngestCliOptions = {
  inputs: ["seeds"],
  dryRun: false,
  reset: false,
  yes: false,
  batchSize: DEFAULT_BATCH_SIZE,
  concurrency: 1,
  workers: defaultPoolSize(),
  cacheDir: path.join(REPO_ROOT, ".claimgraph", "fetch-cache"),
  refresh: false,
  delayMs: 1000,
  timeoutMs: 15_000,
  profileWrites: false,
};

describe("parseIngestArgs", () => {
  it.each<{ argv: string[]; expected: Partial<IngestCliOptions> }>([
    { argv: ["seeds"], expected: {} },
    { argv: ["--dry-run", "seeds"], expected: { dryRun: true } },
    { argv: ["--reset", "-y"], expected: { reset: true, yes: true, inputs: [] } },
    { argv: ["--reset", "--yes", "seeds"], expected: { reset: true, yes: true } },
    { argv: ["--batch-size", "7", "--concurrency", "3", "seeds"], expected: { batchSize: 7, concurrency: 3 } },
    { argv: ["--cache-dir", "/tmp/c", "--refresh", "seeds"], expected: { cacheDir: "/tmp/c", refresh: true } },
    { argv: ["--profile-writes", "seeds"], expected: { profileWrites: true } },
    { argv: ["--delay", "0", "--timeout", "2", "seeds"], expected: { delayMs: 0, timeoutMs: 2000 } },
    { argv: ["--delay", "250", "seeds"], expected: { delayMs: 250 } },
    { argv: ["--workers", "0", "seeds"], expected: { workers: 0 } },
    { argv: ["--workers", "3", "seeds"], expected: { workers: 3 } },
    { argv: ["a.txt", "-", "https://x.test/feed"], expected: { inputs: ["a.txt", "-", "https://x.test/feed"] } },
  ])("$argv", ({ argv, expected }) => {
    expect(parseIngestArgs(argv)).toEqual({ ...DEFAULTS, ...expected });
  });

  it.each([["--help"], ["-h"], ["--help", "--reset"]])("%s asks for the help", (...argv) => {
    expect(parseIngestArgs(argv)).toBe("help");
  });

  it.each<[string[], RegExp]>([
    [[], /no input given/],
    [["--dry-run", "--reset", "seeds"], /--dry-run and --reset do not go together/],
    [["--dry-run", "https://x.test/a"], /--dry-run reads files only/],
    [["--dry-run", "crawl.warc.gz"], /--dry-run reads files only/],
    [["--dry-run", "list.urls"], /--dry-run reads files only/],
    [["--batch-size", "0", "seeds"], /--batch-size must be a whole number from 1 to 10000 \(got "0"\)/],
    [["--concurrency", "65", "seeds"], /--concurrency must be a whole number from 1 to 64/],
    [["--delay", "soon", "seeds"], /--delay must be a whole number/],
    [["--timeout", "1.5", "seeds"], /--timeout must be a whole number/],
    [["--workers", "many", "seeds"], /--workers must be a whole number from 1 to 256/],
    [["--bogus", "seeds"], /Unknown option '--bogus'/],
  ])("%j is a usage error: %s", (argv, message) => {
    expect(() => parseIngestArgs(argv)).toThrow(UsageError);
    expect(() => parseIngestArgs(argv)).toThrow(message);
  });
});

describe("the summary's resolution line", () => {
  it.each([
    [{}, []],
    [
      { rechecked: { shortForms: 3, merged: 1, ms: 1200 } },
      ["Resolution: 3 short forms kept apart rechecked, 1 merged (1.2 s)"],
    ],
    [
      {
        rechecked: { shortForms: 2, merged: 0, contested: 3, redecided: 12, split: 1, ms: 900 },
      },
      [
        "Resolution: 2 short forms kept apart rechecked, 0 merged; 12 earlier merges of 3 contested names decided again, 1 split off (0.9 s)",
      ],
    ],
    [
      { rechecked: { shortForms: 1, merged: 0, ms: 40 }, corrections: { active: 0, undone: 0, moved: 0, ms: 5 } },
      ["Resolution: 1 short form kept apart rechecked, 0 merged (0.0 s)"],
    ],
    [
      { rechecked: { shortForms: 0, merged: 0, ms: 0 }, corrections: { active: 2, undone: 1, moved: 1, ms: 300 } },
      [
        "Resolution: 0 short forms kept apart rechecked, 0 merged (0.0 s); 2 analyst corrections in force (1 undone), 1 mention moved at the end (0.3 s)",
      ],
    ],
  ])("%j → %j", (summary, lines) => {
    expect(resolutionLine(summary)).toEqual(lines);
  });
});

describe("the summary's repaired line", () => {
  const summary = (repaired: number) =>
    ({
      articles: { new: 2, unchanged: 0, replaced: 0, failed: 0 },
      failures: [],
      claimsWritten: 3,
      rowsWritten: 10,
      warnings: 0,
      repaired,
      graph: { articles: 2, people: 1, organizations: 0, claims: 3 },
      writeMs: 10,
      elapsedMs: 20,
    }) as Parameters<typeof formatSummary>[0];

  it("says how many articles had mojibake read as what it encodes, and nothing when none had", () => {
    expect(formatSummary(summary(1))).toContain('Repaired: 1 article had UTF-8 read as Windows-1252 ("FranÃ§ois")');
    expect(formatSummary(summary(0))).not.toContain("Repaired");
  });
});
