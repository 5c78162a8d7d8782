import type { DocumentGraph } from "@claimgraph/schema";
import { countryOf } from "../extract/lexicon/countries.js";

/**
 * GUM (shared/train/gum-entities.jsonl) as entity gold: each chain with a proper name becomes a
 * Person or Organization with its name and aliases. GUM annotates no claims, so only the person
 * and org rows of its table mean anything (the eval report prints only those).
 */
export interface GumGoldRecord {
  id: string;
  genre: string;
  text: string;
  entities: { name: string; type: "Person" | "Organization"; aliases: string[] }[];
}

export function isGumRecord(value: unknown): value is GumGoldRecord {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<GumGoldRecord>;
  return typeof v.genre === "string" && typeof v.text === "string" && Array.isArray(v.entities) && !("claims" in v);
}

export function gumToGold(record: GumGoldRecord): DocumentGraph {
  return {
    document: record.id,
    entities: record.entities.map((e) => ({ name: e.name, type: e.type, aliases: [...e.aliases] })),
    affiliations: [],
    claims: [],
  };
}

/**
 * A graph with its countries left out, for the org row GUM can fairly score. GUM types countries
 * as places (not in its entity file; the data README's "convention difference"), except a country
 * acting as a government or a team, which the interview genre never has; the project counts every
 * country as an Organization (`kind: "country"`). `pnpm eval` prints GUM's org row both ways, and
 * this drops the countries from both sides: predicted entities of kind "country", and gold
 * organizations whose name or an alias is a country's name ("United States", "U.S."), so a
 * country GUM did type as an organization does not count as missed either.
 */
export function withoutCountries(graph: DocumentGraph): DocumentGraph {
  return {
    ...graph,
    entities: graph.entities.filter(
      (e) =>
        e.kind !== "country" &&
        !(e.type === "Organization" && [e.name, ...e.aliases].some((n) => countryOf(n)?.form === "name")),
    ),
  };
}
