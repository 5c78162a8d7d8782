import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function mentions(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.flatMap((e) => (e.mentions ?? []).map((m) => `${e.type} ${text.slice(m.start, m.end)}`))
    .sort();
}

const HEAD = "Story\n\nMonday, May 4, 2026\n\n";

describe("names newsdev59 read wrong (entities-171)", () => {
  it.each([
    [
      "a portfolio's 'and' after 'for'",
      `${HEAD}The Cabinet for Health and Family Services said it would comply with the order.`,
      ["Organization Cabinet for Health and Family Services"],
    ],
    [
      "a group's 'on'",
      `${HEAD}The International Coordinating Group on Vaccine Provision said it had approved the request.`,
      ["Organization International Coordinating Group on Vaccine Provision"],
    ],
    [
      "the Filipino 'ng' inside a name",
      `${HEAD}The Kilusang Magbubukid ng Pilipinas said the estimate was too low.`,
      ["Organization Kilusang Magbubukid ng Pilipinas"],
    ],
    [
      "a country's plural possessive before a department",
      `${HEAD}The Philippines' Department of Agriculture said the typhoon destroyed 148,000 hectares.`,
      ["Organization Department of Agriculture"],
    ],
    [
      "a county legislator's title",
      `${HEAD}Dutchess County Legislator Frank Stellato said the board erred.`,
      ["Person Legislator Frank Stellato"],
    ],
    [
      "two universities joined by 'and' stay two",
      `${HEAD}The University of Lagos and Lagos State University said they would close.`,
      ["Organization Lagos State University", "Organization University of Lagos"],
    ],
    [
      "a committee's 'on' and its list of portfolios stay one name",
      `${HEAD}The Senate Committee on Agriculture, Nutrition, and Forestry said it would hold a hearing.`,
      ["Organization Senate Committee on Agriculture, Nutrition, and Forestry"],
    ],
    [
      "an advocacy group whose first word reads as a verb (entities-172)",
      `${HEAD}Planned Parenthood said it expected the injunction to hold.`,
      ["Organization Planned Parenthood"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it("another country's Senate, named by its adjective, is the bare 'Senate' too (entities-172)", () => {
    const text =
      "Argentine Senate debates pension overhaul\n\nThursday, May 14, 2026\n\nArgentina's Senate on Wednesday began debating a government bill. The Senate will vote on Friday.";
    const senates = extractDocument({ id: "t", text, origin: "t", format: "text" })
      .entities.filter((e) => /Senate/.test(e.name))
      .map((e) => `${e.name} ×${e.mentions?.length ?? 0}`);
    expect(senates).toEqual(["Argentine Senate ×3"]);
  });
});
