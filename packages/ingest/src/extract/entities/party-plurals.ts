import { US_PARTIES, usPartyBy } from "../lexicon/us-parties.js";
import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/**
 * "Republicans were quick to pounce", "Democrats on the House Homeland Security Committee have accused …": the
 * members' plural written alone names the party (the gold READMEs from newsdev20 on: "Democrats", the only form of
 * the party, is the party). A capitalised plural that no longer name holds ("the Liberal Democrats", "Young
 * Republicans" stay what they are, and so does the plural alone in an article that names such a party) becomes a
 * mention of the party, or, read as a name of its own ("Democrats on the panel"), is renamed the party. Mentions
 * stay in text order.
 */
export function partyPluralMentions(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  // ("Democrats and Republicans met": the two plurals a run joined over "and" are the two parties)
  for (let n = mentions.length - 1; n >= 0; n--) {
    const m = mentions[n] as Mention;
    const words = tokens.slice(m.first, m.last);
    if (
      m.last - m.first >= 3 &&
      words.every((t) => usPartyBy("members", t.text) !== undefined || /^(?:and|&|,)$/.test(t.text)) &&
      words.some((t) => usPartyBy("members", t.text) === undefined)
    )
      mentions.splice(n, 1);
  }
  // (an article that names a party by the plural with words before it, "the Liberal Democrats", "Sweden Democrats",
  // means that party by the plural alone)
  const longer = US_PARTIES.map((p) => p.members).filter((plural) =>
    mentions.some((m) => m.name.endsWith(` ${plural}`)),
  );
  const covered = new Map<number, Mention>();
  for (const m of mentions) for (let k = m.first; k < m.last; k++) covered.set(k, m);
  const added: Mention[] = [];
  tokens.forEach((t, k) => {
    const party = usPartyBy("members", t.text);
    if (party === undefined || longer.includes(t.text)) return;
    const own = covered.get(k);
    if (own && (own.first !== k || own.last !== k + 1)) return;
    if (own) {
      Object.assign(own, { name: party, type: "Organization", kind: "party", tagged: "ORG" });
      return;
    }
    const written = text.slice(t.start, t.end);
    added.push({
      start: t.start,
      end: t.end,
      text: written,
      name: party,
      first: k,
      last: k + 1,
      type: "Organization",
      kind: "party",
      tagged: "ORG",
      cluster: -1,
    });
  });
  if (added.length === 0) return;
  mentions.push(...added);
  mentions.sort((a, b) => a.start - b.start);
}
