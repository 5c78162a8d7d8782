import { emissionScores, viterbi } from "../extract/entities/tagger/decode.js";
import type { FeatureFamily } from "../extract/entities/tagger/features.js";
import { LABEL_COUNT, OUTSIDE } from "../extract/entities/tagger/labels.js";
import type { TaggerModel } from "../extract/entities/tagger/model.js";
import { AveragedPerceptron } from "./averaged-perceptron.js";
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

/**
 * Structured averaged perceptron (Collins 2002) for a first-order linear-chain tagger: decode
 * each sentence with Viterbi; where the prediction differs from the best gold-compatible path
 * (Viterbi restricted to the allowed labels), add the gold path's features and subtract the
 * predicted one's. Weights are averaged over all steps (w − u / c; `averaged-perceptron.ts`).
 * Single-threaded, seeded shuffle: the same data and options give the same weights.
 */
export function trainPerceptron(sentences: readonly TrainingSentence[], options: TrainOptions): TaggerModel {
  const buckets = 1 << options.bits;
  const mask = buckets - 1;
  const k = sentences[0] ? sentences[0].features.length / sentences[0].n : 0;
  const perceptron = new AveragedPerceptron();
  const emission = perceptron.table(buckets * L);
  const transition = perceptron.table((L + 1) * L);
  const weights = emission.weights;
  const transitions = transition.weights;
  const averaged = (): TaggerModel => ({
    bits: options.bits,
    families: options.families,
    weights: emission.averaged(),
    transitions: transition.averaged(),
    meta: {},
  });
  const onEpoch = (epoch: number, mistakes: number) => options.onEpoch?.(epoch, averaged(), mistakes);
  perceptron.epochs(sentences, { epochs: options.epochs, seed: options.seed, reshuffle: "input", onEpoch }, (s) => {
    const emissions = emissionScores(weights, options.bits, s.features, s.n, k);
    const predicted = viterbi(emissions, s.n, transitions, undefined, s.atSentenceStart);
    const gold = viterbi(emissions, s.n, transitions, s.allowed, s.atSentenceStart);
    let differs = false;
    for (let i = 0; i < s.n; i++) if (predicted[i] !== gold[i]) differs = true;
    if (!differs) return false;
    for (let i = 0; i < s.n; i++) {
      const g = gold[i] as number;
      const p = predicted[i] as number;
      if (g !== p) {
        for (let f = i * k; f < (i + 1) * k; f++) {
          const base = ((s.features[f] as number) & mask) * L;
          emission.add(base + g, 1);
          emission.add(base + p, -1);
        }
      }
      const start = s.atSentenceStart ? L : OUTSIDE;
      const gPrev = i === 0 ? start : (gold[i - 1] as number);
      const pPrev = i === 0 ? start : (predicted[i - 1] as number);
      if (gPrev !== pPrev || g !== p) {
        transition.add(gPrev * L + g, 1);
        transition.add(pPrev * L + p, -1);
      }
    }
    return true;
  });
  return averaged();
}
