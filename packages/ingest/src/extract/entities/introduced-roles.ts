import type { Token } from "../text/tokens.js";
import { isHeadNoun } from "./introduced-nouns.js";
import type { Cluster, Mention } from "./types.js";

/** Words whose object "the … noun" is (the time or place of what follows), not a role in apposition. */
const PREPOSITIONS = new Set([
  "during",
  "in",
  "after",
  "before",
  "since",
  "at",
  "on",
  "for",
  "from",
  "with",
  "over",
  "under",
  "through",
  "throughout",
  "until",
  "into",
  "of",
  "by",
]);

/** Longest role before its noun ("the fourth official" → "fourth"), in words. */
const MAX_MODIFIERS = 2;

/**
 * The role noun of "the referee, Fernando Echeverría," (before the name) or "Fernando Echeverría, the
 * referee," (after it, up to a comma or a full stop): "the", at most two modifiers, the noun.
 */
function introducedRole(tokens: readonly Token[], m: Mention): string | undefined {
  // before: "the [modifiers] noun , Name"
  const noun = tokens[m.first - 2];
  if (tokens[m.first - 1]?.text === "," && isHeadNoun(noun)) {
    for (let j = m.first - 3; j >= 0 && m.first - 3 - j <= MAX_MODIFIERS; j--) {
      const t = tokens[j] as Token;
      if (t.sentence !== noun.sentence) break;
      // "During the primaries, Trump …": a preposition's object is no apposition
      if (t.lower === "the") return PREPOSITIONS.has(tokens[j - 1]?.lower ?? "") ? undefined : noun.lower;
      if (!isHeadNoun(t)) break;
    }
  }
  // after: "Name , the [modifiers] noun" then "," or "."
  if (tokens[m.last]?.text === "," && tokens[m.last + 1]?.lower === "the") {
    for (let k = m.last + 2; k < tokens.length && k - (m.last + 2) <= MAX_MODIFIERS; k++) {
      const t = tokens[k] as Token;
      const next = tokens[k + 1];
      if (!isHeadNoun(t)) return undefined;
      if (next && (next.text === "," || next.text === ".") && next.sentence === t.sentence) return t.lower;
    }
  }
  return undefined;
}

/**
 * "Quinteros said the referee, Fernando Echeverría, had made two mistakes … the referee’s report": a
 * role the article gives a person in apposition, with "the", is that person later in the article
 * ("the referee", "the referee’s") — when it gives the role to no one else. Titles the lexicon knows
 * ("the president") are role nominals already (resolve.ts); this adds the roles it does not know.
 * Adds the mentions to their clusters; the caller sorts them.
 */
export function addIntroducedRoles(
  text: string,
  tokens: readonly Token[],
  clusters: readonly Cluster[],
  known: (noun: string) => boolean,
): void {
  const holders = new Map<string, { cluster: Cluster; from: number }[]>();
  const taken = new Set<number>();
  // "Fernando Echeverría, the referee,": the introducing "the" is no mention of its own
  const introductions = new Set<number>();
  for (const c of clusters)
    for (const m of c.mentions) {
      for (let k = m.first; k < m.last; k++) taken.add(k);
      if (c.type !== "Person") continue;
      const role = introducedRole(tokens, m);
      if (!role || known(role)) continue;
      if (tokens[m.last]?.text === ",") introductions.add(m.last + 1);
      const list = holders.get(role) ?? [];
      if (!list.some((h) => h.cluster === c)) list.push({ cluster: c, from: m.end });
      holders.set(role, list);
    }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const det = tokens[i] as Token;
    const noun = tokens[i + 1] as Token;
    if (det.lower !== "the" || taken.has(i + 1) || introductions.has(i) || !isHeadNoun(noun)) continue;
    const list = holders.get(noun.lower);
    if (list?.length !== 1) continue;
    const { cluster, from } = list[0] as { cluster: Cluster; from: number };
    // after the introduction (not "the referee, Fernando Echeverría" itself)
    if (det.start < from) continue;
    const m: Mention = {
      start: det.start,
      end: noun.end,
      text: text.slice(det.start, noun.end),
      name: cluster.name,
      first: i,
      last: i + 2,
      type: "Person",
      cluster: cluster.id,
    };
    cluster.mentions.push(m);
    cluster.forms.add(m.text);
  }
}
