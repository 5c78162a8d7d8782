import { describe, expect, it } from "vitest";
import { paragraphAround } from "./paragraph.js";

const text = "Title line\n\nFirst paragraph here.\n\nShe said “we will win” on Monday.\n\nLast one.";
const quoteStart = text.indexOf("we will win");
const quote = { start: quoteStart, end: quoteStart + "we will win".length };
const cueStart = text.indexOf("said");

describe("paragraphAround", () => {
  it("returns the enclosing paragraph and relative offsets that slice back to the quote", () => {
    const ctx = paragraphAround(
      text,
      quote,
      { start: cueStart, end: cueStart + 4 },
      { start: cueStart - 4, end: cueStart - 1 },
    );
    expect(ctx?.paragraph).toBe("She said “we will win” on Monday.");
    expect(ctx?.paragraph.slice(ctx.quote.start, ctx.quote.end)).toBe("we will win");
    expect(ctx?.cue && ctx.paragraph.slice(ctx.cue.start, ctx.cue.end)).toBe("said");
    expect(ctx?.speaker && ctx.paragraph.slice(ctx.speaker.start, ctx.speaker.end)).toBe("She");
    expect(ctx?.paragraphStart).toBe(text.indexOf("She"));
  });

  it("works at the very start and end of the text", () => {
    expect(paragraphAround(text, { start: 0, end: 5 })?.paragraph).toBe("Title line");
    expect(paragraphAround(text, { start: text.length - 4, end: text.length })?.paragraph).toBe("Last one.");
  });

  it.each([
    ["end past the text", { start: 5, end: text.length + 1 }],
    ["empty span", { start: 5, end: 5 }],
    ["negative start", { start: -1, end: 3 }],
    ["missing offsets", {}],
  ])("refuses a broken quote span: %s", (_name, span) => {
    expect(paragraphAround(text, span)).toBeNull();
  });

  it("drops a cue span that is out of range instead of failing", () => {
    const ctx = paragraphAround(text, quote, { start: 9_999, end: 10_003 });
    expect(ctx?.cue).toBeNull();
    expect(ctx?.quote.end).toBeGreaterThan(ctx?.quote.start ?? 0);
  });
});
