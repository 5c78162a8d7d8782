import { describe, expect, it } from "vitest";
import { authoredSpans } from "./authored.js";

describe("authoredSpans", () => {
  const gold = {
    entities: [
      { name: "Wade Tolliver", type: "Person" as const, aliases: ["Rep. Wade Tolliver", "Tolliver"] },
      { name: "Tolliver for Congress", type: "Organization" as const, aliases: [], kind: "campaign" },
      { name: "Mexico", type: "Organization" as const, aliases: [], kind: "country" },
      { name: "Black River Tubular", type: "Organization" as const, aliases: ["the mill"], kind: "company" },
    ],
  };
  const text =
    "Rep. Wade Tolliver said Tolliver for Congress paid Black River Tubular. Tolliver visited Mexico; the mill closed. Tollivers came.";
  const spanned = authoredSpans(gold, text).map((s) => [text.slice(s.start, s.end), s.type]);

  it("spans every whole-word form, longest first, without the title, countries as places", () => {
    expect(spanned).toEqual([
      ["Wade Tolliver", "PER"],
      ["Tolliver for Congress", "ORG"],
      ["Black River Tubular", "ORG"],
      ["Tolliver", "PER"],
      ["Mexico", "LOC"],
    ]);
  });
});
