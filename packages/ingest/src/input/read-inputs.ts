import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { Readable } from "node:stream";
import { decodePage, labelFromMarkup } from "./charset.js";
import { decodeText } from "./decode.js";
import { type Format, formatOfPath, sniffFormat } from "./formats.js";
import { type ArticleMetadata, parseFrontMatter, parseSidecar } from "./front-matter.js";
import { htmlArticle } from "./html/index.js";
import { readJsonLines } from "./json-lines.js";
import { recordToDocument } from "./json-record.js";
import { formatBytes, MAX_DOCUMENT_BYTES } from "./limits.js";
import { markdownToText } from "./markdown.js";
import { repairMojibake } from "./mojibake.js";
import { resolveSources } from "./sources.js";
import type { InputDocument, InputItem } from "./types.js";

export interface ReadOptions {
  /** Where "-" reads from; process.stdin by default. */
  stdin?: Readable;
  /** The per-document size limit in bytes; MAX_DOCUMENT_BYTES by default. */
  maxDocumentBytes?: number;
}

type Problem = Extract<InputItem, { ok: false }>;
const problem = (origin: string, error: string, hint: string): Problem => ({ ok: false, origin, error, hint });

const tooBig = (origin: string, bytes: number, limit: number) =>
  problem(
    origin,
    `${formatBytes(bytes)} is over the ${formatBytes(limit)} limit for one document`,
    "split it into one file per article, or into a JSON Lines file with one article per line",
  );

/** One JSON Lines stream → one item per non-blank line. */
async function* jsonLines(stream: Readable, name: string, idBase: string, limit: number): AsyncGenerator<InputItem> {
  let documents = 0;
  for await (const line of readJsonLines(stream, name, limit)) {
    const { origin } = line;
    if ("tooLong" in line) {
      yield tooBig(origin, line.tooLong, limit);
      continue;
    }
    if ("error" in line) {
      yield problem(origin, line.error, line.hint);
      continue;
    }
    const { value } = line;
    const result = recordToDocument(value, origin, `${idBase}:${line.number}`);
    documents++;
    yield result.ok ? result : problem(origin, result.error, result.hint);
  }
  if (documents === 0)
    yield problem(name, "no documents in it (it is empty)", 'give one JSON object per line: {"id": "…", "text": "…"}');
}

/** A whole JSON file: one record, or an array of records. */
function* jsonDocument(text: string, name: string, idBase: string): Generator<InputItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield problem(name, `malformed JSON: ${(error as Error).message}`, "fix the JSON, or give JSON Lines (.jsonl)");
    return;
  }
  const records = Array.isArray(value) ? value : [value];
  if (records.length === 0)
    yield problem(name, "no documents in it (an empty array)", 'give [{"id": "…", "text": "…"}, …]');
  for (const [i, record] of records.entries()) {
    const origin = Array.isArray(value) ? `${name}[${i}]` : name;
    const result = recordToDocument(record, origin, Array.isArray(value) ? `${idBase}[${i}]` : idBase);
    yield result.ok ? result : problem(origin, result.error, result.hint);
  }
}

/** What is known about an article from outside its text: where it was fetched from, a sidecar file. */
export interface ArticleContext {
  /** The page's address (fetched pages, WARC records): makes relative URLs absolute, and is the URL when the page states none. */
  url?: string;
  /** Metadata that wins over what the text itself states (a sidecar `<name>.meta.json`). */
  metadata?: ArticleMetadata;
}

/**
 * A single article in text, Markdown or HTML → an item. Text and Markdown may start with a front
 * matter block; HTML keeps its main content and reads the page's metadata (src/input/html/).
 */
export function articleItem(
  text: string,
  format: Exclude<Format, "jsonl" | "json">,
  id: string,
  origin: string,
  context: ArticleContext = {},
): InputItem {
  let converted: { text: string; title?: string };
  let stated: ArticleMetadata = {};
  if (format === "html") {
    const { text: body, publishedAt, ...page } = htmlArticle(text, context.url ? { url: context.url } : {});
    converted = { text: body };
    stated = { ...page, ...(publishedAt ? { date: publishedAt } : {}) };
  } else {
    const front = parseFrontMatter(text);
    const body = front?.body ?? text;
    stated = front?.metadata ?? {};
    converted = format === "markdown" ? markdownToText(body) : { text: body };
  }
  if (converted.text.trim() === "") {
    return format === "text" || text.trim() === ""
      ? problem(origin, "it is empty", "give a file with the article text")
      : problem(origin, `no text left after removing the ${format} markup`, "check that the file holds an article");
  }
  const metadata: ArticleMetadata = { ...stated, ...context.metadata };
  // UTF-8 that went through a Windows-1252 decoder once ("FranÃ§ois"): read as what it encodes
  const { text: repairedText, repaired } = repairMojibake(converted.text);
  const doc: InputDocument = { id, text: repairedText, origin, format };
  if (repaired > 0) doc.repairedCharacters = repaired;
  const title = metadata.title ?? converted.title;
  if (title) doc.title = title;
  const url = metadata.url ?? context.url;
  if (url) doc.url = url;
  if (metadata.source) doc.source = metadata.source;
  if (metadata.authors && metadata.authors.length > 0) doc.authors = metadata.authors;
  if (metadata.date) doc.date = metadata.date;
  return { ok: true, doc };
}

