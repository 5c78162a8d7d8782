import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

const extracted = (text: string) => extractDocument({ id: "t", text, origin: "t", format: "text" });

describe("markIntroducedNouns: “the studio” is the organization the article introduced as a studio", () => {
  it.each([
    [
      "a description in front of the name, then a role of “the studio”",
      "Helix Interactive will lay off 140 people at its Montreal studio, Lanternfish Games. The studio's head, Sophie Tremblay-Nguyen, said she was heartbroken.",
      ["Sophie Tremblay-Nguyen → Lanternfish Games (head)"],
    ],
    [
      "a description after the name's comma",
      "Friends of Eastfield Library, a volunteer group that collected 6,800 signatures, will appeal. “We will not stop,” said the group's chair, Deborah Whitcombe.",
      ["Deborah Whitcombe → Friends of Eastfield Library (chair)"],
    ],
    [
      "a board named through its organization",
      "The board of trustees of the Harlan Creek Independent School District voted 4 to 3 on Monday. Board president Raymond Ortiz rejected claims that the vote had been rushed.",
      ["Raymond Ortiz → Harlan Creek Independent School District (president)"],
    ],
    [
      "two organizations introduced with one noun: neither",
      "Helix Interactive owns its Montreal studio, Lanternfish Games, and its Paris studio, Quantic Dream. The studio's head, Sophie Tremblay-Nguyen, said she was heartbroken.",
      [],
    ],
  ])("%s", (_case, text, expected) => {
    expect(extracted(text).affiliations.map((a) => `${a.person} → ${a.organization} (${a.role})`)).toEqual(expected);
  });

  it("the organization so introduced speaks for “the studio said”", () => {
    const g = extracted(
      "Helix Interactive will lay off 140 people at its Montreal studio, Lanternfish Games. The studio said it would finish the game.",
    );
    expect(g.claims.map((c) => `${c.speaker}: ${c.text}`)).toEqual(["Lanternfish Games: it would finish the game"]);
  });

  it("a noun before a participle (“a party founded in 2024”) introduces too, and wins over a name holding it", () => {
    const text =
      "Wikinews spoke to Siobhán Ní Fhlatharta, the candidate of the Coastal Communities Alliance, a party founded in 2024. " +
      "Last month the Green Party accused the Alliance of hypocrisy. Ní Fhlatharta denied that the party was a front for landowners.";
    const claim = extracted(text).claims.find((c) => c.text.includes("front for landowners"));
    expect(claim?.about).toEqual(["Coastal Communities Alliance"]);
  });
});
