import { describe, expect, it } from "vitest";
import { claimsSaid, claimTargets } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, November 16, 2026\n\n";

describe("claims newsdev72 read wrong (rules-184)", () => {
  it("announcing or publishing a thing reports no words", () => {
    expect(
      claimsSaid(
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
    expect(claimsSaid(text)).toContainEqual({ text: content, speaker });
  });

  it("a country's name of several words before 'and' and another country", () => {
    expect(
      claimTargets(
        `${HEAD}The board said the increase would stop growers from smuggling beans into Côte d’Ivoire and Togo.`,
        "the increase would stop growers from smuggling beans into Côte d’Ivoire and Togo",
      ),
    ).toEqual(["Ivory Coast", "Togo"]);
  });
});