/** Text already in memory (a small file or stdin) → items. */
async function* fromText(
  text: string,
  format: Format,
  id: string,
  origin: string,
  limit: number,
  context: ArticleContext = {},
): AsyncGenerator<InputItem> {
  if (format === "json") yield* jsonDocument(text, origin, id);
  else if (format === "jsonl") yield* jsonLines(Readable.from([Buffer.from(text)]), origin, id, limit);
  else yield articleItem(text, format, id, origin, context);
}

async function* readFileSource(path: string, limit: number): AsyncGenerator<InputItem> {
  const byExtension = formatOfPath(path);
  if (byExtension === "jsonl") {
    yield* jsonLines(createReadStream(path), path, basename(path), limit);
    return;
  }
  const { size } = await stat(path);
  if (size > limit) {
    yield tooBig(path, size, limit);
    return;
  }
  const bytes = await readFile(path);
  let decoded = decodeText(bytes, path);
  // A saved page that names its charset (<meta charset="windows-1252">) says how to read it, as a browser would.
  if (!decoded.ok && byExtension === "html" && !bytes.includes(0) && labelFromMarkup(bytes))
    decoded = { ok: true, text: decodePage(bytes).text };
  if (!decoded.ok) {
    yield problem(path, decoded.error, decoded.hint);
    return;
  }
  const sidecar = sidecarPath(path);
  let metadata: ArticleMetadata | undefined;
  try {
    metadata = parseSidecar(await readFile(sidecar, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      yield problem(
        sidecar,
        `cannot be read: ${(error as Error).message}`,
        'give {"title", "source", "authors", "date", "url"} as a JSON object, or remove the file',
      );
      return;
    }
  }
  yield* fromText(
    decoded.text,
    byExtension ?? sniffFormat(decoded.text),
    basename(path),
    path,
    limit,
    metadata ? { metadata } : {},
  );
}

/** `seeds/a.txt` → `seeds/a.meta.json`: metadata about an article kept beside it, so the article file stays as it was. */
export function sidecarPath(path: string): string {
  return join(dirname(path), `${basename(path, extname(path))}.meta.json`);
}

/** stdin: JSON Lines (first character "{") is streamed; anything else is one document up to the limit. */
async function* readStdin(stdin: Readable, limit: number): AsyncGenerator<InputItem> {
  const iterator = stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let size = 0;
  let sniffed: string | undefined;
  while (true) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    chunks.push(chunk);
    size += chunk.length;
    if (sniffed === undefined && Buffer.concat(chunks).toString("utf8").trim() !== "") {
      sniffed = Buffer.concat(chunks).toString("utf8").trimStart()[0];
      if (sniffed === "{") {
        const rest = async function* () {
          yield Buffer.concat(chunks);
          while (true) {
            const more = await iterator.next();
            if (more.done) return;
            yield more.value;
          }
        };
        yield* jsonLines(Readable.from(rest()), "stdin", "stdin", limit);
        return;
      }
    }
    if (size > limit) {
      // Drain without keeping it, to report the real size.
      while (true) {
        const more = await iterator.next();
        if (more.done) break;
        size += more.value.length;
      }
      yield tooBig("stdin", size, limit);
      return;
    }
  }
  const decoded = decodeText(Buffer.concat(chunks, size), "stdin");
  if (!decoded.ok) {
    yield problem("stdin", decoded.error, decoded.hint);
    return;
  }
  yield* fromText(decoded.text, sniffFormat(decoded.text), "stdin", "stdin", limit);
}

/**
 * Reads articles from files, directories, globs and "-" (stdin), in the order given (directories
 * and globs sorted by path). Never throws for a bad input: each yields `{ok: false, origin, error,
 * hint}` and reading goes on with the next. See README "Inputs".
 */
export async function* readInputs(specs: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const limit = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  for await (const source of resolveSources(specs)) {
    if (source.kind === "problem") {
      yield problem(source.origin, source.error, source.hint);
      continue;
    }
    const origin = source.kind === "stdin" ? "stdin" : source.path;
    try {
      if (source.kind === "stdin") yield* readStdin(options.stdin ?? process.stdin, limit);
      else yield* readFileSource(source.path, limit);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const hint = code === "EACCES" ? "check its permissions" : "check that it is a readable file";
      yield problem(origin, `cannot be read: ${(error as Error).message}`, hint);
    }
  }
}
