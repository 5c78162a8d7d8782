import { ORG_HEADS } from "../lexicon/organizations.js";
import { isBarePossessive, isPossessive, type Token } from "../text/tokens.js";
import { addMentions, organizationMention } from "./mention-span.js";
import type { Mention } from "./types.js";

/** Most capitalised words a possessed organization's name may run to after "for" or "of" ("… for Transportation Studies"). */
const MAX_TAIL_WORDS = 4;

/**
 * "the University of the Philippines’ National Center for Transportation Studies": an organization's name, its
 * possessive, then another organization's name the tagger ran into it. Each side holds an organization's head
 * ("University", "Center"), the first is a name "of" something (not "Vintners' Federation of Ireland", "Marlow
 * Court Tenants’ Association") and the second has two words or more and runs on over "for" or "of" and capitalised
 * words. Cuts the mention at the possessive and adds the second
 * organization, keeping the mentions sorted.
 */
export function splitPossessiveOrganizations(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const found: Mention[] = [];
  const inside = new Set<Mention>();
  for (const m of mentions) {
    if (m.type !== "Organization" || m.title !== undefined) continue;
    let k = m.first + 2;
    while (k < m.last - 1 && !isPossessive(tokens[k]) && !isBarePossessive(tokens, k)) k++;
    // (a name "of" a place or body whose possessive opens another name of two words or more: not "Marlow Court
    // Tenants’ Association", a plural's possessive inside one name)
    if (k >= m.last - 2 || !tokens.slice(m.first + 1, k).some((t) => t.lower === "of")) continue;
    const firstKind = headKind(tokens, m.first, k);
    if (firstKind === undefined) continue;
    let end = m.last;
    while (/^(?:for|of)$/.test(tokens[end]?.lower ?? "") && tokens[end + 1]?.cap) {
      let e = end + 1;
      while (e < end + 1 + MAX_TAIL_WORDS && tokens[e]?.cap && tokens[e]?.kind === "word") e++;
      end = e;
    }
    const secondKind = headKind(tokens, k + 1, end);
    if (!(tokens[k + 1] as Token).cap || secondKind === undefined) continue;
    const second = organizationMention(text, tokens, k + 1, end, secondKind);
    for (const other of mentions)
      if (other !== m && other.start >= second.start && other.end <= second.end) inside.add(other);
    const cut = (tokens[k - 1] as Token).end;
    m.end = cut;
    m.last = k;
    m.text = text.slice(m.start, cut);
    m.name = m.text.replace(/\s+/g, " ");
    m.kind = firstKind;
    found.push(second);
  }
  if (inside.size > 0) {
    const kept = mentions.filter((m) => !inside.has(m));
    mentions.length = 0;
    mentions.push(...kept);
  }
  addMentions(mentions, found);
}

/** The kind the first capitalised word of tokens [from, to) that heads an organization's name gives ("University"). */
function headKind(tokens: readonly Token[], from: number, to: number): string | undefined {
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    const kind = t.cap ? ORG_HEADS.get(t.lower) : undefined;
    if (kind) return kind;
  }
  return undefined;
}
