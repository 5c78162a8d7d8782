import { LABEL_COUNT, OUTSIDE, transitionAllowed } from "./labels.js";

const L = LABEL_COUNT;

/** Per-token label scores: the sum of the weights of its `k` hashed features, n × LABEL_COUNT. */
export function emissionScores(
  weights: Float32Array,
  bits: number,
  features: Int32Array,
  n: number,
  k: number,
  buffer?: Float32Array,
): Float32Array {
  const mask = (1 << bits) - 1;
  const out = buffer && buffer.length >= n * L ? buffer.fill(0, 0, n * L) : new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    const row = i * L;
    for (let f = i * k, end = f + k; f < end; f++) {
      const base = ((features[f] as number) & mask) * L;
      for (let y = 0; y < L; y++) out[row + y] = (out[row + y] as number) + (weights[base + y] as number);
    }
  }
  return out;
}

// BIO constraints as a table: allowed[prev * L + next], prev = L for the sentence start.
const ALLOWED = new Uint8Array((L + 1) * L);
for (let p = 0; p <= L; p++)
  for (let y = 0; y < L; y++) ALLOWED[p * L + y] = transitionAllowed(p === L ? -1 : p, y) ? 1 : 0;

/**
 * The best label sequence (Viterbi) under emissions + transitions and the BIO constraints.
 * `allowed` (n × LABEL_COUNT, optional) restricts the labels of each token: training uses it for
 * the gold path of partly annotated text (a GUM token outside a name may be O or a place).
 */
export function viterbi(
  emissions: Float32Array,
  n: number,
  transitions: Float32Array,
  allowed?: Uint8Array,
  atSentenceStart = true,
): Uint8Array {
  // a run that starts inside a sentence follows an O
  const start = atSentenceStart ? L : OUTSIDE;
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) {
    const ok = ALLOWED[start * L + y] === 1 && (!allowed || allowed[y] === 1);
    score[y] = ok ? (emissions[y] as number) + (transitions[start * L + y] as number) : Number.NEGATIVE_INFINITY;
  }
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      if (!allowed || allowed[i * L + y] === 1) {
        for (let p = 0; p < L; p++) {
          if (ALLOWED[p * L + y] === 0) continue;
          const s = (score[(i - 1) * L + p] as number) + (transitions[p * L + y] as number);
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      score[i * L + y] = best + (emissions[i * L + y] as number);
      back[i * L + y] = arg;
    }
  }
  let best = Number.NEGATIVE_INFINITY;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    const s = score[(n - 1) * L + y] as number;
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  labels[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i * L + (labels[i] as number)] as number;
  return labels;
}
