import { describe, expect, it } from "vitest";
import { IdMultiMap } from "./id-multimap.js";

describe("IdMultiMap", () => {
  it.each([
    { name: "nothing filed", adds: [], key: "a", ids: [] },
    { name: "one id", adds: [["a", "x"]], key: "a", ids: ["x"] },
    {
      name: "the same id twice is held once",
      adds: [
        ["a", "x"],
        ["a", "x"],
      ],
      key: "a",
      ids: ["x"],
    },
    {
      name: "two ids in the order added",
      adds: [
        ["a", "y"],
        ["a", "x"],
      ],
      key: "a",
      ids: ["y", "x"],
    },
    {
      name: "keys apart",
      adds: [
        ["a", "x"],
        ["b", "y"],
      ],
      key: "b",
      ids: ["y"],
    },
    {
      name: "a repeated id in a list",
      adds: [
        ["a", "x"],
        ["a", "y"],
        ["a", "x"],
        ["a", "z"],
      ],
      key: "a",
      ids: ["x", "y", "z"],
    },
  ] as { name: string; adds: [string, string][]; key: string; ids: string[] }[])("$name", ({ adds, key, ids }) => {
    const map = new IdMultiMap();
    for (const [k, id] of adds) map.add(k, id);
    expect([...map.get(key)]).toEqual(ids);
  });

  it("keeps order and uniqueness past the list's limit, as a Set does", () => {
    const map = new IdMultiMap();
    const reference = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const id = `id${(i * 7) % 40}`; // repeats after 40
      map.add("k", id);
      reference.add(id);
    }
    expect([...map.get("k")]).toEqual([...reference]);
  });
});
