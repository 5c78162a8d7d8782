/**
 * Cypher's lexical rules that a text check must follow exactly, or an attacker writes a keyword the
 * check cannot see: the characters Cypher treats as whitespace (far more than \s: U+001C–U+001F,
 * U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), comments, and `\uXXXX`
 * escapes, which Neo4j's parser decodes anywhere in a query (`LOAD\u0020CSV` is LOAD CSV).
 */

/** Every character the Cypher 5 lexer skips as whitespace. */
export const CYPHER_WHITESPACE =
  "\t\n\u000B\u000C\r\u001C\u001D\u001E\u001F \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

const WHITESPACE = new Set(CYPHER_WHITESPACE);

export function isCypherWhitespace(char: string | undefined): boolean {
  return char !== undefined && WHITESPACE.has(char);
}

export interface DecodedQuery {
  /** The query with `\uXXXX` escapes decoded. */
  text: string;
  /** For each index of `text`, the index in the original query it came from. */
  origin: number[];
}

/**
 * Decodes `\uXXXX` escapes as Neo4j's parser does before it reads the query (a backslash that is
 * itself escaped, `\\u0041`, stays as written). Offsets map back to the original.
 */
export function decodeUnicodeEscapes(query: string): DecodedQuery {
  let text = "";
  const origin: number[] = [];
  let i = 0;
  while (i < query.length) {
    if (query[i] === "\\") {
      let run = 0;
      while (query[i + run] === "\\") run += 1;
      // In a run of backslashes, pairs are escaped backslashes; an odd one out may start \uXXXX.
      for (let k = 0; k < run - (run % 2); k += 1) {
        text += "\\";
        origin.push(i + k);
      }
      i += run - (run % 2);
      if (run % 2 === 1) {
        const unicode = /^\\u+([0-9a-fA-F]{4})/.exec(query.slice(i, i + 16));
        if (unicode) {
          text += String.fromCharCode(Number.parseInt(unicode[1] as string, 16));
          origin.push(i);
          i += unicode[0].length;
        } else {
          text += "\\";
          origin.push(i);
          i += 1;
        }
      }
      continue;
    }
    text += query[i];
    origin.push(i);
    i += 1;
  }
  return { text, origin };
}

/**
 * Replaces string literals, quoted identifiers and comments with spaces (length and newlines are
 * kept), so keywords can be searched for in what remains. An unterminated literal or comment runs
 * to the end, as the parser would read it.
 */
export function blankLiterals(query: string): string {
  let out = "";
  let i = 0;
  while (i < query.length) {
    const c = query[i] as string;
    const next = query[i + 1];
    let stop = i + 1;
    if (c === "/" && next === "/") {
      const end = query.slice(i).search(/[\r\n]/);
      stop = end === -1 ? query.length : i + end;
    } else if (c === "/" && next === "*") {
      const end = query.indexOf("*/", i + 2);
      stop = end === -1 ? query.length : end + 2;
    } else if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      while (j < query.length) {
        if (c === "`" && query[j] === "`") {
          if (query[j + 1] === "`") {
            j += 2; // `` inside a quoted identifier is an escaped backtick
            continue;
          }
          break;
        }
        if (c !== "`" && query[j] === "\\") {
          j += 2;
          continue;
        }
        if (query[j] === c) break;
        j += 1;
      }
      stop = Math.min(j + 1, query.length);
    } else {
      out += c;
      i += 1;
      continue;
    }
    const span = query.slice(i, stop);
    const quoted = c === "'" || c === '"' || c === "`";
    out += quoted
      ? c + span.slice(1, -1).replace(/[^\n]/g, " ") + (span.length > 1 && span.endsWith(c) ? c : " ")
      : span.replace(/[^\n]/g, " ");
    if (quoted && span.length === 1) out = out.slice(0, -1);
    i = stop;
  }
  return out.slice(0, query.length);
}

/** `text` with every Cypher whitespace character made a plain space (length kept). */
export function normaliseWhitespace(text: string): string {
  let out = "";
  for (const char of text) out += WHITESPACE.has(char) && char !== "\n" ? " " : char;
  return out;
}
