import { type AnalyzedText, mentionAtOrAfter, tokenAtOrAfter } from "../../document.js";
import { resolveSourcePronoun } from "../../entities/pronouns.js";
import { PRONOUNS } from "../../lexicon/function-words.js";
import type { QuoteSpan } from "../../quotes/scan.js";
import type { DraftClaim, SpeakerRef } from "../types.js";

/** Where a speaker candidate comes from. */
export type CandidateSource = "rule" | "mention" | "pronoun" | "none";

/** One possible speaker of a claim; `ref: null` is "no source" (PolNeAR's `no_source`). */
export interface SpeakerCandidate {
  ref: SpeakerRef | null;
  source: CandidateSource;
  /** Token range [first, last) of the candidate (the claim's anchor token for `none`). */
  first: number;
  last: number;
}

/** How far from the cue a candidate may be: the cue's sentence and the one before it. */
const SENTENCES_BACK = 1;
const MAX_TOKENS_AWAY = 40;

/** Longest appositive after a speaker whose mentions still describe that speaker. */
const MAX_APPOSITIVE = 90;

/**
 * "Stephanie Carvin, a former intelligence analyst for the Canadian government": a mention in the
 * appositive right after the rules' speaker is part of that speaker's description, not another source.
 */
function inAppositive(text: string, speakerEnd: number, start: number): boolean {
  if (start < speakerEnd || start - speakerEnd > MAX_APPOSITIVE) return false;
  return /^,\s+(?:an?|the|then|now|former|[\p{Ll}-]+ly)?\b[^,;.:“”"—]*$/u.test(text.slice(speakerEnd, start));
}

/** Shortest quotation whose names are its speaker's words rather than a title's or a scare quote's ("the “Friends of X”"). */
const MIN_QUOTATION = 40;

/** The quotations of some length in [lo, hi) that do not hold the claim: what other speakers say. */
function quotationsAround(doc: AnalyzedText, claim: DraftClaim, lo: number, hi: number): QuoteSpan[] {
  return doc.quotes.filter(
    (q) =>
      q.end > lo && q.start < hi && q.end - q.start >= MIN_QUOTATION && !(q.start <= claim.start && claim.end <= q.end),
  );
}

/** The token the speaker is placed against: the cue, else the claim's first token. */
export function anchorToken(doc: AnalyzedText, claim: DraftClaim): number {
  return tokenAtOrAfter(doc.tokens, claim.cue ? claim.cue.start : claim.start);
}

/**
 * The speakers a claim could have: the rules' own choice, every entity mention and personal
 * pronoun in the cue's sentence and the sentence before it (outside the claim's content), and no
 * source at all. The rules' choice is always first; a mention that is the rules' choice is not
 * repeated.
 */
export function speakerCandidates(doc: AnalyzedText, claim: DraftClaim): SpeakerCandidate[] {
  const { tokens, sentences } = doc;
  const anchor = anchorToken(doc, claim);
  const out: SpeakerCandidate[] = [];
  const rule = claim.speaker;
  if (rule) {
    const first = tokenAtOrAfter(tokens, rule.start);
    out.push({ ref: rule, source: "rule", first, last: Math.max(first + 1, tokenAtOrAfter(tokens, rule.end)) });
  }
  out.push({ ref: null, source: "none", first: anchor, last: anchor + 1 });
  const sentence = tokens[Math.min(anchor, tokens.length - 1)]?.sentence ?? 0;
  const from = sentences[Math.max(0, sentence - SENTENCES_BACK)];
  const to = sentences[sentence];
  if (!from || !to) return out;
  const lo = Math.max(from.start, tokens[Math.max(0, anchor - MAX_TOKENS_AWAY)]?.start ?? 0);
  const hi = Math.min(to.end, tokens[Math.min(tokens.length - 1, anchor + MAX_TOKENS_AWAY)]?.end ?? to.end);
  // (not a name or pronoun inside another speaker's quotation: "“Corey Laborde took an oath and broke it,” Arceneaux
  // told reporters. “…”" is Arceneaux's, not Laborde's)
  const quoted = quotationsAround(doc, claim, lo, hi);
  const outside = (start: number, end: number) =>
    (end <= claim.start || start >= claim.end) && !quoted.some((q) => q.start <= start && end <= q.end);
  const overlapsRule = (start: number, end: number) =>
    rule !== null && ((start < rule.end && rule.start < end) || inAppositive(doc.text, rule.end, start));
  const mentions = doc.entities.mentions;
  for (let i = mentionAtOrAfter(mentions, lo); i < mentions.length; i++) {
    const m = mentions[i];
    if (!m || m.start >= hi) break;
    if (!outside(m.start, m.end) || overlapsRule(m.start, m.end)) continue;
    const ref: SpeakerRef = { start: m.start, end: m.end };
    if (m.cluster >= 0) ref.cluster = m.cluster;
    const first = tokenAtOrAfter(tokens, m.start);
    out.push({ ref, source: "mention", first, last: Math.max(first + 1, tokenAtOrAfter(tokens, m.end)) });
  }
  for (let k = tokenAtOrAfter(tokens, lo); k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.start >= hi) break;
    const g = PRONOUNS.get(t.lower);
    if (!g || !outside(t.start, t.end) || overlapsRule(t.start, t.end)) continue;
    const ref: SpeakerRef = { start: t.start, end: t.end };
    if (g === "m" || g === "f") {
      const c = resolveSourcePronoun(doc, t.start, g);
      if (c) ref.cluster = c.id;
    }
    out.push({ ref, source: "pronoun", first: k, last: k + 1 });
  }
  return out;
}
