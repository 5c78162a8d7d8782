import { describe, expect, it } from "vitest";
import { affiliationPairs } from "../extracted-views.js";

const HEAD = "Story\n\nTuesday, March 15, 2016\n\n";

describe("affiliations newsdev70 read wrong (rules-182)", () => {
  it.each([
    [
      "an auditor general beside the Department of the Auditor General",
      `${HEAD}The report by the Department of the Auditor General was released. Auditor General Miriam Kessler said the contractor had let tickets sit.`,
      ["Miriam Kessler -> Department of the Auditor General"],
    ],
    [
      "a regent beside a Board of Regents, not a governor's office",
      `${HEAD}The Arizona Board of Regents voted 8-1. A spokeswoman for the Office of the Governor declined to comment. Regent Jorge Salcido said the board should have waited.`,
      ["Jorge Salcido -> Arizona Board of Regents"],
    ],
    [
      "a senator of a state, then the committee's party chairman",
      `${HEAD}The Senate Energy and Natural Resources Committee met, and Republicans praised the nominee. Senator Roger Tillman of Wyoming, the committee's Republican chairman, said he was qualified.`,
      ["Roger Tillman -> Republican Party", "Roger Tillman -> Senate Energy and Natural Resources Committee"],
    ],
    [
      "the top Democrat on a committee is the committee's and the party's",
      `${HEAD}Democrats objected. Senator Maria Esquivel of New Mexico, the top Democrat on the Senate Energy and Natural Resources Committee, said he could not be trusted.`,
      ["Maria Esquivel -> Democratic Party", "Maria Esquivel -> Senate Energy and Natural Resources Committee"],
    ],
    [
      "'a company spokesman' after two companies is the one just introduced as a company",
      `${HEAD}The project is run by a venture of the state utility Électricité du Laos (EDL). Chaiyaphruek Construction, the Bangkok-based company that built the dam, denied any flaw. A company spokesman, Anucha Ritthirong, told Reuters that the company had sent engineers.`,
      ["Anucha Ritthirong -> Chaiyaphruek Construction"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliationPairs(text)).toEqual(expected);
  });
});
