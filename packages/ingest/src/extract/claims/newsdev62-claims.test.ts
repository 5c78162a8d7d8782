import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("claims newsdev62 read wrong (rules-174)", () => {
  it.each([
    [
      "the suit one filed speaks for its filer as 'the complaint'",
      `${HEAD}The Southern Ballot Rights Project, which is based in Atlanta, filed the suit in the U.S. District Court on behalf of three county residents. The complaint says the closures would leave some voters stranded.`,
      "the closures would leave some voters stranded",
      "Southern Ballot Rights Project",
    ],
    [
      "a tail whose day a clause of time follows",
      `Story\n\nWASHINGTON (Reuters) - Airlines are hiding the real cost of flying behind fees, Representative Thomas Ekberg said on Wednesday as he opened a House hearing on the industry’s pricing.`,
      "Airlines are hiding the real cost of flying behind fees",
      "Thomas Ekberg",
    ],
    [
      "an unnamed grower near a town, set off by an anonymity aside",
      `${HEAD}A cherry grower near Cobram, who asked not to be named because of tensions with neighbouring beekeepers, said he expected to lose about a quarter of his crop.`,
      "he expected to lose about a quarter of his crop",
      "cherry grower near Cobram",
    ],
    [
      "a state's department named again without the state",
      `${HEAD}The Keystone Accountability Project filed a complaint with the Pennsylvania Department of State. The Department of State confirmed it had received the complaint.`,
      "it had received the complaint",
      "Pennsylvania Department of State",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text).find((c) => c.text === content)?.speaker).toBe(speaker);
  });

  it("a lead's unnamed think tank is not the party the next paragraph's candidate seeks the nomination of", () => {
    const text = `DES MOINES, Iowa — Grant Delacroix’s plan would reduce federal revenue by $9.4 trillion, a nonpartisan think tank said Monday.\n\nDelacroix is running fourth among the candidates seeking the Republican Party’s presidential nomination.`;
    expect(claims(text)[0]?.speaker).not.toBe("Republican Party");
  });

  it("no claim after a verb of perceiving that closes a relative clause", () => {
    const text = `${HEAD}A typical round trip carries $68 in fees that do not appear in the first fare a traveler sees, based on the group’s review of 1,200 searches.`;
    expect(claims(text)).toEqual([]);
  });
});
