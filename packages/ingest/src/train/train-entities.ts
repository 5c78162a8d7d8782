import { f1, formatSpanScores, type SpanScores } from "../eval/span-score.js";
import { FEATURE_FAMILIES, type FeatureFamily } from "../extract/entities/tagger/features.js";
import type { TaggerModel } from "../extract/entities/tagger/model.js";
import { calibrateOrgMargin } from "./calibrate.js";
import { wordClusters } from "./clusters.js";
import { evaluateTagger } from "./evaluate.js";
import { type TrainingSentence, trainingSentences } from "./examples.js";
import { meanModel } from "./mean-model.js";
import { trainPerceptron } from "./perceptron.js";
import type { Corpora } from "./read-corpora.js";

export interface EntityTrainingOptions {
  bits: number;
  epochs: number;
  seed: number;
  /**
   * How many taggers to train, with the shuffle seeds seed, seed + 1, …; the model is their mean
   * (weights and transitions). One perceptron's dev figures move with its shuffle order alone.
   */
  ensemble?: number;
  families: FeatureFamily[];
  /** How many times GUM's human annotation is seen per epoch for once PolNeAR's silver. */
  gumRepeat: number;
  /** How many times the authored golds are seen per epoch (0: not trained on). */
  authoredRepeat?: number;
  /** The model's `personMinMargin` (none when undefined). */
  personMinMargin?: number;
  /** Choose `orgMinMargin` on the dev set (runs the whole extraction; default true). */
  calibrate?: boolean;
  log?: (line: string) => void;
}

export const DEFAULT_TRAINING: Omit<EntityTrainingOptions, "log"> = {
  bits: 20,
  epochs: 6,
  seed: 11,
  families: [...FEATURE_FAMILIES],
  gumRepeat: 3,
  ensemble: 3,
  personMinMargin: 20,
};

export interface TrainingResult {
  model: TaggerModel;
  gumDev: SpanScores;
  polnearDev: SpanScores;
  sentences: number;
  tokens: number;
}

const rounded = (scores: SpanScores) =>
  Object.fromEntries(Object.entries(scores).map(([type, c]) => [type, { ...c, f1: Number(f1(c).f1.toFixed(4)) }]));

/** Trains the entity tagger on GUM (minus interview) and PolNeAR silver; scores it on the dev sets. */
export function trainEntityTagger(corpora: Corpora, options: EntityTrainingOptions): TrainingResult {
  const log = options.log ?? (() => {});
  // word classes from the unlabelled text of the training documents (never the dev sets)
  const clusters = options.families.includes("cluster")
    ? wordClusters([...corpora.polnearTrain, ...corpora.gumTrain].map((d) => d.text))
    : undefined;
  if (clusters) log(`word classes for ${clusters.size} words`);
  const gum = corpora.gumTrain.flatMap((d) => trainingSentences(d, options.families, clusters));
  const polnear = corpora.polnearTrain.flatMap((d) => trainingSentences(d, options.families, clusters));
  const authored = corpora.authoredTrain.flatMap((d) => trainingSentences(d, options.families, clusters));
  const authoredRepeat = options.authoredRepeat ?? 0;
  const sentences: TrainingSentence[] = [...polnear];
  for (let r = 0; r < options.gumRepeat; r++) sentences.push(...gum);
  for (let r = 0; r < authoredRepeat; r++) sentences.push(...authored);
  const tokens = sentences.reduce((sum, s) => sum + s.n, 0);
  log(
    `training on ${polnear.length} PolNeAR + ${gum.length} × ${options.gumRepeat} GUM + ${authored.length} × ${authoredRepeat} authored sentences (${tokens} tokens)`,
  );
  const ensemble = options.ensemble ?? 1;
  const members: TaggerModel[] = [];
  for (let m = 0; m < ensemble; m++)
    members.push(
      trainPerceptron(sentences, {
        bits: options.bits,
        families: options.families,
        epochs: options.epochs,
        seed: options.seed + m,
        onEpoch: (epoch, averaged, mistakes) => {
          if (clusters) averaged.clusters = clusters;
          log(
            `${ensemble > 1 ? `tagger ${m + 1} of ${ensemble}, ` : ""}epoch ${epoch}: ${mistakes} sentences wrong; GUM interview ${formatSpanScores(evaluateTagger(averaged, corpora.gumDev, ["PER", "ORG"]))}`,
          );
        },
      }),
    );
  const model = meanModel(members);
  if (clusters) model.clusters = clusters;
  if (options.personMinMargin !== undefined) model.personMinMargin = options.personMinMargin;
  const calibration = options.calibrate === false ? undefined : calibrateOrgMargin(model, corpora.gumDevRecords);
  if (calibration?.orgMinMargin !== undefined) model.orgMinMargin = calibration.orgMinMargin;
  if (calibration)
    log(
      `tentative organizations under margin ${calibration.orgMinMargin ?? "none"} (GUM interview org F1 ${calibration.orgF1.toFixed(3)})`,
    );
  const gumDev = evaluateTagger(model, corpora.gumDev, ["PER", "ORG"]);
  const polnearDev = evaluateTagger(model, corpora.polnearDev, ["PER", "ORG", "LOC"]);
  model.meta = {
    trainedOn: {
      gum: `GUM academic/bio/court/voyage (${corpora.gumTrain.length} documents, ×${options.gumRepeat})`,
      polnear: `CoreNLP silver of PolNeAR train (${corpora.polnearTrain.length} documents)`,
      ...(authoredRepeat > 0
        ? {
            authored: `the project's read authored golds (${corpora.authoredTrain.length} documents, ×${authoredRepeat})`,
          }
        : {}),
    },
    epochs: options.epochs,
    seed: options.seed,
    ...(ensemble > 1 ? { ensemble } : {}),
    gumRepeat: options.gumRepeat,
    bits: options.bits,
    families: options.families,
    dev: { gumInterview: rounded(gumDev), polnearCoreNlpDev: rounded(polnearDev) },
    ...(calibration ? { orgMarginCalibration: calibration.tried } : {}),
  };
  return { model, gumDev, polnearDev, sentences: sentences.length, tokens };
}
