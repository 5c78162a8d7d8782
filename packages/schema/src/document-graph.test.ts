import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocumentGraph } from "./document-graph.js";

const goldPath = fileURLToPath(new URL("../../ingest/gold/000_b2a3305966d766fc.gold.json", import.meta.url));

const X = { name: "X", type: "Person", aliases: [] };
const CLAIM = { speaker: "X", kind: "direct", text: "", start: 0, end: 1 };

describe("parseDocumentGraph", () => {
  it("accepts entity indexes that name the entity beside them", () => {
    const claim = { ...CLAIM, speaker_entity: 0, about: ["X"], about_entities: [0] };
    expect(parseDocumentGraph({ document: "a", entities: [X], claims: [claim] }).ok).toBe(true);
  });

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
    [
      { document: "a", claims: [{ ...CLAIM, speaker_entity: 1 }], entities: [X] },
      "claims.0.speaker_entity: no entity 1",
    ],
    [
      { document: "a", claims: [{ ...CLAIM, speaker: "Y", speaker_entity: 0 }], entities: [X] },
      'entity 0 is "X", not "Y"',
    ],
    [
      { document: "a", claims: [{ ...CLAIM, about: ["X"], about_entities: [0, 0] }], entities: [X] },
      "claims.0.about_entities",
    ],
    [
      { document: "a", affiliations: [{ person: "X", organization: "Z", organization_entity: 0 }], entities: [X] },
      "affiliations.0.organization_entity",
    ],
  ])("rejects %j naming %s", (value, path) => {
    const result = parseDocumentGraph(value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(path);
  });
});
