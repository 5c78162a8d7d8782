/**
 * The import boundaries of ARCHITECTURE.md are Biome `noRestrictedImports` overrides in biome.json.
 * Each case writes one probe file at a path inside a scratch copy of the repo's biome.json and lints
 * it: a wrong import must fail the lint with the rule, an allowed one must pass.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const biomeBin = path.join(root, "node_modules", ".bin", "biome");
let scratch = "";

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), "claimgraph-boundaries-"));
  copyFileSync(path.join(root, "biome.json"), path.join(scratch, "biome.json"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Lints `source` as if it were the file `file` of the repo; returns the rule's messages. */
function lint(file: string, source: string): { failed: boolean; restricted: boolean; output: string } {
  const full = path.join(scratch, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, source);
  const run = spawnSync(biomeBin, ["lint", "--vcs-enabled=false", "--max-diagnostics=50", file], {
    cwd: scratch,
    encoding: "utf8",
  });
  rmSync(full);
  const output = `${run.stdout}${run.stderr}`;
  return { failed: run.status !== 0, restricted: output.includes("lint/style/noRestrictedImports"), output };
}

const probe = (specifier: string) => `import * as probe from "${specifier}";\nexport const used = probe;\n`;

describe("import boundaries (biome.json noRestrictedImports)", () => {
  it.each([
    // ingest: extract and eval are pure, and sit under load/ and cli/
    ["packages/ingest/src/extract/claims/probe.ts", "node:fs"],
    ["packages/ingest/src/extract/probe.ts", "neo4j-driver"],
    ["packages/ingest/src/extract/entities/probe.ts", "../../load/names.js"],
    ["packages/ingest/src/extract/probe.ts", "../cli/ingest.js"],
    ["packages/ingest/src/extract/probe.ts", "../eval/names.js"],
    ["packages/ingest/src/extract/entities/tagger/load-model.ts", "../../../load/names.js"],
    ["packages/ingest/src/extract/claims/cue-detector/model.ts", "node:zlib"],
    ["packages/ingest/src/eval/probe.ts", "node:path"],
    ["packages/ingest/src/eval/probe.ts", "neo4j-driver"],
    ["packages/ingest/src/eval/probe.ts", "../load/names.js"],
    ["packages/ingest/src/load/probe.ts", "../cli/ingest.js"],
    ["packages/ingest/src/input/probe.ts", "../fetch/fetch-page.js"],
    ["packages/ingest/src/fetch/probe.ts", "../extract/extract-document.js"],
    ["packages/ingest/src/train/probe.ts", "../load/names.js"],
    ["packages/ingest/src/load/probe.ts", "@claimgraph/viewer"],
    ["packages/schema/src/probe.ts", "@claimgraph/ingest"],
    // viewer: the server imports only the contract; nothing runs back up a layer
    ["packages/viewer/server/api/probe.ts", "../../src/graph/model.js"],
    ["packages/viewer/server/probe.ts", "react"],
    ["packages/viewer/shared/snapshot/probe.ts", "../../src/filters/model.js"],
    ["packages/viewer/shared/api/probe.ts", "react"],
    ["packages/viewer/shared/probe.ts", "node:fs"],
    ["packages/viewer/src/canvas/probe.tsx", "../app/test-handle.js"],
    ["packages/viewer/src/graph/probe.ts", "../components/Legend.js"],
    ["packages/viewer/src/snapshot/probe.ts", "./SharingMenu.js"],
    ["packages/viewer/src/timeline/probe.ts", "../canvas/GraphCanvas.js"],
    ["packages/viewer/src/store/probe.ts", "../graph/model.js"],
    ["packages/viewer/src/api/probe.ts", "../status/store.js"],
    ["packages/viewer/src/graph/probe.ts", "../../server/app.js"],
    ["packages/viewer/src/graph/probe.ts", "@claimgraph/ingest"],
    ["packages/viewer/export-viewer/probe.ts", "../src/api/client.js"],
  ])("%s importing %s fails the lint", (file, specifier) => {
    const result = lint(file, probe(specifier));
    expect(result.restricted, result.output).toBe(true);
    expect(result.failed).toBe(true);
  });

  it.each([
    ["packages/ingest/src/extract/probe.ts", "./text/tokens.js"],
    ["packages/ingest/src/extract/entities/tagger/load-model.ts", "node:fs"],
    ["packages/ingest/src/extract/model-file/codec.ts", "node:zlib"],
    ["packages/ingest/src/eval/probe.ts", "../extract/text/tokens.js"],
    ["packages/ingest/src/eval/probe.test.ts", "node:fs"],
    ["packages/ingest/src/load/probe.ts", "../extract/document.js"],
    ["packages/ingest/src/load/probe.ts", "neo4j-driver"],
    ["packages/ingest/src/cli/probe.ts", "../load/ingest.js"],
    ["packages/viewer/server/api/probe.ts", "../../shared/api/contract.js"],
    ["packages/viewer/server/probe.test.ts", "../test/fixture-graph.js"],
    ["packages/viewer/src/graph/probe.ts", "../../shared/snapshot/explorer-state.js"],
    ["packages/viewer/src/api/probe.ts", "../../shared/api/contract.js"],
    ["packages/viewer/src/components/probe.tsx", "../graph/store.js"],
    ["packages/viewer/src/app/probe.tsx", "../canvas/GraphCanvas.js"],
    ["packages/viewer/src/canvas/probe.tsx", "../store/test-handle.js"],
  ])("%s importing %s passes", (file, specifier) => {
    const result = lint(file, probe(specifier));
    expect(result.restricted, result.output).toBe(false);
    expect(result.failed, result.output).toBe(false);
  });
});
