import { existsSync, writeFileSync } from "node:fs";
import { formatSpanScores } from "../eval/span-score.js";
import { FEATURE_FAMILIES, type FeatureFamily } from "../extract/entities/tagger/features.js";
import { ENTITY_MODEL_PATH } from "../extract/entities/tagger/load-model.js";
import { encodeModel } from "../extract/entities/tagger/model.js";
import { readCorpora } from "../train/read-corpora.js";
import { DEFAULT_TRAINING, trainEntityTagger } from "../train/train-entities.js";
import { parseCommandLine, positiveInt } from "./args.js";
import { GUM_ENTITIES, POLNEAR_CORENLP_DEV, SHARED_DIR } from "./repo-paths.js";
import { CommandError, runMain } from "./run-main.js";

const HELP = `Usage: pnpm train:entities [options]

Trains the entity tagger (people, organizations, places) on ../shared/train/ — GUM academic, bio,
court and voyage (human) and the CoreNLP silver of PolNeAR train — scores it on GUM interview (dev)
and against CoreNLP on PolNeAR dev, and writes packages/ingest/models/entity-tagger.bin.gz.
Deterministic: the same data and options give the same file.

Options:
  --epochs <n>         passes over the data (default ${DEFAULT_TRAINING.epochs})
  --bits <n>           log2 of the feature hash buckets (default ${DEFAULT_TRAINING.bits})
  --gum-repeat <n>     GUM sentences per epoch, times (default ${DEFAULT_TRAINING.gumRepeat})
  --person-margin <n>  people under this margin with no title and no known first name are
                       tentative (default ${DEFAULT_TRAINING.personMinMargin}; 0: none)
  --seed <n>           shuffle seed (default ${DEFAULT_TRAINING.seed})
  --ensemble <n>       train n taggers (seeds seed … seed + n − 1) and ship their mean
                       (default ${DEFAULT_TRAINING.ensemble ?? 1})
  --without <family>   drop a feature family (ablation; repeatable: ${FEATURE_FAMILIES.join(", ")})
  --no-polnear         train on GUM only
  --out <file>         where to write the model (default: the shipped model)
  --dry-run            train and score, write nothing
  --help, -h           show this help`;

/** --person-margin: a whole number, 0 for none. */
function personMargin(raw: string | undefined): number | undefined {
  if (raw === undefined) return DEFAULT_TRAINING.personMinMargin;
  if (raw === "0") return undefined;
  return positiveInt(raw, "--person-margin", 0, 1000);
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseCommandLine(argv, {
    epochs: { type: "string" },
    bits: { type: "string" },
    "gum-repeat": { type: "string" },
    seed: { type: "string" },
    ensemble: { type: "string" },
    "person-margin": { type: "string" },
    without: { type: "string", multiple: true },
    "no-polnear": { type: "boolean", default: false },
    out: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const without = (values.without ?? []) as string[];
  for (const w of without)
    if (!FEATURE_FAMILIES.includes(w as FeatureFamily))
      throw new CommandError(`unknown feature family: ${w}`, `one of ${FEATURE_FAMILIES.join(", ")}`);
  const started = performance.now();
  const log = (line: string) =>
    process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${line}\n`);
  for (const path of [GUM_ENTITIES, POLNEAR_CORENLP_DEV])
    if (!existsSync(path))
      throw new CommandError(
        `${path}: no such file`,
        "the training data lives in <repo>/../shared/train/ (see its README)",
      );
  const corpora = readCorpora(SHARED_DIR, { polnear: !values["no-polnear"] });
  log(
    `read ${corpora.gumTrain.length} GUM train, ${corpora.gumDev.length} GUM dev, ${corpora.polnearTrain.length} PolNeAR train documents`,
  );
  const result = trainEntityTagger(corpora, {
    bits: positiveInt(values.bits as string | undefined, "--bits", DEFAULT_TRAINING.bits),
    epochs: positiveInt(values.epochs as string | undefined, "--epochs", DEFAULT_TRAINING.epochs),
    gumRepeat: positiveInt(values["gum-repeat"] as string | undefined, "--gum-repeat", DEFAULT_TRAINING.gumRepeat),
    personMinMargin: personMargin(values["person-margin"] as string | undefined),
    ensemble: positiveInt(values.ensemble as string | undefined, "--ensemble", DEFAULT_TRAINING.ensemble ?? 1, 16),
    seed: positiveInt(values.seed as string | undefined, "--seed", DEFAULT_TRAINING.seed, 2 ** 31),
    families: FEATURE_FAMILIES.filter((f) => !without.includes(f)),
    log,
  });
  process.stdout.write(`GUM interview (dev), exact spans: ${formatSpanScores(result.gumDev)}\n`);
  process.stdout.write(`PolNeAR dev, agreement with CoreNLP: ${formatSpanScores(result.polnearDev)}\n`);
  if (!values["dry-run"]) {
    const out = (values.out as string | undefined) ?? ENTITY_MODEL_PATH;
    const bytes = encodeModel(result.model);
    writeFileSync(out, bytes);
    log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
  }
  log("done");
  return 0;
}

runMain("train:entities", main);
