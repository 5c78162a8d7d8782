import type { Claim, DocumentGraph, Entity } from "@claimgraph/schema";
import { describe, expect, it } from "vitest";
import { claimErrors, formatClaimError } from "./claim-errors.js";
import { scoreDocument } from "./score-document.js";

const person = (name: string, aliases: string[] = []): Entity => ({ name, type: "Person", aliases });
const claim = (start: number, end: number, speaker: string | null, text: string): Claim => ({
  speaker,
  kind: "indirect",
  text,
  start,
  end,
  about: [],
});
const graph = (entities: Entity[], claims: Claim[], ignored: { start: number; end: number }[] = []): DocumentGraph => ({
  document: "d",
  entities,
  affiliations: [],
  claims,
  ...(ignored.length > 0 ? { ignored_spans: ignored } : {}),
});

const PEOPLE = [person("Ramon dela Cruz Jr.", ["Dela Cruz"]), person("Dewi Kartikasari")];

describe("claimErrors", () => {
  it("lists missed and false claims and wrong speakers in text order, as the rows count them", () => {
    const gold = graph(PEOPLE, [
      claim(0, 40, "Dewi Kartikasari", "the patrols would begin in July"),
      claim(100, 160, "Ramon dela Cruz Jr.", "the coast guard spotted 300 trawlers"),
      claim(200, 240, "Dela Cruz", "the data would be shared"),
    ]);
    const predicted = graph(PEOPLE, [
      claim(2, 40, "Kartikasari", "patrols would begin in July"),
      claim(100, 150, "Dewi Kartikasari", "the coast guard spotted 300 trawlers"),
      claim(300, 330, "Dela Cruz", "joint patrols against fishing"),
    ]);
    const errors = claimErrors(predicted, gold);
    expect(errors.map(formatClaimError)).toEqual([
      'speaker 100 "the coast guard spotted 300 trawlers" by "Dewi Kartikasari", gold "Ramon dela Cruz Jr."',
      'missed 200 "the data would be shared" by "Dela Cruz"',
      'false 300 "joint patrols against fishing" by "Dela Cruz"',
    ]);
    // the same counts as the eval's rows
    const counts = scoreDocument(predicted, gold).counts;
    expect(errors.filter((e) => e.error === "false")).toHaveLength(counts.claim?.fp ?? -1);
    expect(errors.filter((e) => e.error === "missed")).toHaveLength(counts.claim?.fn ?? -1);
    expect(errors.filter((e) => e.error !== "missed")).toHaveLength(counts["claim+speaker"]?.fp ?? -1);
  });

  it("leaves out predictions inside the gold's ignored spans, and lists nothing when all agree", () => {
    const gold = graph(PEOPLE, [claim(0, 40, null, "no source")], [{ start: 50, end: 90 }]);
    const predicted = graph(PEOPLE, [claim(0, 40, null, "no source"), claim(55, 80, "Dela Cruz", "ignored")]);
    expect(claimErrors(predicted, gold)).toEqual([]);
  });

  it("shortens a long claim to one line", () => {
    const text = `${"word ".repeat(30)}\nend`;
    const line = formatClaimError({ error: "missed", gold: claim(0, text.length, null, text) });
    expect(line).toMatch(/^missed 0 "(word ){13}word…" by \(none\)$/);
  });
});
