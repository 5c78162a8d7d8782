/** One article as read from an input, before extraction. `text` is what every offset refers to. */
export interface InputDocument {
  /** The document id: the file name for files, the `id` field for JSON Lines input. */
  id: string;
  text: string;
  title?: string;
  url?: string;
  /** Publication date as given (ISO 8601 preferred). */
  date?: string;
  /** The outlet or publisher, when known. */
  source?: string;
  /** The article's authors, when stated (JSON-LD, meta tags, front matter, a sidecar). */
  authors?: string[];
  /** What a changed version of this article replaces (a URL for fetched pages); by default the file's path or the JSON Lines id. */
  sourceKey?: string;
  /**
   * How many characters of a text, Markdown or HTML article were mojibake (UTF-8 read as Windows-1252,
   * "FranÃ§ois") and are read as what they encode (`text` is the repaired text). JSON Lines records are
   * taken as they are: offsets given with them refer to their text.
   */
  repairedCharacters?: number;
  /** Where it came from, for messages and for replacing a changed article: a path, or path:line. */
  origin: string;
  format: "text" | "markdown" | "html" | "jsonl";
}

/** Reading never throws for a bad input: each one yields either a document or a named error. */
export type InputItem =
  | { ok: true; doc: InputDocument }
  | {
      ok: false;
      /** The input it concerns: a path, or path:line. */
      origin: string;
      /** What is wrong, in one sentence. */
      error: string;
      /** What the user can do about it. */
      hint?: string;
    };
