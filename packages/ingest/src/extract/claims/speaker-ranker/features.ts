import type { AnalyzedText } from "../../document.js";
import { cueOf } from "../../lexicon/cues.js";
import { hashString, mix1, mix2 } from "../../text/hash.js";
import type { DraftClaim } from "../types.js";
import { anchorToken, type SpeakerCandidate } from "./candidates.js";

/**
 * Feature families of the speaker ranker (each can be left out to measure it, `pnpm
 * train:attribution --without <family>`; the model file records which were on):
 * - rule: the rules' choice (and which rule made the claim), the candidate's source, "no source"
 * - position: before/after the cue, token distance, how many candidates lie between, commas,
 *   quote marks and sentence boundaries between
 * - type: the candidate's entity type, the tagger's label, pronoun form, resolved or not, how often
 *   the article names its entity and whether with a title (salience)
 * - cue: the cue's lemma with the direction, the source and the type
 * - context: the words right before and after the candidate
 */
export const RANKER_FAMILIES = ["rule", "position", "type", "cue", "context"] as const;
export type RankerFamily = (typeof RANKER_FAMILIES)[number];

const h = hashString;
// hashes of the fixed strings, computed once
const SOURCE_HASH: Record<SpeakerCandidate["source"], number> = {
  rule: h("rule"),
  mention: h("mention"),
  pronoun: h("pronoun"),
  none: h("none"),
};
const NONE = h("none");
const BOOLEAN_HASH = { true: h("true"), false: h("false") };
/** h(`${dir}:${between}`) for dir 1–2 and between 0–3. */
const SIDE_BETWEEN = [1, 2].map((dir) => [0, 1, 2, 3].map((n) => h(`${dir}:${n}`)));
const bucket = (n: number) => (n <= 2 ? n : n <= 4 ? 3 : n <= 8 ? 4 : n <= 16 ? 5 : 6);

/** Commas, quote marks and cue verbs among the tokens before each token index (prefix counts). */
interface TokenCounts {
  commas: Int32Array;
  quotes: Int32Array;
  verbs: Int32Array;
}

// counted once per document (every claim's candidates ask for the tokens between them and the cue)
const COUNTS = new WeakMap<AnalyzedText, TokenCounts>();

function tokenCounts(doc: AnalyzedText): TokenCounts {
  const cached = COUNTS.get(doc);
  if (cached) return cached;
  const n = doc.tokens.length;
  const counts = { commas: new Int32Array(n + 1), quotes: new Int32Array(n + 1), verbs: new Int32Array(n + 1) };
  for (let k = 0; k < n; k++) {
    const t = doc.tokens[k] as AnalyzedText["tokens"][number];
    const comma = t.text === ",";
    const quote = !comma && t.kind === "quote";
    const verb = !comma && !quote && cueOf(t.lower) !== undefined;
    counts.commas[k + 1] = (counts.commas[k] as number) + (comma ? 1 : 0);
    counts.quotes[k + 1] = (counts.quotes[k] as number) + (quote ? 1 : 0);
    counts.verbs[k + 1] = (counts.verbs[k] as number) + (verb ? 1 : 0);
  }
  COUNTS.set(doc, counts);
  return counts;
}

/** What every candidate of one claim shares. */
interface ClaimContext {
  anchor: number;
  rule: number;
  cue: number;
  kind: number;
  hasRuleSpeaker: number;
}

function claimContext(doc: AnalyzedText, claim: DraftClaim): ClaimContext {
  const cueText = claim.cue ? doc.text.slice(claim.cue.start, claim.cue.end).toLowerCase() : "<none>";
  const lastWord = cueText.split(/\s+/).at(-1) ?? cueText;
  return {
    anchor: anchorToken(doc, claim),
    rule: h(claim.rule.replace(/[+].*$/, "")),
    cue: h(cueOf(lastWord)?.base ?? cueText),
    kind: h(claim.kind),
    hasRuleSpeaker: claim.speaker ? 1 : 0,
  };
}

function typeOf(doc: AnalyzedText, c: SpeakerCandidate): number {
  if (!c.ref) return NONE;
  const form = doc.text.slice(c.ref.start, c.ref.end).toLowerCase();
  if (c.source === "pronoun") return h(`pron:${form}`);
  const cluster = c.ref.cluster !== undefined ? doc.entities.clusters[c.ref.cluster] : undefined;
  if (cluster) return h(`${cluster.type}:${cluster.kind ?? ""}`);
  if (c.ref.anonymous !== undefined) return h("anonymous");
  if (c.ref.capitalized) return h("capitalized");
  return form.split(/\s+/).length === 1 ? h(`word:${form}`) : h("phrase");
}

/** Words that open an adverbial clause: "While White House officials denied …, Trump defended …". */
const SUBORDINATORS = new Set([
  "while",
  "although",
  "though",
  "whereas",
  "after",
  "before",
  "since",
  "when",
  "because",
  "if",
  "unless",
  "as",
]);

/**
 * Whether a candidate before the cue stands in an adverbial clause that the cue is not in: the
 * clause opens with a subordinator and a comma closes it between the candidate and the cue.
 */
export function inOtherClause(tokens: AnalyzedText["tokens"], c: SpeakerCandidate, anchor: number): boolean {
  if (c.first >= anchor) return false;
  let k = c.first - 1;
  while (k >= 0 && tokens[k]?.sentence === tokens[c.first]?.sentence && tokens[k]?.text !== ",") k--;
  if (!SUBORDINATORS.has(tokens[k + 1]?.lower ?? "")) return false;
  for (let j = c.last; j < anchor; j++) if (tokens[j]?.text === ",") return true;
  return false;
}

