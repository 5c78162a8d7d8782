import type { AnalyzedText } from "../document.js";
import { TELLING } from "../entities/told-outlets.js";

const MEDIA_KINDS = new Set(["media"]);

/**
 * "told the Associated Press": the organization right after a cue (skipping "the"), when it is
 * a news outlet, is the reporting channel.
 */
export function viaAfter(doc: AnalyzedText, cueIndex: number): number | undefined {
  const cue = doc.tokens[cueIndex];
  if (!cue || !TELLING.test(cue.lower)) return undefined;
  let i = cueIndex + 1;
  if (doc.tokens[i]?.lower === "the") i++;
  // ("told the newspaper Folha de S.Paulo", "told the news agency dpa")
  i = afterMediumNoun(doc, i);
  const m = doc.mentionByFirstToken.get(i);
  if (!m) return undefined;
  const c = doc.entities.clusters[m.cluster];
  if (c?.type !== "Organization" || !MEDIA_KINDS.has(c.kind ?? "")) return undefined;
  return c.id;
}

/** Nouns that describe a news medium before its name ("the newspaper Folha de S.Paulo", "the news agency dpa"). */
const MEDIUM_NOUNS =
  /^(?:newspaper|paper|daily|weekly|magazine|broadcaster|agency|channel|network|station|outlet|website|radio|television|tv|news|wire|tabloid|site)$/;

/**
 * The token after the lower-case words from `from` that describe a news medium (one to three, the last a
 * medium's noun: "newspaper", "news agency", "public broadcaster") when a name follows them; `from` otherwise.
 */
export function afterMediumNoun(doc: AnalyzedText, from: number): number {
  let k = from;
  while (k < from + 3 && doc.tokens[k]?.kind === "word" && !doc.tokens[k]?.cap) k++;
  if (k === from || !MEDIUM_NOUNS.test(doc.tokens[k - 1]?.lower ?? "")) return from;
  return doc.mentionByFirstToken.has(k) ? k : from;
}
