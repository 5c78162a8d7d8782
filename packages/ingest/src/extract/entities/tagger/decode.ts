import { LABEL_COUNT, OUTSIDE, transitionAllowed } from "./labels.js";

const L = LABEL_COUNT;

/**
 * Per-token label scores: the sum of the weights of its `k` hashed features, n × LABEL_COUNT.
 * The seven label sums are kept in locals (this loop is most of the tagger's time). `base`
 * (n × LABEL_COUNT, optional): sums to start from (the tagger's per-word scores, `ownScores`).
 * `live` (optional, `liveRows`): one bit per bucket, set where any of its weights is not zero.
 * Most features were never seen in training and hash to an all-zero row; the bit (128 KB for 2^20
 * buckets, within the core's cache) skips the load of that row from the 29 MB table, the loop's
 * main cost. Adding zeros changes no sum, so the scores are the same with or without it.
 */
export function emissionScores(
  weights: Float32Array,
  bits: number,
  features: Int32Array,
  n: number,
  k: number,
  buffer?: Float32Array,
  base?: Float64Array,
  live?: Uint32Array,
): Float32Array {
  const mask = (1 << bits) - 1;
  const out = buffer && buffer.length >= n * L ? buffer : new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    const row = i * L;
    let s0 = base ? (base[row] as number) : 0;
    let s1 = base ? (base[row + 1] as number) : 0;
    let s2 = base ? (base[row + 2] as number) : 0;
    let s3 = base ? (base[row + 3] as number) : 0;
    let s4 = base ? (base[row + 4] as number) : 0;
    let s5 = base ? (base[row + 5] as number) : 0;
    let s6 = base ? (base[row + 6] as number) : 0;
    for (let f = i * k, end = f + k; f < end; f++) {
      const bucket = (features[f] as number) & mask;
      if (live && ((live[bucket >>> 5] as number) & (1 << (bucket & 31))) === 0) continue;
      const b = bucket * L;
      s0 += weights[b] as number;
      s1 += weights[b + 1] as number;
      s2 += weights[b + 2] as number;
      s3 += weights[b + 3] as number;
      s4 += weights[b + 4] as number;
      s5 += weights[b + 5] as number;
      s6 += weights[b + 6] as number;
    }
    out[row] = s0;
    out[row + 1] = s1;
    out[row + 2] = s2;
    out[row + 3] = s3;
    out[row + 4] = s4;
    out[row + 5] = s5;
    out[row + 6] = s6;
  }
  return out;
}

if (L !== 7) throw new Error("emissionScores is written for 7 labels");

/** One bit per bucket of `weights` (LABEL_COUNT a bucket): set where any of the bucket's weights is not zero. */
export function liveRows(weights: Float32Array): Uint32Array {
  const buckets = Math.floor(weights.length / L);
  const live = new Uint32Array(Math.ceil(buckets / 32));
  for (let b = 0; b < buckets; b++)
    for (let y = 0; y < L; y++)
      if (weights[b * L + y] !== 0) {
        live[b >>> 5] = (live[b >>> 5] as number) | (1 << (b & 31));
        break;
      }
  return live;
}

// BIO constraints as a table: allowed[prev * L + next], prev = L for the sentence start.
const ALLOWED = new Uint8Array((L + 1) * L);
for (let p = 0; p <= L; p++)
  for (let y = 0; y < L; y++) ALLOWED[p * L + y] = transitionAllowed(p === L ? -1 : p, y) ? 1 : 0;

// working memory of viterbi(), reused across calls (it is overwritten before it is read)
let scratch = { score: new Float64Array(64 * L), back: new Uint8Array(64 * L) };

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
  if (scratch.score.length < n * L) scratch = { score: new Float64Array(n * L * 2), back: new Uint8Array(n * L * 2) };
  const { score, back } = scratch;
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
