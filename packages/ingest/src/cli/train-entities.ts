import { formatSpanScores } from "../eval/span-score.js";
import { FEATURE_FAMILIES } from "../extract/entities/tagger/features.js";
import { ENTITY_MODEL_PATH } from "../extract/entities/tagger/load-model.js";
import { encodeModel } from "../extract/entities/tagger/model.js";
import { readCorpora } from "../train/read-corpora.js";
import { DEFAULT_TRAINING, trainEntityTagger } from "../train/train-entities.js";
import { parseCommandLine, positiveInt } from "./args.js";
import { AUTHORED_TRAINING_SETS, authoredSetDir, GUM_ENTITIES, POLNEAR_CORENLP_DEV, SHARED_DIR } from "./repo-paths.js";
import { runMain } from "./run-main.js";
import { familiesWithout, requireFiles, saveModel, TRAINING_OPTIONS, timedLog } from "./train-run.js";

const HELP = `Usage: pnpm train:entities [options]

Trains the entity tagger (people, organizations, places) on ../shared/train/ — GUM academic, bio,
court and voyage (human) and the CoreNLP silver of PolNeAR train — scores it on GUM interview (dev)
and against CoreNLP on PolNeAR dev, and writes packages/ingest/models/entity-tagger.bin.gz.
Deterministic: the same data and options give the same file.

Options:
  --epochs <n>         passes over the data (default ${DEFAULT_TRAINING.epochs})
  --bits <n>           log2 of the feature hash buckets (default ${DEFAULT_TRAINING.bits})
  --gum-repeat <n>     GUM sentences per epoch, times (default ${DEFAULT_TRAINING.gumRepeat})
  --authored-repeat <n>  the project's read authored golds (gold/newsdev … ${AUTHORED_TRAINING_SETS.at(-1)}) per
                       epoch, times (default ${DEFAULT_TRAINING.authoredRepeat ?? 0}; 0: not trained on)
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

/** --authored-repeat: a whole number, 0 for none. */
function nonNegativeInt(raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  return raw === "0" ? 0 : positiveInt(raw, "--authored-repeat", fallback, 100);
}

/** --person-margin: a whole number, 0 for none. */
function personMargin(raw: string | undefined): number | undefined {
  if (raw === undefined) return DEFAULT_TRAINING.personMinMargin;
  if (raw === "0") return undefined;
  return positiveInt(raw, "--person-margin", 0, 1000);
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseCommandLine(argv, {
    ...TRAINING_OPTIONS,
    "gum-repeat": { type: "string" },
    "authored-repeat": { type: "string" },
    ensemble: { type: "string" },
    "person-margin": { type: "string" },
    "no-polnear": { type: "boolean", default: false },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const families = familiesWithout(FEATURE_FAMILIES, values.without);
  const log = timedLog();
  requireFiles(
    [GUM_ENTITIES, POLNEAR_CORENLP_DEV],
    "the training data lives in <repo>/../shared/train/ (see its README)",
  );
  const authoredRepeat = nonNegativeInt(
    values["authored-repeat"] as string | undefined,
    DEFAULT_TRAINING.authoredRepeat ?? 0,
  );
  const corpora = readCorpora(SHARED_DIR, {
    polnear: !values["no-polnear"],
    authoredDirs: authoredRepeat > 0 ? AUTHORED_TRAINING_SETS.map(authoredSetDir) : [],
  });
  log(
    `read ${corpora.gumTrain.length} GUM train, ${corpora.gumDev.length} GUM dev, ${corpora.polnearTrain.length} PolNeAR train documents`,
  );
  const result = trainEntityTagger(corpora, {
    bits: positiveInt(values.bits as string | undefined, "--bits", DEFAULT_TRAINING.bits),
    epochs: positiveInt(values.epochs as string | undefined, "--epochs", DEFAULT_TRAINING.epochs),
    gumRepeat: positiveInt(values["gum-repeat"] as string | undefined, "--gum-repeat", DEFAULT_TRAINING.gumRepeat),
    authoredRepeat,
    personMinMargin: personMargin(values["person-margin"] as string | undefined),
    ensemble: positiveInt(values.ensemble as string | undefined, "--ensemble", DEFAULT_TRAINING.ensemble ?? 1, 16),
    seed: positiveInt(values.seed as string | undefined, "--seed", DEFAULT_TRAINING.seed, 2 ** 31),
    families,
    log,
  });
  process.stdout.write(`GUM interview (dev), exact spans: ${formatSpanScores(result.gumDev)}\n`);
  process.stdout.write(`PolNeAR dev, agreement with CoreNLP: ${formatSpanScores(result.polnearDev)}\n`);
  saveModel(values.out ?? ENTITY_MODEL_PATH, () => encodeModel(result.model), values["dry-run"], log);
  log("done");
  return 0;
}

runMain("train:entities", main);
