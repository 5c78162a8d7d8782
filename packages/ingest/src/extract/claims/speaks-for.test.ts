import { describe, expect, it } from "vitest";
import { type RoleOf, speaksFor } from "./speaks-for.js";

const of = (person: number, organization: number, role: string | null, former = false): RoleOf => ({
  person,
  organization,
  role,
  former,
});

describe("speaksFor", () => {
  it.each([
    ["a chief executive leads the company", [of(1, 7, "chief executive")], [[1, 7]]],
    ["a coach leads the team", [of(1, 7, "coach")], [[1, 7]]],
    ["a spokeswoman speaks for it", [of(1, 7, "spokeswoman")], [[1, 7]]],
    [
      "a superintendent leads the district, a bishop the diocese",
      [of(1, 7, "superintendent"), of(2, 8, "bishop")],
      [
        [1, 7],
        [2, 8],
      ],
    ],
    ["a party's candidate speaks for the party", [of(1, 7, "candidate")], [[1, 7]]],
    ["a member or an analyst does not", [of(1, 7, "member"), of(2, 7, "senior analyst")], []],
    ["a former chairman no longer does", [of(1, 7, "former chairman", true)], []],
    ["no role, no leading", [of(1, 7, null)], []],
    ["two organizations led: which one is unclear", [of(1, 7, "president"), of(1, 8, "founder")], []],
    ["the same organization twice is one", [of(1, 7, "president"), of(1, 7, "founder")], [[1, 7]]],
  ])("%s", (_name, affiliations, expected) => {
    expect([...speaksFor(affiliations)]).toEqual(expected);
  });
});
