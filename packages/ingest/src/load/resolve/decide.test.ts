import { describe, expect, it } from "vitest";
import type { PersonCandidate } from "./candidates.js";
import { DEFAULT_POLICY, decide } from "./decide.js";

const c = (id: string, articles: number, more: Partial<PersonCandidate> = {}): PersonCandidate => ({
  id: `person:${id}`,
  name: id.replace(/\b\w/g, (x) => x.toUpperCase()),
  articles,
  inArticle: false,
  match: "surname",
  gender: undefined,
  ...more,
});

type Row = [
  what: string,
  form: string,
  token: string,
  gender: "m" | "f" | undefined,
  candidates: PersonCandidate[],
  expected: { kind: "merge"; id: string; how: RegExp } | { kind: "separate"; possible: string[]; how: RegExp },
];

const rows: Row[] = [
  [
    "no candidate: stays in its article",
    "Rasmussen",
    "rasmussen",
    undefined,
    [],
    { kind: "separate", possible: [], how: /^scoped$/ },
  ],
  [
    "the only full name with that surname, enough support",
    "Obama",
    "obama",
    undefined,
    [c("barack obama", 412)],
    {
      kind: "merge",
      id: "person:barack obama",
      how: /^surname: Obama → Barack Obama \(only full name with that surname in the corpus, 412 articles\)$/,
    },
  ],
  [
    "the only candidate with one article is too little",
    "Cole",
    "cole",
    undefined,
    [c("tom cole", 1)],
    { kind: "separate", possible: ["person:tom cole"], how: /too little support/ },
  ],
  [
    "a dominant full name wins over a rare namesake",
    "Obama",
    "obama",
    undefined,
    [c("barack obama", 50), c("michelle obama", 3)],
    { kind: "merge", id: "person:barack obama", how: /50 of 53 articles/ },
  ],
  [
    "two comparable namesakes: apart, both possible",
    "Clinton",
    "clinton",
    undefined,
    [c("hillary clinton", 40), c("bill clinton", 12)],
    { kind: "separate", possible: ["person:hillary clinton", "person:bill clinton"], how: /none dominant/ },
  ],
  [
    "the same article's full name beats the corpus's dominant one",
    "Obama",
    "obama",
    undefined,
    [c("barack obama", 50), c("michelle obama", 3, { inArticle: true })],
    { kind: "merge", id: "person:michelle obama", how: /in the same article/ },
  ],
  [
    "two full names with the surname in the same article: apart",
    "Clinton",
    "clinton",
    undefined,
    [c("hillary clinton", 40, { inArticle: true }), c("bill clinton", 12, { inArticle: true })],
    { kind: "separate", possible: ["person:hillary clinton", "person:bill clinton"], how: /same article/ },
  ],
  [
    "a gendered title settles two namesakes of the same article",
    "Mrs. Clinton",
    "clinton",
    "f",
    [
      c("hillary clinton", 40, { inArticle: true, gender: "f" }),
      c("bill clinton", 12, { inArticle: true, gender: "m" }),
    ],
    { kind: "merge", id: "person:hillary clinton", how: /rules out 1 of the other gender/ },
  ],
  [
    "a first name joins the one full name of the article with it",
    "Hillary",
    "hillary",
    undefined,
    [c("hillary clinton", 40, { inArticle: true, match: "first name" })],
    { kind: "merge", id: "person:hillary clinton", how: /^first name: Hillary → Hillary Clinton/ },
  ],
  [
    "a surname match in the article wins over a first-name match",
    "Scott",
    "scott",
    undefined,
    [c("scott walker", 3, { inArticle: true, match: "first name" }), c("tim scott", 2, { inArticle: true })],
    { kind: "merge", id: "person:tim scott", how: /^surname: Scott → Tim Scott/ },
  ],
  [
    "a first name from the corpus alone needs more support",
    "Bernie",
    "bernie",
    undefined,
    [c("bernie sanders", 3, { match: "first name" })],
    { kind: "separate", possible: ["person:bernie sanders"], how: /too little support/ },
  ],
];

describe("decide (short person forms)", () => {
  it.each(rows)("%s", (_what, form, token, gender, candidates, expected) => {
    const decision = decide(form, token, gender, candidates, DEFAULT_POLICY);
    expect(decision.kind).toBe(expected.kind);
    expect(decision.how).toMatch(expected.how);
    if (decision.kind === "merge" && expected.kind === "merge") expect(decision.id).toBe(expected.id);
    if (decision.kind === "separate" && expected.kind === "separate")
      expect(decision.possible.map((p) => p.id)).toEqual(expected.possible);
  });

  it("scores possible matches by their share of the candidates' articles", () => {
    const decision = decide("Clinton", "clinton", undefined, [c("hillary clinton", 30), c("bill clinton", 10)]);
    expect(decision.kind === "separate" && decision.possible.map((p) => p.score)).toEqual([0.75, 0.25]);
  });
});
