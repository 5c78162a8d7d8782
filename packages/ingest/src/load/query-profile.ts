import type { ManagedTransaction } from "neo4j-driver";

/** Time and rows one write statement took over a run. */
export interface QueryCost {
  /** The statement's first clauses, whitespace collapsed (the loader's statements differ there). */
  query: string;
  calls: number;
  ms: number;
  /** Rows sent in its list parameter (`$rows`, `$ids`, `$articles`, …), summed over calls. */
  rowsIn: number;
}

export interface TransactionSplit {
  transactions: number;
  transactionMs: number;
  statementsMs: number;
  /** In the callback but not in a statement: the loader's own JavaScript between statements. */
  betweenMs: number;
  /** Outside the callback: begin, commit (the store and index updates, the log flush) and retries. */
  commitMs: number;
}

const NAME_LENGTH = 110;

/** What identifies a statement in the table: its text after the UNWIND of its list, shortened. */
export function queryName(query: string): string {
  const text = query.replace(/\s+/g, " ").trim();
  return text.replace(/^UNWIND \$\w+ AS \w+ /, "").slice(0, NAME_LENGTH);
}

const listLength = (parameters: unknown): number => {
  if (typeof parameters !== "object" || parameters === null) return 0;
  let longest = 0;
  for (const value of Object.values(parameters)) if (Array.isArray(value)) longest = Math.max(longest, value.length);
  return longest;
};

/**
 * Where a run's write time goes, statement by statement (`pnpm ingest --profile-writes`, which
 * bench:scale passes on). Timing wraps each `tx.run` until its records are in; with concurrency 1
 * the sum is the time spent in the database, less commits.
 */
export class QueryProfile {
  private readonly costs = new Map<string, QueryCost>();
  /** Whole write transactions (begin to commit, retries included) and the part spent in the loader's callback. */
  private readonly totals = { transactionMs: 0, callbackMs: 0, transactions: 0 };

  /** One write transaction: its whole time and the time its callback ran (statements and the JavaScript between them). */
  transaction(transactionMs: number, callbackMs: number): void {
    this.totals.transactionMs += transactionMs;
    this.totals.callbackMs += callbackMs;
    this.totals.transactions++;
  }

  /** Where the transactions' time went: statements, JavaScript between them, and the rest (begin, commit, retries). */
  split(): TransactionSplit {
    const statementsMs = [...this.costs.values()].reduce((sum, c) => sum + c.ms, 0);
    return {
      transactions: this.totals.transactions,
      transactionMs: this.totals.transactionMs,
      statementsMs,
      betweenMs: Math.max(0, this.totals.callbackMs - statementsMs),
      commitMs: Math.max(0, this.totals.transactionMs - this.totals.callbackMs),
    };
  }

  /** A transaction whose `run` records its time here; everything else is the transaction's own. */
  wrap(tx: ManagedTransaction): ManagedTransaction {
    const run = async (query: string, parameters?: Record<string, unknown>) => {
      const begin = performance.now();
      try {
        return await tx.run(query, parameters);
      } finally {
        this.add(query, performance.now() - begin, listLength(parameters));
      }
    };
    return new Proxy(tx, {
      get: (target, property, receiver) =>
        property === "run" ? run : (Reflect.get(target, property, receiver) as unknown),
    });
  }

  add(query: string, ms: number, rows: number): void {
    const name = queryName(query);
    const cost = this.costs.get(name) ?? { query: name, calls: 0, ms: 0, rowsIn: 0 };
    cost.calls++;
    cost.ms += ms;
    cost.rowsIn += rows;
    this.costs.set(name, cost);
  }

  /** The statements by total time, most first. */
  table(): QueryCost[] {
    return [...this.costs.values()].sort((a, b) => b.ms - a.ms);
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The split and the table as text lines: share of the statements' total, time, calls, rows, statement. */
export function formatProfile(split: TransactionSplit, costs: readonly QueryCost[]): string[] {
  const total = split.statementsMs;
  const lines = [
    `write transactions: ${seconds(split.transactionMs)} in ${split.transactions} = statements ${seconds(total)} + loader between statements ${seconds(split.betweenMs)} + begin/commit/retries ${seconds(split.commitMs)}`,
    `write statements: ${seconds(total)} in ${costs.length} statements`,
  ];
  for (const c of costs)
    lines.push(
      `${((100 * c.ms) / Math.max(total, 1)).toFixed(1).padStart(5)}% ${seconds(c.ms).padStart(9)} ${String(c.calls).padStart(7)} calls ${String(c.rowsIn).padStart(9)} rows  ${c.query}`,
    );
  return lines;
}
