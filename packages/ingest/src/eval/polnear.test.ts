import { describe, expect, it } from "vitest";
import { isPolnearRecord, polnearToGold } from "./polnear.js";

const quote = {
  start: 10,
  end: 20,
  text: "0123456789",
  speaker: "The Post",
  speaker_start: 0,
  speaker_end: 8,
  cue: "said",
  cue_start: 22,
  cue_end: 26,
  kind: "indirect",
  no_source: false,
};

describe("polnearToGold", () => {
  it("turns quotes into claims with speaker spans and keeps ignored spans", () => {
    const result = polnearToGold({
      id: "polnear/dev/x",
      text: "…",
      entities: [],
      quotes: [
        quote,
        { ...quote, start: 30, end: 40, speaker: null, speaker_start: null, speaker_end: null, no_source: true },
      ],
      ignored_spans: [{ start: 50, end: 60, type: "Discard" }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.document).toBe("polnear/dev/x");
    expect(result.value.entities).toEqual([]);
    expect(result.value.claims.map((c) => [c.start, c.end, c.speaker, c.speaker_start])).toEqual([
      [10, 20, "The Post", 0],
      [30, 40, null, null],
    ]);
    expect(result.value.ignored_spans).toEqual([{ start: 50, end: 60, type: "Discard" }]);
  });

  it("keeps the speaker of a no_source quote that has a source span", () => {
    const result = polnearToGold({ id: "x", quotes: [{ ...quote, no_source: true }] });
    expect(result.ok && result.value.claims[0]?.speaker_start).toBe(0);
  });

  it.each([
    [{ quotes: [] }, "id"],
    [{ id: "x", quotes: [{ ...quote, kind: "quote" }] }, "quotes.0.kind"],
    [{ id: "x", quotes: [{ ...quote, start: -1 }] }, "quotes.0.start"],
  ])("rejects %j naming %s", (value, path) => {
    const result = polnearToGold(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(path);
  });

  it.each([
    [{ id: "x", quotes: [] }, true],
    [{ document: "x", claims: [] }, false],
    [null, false],
  ])("isPolnearRecord(%j) = %s", (value, expected) => {
    expect(isPolnearRecord(value)).toBe(expected);
  });
});
