import { describe, expect, it } from "vitest";
import { rankOf, surnameOf } from "./surname-rank.js";

describe("surnameOf", () => {
  it.each([
    ["Donald Trump", "Trump"],
    ["Thomas E. Perez", "Perez"],
    ["Martin Luther King Jr.", "King"],
    ["Robert F. Kennedy, Jr.", "Kennedy"],
    ["Madonna", "Madonna"],
    ["  Hillary   Clinton ", "Clinton"],
  ])("%s → %s", (name, surname) => {
    expect(surnameOf(name)).toBe(surname);
  });
});

describe("rankOf", () => {
  const hits = [{ id: "person:hillary clinton" }, { id: "person:bill clinton" }, { id: "person:clinton@a1" }];
  it.each([
    ["person:hillary clinton", 1],
    ["person:bill clinton", 2],
    ["person:chelsea clinton", 0],
  ])("%s ranks %i", (id, rank) => {
    expect(rankOf(hits, id)).toBe(rank);
  });
});
