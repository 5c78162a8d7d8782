/** Extraction: InputDocument → DocumentGraph (pure, offline, deterministic). */
export { analyzeText, EXTRACTOR_VERSION, type ExtractOptions, extractDocument } from "./extract-document.js";
