import type { AnalyzedText } from "../document.js";

const MEDIA_KINDS = new Set(["media"]);

/**
 * "told the Associated Press": the organization right after a cue (skipping "the"), when it is
 * a news outlet, is the reporting channel.
 */
export function viaAfter(doc: AnalyzedText, cueIndex: number): number | undefined {
  const cue = doc.tokens[cueIndex];
  if (!cue || !/^(told|tells|telling|tell)$/.test(cue.lower)) return undefined;
  let i = cueIndex + 1;
  if (doc.tokens[i]?.lower === "the") i++;
  const m = doc.mentionByFirstToken.get(i);
  if (!m) return undefined;
  const c = doc.entities.clusters[m.cluster];
  if (c?.type !== "Organization" || !MEDIA_KINDS.has(c.kind ?? "")) return undefined;
  return c.id;
}
