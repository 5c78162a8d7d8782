import { describe, expect, it } from "vitest";
import { correctionRequestSchema } from "./contract.js";

const A = "0123456789abcdef0123456789abcdef";

describe("correction requests: nothing but a correction is taken", () => {
  it.each([
    [{ kind: "merge", entity: "person:obama", target: "person:barack obama", by: "ana" }, true],
    [{ kind: "merge", entity: `person:obama@${A}`, target: "person:barack obama", by: "ana" }, true],
    [{ kind: "split", entity: "person:barack obama", article: A, by: "ana" }, true],
    [{ kind: "confirm", entity: `person:obama@${A}`, target: "person:barack obama", by: "ana", note: "context" }, true],
    [{ kind: "reject", entity: `person:obama@${A}`, target: "person:michelle obama", by: "ana" }, true],
    [{ kind: "merge", entity: "org:state department", target: "org:department of state", by: "ana" }, true],
    [{ kind: "delete", entity: "person:obama", target: "person:x", by: "ana" }, false],
    [{ kind: "merge", entity: "anon:x:y", target: "person:x", by: "ana" }, false],
    [{ kind: "merge", entity: "person:obama", target: "person:x", by: " " }, false],
    [{ kind: "merge", entity: "person:obama", target: "person:x", by: "ana", extra: 1 }, false],
    [{ kind: "split", entity: "person:barack obama", article: "nope", by: "ana" }, false],
    [{ kind: "split", entity: "person:barack obama", target: "person:x", by: "ana" }, false],
    [{ kind: "merge", entity: "person:obama@short", target: "person:x", by: "ana" }, false],
    [{ query: "MATCH (n) DETACH DELETE n" }, false],
  ])("%j → valid %s", (body, ok) => {
    expect(correctionRequestSchema.safeParse(body).success).toBe(ok);
  });
});
