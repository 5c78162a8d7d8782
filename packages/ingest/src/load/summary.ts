import type { RecheckSummary } from "./resolve/recheck.js";
/** What went wrong with one input; the run goes on without it. */
export interface LoadFailure {
  /** The input it concerns: a path, path:line or JSON Lines id. */
  origin: string;
  error: string;
  hint?: string | undefined;
}

export interface LoadProgress {
  /** Articles handled so far (stored, unchanged or failed). */
  done: number;
  /** Articles known so far (all of them once the inputs are read). */
  total: number;
  /** Claims written so far. */
  claims: number;
  failed: number;
  elapsedMs: number;
}

export interface LoadSummary {
  articles: { new: number; unchanged: number; replaced: number; failed: number };
  failures: LoadFailure[];
  /** Claims and rows (nodes + relationships) written by this run. */
  claimsWritten: number;
  rowsWritten: number;
  /** Dropped references (an `about` name that is no entity, …); the articles were stored without them. */
  warnings: number;
  /** Articles whose mojibake was read as what it encodes on input (`InputDocument.repairedCharacters`). */
  repaired: number;
  /** What the graph holds at the end. */
  graph: { articles: number; people: number; organizations: number; claims: number };
  /** Milliseconds spent in write transactions (the load phase). */
  writeMs: number;
  elapsedMs: number;
  /**
   * The end-of-run resolution pass: short forms kept apart decided again (and how many merged), and
   * earlier corpus merges a namesake put in doubt decided again (and how many split off or moved).
   */
  rechecked?: RecheckSummary;
  /**
   * Analyst corrections: how many were in force at the start (consulted by resolution), and the
   * end-of-run pass that applies every one again (for those recorded or undone while the run went on).
   */
  corrections?: { active: number; undone: number; moved: number; ms: number };
  /** Set when the run stopped early (the database went away): what to do next. */
  aborted?: LoadFailure | undefined;
}
