/**
 * Whether a word is a collective noun whose possessive stands inside organizations' names: a listed one, or a
 * plural in "-men" of seven letters or more ("the Southern Arizona Cattlemen’s Alliance", "Watermen's Association";
 * not "Carmen").
 */
export function collectivePossessor(lower: string): boolean {
  return COLLECTIVE_POSSESSORS.has(lower) || (lower.length >= 7 && /^\p{L}+men$/u.test(lower));
}

/** Collective nouns whose possessive stands inside organizations' names ("People's", "Nation's", "Women's"). */
const COLLECTIVE_POSSESSORS = new Set([
  "people",
  "nation",
  "women",
  "children",
  "citizens",
  "workers",
  "farmers",
  // ("the Korean Patients' Rights Network", "the Consumers' Association", "the Teachers' Union"), 2026-12-06
  "patients",
  "consumers",
  "teachers",
  "parents",
  "students",
  "taxpayers",
  "tenants",
  "veterans",
  "victims",
  "journalists",
  "doctors",
  "nurses",
  "pensioners",
  "depositors",
  // irregular plurals' "’s" ("the Rabo de Peixe Fishermen’s Cooperative", 2026-12-06, newsdev25)
  "fishermen",
  "seamen",
  "craftsmen",
  "tradesmen",
  "businessmen",
  "men",
]);
