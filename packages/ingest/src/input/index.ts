/** Inputs: files, directories, globs and stdin → InputDocument (see README "Inputs"). */
export { countItems } from "./count.js";
export { decodeText } from "./decode.js";
export { formatOfPath, SUPPORTED_EXTENSIONS, sniffFormat } from "./formats.js";
export { htmlToText } from "./html.js";
export { recordToDocument } from "./json-record.js";
export { formatBytes, MAX_DOCUMENT_BYTES } from "./limits.js";
export { markdownToText } from "./markdown.js";
export { type ReadOptions, readInputs } from "./read-inputs.js";
export type { InputDocument, InputItem } from "./types.js";
