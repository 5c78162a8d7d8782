import type { AnalyzedText } from "../../document.js";
import { hashString, mix1, mix2 } from "../../entities/tagger/hash.js";
import { cueOf } from "../../lexicon/cues.js";
import type { DraftClaim } from "../types.js";
import { anchorToken, type SpeakerCandidate } from "./candidates.js";

/**
 * Feature families of the speaker ranker (each can be left out to measure it, `pnpm
 * train:attribution --without <family>`; the model file records which were on):
 * - rule: the rules' choice (and which rule made the claim), the candidate's source, "no source"
 * - position: before/after the cue, token distance, how many candidates lie between, commas,
 *   quote marks and sentence boundaries between
 * - type: the candidate's entity type, the tagger's label, pronoun form, resolved or not
 * - cue: the cue's lemma with the direction, the source and the type
 * - context: the words right before and after the candidate
 */
export const RANKER_FAMILIES = ["rule", "position", "type", "cue", "context"] as const;
export type RankerFamily = (typeof RANKER_FAMILIES)[number];

const h = hashString;
const bucket = (n: number) => (n <= 2 ? n : n <= 4 ? 3 : n <= 8 ? 4 : n <= 16 ? 5 : 6);

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
  if (!c.ref) return h("none");
  const form = doc.text.slice(c.ref.start, c.ref.end).toLowerCase();
  if (c.source === "pronoun") return h(`pron:${form}`);
  const cluster = c.ref.cluster !== undefined ? doc.entities.clusters[c.ref.cluster] : undefined;
  if (cluster) return h(`${cluster.type}:${cluster.kind ?? ""}`);
  if (c.ref.anonymous !== undefined) return h("anonymous");
  if (c.ref.capitalized) return h("capitalized");
  return form.split(/\s+/).length === 1 ? h(`word:${form}`) : h("phrase");
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
    const source = h(c.source);
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
      let commas = 0;
      let quotes = 0;
      let verbs = 0;
      const lo = before ? c.last : ctx.anchor + 1;
      const hi = before ? ctx.anchor : c.first;
      for (let k = lo; k < hi; k++) {
        const t = tokens[k];
        if (!t) break;
        if (t.text === ",") commas++;
        else if (t.kind === "quote") quotes++;
        else if (cueOf(t.lower)) verbs++;
      }
      const sameSentence = tokens[c.first]?.sentence === anchorTok?.sentence ? 1 : 0;
      f.push(
        mix2(20, dir, bucket(distance)),
        mix2(21, dir, bucket(between[i] as number)),
        mix2(22, dir, Math.min(commas, 3)),
        mix2(23, dir, Math.min(quotes, 2)),
        mix2(24, dir, sameSentence),
        mix2(25, dir, Math.min(verbs, 2)),
        mix2(26, h(`${dir}:${Math.min(between[i] as number, 3)}`), source),
        mix2(27, dir, relativeToRule(candidates, c, ctx.anchor)),
      );
    }
    if (on.has("type")) {
      const tagged = c.ref.cluster !== undefined ? 1 : 0;
      f.push(mix1(30, type), mix2(31, type, dir), mix2(32, source, tagged));
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
        mix2(54, h(`${prev?.sentence !== tokens[c.first]?.sentence}`), dir),
      );
    }
    return f;
  });
}
