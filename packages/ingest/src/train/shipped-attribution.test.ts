import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { POLNEAR_DEV, POLNEAR_TRAIN, REPO_ROOT, SHARED_DIR } from "../cli/repo-paths.js";
import { CUE_DETECTOR_PATH } from "../extract/claims/cue-detector/load-model.js";
import { SPEAKER_RANKER_PATH } from "../extract/claims/speaker-ranker/load-model.js";

const exec = promisify(execFile);
const CLI = fileURLToPath(new URL("../cli/train-attribution.ts", import.meta.url));
const HAVE_SHARED = existsSync(POLNEAR_TRAIN) && existsSync(POLNEAR_DEV);
if (!HAVE_SHARED) console.warn(`shipped attribution model tests skipped: ${SHARED_DIR} (PolNeAR) is not there`);

// Both models read what the rules and the entity tagger find: after a change there these fail until
// `pnpm train:attribution` is run again and its two files are committed.
describe.skipIf(!HAVE_SHARED)("the shipped cue detector and speaker ranker (needs <repo>/../shared)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "claimgraph-attribution-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are what pnpm train:attribution writes from the same data, byte for byte", async () => {
    const cueOut = path.join(dir, "cue-detector.bin.gz");
    const rankerOut = path.join(dir, "speaker-ranker.bin.gz");
    await exec(
      process.execPath,
      ["--conditions=source", "--import", "tsx", CLI, "--cue-out", cueOut, "--out", rankerOut],
      {
        cwd: REPO_ROOT,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    expect(readFileSync(cueOut).equals(readFileSync(CUE_DETECTOR_PATH))).toBe(true);
    expect(readFileSync(rankerOut).equals(readFileSync(SPEAKER_RANKER_PATH))).toBe(true);
  }, 600_000);
});
