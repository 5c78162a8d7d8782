import type { Token } from "../text/tokens.js";
import { addMentions, organizationMention } from "./mention-span.js";
import type { Mention } from "./types.js";

/** Capitalised words inside a committee's slogan name that no person's name holds ("Forward With Harrington"). */
const SLOGAN_LINKS: ReadonlySet<string> = new Set(["With", "For", "Against"]);

/**
 * "Forward With Harrington", "Stand With Rowan": a name the tagger read as a person's with a capitalised "With",
 * "For" or "Against" between its words is a committee's slogan, an organization — not the candidate it names
 * (2026-12-07, newsdev61). Retypes such Person mentions.
 */
export function committeesNamedBySlogans(tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== "Person" || m.title !== undefined || m.last - m.first < 3) continue;
    let link = false;
    for (let k = m.first + 1; k < m.last - 1; k++) if (SLOGAN_LINKS.has((tokens[k] as Token).text)) link = true;
    if (!link) continue;
    m.type = "Organization";
    m.kind = "committee";
    m.tagged = "ORG";
    delete m.tentative;
  }
}

/** Most capitalised words after a ballot committee's "Yes for" / "No on" ("Kettle Prairie Kids"). */
const MAX_BALLOT_WORDS = 4;

/**
 * "filed … by the group Yes for Kettle Prairie Kids", "No on Measure 4 said …": a ballot campaign named by its vote —
 * a capitalised "Yes" or "No" inside a sentence, "for" or "on", then capitalised words or a measure's number — is a
 * committee, which the tagger reads as nothing (2026-12-08, newsdev87). Adds the mentions, dropping those inside.
 */
export function ballotCommittees(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const found: Mention[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const vote = tokens[i] as Token;
    if (!/^(?:Yes|No)$/.test(vote.text) || tokens[i - 1]?.sentence !== vote.sentence) continue;
    if (!/^(?:for|on)$/.test(tokens[i + 1]?.text ?? "")) continue;
    let k = i + 2;
    while (
      k < i + 2 + MAX_BALLOT_WORDS &&
      tokens[k]?.sentence === vote.sentence &&
      ((tokens[k]?.kind === "word" && tokens[k]?.cap) || (k > i + 2 && tokens[k]?.kind === "number"))
    )
      k++;
    if (k === i + 2) continue;
    const start = vote.start;
    const end = (tokens[k - 1] as Token).end;
    for (let n = mentions.length - 1; n >= 0; n--) {
      const m = mentions[n] as Mention;
      if (m.start >= start && m.end <= end) mentions.splice(n, 1);
    }
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    found.push(organizationMention(text, tokens, i, k, "committee"));
    i = k - 1;
  }
  addMentions(mentions, found);
}
