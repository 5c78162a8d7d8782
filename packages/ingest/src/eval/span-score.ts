import type { CharSpan, TaggedSpan, TaggedType } from "../extract/entities/tagger/labels.js";
import type { Token } from "../extract/text/tokens.js";

export interface SpanCounts {
  tp: number;
  fp: number;
  fn: number;
}

export type SpanScores = Partial<Record<TaggedType, SpanCounts>>;

/** Token spans as character spans. */
export function charSpans(tokens: readonly Token[], spans: readonly TaggedSpan[]): CharSpan[] {
  return spans.map((s) => ({
    start: (tokens[s.first] as Token).start,
    end: (tokens[s.last - 1] as Token).end,
    type: s.type,
  }));
}

/** Exact-span matches per type, counted into `into` for the types listed. */
export function countSpans(
  predicted: readonly CharSpan[],
  gold: readonly CharSpan[],
  types: readonly TaggedType[],
  into: SpanScores,
): SpanScores {
  const key = (s: CharSpan) => `${s.type}:${s.start}:${s.end}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  for (const type of types) {
    const c = into[type] ?? { tp: 0, fp: 0, fn: 0 };
    for (const s of predicted) if (s.type === type) goldKeys.has(key(s)) ? c.tp++ : c.fp++;
    for (const s of gold) if (s.type === type && !predictedKeys.has(key(s))) c.fn++;
    into[type] = c;
  }
  return into;
}

export function f1(c: SpanCounts | undefined): { p: number; r: number; f1: number } {
  if (!c) return { p: 0, r: 0, f1: 0 };
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

export function formatSpanScores(scores: SpanScores): string {
  return Object.entries(scores)
    .map(([type, c]) => {
      const m = f1(c);
      return `${type} P ${m.p.toFixed(3)} R ${m.r.toFixed(3)} F1 ${m.f1.toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
    })
    .join("; ");
}
