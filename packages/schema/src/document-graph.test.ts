import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocumentGraph } from "./document-graph.js";

const goldPath = fileURLToPath(new URL("../../ingest/gold/000_b2a3305966d766fc.gold.json", import.meta.url));

describe("parseDocumentGraph", () => {
  it("accepts the seed gold file and keeps its claims", () => {
    const result = parseDocumentGraph(JSON.parse(readFileSync(goldPath, "utf8")));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.claims.length).toBe(19);
    expect(result.value.entities.find((e) => e.name === "Matthew Dunn")?.type).toBe("Person");
  });

  it.each([
    [{ entities: [] }, "document"],
    [{ document: "a", claims: [{ speaker: null, kind: "quote", text: "", start: 0, end: 1 }] }, "claims.0.kind"],
    [{ document: "a", claims: [{ speaker: "X", kind: "direct", text: "", start: -1, end: 1 }] }, "claims.0.start"],
    [{ document: "a", entities: [{ name: "X", type: "Place", aliases: [] }] }, "entities.0.type"],
  ])("rejects %j naming %s", (value, path) => {
    const result = parseDocumentGraph(value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(path);
  });
});
