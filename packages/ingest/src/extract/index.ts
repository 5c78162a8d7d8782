/** Extraction: InputDocument → DocumentGraph (pure, offline, deterministic). */

export { CLAIM_UNITS, type ClaimUnit } from "./claims/claim-unit.js";
export { analyzeText, EXTRACTOR_VERSION, type ExtractOptions, extractDocument } from "./extract-document.js";
