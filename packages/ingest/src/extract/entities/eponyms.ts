import { isPossessive, type Token } from "../text/tokens.js";

/** Nouns an eponym's possessive names a disease with: "Alzheimer's disease", "Tourette's syndrome". */
const DISEASE_NOUNS = new Set(["disease", "syndrome", "disorder", "palsy", "dementia"]);
/**
 * Diseases written without their noun as often as with it ("had Alzheimer's", "his Parkinson's"); the
 * first few are nobody's surname in the news, the others are (a Mr. Parkinson's remarks).
 */
const EPONYMOUS_DISEASES = new Set(["alzheimer", "crohn", "tourette", "asperger"]);
const EPONYMOUS_DISEASES_OF_SURNAMES = new Set(["parkinson", "huntington"]);

/**
 * "Alzheimer's disease", "ALZHEIMER'S", "Parkinson's": a name whose possessive names a disease is no person
 * (or organization) mentioned — unless the run holds more than the one name ("Ronald Reagan's disease"
 * stays Reagan's).
 */
export function eponymousDisease(tokens: readonly Token[], i: number, j: number): boolean {
  let end = j;
  while (end > i && isPossessive(tokens[end - 1])) end--;
  if (end - i !== 1) return false;
  const possessive = isPossessive(tokens[j - 1]) ? j - 1 : isPossessive(tokens[j]) ? j : -1;
  if (possessive < 0) return false;
  const next = tokens[possessive + 1];
  if (DISEASE_NOUNS.has(next?.lower ?? "")) return true;
  const word = (tokens[i] as Token).lower;
  if (EPONYMOUS_DISEASES.has(word)) return true;
  // "had Parkinson's.", "his Parkinson's diagnosis" — not "Parkinson's remarks" (a Mr. Parkinson)
  return (
    EPONYMOUS_DISEASES_OF_SURNAMES.has(word) &&
    (next === undefined ||
      next.kind !== "word" ||
      next.sentence !== (tokens[i] as Token).sentence ||
      MEDICAL_NOUNS.has(next.lower))
  );
}

/** What follows a disease's eponym when the disease is meant ("Alzheimer's patients"). */
const MEDICAL_NOUNS = new Set([
  "diagnosis",
  "patients",
  "patient",
  "symptoms",
  "research",
  "treatment",
  "drug",
  "drugs",
]);
