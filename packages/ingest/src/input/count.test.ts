import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countItems } from "./count.js";
import { readInputs } from "./read-inputs.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "claimgraph-count-"));
  writeFileSync(join(dir, "a.txt"), "A.");
  writeFileSync(join(dir, "b.jsonl"), '{"id":"1","text":"x"}\n\n  \n{"id":"2","text":"y"}\r\n{bad');
  writeFileSync(join(dir, "c.jsonl"), "");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("countItems", () => {
  it.each([
    { specs: ["a.txt"], count: 1 },
    { specs: ["b.jsonl"], count: 3 },
    { specs: ["c.jsonl"], count: 1 },
    { specs: ["missing.txt"], count: 1 },
    { specs: ["."], count: 5 },
  ])("$specs → $count, as many as readInputs yields", async ({ specs, count }) => {
    const paths = specs.map((s) => join(dir, s));
    expect(await countItems(paths)).toBe(count);
    let items = 0;
    for await (const _ of readInputs(paths)) items++;
    expect(items).toBe(count);
  });

  it("is unknown with stdin", async () => {
    expect(await countItems([join(dir, "a.txt"), "-"])).toBeUndefined();
  });
});
