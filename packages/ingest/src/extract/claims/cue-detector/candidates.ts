import type { AnalyzedText } from "../../document.js";
import { FUNCTION_WORDS } from "../../lexicon/function-words.js";
import type { Sentence } from "../../text/sentences.js";
import type { Token } from "../../text/tokens.js";
import { contentEnd, quoteMask } from "../content.js";
import { discourseMarker } from "../discourse-marker.js";
import { isNamingCall } from "../naming.js";
import { passiveAuxiliary } from "../passive.js";
import { type AnonymousMemory, skipAuxLeft, speakerEndingAt, speakerStartingAt } from "../speaker.js";
import { looseSubject, subjectBefore } from "../subject.js";
import type { DraftClaim, SpeakerRef } from "../types.js";

/**
 * A word the rules did not use as a cue, with the claim it would make: content after it to where the
 * rules' content would end ("after"), or, when nothing follows it in the sentence, the sentence
 * before its last comma ("before": "…, the poll found."). Its speaker (`candidateSpeaker`) is found
 * only for the candidates kept: it is the costly part.
 */
export interface CueCandidate {
  /** Token index of the cue word. */
  cue: number;
  sentence: Sentence;
  direction: "after" | "before";
  /** Content token range [first, end). */
  first: number;
  end: number;
}

interface Span {
  start: number;
  end: number;
}

/** Whether two spans overlap by at least half of the shorter one (the scorer's claim match). */
export function halfOverlap(a: Span, b: Span): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared >= Math.min(a.end - a.start, b.end - b.start) / 2;
}

/** Tokens inside an existing claim's content or cue: no new cue there (attributions do not nest here). */
function coveredTokens(doc: AnalyzedText, claims: readonly DraftClaim[]): Uint8Array {
  const covered = new Uint8Array(doc.tokens.length);
  const spans: Span[] = [];
  for (const c of claims) {
    spans.push(c);
    if (c.cue) spans.push(c.cue);
  }
  spans.sort((a, b) => a.start - b.start);
  const { tokens } = doc;
  let t = 0;
  for (const s of spans) {
    while (t > 0 && (tokens[t - 1] as Token).end > s.start) t--;
    while (t < tokens.length && (tokens[t] as Token).end <= s.start) t++;
    for (let k = t; k < tokens.length && (tokens[k] as Token).start < s.end; k++) covered[k] = 1;
  }
  return covered;
}

const NO_QUOTES = new Set<number>();

/** Function words that are cues all the same (PolNeAR train: "according to", "asked", "said", "like"). */
const FUNCTION_CUES = new Set(["according", "asked", "says", "said", "told", "like", "unlike", "per"]);

/** Content after the cue: "that", a comma or a colon right after it is skipped. */
function afterContent(doc: AnalyzedText, i: number, s: Sentence, mask: Uint8Array): [number, number] {
  const { tokens } = doc;
  let c = i + 1;
  if (tokens[c]?.text === "," || tokens[c]?.text === ":") c++;
  if (tokens[c]?.lower === "that") c++;
  return [c, c < s.last ? contentEnd(tokens, c, s, mask, NO_QUOTES) : c];
}

/** Content before the cue: the sentence up to its last comma before the cue (opening quote marks skipped). */
function beforeContent(doc: AnalyzedText, i: number, s: Sentence): [number, number] {
  const { tokens } = doc;
  let comma = i - 1;
  while (comma > s.first && tokens[comma]?.text !== ",") comma--;
  if (comma <= s.first) return [s.first, s.first];
  let first = s.first;
  while (first < comma && tokens[first]?.kind !== "word" && tokens[first]?.kind !== "number") first++;
  return [first, comma];
}

function wordsIn(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (tokens[k]?.kind === "word" || tokens[k]?.kind === "number") n++;
  return n;
}

/**
 * Every candidate cue of a document: word tokens outside quotations, names and the claims the rules
 * found (content and cue), whose claim would have at least one word and would not be one of the
 * rules' claims again (half overlap with one).
 */
