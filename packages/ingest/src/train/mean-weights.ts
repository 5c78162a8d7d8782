/**
 * The mean of weight tables of one size, as the attribution models average their perceptrons (the
 * seeds of an ensemble, the cue detector's fold models): each table divided by their count and added
 * in order into float32, so the same tables give the same bytes. (The tagger's `meanModel` sums first
 * and divides once; its shipped weights were made that way.)
 */
export function meanWeights(tables: readonly ArrayLike<number>[]): Float32Array {
  const first = tables[0];
  if (!first) throw new Error("meanWeights: no weights to average");
  const out = new Float32Array(first.length);
  for (const table of tables) {
    if (table.length !== out.length) throw new Error("meanWeights: the weight tables differ in size");
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (table[i] as number) / tables.length;
  }
  return out;
}

/** The shuffle seeds of an ensemble: seed, seed + 1, … (`ensemble` of them). */
export function seedsOf(options: { seed: number; ensemble: number }): number[] {
  return Array.from({ length: options.ensemble }, (_, n) => options.seed + n);
}

/** One perceptron's run in an ensemble: the ensemble's bits and epochs, its own seed, its epochs logged. */
export interface EnsembleRun {
  bits: number;
  epochs: number;
  seed: number;
  onEpoch: (epoch: number, mistakes: number) => void;
}

/**
 * An ensemble's weights: a perceptron trained by `train` for each of its seeds (seedsOf), each
 * epoch's mistakes logged with the seed, and their mean (meanWeights).
 */
export function ensembleWeights(
  options: { bits: number; epochs: number; seed: number; ensemble: number },
  log: (line: string) => void,
  train: (run: EnsembleRun) => Float32Array,
): Float32Array {
  return meanWeights(
    seedsOf(options).map((seed) =>
      train({
        bits: options.bits,
        epochs: options.epochs,
        seed,
        onEpoch: (epoch, mistakes) => log(`seed ${seed} epoch ${epoch}: ${mistakes} wrong`),
      }),
    ),
  );
}
