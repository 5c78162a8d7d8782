import { isLegalForm } from "../lexicon/organizations.js";
import type { Token } from "../text/tokens.js";
import { openOrganizationName } from "./mention-span.js";
import type { Mention } from "./types.js";

/** Romance particles inside a company's name ("del", "de", "da", "do", "di"). */
const PARTICLES = /^(?:del|de|da|do|dos|das|di|della)$/;

/** Most capitalised words before the particle ("Agrícola San Lorenzo"). */
const MAX_OPENING_WORDS = 4;

/**
 * "export manager at Agrícola San Lorenzo del Chira S.A.C.": a company's mention that ends in its legal form and that
 * the tagger began after a Romance particle holds the capitalised words before the particle too — the company's name
 * is the whole run (2026-12-08, newsdev87). Mutates the mentions in place.
 */
export function companyOpeningsBeforeParticles(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of [...mentions]) {
    if (m.type !== "Organization" || !isLegalForm((tokens[m.last - 1] as Token).lower)) continue;
    const particle = tokens[m.first - 1];
    if (!particle || particle.cap || !PARTICLES.test(particle.lower)) continue;
    let first = m.first - 1;
    while (
      first > m.first - 1 - MAX_OPENING_WORDS &&
      tokens[first - 1]?.cap &&
      tokens[first - 1]?.kind === "word" &&
      tokens[first - 1]?.sentence === particle.sentence
    )
      first--;
    if (first === m.first - 1) continue;
    // (not a person's name before it: "… said Ana Lopez de Chira S.A.C." keeps its company)
    if (mentions.some((o) => o.type === "Person" && o.first < m.first - 1 && o.last > first)) continue;
    openOrganizationName(text, tokens, mentions, m, first, m.kind ?? "company");
  }
}
