import type { AnalyzedText } from "../document.js";
import type { DraftClaim } from "./types.js";

/**
 * The description before a person's name that makes them the one spoken for: "A spokesman for Secretary of State",
 * "an aide to Sen.", "a lawyer for" — an indefinite article, at most two lower-case words, a role that speaks for
 * someone, "for" or "to", and capitalised title words, right before the name.
 */
const SPEAKING_FOR =
  /(?:^|[\s(])(?:[Aa]n?) (?:[a-z-]+ ){0,2}(?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|attorney|representative) (?:for|to) (?:(?:\p{Lu}[\p{L}.]*|of) ){0,4}$/u;

/**
 * "A spokesman for Secretary of State Carmen Villarreal, whose office runs elections, said …": a claim whose speaker
 * came out as the person named after such a description is the description's unnamed source ("spokesman for
 * Secretary of State Carmen Villarreal"), not the person spoken for. Rewrites those speakers in place.
 */
export function spokesmenFor(doc: AnalyzedText, claims: DraftClaim[]): void {
  const { text } = doc;
  for (const c of claims) {
    const speaker = c.speaker;
    if (speaker?.cluster === undefined || doc.entities.clusters[speaker.cluster]?.type !== "Person") continue;
    const before = text.slice(Math.max(0, speaker.start - 80), speaker.start);
    const found = SPEAKING_FOR.exec(before);
    if (!found) continue;
    const opening = speaker.start - before.length + found.index + (/^[\s(]/.test(found[0]) ? 1 : 0);
    const article = /^an? /i.exec(text.slice(opening))?.[0].length ?? 0;
    c.speaker = { start: opening, end: speaker.end, anonymous: text.slice(opening + article, speaker.end) };
    c.fixedSpeaker = true;
  }
}
