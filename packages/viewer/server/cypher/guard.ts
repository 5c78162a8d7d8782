/**
 * The first of two checks on Cypher from the browser, on the text: one statement, no write, admin,
 * file or database-switching clause. It reads the query as Neo4j's lexer does (escapes decoded,
 * every Cypher whitespace character, comments and literals skipped) and exists to give a clear,
 * early message. The decisive check is the planner's own (plan.ts): what the text check misses,
 * the plan shows.
 */
import { blankLiterals, decodeUnicodeEscapes, normaliseWhitespace } from "./lexical.js";
import { ALLOWED_PROCEDURES } from "./policy.js";

export type GuardCode = "read_only" | "multiple_statements" | "forbidden_clause";

export type GuardVerdict =
  | { ok: true; query: string }
  | { ok: false; code: GuardCode; message: string; offset: number };

/** Clauses that write or administer: refused wherever they stand as a keyword. */
const WRITE_CLAUSES = new Set([
  "CREATE",
  "MERGE",
  "DELETE",
  "DETACH",
  "SET",
  "REMOVE",
  "DROP",
  "FOREACH",
  "GRANT",
  "REVOKE",
  "DENY",
  "ALTER",
  "RENAME",
  "START",
  "STOP",
  "TERMINATE",
  "ENABLE",
  "DEALLOCATE",
  "REALLOCATE",
  "INSERT",
  "COMMIT",
]);

/** What may follow SHOW: the schema and the function/procedure lists, never settings or transactions. */
const SHOWABLE = new Set([
  "INDEX",
  "INDEXES",
  "CONSTRAINT",
  "CONSTRAINTS",
  "FUNCTION",
  "FUNCTIONS",
  "PROCEDURE",
  "PROCEDURES",
]);
const SHOW_QUALIFIERS = new Set([
  "ALL",
  "RANGE",
  "FULLTEXT",
  "TEXT",
  "POINT",
  "VECTOR",
  "LOOKUP",
  "UNIQUE",
  "BUILT",
  "IN",
  "USER",
  "DEFINED",
  "EXISTENCE",
  "EXIST",
  "NODE",
  "RELATIONSHIP",
  "REL",
  "KEY",
  "PROPERTY",
  "TYPE",
  "UNIQUENESS",
]);

/** A word as Cypher's lexer reads one: letters, digits, '_', '$' and the invisible characters it allows inside names. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: Cypher names may contain these control characters, so a word must too.
const WORD = /[\p{L}\p{N}\p{Mn}\p{Mc}\p{Cf}_$\x00-\x08\x0E-\x1B\x7F-\x9F]+/gu;

interface Word {
  text: string;
  upper: string;
  start: number;
  end: number;
}

function refuse(code: GuardCode, message: string, offset: number): GuardVerdict {
  return { ok: false, code, message, offset };
}

export function checkReadOnly(input: string): GuardVerdict {
  const query = input.trim().replace(/;\s*$/, "");
  const decoded = decodeUnicodeEscapes(query);
  const bare = normaliseWhitespace(blankLiterals(decoded.text));
  const at = (index: number) => decoded.origin[index] ?? query.length;

  const semicolon = bare.indexOf(";");
  if (semicolon !== -1) {
    return refuse(
      "multiple_statements",
      "Run one statement at a time: remove everything after the ';'.",
      at(semicolon),
    );
  }
  const words: Word[] = [...bare.matchAll(WORD)].map((m) => ({
    text: m[0],
    upper: m[0].toUpperCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as Word;
    if (isPropertyOrKey(bare, word)) continue;
    const next = words[i + 1];
    if (WRITE_CLAUSES.has(word.upper)) {
      return refuse(
        "read_only",
        `This viewer is read-only: ${word.upper} writes to or administers the database, so the query was not run. Use pnpm ingest to change data.`,
        at(word.start),
      );
    }
    if (word.upper === "LOAD" || (word.upper === "PERIODIC" && next?.upper === "COMMIT")) {
      return refuse(
        "forbidden_clause",
        `"${word.upper === "LOAD" ? "LOAD CSV" : "PERIODIC COMMIT"}" is not available in the viewer: it reads files or web addresses.`,
        at(word.start),
      );
    }
    if (word.upper === "USE") {
      return refuse("forbidden_clause", '"USE" is not available in the viewer: it switches databases.', at(word.start));
    }
    if (word.upper === "TRANSACTIONS" && words[i - 1]?.upper === "IN") {
      return refuse(
        "forbidden_clause",
        '"IN TRANSACTIONS" is not available in the viewer: it commits batches, which a read never needs.',
        at(word.start),
      );
    }
    if (word.upper === "SHOW" && !showsOnlySchema(words, i)) {
      return refuse(
        "forbidden_clause",
        "Only SHOW INDEXES, CONSTRAINTS, FUNCTIONS and PROCEDURES are available in the viewer: the rest shows the server's settings, users or other people's queries.",
        at(word.start),
      );
    }
    if (word.upper === "CALL") {
      const name = procedureName(bare, word.end);
      if (name && !ALLOWED_PROCEDURES.has(name.toLowerCase())) {
        return refuse(
          "forbidden_clause",
          `The procedure ${name} is not available in the viewer. Available: ${[...ALLOWED_PROCEDURES].join(", ")}.`,
          at(word.start),
        );
      }
    }
  }
  return { ok: true, query };
}

/**
 * `n.set`, `$set`, `(n:Set)`, `[:SET]`, `{set: 1}`: a name after '.', '$' or ':' (a property,
 * parameter, label or type) or before ':' (a map key or variable) is not a clause.
 */
function isPropertyOrKey(bare: string, word: Word): boolean {
  const before = bare.slice(0, word.start).trimEnd().at(-1);
  if (before === "." || before === "$" || before === ":" || word.text.startsWith("$")) return true;
  return /^ *:/.test(bare.slice(word.end, word.end + 40));
}

function showsOnlySchema(words: Word[], show: number): boolean {
  for (let j = show + 1; j < Math.min(words.length, show + 6); j += 1) {
    const upper = (words[j] as Word).upper;
    if (SHOWABLE.has(upper)) return true;
    if (!SHOW_QUALIFIERS.has(upper)) return false;
  }
  return false;
}

/** The dotted name after CALL (`db.labels`), or null for a subquery `CALL {` / `CALL (x) {` or a quoted name. */
function procedureName(bare: string, from: number): string | null {
  const match = /^\s*([\p{L}_][\p{L}\p{N}_]*(?:\s*\.\s*[\p{L}_][\p{L}\p{N}_]*)*)/u.exec(bare.slice(from, from + 300));
  return match ? (match[1] as string).replace(/\s/g, "") : null;
}
