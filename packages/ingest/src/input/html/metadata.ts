import type { DomDocument } from "./readability.js";

/**
 * What a news page says about itself, in order of trust: JSON-LD `NewsArticle` (or another
 * schema.org Article type: headline, datePublished, author, publisher, url), then Open Graph and
 * `article:*` meta tags (and `<meta name="author">`), then `<link rel="canonical">` for the URL and
 * the first `<time datetime>` for the date. Normalised: whitespace collapsed, authors split and
 * deduplicated ("By" dropped, profile URLs skipped), dates as ISO 8601 (date-only stays a date),
 * URLs absolute http(s). A field the page does not state stays undefined — nothing is guessed.
 * Pure: reads the parsed document, changes nothing.
 */
export interface PageMetadata {
  title?: string;
  url?: string;
  /** The outlet (publisher or site name). */
  source?: string;
  authors?: string[];
  /** ISO 8601. */
  publishedAt?: string;
}

const ARTICLE_TYPES = [
  "NewsArticle",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "Article",
  "BlogPosting",
  "Report",
];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function clean(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.replace(/\s+/g, " ").trim();
  return text || undefined;
}

/** Every object in the JSON-LD blocks, flattening arrays and @graph. */
function jsonLdNodes(document: DomDocument): Json[] {
  const nodes: Json[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(value)) for (const item of value) visit(item, depth + 1);
    else if (isObject(value)) {
      nodes.push(value);
      if (value["@graph"]) visit(value["@graph"], depth + 1);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources still count.
    }
  }
  return nodes;
}

function typesOf(node: Json): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return clean(value);
  if (isObject(value)) return clean(value.name);
  return undefined;
}

function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((item) => {
    const name = nameOf(item);
    return name ? [name] : [];
  });
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === "string") return clean(value);
  if (isObject(value)) return clean(value["@id"]) ?? clean(value.url);
  return undefined;
}

/** "By Ann Lee and Bo Kim, Staff" → ["Ann Lee", "Bo Kim"]; profile URLs are not names. */
export function normaliseAuthors(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of names) {
    if (/^https?:\/\//i.test(raw.trim())) continue;
    const parts = raw
      .replace(/^\s*by\s+/i, "")
      .split(/\s*(?:,|;|\band\b|&|\|)\s*/i)
      .map((part) => part.replace(/\s+/g, " ").trim())
      .filter((part) => part.length > 1 && !/^(staff|staff writer|reporter|correspondent)$/i.test(part));
    for (const part of parts) if (!out.some((seen) => seen.toLowerCase() === part.toLowerCase())) out.push(part);
  }
  return out;
}

/** An ISO 8601 date: a date-only value stays YYYY-MM-DD, anything with a time becomes UTC. */
export function normaliseDate(value: string | undefined): string | undefined {
  const text = clean(value);
  if (!text) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  const year = new Date(time).getUTCFullYear();
  return year >= 1800 && year <= 2200 ? new Date(time).toISOString() : undefined;
}

export function normaliseUrl(value: string | undefined, base?: string): string | undefined {
  const text = clean(value);
  if (!text) return undefined;
  try {
    const url = base ? new URL(text, base) : new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function meta(document: DomDocument, key: string): string[] {
  const values: string[] = [];
  for (const element of document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)) {
    const content = clean(element.getAttribute("content"));
    if (content) values.push(content);
  }
  return values;
}

/** `pageUrl` (where the page was fetched from) makes relative URLs absolute and is the last resort for `url`. */
export function pageMetadata(document: DomDocument, pageUrl?: string): PageMetadata {
  const nodes = jsonLdNodes(document);
  const ld = ARTICLE_TYPES.map((type) => nodes.find((node) => typesOf(node).includes(type))).find((node) => node) ?? {};
  const first = (...values: (string | undefined)[]) => values.find((value) => value !== undefined);

  const title = first(clean(ld.headline), clean(ld.name), ...meta(document, "og:title"));
  const url = first(
    normaliseUrl(urlOf(ld.url), pageUrl),
    normaliseUrl(urlOf(ld.mainEntityOfPage), pageUrl),
    normaliseUrl(meta(document, "og:url")[0], pageUrl),
    normaliseUrl(document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined, pageUrl),
    normaliseUrl(pageUrl),
  );
  const source = first(nameOf(ld.publisher), ...meta(document, "og:site_name"));
  let authors = normaliseAuthors(namesOf(ld.author));
  if (authors.length === 0)
    authors = normaliseAuthors([...meta(document, "article:author"), ...meta(document, "author")]);
  const timeElement = document.querySelector("time[datetime]");
  const publishedAt = first(
    normaliseDate(clean(ld.datePublished)),
    normaliseDate(meta(document, "article:published_time")[0]),
    normaliseDate(timeElement?.getAttribute("datetime") ?? undefined),
  );
  return statedFields({ title, url, source, authors, publishedAt });
}

/**
 * The fields that have a value, in the order given: undefined, an empty string or an empty list is
 * a field the source does not state, and is left out.
 */
export function statedFields<T extends Record<string, string | string[] | undefined>>(
  fields: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && value.length > 0) out[key] = value;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}
