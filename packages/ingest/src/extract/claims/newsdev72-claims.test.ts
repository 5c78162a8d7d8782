import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

function about(text: string, content: string): string[] {
  const c = extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.find((x) => x.text === content);
  return [...(c?.about ?? [])].sort();
}

const HEAD = "Story\n\nMonday, November 16, 2026\n\n";

describe("claims newsdev72 read wrong (rules-184)", () => {
  it("announcing or publishing a thing reports no words", () => {
    expect(
      claims(
        `${HEAD}The grid operator announced rolling blackouts across the region on Sunday, a day after a fire destroyed two transformers. The distributor publishes outage schedules for each district on its website.`,
      ),
    ).toEqual([]);
  });

  it.each([
    [
      "announcing what one will do is still a claim",
      `${HEAD}The distributor announced it would open 34 heated shelters.`,
      "it would open 34 heated shelters",
      "distributor",
    ],
    [
      "a list set off in the object, then a second reported clause of the same cue",
      `${HEAD}Senate Minority Leader Patricia Okafor said Republicans had loaded the package with “poison pills,” including a ban on money for clinics, and that her caucus would pass “a clean bill tomorrow.”`,
      "Republicans had loaded the package with “poison pills,” including a ban on money for clinics, and that her caucus would pass “a clean bill tomorrow.”",
      "Patricia Okafor",
    ],
    [
      "a specialist's job noun between an organization and the name",
      `${HEAD}The Portuguese Institute for Sea and Atmosphere (IPMA) kept the district under a red warning. “The dry east wind is what makes this week dangerous,” said IPMA meteorologist Cláudia Raposo Leal.`,
      "The dry east wind is what makes this week dangerous,",
      "Cláudia Raposo Leal",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text)).toContainEqual({ text: content, speaker });
  });

  it("a country's name of several words before 'and' and another country", () => {
    expect(
      about(
        `${HEAD}The board said the increase would stop growers from smuggling beans into Côte d’Ivoire and Togo.`,
        "the increase would stop growers from smuggling beans into Côte d’Ivoire and Togo",
      ),
    ).toEqual(["Ivory Coast", "Togo"]);
  });
});
