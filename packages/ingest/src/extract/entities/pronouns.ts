import { type AnalyzedText, mentionAtOrAfter } from "../document.js";
import type { Cluster } from "./types.js";

/**
 * The person a he/she pronoun at `offset` refers to: the nearest preceding person mention of a
 * compatible gender, looking back at most `window` characters. Unknown genders are compatible.
 */
export function resolvePronoun(
  doc: AnalyzedText,
  offset: number,
  gender: "m" | "f",
  window = 1500,
): Cluster | undefined {
  const { mentions, clusters } = doc.entities;
  for (let i = mentionAtOrAfter(mentions, offset) - 1; i >= 0; i--) {
    const m = mentions[i];
    if (!m || m.start >= offset) continue;
    if (m.start < offset - window) break;
    const c = clusters[m.cluster];
    if (c?.type !== "Person") continue;
    if (c.gender === "u" || c.gender === gender) return c;
  }
  return undefined;
}
