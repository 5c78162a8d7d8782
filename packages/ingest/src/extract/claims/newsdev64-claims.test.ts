import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

const HEAD = "Story\n\nTuesday, November 3, 2015\n\n";

describe("claims newsdev64 read wrong (rules-176)", () => {
  it.each([
    [
      "a second reported clause after ', but that'",
      `${HEAD}Marie Tremblay, the commissioner, spoke on Monday. She said the bureau had been willing to consider a settlement, but that the company's offer "did not come close" to solving the problem.`,
      `the bureau had been willing to consider a settlement, but that the company's offer "did not come close" to solving the problem`,
      "Marie Tremblay",
    ],
    [
      "'who said' after an appositive whose possessor is a name of several words",
      `${HEAD}“It treats the symptom,” said Dr. Kate Lindqvist, Forest & Bird’s chief conservation adviser, who said bottom trawling remained legal under the new law.`,
      "bottom trawling remained legal under the new law",
      "Kate Lindqvist",
    ],
    [
      "'according to' a consortium's report after the consortium",
      `${HEAD}The Consortium for Democratic Elections in Ethiopia said the delay was understandable.\n\nAccording to the consortium’s interim report, registration officials in at least 40 kebeles had left their posts.`,
      "registration officials in at least 40 kebeles had left their posts",
      "Consortium for Democratic Elections in Ethiopia",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text)).toContainEqual({ text: content, speaker });
  });

  it.each([
    [
      "refusing an order",
      `${HEAD}The city manager fired Police Chief Darnell Hayes, five weeks after he refused her written order to release the video.`,
    ],
    ["adopting a policy", `${HEAD}The City of Lakemont adopted the policy in June, three months after the shooting.`],
    ["praising a name's decision", `${HEAD}The American Civil Liberties Union of Ohio praised Westbrook’s decision.`],
  ])("no claim: %s", (_name, text) => {
    expect(claims(text)).toEqual([]);
  });
});
