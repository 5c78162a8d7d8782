import { describe, expect, it } from "vitest";
import { Int32Column, Uint8Column, Uint32Column } from "./int-column.js";

describe("number columns", () => {
  it.each([
    { name: "Int32Column", make: () => new Int32Column(4), value: -123_456 },
    { name: "Uint32Column", make: () => new Uint32Column(4), value: 0xfedc_ba98 },
    { name: "Uint8Column", make: () => new Uint8Column(4), value: 200 },
  ])("$name reads 0 where never set and keeps values across growth", ({ make, value }) => {
    const column = make();
    expect(column.get(0)).toBe(0);
    expect(column.get(1_000_000)).toBe(0);
    column.set(2, value);
    column.set(5_000, value); // past the capacity of 4: grows
    column.set(3, 1);
    expect([column.get(2), column.get(3), column.get(4), column.get(5_000), column.get(5_001)]).toEqual([
      value,
      1,
      0,
      value,
      0,
    ]);
  });
});
