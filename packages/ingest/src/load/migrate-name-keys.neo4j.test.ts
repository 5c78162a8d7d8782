import { RECORD_ID_ALIASES } from "@claimgraph/schema";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromVariant } from "../statements/fingerprint.js";
import { speakerKey } from "../statements/speaker-key.js";
import type { LoadableArticle } from "./article.js";
import { loadDocumentGraphs } from "./loader.js";
import { aliasFormerIds, legacyNameKey, UNALIASED } from "./migrate-name-keys.js";
import { keyWithoutTitles } from "./names.js";
import { resetClaimGraph } from "./reset.js";
import { ensureSchema } from "./schema.js";
import { CREATE_WORDINGS } from "./statements/cypher.js";
import { bandValues } from "./statements/wording.js";
import { countOf, dumpGraph, testDriver, withoutLoadTimes } from "./test-database.js";

type Named = { name: string; type: "Person" | "Organization"; aliases?: string[] };

/** An article in which `speaker` says `quote`, an unnamed "U.S. official" says `aside`, and `others` are named. */
function article(sourceKey: string, speaker: Named, quote: string, aside: string, others: Named[]): LoadableArticle {
  const names = others.map((o) => o.name).join(" and ");
  const text = `${speaker.name} said ${quote}. A U.S. official said ${aside}. ${names} were named.`;
  const at = (part: string) => text.indexOf(part);
  const claim = (who: string, start: number, cue: number, words: string, anonymous: boolean) => ({
    speaker: who,
    speaker_start: start,
    speaker_end: start + who.length,
    ...(anonymous ? { anonymous: true } : {}),
    cue: "said",
    cue_start: cue,
    cue_end: cue + 4,
    kind: "indirect" as const,
    text: words,
    start: at(words),
    end: at(words) + words.length,
    about: [],
  });
  return {
    sourceKey,
    text,
    source: sourceKey,
    publishedAt: "2026-11-30",
    graph: {
      document: sourceKey,
      entities: [speaker, ...others].map((e) => ({ name: e.name, type: e.type, aliases: e.aliases ?? [] })),
      affiliations: [],
      claims: [
        claim(speaker.name, 0, speaker.name.length + 1, quote, false),
        claim("a U.S. official", at("A U.S. official"), at("official said") + 9, aside, true),
      ],
    },
  };
}

const CHAMBER: Named = { name: "U.S. Chamber of Commerce", type: "Organization" };
const BETO: Named = { name: "Beto O’Rourke", type: "Person", aliases: ["O’Rourke"] };
const ATT: Named = { name: "AT&T", type: "Organization" };
const SCOPED: Named = { name: "O’Neill", type: "Person" };

/** The ids the loader's name key made before there was one name key ("person:beto o rourke"). */
function legacyId(id: string, name: string, label: string, anonymous: boolean): string {
  if (anonymous) return id.replace(/^(anon:[^:]*:).*$/s, (_, head: string) => `${head}${legacyNameKey(name)}`);
  const scope = label === "Person" && id.includes("@") ? id.slice(id.lastIndexOf("@")) : "";
  const type = label === "Person" ? "Person" : "Organization";
  return `${label === "Person" ? "person:" : "org:"}${keyWithoutTitles(legacyNameKey(name), type)}${scope}`;
}

/** Rewrites a graph the current loader wrote into the shape the legacy key gave it: ids, speaker keys, wordings, locks. */
async function legacify(driver: Driver): Promise<Map<string, string>> {
  const nodes = await driver.executeQuery(
    `MATCH (e) WHERE e:Person OR e:Organization
     RETURN e.id AS id, e.name AS name, CASE WHEN e:Person THEN 'Person' ELSE 'Organization' END AS label, e:Anonymous AS anonymous`,
  );
  const renamed = new Map<string, string>();
  for (const r of nodes.records) {
    const old = legacyId(r.get("id"), r.get("name"), r.get("label"), r.get("anonymous"));
    if (old === r.get("id")) continue;
    renamed.set(r.get("id"), old);
    await driver.executeQuery("MATCH (e {id: $id}) SET e.id = $old", { id: r.get("id"), old });
  }
  const keys = new Map([...renamed].map(([now, old]) => [speakerKey(now), speakerKey(old)]));
  const statements = await driver.executeQuery(
    "MATCH (s:Statement) RETURN s.id AS id, s.speakerKey AS key, s.variants AS variants",
  );
  for (const r of statements.records) {
    const old = keys.get(r.get("key"));
    if (!old) continue;
    const rows = (r.get("variants") as string[]).map((v) => ({
      statement: r.get("id"),
      bands: bandValues(fromVariant(v, old).keys),
    }));
    await driver.executeQuery(
      `MATCH (s:Statement {id: $id}) SET s.speakerKey = $old
       WITH s MATCH (w:Wording {statement: s.id}) DELETE w`,
      { id: r.get("id"), old },
    );
    await driver.executeQuery(CREATE_WORDINGS, { rows });
  }
  await driver.executeQuery("MATCH (k:SpeakerLock) WHERE k.key IN $keys SET k.key = $map[k.key]", {
    keys: [...keys.keys()],
    map: Object.fromEntries(keys),
  });
  return renamed;
}

