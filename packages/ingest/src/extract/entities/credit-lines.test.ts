import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";
import { creditLines, onCreditLine } from "./credit-lines.js";

describe("creditLines", () => {
  it.each([
    ["Image: Wikimedia Commons user Desertlens.", 1],
    ["Photo: Jordan Pike/Reuters", 1],
    ["Photo credit: Petra Lovrić", 1],
    ["The image: a ferry at dawn.", 0],
    ["Jordan Pike said: no.", 0],
  ])("%s → %i credit line(s)", (line, count) => {
    expect(creditLines(`Body text.\n\n${line}\n\nMore text.`)).toHaveLength(count);
  });

  it("says which offsets are on a credit line", () => {
    const text = "A caption.\nImage: Jordan Pike.\nBody.";
    const ranges = creditLines(text);
    expect(onCreditLine(ranges, text.indexOf("Jordan"))).toBe(true);
    expect(onCreditLine(ranges, text.indexOf("Body"))).toBe(false);
    expect(onCreditLine(ranges, 0)).toBe(false);
  });
});

describe("a picture's caption and credit line in a copied page (entities-110)", () => {
  it("names nobody on the credit line, and keeps the body's people", () => {
    const text =
      "Senator Lucia Benavides said wells had dropped.\n\nSenator Lucia Benavides in the Senate chamber.\nImage: Wikimedia Commons user Desertlens.\n\nA rig near Willcox in 2024.\nImage: Jordan Pike.\n\nAna Lucero said it was a start.";
    const names = extractDocument({ id: "t", text, origin: "t", format: "text" }).entities.map((e) => e.name);
    expect(names).toContain("Lucia Benavides");
    expect(names).toContain("Ana Lucero");
    expect(names).not.toContain("Jordan Pike");
    expect(names).not.toContain("Wikimedia Commons");
  });
});

describe("a credit that ends a caption's line (entities-128)", () => {
  it.each([
    [
      "Jenna Marquart",
      "Getty Images",
      "Maribel Olvera-Lindahl greets supporters in Madison on Oct. 3. Jenna Marquart/Getty Images",
    ],
    ["Daniel Hartley", "PA", "Bags of rubbish on Elmfield Road on Saturday. Photograph: Daniel Hartley/PA"],
  ])("names neither %s nor %s", (person, agency, caption) => {
    const text = `Ana Lucero said the count was a start.\n\n${caption}\n\nThe Milwaukee Journal Sentinel reported last week that the bill had passed.`;
    const names = extractDocument({ id: "t", text, origin: "t", format: "text" }).entities.map((e) => e.name);
    expect(names).toContain("Ana Lucero");
    expect(names).toContain("Milwaukee Journal Sentinel");
    expect(names).not.toContain(person);
    expect(names).not.toContain(agency);
  });

  it("leaves a slash inside a sentence alone ('Radio Free Europe/Radio Liberty (RFE/RL) that …')", () => {
    expect(creditLines("She told Radio Free Europe/Radio Liberty (RFE/RL) that she had seen it.\n")).toEqual([]);
  });
});
