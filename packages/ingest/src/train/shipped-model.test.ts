import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { GUM_ENTITIES, POLNEAR_CORENLP_DEV, SHARED_DIR } from "../cli/repo-paths.js";
import { f1 } from "../eval/span-score.js";
import { ENTITY_MODEL_PATH } from "../extract/entities/tagger/load-model.js";
import { decodeModel, encodeModel } from "../extract/entities/tagger/model.js";
import { evaluateTagger } from "./evaluate.js";
import { readCorpora } from "./read-corpora.js";
import { trainEntityTagger } from "./train-entities.js";

const HAVE_SHARED = existsSync(GUM_ENTITIES) && existsSync(POLNEAR_CORENLP_DEV);
if (!HAVE_SHARED) console.warn(`shipped entity tagger tests skipped: ${SHARED_DIR} (training data) is not there`);

// The tagger reads the tokenizer and the lexicons (extract/lexicon/: gazetteer features). After a change
// there, these tests fail until the model is rebuilt: run `pnpm train:entities` and commit the model.
type Model = ReturnType<typeof decodeModel>;
interface ShippedMeta {
  epochs: number;
  seed: number;
  /** Taggers averaged (absent: one). */
  ensemble?: number;
  gumRepeat: number;
  bits: number;
  families: Model["families"];
  dev: { gumInterview: Record<string, { f1: number }> };
}

describe.skipIf(!HAVE_SHARED)("the shipped entity tagger (needs <repo>/../shared)", () => {
  // Read in a hook, not while the file is collected: a skipped describe's body still runs, and
  // without ../shared reading here made the whole file fail.
  let model: Model;
  let meta: ShippedMeta;
  let corpora: ReturnType<typeof readCorpora>;
  beforeAll(() => {
    model = decodeModel(readFileSync(ENTITY_MODEL_PATH));
    meta = model.meta as unknown as ShippedMeta;
    corpora = readCorpora(SHARED_DIR, { polnear: true });
  }, 120_000);

  it("reproduces the GUM interview (dev) figures written in its file", () => {
    const scores = evaluateTagger(model, corpora.gumDev, ["PER", "ORG"]);
    for (const type of ["PER", "ORG"] as const)
      expect(f1(scores[type]).f1).toBeCloseTo(meta.dev.gumInterview[type]?.f1 ?? -1, 3);
  });

  // The learned parameters only: orgMinMargin is chosen by running the whole extraction on the dev
  // set, so a rule change elsewhere may move it without the weights being stale.
  it("has the weights pnpm train:entities learns from the same data, bit for bit", () => {
    const { model: rebuilt } = trainEntityTagger(corpora, {
      bits: meta.bits,
      epochs: meta.epochs,
      seed: meta.seed,
      ensemble: meta.ensemble ?? 1,
      gumRepeat: meta.gumRepeat,
      families: meta.families,
      calibrate: false,
    });
    // through the file format, as the shipped weights went
    const learned = decodeModel(encodeModel(rebuilt));
    expect(learned.bits).toBe(model.bits);
    expect(learned.families).toEqual(model.families);
    expect(Buffer.from(learned.weights.buffer).equals(Buffer.from(model.weights.buffer))).toBe(true);
    expect(Buffer.from(learned.transitions.buffer).equals(Buffer.from(model.transitions.buffer))).toBe(true);
    expect([...(learned.clusters ?? [])]).toEqual([...(model.clusters ?? [])]);
  }, 300_000);
});
