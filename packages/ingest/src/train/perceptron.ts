import { emissionScores, viterbi } from "../extract/entities/tagger/decode.js";
import type { FeatureFamily } from "../extract/entities/tagger/features.js";
import { LABEL_COUNT, OUTSIDE } from "../extract/entities/tagger/labels.js";
import type { TaggerModel } from "../extract/entities/tagger/model.js";
import { seededRandom } from "../random/seeded.js";
import type { TrainingSentence } from "./examples.js";

const L = LABEL_COUNT;

export interface TrainOptions {
  bits: number;
  families: FeatureFamily[];
  epochs: number;
  seed: number;
  /** Called after each epoch with the averaged model so far (dev scores in the log). */
  onEpoch?: (epoch: number, model: TaggerModel, mistakes: number) => void;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Structured averaged perceptron (Collins 2002) for a first-order linear-chain tagger: decode
 * each sentence with Viterbi; where the prediction differs from the best gold-compatible path
 * (Viterbi restricted to the allowed labels), add the gold path's features and subtract the
 * predicted one's. Weights are averaged over all steps (w − u / c). Single-threaded, seeded
 * shuffle: the same data and options give the same weights.
 */
export function trainPerceptron(sentences: readonly TrainingSentence[], options: TrainOptions): TaggerModel {
  const buckets = 1 << options.bits;
  const mask = buckets - 1;
  const k = sentences[0] ? sentences[0].features.length / sentences[0].n : 0;
  const weights = new Float32Array(buckets * L);
  const weightSums = new Float64Array(buckets * L);
  const transitions = new Float32Array((L + 1) * L);
  const transitionSums = new Float64Array((L + 1) * L);
  const random = seededRandom(options.seed);
  let step = 1;
  const averaged = (): TaggerModel => {
    const w = new Float32Array(weights.length);
    for (let i = 0; i < w.length; i++) w[i] = (weights[i] as number) - (weightSums[i] as number) / step;
    const t = new Float32Array(transitions.length);
    for (let i = 0; i < t.length; i++) t[i] = (transitions[i] as number) - (transitionSums[i] as number) / step;
    return { bits: options.bits, families: options.families, weights: w, transitions: t, meta: {} };
  };
  const update = (index: number, delta: number) => {
    weights[index] = (weights[index] as number) + delta;
    weightSums[index] = (weightSums[index] as number) + step * delta;
  };
  const updateTransition = (index: number, delta: number) => {
    transitions[index] = (transitions[index] as number) + delta;
    transitionSums[index] = (transitionSums[index] as number) + step * delta;
  };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let mistakes = 0;
    for (const s of shuffle(sentences as TrainingSentence[], random)) {
      const emissions = emissionScores(weights, options.bits, s.features, s.n, k);
      const predicted = viterbi(emissions, s.n, transitions, undefined, s.atSentenceStart);
      const gold = viterbi(emissions, s.n, transitions, s.allowed, s.atSentenceStart);
      let differs = false;
      for (let i = 0; i < s.n; i++) if (predicted[i] !== gold[i]) differs = true;
      if (differs) {
        mistakes++;
        for (let i = 0; i < s.n; i++) {
          const g = gold[i] as number;
          const p = predicted[i] as number;
          if (g !== p) {
            for (let f = i * k; f < (i + 1) * k; f++) {
              const base = ((s.features[f] as number) & mask) * L;
              update(base + g, 1);
              update(base + p, -1);
            }
          }
          const start = s.atSentenceStart ? L : OUTSIDE;
          const gPrev = i === 0 ? start : (gold[i - 1] as number);
          const pPrev = i === 0 ? start : (predicted[i - 1] as number);
          if (gPrev !== pPrev || g !== p) {
            updateTransition(gPrev * L + g, 1);
            updateTransition(pPrev * L + p, -1);
          }
        }
      }
      step++;
    }
    options.onEpoch?.(epoch, averaged(), mistakes);
  }
  return averaged();
}
