/** Extraction: InputDocument → DocumentGraph (pure, offline, deterministic). */
export { analyzeText, EXTRACTOR_VERSION, extractDocument } from "./extract-document.js";
