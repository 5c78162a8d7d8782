import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

/** The content of each claim, attribution unit. */
function contents(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }, { unit: "attribution" }).claims.map(
    (c) => c.text,
  );
}

describe("where a report's content ends", () => {
  it.each([
    [
      "a comma inside the closing quote, then 'but' and a new clause",
      'Reid said both Rubio and Cruz are "non-entities in the Senate," but he gave the Texan a back-handed compliment.',
      'both Rubio and Cruz are "non-entities in the Senate,"',
    ],
    [
      "', but' outside quotes",
      "Reid said both Rubio and Cruz are weak, but he gave the Texan a back-handed compliment.",
      "both Rubio and Cruz are weak",
    ],
    [
      "', despite' and the writer's framing",
      "Sanders said both Obama and Biden have been fair to him, despite some recent suggestions by the Clinton campaign.",
      "both Obama and Biden have been fair to him",
    ],
    [
      "a quote that ends the content without a clause after it runs on",
      'Reid said both Rubio and Cruz are "non-entities in the Senate," a view shared by many.',
      'both Rubio and Cruz are "non-entities in the Senate," a view shared by many',
    ],
  ])("%s", (_name, text, content) => {
    expect(contents(text)).toContain(content);
  });
});
