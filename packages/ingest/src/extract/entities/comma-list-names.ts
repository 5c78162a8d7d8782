import { ORG_HEADS } from "../lexicon/organizations.js";
import type { Token } from "../text/tokens.js";
import { addMentions, organizationMention } from "./mention-span.js";
import { isAcronym } from "./normalize.js";
import type { Mention } from "./types.js";

/** Lower-case words a name's list of fields may hold between its capitalised words. */
const LINKS = new Set([",", "and", "of", "for", "the", "&"]);

/** How many tokens back from its acronym's bracket a name with commas in it may start. */
const MAX_TOKENS = 16;

/**
 * "The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said …": a name whose
 * list of fields has commas in it (which end the capitalised runs the rest of the rules read), defined by the acronym
 * in brackets right after it that spells the initials of its capitalised words, is one organization. Replaces the
 * mentions inside it with one organization's (2026-12-07, newsdev71).
 */
export function joinCommaListNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const found: Mention[] = [];
  for (let k = 2; k + 2 < tokens.length; k++) {
    const open = tokens[k] as Token;
    const acronym = tokens[k + 1] as Token;
    if (open.text !== "(" || tokens[k + 2]?.text !== ")" || !isAcronym(acronym.text) || acronym.text.length < 3)
      continue;
    const letters = acronym.text.replace(/\./g, "");
    const head = tokens[k - 1] as Token;
    if (!head.cap || head.kind !== "word" || !ORG_HEADS.has(head.lower)) continue;
    const start = commaListStart(tokens, k, letters);
    if (start === undefined) continue;
    const first = tokens[start] as Token;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i] as Mention;
      if (m.start >= first.start && m.end <= head.end) mentions.splice(i, 1);
    }
    found.push(organizationMention(text, tokens, start, k, ORG_HEADS.get(head.lower) ?? "organization"));
  }
  addMentions(mentions, found);
}

/**
 * The first token of the name ending before the bracket at `k`, when the capitalised words from there spell `letters`
 * and a comma stands among them; else undefined.
 */
function commaListStart(tokens: readonly Token[], k: number, letters: string): number | undefined {
  const sentence = tokens[k]?.sentence;
  let comma = false;
  let spelled = "";
  for (let i = k - 1; i >= 0 && k - i <= MAX_TOKENS; i--) {
    const t = tokens[i] as Token;
    if (t.sentence !== sentence) return undefined;
    if (t.text === ",") {
      comma = true;
      continue;
    }
    if (t.kind === "word" && t.cap) {
      spelled = t.text.charAt(0) + spelled;
      if (!letters.endsWith(spelled)) return undefined;
      if (spelled === letters) return comma ? i : undefined;
      continue;
    }
    if (!LINKS.has(t.lower)) return undefined;
  }
  return undefined;
}
