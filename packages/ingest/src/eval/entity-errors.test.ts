import type { DocumentGraph, Entity } from "@claimgraph/schema";
import { describe, expect, it } from "vitest";
import { entityErrors, formatEntityError } from "./entity-errors.js";

const graph = (entities: Entity[]): DocumentGraph => ({ document: "d", entities, affiliations: [], claims: [] });
const person = (name: string, aliases: string[] = []): Entity => ({ name, type: "Person", aliases });
const org = (name: string, aliases: string[] = []): Entity => ({ name, type: "Organization", aliases });

describe("entityErrors", () => {
  it("lists unmatched predictions and missed gold entities, as the entity rows count them", () => {
    const gold = graph([person("Frank Rack", ["Frank"]), org("Godiva"), org("Wikinews")]);
    const predicted = graph([person("Frank Rack"), person("Frank"), person("Godiva"), org("Wikinews"), org("DNA")]);
    expect(entityErrors(predicted, gold).map(formatEntityError)).toEqual([
      'fp Person "Frank" (gold: Person)',
      'fp Person "Godiva" (gold: Organization)',
      'fp Organization "DNA"',
      'fn Organization "Godiva"',
    ]);
  });

  it("lists nothing when prediction and gold agree", () => {
    const gold = graph([person("Isabel Ruiz", ["Isabel"])]);
    expect(entityErrors(graph([person("Isabel Ruiz", ["Isabel"])]), gold)).toEqual([]);
  });
});
