import { readFileSync } from "node:fs";
import { polnearToGold } from "../eval/polnear.js";
import { CUE_FAMILIES } from "../extract/claims/cue-detector/features.js";
import { CUE_DETECTOR_PATH, cueDetector } from "../extract/claims/cue-detector/load-model.js";
import { type CueModel, encodeCueModel } from "../extract/claims/cue-detector/model.js";
import { RANKER_FAMILIES } from "../extract/claims/speaker-ranker/features.js";
import { SPEAKER_RANKER_PATH } from "../extract/claims/speaker-ranker/load-model.js";
import { encodeRanker } from "../extract/claims/speaker-ranker/model.js";
import { analyzeText } from "../extract/extract-document.js";
import { cueDocument } from "../train/cue-examples.js";
import {
  type AttributionDocument,
  DEFAULT_ATTRIBUTION_TRAINING,
  formatAccuracy,
  trainSpeakerRanker,
} from "../train/train-attribution.js";
import { DEFAULT_CUE_TRAINING, formatEffect, trainCueDetector } from "../train/train-cue-detector.js";
import { parseCommandLine, positiveInt } from "./args.js";
import { POLNEAR_DEV, POLNEAR_TRAIN } from "./repo-paths.js";
import { CommandError, runMain } from "./run-main.js";
import { familiesWithout, requireFiles, saveModel, TRAINING_OPTIONS, timedLog } from "./train-run.js";

const HELP = `Usage: pnpm train:attribution [options]

Trains the learned layer over the attribution rules on the gold attributions of PolNeAR train
(../shared/dev/polnear-train.jsonl): the cue detector that adds the claims the rules miss (threshold
chosen by cross-validation over folds of train, model trained on all of train, scored on dev, written to packages/ingest/models/cue-detector.bin.gz),
then the speaker ranker over the rules' claims and the detector's (the shipped detector with --only
speakers; override margin cross-validated over folds of train, scored on PolNeAR dev, written to packages/ingest/models/speaker-ranker.bin.gz). Deterministic: the same data and options give the same files.

Options:
  --only <model>       train one model: speakers or cues
  --without-cue <family>  drop a cue-detector feature family (repeatable: ${CUE_FAMILIES.join(", ")})
  --cue-epochs <n>     cue detector passes (default ${DEFAULT_CUE_TRAINING.epochs})
  --cue-out <file>     where to write the cue detector (default: the shipped model)
  --epochs <n>         passes over the data (default ${DEFAULT_ATTRIBUTION_TRAINING.epochs})
  --bits <n>           log2 of the feature hash buckets (default ${DEFAULT_ATTRIBUTION_TRAINING.bits})
  --seed <n>           shuffle seed (default ${DEFAULT_ATTRIBUTION_TRAINING.seed})
  --ensemble <n>       perceptrons averaged into each model, seeds seed, seed + 1, … (default: cue
                       detector ${DEFAULT_CUE_TRAINING.ensemble}, speaker ranker ${DEFAULT_ATTRIBUTION_TRAINING.ensemble})
  --without <family>   drop a feature family (ablation; repeatable: ${RANKER_FAMILIES.join(", ")})
  --out <file>         where to write the model (default: the shipped model)
  --dry-run            train and score, write nothing
  --help, -h           show this help`;

/** PolNeAR records with their gold; a record the gold reader rejects is skipped and counted. */
function readPolnear(path: string, log: (line: string) => void): AttributionDocument[] {
  requireFiles([path], "the PolNeAR gold lives in <repo>/../shared/dev/ (see ../shared/train/README.md)");
  const docs: AttributionDocument[] = [];
  const lines = readFileSync(path, "utf8").split("\n");
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const record = JSON.parse(line) as { text: string };
    const gold = polnearToGold(record);
    if (gold.ok) docs.push({ doc: analyzeText(record.text), gold: gold.value });
    else log(`${path}:${i + 1}: skipped (${gold.error})`);
  });
  return docs;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseCommandLine(argv, {
    ...TRAINING_OPTIONS,
    only: { type: "string" },
    "without-cue": { type: "string", multiple: true },
    "cue-epochs": { type: "string" },
    "cue-out": { type: "string" },
    ensemble: { type: "string" },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const rankerFamilies = familiesWithout(RANKER_FAMILIES, values.without);
  const only = values.only;
  if (only !== undefined && only !== "speakers" && only !== "cues")
    throw new CommandError(`unknown model for --only: ${only}`, "one of speakers, cues");
  const cueFamilies = familiesWithout(CUE_FAMILIES, values["without-cue"], "cue-detector feature family");
  const log = timedLog();
  const train = readPolnear(POLNEAR_TRAIN, log);
  const dev = readPolnear(POLNEAR_DEV, log);
  log(`read and analysed ${train.length} PolNeAR train, ${dev.length} dev documents`);
  // the cue detector first: the speaker ranker re-decides the speakers of its claims too, and learns them
  let cueModel: CueModel | null = null;
  if (only !== "speakers") {
    const cueTrain = train.map(({ doc, gold }) => cueDocument(doc, gold, cueFamilies));
    const cueDev = dev.map(({ doc, gold }) => cueDocument(doc, gold, cueFamilies));
    log("cue candidates ready");
    const result = trainCueDetector(cueTrain, cueDev, {
      ...DEFAULT_CUE_TRAINING,
      epochs: positiveInt(values["cue-epochs"] as string | undefined, "--cue-epochs", DEFAULT_CUE_TRAINING.epochs),
      seed: positiveInt(values.seed as string | undefined, "--seed", DEFAULT_CUE_TRAINING.seed, 2 ** 31),
      ensemble: positiveInt(values.ensemble as string | undefined, "--ensemble", DEFAULT_CUE_TRAINING.ensemble, 20),
      families: cueFamilies,
      log,
    });
    cueModel = result.model;
    process.stdout.write(`cross-validated train cues (each fold held out): ${formatEffect(result.heldOut)}\n`);
    process.stdout.write(`PolNeAR dev cues: ${formatEffect(result.dev)}\n`);
    const model = result.model;
    saveModel(values["cue-out"] ?? CUE_DETECTOR_PATH, () => encodeCueModel(model), values["dry-run"], log);
  }
  if (only !== "cues") {
    const result = trainSpeakerRanker(train, dev, {
      bits: positiveInt(values.bits as string | undefined, "--bits", DEFAULT_ATTRIBUTION_TRAINING.bits),
      epochs: positiveInt(values.epochs as string | undefined, "--epochs", DEFAULT_ATTRIBUTION_TRAINING.epochs),
      seed: positiveInt(values.seed as string | undefined, "--seed", DEFAULT_ATTRIBUTION_TRAINING.seed, 2 ** 31),
      folds: DEFAULT_ATTRIBUTION_TRAINING.folds,
      ensemble: positiveInt(
        values.ensemble as string | undefined,
        "--ensemble",
        DEFAULT_ATTRIBUTION_TRAINING.ensemble,
        20,
      ),
      families: rankerFamilies,
      cues: cueModel ?? cueDetector(),
      log,
    });
    process.stdout.write(`PolNeAR dev speakers: ${formatAccuracy(result.dev)}\n`);
    saveModel(values.out ?? SPEAKER_RANKER_PATH, () => encodeRanker(result.model), values["dry-run"], log);
  }
  log("done");
  return 0;
}

runMain("train:attribution", main);
