import { describe, expect, it } from "vitest";
import { toLucene } from "./lucene.js";

describe("toLucene", () => {
  it.each([
    ["Dunn", "(searchText:dunn^3 OR searchText:dunn* OR searchText:dunn~1^0.5 OR text:dunn^3)"],
    ["May", "(searchText:may^3 OR searchText:may* OR text:may^3)"],
    [
      "  Matthew   Dunn ",
      "(searchText:matthew^3 OR searchText:matthew* OR searchText:matthew~1^0.5 OR text:matthew^3) AND " +
        "(searchText:dunn^3 OR searchText:dunn* OR searchText:dunn~1^0.5 OR text:dunn^3)",
    ],
    ["AT&T", "(searchText:at\\&t^3 OR searchText:at\\&t* OR text:at\\&t^3)"],
    [
      '"quoted" (x)',
      '(searchText:\\"quoted\\"^3 OR searchText:\\"quoted\\"* OR text:\\"quoted\\"^3) AND ' +
        "(searchText:\\(x\\)^3 OR searchText:\\(x\\)* OR text:\\(x\\)^3)",
    ],
    ["Carvn", "(searchText:carvn^3 OR searchText:carvn* OR searchText:carvn~1^0.5 OR text:carvn^3)"],
    [
      "trump AND putin",
      "(searchText:trump^3 OR searchText:trump* OR searchText:trump~1^0.5 OR text:trump^3) AND " +
        "(searchText:putin^3 OR searchText:putin* OR searchText:putin~1^0.5 OR text:putin^3)",
    ],
  ])("%s", (input, expected) => {
    expect(toLucene(input)).toBe(expected);
  });

  it("gives nothing to search for blank or operator-only text", () => {
    expect(toLucene("   ")).toBeNull();
    expect(toLucene("OR and")).toBeNull();
  });
});
