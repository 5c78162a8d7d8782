/**
 * Every snapshot entering the app or the server goes through here: size, JSON syntax, version,
 * migrations, then the current schema. Problems name the field and what was expected.
 */
import type { z } from "zod";
import { CURRENT_VERSION, MIGRATIONS, versionOf } from "./migrations.js";
import { MAX_SNAPSHOT_BYTES, type Snapshot, snapshotV1Schema } from "./schema.js";

export interface SnapshotProblem {
  /** Dotted path of the field ("elements.nodes.3.id"), or "" for the whole document. */
  path: string;
  message: string;
}

export type RestoreResult =
  | { ok: true; snapshot: Snapshot; migratedFrom: number | null }
  | { ok: false; problems: SnapshotProblem[] };

const MAX_PROBLEMS = 8;

function problemsOf(error: z.ZodError, prefix = ""): SnapshotProblem[] {
  return error.issues.slice(0, MAX_PROBLEMS).map((issue) => ({
    path: prefix + issue.path.map(String).join("."),
    message: issue.message,
  }));
}

/** Validates a parsed document, upgrading older versions first. */
export function restoreSnapshot(document: unknown): RestoreResult {
  let version = versionOf(document);
  if (version === null) {
    return {
      ok: false,
      problems: [
        {
          path: "version",
          message: "expected a claimgraph snapshot: a JSON object with a whole-number `version` field",
        },
      ],
    };
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: "version",
          message: `this snapshot is version ${version}, newer than this viewer understands (up to ${CURRENT_VERSION}); update claimgraph`,
        },
      ],
    };
  }
  const start = version;
  let current: unknown = document;
  while (version < CURRENT_VERSION) {
    const migration = MIGRATIONS.find((m) => m.from === version);
    if (!migration) {
      return { ok: false, problems: [{ path: "version", message: `no upgrade path from version ${version}` }] };
    }
    const old = migration.schema.safeParse(current);
    if (!old.success) return { ok: false, problems: problemsOf(old.error) };
    current = migration.up(old.data as never);
    version++;
  }
  const parsed = snapshotV1Schema.safeParse(current);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  return { ok: true, snapshot: parsed.data, migratedFrom: start === CURRENT_VERSION ? null : start };
}

/** Reads a snapshot file's text: size, then JSON (with the position of a syntax error), then restore. */
export function restoreSnapshotText(text: string): RestoreResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SNAPSHOT_BYTES) {
    return {
      ok: false,
      problems: [
        {
          path: "",
          message: `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a snapshot may be at most ${MAX_SNAPSHOT_BYTES / 1024 / 1024} MB`,
        },
      ],
    };
  }
  if (!text.trim()) return { ok: false, problems: [{ path: "", message: "the file is empty" }] };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: "", message: `the file is not valid JSON (${detail})` }] };
  }
  return restoreSnapshot(document);
}

/** One readable paragraph for the user: "name: field: problem; field: problem." */
export function describeProblems(name: string, problems: SnapshotProblem[]): string {
  const parts = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  return `${name} is not a valid claimgraph snapshot — ${parts.join("; ")}.`;
}
