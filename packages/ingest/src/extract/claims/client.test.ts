import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

const aboutOf = (text: string, needle: string) =>
  extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.find((c) => c.text.includes(needle))?.about;

describe("clientOf: “his client” in a lawyer's words is the person the article says they represent", () => {
  const OPENING = "Former finance director Leung Wai-man, 52, was convicted of fraud on Friday. ";
  it.each([
    [
      "the counsel's appositive in front of the name",
      `${OPENING}Leung’s barrister, Philip Chan Siu-fung, argued that his client acted on the instructions of the chairman.`,
      ["Leung Wai-man"],
    ],
    [
      "… after the name",
      `${OPENING}Philip Chan Siu-fung, Leung’s barrister, said his client would appeal against the sentence.`,
      ["Leung Wai-man"],
    ],
    [
      "in a direct quote",
      `${OPENING}“My client has lost everything,” said Philip Chan Siu-fung, Leung’s barrister.`,
      ["Leung Wai-man"],
    ],
    [
      "no counsel named: “his” stays the speaker's",
      `${OPENING}Philip Chan Siu-fung, a friend of the family, said his client would appeal against the sentence.`,
      ["Philip Chan Siu-fung"],
    ],
  ])("%s", (_case, text, about) => {
    expect(aboutOf(text, "client")).toEqual(about);
  });
});
