import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

describe("names newsdev52 read wrong (entities-164)", () => {
  it.each([
    [
      "a court numbered by its region",
      "Fines\n\nA three-judge panel of the Federal Regional Court of the 1st Region ruled that the fines stand.",
      ["Organization Federal Regional Court of the 1st Region"],
    ],
    [
      "a temperature's unit before a name",
      "Water\n\nResidents queued in temperatures above 30 °C. Nomvula Khoza, 64, said she had carried water.",
      ["Person Nomvula Khoza"],
    ],
    [
      "a known organization's national branch",
      "Cattle\n\nA report published in March by Greenpeace Brasil found that ranches sold cattle.",
      ["Organization Greenpeace Brasil"],
    ],
    [
      "a state's museums body",
      "Monash team's dinosaur find sparks dispute with Museums Victoria over where it will be kept\n\nWednesday, July 8, 2026\n\nMuseums Victoria said in a statement that fossils found on Crown land belong to the state collection.",
      ["Organization Museums Victoria"],
    ],
    [
      "a site's one word after 'the'",
      "Norway investigates escape of farmed salmon\n\nThe company said a mooring line on one of its pens at the Storholmen site had snapped. The conservation group Norwegian Salmon Rivers called for the Storholmen site to be closed.",
      ["Organization Norwegian Salmon Rivers"],
    ],
    [
      "a state agency named without its state after it was named with it",
      "Fires\n\nThe order sends money to the Oregon Department of Forestry. A 2015 audit found that the Department of Forestry had underestimated its costs.",
      ["Organization Oregon Department of Forestry"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it.each([
    [
      "the nation's supreme court beside a state's",
      "Ruling\n\nThe Ohio Supreme Court ruled on Friday. A spokeswoman denied that the office planned to ask the U.S. Supreme Court to take up the case.",
      ["Organization Ohio Supreme Court", "Organization Supreme Court"],
    ],
  ])("keeps %s apart", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
