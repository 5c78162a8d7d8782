import { describe, expect, it } from "vitest";
import { affiliationPairs } from "../extracted-views.js";

const HEAD = "Story\n\nWednesday, February 10, 2016\n\n";

describe("affiliations newsdev73 read wrong (rules-185)", () => {
  it.each([
    [
      "a state auditor beside the Office of the State Auditor",
      `${HEAD}The Office of the State Auditor objects. State Auditor Julia Enger told The Hill the law was unconstitutional.`,
      ["Julia Enger -> Office of the State Auditor"],
    ],
    [
      "a county commissioner beside the County Board",
      `${HEAD}The Stearns County Board voted 4-1. Stearns County Commissioner Ruth Bergquist rejected the suggestion.`,
      ["Ruth Bergquist -> Stearns County Board"],
    ],
    [
      "'the group's president' after a group introduced by a participle",
      `${HEAD}Rechazo Ciudadano, the main group campaigning against the text, accused the ministry. Tomás Errázuriz Vial, the group’s president, told El Mercurio that it would sue.`,
      ["Tomás Errázuriz Vial -> Rechazo Ciudadano"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliationPairs(text)).toEqual(expected);
  });
});
