import type { Claim, DocumentGraph, Entity } from "@claimgraph/schema";
import { describe, expect, it } from "vitest";
import { scoreDocument } from "./score-document.js";

const person = (name: string, aliases: string[] = []): Entity => ({ name, type: "Person", aliases });
const org = (name: string, aliases: string[] = []): Entity => ({ name, type: "Organization", aliases });
const claim = (start: number, end: number, speaker: string | null, extra: Partial<Claim> = {}): Claim => ({
  speaker,
  kind: "direct",
  text: "",
  start,
  end,
  about: [],
  ...extra,
});
const graph = (parts: Partial<DocumentGraph>): DocumentGraph => ({
  document: "doc",
  entities: [],
  affiliations: [],
  claims: [],
  ...parts,
});

const GOLD_ENTITIES = [
  person("Donald Trump", ["President Trump"]),
  person("Sergei Lavrov"),
  org("The Washington Post", ["the Post"]),
  org("United States", ["U.S."]),
];

describe("scoreDocument: person and org", () => {
  it.each([
    { name: "exact name", predicted: [person("Donald Trump")], person: [1, 0, 1], org: [0, 0, 2] },
    { name: "case and leading 'the'", predicted: [org("washington post")], person: [0, 0, 2], org: [1, 0, 1] },
    {
      name: "predicted alias equals gold alias",
      predicted: [org("US State", ["US"])],
      person: [0, 0, 2],
      org: [1, 0, 1],
    },
    { name: "possessive and punctuation", predicted: [org("U.S.'s")], person: [0, 0, 2], org: [1, 0, 1] },
    { name: "surname alone", predicted: [person("Lavrov")], person: [1, 0, 1], org: [0, 0, 2] },
    { name: "a first name alone is not a surname", predicted: [person("Sergei")], person: [0, 1, 2], org: [0, 0, 2] },
    { name: "surname rule is for people only", predicted: [org("Lavrov")], person: [0, 0, 2], org: [0, 1, 2] },
    { name: "type must agree", predicted: [org("Donald Trump")], person: [0, 0, 2], org: [0, 1, 2] },
    {
      name: "one-to-one: the same gold entity twice",
      predicted: [person("Donald Trump"), person("President Trump")],
      person: [1, 1, 1],
      org: [0, 0, 2],
    },
    { name: "empty prediction", predicted: [], person: [0, 0, 2], org: [0, 0, 2] },
  ])("$name", ({ predicted, person: p, org: o }) => {
    const score = scoreDocument(graph({ entities: predicted }), graph({ entities: GOLD_ENTITIES }));
    expect(score.counts.person).toEqual({ tp: p[0], fp: p[1], fn: p[2] });
    expect(score.counts.org).toEqual({ tp: o[0], fp: o[1], fn: o[2] });
  });
});

describe("scoreDocument: claims", () => {
  const gold = graph({
    entities: GOLD_ENTITIES,
    claims: [claim(0, 100, "Donald Trump"), claim(200, 300, "Sergei Lavrov"), claim(400, 410, null)],
    ignored_spans: [{ start: 1000, end: 1100, type: "byline" }],
  });

  it.each([
    { name: "exact spans", predicted: [claim(0, 100, "Trump")], claim: [1, 0, 2] },
    { name: "overlap of half the shorter span", predicted: [claim(50, 500, "Trump")], claim: [1, 0, 2] },
    { name: "overlap under half", predicted: [claim(150, 249, "Trump")], claim: [0, 1, 3] },
    {
      name: "one-to-one: two predictions on one gold claim",
      predicted: [claim(0, 60, "Trump"), claim(40, 100, "Trump")],
      claim: [1, 1, 2],
    },
    {
      name: "one prediction covering two gold claims matches one",
      predicted: [claim(0, 300, "Trump")],
      claim: [1, 0, 2],
    },
    { name: "inside ignored spans: not counted", predicted: [claim(1010, 1090, "Trump")], claim: [0, 0, 3] },
    { name: "partly in ignored spans: counted", predicted: [claim(1080, 1200, "Trump")], claim: [0, 1, 3] },
    { name: "empty prediction", predicted: [], claim: [0, 0, 3] },
  ])("$name", ({ predicted, claim: c }) => {
    const score = scoreDocument(graph({ claims: predicted }), gold);
    expect(score.counts.claim).toEqual({ tp: c[0], fp: c[1], fn: c[2] });
  });
});

