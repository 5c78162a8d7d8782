import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => [c.text, c.speaker, c.rule]);
}

describe("inverted reports: 'CONTENT, the outlet reported.'", () => {
  it.each([
    [
      "'the Guardian reported'",
      "He was a geologist. The professor was headed to Cairo for a conference, the Guardian reported.",
      [["The professor was headed to Cairo for a conference", "The Guardian", "cue-tail"]],
    ],
    [
      "'the news site RTL Info reported'",
      "The professor was headed to Cairo for a conference, the news site RTL Info reported.",
      [["The professor was headed to Cairo for a conference", "RTL Info", "cue-tail"]],
    ],
    [
      "'the BBC said'",
      "He was a geologist. The professor was headed to Cairo for a conference, the BBC said.",
      [["The professor was headed to Cairo for a conference", "BBC", "cue-tail"]],
    ],
    ["no comma before the outlet: no inverted report", "The professor met the BBC reporters in Cairo last week.", []],
  ])("%s", (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
