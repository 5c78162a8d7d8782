import { describe, expect, it } from "vitest";
import { entityAliases, entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("names newsdev80 read wrong (entities-192)", () => {
  it.each([
    [
      "'USDA' beside the Agriculture Department",
      `${HEAD}The Agriculture Department said the rules would save money. A USDA official, who requested anonymity, said the agency had no estimate.`,
      "Department of Agriculture",
      ["Agriculture Department", "USDA"],
    ],
    [
      "a Spanish short name with its 'y' in brackets",
      `${HEAD}The Costa Rican Institute of Aqueducts and Sewers (AyA) said it had begun sending tanker trucks. An AyA engineer said the wells were closed.`,
      "Costa Rican Institute of Aqueducts and Sewers",
      ["AyA"],
    ],
  ])("%s", (_name, text, name, aliases) => {
    expect(entityAliases(text, name)).toEqual(aliases);
  });

  it("a hotel by its name's last word", () => {
    expect(
      entityNames(
        `${HEAD}Priya Raghunathan, who owns the Kalia Bay Hotel in Waikiki, said her guests already pay enough.`,
      ),
    ).toEqual(["Organization Kalia Bay Hotel", "Person Priya Raghunathan"]);
  });
});
