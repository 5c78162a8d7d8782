import { describe, expect, it } from "vitest";
import { fingerprint } from "./fingerprint.js";
import { DEFAULT_INDEX_OPTIONS, MAX_VARIANTS, StatementIndex } from "./statement-index.js";

const SINGLE = { ...DEFAULT_INDEX_OPTIONS, link: "single" as const };

const QUOTE = "What Trump has done has probably put MI6 and other intelligence services in the West on hold";
const BRIDGE_A = "allies will be hugely nervous that information they pass might be subject to compromise";
const BRIDGE_B =
  "information they pass might be subject to compromise outside the original agreements that previously existed";
const BRIDGE = `${BRIDGE_A} outside the original agreements that previously existed`;

describe("StatementIndex", () => {
  it.each([
    {
      what: "one quote in 25 outlets is one statement",
      claims: Array.from({ length: 25 }, () => ["s", QUOTE]),
      groups: [25],
    },
    {
      what: "other speakers stay apart",
      claims: [
        ["s", QUOTE],
        ["t", QUOTE],
      ],
      groups: [1, 1],
    },
    {
      what: "other wording stays apart",
      claims: [
        ["s", QUOTE],
        ["s", BRIDGE_A],
      ],
      groups: [1, 1],
    },
    {
      what: "a claim that matches two statements joins the closer one (best link)",
      claims: [
        ["s", BRIDGE_A],
        ["s", BRIDGE_B],
        ["s", BRIDGE],
      ],
      groups: [2, 1],
    },
    {
      what: "a claim like a later wording but not the first founds its own statement (no chains)",
      claims: [
        ["s", BRIDGE_A],
        ["s", BRIDGE],
        ["s", BRIDGE_B],
      ],
      groups: [2, 1],
    },
    {
      what: "a wording a statement already holds joins it again, though a closer founder came since",
      claims: [
        ["s", "the council will vote on the budget next week and the mayor will sign it after a public hearing"],
        ["s", "the council will vote on the budget next week"],
        ["s", "the council will vote on the budget next week or soon after that"],
        ["s", "the council will vote on the budget next week"],
      ],
      groups: [3, 1],
    },
    {
      what: "… unless any wording may match",
      any: true,
      claims: [
        ["s", BRIDGE_A],
        ["s", BRIDGE],
        ["s", BRIDGE_B],
      ],
      groups: [3],
    },
    {
      what: "a claim that matches two statements joins them (single link)",
      single: true,
      claims: [
        ["s", BRIDGE_A],
        ["s", BRIDGE_B],
        ["s", BRIDGE],
      ],
      groups: [3],
    },
  ])("$what", ({ claims, groups, single, any }) => {
    const index = new StatementIndex(
      single ? SINGLE : any ? { ...DEFAULT_INDEX_OPTIONS, match: "any" } : DEFAULT_INDEX_OPTIONS,
    );
    claims.forEach(([speaker, text], i) => {
      index.add(fingerprint(text as string, speaker as string), `st:${i}`);
    });
    expect([...index.all()].map((s) => s.reports).sort((a, b) => b - a)).toEqual(groups);
  });

  it("says what each claim did: founded, joined, merged (single link)", () => {
    const index = new StatementIndex(SINGLE);
    expect(index.add(fingerprint(BRIDGE_A, "s"), "st:a")).toEqual({
      statement: "st:a",
      created: true,
      merged: [],
      newVariant: true,
    });
    expect(index.add(fingerprint(BRIDGE_B, "s"), "st:b")).toMatchObject({ statement: "st:b", created: true });
    expect(index.add(fingerprint(BRIDGE_A, "s"), "st:c")).toEqual({
      statement: "st:a",
      created: false,
      merged: [],
      newVariant: false,
    });
    // st:a has two reports, st:b one: st:a absorbs st:b.
    expect(index.add(fingerprint(BRIDGE, "s"), "st:d")).toEqual({
      statement: "st:a",
      created: false,
      merged: ["st:b"],
      newVariant: true,
    });
    expect(index.get("st:b")).toBeUndefined();
    expect(index.get("st:a")?.variants).toHaveLength(3);
  });

  it("puts a claim with its near-duplicate rather than with a longer report that contains it", () => {
    const index = new StatementIndex();
    const claim = "We will all come together to say loudly and clearly that the government belongs to all of us";
    const longer = `${claim}, not just to a few wealthy campaign contributors who have bought the politics of this country for far too long`;
    index.add(fingerprint(longer, "s"), "st:long");
    index.add(fingerprint(claim.replace("loudly", "proudly").replace("government", "country"), "s"), "st:near");
    expect(index.add(fingerprint(claim, "s"), "st:new").statement).toBe("st:near");
  });

  it("finds a seeded statement by its stored variants (what the loader reads back from the graph)", () => {
    const index = new StatementIndex();
    index.seed({ id: "st:old", speakerKey: "s", variants: [fingerprint(QUOTE, "s").variant], reports: 4 });
    expect(index.add(fingerprint(`“${QUOTE}.”`, "s"), "st:new")).toMatchObject({ statement: "st:old", created: false });
    expect(index.get("st:old")?.reports).toBe(5);
  });

  it(`stores at most ${MAX_VARIANTS} wordings per statement`, () => {
    const index = new StatementIndex();
    for (let i = 0; i < MAX_VARIANTS + 5; i++)
      index.add(fingerprint(`${QUOTE} ${"and again ".repeat(i)}`.trim(), "s"), `st:${i}`);
    const [only] = [...index.all()];
    expect(only?.reports).toBe(MAX_VARIANTS + 5);
    expect(only?.variants).toHaveLength(MAX_VARIANTS);
  });
});
