/** Inputs: files, directories, globs and stdin → InputDocument (see README "Inputs"). */

export { decodePage } from "./charset.js";
export { countItems } from "./count.js";
export { decodeText } from "./decode.js";
export { formatOfPath, SUPPORTED_EXTENSIONS, sniffFormat } from "./formats.js";
export { type ArticleMetadata, parseFrontMatter, parseSidecar } from "./front-matter.js";
export { type HtmlArticle, htmlArticle, type PageMetadata, pageMetadata } from "./html/index.js";
export { htmlToText } from "./html.js";
export { recordToDocument } from "./json-record.js";
export { formatBytes, MAX_DOCUMENT_BYTES } from "./limits.js";
export { markdownToText } from "./markdown.js";
export { type ArticleContext, articleItem, type ReadOptions, readInputs, sidecarPath } from "./read-inputs.js";
export type { InputDocument, InputItem } from "./types.js";
