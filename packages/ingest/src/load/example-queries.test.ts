import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LoadableArticle } from "./article.js";
import { REPORTED_VIA, SAID_ABOUT, SEARCH, WHO_TALKS_ABOUT, WHY_MERGED } from "./example-queries.js";
import { loadDocumentGraphs } from "./loader.js";
import { resetClaimGraph } from "./reset.js";
import { seedGoldArticle, testDriver } from "./test-database.js";

describe("the example queries of ARCHITECTURE.md", () => {
  let driver: Driver;
  let seed: LoadableArticle;
  const run = async (query: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(query, params)).records.map((r) => r.toObject());

  beforeAll(async () => {
    driver = testDriver();
    seed = seedGoldArticle();
    await resetClaimGraph(driver);
    // The seed again under another name, so that entities span two articles.
    const copy = { ...seed, sourceKey: "test:copy", text: `${seed.text}\n` };
    await loadDocumentGraphs(driver, [seed, copy]);
  });
  afterAll(async () => {
    await resetClaimGraph(driver);
    await driver.close();
  });

  it("everything X said about Y: by name or alias, with offsets into each article", async () => {
    const rows = await run(SAID_ABOUT, { speaker: "Dunn", target: "Trump" });
    const expected = seed.graph.claims.filter((c) => c.speaker === "Matthew Dunn" && c.about.includes("Donald Trump"));
    expect(rows.map((r) => r.text).sort()).toEqual([...expected, ...expected].map((c) => c.text).sort());
    expect(new Set(rows.map((r) => r.article)).size).toBe(2);
  });

  it("who talks about Z most", async () => {
    const rows = await run(WHO_TALKS_ABOUT, { id: "person:donald trump", limit: neo4j.int(3) });
    const bySpeaker = new Map<string, number>();
    for (const c of seed.graph.claims) {
      if (c.speaker && !c.anonymous && c.speaker !== "Donald Trump" && c.about.includes("Donald Trump")) {
        bySpeaker.set(c.speaker, (bySpeaker.get(c.speaker) ?? 0) + 2);
      }
    }
    const top = Math.max(...bySpeaker.values());
    expect(rows[0]?.claims).toBe(top);
    expect(bySpeaker.get(rows[0]?.name as string)).toBe(top);
  });

  it("claims reported via AP", async () => {
    const rows = await run(REPORTED_VIA, { id: "org:associated press" });
    const expected = seed.graph.claims.filter((c) => c.via === "Associated Press");
    expect(rows.length).toBe(expected.length * 2);
    expect(rows.every((r) => expected.some((c) => c.text === r.text))).toBe(true);
  });

  it("full-text search finds people by alias and claims by words", async () => {
    const people = await run(SEARCH, { query: "McMaster", limit: neo4j.int(5) });
    expect(people[0]?.id).toBe("person:hr mcmaster");
    const claims = await run(SEARCH, { query: '"significantly damaged"', limit: neo4j.int(5) });
    expect(claims.some((r) => (r.labels as string[]).includes("Claim"))).toBe(true);
  });

  it("why an entity is one node: forms and resolution per article", async () => {
    const rows = await run(WHY_MERGED, { id: "person:matthew dunn" });
    expect(rows.map((r) => r.resolution).sort()).toEqual(["name", "new"]);
    expect(rows.map((r) => r.forms)).toEqual([
      ["Matthew Dunn", "Dunn"],
      ["Matthew Dunn", "Dunn"],
    ]);
  });
});
