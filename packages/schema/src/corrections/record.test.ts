import { describe, expect, it } from "vitest";
import { correctionReason, splitScopedId } from "./record.js";

const A = "0123456789abcdef0123456789abcdef";

describe("ids and reasons", () => {
  it("splits a scoped id", () => {
    expect(splitScopedId(`person:obama@${A}`)).toEqual({ base: "person:obama", article: A });
    expect(splitScopedId("org:state department")).toEqual({ base: "org:state department", article: undefined });
  });
  it("states who corrected what, and when", () => {
    expect(
      correctionReason({
        id: "c1",
        kind: "merge",
        by: "ana",
        at: "2026-12-01T18:00:00Z",
        name: "Obama",
        targetName: "Barack Obama",
      }),
    ).toBe("analyst: merged Obama into Barack Obama (correction c1, ana, 2026-12-01)");
  });
});
