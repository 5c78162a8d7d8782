import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
    via: c.via,
  }));
}

const HEAD = "Story\n\nMonday, May 4, 2026\n\n";

describe("claims newsdev56 read wrong (rules-167)", () => {
  it.each([
    [
      "'the statement said' after 'In a statement …, X said'",
      `${HEAD}State Sen. Dwayne Pritchett was arrested Saturday. In a statement released through his lawyer Sunday night, Pritchett said he had "let down the people who trusted me" but would not resign. "I made a serious mistake, and I will answer for it in court," the statement said. "But the voters sent me to Raleigh to do a job, and I intend to finish it."`,
      "I made a serious mistake, and I will answer for it in court,",
      "Dwayne Pritchett",
    ],
    [
      "the quotation that goes on after it",
      `${HEAD}State Sen. Dwayne Pritchett was arrested Saturday. In a statement released through his lawyer Sunday night, Pritchett said he had "let down the people who trusted me" but would not resign. "I made a serious mistake, and I will answer for it in court," the statement said. "But the voters sent me to Raleigh to do a job, and I intend to finish it."`,
      "But the voters sent me to Raleigh to do a job, and I intend to finish it.",
      "Dwayne Pritchett",
    ],
    [
      "a source described by two relative clauses, the second an anonymity aside",
      `${HEAD}A nurse who worked for Meridian at the jail until June, and who asked not to be named because she signed a separation agreement with the company, said she was often the only nurse on duty overnight for more than 600 inmates.`,
      "she was often the only nurse on duty overnight for more than 600 inmates",
      "nurse who worked for Meridian at the jail until June",
    ],
    [
      "an official of a department whose name holds 'of'",
      `${HEAD}A senior Department of Energy official said that a new billing system had slowed work in a dozen regional offices.`,
      "a new billing system had slowed work in a dozen regional offices",
      "senior Department of Energy official",
    ],
    [
      "a spokeswoman of a bureau whose name holds 'of'",
      `${HEAD}A Bureau of Prisons spokeswoman said union leaders had been briefed on the decision.`,
      "union leaders had been briefed on the decision",
      "Bureau of Prisons spokeswoman",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text).find((c) => c.text === content)?.speaker).toBe(speaker);
  });

  it("a wire dateline's place is no speaker the ranker may choose", () => {
    const text =
      "Kenyan court strikes down mobile money levy\n\nNAIROBI, Kenya — Kenya’s High Court on Monday struck down a 1.5 percent levy on mobile money transfers introduced in this year’s Finance Act, ruling that lawmakers had added it to the bill without the public participation the constitution requires.";
    expect(claims(text).find((c) => c.text.startsWith("lawmakers had added it to the bill"))?.speaker).toBe(
      "High Court",
    );
  });

  it("'told Radio-Canada': a broadcaster by its hyphenated name is the claim's via", () => {
    const text = `${HEAD}Hydro-Québec said the dam had been approved. A spokesperson for the utility, Geneviève Tremblay-Ouellet, told Radio-Canada that the company had offered the Nation a share of the revenue.`;
    expect(claims(text).find((c) => c.text.startsWith("the company had offered"))?.via).toBe("Radio-Canada");
  });

  it.each([
    [
      "a sale proposed",
      `${HEAD}Governor Carl Benning on Wednesday proposed selling the state-owned Ozark Electric Power Authority to a private buyer.`,
    ],
    [
      "detainer requests counted",
      `${HEAD}ICE sent 37 detainer requests to the county jail last year, up from 22 in 2014.`,
    ],
    ["aftershocks that continued", `${HEAD}Aftershocks continued through Sunday.`],
    [
      "sites offered",
      `${HEAD}The agency had offered three sites in the North Sea with a combined capacity of at least 3 gigawatts.`,
    ],
    ["a hearing planned", `${HEAD}The committee plans a field hearing in Oakland in May.`],
    [
      "agreement on a problem",
      `${HEAD}The committee's 14 Republicans and 10 Democrats have generally agreed on the problem, if not on the fix.`,
    ],
  ])("no claim in %s", (_name, text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each([
    [
      "'and expected' going on with the reported clause",
      `${HEAD}Raymond Castellano, the under secretary for benefits, said the department had hired 1,200 claims processors since 2014 and expected the number of backlogged claims to fall below 70,000 by September.`,
      "the department had hired 1,200 claims processors since 2014 and expected the number of backlogged claims to fall below 70,000 by September",
    ],
    [
      "a quotation a participle's clause holds",
      `${HEAD}Benning spokesman Cole Hadley denied that any buyer had been chosen, saying the governor wanted "a competitive, open process."`,
      'the governor wanted "a competitive, open process."',
    ],
  ])("one claim: %s", (_name, text, content) => {
    expect(claims(text).map((c) => c.text)).toContain(content);
  });
});
