import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

const people = (text: string) =>
  extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);

describe("particles and the surname after them, where the tagger kept the given name alone", () => {
  it.each([
    ['"We will win," said Erik ten Hag.', ["Erik ten Hag"]],
    ['"We will win," Manchester United manager Erik ten Hag said after the match.', ["Erik ten Hag"]],
    ['"We will act," said Ursula von der Leyen.', ["Ursula von der Leyen"]],
    ["Mayor Bill de Blasio said the city would cope.", ["Bill de Blasio"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("an organization's own 'of' is no particle", () => {
    expect(people("Bank of America said profits rose.")).toEqual([]);
  });
});
