import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";
import { type Token, tokenize } from "../text/tokens.js";
import { dropTermAcronyms } from "./acronym-definition.js";
import type { Mention } from "./types.js";

/** The organizations extracted, each with its mentions' surfaces. */
function organizations(text: string): Record<string, string[]> {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return Object.fromEntries(
    g.entities
      .filter((e) => e.type === "Organization")
      .map((e) => [e.name, (e.mentions ?? []).map((m) => text.slice(m.start, m.end))]),
  );
}

describe("typeNamesByAcronym", () => {
  it.each([
    [
      "an untyped name defined by an organization's acronym is that organization",
      "The World Food Programme (WFP) said it had reached about 40,000 people with emergency rations.",
      { "World Food Programme": ["World Food Programme", "WFP"] },
    ],
    [
      "a law keeps its acronym apart",
      "Republicans want to repeal the Affordable Care Act (ACA) next year, Senator Jane Doe said.",
      {},
    ],
  ])("%s", (_case, text, expected) => {
    const found = organizations(text);
    for (const [name, surfaces] of Object.entries(expected)) expect(found[name]).toEqual(surfaces);
    if (Object.keys(expected).length === 0) expect(Object.keys(found).filter((n) => /Affordable/.test(n))).toEqual([]);
  });
});

// entities-116 (read on gold/newsdev6)
describe("acronyms of terms and untyped acronyms", () => {
  it("drops an acronym a lower-case term defines, keeping the names that hold it", () => {
    const text =
      "Experimental ALS drug slows decline\n\nAn experimental drug for amyotrophic lateral sclerosis (ALS) slowed the loss of function. The ALS Association welcomed it.";
    const tokens = tokenize(text);
    const at = (word: string, from = 0) => tokens.findIndex((t, i) => i >= from && t.text === word);
    const mention = (first: number, last: number): Mention => {
      const start = (tokens[first] as Token).start;
      const end = (tokens[last - 1] as Token).end;
      const name = text.slice(start, end);
      return { start, end, text: name, name, first, last, type: "Organization", tagged: "ORG", cluster: -1 };
    };
    const association = at("Association");
    const mentions = [mention(at("ALS"), at("ALS") + 1), mention(association - 1, association + 1)];
    dropTermAcronyms(tokens, mentions);
    expect(mentions.map((m) => m.name)).toEqual(["ALS Association"]);
  });

  it("keeps an acronym a capitalised name defines", () => {
    const text = "The World Food Programme (WFP) said so. WFP staff left.";
    const tokens = tokenize(text);
    const k = tokens.findIndex((t) => t.text === "WFP");
    const t = tokens[k] as Token;
    const mentions: Mention[] = [
      {
        start: t.start,
        end: t.end,
        text: "WFP",
        name: "WFP",
        first: k,
        last: k + 1,
        type: "Organization",
        cluster: -1,
      },
    ];
    dropTermAcronyms(tokens, mentions);
    expect(mentions).toHaveLength(1);
  });

  it("binds an acronym the tagger left untyped to the organization whose initials it spells", () => {
    const text =
      "The All India Anna Dravida Munnetra Kazhagam (AIADMK), the main opposition party, welcomed the ruling.";
    expect(organizations(text)["All India Anna Dravida Munnetra Kazhagam"]).toEqual([
      "All India Anna Dravida Munnetra Kazhagam",
      "AIADMK",
    ]);
  });
});

// entities-124 (read on gold/newsdev12)
describe("an organization's name in its own language, in brackets after it", () => {
  it("is that organization's", () => {
    const orgs = organizations("According to the Ombudsman's Office (Defensoría del Pueblo), 2,300 people have fled.");
    expect(orgs["Ombudsman's Office"]).toEqual(["Ombudsman's Office", "Defensoría del Pueblo"]);
    expect(orgs["Defensoría del Pueblo"]).toBeUndefined();
  });

  it("is not a place in brackets", () => {
    const orgs = organizations("The Ministry of Health (Lima Province) said it would send doctors.");
    expect(orgs["Ministry of Health"]).toEqual(["Ministry of Health"]);
  });
});
