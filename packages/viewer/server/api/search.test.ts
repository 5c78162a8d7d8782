import { describe, expect, it } from "vitest";
import { rankScore } from "./search.js";

/** [what, hits as [id, full-text score, articles] in Lucene's order, expected order] */
const cases: [string, [string, number, number][], string[]][] = [
  [
    "a resolved person with many articles beats an article-scoped surname that Lucene scores higher",
    [
      ["person:trump@a1", 3.1, 1],
      ["person:donald trump", 1.6, 412],
      ["person:trump@a2", 3.1, 1],
    ],
    ["person:donald trump", "person:trump@a1", "person:trump@a2"],
  ],
  [
    "among equals Lucene's order stands",
    [
      ["person:matthew dunn", 2, 1],
      ["org:dunn & co", 2, 1],
    ],
    ["person:matthew dunn", "org:dunn & co"],
  ],
  [
    "a much better text match still wins over a popular node",
    [
      ["person:stephanie carvin", 5, 1],
      ["person:donald trump", 0.5, 400],
    ],
    ["person:stephanie carvin", "person:donald trump"],
  ],
];

describe("search ranking", () => {
  it.each(cases)("%s", (_what, hits, expected) => {
    const order = hits
      .map(([id, score, articles], i) => ({ id, i, rank: rankScore(score, articles, id) }))
      .sort((a, b) => b.rank - a.rank || a.i - b.i)
      .map((h) => h.id);
    expect(order).toEqual(expected);
  });
});
