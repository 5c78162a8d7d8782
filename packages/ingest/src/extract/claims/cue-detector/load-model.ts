import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type CueModel, decodeCueModel } from "./model.js";

/** The committed weights (packages/ingest/models/), trained by `pnpm train:attribution`. */
export const CUE_DETECTOR_PATH = fileURLToPath(new URL("../../../../models/cue-detector.bin.gz", import.meta.url));

let loaded: CueModel | undefined;

/** The shipped cue detector, read once per process. */
export function cueDetector(): CueModel {
  loaded ??= decodeCueModel(readFileSync(CUE_DETECTOR_PATH), CUE_DETECTOR_PATH);
  return loaded;
}
