import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { isConnectionLost } from "./connection.js";
import {
  articleWriteFailure,
  classifyWriteError,
  doNotRetryMemoryLimits,
  MAX_ARTICLE_ROWS,
  NotRetried,
  tooManyRows,
} from "./write-errors.js";

const neo4jError = (code: string, gqlStatus = "50N42") => new Neo4jError(`${code} happened`, code, gqlStatus, "");

describe("classifyWriteError", () => {
  it.each([
    ["ServiceUnavailable", "lost"],
    ["SessionExpired", "lost"],
    ["Neo.TransientError.Database.DatabaseUnavailable", "lost"],
    ["Neo.TransientError.General.TransactionMemoryLimit", "too-large"],
    ["Neo.TransientError.General.MemoryPoolOutOfMemoryError", "too-large"],
    ["Neo.TransientError.General.OutOfMemoryError", "too-large"],
    ["Neo.ClientError.General.TransactionOutOfMemoryError", "too-large"],
    ["Neo.TransientError.Transaction.DeadlockDetected", "refused"],
    ["Neo.ClientError.Schema.ConstraintValidationFailed", "refused"],
    ["Neo.ClientError.Statement.SyntaxError", "refused"],
    ["Neo.DatabaseError.General.UnknownError", "refused"],
  ])("%s → %s", (code, kind) => {
    expect(classifyWriteError(neo4jError(code))).toBe(kind);
    expect(isConnectionLost(neo4jError(code))).toBe(kind === "lost");
  });

  it("knows the memory limits by their GQL status too", () => {
    expect(classifyWriteError(neo4jError("Neo.TransientError.General.Something", "51N73"))).toBe("too-large");
    expect(classifyWriteError(neo4jError("Neo.TransientError.General.Something", "51N72"))).toBe("too-large");
  });

  it("sees through NotRetried, and calls anything that is not a Neo4j error a refusal", () => {
    expect(classifyWriteError(new NotRetried(neo4jError("Neo.TransientError.General.TransactionMemoryLimit")))).toBe(
      "too-large",
    );
    expect(classifyWriteError(new TypeError("x"))).toBe("refused");
    expect(isConnectionLost(new TypeError("x"))).toBe(false);
  });

  it("wraps memory limits so the driver does not retry them, and passes other errors through", () => {
    const memory = neo4jError("Neo.TransientError.General.TransactionMemoryLimit");
    expect(() => doNotRetryMemoryLimits(memory)).toThrow(NotRetried);
    const deadlock = neo4jError("Neo.TransientError.Transaction.DeadlockDetected");
    expect(() => doNotRetryMemoryLimits(deadlock)).toThrow(deadlock);
  });
});

describe("articleWriteFailure", () => {
  it("names a too-large article with its size and says what to do", () => {
    const failure = articleWriteFailure(
      "/in/big.txt",
      new NotRetried(neo4jError("Neo.TransientError.General.TransactionMemoryLimit")),
      5_000_000,
    );
    expect(failure.origin).toBe("/in/big.txt");
    expect(failure.error).toMatch(/^too large for one Neo4j transaction \(4\.8 M characters; Neo4j: /);
    expect(failure.hint).toContain("NEO4J_TX_MEMORY_MB");
  });

  it("reports any other refusal as a bug, with Neo4j's first line", () => {
    const failure = articleWriteFailure("a.txt", new Error("boom\nstack"), 10);
    expect(failure).toEqual({
      origin: "a.txt",
      error: "Neo4j refused the article: boom",
      hint: "This is a bug in claimgraph; please report it with the input.",
    });
  });
});

describe("tooManyRows", () => {
  it.each([
    [500, undefined],
    [MAX_ARTICLE_ROWS, undefined],
    [MAX_ARTICLE_ROWS + 1, "50,001 nodes and relationships to write, at most 50,000"],
  ])("%i rows → %s", (rows, words) => {
    const failure = tooManyRows("big.txt", rows);
    if (words === undefined) expect(failure).toBeUndefined();
    else expect(failure?.error).toContain(words);
  });
});
