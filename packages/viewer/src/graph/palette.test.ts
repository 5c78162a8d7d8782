import { describe, expect, it } from "vitest";
import { categoricalColours, colourFor } from "./palette.js";

describe("categoricalColours", () => {
  it("gives up to ten values ten different colours, the same for the same set in any order", () => {
    const outlets = ["Reuters", "BBC News", "Al Jazeera", "The Hindu", "Le Monde", "NPR", "AP", "Kyodo", "DW", "CNN"];
    const colours = categoricalColours(outlets);
    expect(new Set(colours.values()).size).toBe(10);
    expect(categoricalColours([...outlets].reverse())).toEqual(colours);
  });

  it("falls back to the value's own colour past ten, and counts a repeated value once", () => {
    const many = Array.from({ length: 12 }, (_, i) => `Outlet ${String(i).padStart(2, "0")}`);
    const colours = categoricalColours([...many, "Outlet 00"]);
    expect(colours.size).toBe(12);
    expect(colours.get("Outlet 11")).toBe(colourFor("Outlet 11"));
  });
});
