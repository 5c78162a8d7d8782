import type { InputItem } from "@claimgraph/ingest";
import { describe, expect, it } from "vitest";
import { editions } from "./editions.js";

const doc = (id: string): InputItem => ({
  ok: true,
  doc: { id, text: "Ann Lee said it.", origin: `f.jsonl:${id}`, format: "jsonl", url: `https://x.test/${id}` },
});

describe("editions", () => {
  it("repeats every article once per edition with distinct ids, keeping the first edition as read", () => {
    const out = [...editions([doc("a"), doc("b"), { ok: false, origin: "f:3", error: "bad" }], 3)];
    const ids = out.map((i) => (i.ok ? i.doc.id : "?"));
    expect(ids).toEqual(["a", "b", "a#e1", "b#e1", "a#e2", "b#e2"]);
    expect(new Set(out.map((i) => (i.ok ? i.doc.url : ""))).size).toBe(6);
    expect(out[2]?.ok && out[2].doc.text.startsWith("Ann Lee said it.")).toBe(true);
  });
  it.each([0, -1, 1.5, Number.NaN])("refuses scale %s", (n) => {
    expect(() => [...editions([doc("a")], n)]).toThrow(/--scale must be a whole number/);
  });
});
