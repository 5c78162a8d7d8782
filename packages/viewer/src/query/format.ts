/**
 * Cypher result values as Neo4j Browser writes them, for the result table: a node as
 * `(:Person {name: "Matthew Dunn"})`, a relationship as `[:SAID]`, maps as `{kind: "direct"}`,
 * lists as `[1, 2]`, instead of raw JSON. Pure. The shapes are those of the server's `toPlain`.
 */

interface PlainNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface PlainRelationship {
  type: string;
  properties: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const keysAre = (v: Record<string, unknown>, keys: string[]) => {
  const own = Object.keys(v);
  return own.length === keys.length && keys.every((k) => k in v);
};

export function isPlainNode(v: unknown): v is PlainNode {
  return (
    isObject(v) &&
    keysAre(v, ["id", "labels", "properties"]) &&
    typeof v.id === "string" &&
    Array.isArray(v.labels) &&
    isObject(v.properties)
  );
}

export function isPlainRelationship(v: unknown): v is PlainRelationship {
  return isObject(v) && keysAre(v, ["type", "properties"]) && typeof v.type === "string" && isObject(v.properties);
}

/** Names shown first in a node, so the cell starts with what identifies it. */
const FIRST = ["name", "title", "text", "id"];

/** A map key as Cypher writes it (backticks when it is not a plain identifier). */
const key = (k: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replaceAll("`", "``")}\``);

function props(p: Record<string, unknown>, max: number): string {
  const keys = Object.keys(p).sort((a, b) => {
    const ia = FIRST.indexOf(a);
    const ib = FIRST.indexOf(b);
    return (ia < 0 ? FIRST.length : ia) - (ib < 0 ? FIRST.length : ib) || a.localeCompare(b);
  });
  return keys.map((k) => `${key(k)}: ${literal(p[k], max)}`).join(", ");
}

/** A value inside a structure: strings quoted, long strings shortened to `max` characters. */
function literal(v: unknown, max: number): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return JSON.stringify(v.length > max ? `${v.slice(0, max - 1)}…` : v);
  if (typeof v !== "object") return String(v);
  if (isPlainNode(v)) {
    const inner = props(v.properties, max);
    return `(${v.labels.map((l) => `:${key(l)}`).join("")}${inner ? ` {${inner}}` : ""})`;
  }
  if (isPlainRelationship(v)) {
    const inner = props(v.properties, max);
    return `[:${key(v.type)}${inner ? ` {${inner}}` : ""}]`;
  }
  if (Array.isArray(v)) return `[${v.map((x) => literal(x, max)).join(", ")}]`;
  const map = v as Record<string, unknown>;
  if (keysAre(map, ["path"]) && Array.isArray(map.path)) {
    return `path ${map.path.map((r: unknown) => literal(r, max)).join("→")}`;
  }
  return `{${props(map, max)}}`;
}

/**
 * One table cell. A top-level string is shown as it is (no quotes); `max` bounds each string
 * inside a structure, `limit` the whole cell (the full value is one click or hover away).
 */
export function formatCell(value: unknown, options: { max?: number; limit?: number } = {}): string {
  const max = options.max ?? 80;
  const limit = options.limit ?? 400;
  const text = typeof value === "string" ? value : literal(value, max);
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