export function cueCandidates(doc: AnalyzedText, claims: readonly DraftClaim[]): CueCandidate[] {
  const { tokens } = doc;
  const mask = quoteMask(doc);
  const covered = coveredTokens(doc, claims);
  // a name is no cue
  for (const m of doc.entities.mentions) for (let k = m.first; k < m.last; k++) covered[k] = 1;
  const out: CueCandidate[] = [];
  for (const s of doc.sentences) {
    const sStart = (tokens[s.first] as Token | undefined)?.start ?? 0;
    const sEnd = (tokens[s.last - 1] as Token | undefined)?.end ?? 0;
    const near = claims.filter((c) => c.start < sEnd && c.end > sStart);
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== "word" || mask[i] || covered[i] || t.text.length < 2) continue;
      if (FUNCTION_WORDS.has(t.lower) && !FUNCTION_CUES.has(t.lower)) continue;
      // "a program called Sandy Hook Promise": naming, nobody speaks (the rule every claim path keeps); "That
      // said, …": a discourse marker
      if (isNamingCall(tokens, i) || discourseMarker(tokens, i)) continue;
      let [first, end] = afterContent(doc, i, s, mask);
      let direction: CueCandidate["direction"] = "after";
      if (wordsIn(tokens, first, end) === 0) {
        [first, end] = beforeContent(doc, i, s);
        direction = "before";
        if (wordsIn(tokens, first, end) === 0) continue;
      }
      while (end > first && /^[.,:;!?]$/.test(tokens[end - 1]?.text ?? "")) end--;
      if (end <= first) continue;
      const span = { start: (tokens[first] as Token).start, end: (tokens[end - 1] as Token).end };
      if (near.some((c) => halfOverlap(c, span))) continue;
      out.push({ cue: i, sentence: s, direction, first, end });
    }
  }
  return out;
}

/**
 * A candidate's speaker, found as the rules find one: for content after the cue, the noun phrase
 * left of it (auxiliaries skipped) or the clause's subject; for content before it, the noun phrase
 * between the comma and the cue, else the one after the cue ("…, found the report").
 */
export function candidateSpeaker(doc: AnalyzedText, c: CueCandidate, anon: AnonymousMemory): SpeakerRef | null {
  const { tokens } = doc;
  const s = c.sentence;
  const i = c.cue;
  const k = skipAuxLeft(tokens, i - 1, s.index);
  if (c.direction === "after") {
    if (agentless(tokens, i, s)) return null;
    const left = k >= s.first ? speakerEndingAt(doc, k, anon) : null;
    // "Democratic voters were more likely to want …": the noun phrase before the verb, as the rules' loose subject
    return left ?? subjectBefore(doc, s, i, anon) ?? looseSubject(doc, s, i, anon);
  }
  const left = k >= c.end && k >= s.first ? speakerEndingAt(doc, k, anon) : null;
  if (left) return left;
  return i + 1 < s.last ? speakerStartingAt(doc, i + 1, anon) : null;
}

/** Participles that name without a namer: "the contests known as Super Tuesday", "referred to as". */
const NAMING_PARTICIPLES = new Set([
  "known",
  "referred",
  "dubbed",
  "nicknamed",
  "billed",
  "labeled",
  "labelled",
  "seen",
  "regarded",
  "described",
  "considered",
  "viewed",
]);
/** Hearsay with no source: PolNeAR's "reportedly considering …" has none. */
const HEARSAY_ADVERBS = new Set(["reportedly", "allegedly", "purportedly", "supposedly", "apparently", "seemingly"]);

/**
 * A cue whose claim has no source (PolNeAR's null speaker): a passive without an agent ("is widely
 * seen as"), a naming participle ("known as"), a hearsay adverb ("reportedly").
 */
function agentless(tokens: Token[], i: number, s: Sentence): boolean {
  const t = tokens[i] as Token;
  if (HEARSAY_ADVERBS.has(t.lower)) return true;
  if (tokens[i + 1]?.lower === "by") return false;
  if (passiveAuxiliary(tokens, i, s.first) >= 0) return true;
  return NAMING_PARTICIPLES.has(t.lower) && (tokens[i + 1]?.lower === "as" || tokens[i + 2]?.lower === "as");
}

/** The claim a candidate makes. */
export function candidateClaim(
  doc: AnalyzedText,
  c: CueCandidate,
  mask: Uint8Array,
  anon: AnonymousMemory,
): DraftClaim {
  const { tokens } = doc;
  const cue = tokens[c.cue] as Token;
  let quoted = false;
  for (let k = c.first; k < c.end; k++) if (mask[k]) quoted = true;
  return {
    start: (tokens[c.first] as Token).start,
    end: (tokens[c.end - 1] as Token).end,
    kind: quoted ? "mixed" : "indirect",
    cue: { start: cue.start, end: cue.end },
    speaker: candidateSpeaker(doc, c, anon),
    rule: "learned-cue",
  };
}
