/**
 * A first, cheap check on Cypher from the browser: one statement, no write or admin clause. The
 * read transaction (and the planner's query type) are the real guarantee; this gives a clear,
 * early message and catches what a read transaction would still allow (LOAD CSV reads files).
 */

export type GuardVerdict =
  | { ok: true; query: string }
  | { ok: false; code: "read_only" | "multiple_statements" | "forbidden_clause"; message: string; offset: number };

const WRITE_CLAUSES = [
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
];
const FORBIDDEN = [
  /\bLOAD\s+CSV\b/i,
  /\bCALL\s*\{[^}]*\}\s*IN\s+TRANSACTIONS\b/i,
  /\bUSE\b/i,
  /\bCALL\s+(dbms|apoc|gds|db\.create|db\.index\.fulltext\.create|db\.clear)/i,
  /\bSHOW\s+(USERS|ROLES|PRIVILEGES|CURRENT\s+USER|SERVERS|SETTINGS)\b/i,
];

/** Replaces string literals, quoted identifiers and comments with spaces (offsets are kept). */
export function blankLiterals(query: string): string {
  let out = "";
  let i = 0;
  while (i < query.length) {
    const c = query[i] as string;
    const next = query[i + 1];
    if (c === "/" && next === "/") {
      const end = query.indexOf("\n", i);
      const stop = end === -1 ? query.length : end;
      out += " ".repeat(stop - i);
      i = stop;
    } else if (c === "/" && next === "*") {
      const end = query.indexOf("*/", i + 2);
      const stop = end === -1 ? query.length : end + 2;
      out += query.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
    } else if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      while (j < query.length && query[j] !== c) j += query[j] === "\\" && c !== "`" ? 2 : 1;
      const stop = Math.min(j + 1, query.length);
      out += c + query.slice(i + 1, stop - 1).replace(/[^\n]/g, " ") + (stop - 1 > i ? (query[stop - 1] ?? "") : "");
      i = stop;
    } else {
      out += c;
      i += 1;
    }
  }
  return out.slice(0, query.length);
}

export function checkReadOnly(input: string): GuardVerdict {
  const query = input.trim().replace(/;\s*$/, "");
  const bare = blankLiterals(query);
  const semicolon = bare.indexOf(";");
  if (semicolon !== -1) {
    return {
      ok: false,
      code: "multiple_statements",
      message: "Run one statement at a time: remove everything after the ';'.",
      offset: semicolon,
    };
  }
  for (const clause of WRITE_CLAUSES) {
    const match = new RegExp(`(^|[^.\\w$])${clause}\\b`, "i").exec(bare);
    const at = match ? match.index + (match[1] ?? "").length : -1;
    // `SET` etc. as a map key or property (n.set, {set: 1}) is fine: require clause position (not after '.').
    if (match && !isPropertyKey(bare, at + clause.length)) {
      return {
        ok: false,
        code: "read_only",
        message: `This viewer is read-only: ${clause} writes to the database, so the query was not run. Use pnpm ingest to change data.`,
        offset: at,
      };
    }
  }
  for (const pattern of FORBIDDEN) {
    const match = pattern.exec(bare);
    if (match) {
      return {
        ok: false,
        code: "forbidden_clause",
        message: `"${match[0].trim()}" is not available in the viewer (it reads files, changes databases or administers the server).`,
        offset: match.index,
      };
    }
  }
  return { ok: true, query };
}

/** `{set: 1}` — a word directly followed by ':' is a map key, not a clause. */
function isPropertyKey(bare: string, end: number): boolean {
  return /^\s*:/.test(bare.slice(end, end + 20));
}
