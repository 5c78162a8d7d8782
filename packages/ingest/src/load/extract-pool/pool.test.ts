import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../extract/extract-document.js";
import type { InputDocument } from "../../input/types.js";
import { inventedItems } from "../invented-articles.js";
import { SEED_FILE } from "../test-database.js";
import { conditionsOf, ExtractPool } from "./pool.js";

describe("conditionsOf", () => {
  it.each([
    [["--conditions=source", "--import", "tsx"], ["source"]],
    [
      ["--conditions", "source", "-C", "dev"],
      ["source", "dev"],
    ],
    [["--import", "tsx"], []],
    [["--conditions"], []],
  ])("%j → %j", (argv, expected) => {
    expect(conditionsOf(argv)).toEqual(expected);
  });
});

describe("ExtractPool", () => {
  const pool = new ExtractPool(2);
  afterAll(() => pool.close());

  const docs: InputDocument[] = [
    { id: "seed", text: readFileSync(SEED_FILE, "utf8"), origin: SEED_FILE, format: "text" },
    ...inventedItems(12).flatMap((item) => (item.ok ? [item.doc] : [])),
  ];

  it("gives every caller the graph extractDocument gives on this thread", async () => {
    const outcomes = await Promise.all(docs.map((doc) => pool.extract(doc)));
    expect(outcomes.map((o) => ("graph" in o ? o.graph : o))).toEqual(docs.map((doc) => extractDocument(doc)));
    expect(pool.backlog).toBe(0);
  });

  it("answers a document that breaks extraction with its error, and goes on", async () => {
    const broken = { id: "x", text: 42, origin: "broken.txt", format: "text" } as unknown as InputDocument;
    const [bad, good] = await Promise.all([pool.extract(broken), pool.extract(docs[1] as InputDocument)]);
    expect(bad).toEqual({ error: expect.any(String) });
    expect(good).toEqual({ graph: extractDocument(docs[1] as InputDocument) });
  });

  it("refuses a size below 1", () => {
    expect(() => new ExtractPool(0)).toThrow(/size must be 1 or more, not 0/);
  });
});
