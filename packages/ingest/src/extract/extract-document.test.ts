import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDocumentGraph } from "@claimgraph/schema";
import { describe, expect, it } from "vitest";
import { scoreDataset } from "../eval/index.js";
import { extractDocument } from "./extract-document.js";

const repo = fileURLToPath(new URL("../../../../", import.meta.url));
const seedPath = `${repo}seeds/000_b2a3305966d766fc.txt`;
const goldPath = `${repo}../shared/gold/000_b2a3305966d766fc.gold.json`;
const haveGold = existsSync(goldPath) && existsSync(seedPath);

describe("extractDocument", () => {
  it("is deterministic and keeps offsets that slice back to the claim text", () => {
    const text = "Jane Miller said, “The budget will not pass this year.”\n\nPeter Roberts said that it might.";
    const a = extractDocument({ id: "x", text, origin: "x", format: "text" });
    const b = extractDocument({ id: "x", text, origin: "x", format: "text" });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.claims.length).toBeGreaterThan(0);
    for (const c of a.claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      if (c.cue_start != null && c.cue_end != null) expect(text.slice(c.cue_start, c.cue_end)).toBe(c.cue);
    }
    expect(parseDocumentGraph(a).ok).toBe(true);
  });

  it("scales to a large document (one paragraph block repeated 400 times, ~0.4 MB)", () => {
    const block = [
      "Jane Miller, a senior analyst at the Royal Institute, said the budget would not pass this year.",
      "“We have seen this before and it never ends well,” Miller said. “Nobody should be surprised.”",
      "Peter Roberts told the Associated Press that the vote could be delayed, according to his aides.",
      "He denied that the plan had been changed in secret.",
    ].join("\n\n");
    const one = extractDocument({ id: "one", text: block, origin: "one", format: "text" }).claims.length;
    const text = Array.from({ length: 400 }, () => block).join("\n\n");
    const started = performance.now();
    const many = extractDocument({ id: "many", text, origin: "many", format: "text" }).claims.length;
    const seconds = (performance.now() - started) / 1000;
    expect(one).toBeGreaterThanOrEqual(4);
    expect(many).toBe(one * 400);
    // generous bound for a shared machine; the real-text figure (0.75 MB of PolNeAR in ~1 s) is in the README
    expect(seconds).toBeLessThan(6);
  });

  it("returns an empty graph for empty text", () => {
    const g = extractDocument({ id: "empty", text: "", origin: "empty", format: "text" });
    expect([g.entities.length, g.claims.length, g.affiliations.length]).toEqual([0, 0, 0]);
  });

  it.skipIf(!haveGold)("scores on the seed article at the figures reached (needs ../shared/gold)", () => {
    const gold = parseDocumentGraph(JSON.parse(readFileSync(goldPath, "utf8")));
    if (!gold.ok) throw new Error(gold.error);
    const text = readFileSync(seedPath, "utf8");
    const predicted = extractDocument({ id: gold.value.document, text, origin: seedPath, format: "text" });
    const { rows } = scoreDataset([predicted], [gold.value]);
    expect(rows.person?.f1).toBe(1);
    expect(rows.org?.f1).toBeGreaterThanOrEqual(0.9);
    expect(rows.claim?.f1).toBeGreaterThanOrEqual(0.9);
    expect(rows["claim+speaker"]?.f1).toBeGreaterThanOrEqual(0.9);
    expect(rows.about?.f1).toBeGreaterThanOrEqual(0.75);
    expect(rows.affiliation?.f1).toBe(1);
  });
});
