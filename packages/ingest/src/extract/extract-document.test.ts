import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDocumentGraph } from "@claimgraph/schema";
import { describe, expect, it } from "vitest";
import { scoreDataset } from "../eval/index.js";
import { extractDocument } from "./extract-document.js";

const repo = fileURLToPath(new URL("../../../../", import.meta.url));
const seedPath = `${repo}seeds/000_b2a3305966d766fc.txt`;
const goldPath = `${repo}packages/ingest/gold/000_b2a3305966d766fc.gold.json`;

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

  describe("on one 0.4 MB document", () => {
    const block = [
      "Jane Miller, a senior analyst at the Royal Institute, said the budget would not pass this year.",
      "“We have seen this before and it never ends well,” Miller said. “Nobody should be surprised.”",
      "Peter Roberts told the Associated Press that the vote could be delayed, according to his aides.",
      "He denied that the plan had been changed in secret.",
    ].join("\n\n");
    const copies = Math.ceil(400_000 / (block.length + 2));
    const text = (n: number) => Array.from({ length: n }, () => block).join("\n\n");
    const claims = (t: string) => extractDocument({ id: "doc", text: t, origin: "doc", format: "text" }).claims.length;
    const once = (t: string) => {
      const started = performance.now();
      claims(t);
      return (performance.now() - started) / 1000;
    };

    it("finds every block's claims", () => {
      const large = text(copies);
      expect(large.length).toBeGreaterThanOrEqual(400_000);
      const one = claims(block);
      expect(one).toBeGreaterThanOrEqual(4);
      expect(claims(large)).toBe(one * copies);
    });

    // Attribution used to compare every claim with every other (0.1 MB 0.15 s, 0.4 MB 1.5 s, 0.8 MB 6.5 s);
    // its lookups now go through interval indexes (claims/interval-index.ts), so time grows with the text.
    it("scales linearly: 4× the text takes under 6× the time (linear ≈ 4, quadratic ≈ 16)", () => {
      // the fastest of four runs of each, the two sizes taken in turn, so that other test files running beside this
      // one on a two-core machine slow both alike (the fastest of three, one size after the other, once measured
      // 0.186 s against 1.122 s in CI where it measures about 0.25 s against 0.8 s alone)
      const [smallText, fullText] = [text(copies / 4), text(copies)];
      let small = Number.POSITIVE_INFINITY;
      let full = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 4; run++) {
        small = Math.min(small, once(smallText));
        full = Math.min(full, once(fullText));
      }
      expect(full / small, `0.1 MB in ${small.toFixed(3)} s, 0.4 MB in ${full.toFixed(3)} s`).toBeLessThan(6);
    });
  });

  it("returns an empty graph for empty text", () => {
    const g = extractDocument({ id: "empty", text: "", origin: "empty", format: "text" });
    expect([g.entities.length, g.claims.length, g.affiliations.length]).toEqual([0, 0, 0]);
  });

  it("scores on the seed article at the figures reached", () => {
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

describe("invisible characters inside names (issue 10)", () => {
  it("reads 'Donald Tr\\u200Bump' as Donald Trump, one person, with spans over the text as written", () => {
    const text =
      "Donald Tr\u200Bump said on Monday that the talks had failed. “We will not give up,” Tr\u200Bump said.";
    const graph = extractDocument({ id: "zw.txt", text, origin: "zw.txt", format: "text" });
    expect(graph.entities.map((e) => [e.name, e.type])).toEqual([["Donald Trump", "Person"]]);
    expect(graph.claims.map((c) => c.speaker)).toEqual(["Donald Trump", "Donald Trump"]);
    for (const claim of graph.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    const first = graph.claims[0];
    expect(text.slice(first?.speaker_start ?? 0, first?.speaker_end ?? 0)).toBe("Donald Tr\u200Bump");
  });
});
