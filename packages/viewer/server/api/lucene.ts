import { FULLTEXT_FIELDS } from "@claimgraph/schema";

/** A user's type-ahead text → a Lucene query for the full-text index (escaped; never raw syntax). */

/** Shorter words are not matched fuzzily: one edit in three letters matches too much. */
export const FUZZY_FROM = 4;

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function toLucene(text: string): string | null {
  const terms = text
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t.length > 0 && !/^(and|or|not)$/.test(t))
    .slice(0, 8)
    .map((raw) => ({
      t: raw.replace(SPECIAL, (c) => `\\${c}`),
      fuzzy: /^[\p{L}\p{N}'’.-]+$/u.test(raw) && raw.length >= FUZZY_FROM,
    }));
  if (terms.length === 0) return null;
  // Every word must match. In a name, an exact word weighs more than a prefix, so "Dunn" ranks Dunn
  // above "Dunne"; a word of FUZZY_FROM letters or more also matches one edit away (a typo: "Carvn"
  // finds Carvin), weighted below both, so a correctly spelt name still comes first. In a claim's
  // text only the whole word: a prefix or a typo there expands to every claim word that starts alike
  // ("trum" → trump, trumps, trumped…), hundreds of thousands of postings on a large corpus for a
  // type-ahead that is after a name.
  const { names, words } = FULLTEXT_FIELDS;
  return terms
    .map(({ t, fuzzy }) =>
      fuzzy
        ? `(${names}:${t}^3 OR ${names}:${t}* OR ${names}:${t}~1^0.5 OR ${words}:${t}^3)`
        : `(${names}:${t}^3 OR ${names}:${t}* OR ${words}:${t}^3)`,
    )
    .join(" AND ");
}
