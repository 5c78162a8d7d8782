import type { AnalyzedText } from "../document.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import { startsNewAttribution } from "./content-stop.js";
import type { ClaimScan, DraftClaim, SpeakerRef } from "./types.js";

/** Fewest words of content for a reported-speech claim without "that". */
export const MIN_WORDS = 4;

/** Marks that end a content span outside quotes (a dash, a semicolon, a parenthesis). */
export const CLAUSE_CUT = new Set(["–", "—", "--", ";", "(", "―"]);

/**
 * "WASHINGTON (Reuters) - Senator X is …": Reuters' dateline dash, a hyphen spaced on both sides right after the
 * agency's bracket, at token k.
 */
export function wireDash(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return t?.text === "-" && before?.text === ")" && before.end < t.start && after !== undefined && t.end < after.start;
}

/** After a comma, these start a new clause, which is not part of the content. */
export const CUT_AFTER_COMMA = new Set([
  "while",
  "whereas",
  "although",
  "though",
  "but",
  "which",
  "who",
  "because",
  "despite",
]);

/** ", and" followed by a new subject starts a new clause (and maybe a new attribution). */
const CLAUSE_SUBJECT_START = /^(?:he|she|they|it|adding|a|an|the|some|many|several|most|\p{Lu}\S*)$/u;

/** Tokens inside a quotation get `inQuote`; content may span quotes but cues inside them are skipped. */
export function quoteMask(doc: AnalyzedText): Uint8Array {
  const mask = new Uint8Array(doc.tokens.length);
  let t = 0;
  for (const q of doc.quotes) {
    const end = q.close >= 0 ? q.close : q.end;
    while (t < doc.tokens.length && (doc.tokens[t] as Token).start <= q.open) t++;
    let k = t;
    while (k < doc.tokens.length && (doc.tokens[k] as Token).start < end) mask[k++] = 1;
  }
  return mask;
}

/**
 * End (exclusive token index) of the content that starts at `from`, within the sentence. With
 * `whole`, a clause an appositive interrupts runs on ("the ferry's captain, Ilias Papadakis, had
 * ignored the warnings": the quotation unit's reading); without, a cue after the appositive starts
 * a report of its own, as PolNeAR annotates nested attributions.
 */
export function contentEnd(
  tokens: Token[],
  from: number,
  s: Sentence,
  mask: Uint8Array,
  stopAtQuotes: Set<number>,
  whole = false,
): number {
  let k = from;
  let depth = 0;
  while (k < s.last) {
    const t = tokens[k] as Token;
    if (stopAtQuotes.has(t.start)) break;
    if (mask[k]) {
      depth = 1;
      k++;
      continue;
    }
    // "… are “non-entities in the Senate,” but he gave …": the comma inside the quote cuts as one outside would
    if (
      t.kind === "quote" &&
      k > from &&
      mask[k - 1] &&
      tokens[k - 1]?.text === "," &&
      clauseAfterComma(tokens, k + 1)
    ) {
      k++;
      break;
    }
    // "Chris Shays (R-Conn.) was …": a short parenthesis is part of the content
    if (t.text === "(") {
      let close = k + 1;
      while (close < s.last && close - k < 12 && tokens[close]?.text !== ")") close++;
      if (tokens[close]?.text === ")") {
        k = close + 1;
        continue;
      }
    }
    // (not a dash written between two numbers, a range: "Malawi’s 2022–23 outbreak", newsdev59)
    const range =
      t.text !== "(" &&
      tokens[k - 1]?.kind === "number" &&
      tokens[k + 1]?.kind === "number" &&
      tokens[k - 1]?.end === t.start &&
      t.end === tokens[k + 1]?.start;
    if (depth === 0 && CLAUSE_CUT.has(t.text) && k > from && !range) break;
    if (k > from && startsNewAttribution(tokens, k, s.last, whole)) break;
    if (t.text === "," && k > from && clauseAfterComma(tokens, k + 1)) {
      const after = innerRelativeEnd(tokens, k, s.last, mask);
      if (after < 0) break;
      k = after;
      continue;
    }
    k++;
  }
  // trailing punctuation is not content, nor a bracket the content did not open ("… at all.)")
  for (;;) {
    const last = tokens[k - 1]?.text ?? "";
    if (k > from && /^[.,:;!?]$/.test(last)) k--;
    else if (k > from && last === ")" && !opensBracket(tokens, from, k - 1)) k--;
    else return k;
  }
}

/** Auxiliaries and modals: after the comma that closes ", who …," they are the main clause's verb. */
export const AUXILIARIES = new Set(
  `is was are were has have had will would can could may might must should does did do isn't wasn't hasn't
  hadn't won't wouldn't can't couldn't doesn't didn't don't isn’t wasn’t hasn’t hadn’t won’t wouldn’t can’t
  couldn’t doesn’t didn’t don’t`.split(/\s+/),
);

/**
 * Whether tokens[k] (after one adverb in -ly) is the verb of a main clause: an auxiliary or modal,
 * or a past tense in -ed ("…, who backed Cruz, warned of …"). Heuristic: a participle modifier
 * ("the plan, unveiled Monday, …") reads the same.
 */
