import { describe, expect, it } from "vitest";
import { entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("names newsdev83 read wrong (entities-195)", () => {
  it.each([
    [
      "a company's first word opening the sentence, written in lower case elsewhere",
      `${HEAD}The basin is a desert. Desert Crown Hay LLC, which farms about 9,000 acres, said a cap would hurt.`,
      ["Organization Desert Crown Hay LLC"],
    ],
    [
      "a name before a legal form only companies have, read as a place",
      `${HEAD}The online auction raised $3.2 million. The largest bid came from Basin Ridge Energy LLC of Farmington.`,
      ["Organization Basin Ridge Energy LLC"],
    ],
    [
      "a pueblo's name",
      `${HEAD}"We were not consulted," said Wilfred Tsosie-Lucero, governor of Acoma Pueblo.`,
      ["Organization Acoma Pueblo", "Person Wilfred Tsosie-Lucero"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });
});
