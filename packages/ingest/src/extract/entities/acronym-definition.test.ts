import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

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
