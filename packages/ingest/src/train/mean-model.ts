import type { TaggerModel } from "../extract/entities/tagger/model.js";

/**
 * The mean of taggers trained alike on the same data with different shuffle seeds: weights and
 * transitions averaged, everything else the first's. One averaged perceptron's figures move with
 * its shuffle order alone (GUM interview person F1 0.866–0.900 over seeds 11–13); the mean of a
 * few is a steadier model at no cost when tagging (same size, same features).
 */
export function meanModel(models: readonly TaggerModel[]): TaggerModel {
  const first = models[0];
  if (!first) throw new Error("meanModel: no model to average");
  for (const m of models)
    if (m.bits !== first.bits || m.families.join() !== first.families.join())
      throw new Error("meanModel: the taggers differ in hash bits or feature families; train them alike");
  if (models.length === 1) return first;
  const weights = new Float32Array(first.weights.length);
  const transitions = new Float32Array(first.transitions.length);
  for (const m of models) {
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) + (m.weights[i] as number);
    for (let i = 0; i < transitions.length; i++)
      transitions[i] = (transitions[i] as number) + (m.transitions[i] as number);
  }
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / models.length;
  for (let i = 0; i < transitions.length; i++) transitions[i] = (transitions[i] as number) / models.length;
  return { ...first, weights, transitions };
}
