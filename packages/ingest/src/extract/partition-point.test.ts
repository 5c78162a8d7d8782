import { describe, expect, it } from "vitest";
import { partitionPoint } from "./partition-point.js";

describe("partitionPoint", () => {
  const starts = [0, 4, 4, 9, 15];
  const atOrAfter = (offset: number) => partitionPoint(starts.length, (i) => (starts[i] as number) < offset);

  it("finds the first item at or after an offset in a sorted list", () => {
    expect(atOrAfter(4)).toBe(1);
    expect(atOrAfter(5)).toBe(3);
    expect(atOrAfter(15)).toBe(4);
  });

  it("gives 0 when nothing comes before, the length when everything does", () => {
    expect(atOrAfter(0)).toBe(0);
    expect(atOrAfter(16)).toBe(5);
    expect(partitionPoint(0, () => true)).toBe(0);
  });
});
