import { describe, expect, it } from "vitest";
import { IdMultiMap } from "./id-multimap.js";
import { StringPool } from "./string-pool.js";

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

  it("keeps order and uniqueness over a long list, as a Set does", () => {
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

describe("IdMultiMap with shared pools", () => {
  it("files ids by handle in a pool shared with other maps, and keys in that same pool", () => {
    const ids = new StringPool();
    const byName = new IdMultiMap(ids, ids);
    const byAlias = new IdMultiMap(ids, ids);
    byName.add("person:ann lee", "person:ann lee");
    byAlias.add("person:ann lee", "person:ann b lee");
    byAlias.add("person:ann lee", "person:ann lee");
    expect(byName.get("person:ann lee")).toEqual(["person:ann lee"]);
    expect(byAlias.get("person:ann lee")).toEqual(["person:ann b lee", "person:ann lee"]);
    // One string each in the shared pool, whatever the maps filed.
    expect(ids.size).toBe(2);
    expect(byName.handles("person:ann lee")).toEqual([ids.find("person:ann lee")]);
  });

  it("addNew appends without checking, in order, for callers that never file an id twice", () => {
    const ids = new StringPool();
    const map = new IdMultiMap(ids);
    const people = ["person:a smith", "person:b smith", "person:c smith"].map((id) => ids.intern(id));
    for (const h of people) map.addNew("smith", h);
    map.addNew("jones", people[0] as number);
    expect(map.get("smith")).toEqual(["person:a smith", "person:b smith", "person:c smith"]);
    expect(map.get("jones")).toEqual(["person:a smith"]);
    expect(map.get("brown")).toEqual([]);
  });
});
