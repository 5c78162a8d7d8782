import { WEEKDAYS } from "../lexicon/calendar.js";
import { CUE_NOUNS } from "../lexicon/cues.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import { contentClaim, contentEnd, wordsBetween } from "./content.js";
import { openingPhraseSource } from "./opening-phrase.js";
import { skipAuxLeft, speakerEndingAt } from "./speaker.js";
import { subjectBefore } from "./subject.js";
import type { ClaimScan } from "./types.js";

/** Adjectives that report a stance when followed by "that" ("was adamant that", "made clear that"). */
const STANCE_ADJECTIVES = new Set([
  "clear",
  "adamant",
  "convinced",
  "sure",
  "confident",
  "certain",
  "aware",
  "optimistic",
  "hopeful",
  "worried",
  "concerned",
  "skeptical",
  "sceptical",
  "insistent",
  "firm",
  "emphatic",
  "doubtful",
  "unaware",
  "mindful",
]);

/** Participles of deciding that report a decision's content after a comma ("…, ruling that …"; not "meaning that"). */
const RULING_PARTICIPLES = new Set(["ruling", "finding", "holding", "concluding", "determining", "deciding"]);

/** Words after "that <noun>" that make it a clause's subject ("that claim was false", "that report showed …"). */
const CLAUSE_AFTER_NOUN =
  /^(?:is|was|were|are|has|had|have|will|would|could|can|may|might|must|should|did|does|do|\w+ed|\w+s)$/;

/** Determiners, after which a word is a noun, no verb ("the dams that …"). */
const DETERMINERS = /^(?:the|a|an|these|those|its|their|his|her|our|my|your|this)$/;

/** Verbs whose "it" subject is empty: "it appeared that", "it seems that". */
const EXPLETIVE_VERBS = new Set(["appears", "appeared", "seems", "seemed", "emerged", "turned"]);
/** "is", "was", "'s" before an adjective ("it's obvious that"). */
const copula = (t: Token | undefined) =>
  t !== undefined && /^(?:is|was|'s|’s|seems|seemed|became|becomes)$/.test(t.lower);

/**
 * "He bemoaned that …", "She was adamant that …", "Emanuel made clear that …": any verb (or
 * stance adjective) right before "that", with a named or pronoun subject, reports a claim.
 */
export function thatClause(scan: ClaimScan, s: Sentence, i: number) {
  const { doc, mask, stopAtQuotes, anon, claims } = scan;
  const { tokens } = doc;
  const t = tokens[i] as Token;
  // ("ruled 6-3 that …": a vote's count between the verb and its clause)
  let that = i + 1;
  if (
    tokens[that]?.kind === "number" &&
    /^[-–]$/.test(tokens[that + 1]?.text ?? "") &&
    tokens[that + 2]?.kind === "number"
  )
    that += 3;
  // ("The Nebraska Supreme Court ruled Friday that …", "ruled on Friday that …", "ruled 6-3 on Thursday that …": a
  // weekday, after "on" or not, between the verb and its clause, newsdev58)
  const weekday = (k: number) => (WEEKDAYS as readonly string[]).includes(tokens[k]?.lower ?? "");
  if (tokens[that]?.lower === "on" && weekday(that + 1)) that += 2;
  else if (weekday(that)) that += 1;
  if (tokens[that]?.lower !== "that" || t.cap) return;
  // "…, ruling that the agency had stretched the law", "…, finding that …": a court's or a panel's participle after a
  // comma reports what the clause's subject decided
  if (RULING_PARTICIPLES.has(t.lower) && tokens[i - 1]?.text === ",") {
    const subject = subjectBefore(doc, s, i, anon);
    if (!subject) return;
    const end = contentEnd(tokens, that + 1, s, mask, stopAtQuotes);
    if (wordsBetween(tokens, that + 1, end) < 3) return;
    claims.push(contentClaim(scan, that + 1, end, { start: t.start, end: t.end }, subject, "verb-that"));
    return;
  }
  const adjective = STANCE_ADJECTIVES.has(t.lower);
  if (!adjective && !/(?:ed|[^s]s)$/.test(t.lower)) return;
  // ("owes India for the dams that earn most of its export income": a word after a determiner is a noun its relative
  // clause describes, 2026-12-07, newsdev76)
  if (!adjective && DETERMINERS.test(tokens[i - 1]?.lower ?? "")) return;
  // "rated that claim false": a determiner before a cue noun with no verb after it, no clause
  const noun = tokens[i + 2];
  if (
    noun &&
    CUE_NOUNS.has(noun.lower) &&
    !/s$/.test(noun.lower) &&
    !CLAUSE_AFTER_NOUN.test(tokens[i + 3]?.lower ?? "")
  )
    return;
  let left = i - 1;
  if (adjective) {
    // "was adamant", "made clear", "is convinced"
    if (!/^(?:is|was|are|were|be|been|made|makes|make|remained|remains|seemed|felt)$/.test(tokens[left]?.lower ?? ""))
      return;
    left--;
  }
  // "Having announced that …, Judge Berman …": the source is the main clause's subject
  const opening = openingPhraseSource(doc, s, i, anon);
  const end0 = skipAuxLeft(tokens, left, s.index);
  if (!opening && end0 < s.first) return;
  // "it appeared that …", "it's obvious that …", "It seems that …": an empty "it", a claim with no source
  const expletive = !opening && tokens[end0]?.lower === "it" && (EXPLETIVE_VERBS.has(t.lower) || copula(tokens[i - 1]));
  const speaker = expletive ? null : (opening?.speaker ?? speakerEndingAt(doc, end0, anon));
  if (!expletive && (!speaker || (speaker.anonymous !== undefined && !speaker.capitalized))) return;
  const c = that + 1;
  const end = Math.min(opening?.end ?? s.last, contentEnd(tokens, c, s, mask, stopAtQuotes));
  if (wordsBetween(tokens, c, end) < 3) return;
  claims.push(contentClaim(scan, c, end, { start: t.start, end: t.end }, speaker, "verb-that"));
}
