import { DEFAULT_INDEX_OPTIONS, StatementIndex } from "../../statements/statement-index.js";
import type { StatementStats } from "./tally.js";

/**
 * Band keys a cached statement holds, on average, with room to spare: 16 per wording (one per
 * band), and most statements have one wording (measured: 256,616 keys for 15,978 statements over
 * the PolNeAR train articles, `keyCounts`). The cache's key table is sized once for its bound.
 */
const KEYS_PER_STATEMENT = 20;

/**
 * What one loader knows of the statements it wrote itself, so that a speaker's later claims are
 * grouped without the candidate seek (a range-index seek per distinct value of each of 16 bands,
 * the largest share of the statement stage's Cypher time) and without re-fingerprinting the
 * stored wordings.
 *
 * Trusted per speaker through the speaker lock's `version` (every transaction that changes a
 * speaker's statements adds one to it, load/statements/cypher.ts): the cache is complete for a
 * speaker when the version its lock has after this batch's own step is the one the cache last
 * settled plus one — nobody else wrote that speaker's statements in between. A speaker whose lock
 * this loader created starts complete (nothing of theirs was stored before). Any other speaker
 * (stored by an earlier run, or written by another process meanwhile) is looked up in the graph as
 * before, and never cached again in this run (its lock is not new and the cache holds no version of it).
 *
 * Changes made inside a transaction are kept only once it committed (`settle`, called by the
 * loader after `executeWrite` returned): a batch that begins while the previous one never settled
 * (its transaction failed or is being retried) turns the cache off for the rest of the run, since
 * the index may then hold statements the graph does not. Bounded: past `maxStatements` the least
 * recently used speakers are forgotten (and looked up in the graph from then on).
 */
export class StatementCache {
  private current: StatementIndex;
  private readonly stats = new Map<string, StatementStats>();
  /** Speaker key → the lock version the cache is complete at. */
  private readonly versions = new Map<string, number>();
  private readonly statementsOf = new Map<string, Set<string>>();
  private readonly lastUsed = new Map<string, number>();
  private batches = 0;
  private staged: { versions: Map<string, number>; drop: Set<string> } | undefined;
  private off = false;

  constructor(readonly maxStatements = 50_000) {
    this.current = new StatementIndex(DEFAULT_INDEX_OPTIONS, maxStatements * KEYS_PER_STATEMENT);
  }

  /** Starts a batch's use of the cache; false when it cannot be trusted (then the batch seeks everything). */
  begin(): boolean {
    if (this.off) return false;
    if (this.staged) {
      this.turnOff();
      return false;
    }
    this.staged = { versions: new Map(), drop: new Set() };
    return true;
  }

  /**
   * Whether this batch may group `speaker`'s claims from the cache alone, given its lock's version
   * after this batch's step and whether this batch created the lock. A speaker it may not, and
   * which it held, is forgotten at `settle`.
   */
  claim(speaker: string, version: number, created: boolean): boolean {
    const staged = this.staged;
    if (this.off || !staged) return false;
    const known = this.versions.get(speaker);
    const complete = created ? known === undefined && version === 1 : known !== undefined && known === version - 1;
    if (complete) staged.versions.set(speaker, version);
    else if (known !== undefined) staged.drop.add(speaker);
    return complete;
  }

  /** The stored figures of a cached statement (undefined for one the cache does not hold). */
  statsOf(id: string): StatementStats | undefined {
    return this.stats.get(id);
  }

  /** A cached speaker's statement after this batch: its figures as written. */
  record(id: string, speaker: string, stats: StatementStats): void {
    this.stats.set(id, stats);
    const ids = this.statementsOf.get(speaker) ?? new Set<string>();
    ids.add(id);
    this.statementsOf.set(speaker, ids);
  }

  /** Gives up on a speaker at `settle` (its figures were recomputed in the graph). */
  forget(speaker: string): void {
    this.staged?.drop.add(speaker);
  }

  /** The batch committed: its speakers' versions become the cache's; then the bound is kept. */
  settle(): void {
    const staged = this.staged;
    this.staged = undefined;
    if (this.off || !staged) return;
    this.batches++;
    for (const [speaker, version] of staged.versions) {
      this.versions.set(speaker, version);
      this.lastUsed.set(speaker, this.batches);
    }
    for (const speaker of staged.drop) this.evict(speaker);
    if (this.index.size > this.maxStatements) {
      const byAge = [...this.lastUsed].sort((a, b) => a[1] - b[1]).map(([speaker]) => speaker);
      for (const speaker of byAge) {
        if (this.index.size <= this.maxStatements * 0.8) break;
        this.evict(speaker);
      }
    }
  }

  /** The cached speakers' statements (grouping places their claims here). */
  get index(): StatementIndex {
    return this.current;
  }

  /** How many statements the cache holds. */
  get size(): number {
    return this.index.size;
  }

  /** False once the cache was turned off for the run. */
  get active(): boolean {
    return !this.off;
  }

  private evict(speaker: string): void {
    for (const id of this.statementsOf.get(speaker) ?? []) {
      this.index.remove(id);
      this.stats.delete(id);
    }
    this.statementsOf.delete(speaker);
    this.versions.delete(speaker);
    this.lastUsed.delete(speaker);
  }

  private turnOff(): void {
    this.off = true;
    this.staged = undefined;
    this.current = new StatementIndex();
    this.stats.clear();
    this.versions.clear();
    this.statementsOf.clear();
    this.lastUsed.clear();
  }
}
