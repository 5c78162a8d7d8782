import { describe, expect, it } from "vitest";
import { FullNameIndex } from "./candidates.js";
import { DEFAULT_POLICY } from "./decide.js";
import { type CorpusMerge, corpusMergeToken, REDECIDED, redecideCorpusMerges } from "./redecide.js";

const CORPUS = "surname: Obama → Barack Obama (only full name with that surname in the corpus, 2 articles)";

describe("corpusMergeToken", () => {
  it.each([
    ["a surname merge on the corpus alone", CORPUS, "obama"],
    ["the same, rechecked at the end of a run", `${CORPUS}; rechecked at the end of the run`, "obama"],
    [
      "a dominant full name among several",
      "surname: Bush → Jeb Bush (40 of 52 articles naming a full name with that surname)",
      "bush",
    ],
    [
      "a first-name merge on the corpus",
      "first name: Hillary → Hillary Clinton (only full name with that first name in the corpus, 9 articles)",
      "hillary",
    ],
    [
      "the same article's full name is evidence nothing here reconsiders",
      "surname: Obama → Barack Obama (the only full name with that surname in the same article)",
      undefined,
    ],
    ["a name", "name", undefined],
    ["a name beside a corpus merge", `name; ${CORPUS}`, undefined],
    ["an alias", "alias: Obama", undefined],
    [
      "two tokens",
      `${CORPUS}; surname: Biden → Joe Biden (only full name with that surname in the corpus, 3 articles)`,
      undefined,
    ],
  ])("%s", (_what, resolution, token) => {
    expect(corpusMergeToken(resolution)).toBe(token);
  });
});

/** A corpus index: each full name with its article count (merged articles included, as the loader counts). */
function corpus(people: [name: string, articles: number][]): FullNameIndex {
  const index = new FullNameIndex();
  for (const [name, articles] of people) index.note(`person:${name.toLowerCase()}`, name, undefined, articles);
  return index;
}

const merge = (article: string, more: Partial<CorpusMerge> = {}): CorpusMerge => ({
  id: "person:barack obama",
  article,
  forms: ["Obama"],
  resolution: CORPUS,
  ...more,
});

describe("redecideCorpusMerges", () => {
  it("leaves a merge the corpus still supports (its own article out of the count)", () => {
    const people = corpus([
      ["Barack Obama", 11],
      ["Michelle Obama", 2],
    ]);
    expect(redecideCorpusMerges(people, [merge("a1")], DEFAULT_POLICY)).toEqual([]);
  });

  it("splits off a merge a grown namesake made ambiguous, with both as possible matches", () => {
    const people = corpus([
      ["Barack Obama", 3],
      ["Michelle Obama", 2],
    ]);
    const [split, ...rest] = redecideCorpusMerges(people, [merge("a1")], DEFAULT_POLICY);
    expect(rest).toEqual([]);
    expect(split).toMatchObject({ to: "person:obama@a1", name: "Obama" });
    expect(split?.how).toBe(`ambiguous surname: Obama (2 full names with that surname, none dominant); ${REDECIDED}`);
    expect(split?.possible.map((p) => p.id).sort()).toEqual(["person:barack obama", "person:michelle obama"]);
  });

  it("keeps a merge a namesake of the other gender cannot put in doubt: another form says 'Mr.'", () => {
    const people = corpus([
      ["Barack Obama", 3],
      ["Michelle Obama", 2],
    ]);
    expect(redecideCorpusMerges(people, [merge("a1", { forms: ["Obama", "Mr. Obama"] })], DEFAULT_POLICY)).toEqual([]);
  });

  it("a split lowers its full name's count, which can undo the next merge that rested on it", () => {
    // Barack: 2 articles by full name + 2 by "Obama"; Michelle 1. The first re-decision weighs 3
    // against 1 (not dominant); after it, the second weighs 2 against 1.
    const people = corpus([
      ["Barack Obama", 4],
      ["Michelle Obama", 1],
    ]);
    const out = redecideCorpusMerges(people, [merge("a1"), merge("a2")], DEFAULT_POLICY);
    expect(out.map((d) => d.to)).toEqual(["person:obama@a1", "person:obama@a2"]);
  });

  it("does not move a short form to another full name the corpus now prefers: it keeps it apart", () => {
    const people = corpus([
      ["Hillary Clinton", 40],
      ["Crooked Hillary", 3],
    ]);
    const hillary = merge("a1", {
      id: "person:hillary clinton",
      forms: ["Hillary"],
      resolution:
        "first name: Hillary → Hillary Clinton (only full name with that first name in the corpus, 39 articles)",
    });
    const [split] = redecideCorpusMerges(people, [hillary], DEFAULT_POLICY);
    expect(split?.to).toBe("person:hillary@a1");
    expect(split?.how).toMatch(/^ambiguous surname: Hillary now points to Crooked Hillary, not the full name/);
    expect(split?.possible.map((p) => p.id).sort()).toEqual(["person:crooked hillary", "person:hillary clinton"]);
  });

  it("a gendered title still rules out the other gender", () => {
    const people = corpus([
      ["Barack Obama", 30],
      ["Michelle Obama", 4],
    ]);
    const mrs = merge("a1", {
      id: "person:michelle obama",
      forms: ["Mrs. Obama"],
      resolution: "surname: Obama → Michelle Obama (only full name with that surname in the corpus, 3 articles)",
    });
    expect(redecideCorpusMerges(people, [mrs], DEFAULT_POLICY)).toEqual([]);
  });

  it("records no possible match an analyst rejected", () => {
    const people = corpus([
      ["Barack Obama", 3],
      ["Michelle Obama", 2],
    ]);
    const [split] = redecideCorpusMerges(
      people,
      [merge("a1", { rejected: new Set(["person:michelle obama"]) })],
      DEFAULT_POLICY,
    );
    expect(split?.possible.map((p) => p.id)).toEqual(["person:barack obama"]);
  });

  it("reads nothing it cannot reconsider: a same-article merge, a merge without its short form", () => {
    const people = corpus([
      ["Barack Obama", 2],
      ["Michelle Obama", 2],
    ]);
    const merges = [
      merge("a1", {
        resolution: "surname: Obama → Barack Obama (the only full name with that surname in the same article)",
      }),
      merge("a2", { forms: ["Barack Obama"] }),
    ];
    expect(redecideCorpusMerges(people, merges, DEFAULT_POLICY)).toEqual([]);
  });
});

describe("FullNameIndex.contested", () => {
  it("names the tokens whose full names changed and that several full names share", () => {
    const people = corpus([
      ["Barack Obama", 10],
      ["Joe Biden", 4],
    ]);
    expect(people.contested()).toEqual([]);
    people.note("person:michelle obama", "Michelle Obama", "a9");
    expect(people.contested()).toEqual([{ token: "obama", ids: ["person:barack obama", "person:michelle obama"] }]);
  });
});
