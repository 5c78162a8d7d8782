import type { AnalyzedText } from "../../document.js";
import { CUE_NOUNS, cueOf, QUOTE_CUES, STANCE_CUES, WEAK_CUES } from "../../lexicon/cues.js";
import { AUX_ADVERBS, PRONOUNS } from "../../lexicon/function-words.js";
import { hashString, mix1, mix2 } from "../../text/hash.js";
import type { Token } from "../../text/tokens.js";
import type { CueCandidate } from "./candidates.js";

/**
 * Feature families of the cue detector (each can be left out to measure it, `pnpm
 * train:attribution --without-cue <family>`; the model file records which were on):
 * - word: the word, its cue lemma, suffixes and shape
 * - context: the words around it (one and two either side, bigrams), what follows it ("that", "to", ",")
 * - rule: what today's rules know of the word — cue lexicon (clausal, denial, stance, weak, quote
 *   cue, cue noun) — and whether the sentence already has a rule claim
 * - structure: direction of the content, its length, position in the sentence, quotes in the content
 * - speaker: what stands where its source would (a person, an organization, a pronoun, a noun …),
 *   how far, with the word
 */
export const CUE_FAMILIES = ["word", "context", "rule", "structure", "speaker"] as const;
export type CueFamily = (typeof CUE_FAMILIES)[number];

const bucket = (n: number) => (n <= 2 ? n : n <= 4 ? 3 : n <= 8 ? 4 : n <= 16 ? 5 : n <= 32 ? 6 : 7);

/** What the features read about the document besides the candidate: quote marks and the rules' claims. */
export interface CueContext {
  mask: Uint8Array;
  /** Sentence indexes that hold a rule claim's cue or start. */
  claimSentences: Set<number>;
  /** Hash of each token's lowercase form, filled as it is first needed (0: not yet). */
  wordHashes: Uint32Array;
}

/** Hashes of strings met in one document (suffixes, lemmas, speaker slots): most repeat. */
const HASHES = new Map<string, number>();

function h(value: string): number {
  let v = HASHES.get(value);
  if (v === undefined) {
    v = hashString(value);
    if (HASHES.size > 50_000) HASHES.clear();
    HASHES.set(value, v);
  }
  return v;
}

const BIAS = mix1(0, 1);

/** A token's lowercase form, hashed once per document; "<s>" and "</s>" outside its sentence. */
function wordHash(tokens: Token[], ctx: CueContext, k: number, s: { first: number; last: number }): number {
  if (k < s.first) return h("<s>");
  if (k >= s.last) return h("</s>");
  let v = ctx.wordHashes[k] as number;
  if (v === 0) {
    v = hashString((tokens[k] as Token).lower) || 1;
    ctx.wordHashes[k] = v;
  }
  return v;
}

function shape(w: string): string {
  if (w.endsWith("ing")) return "ing";
  if (w.endsWith("ed")) return "ed";
  if (w.endsWith("ly")) return "ly";
  if (w.endsWith("s")) return "s";
  if (w.endsWith("ion")) return "ion";
  return "-";
}

/**
 * What stands where the speaker would (cheap: the speaker finder itself runs only for kept
 * candidates): left of the cue past auxiliaries for content after it, right of it for content
 * before it — a person, an organization (by kind), a pronoun, a capitalized or lowercase word, a
 * comma, or the sentence edge; and how far it is.
 */
function speakerSlot(doc: AnalyzedText, c: CueCandidate): [string, number] {
  const { tokens } = doc;
  const s = c.sentence;
  if (c.direction === "before") {
    const m = doc.mentionByFirstToken.get(c.cue + 1);
    if (m) return [m.type === "Person" ? "person" : `org:${m.kind ?? m.type}`, 1];
    const t = tokens[c.cue + 1];
    if (!t || c.cue + 1 >= s.last) return ["</s>", 0];
    return [PRONOUNS.has(t.lower) ? `pron:${t.lower}` : t.kind === "word" ? (t.cap ? "cap" : "word") : t.text, 1];
  }
  // auxiliaries and adverbs between ("has long argued"), as the speaker finder skips them (a cheaper walk)
  let k = c.cue - 1;
  while (k >= s.first && c.cue - k <= 4) {
    const t = tokens[k] as Token;
    if (t.cap || !(AUX_ADVERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith("ly")))) break;
    k--;
  }
  if (k < s.first) return ["<s>", c.cue - s.first];
  const distance = c.cue - k;
  const m = doc.mentionByLastToken.get(k);
  if (m) return [m.type === "Person" ? "person" : `org:${m.kind ?? m.type}`, distance];
  const t = tokens[k] as Token;
  if (PRONOUNS.has(t.lower)) return [`pron:${t.lower}`, distance];
  if (t.kind !== "word") return [t.text, distance];
  return [t.cap ? "cap" : /s$/.test(t.lower) ? "word-s" : "word", distance];
}

