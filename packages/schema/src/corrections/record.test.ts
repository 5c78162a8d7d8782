import { describe, expect, it } from "vitest";
import { correctionReason, correctionRequestSchema, splitScopedId } from "./record.js";

const A = "0123456789abcdef0123456789abcdef";

describe("correction requests", () => {
  it.each([
    [{ kind: "merge", entity: "person:obama", target: "person:barack obama", by: "ana" }, true],
    [{ kind: "merge", entity: `person:obama@${A}`, target: "person:barack obama", by: "ana" }, true],
    [{ kind: "split", entity: "person:barack obama", article: A, by: "ana" }, true],
    [{ kind: "confirm", entity: `person:obama@${A}`, target: "person:barack obama", by: "ana", note: "context" }, true],
    [{ kind: "reject", entity: `person:obama@${A}`, target: "person:michelle obama", by: "ana" }, true],
    [{ kind: "delete", entity: "person:obama", target: "person:x", by: "ana" }, false],
    [{ kind: "merge", entity: "anon:x:y", target: "person:x", by: "ana" }, false],
    [{ kind: "merge", entity: "person:obama", target: "person:x", by: " " }, false],
    [{ kind: "merge", entity: "person:obama", target: "person:x", by: "ana", extra: 1 }, false],
    [{ kind: "split", entity: "person:barack obama", article: "nope", by: "ana" }, false],
    [{ kind: "merge", entity: "person:obama@short", target: "person:x", by: "ana" }, false],
  ])("%j → valid %s", (body, ok) => {
    expect(correctionRequestSchema.safeParse(body).success).toBe(ok);
  });
});

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
