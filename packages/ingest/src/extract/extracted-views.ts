import { extractDocument } from "./extract-document.js";

/**
 * Plain views of the document graph one text extracts to, for the table tests that pin what a round of reading
 * fixed: the entities as "Type Name" (sorted), an entity's aliases, the claims' text and speaker, a claim's targets,
 * the affiliations as "person -> organization" (sorted).
 */
function graphOf(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" });
}

/** The entities, each as "Type Name", sorted. */
export function entityNames(text: string): string[] {
  return graphOf(text)
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();
}

/** The aliases of the entity named `name`, sorted (none when no entity is so named). */
export function entityAliases(text: string, name: string): string[] {
  const e = graphOf(text).entities.find((x) => x.name === name);
  return [...(e?.aliases ?? [])].sort();
}

/** Each claim's content and speaker. */
export function claimsSaid(text: string): { text: string; speaker: string | null | undefined }[] {
  return graphOf(text).claims.map((c) => ({ text: c.text, speaker: c.speaker }));
}

/** The targets of the claim whose content is `content`, sorted (none when no claim has it). */
export function claimTargets(text: string, content: string): string[] {
  const c = graphOf(text).claims.find((x) => x.text === content);
  return [...(c?.about ?? [])].sort();
}

/** The affiliations, each as "person -> organization", sorted. */
export function affiliationPairs(text: string): string[] {
  return graphOf(text)
    .affiliations.map((a) => `${a.person} -> ${a.organization}`)
    .sort();
}
