import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../shared/api/contract.js";
import { binsOf, buildTimeline, keyWindow } from "./model.js";

const claim = (id: string, publishedAt: string): GraphNode => ({
  id,
  label: "Claim",
  labels: ["Claim"],
  name: id,
  props: { publishedAt },
});

// Five daily bins: 05-01 … 05-05.
const timeline = buildTimeline([claim("a", "2017-05-01"), claim("b", "2017-05-03"), claim("c", "2017-05-05")]);
const day = (d: number) => `2017-05-0${d}`;
const win = (a: number, b: number) => ({ from: day(a), to: day(b) });

describe("keyWindow (the timeline slider's keys)", () => {
  it("starts a one-bin window at the first bin with Right, at the last with Left", () => {
    expect(keyWindow(timeline, null, "ArrowRight", false)).toEqual(win(1, 1));
    expect(keyWindow(timeline, null, "ArrowLeft", false)).toEqual(win(5, 5));
  });

  it("moves the window by one bin, and stops at the ends", () => {
    expect(keyWindow(timeline, win(2, 2), "ArrowRight", false)).toEqual(win(3, 3));
    expect(keyWindow(timeline, win(2, 2), "ArrowLeft", false)).toEqual(win(1, 1));
    expect(keyWindow(timeline, win(5, 5), "ArrowRight", false)).toEqual(win(5, 5));
    expect(keyWindow(timeline, win(1, 1), "ArrowLeft", false)).toEqual(win(1, 1));
  });

  it("widens and narrows with Shift, jumps with Home/End, clears with Escape", () => {
    expect(keyWindow(timeline, win(2, 2), "ArrowRight", true)).toEqual(win(2, 3));
    expect(keyWindow(timeline, win(2, 4), "ArrowLeft", true)).toEqual(win(2, 3));
    expect(keyWindow(timeline, win(2, 2), "ArrowLeft", true)).toEqual(win(2, 2));
    expect(keyWindow(timeline, win(2, 3), "Home", false)).toEqual(win(1, 1));
    expect(keyWindow(timeline, win(2, 3), "End", true)).toEqual(win(2, 5));
    expect(keyWindow(timeline, win(2, 3), "Escape", false)).toBeNull();
    expect(keyWindow(timeline, win(2, 3), "a", false)).toBeUndefined();
  });

  it("finds the bins a window covers", () => {
    expect(binsOf(timeline, win(2, 4))).toEqual([1, 3]);
  });
});
