/**
 * Keys for entity matching, as the gold README defines them: the one name key of the project
 * (`nameKey` in @claimgraph/schema: case, accents, a leading "the", the possessive "'s" and
 * punctuation ignored), and a person's surname key on top of it.
 */
import { nameKey } from "@claimgraph/schema";

export { nameKey };

const GENERATIONAL_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** The key of a person's surname: the last word of the name, skipping "Jr.", "III" and the like. */
export function surnameKey(name: string): string | undefined {
  const words = nameKey(name).split(" ").filter(Boolean);
  while (words.length > 1 && GENERATIONAL_SUFFIXES.has(words[words.length - 1] ?? "")) words.pop();
  return words.length > 1 ? words[words.length - 1] : undefined;
}

/** True when a key is a single word (a surname alone can only be a single word). */
export function isSingleWord(key: string): boolean {
  return key.length > 0 && !key.includes(" ");
}
