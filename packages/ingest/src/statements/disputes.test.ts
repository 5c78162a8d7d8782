import { describe, expect, it } from "vitest";
import { crossArticleAsk, type DisputeClaim, findDisputes, isDenial, type NamedEntity } from "./disputes.js";

const claim = (over: Partial<DisputeClaim> & Pick<DisputeClaim, "id">): DisputeClaim => ({
  articleId: "a1",
  text: "something was said",
  cue: "said",
  speaker: null,
  speakerName: null,
  speakerIsMedia: false,
  context: over.text ?? "something was said",
  publishedAt: "2017-05-16",
  outlet: null,
  ...over,
});

const post = claim({
  id: "post",
  text: "the President decided off the cuff to brief the Russian Ambassador",
  cue: "claims",
  speaker: "org:washington post",
  speakerName: "The Washington Post",
  speakerIsMedia: true,
});
const powell = claim({
  id: "powell",
  text: "This story is false. The president only discussed the common threats.",
  cue: "denied",
  speaker: "person:dina powell",
  speakerName: "Dina Powell",
  context: "denied the reports. “This story is false. The president only discussed the common threats.",
});
const carvin = claim({
  id: "carvin",
  text: "This is a complete nightmare",
  speaker: "person:stephanie carvin",
  speakerName: "Stephanie Carvin",
});
const whiteHouse = claim({
  id: "wh",
  text: "that anything untoward was shared",
  cue: "denied",
  speaker: "org:white house",
  speakerName: "White House",
  context: "denied that anything untoward was shared",
});

/** What the denial is about, but not what it denies. */
const trump = claim({
  id: "trump",
  text: "his right to share classified information",
  cue: "defended",
  speaker: "person:donald trump",
  speakerName: "Donald Trump",
});

describe("isDenial", () => {
  it.each([
    { cue: "denied", text: "that he met them", denial: true },
    { cue: "rejected", text: "the idea", denial: true },
    { cue: "disputed", text: "the figures", denial: true },
    { cue: "refuted", text: "the figures", denial: true },
    { cue: "said", text: "This story is false.", denial: true },
    { cue: "said", text: "the report was simply not true", denial: true },
    { cue: null, text: "It's fake news", denial: true },
    { cue: "said", text: "the false claims spread fast", denial: false },
    { cue: "said", text: "allies will be nervous", denial: false },
    { cue: "warned", text: "the deal is wrong-headed", denial: false },
  ])("$cue / $text → $denial", ({ cue, text, denial }) => {
    expect(isDenial({ cue, text }) !== undefined).toBe(denial);
  });
});

describe("findDisputes", () => {
  it.each([
    {
      what: "a denial of the reports disputes the outlet's report in the same article (the seed)",
      claims: [post, powell, carvin, whiteHouse, trump],
      expected: [["powell", "post"]],
    },
    {
      what: "a denial that names no report disputes nothing",
      claims: [post, whiteHouse, carvin],
      expected: [],
    },
    {
      what: "a denial of a person's accusation disputes that person's claims",
      claims: [
        carvin,
        claim({
          id: "deny-carvin",
          cue: "rejected",
          text: "Carvin's accusation",
          context: "rejected Carvin's accusation",
          speaker: "person:donald trump",
          speakerName: "Donald Trump",
        }),
      ],
      expected: [["deny-carvin", "carvin"]],
    },
    {
      what: "an outlet's report in another article counts when the denial names the outlet, within the window",
      claims: [
        { ...post, articleId: "a0", outlet: "The Washington Post", publishedAt: "2017-05-15" },
        claim({
          id: "d",
          cue: "denied",
          text: "the Washington Post story",
          context: "denied the Washington Post story",
          speaker: "org:white house",
          publishedAt: "2017-05-16",
        }),
      ],
      expected: [["d", "post"]],
    },
    {
      what: "… but not outside the window",
      claims: [
        { ...post, articleId: "a0", outlet: "The Washington Post", publishedAt: "2017-04-01" },
        claim({
          id: "d",
          cue: "denied",
          text: "the Washington Post story",
          context: "denied the Washington Post story",
          speaker: "org:white house",
          publishedAt: "2017-05-16",
        }),
      ],
      expected: [],
    },
    {
      what: "an outlet's report in another article does not count without the outlet named",
      claims: [{ ...post, articleId: "a0", outlet: "The Washington Post" }, powell],
      expected: [],
    },
    {
      what: "never a claim of the denial's own speaker",
      claims: [{ ...post, speaker: "person:dina powell", speakerName: "Dina Powell" }, powell],
      expected: [],
    },
    {
      what: "never another denial",
      claims: [{ ...post, cue: "denied" }, powell],
      expected: [],
    },
  ])("$what", ({ claims, expected }) => {
    const found = findDisputes(claims);
    expect(found.map((d) => [d.from, d.to])).toEqual(expected);
    for (const d of found) expect(d.evidence).not.toBe("");
  });

  it("says why", () => {
    const [dispute] = findDisputes([post, powell]);
    expect(dispute?.evidence).toBe(`cue "denied": "the reports", The Washington Post's report in the same article`);
  });
});

describe("crossArticleAsk", () => {
  const entities: NamedEntity[] = [
    { id: "person:lex luthor", name: "Lex Luthor", label: "Person", media: false },
    { id: "person:jane doe", name: "Jane Doe", label: "Person", media: false },
    { id: "org:daily planet", name: "Daily Planet", label: "Organization", media: true },
    { id: "org:city council", name: "City Council", label: "Organization", media: false },
  ];
  const denial = (context: string, over: Partial<DisputeClaim> = {}) =>
    claim({ id: "d", cue: "denied", speaker: "person:jane doe", speakerName: "Jane Doe", context, ...over });

  it.each([
    [
      "a surname before the report it names",
      "denied Luthor's accusation",
      { people: ["person:lex luthor"], outlets: [] },
    ],
    [
      "an outlet's story",
      "rejected the Daily Planet story as false",
      { people: [], organizations: ["org:daily planet"], outlets: ["Daily Planet"] },
    ],
    ["never the denial's own speaker", "denied Jane Doe's claims", undefined],
    ["nobody named", "denied the reports", undefined],
    ["no report referred to", "denied that Luthor was there", undefined],
  ])("%s", (_what, context, expected) => {
    const ask = crossArticleAsk(denial(context), entities);
    if (expected === undefined) expect(ask).toBeUndefined();
    else expect(ask).toMatchObject({ claim: "d", article: "a1", from: "2017-05-13", to: "2017-05-20", ...expected });
  });

  it("asks nothing of a claim that is no denial, or has no date", () => {
    expect(crossArticleAsk(denial("said Luthor's accusation", { cue: "said" }), entities)).toBeUndefined();
    expect(crossArticleAsk(denial("denied Luthor's accusation", { publishedAt: null }), entities)).toBeUndefined();
  });
});
