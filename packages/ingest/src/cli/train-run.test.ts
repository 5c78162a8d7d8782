import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { CommandError } from "./run-main.js";
import { familiesWithout, requireFiles, saveModel, timedLog } from "./train-run.js";

const dir = mkdtempSync(join(tmpdir(), "claimgraph-train-run-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ALL = ["word", "shape", "context"] as const;

describe("the training commands' plumbing", () => {
  it.each([
    ["no --without", undefined, ["word", "shape", "context"]],
    ["one dropped", ["shape"], ["word", "context"]],
    ["two dropped, in any order", ["context", "word"], ["shape"]],
  ])("keeps the families left: %s", (_name, without, expected) => {
    expect(familiesWithout(ALL, without)).toEqual(expected);
  });

  it.each([
    ["feature family", undefined, "unknown feature family: syntax"],
    ["cue-detector feature family", "cue-detector feature family", "unknown cue-detector feature family: syntax"],
  ])("refuses an unknown %s, listing the known ones", (_name, what, message) => {
    const call = () => familiesWithout(ALL, ["word", "syntax"], what);
    expect(call).toThrow(CommandError);
    expect(call).toThrow(message);
    try {
      call();
    } catch (e) {
      expect((e as CommandError).hint).toBe("one of word, shape, context");
    }
  });

  it("names the first training file that is missing, with where the data lives", () => {
    const missing = join(dir, "missing.jsonl");
    expect(() => requireFiles([dir, missing], "see ../shared/train/README.md")).toThrow(`${missing}: no such file`);
    expect(() => requireFiles([dir], "x")).not.toThrow();
  });

  it.each([
    ["writes the model and logs where and how big", false, true],
    ["with --dry-run, neither encodes nor writes", true, false],
  ])("%s", (name, dryRun, written) => {
    const path = join(dir, `${name.length}-${dryRun}.bin.gz`);
    const lines: string[] = [];
    let encoded = false;
    const encode = () => {
      encoded = true;
      return new Uint8Array(2_500_000).fill(7);
    };
    saveModel(path, encode, dryRun, (line) => lines.push(line));
    expect(existsSync(path)).toBe(written);
    expect(encoded).toBe(written);
    if (written) {
      expect(readFileSync(path).length).toBe(2_500_000);
      expect(lines).toEqual([`wrote ${path} (2.50 MB)`]);
    } else expect(lines).toEqual([]);
  });

  it("starts each log line with the seconds since the log was made", () => {
    const stream = new PassThrough();
    let text = "";
    stream.on("data", (c) => {
      text += String(c);
    });
    const log = timedLog(stream);
    log("read 3 documents");
    log("done");
    expect(text).toMatch(/^\[\d+\.\d s\] read 3 documents\n\[\d+\.\d s\] done\n$/);
  });
});
