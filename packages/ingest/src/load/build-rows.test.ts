import type { Claim, DocumentGraph } from "@claimgraph/schema";
import { describe, expect, it } from "vitest";
import { buildArticleRows } from "./build-rows.js";
import { EntityIndex } from "./entity-index.js";
import { IngestError } from "./errors.js";

const TEXT = "“We will win,” said Jane Smith of Acme Corp, speaking to the Associated Press. Officials said otherwise.";
const at = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });
const claim = (part: string, extra: Partial<Claim> = {}): Claim => ({
  speaker: "Jane Smith",
  kind: "direct",
  text: part,
  ...at(part),
  about: [],
  ...extra,
});

function rows(graph: Partial<DocumentGraph>) {
  return buildArticleRows(
    {
      sourceKey: "test",
      text: TEXT,
      graph: { document: "test", entities: [], affiliations: [], claims: [], ...graph },
    },
    new EntityIndex(),
    "v1",
  );
}

const smith = { name: "Jane\nSmith", type: "Person" as const, aliases: ["Smith", "Jane Smith"] };
const acme = { name: "Acme Corp", type: "Organization" as const, kind: "company", aliases: [] };

describe("buildArticleRows", () => {
  it("writes one line per form and finds mentions in the text when the graph gives none", () => {
    const r = rows({ entities: [smith] });
    expect(r.entities).toEqual([
      { id: "person:jane smith", label: "Person", name: "Jane Smith", kind: null, forms: ["Jane Smith", "Smith"] },
    ]);
    expect(r.mentions[0]?.spans).toEqual([at("Jane Smith").start, at("Jane Smith").end]);
  });

  it.each([
    ["a named speaker", claim("We will win,"), { said: "person:jane smith", anonymous: false }],
    [
      "an unnamed source",
      claim("otherwise", { speaker: "Officials", anonymous: true, kind: "indirect" }),
      { said: expect.stringMatching(/^anon:[0-9a-f]{32}:officials$/), anonymous: true },
    ],
    [
      "a speaker that is no entity becomes an unnamed source",
      claim("otherwise", { speaker: "Somebody Else", kind: "indirect" }),
      { said: expect.stringMatching(/:somebody else$/), anonymous: true },
    ],
  ])("%s", (_name, c, expected) => {
    const r = rows({ entities: [smith, acme], claims: [c] });
    expect(r.said.map((s) => s.entity)).toEqual([expected.said]);
    expect(r.claims[0]?.anonymous).toBe(expected.anonymous);
  });

  it("a via outlet that is no entity becomes an organization; unknown about names are dropped with a warning", () => {
    const r = rows({
      entities: [smith],
      claims: [claim("We will win,", { via: "Associated Press", about: ["Jane Smith", "Nobody"] })],
    });
    expect(r.via).toEqual([{ claim: r.claims[0]?.id, entity: "org:associated press", label: "Organization" }]);
    expect(r.about.map((a) => a.entity)).toEqual(["person:jane smith"]);
    expect(r.warnings).toEqual(['claim 1: about "Nobody" is not an entity of the article, skipped']);
  });

  it("follows the graph's entity indexes where a name alone would pick the wrong entity", () => {
    // "Acme" is both Jane Smith's company's short form and an organization of its own here.
    const person = { name: "Acme Jones", type: "Person" as const, aliases: ["Acme"] };
    const other = { name: "Acme", type: "Organization" as const, aliases: [] };
    const c = claim("We will win,", { about: ["Acme"] });
    const byName = rows({ entities: [smith, person, other], claims: [c] });
    expect(byName.about.map((a) => a.entity)).toEqual(["person:acme jones"]);
    const byIndex = rows({
      entities: [smith, person, other],
      claims: [{ ...c, speaker_entity: 0, about_entities: [2] }],
      affiliations: [{ person: "Acme Jones", organization: "Acme", person_entity: 1, organization_entity: 2 }],
    });
    expect(byIndex.about.map((a) => a.entity)).toEqual(["org:acme"]);
    expect(byIndex.said.map((s) => s.entity)).toEqual(["person:jane smith"]);
    expect(byIndex.affiliations.map((a) => [a.person, a.organization])).toEqual([["person:acme jones", "org:acme"]]);
  });

  it("keeps one claim per span and one affiliation per pair", () => {
    const r = rows({
      entities: [smith, acme],
      affiliations: [
        { person: "Jane Smith", organization: "Acme Corp", role: "spokeswoman" },
        { person: "Smith", organization: "Acme Corp", role: "CEO" },
      ],
      claims: [claim("We will win,"), claim("We will win,")],
    });
    expect(r.claims.length).toBe(1);
    expect(r.affiliations).toEqual([
      {
        person: "person:jane smith",
        organization: "org:acme corp",
        role: "spokeswoman",
        former: false,
        articleId: r.article.id,
      },
    ]);
  });

  it.each([
    [
      "offsets outside the text",
      { ...claim("We will win,"), start: 5, end: 5000 },
      /claim 1: offsets 5–5000 are outside the text/,
    ],
    [
      "text that is not what the offsets cut",
      { ...claim("We will win,"), text: "We will lose" },
      /claim 1: its text does not match/,
    ],
  ])("rejects a claim with %s", (_name, c, message) => {
    expect(() => rows({ claims: [c] })).toThrow(IngestError);
    expect(() => rows({ claims: [c] })).toThrow(message);
  });
});
