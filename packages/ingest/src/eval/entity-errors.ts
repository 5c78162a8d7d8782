import type { DocumentGraph, EntityType } from "@claimgraph/schema";
import { scoreEntities } from "./entities.js";

/** One entity the person/org rows count as wrong: predicted and unmatched (fp), or gold and missed (fn). */
export interface EntityError {
  error: "fp" | "fn";
  type: EntityType;
  name: string;
  aliases: string[];
  /** For a false positive: the type of the gold entity with the same name, when there is one. */
  goldType?: EntityType;
}

/**
 * The person and organization false positives and false negatives of one document, as the
 * entity rows count them (scoreEntities' one-to-one matching): what `pnpm eval --entity-errors`
 * lists for error analysis.
 */
export function entityErrors(predicted: DocumentGraph, gold: DocumentGraph): EntityError[] {
  const scores = scoreEntities(predicted.entities, gold.entities);
  const matchedGold = new Set(scores.matches.values());
  const out: EntityError[] = [];
  predicted.entities.forEach((entity, index) => {
    if (scores.matches.has(index)) return;
    const ref = scores.resolvePredicted(entity.name);
    const goldEntity = ref.startsWith("gold:") ? gold.entities[Number(ref.slice(5))] : undefined;
    out.push({
      error: "fp",
      type: entity.type,
      name: entity.name,
      aliases: [...entity.aliases],
      ...(goldEntity ? { goldType: goldEntity.type } : {}),
    });
  });
  gold.entities.forEach((entity, index) => {
    if (!matchedGold.has(index))
      out.push({ error: "fn", type: entity.type, name: entity.name, aliases: [...entity.aliases] });
  });
  return out;
}

/** One line per error: "fp Organization "DNA"", "fn Person "Scarne"", "fp Person "Godiva" (gold: Organization)". */
export function formatEntityError(e: EntityError): string {
  const aliases = e.aliases.length > 0 ? ` ${JSON.stringify(e.aliases)}` : "";
  const gold = e.goldType ? ` (gold: ${e.goldType})` : "";
  return `${e.error} ${e.type} ${JSON.stringify(e.name)}${aliases}${gold}`;
}
