import { type AnalyzedText, mentionAtOrAfter } from "../document.js";
import { resolvePronoun } from "../entities/pronouns.js";
import { OBJECT_PRONOUNS } from "../lexicon/function-words.js";
import type { DraftClaim } from "./types.js";

/**
 * The entities a claim is about: every entity mentioned inside its span (names, role nominals
 * such as "the president", countries via "Russian officials") and third-person pronouns resolved
 * to a person. The speaker is left out unless the claim names them in the third person.
 */
export function aboutOf(doc: AnalyzedText, claim: DraftClaim): number[] {
  const ids = new Set<number>();
  const mentions = doc.entities.mentions;
  for (let i = mentionAtOrAfter(mentions, claim.start); i < mentions.length; i++) {
    const m = mentions[i] as (typeof mentions)[number];
    if (m.start >= claim.end) break;
    if (m.start < claim.start || m.end > claim.end) continue;
    if (claim.speaker && m.start === claim.speaker.start) continue;
    // an organization the tagger was unsure of is no target (nor, then, an entity of the graph)
    if (m.tentative) continue;
    ids.add(m.cluster);
  }
  // pronouns inside the claim
  const tokens = doc.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < claim.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < tokens.length && (tokens[i]?.start ?? 0) < claim.end; i++) {
    const t = tokens[i];
    if (!t) continue;
    const g = OBJECT_PRONOUNS[t.lower];
    if (!g) continue;
    const c = resolvePronoun(doc, t.start, g);
    if (c) ids.add(c.id);
  }
  return [...ids];
}