export function mainVerbAfter(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  const verb = /^[a-z]+ly$/.test(first?.text ?? "") ? tokens[k + 1] : first;
  if (verb?.kind !== "word" || verb.cap) return false;
  return AUXILIARIES.has(verb.lower) || /[a-z]{2}ed$/.test(verb.lower);
}

/**
 * ", which began on March 5, had affected …": a relative clause on the content's subject that a comma
 * closes before the main verb. The token after that closing comma, or -1.
 */
function innerRelativeEnd(tokens: Token[], comma: number, last: number, mask: Uint8Array): number {
  const rel = tokens[comma + 1]?.lower;
  if (rel !== "which" && rel !== "who") return -1;
  for (let j = comma + 3; j < last && j - comma <= 16; j++) {
    if (mask[j]) return -1;
    const t = tokens[j] as Token;
    if (CLAUSE_CUT.has(t.text)) return -1;
    if (t.text === ",") return mainVerbAfter(tokens, j + 1) ? j + 1 : -1;
  }
  return -1;
}

/** Whether the words from token `k` on, after a comma, open a clause outside the content. */
function clauseAfterComma(tokens: Token[], k: number): boolean {
  const next = tokens[k];
  if (!next) return false;
  // ("19 people, including seven police officers, had been injured": a list set off inside the subject, its
  // verb after the closing comma, is no clause of its own)
  if (LISTING.has(next.lower) && listingInSubject(tokens, k)) return false;
  // ("said Republicans had loaded the package with “poison pills,” including a ban on …, and that her caucus would
  // …": a list set off inside the object, then a second reported clause of the same cue, newsdev72)
  if (LISTING.has(next.lower) && secondClauseAfterList(tokens, k)) return false;
  // ("said the bureau had been willing to …, but that the company's offer “did not come close”": a second reported
  // clause of the same cue, 2026-12-07, newsdev64)
  if (next.lower === "but" && tokens[k + 1]?.lower === "that") return false;
  if (CUT_AFTER_COMMA.has(next.lower) || (/ing$/.test(next.lower) && next.lower.length > 5)) return true;
  if (next.lower === "according") return true;
  // "…, said one candidate": another attribution starts
  if (/^(?:said|says|added|told)$/.test(next.lower)) return true;
  if (next.lower !== "and") return false;
  if (CLAUSE_SUBJECT_START.test(tokens[k + 1]?.text ?? "")) return true;
  // ("…, and on Wednesday night he wrote …": a time before the next clause's pronoun subject)
  if (!/^(?:on|in|at|later|then|earlier|last)$/.test(tokens[k + 1]?.lower ?? "")) return false;
  for (let n = 2; n <= 5; n++) {
    const t = tokens[k + n];
    if (t?.kind !== "word") return false;
    if (/^(?:he|she|they)$/.test(t.lower)) return true;
  }
  return false;
}

/** Whether ", and that" (or ", but that") closes the list from token k within `MAX_LISTING` words, in the sentence. */
function secondClauseAfterList(tokens: Token[], k: number): boolean {
  const sentence = tokens[k]?.sentence;
  for (let j = k + 1; j < k + MAX_LISTING && j + 2 < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence || t.kind === "quote") return false;
    if (t.text === "," && /^(?:and|but)$/.test(tokens[j + 1]?.lower ?? "") && tokens[j + 2]?.lower === "that")
      return true;
  }
  return false;
}

/** Participles that open a list inside a noun phrase, not a clause. */
const LISTING = new Set(["including", "excluding"]);

/** Most words of a list set off inside a subject ("including two houses and a vineyard worth a combined 4.1 million lei"). */
const MAX_LISTING = 16;
/**
 * Verbs `mainVerbAfter` does not read that follow a subject's list: present-tense linking verbs ("…, remain
 * frozen") and common irregular past tenses ("the evidence, including 212 intercepted calls, left no doubt").
 */
const VERBS_AFTER_LIST = new Set(
  `remain remains stay stays seem seems appear appears left made found gave took led kept held put set cost cut
  went came saw got brought drove ran fell rose grew spent sent paid won lost`.split(/\s+/),
);

/** Whether the list opening at token k closes with a comma within a few words and a main verb follows it. */
function listingInSubject(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j - k <= MAX_LISTING; j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== tokens[k]?.sentence || t.kind === "quote") return false;
    // ("assets, including two houses …, remain frozen": a copula in the present is a main verb too)
    if (t.text === ",") return mainVerbAfter(tokens, j + 1) || VERBS_AFTER_LIST.has(tokens[j + 1]?.lower ?? "");
  }
  return false;
}

function opensBracket(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.text === "(") return true;
  return false;
}

export function wordsBetween(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (tokens[k]?.kind === "word" || tokens[k]?.kind === "number") n++;
  return n;
}

/** A reported-speech claim over tokens [first, end): indirect, or mixed when it holds quoted words. */
export function contentClaim(
  scan: ClaimScan,
  first: number,
  end: number,
  cue: DraftClaim["cue"],
  speaker: SpeakerRef | null,
  rule: string,
): DraftClaim {
  const { tokens } = scan.doc;
  return {
    start: (tokens[first] as Token).start,
    end: (tokens[end - 1] as Token).end,
    kind: hasQuote(scan.mask, first, end) ? "mixed" : "indirect",
    cue,
    speaker,
    rule,
  };
}

export function hasQuote(mask: Uint8Array, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (mask[k]) return true;
  return false;
}
