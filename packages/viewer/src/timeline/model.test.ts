import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../shared/api/contract.js";
import { smallSnapshot } from "../../test/synthetic-snapshot.js";
import { applySnapshot } from "../snapshot/capture.js";
import { applyWindow, buildTimeline, countInWindow, dateOf, windowOfBins } from "./model.js";

const claim = (id: string, publishedAt?: unknown): GraphNode => ({
  id,
  label: "Claim",
  labels: ["Claim"],
  name: id,
  props: publishedAt === undefined ? {} : { publishedAt },
});

describe("dateOf", () => {
  it.each([
    [claim("a", "2017-05-17"), "2017-05-17"],
    [claim("b", "2017-05-17T10:00:00Z"), "2017-05-17"],
    [claim("c", "May 17"), null],
    [claim("d", 20170517), null],
    [claim("e"), null],
    [{ ...claim("p", "2017-05-17"), label: "Person" as const }, null],
  ])("%#", (node, expected) => {
    expect(dateOf(node)).toBe(expected);
  });
});

describe("buildTimeline", () => {
  it("counts claims per day from the first to the last, with the undated apart", () => {
    const t = buildTimeline([claim("a", "2017-05-01"), claim("b", "2017-05-03"), claim("c", "2017-05-03"), claim("d")]);
    expect(t).toEqual({
      first: "2017-05-01",
      last: "2017-05-03",
      undated: 1,
      bins: [
        { from: "2017-05-01", to: "2017-05-01", count: 1 },
        { from: "2017-05-02", to: "2017-05-02", count: 0 },
        { from: "2017-05-03", to: "2017-05-03", count: 2 },
      ],
    });
  });

  it("widens bins to stay within maxBins, the last bin ending on the last day", () => {
    const t = buildTimeline([claim("a", "2017-01-01"), claim("b", "2017-01-10"), claim("c", "2017-01-05")], 4);
    expect(t.bins.map((b) => [b.from, b.to, b.count])).toEqual([
      ["2017-01-01", "2017-01-03", 1],
      ["2017-01-04", "2017-01-06", 1],
      ["2017-01-07", "2017-01-09", 0],
      ["2017-01-10", "2017-01-10", 1],
    ]);
  });

  it("is empty when no claim has a date", () => {
    expect(buildTimeline([claim("x")])).toEqual({ bins: [], undated: 1, first: null, last: null });
  });
});

describe("windows", () => {
  const { graph } = applySnapshot(smallSnapshot());

  it("applyWindow hides claims outside the window and keeps people and organizations", () => {
    const windowed = applyWindow(graph, { from: "2017-05-01", to: "2017-05-31" });
    expect(windowed.hidden.sort()).toEqual(["c3"]);
    expect(applyWindow(graph, { from: "2017-06-01", to: "2017-06-30" }).hidden.sort()).toEqual(["c1", "c2"]);
    expect(applyWindow(graph, null)).toBe(graph);
  });

  it("windowOfBins spans the chosen bins in either drag direction", () => {
    const t = buildTimeline(Object.values(graph.nodes), 100);
    expect(windowOfBins(t, 16, 7)).toEqual({ from: "2017-05-17", to: "2017-05-26" });
    expect(windowOfBins(buildTimeline([]), 0, 1)).toBeNull();
  });

  it("countInWindow counts dated claims inside, ends included", () => {
    expect(countInWindow(Object.values(graph.nodes), { from: "2017-05-10", to: "2017-05-17" })).toBe(2);
  });
});
