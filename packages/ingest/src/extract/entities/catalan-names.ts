import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/**
 * "Housing Minister Núria Casals i Pujol": a Catalan full name joins its two surnames with a lower-case "i" ("and"),
 * which the tagger reads as the end of one name ("Núria Casals") and another ("Pujol"). A person's name of two words
 * or more, then "i" and a one-word name, is one person's name. Mutates the mentions in place, dropping the second.
 */
export function catalanSurnames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const m = mentions[k] as Mention;
    const next = mentions[k + 1] as Mention;
    if (m.type !== "Person" || m.name.split(/\s+/).length < 2 || next.title !== undefined) continue;
    if (next.type === "Organization" || next.last - next.first !== 1 || next.first !== m.last + 1) continue;
    const and = tokens[m.last] as Token;
    if (and.text !== "i" || and.sentence !== tokens[next.first]?.sentence) continue;
    if (and.start !== m.end + 1 || next.start !== and.end + 1) continue;
    m.name = `${m.name} i ${next.name}`;
    m.end = next.end;
    m.last = next.last;
    m.text = text.slice(m.start, m.end);
    mentions.splice(k + 1, 1);
  }
}
