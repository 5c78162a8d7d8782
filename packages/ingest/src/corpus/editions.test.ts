import { describe, expect, it } from "vitest";
import {
  type BaseArticle,
  editionName,
  editionOf,
  namePools,
  recurringPeople,
  renamedMention,
  replaceSpans,
} from "./editions.js";

const article: BaseArticle = {
  id: "a1",
  text: "Marta Kowalczyk of the Harbor Authority said no. Kowalczyk met Donald Trump. Ms. Kowalczyk left.",
  entities: [
    {
      name: "Marta Kowalczyk",
      type: "Person",
      mentions: [
        { start: 0, end: 15 },
        { start: 49, end: 59 },
        { start: 81, end: 95 },
      ],
    },
    { name: "Harbor Authority", type: "Organization", mentions: [{ start: 23, end: 39 }] },
    { name: "Donald Trump", type: "Person", mentions: [{ start: 64, end: 76 }] },
  ],
};

describe("editions of a base corpus", () => {
  it("has name pools of thousands of first names and surnames, none a first name as a surname", () => {
    const { first, last } = namePools();
    expect(first.length).toBeGreaterThan(3000);
    expect(last.length).toBeGreaterThan(3000);
    expect(last).not.toContain("Mary");
  });

  it("edition 0 is the article as it is", () => {
    expect(editionOf(article, 0, new Set())).toEqual({ id: "a1", text: article.text });
  });

  it("renames every mention consistently, keeps recurring people, and makes ids and texts distinct", () => {
    const recurring = new Set(["Donald Trump"]);
    const e1 = editionOf(article, 1, recurring);
    const e2 = editionOf(article, 2, recurring);
    const person = editionName(article.entities[0] as BaseArticle["entities"][0], 1);
    const [first, last] = person.split(" ");
    const org = editionName(article.entities[1] as BaseArticle["entities"][0], 1);
    expect(e1.id).toBe("a1~e1");
    expect(e1.text).toBe(
      `${person} of the ${org} said no. ${last} met Donald Trump. Ms. ${last} left.\n\n(Edition 1.)`,
    );
    expect(first).not.toBe("Marta");
    expect(e2.text).not.toBe(e1.text);
    expect(editionOf(article, 1, recurring)).toEqual(e1);
  });

  it("draws many distinct names as editions grow (entities grow with the corpus)", () => {
    const names = new Set(Array.from({ length: 1000 }, (_, e) => editionName({ name: "X Y", type: "Person" }, e + 1)));
    expect(names.size).toBeGreaterThan(990);
  });

  it.each([
    ["Kowalczyk", "Marta Kowalczyk", "Ada Lin", "Lin"],
    ["Marta Kowalczyk", "Marta Kowalczyk", "Ada Lin", "Ada Lin"],
    ["Mr. Marta Jr.", "Marta Kowalczyk", "Ada Lin", "Mr. Ada Jr."],
    ["Madonna", "Madonna", "Ada Lin", "Lin"],
  ])("person mention %j of %j as %j → %j", (mention, name, renamed, expected) => {
    expect(renamedMention(mention, { name, type: "Person" }, renamed)).toBe(expected);
  });

  it("replaces spans in order and skips one that overlaps an earlier one", () => {
    expect(
      replaceSpans("abcdefgh", [
        { start: 4, end: 6, by: "X" },
        { start: 0, end: 2, by: "Y" },
        { start: 5, end: 7, by: "Z" },
      ]),
    ).toBe("YcdXgh");
  });

  it("finds the people named in at least n articles", () => {
    const other: BaseArticle = { ...article, id: "a2", entities: [article.entities[2] as BaseArticle["entities"][0]] };
    expect([...recurringPeople([article, other], 2)]).toEqual(["Donald Trump"]);
  });
});
