import { ORG_NOUNS } from "../lexicon/organizations.js";
import { isPossessive, type Token } from "../text/tokens.js";
import { addMentions, organizationMention, retypeAsOrganization } from "./mention-span.js";
import type { Mention } from "./types.js";

/** Lower-case particles inside such a name ("Salar del Sur", "Vale do Sol"). */
const PARTICLES: ReadonlySet<string> = new Set(["de", "del", "do", "da", "dos", "das", "la", "el", "di", "van", "von"]);

/** Most capitalised words of a name before its descriptor ("the Awana Warmi weavers' association"). */
const MAX_NAME_WORDS = 3;

/**
 * "leads the Awana Warmi weavers' association", "the Ider Malchin herders’ cooperative": capitalised words after
 * "the" and before a plural's possessive and an organization's noun are that organization's name. Retypes a
 * mention of exactly those words, or adds one where no mention covers them, keeping the mentions sorted.
 */
export function namesBeforeDescriptors(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const found: Mention[] = [];
  for (let k = 2; k + 1 < tokens.length; k++) {
    const plural = tokens[k - 1] as Token;
    const noun = tokens[k + 1];
    // (a plural's apostrophe written right against it: "weavers' ", "herders’ ")
    const apostrophe =
      isPossessive(tokens[k]) || (/^['’]$/.test(tokens[k]?.text ?? "") && tokens[k]?.start === plural.end);
    if (!apostrophe || plural.cap || !/s$/.test(plural.lower) || plural.kind !== "word") continue;
    if (!noun || noun.cap || !ORG_NOUNS.has(noun.lower)) continue;
    let first = k - 1;
    // ("the Salar del Sur growers' cooperative": a particle between the name's capitalised words)
    const nameWord = (t: Token | undefined, before: Token | undefined) =>
      t?.kind === "word" && (t.cap || (PARTICLES.has(t.lower) && before?.cap === true));
    while (first > k - 1 - MAX_NAME_WORDS - 1 && nameWord(tokens[first - 1], tokens[first - 2])) first--;
    if (!tokens[first]?.cap) continue;
    if (first === k - 1 || tokens[first - 1]?.lower !== "the") continue;
    const last = k - 1;
    const same = mentions.find((m) => m.first === first && m.last === last);
    if (same) {
      if (same.type !== "Organization") retypeAsOrganization(same, "organization");
      continue;
    }
    if (mentions.some((m) => m.first < last && m.last > first)) continue;
    found.push(organizationMention(text, tokens, first, last, "organization"));
  }
  addMentions(mentions, found);
}
