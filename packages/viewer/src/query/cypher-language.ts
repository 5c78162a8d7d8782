/**
 * Cypher for CodeMirror 6: a small stream highlighter (keywords, labels, relationship types,
 * strings, numbers, parameters, comments) and completion from the live schema.
 */
import { type CompletionContext, type CompletionResult, completeFromList } from "@codemirror/autocomplete";
import { StreamLanguage, type StreamParser } from "@codemirror/language";
import type { SchemaResponse } from "../../shared/api/contract.js";

export const CYPHER_KEYWORDS = [
  "MATCH",
  "OPTIONAL",
  "WHERE",
  "RETURN",
  "WITH",
  "UNWIND",
  "ORDER",
  "BY",
  "LIMIT",
  "SKIP",
  "DISTINCT",
  "AS",
  "AND",
  "OR",
  "NOT",
  "XOR",
  "IN",
  "IS",
  "NULL",
  "TRUE",
  "FALSE",
  "CASE",
  "WHEN",
  "THEN",
  "ELSE",
  "END",
  "CALL",
  "YIELD",
  "UNION",
  "ALL",
  "EXISTS",
  "COUNT",
  "CONTAINS",
  "STARTS",
  "ENDS",
  "ASC",
  "DESC",
  "COLLECT",
  "SIZE",
  "HEAD",
  "TYPE",
  "LABELS",
  "NODES",
  "RELATIONSHIPS",
];
const KEYWORD_SET = new Set(CYPHER_KEYWORDS);

interface CypherState {
  afterColon: boolean;
  inBlockComment: boolean;
}

const parser: StreamParser<CypherState> = {
  startState: () => ({ afterColon: false, inBlockComment: false }),
  token(stream, state) {
    if (state.inBlockComment) {
      if (stream.match(/.*?\*\//)) state.inBlockComment = false;
      else stream.skipToEnd();
      return "comment";
    }
    if (stream.eatSpace()) return null;
    if (stream.match("//")) {
      stream.skipToEnd();
      return "comment";
    }
    if (stream.match("/*")) {
      state.inBlockComment = true;
      return "comment";
    }
    if (stream.match(/^'(?:[^'\\]|\\.)*'?/) || stream.match(/^"(?:[^"\\]|\\.)*"?/)) return "string";
    if (stream.match(/^\$\w+/)) return "variableName.special";
    if (stream.match(/^\d+(\.\d+)?/)) return "number";
    if (stream.eat(":")) {
      state.afterColon = true;
      return "punctuation";
    }
    if (stream.match(/^`[^`]*`?/) || stream.match(/^[A-Za-z_][\w]*/)) {
      const word = stream.current();
      if (state.afterColon) {
        state.afterColon = false;
        return /^[A-Z_]+$/.test(word) ? "typeName" : "className";
      }
      return KEYWORD_SET.has(word.toUpperCase()) ? "keyword" : "variableName";
    }
    state.afterColon = false;
    stream.next();
    return "operator";
  },
};

export const cypherLanguage = StreamLanguage.define(parser);

/** Keys the loader keeps for itself (`_lock`, `_new`…): never offered. */
const internal = (key: string) => key.startsWith("_");

/**
 * The properties worth offering after `variable.`: those of the variable's label or relationship
 * type when the query names it (`(p:Person)`, `[r:SAID]`), else every property key; internal keys never.
 */
export function propertiesFor(schema: SchemaResponse | null, query: string, variable: string | undefined): string[] {
  if (!schema) return [];
  if (variable) {
    const name = variable.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const label = new RegExp(`\\(\\s*${name}\\s*:\\s*\`?([\\w ]+?)\`?\\s*[:){\\s]`).exec(query)?.[1];
    const type = new RegExp(`\\[\\s*${name}\\s*:\\s*\`?(\\w+)\`?`).exec(query)?.[1];
    const known =
      (label && schema.labels.find((l) => l.name === label)?.properties) ||
      (type && schema.relationshipTypes.find((r) => r.name === type)?.properties);
    if (known) return known.filter((k) => !internal(k));
  }
  return schema.propertyKeys.filter((k) => !internal(k));
}

/** Labels after ':' in a node pattern, types after ':' in a relationship, properties after '.', keywords elsewhere. */
export function cypherCompletion(getSchema: () => SchemaResponse | null) {
  return (context: CompletionContext): CompletionResult | null => {
    const schema = getSchema();
    const before = context.matchBefore(/[:.]?[\w$]*/);
    if (!before || (before.from === before.to && !context.explicit)) return null;
    const text = before.text;
    if (text.startsWith(":")) {
      const line = context.state.doc
        .lineAt(context.pos)
        .text.slice(0, context.pos - context.state.doc.lineAt(context.pos).from);
      const inRel = line.lastIndexOf("[") > line.lastIndexOf("]") && line.lastIndexOf("[") > line.lastIndexOf("(");
      const options = inRel
        ? (schema?.relationshipTypes ?? []).map((r) => ({ label: r.name, type: "type" }))
        : (schema?.labels ?? []).map((l) => ({ label: l.name, type: "class", detail: `${l.count}` }));
      return { from: before.from + 1, options };
    }
    if (text.startsWith(".")) {
      const doc = context.state.doc.toString();
      const variable = /([A-Za-z_]\w*)$/.exec(doc.slice(0, before.from))?.[1];
      return {
        from: before.from + 1,
        options: propertiesFor(schema, doc, variable).map((p) => ({ label: p, type: "property" })),
      };
    }
    return completeFromList(CYPHER_KEYWORDS.map((k) => ({ label: k, type: "keyword" })))(
      context,
    ) as CompletionResult | null;
  };
}
