import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../random/seeded.js";
import { emissionScores, liveRows, viterbi } from "./decode.js";
import { LABEL_COUNT, LABELS } from "./labels.js";

const L = LABEL_COUNT;
const label = (name: string) => LABELS.indexOf(name as (typeof LABELS)[number]);

function emissions(rows: Record<string, number>[]): Float32Array {
  const out = new Float32Array(rows.length * L);
  rows.forEach((row, i) => {
    for (const [name, score] of Object.entries(row)) out[i * L + label(name)] = score;
  });
  return out;
}

describe("Viterbi decoding", () => {
  const noTransitions = new Float32Array((L + 1) * L);

  it("takes the best label of each token when transitions are free", () => {
    const e = emissions([{ "B-PER": 2 }, { "I-PER": 3 }, { O: 1 }]);
    expect([...viterbi(e, 3, noTransitions)].map((y) => LABELS[y])).toEqual(["B-PER", "I-PER", "O"]);
  });

  it("never puts I-X after O or after another type, even when that token prefers it", () => {
    const e = emissions([{ O: 1 }, { "I-ORG": 5, "B-ORG": 4 }]);
    expect([...viterbi(e, 2, noTransitions)].map((y) => LABELS[y])).toEqual(["O", "B-ORG"]);
  });

  it("lets transitions outweigh one token's preference", () => {
    const transitions = new Float32Array((L + 1) * L);
    transitions[label("B-PER") * L + label("I-PER")] = 5;
    const e = emissions([{ "B-PER": 2 }, { O: 1, "I-PER": 0 }]);
    expect([...viterbi(e, 2, transitions)].map((y) => LABELS[y])).toEqual(["B-PER", "I-PER"]);
  });

  it("keeps to the allowed labels (partial annotation)", () => {
    const e = emissions([{ "B-PER": 5, O: 1 }, { O: 3 }]);
    const allowed = new Uint8Array(2 * L);
    allowed[label("O")] = 1;
    allowed[label("B-LOC")] = 1;
    allowed[L + label("O")] = 1;
    expect([...viterbi(e, 2, noTransitions, allowed)].map((y) => LABELS[y])).toEqual(["O", "O"]);
  });

  it("sums the weights of a token's hashed features per label", () => {
    const bits = 2;
    const weights = new Float32Array((1 << bits) * L);
    weights[1 * L + label("B-ORG")] = 1.5;
    weights[2 * L + label("B-ORG")] = 1;
    weights[2 * L + label("O")] = 0.25;
    // two tokens, two features each; hashes are masked to 2 bits (5 & 3 = 1, 6 & 3 = 2)
    const scores = emissionScores(weights, bits, Int32Array.from([5, 6, 0, 0]), 2, 2);
    expect(scores[label("B-ORG")]).toBe(2.5);
    expect(scores[label("O")]).toBe(0.25);
    expect(scores[L + label("B-ORG")]).toBe(0);
  });

  it("marks exactly the buckets with a weight, and skipping the others changes no score", () => {
    const bits = 10;
    const random = seededRandom(5);
    const weights = new Float32Array((1 << bits) * L);
    // one bucket in eight has weights (some of them on one label only, the last or the first)
    for (let b = 0; b < 1 << bits; b++) {
      if (random() < 0.875) continue;
      const only = random() < 0.5 ? (random() < 0.5 ? 0 : L - 1) : -1;
      for (let y = 0; y < L; y++)
        if (only < 0 || y === only) weights[b * L + y] = Math.round((random() - 0.5) * 2000) / 64;
    }
    const live = liveRows(weights);
    for (let b = 0; b < 1 << bits; b++) {
      const any = weights.subarray(b * L, (b + 1) * L).some((w) => w !== 0);
      expect(((live[b >>> 5] as number) >>> (b & 31)) & 1, `bucket ${b}`).toBe(any ? 1 : 0);
    }
    const n = 50;
    const k = 12;
    const features = Int32Array.from({ length: n * k }, () => Math.floor(random() * 2 ** 31));
    const base = Float64Array.from({ length: n * L }, () => random());
    expect(emissionScores(weights, bits, features, n, k, undefined, base, live)).toEqual(
      emissionScores(weights, bits, features, n, k, undefined, base),
    );
  });
});
