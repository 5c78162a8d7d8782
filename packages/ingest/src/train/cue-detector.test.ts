import { existsSync, readFileSync } from "node:fs";
import type { DocumentGraph } from "@claimgraph/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { POLNEAR_DEV, SHARED_DIR } from "../cli/repo-paths.js";
import { polnearToGold } from "../eval/polnear.js";
import { attributeClaims } from "../extract/claims/attribute.js";
import { CUE_FAMILIES } from "../extract/claims/cue-detector/features.js";
import { cueDetector } from "../extract/claims/cue-detector/load-model.js";
import { proposeClaims } from "../extract/claims/cue-detector/propose.js";
import { analyzeText } from "../extract/extract-document.js";
import { type CueDocument, cueDocument } from "./cue-examples.js";
import { type CueEffect, cueEffect, scoredOf, trainCueDetector } from "./train-cue-detector.js";

// A tiny corpus written here: a cue no rule knows ("blorfs") before its content, and a verb that is none.
const SUBJECTS = ["The committee", "Senator Alice Smith", "Most voters", "The union", "Bob Jones"];
const CONTENTS = ["the new tax plan", "the trade deal with Mexico", "higher school fees", "the budget cuts"];
const PLACES = ["to the market", "home", "to the station", "into town"];

function corpusDocument(i: number): CueDocument {
  const subject = SUBJECTS[i % 5] as string;
  const content = CONTENTS[i % 4] as string;
  const text = `${subject} blorfs ${content}. Carol White walked ${PLACES[(i * 3) % 4]} on Monday.`;
  const start = text.indexOf(content);
  const cue = text.indexOf("blorfs");
  const gold: DocumentGraph = {
    document: `d${i}`,
    entities: [],
    affiliations: [],
    claims: [
      {
        speaker: subject,
        speaker_start: 0,
        speaker_end: subject.length,
        cue: "blorfs",
        cue_start: cue,
        cue_end: cue + 6,
        kind: "indirect",
        text: content,
        start,
        end: start + content.length,
        about: [],
      },
    ],
  };
  return cueDocument(analyzeText(text, null), gold, [...CUE_FAMILIES]);
}

const corpus = Array.from({ length: 24 }, (_, i) => corpusDocument(i));
const options = { bits: 12, epochs: 4, seed: 3, positiveWeight: 1, folds: 4, ensemble: 2, families: [...CUE_FAMILIES] };

describe("training the cue detector", () => {
  it("labels the cue of a claim the rules miss, and no other word", () => {
    const d = corpus[0] as CueDocument;
    const positives = d.candidates.filter((_, i) => d.positive[i]).map((c) => d.doc.tokens[c.cue]?.text);
    expect(positives).toEqual(["blorfs"]);
  });

  it("learns it: every document's claim is found by the model trained on the other folds, and nothing else", () => {
    const { heldOut } = trainCueDetector(corpus, corpus.slice(0, 4), options);
    expect(heldOut.right).toBe(24);
    expect(heldOut.proposed).toBe(24);
    expect(heldOut.claim.f1).toBe(1);
  });

  it("proposes the claim in a new document", () => {
    const { model } = trainCueDetector(corpus, corpus.slice(0, 4), options);
    const text = "The committee blorfs higher school fees. Bob Jones walked home on Monday.";
    const doc = analyzeText(text, null);
    const claims = proposeClaims(doc, attributeClaims(doc, { claimUnit: "attribution" }), model);
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual(["higher school fees"]);
  });

  it("is deterministic: the same documents and options give the same weights and threshold", () => {
    const a = trainCueDetector(corpus, corpus.slice(0, 4), options).model;
    const b = trainCueDetector(corpus, corpus.slice(0, 4), options).model;
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(a.threshold).toBe(b.threshold);
  });
});

const HAVE_SHARED = existsSync(POLNEAR_DEV);
if (!HAVE_SHARED) console.warn(`shipped cue detector tests skipped: ${SHARED_DIR} (PolNeAR) is not there`);

describe.skipIf(!HAVE_SHARED)("the shipped cue detector (needs <repo>/../shared)", () => {
  let dev: CueDocument[];
  beforeAll(() => {
    const model = cueDetector();
    dev = readFileSync(POLNEAR_DEV, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .flatMap((line) => {
        const gold = polnearToGold(JSON.parse(line));
        if (!gold.ok) return [];
        return [cueDocument(analyzeText((JSON.parse(line) as { text: string }).text), gold.value, model.families)];
      });
  }, 120_000);

  // The detector reads the rules' claims and the entity tagger: after a change there its figures
  // move. Retrain with `pnpm train:attribution` and commit the model.
  it("reproduces the PolNeAR dev figures written in its file", () => {
    const model = cueDetector();
    const effect = cueEffect(
      dev,
      dev.map((d) => scoredOf(d, model)),
      model.threshold,
    );
    expect(effect).toEqual((model.meta as { dev: CueEffect }).dev);
  });
});
