import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("claims newsdev60 read wrong (rules-172)", () => {
  it.each([
    [
      "a tribunal named by its country's possessive",
      `${HEAD}Poland’s Constitutional Tribunal ruled on Wednesday that central provisions of the law are unconstitutional.`,
      "central provisions of the law are unconstitutional",
      "Constitutional Tribunal",
    ],
    [
      "a possessive inside the appositive before the name ('former sheriff’s Lt. X')",
      `${HEAD}Sheriff Ray Dunaway says the jail is safer than it has been in a decade. His challenger, former sheriff’s Lt. Monica Serrano, says it is dangerously understaffed.`,
      "it is dangerously understaffed",
      "Monica Serrano",
    ],
    [
      "a survey by a pollster for a paper speaks for the pollster",
      `${HEAD}A survey by the pollster IBRiS for the daily Rzeczpospolita, published on Monday, found that 47 percent of Poles regarded the rulings as binding.`,
      "47 percent of Poles regarded the rulings as binding",
      "IBRiS",
    ],
    [
      "three lower-case words of description before a tail's outlet",
      `${HEAD}Two more children were admitted to hospital in Cluj-Napoca on Tuesday with complications, the national news agency Agerpres reported.`,
      "Two more children were admitted to hospital in Cluj-Napoca on Tuesday with complications",
      "Agerpres",
    ],
    [
      "a paper set off as 'the state-owned daily'",
      `${HEAD}New Vision, the state-owned daily, reported on Friday that the finance ministry expected to release a further 20 billion shillings.`,
      "the finance ministry expected to release a further 20 billion shillings",
      "New Vision",
    ],
    [
      "a relative clause of place on an unnamed subject",
      `${HEAD}Residents on the city’s north side, where most of the remaining lead lines are, said they had been told for two years that their turn was coming.`,
      "they had been told for two years that their turn was coming",
      "Residents on the city’s north side",
    ],
    [
      "a count opening the sentence is no part of a name",
      `${HEAD}Twelve Georgia voters filed a federal lawsuit Thursday challenging the map, arguing that the General Assembly packed black voters into three districts.`,
      "the General Assembly packed black voters into three districts",
      "Twelve Georgia voters",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text).find((c) => c.text === content)?.speaker).toBe(speaker);
  });

  it("a second 'that' clause of one report keeps its quotation (no claim of its own)", () => {
    const text = `${HEAD}The IMF said in a statement that the bill was “an important step” toward raising revenue, and that its executive board would take up the programme’s next review “in the coming weeks.”`;
    const found = claims(text);
    expect(found.map((c) => c.speaker)).toEqual(["International Monetary Fund"]);
    expect(found[0]?.text.endsWith("“in the coming weeks.”")).toBe(true);
  });

  it("no claim in a state someone was found in", () => {
    const text = `${HEAD}The most recent death, of a 24-year-old man found unresponsive in his cell on Aug. 3, is under investigation by the Washington State Patrol.`;
    expect(claims(text)).toEqual([]);
  });

  it("a named subject before a place's relative clause stays named (newsdev13)", () => {
    const text = `${HEAD}Chief Raymond Flett of Red Willow Cree Nation in northern Manitoba, where about 2,100 people were flown out on Friday, told CBC News that his community had still not been repaid.`;
    expect(claims(text).find((c) => c.text === "his community had still not been repaid")?.speaker).not.toBe(
      "Red Willow Cree Nation",
    );
  });
});
