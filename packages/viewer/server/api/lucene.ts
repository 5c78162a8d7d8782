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
  // An exact word weighs more than a prefix, so "Dunn" ranks Dunn above "Dunne"; every word must match.
  // A word of FUZZY_FROM letters or more also matches one edit away (a typo: "Carvn" finds Carvin),
  // weighted below both, so a correctly spelt name still comes first.
  return terms.map(({ t, fuzzy }) => (fuzzy ? `(${t}^3 OR ${t}* OR ${t}~1^0.5)` : `(${t}^3 OR ${t}*)`)).join(" AND ");
}
