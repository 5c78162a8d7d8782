import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocumentGraph } from "@claimgraph/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "./args.js";
import { extractCommand } from "./extract-command.js";
import { captureIO } from "./test-io.js";

let dir = "";
const ARTICLE =
  "Officials met on Tuesday.\n\n“We will not back down,” said Jane Smith, a spokeswoman for the Acme Corporation.";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "claimgraph-extract-"));
  writeFileSync(join(dir, "a.txt"), ARTICLE);
  writeFileSync(join(dir, "b.bin.txt"), Buffer.from([1, 0, 2]));
  writeFileSync(join(dir, "c.jsonl"), `${JSON.stringify({ id: "j1", text: ARTICLE, title: "T" })}\nnot json\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("pnpm extract", () => {
  it("prints one valid document graph per good input and an error line per bad one, exit 1", async () => {
    const run = captureIO();
    const code = await extractCommand([dir], run.io);
    const lines = run
      .out()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(code).toBe(1);
    expect(lines.map((l) => [l.document, l.error === undefined])).toEqual([
      ["a.txt", true],
      [join(dir, "b.bin.txt"), false],
      ["j1", true],
      [`${join(dir, "c.jsonl")}:2`, false],
    ]);
    for (const line of lines.filter((l) => !l.error)) {
      const parsed = parseDocumentGraph(line);
      expect(parsed.ok).toBe(true);
      expect(line.text).toBe(ARTICLE);
      for (const claim of line.claims) expect(ARTICLE.slice(claim.start, claim.end)).toBe(claim.text);
    }
    expect(lines[2].meta).toEqual({ title: "T" });
    expect(run.err()).toContain("✗ ");
    expect(run.err()).toMatch(/extract: 2 documents, \d+ claims, 2 failed/);
  });

  it("leaves out the text with --no-text and exits 0 when all inputs are good", async () => {
    const run = captureIO();
    expect(await extractCommand(["--no-text", "-q", join(dir, "a.txt")], run.io)).toBe(0);
    expect(JSON.parse(run.out()).text).toBeUndefined();
    expect(run.err()).toBe("");
  });

  it("reads mojibake as what it encodes and says so on stderr", async () => {
    writeFileSync(join(dir, "mojibake.txt"), "FranÃ§ois Hollande said itâ€™s over.");
    const run = captureIO();
    expect(await extractCommand([join(dir, "mojibake.txt")], run.io)).toBe(0);
    const line = JSON.parse(run.out());
    expect(line.text).toBe("François Hollande said it’s over.");
    expect(line.entities.map((e: { name: string }) => e.name)).toEqual(["François Hollande"]);
    expect(run.err()).toContain(`extract: 1 document had UTF-8 read as Windows-1252`);
    expect(run.err()).toContain(join(dir, "mojibake.txt"));
  });

  it("reads stdin", async () => {
    const run = captureIO([ARTICLE]);
    expect(await extractCommand(["-q", "-"], run.io)).toBe(0);
    expect(JSON.parse(run.out()).document).toBe("stdin");
  });

  it("prints help", async () => {
    const run = captureIO();
    expect(await extractCommand(["--help"], run.io)).toBe(0);
    expect(run.out()).toContain("Usage: pnpm extract");
  });

  it.each([[[]], [["--nope", "x"]], [["--unit", "sentence", "x"]]])("refuses %j as a usage error", async (argv) => {
    await expect(extractCommand(argv, captureIO().io)).rejects.toBeInstanceOf(UsageError);
  });
});
