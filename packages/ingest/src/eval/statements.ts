/**
 * Scores for statement grouping and disputes (pure). Grouping is scored on pairs: a gold pair is
 * two claims in different articles, hand-checked as reporting the same utterance ("same") or not
 * ("different"; "unsure" pairs are left out). Every predicted pair of the scored claims counts:
 * one that is not a gold "same" pair is a false positive (the gold's candidates were drawn much
 * more loosely than the grouping rule, so a predicted pair outside them is a different utterance).
 * "Same utterance" is an equivalence, so the gold's "same" pairs are closed transitively: when
 * A ~ B and B ~ C were read as the same, A ~ C is too, though its wording may be too far apart for
 * it to have been drawn as a candidate (an explicit "different" or "unsure" label wins over closure).
 */
import { type Metric, metric } from "./metrics.js";

export type PairLabel = "same" | "different" | "unsure";

export interface GoldPair {
  a: string;
  b: string;
  label: PairLabel;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Every pair the gold's "same" labels imply (their transitive closure), less the pairs labelled
 * otherwise; pairs within one article are left to the caller, who does not count them.
 */
export function sameClosure(gold: readonly GoldPair[]): Set<string> {
  const parent = new Map<string, string>();
  const root = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  for (const p of gold) {
    if (p.label !== "same") continue;
    for (const x of [p.a, p.b]) if (!parent.has(x)) parent.set(x, x);
    const [ra, rb] = [root(p.a), root(p.b)];
    if (ra !== rb) parent.set(ra, rb);
  }
  const members = new Map<string, string[]>();
  for (const x of parent.keys()) {
    const r = root(x);
    const list = members.get(r);
    if (list) list.push(x);
    else members.set(r, [x]);
  }
  const labelledOtherwise = new Set(gold.filter((p) => p.label !== "same").map((p) => pairKey(p.a, p.b)));
  const out = new Set<string>();
  for (const list of members.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const key = pairKey(list[i] as string, list[j] as string);
        if (!labelledOtherwise.has(key)) out.add(key);
      }
  return out;
}

/**
 * Pairwise precision and recall of a grouping (claim key → statement id) against gold pairs.
 * `articleOf` says which article a claim is in: only pairs across articles count.
 */
export function scorePairs(
  groupOf: ReadonlyMap<string, string>,
  articleOf: (claim: string) => string,
  gold: readonly GoldPair[],
): { metric: Metric; predicted: number; falsePositives: [string, string][]; missed: [string, string][] } {
  const same = sameClosure(gold);
  const unsure = new Set(gold.filter((p) => p.label === "unsure").map((p) => pairKey(p.a, p.b)));
  const members = new Map<string, string[]>();
  for (const [claim, group] of groupOf) members.set(group, [...(members.get(group) ?? []), claim]);
  let tp = 0;
  let fp = 0;
  const falsePositives: [string, string][] = [];
  const found = new Set<string>();
  for (const list of members.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as string;
        const b = list[j] as string;
        if (articleOf(a) === articleOf(b)) continue;
        const key = pairKey(a, b);
        if (unsure.has(key)) continue;
        if (same.has(key)) {
          tp++;
          found.add(key);
        } else {
          fp++;
          falsePositives.push([a, b]);
        }
      }
  }
  const missed = [...same]
    .filter((key) => !found.has(key))
    .map((key) => key.split("\u0000") as [string, string])
    .filter(([a, b]) => articleOf(a) !== articleOf(b));
  return { metric: metric({ tp, fp, fn: missed.length }), predicted: tp + fp, falsePositives, missed };
}

/** A span of an article. */
export interface Span {
  start: number;
  end: number;
}

export interface GoldDispute {
  /** Acceptable spans of the denial (the cue's claim or its quote). */
  from: Span[];
  to: Span;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Dispute precision and recall in one article: a predicted pair is right when its two claims overlap a gold pair's spans. */
export function scoreDisputes(
  predicted: readonly { from: Span; to: Span }[],
  gold: readonly GoldDispute[],
): { tp: number; fp: number; fn: number } {
  const matches = (p: { from: Span; to: Span }, g: GoldDispute) =>
    g.from.some((f) => overlaps(f, p.from)) && overlaps(g.to, p.to);
  const tp = predicted.filter((p) => gold.some((g) => matches(p, g))).length;
  const fn = gold.filter((g) => !predicted.some((p) => matches(p, g))).length;
  return { tp, fp: predicted.length - tp, fn };
}
