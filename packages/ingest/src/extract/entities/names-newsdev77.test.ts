import { describe, expect, it } from "vitest";
import { entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nWednesday, December 2, 2026\n\n";

describe("names newsdev77 read wrong (entities-189)", () => {
  it.each([
    [
      "a Tunisian given name before the 'Ben' the tagger began at",
      `${HEAD}"The olive tree belongs to all Tunisians," Agriculture Minister Hédi Ben Romdhane told a news conference. "Do the arithmetic," said Mongi Ben Salah, who heads the union's regional branch.`,
      ["Organization Tunisia", "Person Hédi Ben Romdhane", "Person Mongi Ben Salah"],
    ],
    [
      "a chamber after a plural's apostrophe",
      `${HEAD}The Tunisian Olive Oil Exporters' Chamber, which represents about 120 companies, called the quota "a gift to our competitors."`,
      ["Organization Tunisian Olive Oil Exporters' Chamber"],
    ],
    [
      "a sentence's first word the article writes in lower case with the next",
      "Tunisia caps olive oil exports to hold down prices at home\n\nThe Tunisian Olive Oil Exporters' Chamber, which represents about 120 companies, called the quota \"a gift to our competitors in Spain and Italy\" and said it would cost the country at least 1.5 billion dinars in lost foreign currency.\n\nTunisia is the world's second-largest olive oil producer after Spain in good years. Olive oil prices in Tunisian shops have almost doubled since 2023.",
      ["Organization Italy", "Organization Spain", "Organization Tunisian Olive Oil Exporters' Chamber"],
    ],
    [
      "a forum 'for' the rest of its name",
      `${HEAD}The Uzbek Forum for Human Rights, which sent its own monitors to 11 regions, said officials had ordered teachers to pick cotton.`,
      ["Organization Uzbek Forum for Human Rights"],
    ],
    [
      "a place's 'of' opening an organization's name",
      `${HEAD}Anneliese van Buskirk of the Gulf of Maine Whale Trust called that claim “cherry-picked.”`,
      ["Organization Gulf of Maine Whale Trust", "Person Anneliese van Buskirk"],
    ],
    [
      "a company's name ending in its metal",
      `${HEAD}Walid el-Fehri, managing director of the Sfax bottler Zitouna Gold, said so. Namib Crest Uranium, expected to be the plant’s largest customer, declined to comment.`,
      ["Organization Namib Crest Uranium", "Organization Zitouna Gold", "Person Walid el-Fehri"],
    ],
    [
      "an American regional paper",
      `${HEAD}The chairman read from the column, published in The Arizona Republic, in which she wrote that "a family that spaces out shots is not a family that refuses them."`,
      ["Organization The Arizona Republic"],
    ],
    [
      "a given name, a surname and 'de la' read as a place",
      `${HEAD}Mónica Izurieta de la Torre, president of the Guayaquil Chamber of Commerce, said shopkeepers had lost a third of their sales.`,
      ["Organization Guayaquil Chamber of Commerce", "Person Mónica Izurieta de la Torre"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });

  it.each([
    ["a party's word before 'Ben'", `${HEAD}Republican Ben Carson said he would run.`, ["Person Ben Carson"]],
    [
      "a legal form's 'of', where a company is based",
      `${HEAD}A spokesman for Granite Point Gaming Inc. of Henderson said the company would appeal.`,
      ["Organization Granite Point Gaming Inc."],
    ],
  ])("%s stays as it was", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });
});
