import type { CorrectionRecord } from "@claimgraph/schema";
import { describe, expect, it } from "vitest";
import { CorrectionBook } from "./corrections.js";

const A = "a".repeat(32);
const B = "b".repeat(32);

const record = (
  over: Partial<CorrectionRecord> & Pick<CorrectionRecord, "id" | "kind" | "entity">,
): CorrectionRecord => ({
  label: "Person",
  sourceKey: null,
  target: null,
  name: "Name",
  targetName: null,
  score: null,
  evidence: null,
  by: "ana",
  at: "2026-12-01T18:00:00.000Z",
  note: null,
  undoneAt: null,
  undoneBy: null,
  ...over,
});

const merge = record({
  id: "m1",
  kind: "merge",
  entity: "person:hillary rodham clinton",
  target: "person:hillary clinton",
  name: "Hillary Rodham Clinton",
  targetName: "Hillary Clinton",
});
const confirm = record({
  id: "c1",
  kind: "confirm",
  entity: "person:obama",
  sourceKey: "x1.txt",
  target: "person:barack obama",
  name: "Obama",
  targetName: "Barack Obama",
});
const split = record({
  id: "s1",
  kind: "split",
  entity: "person:barack obama",
  sourceKey: "y1.txt",
  name: "Barack Obama",
});
const reject = record({
  id: "r1",
  kind: "reject",
  entity: "person:obama",
  sourceKey: "x2.txt",
  target: "person:michelle obama",
});

describe("CorrectionBook.redirect", () => {
  const book = new CorrectionBook([merge, confirm, split, reject]);
  it.each([
    ["a merged node, in any article", "person:hillary rodham clinton", "any.txt", A, "person:hillary clinton", "m1"],
    ["a confirmed short form, in its article", `person:obama@${A}`, "x1.txt", A, "person:barack obama", "c1"],
    ["the same short form after the article changed", `person:obama@${B}`, "x1.txt", B, "person:barack obama", "c1"],
    ["a split mention", "person:barack obama", "y1.txt", B, `person:barack obama@${B}`, "s1"],
  ])("%s", (_what, id, sourceKey, article, to, correction) => {
    expect(book.redirect(id, sourceKey, article, "Obama")).toMatchObject({ id: to, correction });
  });

  it.each([
    ["the short form in another article", `person:obama@${A}`, "x9.txt"],
    ["the split node in another article", "person:barack obama", "x1.txt"],
    ["a node no correction names", "person:joe biden", "y1.txt"],
  ])("leaves %s alone", (_what, id, sourceKey) => {
    expect(book.redirect(id, sourceKey, A, "X")).toBeUndefined();
  });

  it("follows a chain (merged, then that article's mention split off) and stops at a cycle", () => {
    const chain = new CorrectionBook([
      merge,
      record({
        id: "s2",
        kind: "split",
        entity: "person:hillary clinton",
        sourceKey: "h.txt",
        name: "Hillary Clinton",
      }),
    ]);
    expect(chain.redirect("person:hillary rodham clinton", "h.txt", A, "Hillary Rodham Clinton")).toMatchObject({
      id: `person:hillary clinton@${A}`,
      correction: "s2",
      name: "Hillary Rodham Clinton",
    });
    const cycle = new CorrectionBook([
      record({ id: "x", kind: "merge", entity: "person:a b", target: "person:c d" }),
      record({ id: "y", kind: "merge", entity: "person:c d", target: "person:a b" }),
    ]);
    expect(cycle.redirect("person:a b", "k", A, "A B")).toMatchObject({ id: "person:c d", correction: "x" });
  });

  it("says why, and names a target the graph may not hold yet", () => {
    expect(book.redirect("person:hillary rodham clinton", "k", A, "Hillary Rodham Clinton")).toEqual({
      id: "person:hillary clinton",
      correction: "m1",
      how: "analyst: merged Hillary Rodham Clinton into Hillary Clinton (correction m1, ana, 2026-12-01)",
      name: "Hillary Clinton",
    });
  });

  it("ignores undone corrections; rejected candidates are per short form and article", () => {
    const undone = new CorrectionBook([{ ...merge, undoneAt: "2026-12-01T19:00:00.000Z", undoneBy: "ana" }, reject]);
    expect(undone.redirect("person:hillary rodham clinton", "k", A, "x")).toBeUndefined();
    expect([...undone.rejected("person:obama", "x2.txt")]).toEqual(["person:michelle obama"]);
    expect(undone.rejected("person:obama", "x1.txt").size).toBe(0);
    expect(undone.size).toBe(1);
  });
});