describe('a graph whose ids an older name key made ("u s chamber of commerce")', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await resetClaimGraph(driver);
    await driver.executeQuery("MATCH (c:Correction|IdAlias) DELETE c");
    await driver.close();
  });
  beforeEach(async () => {
    await resetClaimGraph(driver);
    await driver.executeQuery("MATCH (c:Correction|IdAlias) DELETE c");
  });

  /** Former id → the id of the node it became (IdAlias nodes). */
  const idAliases = async () => {
    const rows = await driver.executeQuery("MATCH (a:IdAlias) RETURN a.id AS id, a.to AS to ORDER BY id");
    return Object.fromEntries(rows.records.map((r) => [r.get("id") as string, r.get("to") as string]));
  };

  const corpus = [
    article("a1", CHAMBER, "tariffs will hurt small firms", "talks went well", [BETO, ATT, SCOPED]),
    article("a2", CHAMBER, "tariffs will hurt small firms", "talks went well", [BETO]),
  ];

  it("is re-keyed at the next ingest to exactly the graph the current key writes, with the old ids kept", async () => {
    await loadDocumentGraphs(driver, corpus);
    const current = withoutLoadTimes(await dumpGraph(driver));
    const renamed = await legacify(driver);
    expect(renamed.get("org:us chamber of commerce")).toBe("org:u s chamber of commerce");
    expect(renamed.get("person:beto orourke")).toBe("person:beto o rourke");
    expect([...renamed.values()].some((id) => /^anon:.*:a u s official$/.test(id))).toBe(true);
    // a correction recorded on the legacy ids (an analyst rejected a possible match)
    await driver.executeQuery(
      `CREATE (:Correction {id: 'c1', kind: 'reject', label: 'Person', entity: 'person:o neill', sourceKey: 'a1',
               target: 'person:beto o rourke', name: 'O’Neill', targetName: 'Beto O’Rourke', by: 'test', at: '2026-12-01T00:00:00Z'})`,
    );
    expect(withoutLoadTimes(await dumpGraph(driver))).not.toEqual(current);

    await ensureSchema(driver);
    const formerIds = await driver.executeQuery(
      "MATCH (e) WHERE e.formerIds IS NOT NULL RETURN e.id AS id, e.formerIds AS former ORDER BY id",
    );
    expect(Object.fromEntries(formerIds.records.map((r) => [r.get("id"), r.get("former")]))).toEqual(
      Object.fromEntries([...renamed].map(([now, old]) => [now, [old]])),
    );
    // Each old id is an alias of the node it became: what the viewer follows for an old snapshot's ids.
    const aliases = Object.fromEntries([...renamed].map(([now, old]) => [old, now]));
    expect(await idAliases()).toEqual(aliases);
    const correction = await driver.executeQuery("MATCH (c:Correction {id: 'c1'}) RETURN c.entity AS e, c.target AS t");
    expect(correction.records[0]?.toObject()).toEqual({ e: "person:oneill", t: "person:beto orourke" });
    await driver.executeQuery("MATCH (e) REMOVE e.formerIds");
    await driver.executeQuery("MATCH (c:Correction) DELETE c");
    expect(withoutLoadTimes(await dumpGraph(driver))).toEqual(current);

    // again: nothing left to do
    await ensureSchema(driver);
    expect(withoutLoadTimes(await dumpGraph(driver))).toEqual(current);
    expect(await idAliases()).toEqual(aliases);
  });

  it("gives the former ids of a graph re-keyed before aliases existed their aliases, once, from an index", async () => {
    await loadDocumentGraphs(driver, corpus);
    const renamed = await legacify(driver);
    await ensureSchema(driver);
    // As a migration before aliases left it: the old ids only in `formerIds`.
    await driver.executeQuery("MATCH (a:IdAlias) DELETE a");

    expect(await aliasFormerIds(driver)).toBe(renamed.size);
    expect(await idAliases()).toEqual(Object.fromEntries([...renamed].map(([now, old]) => [old, now])));
    expect(await aliasFormerIds(driver)).toBe(0);

    // The check reads the nodes that have former ids through the formerIds indexes, never every entity.
    const { summary } = await driver.executeQuery(`PROFILE ${UNALIASED}`);
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] }) => {
      operators.push(plan.operatorType);
      for (const child of plan.children) walk(child as typeof plan);
    };
    walk(summary.profile as unknown as { operatorType: string; children: unknown[] });
    expect(operators.filter((o) => /NodeIndexScan/.test(o))).toHaveLength(2);
    expect(operators.filter((o) => /LabelScan|AllNodesScan/.test(o))).toEqual([]);
  });

  it("keeps an alias pointing at the node itself when the node it became moves again (A → B, B merged into C)", async () => {
    await loadDocumentGraphs(driver, corpus);
    await legacify(driver);
    await ensureSchema(driver);
    // What a correction or the end-of-run pass writes when a node's last mention goes to another node.
    await driver.executeQuery(RECORD_ID_ALIASES, {
      aliases: [{ from: "org:us chamber of commerce", to: "org:att" }],
    });
    const aliases = await idAliases();
    expect(aliases["org:u s chamber of commerce"]).toBe("org:att");
    expect(aliases["org:us chamber of commerce"]).toBe("org:att");
    // And back (a node that goes into the node it came from): no alias of the live node is left.
    await driver.executeQuery(RECORD_ID_ALIASES, { aliases: [{ from: "org:att", to: "org:us chamber of commerce" }] });
    const back = await idAliases();
    expect(back["org:us chamber of commerce"]).toBeUndefined();
    expect(back["org:att"]).toBe("org:us chamber of commerce");
    expect(back["org:u s chamber of commerce"]).toBe("org:us chamber of commerce");
    expect(back["org:at t"]).toBe("org:us chamber of commerce");
  });

  it("merges a re-keyed node into the node that already has its new id, and new articles join both", async () => {
    await loadDocumentGraphs(driver, corpus);
    await legacify(driver);
    // Under the legacy key "AT&T" (org:at t) and "ATT" (org:att) were two nodes: the second as an
    // older loader wrote it for an article that named "ATT" (the current loader would re-key first).
    await driver.executeQuery(
      `CREATE (a:Article {id: 'old-a3', sourceKey: 'a3', text: 'ATT said prices will rise.'})
       CREATE (o:Organization {id: 'org:att', name: 'ATT', aliases: [], searchText: 'ATT'})
       CREATE (o)-[:MENTIONED_IN {count: 1, spans: [0, 3], forms: ['ATT'], resolution: 'new'}]->(a)
       CREATE (:Claim {id: 'old-c3', articleId: 'old-a3', text: 'prices will rise', start: 9, end: 25})-[:SAID]->(o)`,
    );
    expect(await countOf(driver, "(o:Organization) WHERE o.id IN ['org:at t', 'org:att']")).toBe(2);
    const before = await countOf(driver, "(:Organization)");

    await ensureSchema(driver);
    expect(await countOf(driver, "(:Organization)")).toBe(before - 1);
    const att = await driver.executeQuery(
      `MATCH (o:Organization {id: 'org:att'})
       RETURN o.name AS name, o.aliases AS aliases, o.formerIds AS former,
              [(o)-[:MENTIONED_IN]->(a) | a.sourceKey] AS articles, COUNT { (:Claim)-[:SAID]->(o) } AS said`,
    );
    const row = att.records[0]?.toObject();
    expect(row?.former).toEqual(["org:at t"]);
    expect((await idAliases())["org:at t"]).toBe("org:att");
    expect(row?.aliases).toContain("AT&T");
    expect([...((row?.articles ?? []) as string[])].sort()).toEqual(["a1", "a3"]);
    expect(row?.said).toBe(1);

    // New articles resolve to the re-keyed nodes and join their statements.
    const organizations = await countOf(driver, "(:Organization)");
    const people = await countOf(driver, "(p:Person) WHERE NOT p:Anonymous");
    await loadDocumentGraphs(driver, [
      article("a4", CHAMBER, "tariffs will hurt small firms", "talks went well", [BETO, ATT]),
    ]);
    expect(await countOf(driver, "(:Organization)")).toBe(organizations);
    expect(await countOf(driver, "(p:Person) WHERE NOT p:Anonymous")).toBe(people);
    const reports = await driver.executeQuery(
      `MATCH (s:Statement {speakerKey: 'org:us chamber of commerce'}) RETURN s.reports AS n`,
    );
    expect(reports.records.map((r) => Number(r.get("n")))).toEqual([3]);
    const anon = await driver.executeQuery(
      "MATCH (s:Statement {speakerKey: 'anon:a us official'}) RETURN s.reports AS n",
    );
    expect(anon.records.map((r) => Number(r.get("n")))).toEqual([3]);
  });
});
