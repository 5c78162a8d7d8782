import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/**
 * "Olive oil prices in Tunisian shops have almost doubled" beside "the world's second-largest olive oil producer": a
 * one-word name opening a sentence, whose word and the lower-case word after it the article writes elsewhere in
 * lower case, is that common phrase's first word, no name (a given name, "Olive", the tagger read as a person).
 * Drops such person and untyped mentions from `mentions`. (2026-12-07, newsdev77)
 */
export function dropLowercasePhraseOpenings(tokens: readonly Token[], mentions: Mention[]): void {
  let bigrams: Set<string> | undefined;
  const lowerBigrams = () => {
    if (bigrams) return bigrams;
    bigrams = new Set();
    for (let k = 0; k + 1 < tokens.length; k++) {
      const a = tokens[k] as Token;
      const b = tokens[k + 1] as Token;
      if (a.kind === "word" && b.kind === "word" && !a.cap && !b.cap && a.sentence === b.sentence)
        bigrams.add(`${a.text} ${b.text}`);
    }
    return bigrams;
  };
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.last - m.first !== 1 || m.title || (m.type !== "Person" && m.type !== "Unknown")) continue;
    const word = tokens[m.first] as Token;
    const next = tokens[m.last];
    if (tokens[m.first - 1]?.sentence === word.sentence) continue;
    if (next?.kind !== "word" || next.cap || next.sentence !== word.sentence) continue;
    if (lowerBigrams().has(`${word.lower} ${next.text}`)) mentions.splice(i, 1);
  }
}
