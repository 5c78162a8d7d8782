import { describe, expect, it } from "vitest";
import { entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nFriday, April 10, 2026\n\n";

describe("names newsdev74 read wrong (entities-186)", () => {
  it.each([
    [
      "a firm's partners after 'and'",
      `${HEAD}Chilufya Nkandu, a lawyer with the Lusaka firm Nkandu and Partners, said the villagers would be paid.`,
      ["Organization Nkandu and Partners", "Person Chilufya Nkandu"],
    ],
    ["an era's name is no person", `${HEAD}Critics called the law a return to the Jim Crow era.`, []],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });
});
