import { normaliseAuthors, normaliseDate, normaliseUrl, statedFields } from "./html/metadata.js";

/**
 * Article metadata written by hand: a front-matter block at the top of a text or Markdown file,
 *
 *     ---
 *     title: Council presses ahead with the tram line
 *     source: The Kessford Courier        (or outlet:, publisher:)
 *     authors: [Nora Lindgren, Felix Amado] (or author:, a "- name" list, or "A and B")
 *     date: 2028-03-05                     (or publishedAt:, published:)
 *     url: https://news.example.org/story
 *     ---
 *
 * or the same fields in a sidecar `<name>.meta.json` beside the file. Only this small YAML subset
 * is read (one `key: value` a line, quoted or not, inline `[a, b]` lists and `- item` lists); a
 * block with none of these keys is not front matter and stays in the text. Offsets refer to the
 * text after the block.
 */
export interface ArticleMetadata {
  title?: string;
  url?: string;
  source?: string;
  authors?: string[];
  date?: string;
}

const BLOCK = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const KEYS: Record<string, keyof ArticleMetadata> = {
  title: "title",
  headline: "title",
  url: "url",
  link: "url",
  canonical: "url",
  source: "source",
  outlet: "source",
  publisher: "source",
  site: "source",
  author: "authors",
  authors: "authors",
  byline: "authors",
  date: "date",
  published: "date",
  publishedat: "date",
  published_at: "date",
  datepublished: "date",
};

const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, "$2");

/** Raw values (string or list) by field → normalised metadata; unknown or empty values are dropped. */
export function normaliseMetadata(raw: Partial<Record<keyof ArticleMetadata, unknown>>): ArticleMetadata {
  const text = (value: unknown) =>
    typeof value === "string" ? value.replace(/\s+/g, " ").trim() || undefined : undefined;
  const title = text(raw.title);
  const source = text(raw.source);
  const url = normaliseUrl(text(raw.url));
  const date = normaliseDate(text(raw.date));
  const list = Array.isArray(raw.authors) ? raw.authors : raw.authors === undefined ? [] : [raw.authors];
  const authors = normaliseAuthors(list.filter((a): a is string => typeof a === "string"));
  return statedFields({ title, url, source, authors, date });
}

export function parseFrontMatter(text: string): { body: string; metadata: ArticleMetadata } | undefined {
  const block = BLOCK.exec(text);
  if (!block) return undefined;
  const raw: Partial<Record<keyof ArticleMetadata, string | string[]>> = {};
  let listKey: keyof ArticleMetadata | undefined;
  let recognised = false;
  for (const line of (block[1] ?? "").split(/\r?\n/)) {
    const item = /^\s+-\s+(.*)$|^-\s+(.*)$/.exec(line);
    if (item && listKey) {
      const current = raw[listKey];
      raw[listKey] = [...(Array.isArray(current) ? current : []), unquote(item[1] ?? item[2] ?? "")];
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair) continue;
    const field = KEYS[(pair[1] ?? "").toLowerCase()];
    listKey = undefined;
    if (!field) continue;
    recognised = true;
    const value = (pair[2] ?? "").trim();
    if (value === "") listKey = field;
    else if (/^\[.*\]$/.test(value))
      raw[field] = value
        .slice(1, -1)
        .split(",")
        .map(unquote)
        .filter((v) => v !== "");
    else raw[field] = unquote(value);
  }
  if (!recognised) return undefined;
  return { body: text.slice(block[0].length), metadata: normaliseMetadata(raw) };
}

/** A sidecar `<name>.meta.json`: the same fields as JSON. Throws a message naming what is wrong. */
export function parseSidecar(json: string): ArticleMetadata {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`malformed JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("expected a JSON object");
  const raw: Partial<Record<keyof ArticleMetadata, unknown>> = {};
  for (const [key, field] of Object.entries(value)) {
    const name = KEYS[key.toLowerCase()];
    if (name && raw[name] === undefined) raw[name] = field;
  }
  return normaliseMetadata(raw);
}