/** Hashed features of one candidate cue. Pure: the same document and candidate give the same hashes. */
export function cueFeatures(
  doc: AnalyzedText,
  c: CueCandidate,
  ctx: CueContext,
  families: readonly CueFamily[],
): number[] {
  const { tokens } = doc;
  const on = families;
  const t = tokens[c.cue] as Token;
  const s = c.sentence;
  const w = t.lower;
  const cue = cueOf(w);
  const lemma = cue?.base ?? w;
  const hw = wordHash(tokens, ctx, c.cue, s);
  const hl = cue ? h(lemma) : hw;
  const dir = h(c.direction);
  const f: number[] = [BIAS];
  if (on.includes("word")) {
    f.push(mix1(1, hw), mix1(2, hl), mix1(3, h(w.slice(-3))), mix1(4, h(w.slice(-2))));
    f.push(mix1(5, h(shape(w))), mix1(6, t.cap ? (c.cue === s.first ? 2 : 1) : 0));
    f.push(mix2(7, hl, dir));
  }
  if (on.includes("context")) {
    const p1 = wordHash(tokens, ctx, c.cue - 1, s);
    const p2 = wordHash(tokens, ctx, c.cue - 2, s);
    const n1 = wordHash(tokens, ctx, c.cue + 1, s);
    const n2 = wordHash(tokens, ctx, c.cue + 2, s);
    f.push(mix1(10, p1), mix1(11, p2), mix1(12, n1), mix1(13, n2));
    f.push(mix2(14, p1, hw), mix2(15, hw, n1), mix2(16, hl, n1), mix2(17, n1, n2));
    f.push(mix2(18, p1, n1));
  }
  if (on.includes("rule")) {
    f.push(mix1(20, cue ? (cue.clausal ? 2 : 1) : 0), mix1(21, cue?.denial ? 1 : 0));
    f.push(mix1(22, STANCE_CUES.has(lemma) ? 1 : WEAK_CUES.has(lemma) ? 2 : QUOTE_CUES.has(lemma) ? 3 : 0));
    f.push(mix1(23, CUE_NOUNS.has(w) ? 1 : 0), mix1(24, ctx.claimSentences.has(s.index) ? 1 : 0));
    f.push(mix2(25, cue ? 1 : 0, ctx.claimSentences.has(s.index) ? 1 : 0));
    f.push(mix2(26, cue ? 1 : 0, dir));
  }
  if (on.includes("structure")) {
    let quoted = 0;
    for (let k = c.first; k < c.end; k++) if (ctx.mask[k]) quoted = 1;
    const length = bucket(c.end - c.first);
    f.push(mix1(30, dir), mix2(31, dir, length), mix1(32, bucket(c.cue - s.first)), mix1(33, bucket(s.last - c.cue)));
    f.push(mix2(34, dir, quoted), mix2(35, hl, length));
    f.push(mix1(36, c.first === c.cue + 1 ? 0 : c.first === c.cue + 2 ? 1 : 2));
    // the headline, and the word the content opens with ("that", "to", "the", a name …)
    f.push(mix1(37, s.index === 0 ? 1 : 0), mix2(38, dir, wordHash(tokens, ctx, c.first, s)));
  }
  if (on.includes("speaker")) {
    const [slot, far] = speakerSlot(doc, c);
    const type = h(slot);
    const distance = bucket(far);
    f.push(mix1(40, type), mix2(41, type, dir), mix2(42, type, hl), mix1(43, distance));
    f.push(mix2(44, type, distance));
  }
  return f;
}
