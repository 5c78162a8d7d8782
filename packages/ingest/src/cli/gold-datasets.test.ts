import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetName, type GoldEntry, readGold } from "./gold-datasets.js";
import { authoredSetDir } from "./repo-paths.js";

let dir = "";
const graph = (document: string, extra: object = {}) => ({ document, entities: [], claims: [], ...extra });
const polnear = {
  id: "p1",
  text: "The Post said so.",
  meta: { title: "T" },
  quotes: [],
  entities: [],
  ignored_spans: [],
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "claimgraph-gold-"));
  writeFileSync(join(dir, "article.txt"), "Text of the article.");
  mkdirSync(join(dir, "golds"));
  writeFileSync(join(dir, "golds", "b.gold.json"), JSON.stringify(graph("article.txt")));
  writeFileSync(join(dir, "golds", "a.gold.json"), JSON.stringify(graph("absent.txt")));
  writeFileSync(join(dir, "golds", "notes.md"), "not gold");
  // a gold folder with its own texts/ (as gold/newsdev/): its documents are read from there first
  mkdirSync(join(dir, "own", "texts"), { recursive: true });
  writeFileSync(join(dir, "own", "texts", "article.txt"), "Its own text.");
  writeFileSync(join(dir, "own", "c.gold.json"), JSON.stringify(graph("article.txt")));
  writeFileSync(join(dir, "own", "d.gold.json"), JSON.stringify(graph("only-outside.txt")));
  writeFileSync(join(dir, "only-outside.txt"), "Text in the texts folder.");
  mkdirSync(join(dir, "empty"));
  writeFileSync(join(dir, "broken.gold.json"), "{");
  writeFileSync(join(dir, "wrong.gold.json"), JSON.stringify({ claims: [] }));
  writeFileSync(
    join(dir, "mixed.jsonl"),
    [
      JSON.stringify(polnear),
      JSON.stringify(graph("inline", { text: "Inline text." })),
      JSON.stringify(graph("article.txt")),
      "{nope",
      JSON.stringify({ id: "p2", quotes: [{ start: 0 }] }),
    ].join("\n"),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** "gold <document> ← <input id or problem>" or "problem <origin> <error>". */
async function summary(spec: string): Promise<string[]> {
  const out: string[] = [];
  for await (const entry of readGold(join(dir, spec), dir) as AsyncIterable<GoldEntry>) {
    if ("problem" in entry) out.push(`problem ${entry.problem.origin.replace(`${dir}/`, "")} ${entry.problem.error}`);
    else
      out.push(
        `gold ${entry.gold.document} ← ${entry.input.ok ? entry.input.doc.id : `✗ ${entry.input.problem.error}`}`,
      );
  }
  return out;
}

describe("readGold", () => {
  it.each([
    { spec: "golds", expected: ["gold absent.txt ← ✗ no such file or directory", "gold article.txt ← article.txt"] },
    { spec: "own", expected: ["gold article.txt ← article.txt", "gold only-outside.txt ← only-outside.txt"] },
    { spec: "empty", expected: ["problem empty no *.gold.json files in this folder"] },
    { spec: "missing", expected: ["problem missing no such gold file or directory"] },
    {
      spec: "broken.gold.json",
      expected: ["problem broken.gold.json unreadable gold: Expected property name or '}' in JSON at position 1"],
    },
    {
      spec: "wrong.gold.json",
      expected: [
        "problem wrong.gold.json not a document graph: document: Invalid input: expected string, received undefined",
      ],
    },
    {
      spec: "mixed.jsonl",
      expected: [
        "gold p1 ← p1",
        "gold inline ← inline",
        "gold article.txt ← article.txt",
        "problem mixed.jsonl:4 malformed JSON: Expected property name or '}' in JSON at position 1",
        "problem mixed.jsonl:5 not a gold document: quotes.0.end: Invalid input: expected number, received undefined",
      ],
    },
  ])("$spec", async ({ spec, expected }) => {
    const lines = await summary(spec);
    expect(lines.map((l) => l.split("; ")[0])).toEqual(expected);
  });
});

describe("the authored news golds (gold/newsdev to gold/newsdev88, gold/newstest, in the repository)", () => {
  it.each([
    ["newsdev", 16, 142],
    ["newsdev2", 12, 131],
    ["newsdev3", 12, 145],
    ["newsdev4", 12, 147],
    ["newsdev5", 12, 151],
    ["newsdev6", 12, 150],
    ["newsdev7", 12, 172],
    ["newsdev8", 12, 175],
    ["newsdev9", 12, 174],
    ["newsdev10", 12, 169],
    ["newsdev11", 12, 172],
    ["newsdev12", 12, 172],
    ["newsdev13", 12, 171],
    ["newsdev14", 12, 168],
    ["newsdev15", 12, 169],
    ["newsdev16", 12, 170],
    ["newsdev17", 12, 166],
    ["newsdev18", 12, 168],
    ["newsdev19", 12, 165],
    ["newsdev20", 12, 162],
    ["newsdev21", 12, 171],
    ["newsdev22", 12, 171],
    ["newsdev23", 12, 166],
    ["newsdev24", 12, 168],
    ["newsdev25", 12, 164],
    ["newsdev26", 12, 160],
    ["newsdev27", 12, 167],
    ["newsdev28", 12, 168],
    ["newsdev29", 12, 167],
    ["newsdev30", 12, 175],
    ["newsdev31", 12, 170],
    ["newsdev32", 12, 171],
    ["newsdev33", 12, 170],
    ["newsdev34", 12, 165],
    ["newsdev35", 12, 156],
    ["newsdev36", 12, 155],
    ["newsdev37", 12, 157],
    ["newsdev38", 12, 173],
    ["newsdev39", 12, 166],
    ["newsdev40", 12, 142],
    ["newsdev41", 12, 154],
    ["newsdev42", 12, 166],
    ["newsdev43", 12, 176],
    ["newsdev44", 12, 164],
    ["newsdev45", 12, 168],
    ["newsdev46", 12, 156],
    ["newsdev47", 12, 165],
    ["newsdev48", 12, 148],
    ["newsdev49", 12, 151],
    ["newsdev50", 12, 140],
    ["newsdev51", 12, 161],
    ["newsdev52", 12, 179],
    ["newsdev53", 12, 179],
    ["newsdev54", 12, 163],
    ["newsdev55", 12, 176],
    ["newsdev56", 12, 165],
    ["newsdev57", 12, 165],
    ["newsdev58", 12, 176],
    ["newsdev59", 12, 177],
    ["newsdev60", 12, 180],
    ["newsdev61", 12, 159],
    ["newsdev62", 12, 173],
    ["newsdev63", 12, 168],
    ["newsdev64", 12, 180],
    ["newsdev65", 12, 167],
    ["newsdev66", 12, 173],
    ["newsdev67", 12, 181],
    ["newsdev68", 12, 160],
    ["newsdev69", 12, 175],
    ["newsdev70", 12, 166],
    ["newsdev71", 12, 180],
    ["newsdev72", 12, 178],
    ["newsdev73", 12, 181],
    ["newsdev74", 12, 183],
    ["newsdev75", 12, 187],
    ["newsdev76", 12, 178],
    ["newsdev77", 12, 180],
    ["newsdev78", 12, 173],
    ["newsdev79", 12, 178],
    ["newsdev80", 12, 172],
    ["newsdev81", 12, 164],
    ["newsdev82", 12, 174],
    ["newsdev83", 12, 173],
    ["newsdev84", 12, 180],
    ["newsdev85", 12, 177],
    ["newsdev86", 12, 174],
    ["newsdev87", 12, 189],
    ["newsdev88", 12, 187],
    ["newstest", 12, 159],
  ])(
    "%s: reads its articles from its own texts/, and every claim's offsets cut out its text",
    async (folder, articles, expectedClaims) => {
      const spec = authoredSetDir(folder);
      const texts: Record<string, string> = {};
      let claims = 0;
      for await (const entry of readGold(spec, dir)) {
        if ("problem" in entry) throw new Error(`${entry.problem.origin}: ${entry.problem.error}`);
        if (!entry.input.ok) throw new Error(`${entry.gold.document}: ${entry.input.problem.error}`);
        const text = entry.input.doc.text;
        texts[entry.gold.document] = text;
        for (const c of entry.gold.claims) {
          expect(text.slice(c.start, c.end)).toBe(c.text);
          if (c.cue && c.cue_start != null && c.cue_end != null) expect(text.slice(c.cue_start, c.cue_end)).toBe(c.cue);
          claims++;
        }
      }
      expect(Object.keys(texts)).toHaveLength(articles);
      expect(claims).toBe(expectedClaims);
    },
  );
});

describe("datasetName", () => {
  it.each([
    ["/x/shared/gold/", "seed gold"],
    ["/x/dev/polnear-dev.jsonl", "PolNeAR dev"],
    ["/x/dev/polnear-train.jsonl", "PolNeAR train"],
    ["mine/extra.gold.json", "extra.gold.json"],
    ["/x/gold/newstest/", "newstest (held-out Wikinews-style reports)"],
    ["/x/gold/newsdev2/", "newsdev2 (authored Wikinews-style reports, second set)"],
    ["/x/gold/newsdev3/", "newsdev3 (authored British, wire and international reports)"],
    ["/x/gold/newsdev4/", "newsdev4 (authored Wikinews kinds and regional press)"],
    ["/x/gold/newsdev5/", "newsdev5 (authored Wikinews pages and international wire news)"],
    ["/x/gold/newsdev6/", "newsdev6 (authored Asia-Pacific and Americas reports)"],
  ])("%s → %s", (spec, name) => {
    expect(datasetName(spec)).toBe(name);
  });
});
