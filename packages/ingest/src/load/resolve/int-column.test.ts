import { describe, expect, it } from "vitest";
import { Int32Column, Uint8Column, Uint32Column } from "./int-column.js";

describe("number columns", () => {
  it.each([
    { name: "Int32Column", make: () => new Int32Column(2), value: -123_456 },
    { name: "Uint32Column", make: () => new Uint32Column(2), value: 0xfedc_ba98 },
    { name: "Uint8Column", make: () => new Uint8Column(2), value: 200 },
  ])("$name reads 0 where never set and keeps values across growth", ({ make, value }) => {
    const column = make();
    expect(column.get(0)).toBe(0);
    expect(column.get(1_000_000)).toBe(0);
    column.set(2, value);
    column.set(5_000, value); // pages of 4 entries: a page far past the first
    column.set(3, 1);
    expect([column.get(2), column.get(3), column.get(4), column.get(5_000), column.get(5_001)]).toEqual([
      value,
      1,
      0,
      value,
      0,
    ]);
  });

  it("allocates only the pages written, never copying one", () => {
    const column = new Int32Column(10); // pages of 1,024 entries
    expect(column.allocatedBytes).toBe(0);
    column.set(0, 1);
    expect(column.allocatedBytes).toBe(4 * 1024);
    for (let i = 0; i < 1024; i++) column.set(i, i);
    expect(column.allocatedBytes).toBe(4 * 1024);
    column.set(1024 * 1000, 7); // one more page, none between
    expect(column.allocatedBytes).toBe(2 * 4 * 1024);
    expect([column.get(1023), column.get(1024), column.get(1024 * 1000)]).toEqual([1023, 0, 7]);
  });
});
