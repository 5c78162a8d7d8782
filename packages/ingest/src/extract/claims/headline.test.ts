import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

/** [content, speaker, rule] of each claim that a colon introduces. */
function colonClaims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }, { claimUnit: "attribution" })
    .claims.filter((c) => c.cue === ":")
    .map((c) => [c.text, c.speaker, c.rule]);
}

const BODY = "\n\nWASHINGTON (AP) — The campaign went on in the capital on Monday.";

describe("a headline's source before its colon", () => {
  it.each([
    [
      "a source noun",
      `Poll: Trump and Clinton hold narrow leads in Pennsylvania.${BODY}`,
      [["Trump and Clinton hold narrow leads in Pennsylvania.", "Poll", "headline-colon"]],
    ],
    [
      "a person with words after the name",
      `Clinton to Planned Parenthood: Trump will reverse the ruling.${BODY}`,
      [["Trump will reverse the ruling.", "Clinton", "headline-colon"]],
    ],
    [
      "a surname the article names in full",
      "Issa: Hillary Clinton’s ‘Honesty Is In Question.’\n\nOn Sunday, Rep. Darrell Issa spoke to Fox News.",
      [["Hillary Clinton’s ‘Honesty Is In Question.’", "Darrell Issa", "headline-colon"]],
    ],
    [
      "a one-word source that is nobody's surname",
      "Tuesday: Hillary Clinton’s campaign goes on in Iowa.\n\nOn Sunday, Rep. Darrell Issa spoke to Fox News.",
      [],
    ],
    ["a label is no source", `The Latest: Cruz to give away engraved shotgun.${BODY}`, []],
    ["an all-capitals label is no source", `BREAKING: Sanders wins the Minnesota caucuses.${BODY}`, []],
    ["not after the first paragraph", `The campaign went on.\n\nPoll: Trump and Clinton hold narrow leads.`, []],
  ])("%s", (_name, text, expected) => {
    expect(colonClaims(text)).toEqual(expected);
  });
});
