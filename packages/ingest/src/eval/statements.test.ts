import { describe, expect, it } from "vitest";
import { scoreDisputes, scorePairs } from "./statements.js";

const articleOf = (claim: string) => claim.split("#")[0] as string;

describe("scorePairs", () => {
  const gold = [
    { a: "a1#1", b: "a2#1", label: "same" as const },
    { a: "a1#2", b: "a3#2", label: "same" as const },
    { a: "a1#3", b: "a2#3", label: "different" as const },
    { a: "a2#4", b: "a3#4", label: "unsure" as const },
  ];
  it.each([
    { what: "everything apart", groups: {}, tp: 0, fp: 0, fn: 2 },
    { what: "the two gold pairs", groups: { "a1#1": "x", "a2#1": "x", "a1#2": "y", "a3#2": "y" }, tp: 2, fp: 0, fn: 0 },
    { what: "a gold 'different' pair grouped", groups: { "a1#3": "z", "a2#3": "z" }, tp: 0, fp: 1, fn: 2 },
    { what: "a pair outside the gold grouped", groups: { "a1#9": "z", "a2#9": "z" }, tp: 0, fp: 1, fn: 2 },
    { what: "an unsure pair is not counted", groups: { "a2#4": "u", "a3#4": "u" }, tp: 0, fp: 0, fn: 2 },
    {
      what: "a pair within one article is not counted",
      groups: { "a1#1": "x", "a1#5": "x", "a2#1": "x" },
      tp: 1,
      fp: 1,
      fn: 1,
    },
  ])("$what", ({ groups, tp, fp, fn }) => {
    const scored = scorePairs(new Map(Object.entries(groups)), articleOf, gold);
    expect(scored.metric).toMatchObject({ tp, fp, fn });
  });
});

describe("scorePairs closes the gold's same pairs", () => {
  // a1#1 ~ a2#1 and a2#1 ~ a3#1 were read as the same: a1#1 ~ a3#1 follows. a1#7 ~ a2#7 ~ a3#7 too,
  // but a1#7 ~ a3#7 was read as different, and that label stands.
  const gold = [
    { a: "a1#1", b: "a2#1", label: "same" as const },
    { a: "a2#1", b: "a3#1", label: "same" as const },
    { a: "a1#7", b: "a2#7", label: "same" as const },
    { a: "a2#7", b: "a3#7", label: "same" as const },
    { a: "a1#7", b: "a3#7", label: "different" as const },
  ];
  it.each([
    { what: "the implied pair grouped is right", groups: { "a1#1": "x", "a3#1": "x" }, tp: 1, fp: 0, fn: 4 },
    { what: "the implied pair apart is missed", groups: { "a1#1": "x", "a2#1": "x" }, tp: 1, fp: 0, fn: 4 },
    { what: "all three together", groups: { "a1#1": "x", "a2#1": "x", "a3#1": "x" }, tp: 3, fp: 0, fn: 2 },
    { what: "an explicit different label wins", groups: { "a1#7": "y", "a3#7": "y" }, tp: 0, fp: 1, fn: 5 },
  ])("$what", ({ groups, tp, fp, fn }) => {
    expect(scorePairs(new Map(Object.entries(groups)), articleOf, gold).metric).toMatchObject({ tp, fp, fn });
  });
});

describe("scoreDisputes", () => {
  const gold = [
    {
      from: [
        { start: 10, end: 20 },
        { start: 30, end: 40 },
      ],
      to: { start: 0, end: 5 },
    },
  ];
  it.each([
    {
      what: "found through the quote",
      predicted: [{ from: { start: 32, end: 38 }, to: { start: 1, end: 3 } }],
      tp: 1,
      fp: 0,
      fn: 0,
    },
    {
      what: "found twice (cue claim and quote)",
      predicted: [
        { from: { start: 12, end: 14 }, to: { start: 0, end: 5 } },
        { from: { start: 30, end: 40 }, to: { start: 0, end: 5 } },
      ],
      tp: 2,
      fp: 0,
      fn: 0,
    },
    {
      what: "the wrong target",
      predicted: [{ from: { start: 12, end: 14 }, to: { start: 50, end: 60 } }],
      tp: 0,
      fp: 1,
      fn: 1,
    },
    { what: "nothing predicted", predicted: [], tp: 0, fp: 0, fn: 1 },
  ])("$what", ({ predicted, tp, fp, fn }) => {
    expect(scoreDisputes(predicted, gold)).toEqual({ tp, fp, fn });
  });
});
