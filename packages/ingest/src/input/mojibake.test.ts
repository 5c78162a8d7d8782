import { describe, expect, it } from "vitest";
import { repairMojibake } from "./mojibake.js";

/** What a Windows-1252 decoder makes of UTF-8: the text's bytes, each read as one character. */
function garble(text: string): string {
  const cp1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
  return [...new TextEncoder().encode(text)]
    .map((b) => (b >= 0x80 && b <= 0x9f ? (cp1252[b - 0x80] as string) : String.fromCharCode(b)))
    .join("");
}

describe("repairMojibake", () => {
  it.each([
    ["a name with a cedilla", "François Hollande spoke.", 1],
    ["curly quotes and dashes", "“It’s over,” she said — twice.", 4],
    ["accents of several scripts", "José Ramos-Horta met Søren and Zoë in Zürich.", 4],
    ["a no-break space and a euro sign", "It cost 5\u00a0€.", 2],
    ["a four-byte character beside a curly apostrophe", "It’s 👍 work.", 2],
  ])("turns %s back", (_what, text, count) => {
    expect(garble(text)).not.toBe(text);
    expect(repairMojibake(garble(text))).toEqual({ text, repaired: count });
  });

  it.each([
    ["plain ASCII", "Donald Trump said it was fine."],
    ["correct accents", "François Hollande met José in Zürich, café à la carte."],
    ["a capital A with circumflex alone", "Â is a letter; Ã too."],
    ["accents before punctuation in a text with no signature", "le café…» dit-il"],
  ])("leaves %s as it is", (_what, text) => {
    expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
  });

  it("repairs a sequence whose spacing accent a compatibility normalization split (NFKD)", () => {
    // "è" is C3 A8; A8 ("¨") decomposes to a space and U+0308; "ï" is C3 AF, and AF ("¯") to a space and U+0304
    expect(repairMojibake("SÃ©golÃ \u0308ne Royal, naÃ \u0304vetÃ©.")).toEqual({
      text: "Ségolène Royal, naïveté.",
      repaired: 4,
    });
  });

  it("repairs the mojibake of a text that also holds a correct accent, and leaves that one", () => {
    const text = `Café owner ${garble("François")} said so.`;
    expect(repairMojibake(text)).toEqual({ text: "Café owner François said so.", repaired: 1 });
  });
});