describe("scoreDocument: claim+speaker with an entity list", () => {
  const gold = graph({
    entities: GOLD_ENTITIES,
    claims: [
      claim(0, 100, "Donald Trump"),
      claim(200, 300, null),
      claim(400, 500, "intelligence officials", { anonymous: true }),
    ],
  });

  it.each([
    { name: "canonical name", speaker: "Donald Trump", at: 0, tp: 1 },
    { name: "surname alone", speaker: "Trump", at: 0, tp: 1 },
    { name: "gold alias", speaker: "President Trump", at: 0, tp: 1 },
    { name: "someone else", speaker: "Sergei Lavrov", at: 0, tp: 0 },
    { name: "a speaker where the gold has none", speaker: "Trump", at: 200, tp: 0 },
    { name: "null where the gold has none", speaker: null, at: 200, tp: 1 },
    { name: "null where the gold has a speaker", speaker: null, at: 0, tp: 0 },
    { name: "anonymous description containing the gold one", speaker: "U.S. intelligence officials", at: 400, tp: 1 },
    { name: "different anonymous description", speaker: "a White House aide", at: 400, tp: 0 },
  ])("$name", ({ speaker, at, tp }) => {
    const score = scoreDocument(graph({ claims: [claim(at, at + 100, speaker)] }), gold);
    expect(score.counts.claim?.tp).toBe(1);
    expect(score.counts["claim+speaker"]).toEqual({ tp, fp: 1 - tp, fn: 3 - tp });
  });

  it("resolves a speaker through the predicted entity's aliases", () => {
    const predicted = graph({
      entities: [person("Trump", ["Mr. Trump"])],
      claims: [claim(0, 100, "Mr. Trump")],
    });
    expect(scoreDocument(predicted, gold).counts["claim+speaker"]?.tp).toBe(1);
  });
});

describe("scoreDocument: claim+speaker with span gold (no entity list)", () => {
  const gold = graph({
    claims: [
      claim(0, 100, "The Post", { speaker_start: 110, speaker_end: 118 }),
      claim(200, 300, null, { speaker_start: null, speaker_end: null }),
    ],
  });

  it.each([
    {
      name: "speaker mention overlaps the source span",
      predicted: claim(0, 100, "x", { speaker_start: 114, speaker_end: 130 }),
      tp: 1,
    },
    {
      name: "speaker mention elsewhere",
      predicted: claim(0, 100, "The Post", { speaker_start: 150, speaker_end: 158 }),
      tp: 0,
    },
    { name: "a right name but no mention span", predicted: claim(0, 100, "The Post"), tp: 0 },
    { name: "no source wants null", predicted: claim(200, 300, null), tp: 1 },
    { name: "no source, speaker given", predicted: claim(200, 300, "he", { speaker_start: 1, speaker_end: 3 }), tp: 0 },
  ])("$name", ({ predicted, tp }) => {
    const score = scoreDocument(graph({ claims: [predicted] }), gold);
    expect(score.counts["claim+speaker"]).toEqual({ tp, fp: 1 - tp, fn: 2 - tp });
  });

  it("reports person, org, about and affiliation as n/a", () => {
    const score = scoreDocument(graph({ entities: [person("Someone")] }), gold);
    expect(score.counts.person).toBeNull();
    expect(score.counts.org).toBeNull();
    expect(score.counts.about).toBeNull();
    expect(score.counts.affiliation).toBeNull();
  });
});

describe("scoreDocument: about", () => {
  const gold = graph({
    entities: GOLD_ENTITIES,
    claims: [claim(0, 100, "Donald Trump", { about: ["Sergei Lavrov", "United States"] }), claim(200, 300, null)],
  });

  it.each([
    { name: "same targets by other names", about: ["Lavrov", "U.S."], counts: [2, 0, 0] },
    { name: "one right, one wrong", about: ["Lavrov", "The Washington Post"], counts: [1, 1, 1] },
    { name: "duplicates count once", about: ["Lavrov", "Sergei Lavrov"], counts: [1, 0, 1] },
    { name: "none", about: [], counts: [0, 0, 2] },
  ])("$name", ({ about, counts }) => {
    const score = scoreDocument(graph({ claims: [claim(0, 100, "Trump", { about })] }), gold);
    expect(score.counts.about).toEqual({ tp: counts[0], fp: counts[1], fn: counts[2] });
  });

  it("only counts matched claims", () => {
    const score = scoreDocument(graph({ claims: [claim(600, 700, "Trump", { about: ["Lavrov"] })] }), gold);
    expect(score.counts.about).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe("scoreDocument: affiliation", () => {
  const gold = graph({
    entities: GOLD_ENTITIES,
    affiliations: [
      { person: "Donald Trump", organization: "United States", role: "President" },
      { person: "Sergei Lavrov", organization: "The Washington Post" },
    ],
  });

  it.each([
    { name: "aliases on both sides, role ignored", pairs: [["Trump", "U.S.", "CEO"]], counts: [1, 0, 1] },
    { name: "reversed organization", pairs: [["Trump", "The Washington Post", null]], counts: [0, 1, 2] },
    {
      name: "the same pair twice counts once",
      pairs: [
        ["Trump", "United States", null],
        ["Donald Trump", "the United States", "President"],
      ],
      counts: [1, 0, 1],
    },
    { name: "empty prediction", pairs: [], counts: [0, 0, 2] },
  ])("$name", ({ pairs, counts }) => {
    const affiliations = pairs.map(([p, o, role]) => ({ person: p ?? "", organization: o ?? "", role }));
    const score = scoreDocument(graph({ affiliations }), gold);
    expect(score.counts.affiliation).toEqual({ tp: counts[0], fp: counts[1], fn: counts[2] });
  });
});