/**
 * Where a candidate lies against the rules' choice: 0 none or it is the rules' choice, 1 on the
 * other side of the cue, 2 nearer the cue on the same side, 3 farther (the rules' choice between).
 */
function relativeToRule(candidates: readonly SpeakerCandidate[], c: SpeakerCandidate, anchor: number): number {
  const rule = candidates[0];
  if (rule?.source !== "rule" || c === rule) return 0;
  const before = c.first < anchor;
  if (before !== rule.first < anchor) return 1;
  const nearer = before ? c.last > rule.last : c.first < rule.first;
  return nearer ? 2 : 3;
}

/**
 * Hashed features of every candidate of one claim (one array per candidate, in order). Pure: the
 * same document and claim give the same hashes.
 */
export function candidateFeatures(
  doc: AnalyzedText,
  claim: DraftClaim,
  candidates: readonly SpeakerCandidate[],
  families: readonly RankerFamily[],
): number[][] {
  const on = new Set(families);
  const ctx = claimContext(doc, claim);
  const counts = tokenCounts(doc);
  const { tokens } = doc;
  const anchorTok = tokens[Math.min(ctx.anchor, tokens.length - 1)];
  // how many candidates lie between each candidate and the cue, on its side
  const order = candidates.map((c, i) => ({ i, d: c.first < ctx.anchor ? ctx.anchor - c.last : c.first - ctx.anchor }));
  const between = new Array<number>(candidates.length).fill(0);
  for (const a of order)
    for (const b of order) {
      const ca = candidates[a.i] as SpeakerCandidate;
      const cb = candidates[b.i] as SpeakerCandidate;
      if (a.i === b.i || !ca.ref || !cb.ref) continue;
      if (ca.first < ctx.anchor === cb.first < ctx.anchor && b.d < a.d) between[a.i] = (between[a.i] as number) + 1;
    }
  return candidates.map((c, i) => {
    const f: number[] = [];
    const source = SOURCE_HASH[c.source];
    const type = typeOf(doc, c);
    if (!c.ref) {
      // "no source": what the claim looks like
      f.push(mix1(7, 1));
      if (on.has("rule")) f.push(mix2(1, ctx.rule, ctx.hasRuleSpeaker), mix1(2, ctx.kind));
      if (on.has("cue")) f.push(mix1(3, ctx.cue), mix2(4, ctx.cue, ctx.hasRuleSpeaker));
      if (on.has("context") && anchorTok) {
        f.push(mix1(5, h(tokens[ctx.anchor - 1]?.lower ?? "<s>")), mix1(6, h(tokens[ctx.anchor + 1]?.lower ?? "</s>")));
      }
      return f;
    }
    const before = c.first < ctx.anchor;
    const dir = before ? 1 : 2;
    const distance = before ? ctx.anchor - c.last : c.first - ctx.anchor;
    if (on.has("rule")) {
      f.push(mix2(10, source, ctx.rule), mix2(11, source, ctx.hasRuleSpeaker), mix1(12, source));
    }
    if (on.has("position")) {
      const lo = before ? c.last : ctx.anchor + 1;
      const hi = Math.min(before ? ctx.anchor : c.first, tokens.length);
      const commas = lo < hi ? (counts.commas[hi] as number) - (counts.commas[lo] as number) : 0;
      const quotes = lo < hi ? (counts.quotes[hi] as number) - (counts.quotes[lo] as number) : 0;
      const verbs = lo < hi ? (counts.verbs[hi] as number) - (counts.verbs[lo] as number) : 0;
      const sameSentence = tokens[c.first]?.sentence === anchorTok?.sentence ? 1 : 0;
      f.push(
        mix2(20, dir, bucket(distance)),
        mix2(21, dir, bucket(between[i] as number)),
        mix2(22, dir, Math.min(commas, 3)),
        mix2(23, dir, Math.min(quotes, 2)),
        mix2(24, dir, sameSentence),
        mix2(25, dir, Math.min(verbs, 2)),
        mix2(26, (SIDE_BETWEEN[dir - 1] as number[])[Math.min(between[i] as number, 3)] as number, source),
        mix2(27, dir, relativeToRule(candidates, c, ctx.anchor)),
        mix1(28, inOtherClause(tokens, c, ctx.anchor) ? 1 : 0),
      );
    }
    if (on.has("type")) {
      const tagged = c.ref.cluster !== undefined ? 1 : 0;
      f.push(mix1(30, type), mix2(31, type, dir), mix2(32, source, tagged));
      // salience: how often the article names the candidate's entity, and whether it gives it a title
      const cluster = c.ref.cluster !== undefined ? doc.entities.clusters[c.ref.cluster] : undefined;
      const salience = cluster ? bucket(cluster.mentions.length) : 0;
      f.push(mix2(33, type, salience), mix2(34, dir, salience), mix1(35, cluster && cluster.titles.size > 0 ? 1 : 0));
    }
    if (on.has("cue")) {
      f.push(mix2(40, ctx.cue, dir), mix2(41, ctx.cue, source), mix2(42, ctx.cue, type), mix2(43, ctx.rule, dir));
    }
    if (on.has("context")) {
      const prev = tokens[c.first - 1];
      const next = tokens[c.last];
      const prevWord = h(prev?.lower ?? "<s>");
      const nextWord = h(next?.lower ?? "</s>");
      f.push(
        mix1(50, prevWord),
        mix1(51, nextWord),
        mix2(52, nextWord, dir),
        mix2(53, prevWord, dir),
        mix2(54, prev?.sentence !== tokens[c.first]?.sentence ? BOOLEAN_HASH.true : BOOLEAN_HASH.false, dir),
      );
    }
    return f;
  });
}
