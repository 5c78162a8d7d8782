import type { AnalyzedText } from "../document.js";
import { isPossessive, type Token } from "../text/tokens.js";
import type { AnonymousMemory } from "./speaker.js";
import type { SpeakerRef } from "./types.js";

/**
 * Political advertising: "An advocacy group, the Judicial Crisis Network, began running a television ad in five
 * states" — from there on "the ad says …" and "the ad's narrator says …" speak for the group. The quote rules
 * resolve speakers before the indirect ones remember documents, so the ads are found in a pass of their own, and
 * `AdMakers.rememberBefore` puts each one into the memory when the scan reaches it.
 */

/** Nouns of a broadcast advertisement. */
export const AD_NOUNS = /^(?:ad|ads|advert|advertisement|commercial|spot)$/;

/** Verbs of putting an ad on the air ("began running", "is airing", "released", "unveiled"). */
const AIRING =
  /^(?:running|run|runs|ran|airing|air|airs|aired|launched|launches|launching|released|releases|unveiled|unveils|debuted|debuts|placed|began|started)$/;

/** Tokens between the verb and the ad's noun ("a new 30 - second television ad", "its first"). */
const MAX_MODIFIERS = 6;

interface AdMade {
  /** Where the ad is introduced (its noun's start). */
  at: number;
  noun: string;
  maker: SpeakerRef;
}

/** The person or organization named right before token `verb` (an appositive's comma may stand between). */
function makerBefore(doc: AnalyzedText, verb: number): SpeakerRef | undefined {
  const { tokens } = doc;
  let end = verb - 1;
  while (end > 0 && /^(?:has|have|had|is|are|was|were|also|already|will|now)$/.test(tokens[end]?.text ?? "")) end--;
  if (tokens[end]?.text === ",") end--;
  const m = doc.mentionByLastToken.get(end);
  const c = m ? doc.entities.clusters[m.cluster] : undefined;
  if (!m || !c || c.country || isPossessive(tokens[m.last])) return undefined;
  if (c.type !== "Organization" && c.type !== "Person") return undefined;
  if (tokens[m.first]?.sentence !== tokens[verb]?.sentence) return undefined;
  return { start: m.start, end: m.end, cluster: c.id };
}

function findAds(doc: AnalyzedText): AdMade[] {
  const { tokens } = doc;
  const made: AdMade[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i] as Token;
    if (verb.kind !== "word" || verb.cap || !AIRING.test(verb.lower)) continue;
    // ("began running an ad": the helper verb's subject)
    const first = /^(?:began|started)$/.test(tokens[i - 1]?.lower ?? "") ? i - 1 : i;
    for (let k = i + 1; k <= i + 1 + MAX_MODIFIERS; k++) {
      const t = tokens[k];
      if (!t || t.sentence !== verb.sentence || t.kind === "quote" || (t.kind === "punct" && t.text !== "-")) break;
      if (!AD_NOUNS.test(t.lower)) continue;
      if (!/^(?:a|an|its|their|the|his|her)$/.test(tokens[i + 1]?.lower ?? "")) break;
      const maker = makerBefore(doc, first);
      if (maker) made.push({ at: t.start, noun: t.lower.replace(/s$/, ""), maker });
      break;
    }
  }
  // ("pressed Aldridge on a television ad from the Peach State Conservative Fund", "The 30-second spot, paid for by
  // Marchetti for President, …": the maker after "from", "by" or "paid for by")
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || !AD_NOUNS.test(t.lower)) continue;
    const paid = paidForBy(tokens, k + 1);
    const by = paid > 0 ? paid : /^(?:from|by)$/.test(tokens[k + 1]?.lower ?? "") ? k + 2 : -1;
    if (by < 0) continue;
    const m = doc.mentionByFirstToken.get(tokens[by]?.lower === "the" ? by + 1 : by);
    const c = m ? doc.entities.clusters[m.cluster] : undefined;
    if (!m || !c || c.country || (c.type !== "Organization" && c.type !== "Person")) continue;
    made.push({ at: t.start, noun: t.lower.replace(/s$/, ""), maker: { start: m.start, end: m.end, cluster: c.id } });
  }
  // ("The coalition, Keep Arizona Working, is led by …. Its first television ad began airing …": a sentence that
  // opens with "Its" or "Their" and an ad put on the air, the organization the sentence before names first)
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || !AD_NOUNS.test(t.lower)) continue;
    const sentence = doc.sentences[t.sentence];
    const opener = sentence ? tokens[sentence.first] : undefined;
    if (!sentence || !/^(?:Its|Their)$/.test(opener?.text ?? "") || k - sentence.first > MAX_MODIFIERS) continue;
    if (![1, 2, 3].some((n) => AIRING.test(tokens[k + n]?.lower ?? ""))) continue;
    const previous = doc.sentences[t.sentence - 1];
    const m = previous
      ? doc.entities.mentions.find(
          (x) =>
            x.start >= previous.start &&
            x.end <= previous.end &&
            doc.entities.clusters[x.cluster]?.type === "Organization" &&
            !doc.entities.clusters[x.cluster]?.country,
        )
      : undefined;
    if (m)
      made.push({
        at: t.start,
        noun: t.lower.replace(/s$/, ""),
        maker: { start: m.start, end: m.end, cluster: m.cluster },
      });
  }
  return made.sort((a, b) => a.at - b.at);
}

/** ", paid for by" (or without the comma) from token `k`: the token after "by", or -1. */
function paidForBy(tokens: readonly Token[], k: number): number {
  const from = tokens[k]?.text === "," ? k + 1 : k;
  const words = [tokens[from], tokens[from + 1], tokens[from + 2]].map((t) => t?.lower);
  return words.join(" ") === "paid for by" ? from + 3 : -1;
}

/** The ads of a document, remembered in text order. */
export class AdMakers {
  private readonly ads: AdMade[];
  private next = 0;

  constructor(doc: AnalyzedText) {
    this.ads = findAds(doc);
  }

  /** Remembers every ad introduced before `offset` as its maker's ("the ad" → the group). */
  rememberBefore(offset: number, anon: AnonymousMemory): void {
    while (this.next < this.ads.length && (this.ads[this.next] as AdMade).at < offset) {
      const ad = this.ads[this.next] as AdMade;
      anon.set(ad.noun, ad.maker);
      this.next++;
    }
  }
}
