import type { AnalyzedText } from "../document.js";
import { tokenAtOrAfter } from "../document.js";
import { cueOf } from "../lexicon/cues.js";
import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import { ORG_DESCRIPTORS, ORG_NOUNS } from "../lexicon/organizations.js";
import { ROLE_NOUNS } from "../lexicon/titles.js";
import type { QuoteSpan } from "../quotes/scan.js";
import type { Token } from "../text/tokens.js";
import { SpanIndex } from "./interval-index.js";
import { isNamingCall } from "./naming.js";
import { isRolePlural } from "./role-plural.js";
import { type AnonymousMemory, skipAuxLeft, speakerEndingAt } from "./speaker.js";
import { participleAt } from "./tail-form.js";
import type { DraftClaim } from "./types.js";

function looksLikeVerb(t: Token | undefined): boolean {
  if (t?.kind !== "word" || t.cap || FUNCTION_WORDS.has(t.lower)) return false;
  // "decried", "calls"; a possessive "’s" is no verb ("the European Union’s deal … as a “breakthrough”")
  if (/^['’]s$/.test(t.lower)) return false;
  // ("media outlets that receive money …": the plural of an organization's or a person's noun)
  if (/s$/.test(t.lower) && (ORG_DESCRIPTORS.has(t.lower.slice(0, -1)) || ROLE_NOUNS.has(t.lower))) return false;
  // ("two limited liability companies set up in Delaware": a plural in -ies of an organization's noun, newsdev61)
  if (/ies$/.test(t.lower) && ORG_NOUNS.has(`${t.lower.slice(0, -3)}y`)) return false;
  return /(?:ed|[^s]s)$/.test(t.lower);
}

/** Small words a title leaves in lower case ("The Art of the Deal", "Meet the Press"). */
const TITLE_SMALL_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "and",
  "or",
  "in",
  "on",
  "at",
  "to",
  "for",
  "with",
  "by",
  "from",
]);

/** A title of a work: up to eight words, each capitalised or a small word, the first capitalised, no sentence mark. */
function isTitle(quoted: string): boolean {
  const words = quoted.split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > 8 || /[.,;:!?]$/.test(quoted)) return false;
  if (!/^\p{Lu}/u.test(words[0] as string)) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/** Participles that put a thing in a class ("classified as", "designated as", "listed as"). */
const CLASSING_PARTICIPLES: ReadonlySet<string> = new Set([
  "classified",
  "designated",
  "listed",
  "registered",
  "rated",
]);

/** Verbs of acting on a text (a law, a bill, a contract): the quotation is the text's words, no one's claim. */
const ACT_VERBS = new Set([
  "passed",
  "approved",
  "adopted",
  "enacted",
  "signed",
  "ratified",
  "amended",
  "vetoed",
  // ("the rule, which requires a licensed pharmacist …": what a rule demands or bans)
  "requires",
  "required",
  "bans",
  "banned",
  "forbids",
  // ("has billed conservative students $14,200 in “enhanced security fees”": a charge levied, no one's words)
  "billed",
  "fined",
  // ("Crane thanked Whitlock for “years of loyalty”": thanks for a thing say nothing, as `indirect.ts` reads them,
  // 2026-12-07, newsdev67)
  "thanked",
  "congratulated",
]);

/**
 * "Clinton decried the GOP for “turning its back” …", "Bush referred to Rubio as “a bright leader”":
 * a quotation inside a clause whose subject is a person, an organization, a pronoun or a description makes
 * the predicate a mixed claim of that subject, even when the verb is not in the cue lexicon.
 */
export function scareQuoteClaims(
  doc: AnalyzedText,
  quotes: QuoteSpan[],
  claims: DraftClaim[],
  anon: AnonymousMemory,
): DraftClaim[] {
  const { tokens } = doc;
  const out: DraftClaim[] = [];
  const spans = new SpanIndex(claims);
  for (const q of quotes) {
    // a claim already reaches from the quote mark over its first character
    if (spans.covers(q.open, q.start)) continue;
    const open = tokenAtOrAfter(tokens, q.open);
    const sentence = tokens[open]?.sentence;
    const s = sentence === undefined ? undefined : doc.sentences[sentence];
    if (!s || open <= s.first) continue;
    // the nearest verb before the quote whose subject is named
    for (let v = open - 1; v > s.first; v--) {
      const t = tokens[v] as Token;
      if (t.kind === "quote" || t.text === ";" || t.text === "—" || t.text === "–") break;
      // "…, setting up a showdown over the city’s new “sanctuary” ordinance": a participle's clause after a comma
      // is the writer's aside, not the predicate of the verb before it
      // (a speech verb's participle is the subject's own: "attacked Romney, calling him “a failed candidate”")
      if (t.text === "," && participleAt(tokens, v + 1) && !cueOf(tokens[v + 1]?.lower ?? "")) break;
      if (!looksLikeVerb(t) || isRolePlural(tokens, v)) continue;
      // ("several held signs reading “Babies Don't Wait.”": the object of a verb of holding is a noun, and a slogan on
      // it no one's claim, newsdev58)
      if (/^(?:held|carried|waved|wore|holding|carrying|waving|wearing|bearing)$/.test(tokens[v - 1]?.lower ?? ""))
        break;
      // passive "was called “a farce”": the subject is not the source
      if (/ed$/.test(t.lower) && /^(?:was|were|is|are|been|be|being)$/.test(tokens[v - 1]?.lower ?? "")) break;
      // "a play called “Los Hijos de Trump”": naming, nobody speaks
      if (isNamingCall(tokens, v)) break;
      // ("empty homes in areas classified as under “housing pressure”": a class a participle puts a noun in, newsdev61)
      if (CLASSING_PARTICIPLES.has(t.lower) && tokens[v + 1]?.lower === "as") break;
      // "passed a bill requiring … to register as “foreign representatives”": a vote on a text, an act
      if (ACT_VERBS.has(t.lower)) break;
      // ("The Pennsylvania House voted 112-89 on Wednesday to tax … “skill games”": a vote by its tally, an act, 2026-12-07,
      // newsdev83)
      if (t.lower === "voted" && tokens[v + 1]?.kind === "number") break;
      // "who has hosted “Meridian Tonight” since 2022": a work's title after a verb that reports no words
      if (!cueOf(t.lower) && isTitle(doc.text.slice(q.start, q.end))) break;
      const subjectEnd = skipAuxLeft(tokens, v - 1, s.index);
      if (subjectEnd < s.first) break;
      const speaker = speakerEndingAt(doc, subjectEnd, anon);
      if (!speaker) continue;
      // ("NATO’s spending target, which members agreed in 2014 to “move toward” within a decade": a subject right after
      // "which" makes the verb's object the relative clause's gap, its antecedent — no words of the subject's own,
      // 2026-12-07, newsdev65)
      if (tokens[tokenAtOrAfter(tokens, speaker.start) - 1]?.lower === "which") break;
      let end = q.close >= 0 ? tokenAtOrAfter(tokens, q.close) + 1 : tokenAtOrAfter(tokens, q.end);
      while (end < s.last && tokens[end]?.kind === "punct" && tokens[end]?.text !== "," && tokens[end]?.text !== ".")
        end++;
      const first = tokens[v + 1] as Token;
      const last = tokens[Math.min(end, s.last) - 1] as Token;
      if (!first || !last || last.end <= first.start) break;
      out.push({
        start: first.start,
        end: q.close >= 0 ? Math.max(last.end, q.close + 1) : last.end,
        kind: "mixed",
        cue: { start: t.start, end: t.end },
        speaker,
        rule: "scare-quote-clause",
      });
      break;
    }
  }
  return out;
}
