/** A user's type-ahead text → a Lucene query for the full-text index (escaped; never raw syntax). */

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function toLucene(text: string): string | null {
  const terms = text
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(SPECIAL, (c) => `\\${c}`))
    .filter((t) => t.length > 0 && !/^(and|or|not)$/.test(t))
    .slice(0, 8);
  if (terms.length === 0) return null;
  // An exact word weighs more than a prefix, so "Dunn" ranks Dunn above "Dunne"; every word must match.
  return terms.map((t) => `(${t}^3 OR ${t}*)`).join(" AND ");
}
