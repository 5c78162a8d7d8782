import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();
}

const HEAD = "Story\n\nThursday, October 12, 2017\n\n";

describe("claims and names newsdev69 read wrong (rules-181, entities-181)", () => {
  it.each([
    [
      "a listener with a hyphenated word and an acronym in brackets",
      `${HEAD}Mekdes Tadesse Woldemariam told the state-run Ethiopian News Agency (ENA) that more than 3,000 workers had been deployed.`,
      "more than 3,000 workers had been deployed",
      "Mekdes Tadesse Woldemariam",
    ],
    [
      "two absolute 'with' clauses, each its named subject's",
      `${HEAD}The candidates sparred over pensions on Monday night, with Garrity saying he would move every new worker into a 401(k)-style plan and Vasquez-Moore accusing him of wanting to cut pensions.`,
      "him of wanting to cut pensions",
      "Vasquez-Moore",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text)).toContainEqual({ text: content, speaker });
  });

  it("the first absolute clause ends before the second", () => {
    expect(
      claims(
        `${HEAD}The candidates sparred over pensions on Monday night, with Garrity saying he would move every new worker into a 401(k)-style plan and Vasquez-Moore accusing him of wanting to cut pensions.`,
      ),
    ).toContainEqual({ text: "he would move every new worker into a 401(k)-style plan", speaker: "Garrity" });
  });

  it("a plural joined to a plural noun before an auxiliary is no cue", () => {
    expect(
      claims(`${HEAD}More than 3,000 extension workers and volunteers had been sent to the affected districts.`),
    ).toEqual([]);
  });

  it("an office named after an officer and the officer's field is one organization", () => {
    expect(
      entities(`${HEAD}The Office of the Commissioner for Human Rights said it had received 400 letters.`),
    ).toEqual(["Organization Office of the Commissioner for Human Rights"]);
  });
});
