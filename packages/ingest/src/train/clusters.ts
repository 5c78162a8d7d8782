import { hashString } from "../extract/text/hash.js";
import { tokenize } from "../extract/text/tokens.js";

export interface ClusterOptions {
  /** Words seen fewer times get no class. */
  minCount: number;
  /** The most frequent words whose left/right co-occurrence describes a word. */
  contexts: number;
  /** Number of classes (at most 255). */
  classes: number;
  iterations: number;
}

export const DEFAULT_CLUSTERS: ClusterOptions = { minCount: 3, contexts: 300, classes: 128, iterations: 12 };

/**
 * Distributional word classes from unlabelled text: each lower-cased word (seen ≥ minCount times)
 * is described by how often each of the `contexts` most frequent words stands right before and
 * right after it (log counts, unit length), and the descriptions are grouped by k-means (cosine;
 * the initial centres are words spread evenly over the frequency ranking, so the result is
 * deterministic). Returns hash of the word → class; no word itself is kept.
 */
export function wordClusters(texts: Iterable<string>, options: ClusterOptions = DEFAULT_CLUSTERS): Map<number, number> {
  const sequences: string[][] = [];
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = tokenize(text).map((t) => t.lower);
    sequences.push(words);
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const vocab = [...counts]
    .filter(([, n]) => n >= options.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const contextIndex = new Map(vocab.slice(0, options.contexts).map((w, i) => [w, i]));
  const dims = options.contexts * 2;
  // sparse co-occurrence counts per vocabulary word
  const cooc: Map<number, number>[] = vocab.map(() => new Map());
  for (const words of sequences) {
    for (let i = 0; i < words.length; i++) {
      const w = index.get(words[i] as string);
      if (w === undefined) continue;
      const row = cooc[w] as Map<number, number>;
      const left = i > 0 ? contextIndex.get(words[i - 1] as string) : undefined;
      const right = i + 1 < words.length ? contextIndex.get(words[i + 1] as string) : undefined;
      if (left !== undefined) row.set(left, (row.get(left) ?? 0) + 1);
      if (right !== undefined) row.set(options.contexts + right, (row.get(options.contexts + right) ?? 0) + 1);
    }
  }
  const vectors = cooc.map((row) => {
    const keys = [...row.keys()].sort((a, b) => a - b);
    const values = keys.map((k) => Math.log1p(row.get(k) as number));
    const norm = Math.sqrt(values.reduce((s, v) => s + v * v, 0)) || 1;
    return { keys: Int32Array.from(keys), values: Float64Array.from(values.map((v) => v / norm)) };
  });
  const k = Math.min(options.classes, vocab.length);
  const centres: Float64Array[] = [];
  for (let c = 0; c < k; c++) {
    const v = vectors[Math.floor((c * vocab.length) / k)] as { keys: Int32Array; values: Float64Array };
    const centre = new Float64Array(dims);
    v.keys.forEach((key, j) => {
      centre[key] = v.values[j] as number;
    });
    centres.push(centre);
  }
  const assignment = new Uint8Array(vocab.length);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    vectors.forEach((v, w) => {
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const centre = centres[c] as Float64Array;
        let score = 0;
        for (let j = 0; j < v.keys.length; j++)
          score += (v.values[j] as number) * (centre[v.keys[j] as number] as number);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      assignment[w] = best;
    });
    for (const centre of centres) centre.fill(0);
    vectors.forEach((v, w) => {
      const centre = centres[assignment[w] as number] as Float64Array;
      for (let j = 0; j < v.keys.length; j++) {
        const d = v.keys[j] as number;
        centre[d] = (centre[d] as number) + (v.values[j] as number);
      }
    });
    for (const centre of centres) {
      const norm = Math.sqrt(centre.reduce((s, x) => s + x * x, 0)) || 1;
      for (let d = 0; d < dims; d++) centre[d] = (centre[d] as number) / norm;
    }
  }
  const out = new Map<number, number>();
  vocab.forEach((w, i) => {
    out.set(hashString(w), assignment[i] as number);
  });
  return out;
}
