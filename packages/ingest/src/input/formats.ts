import { extname } from "node:path";
import type { InputDocument } from "./types.js";

/** Input formats by file extension; files in directories with other extensions are skipped. */
export type Format = InputDocument["format"] | "json";

const BY_EXTENSION: Record<string, Format> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
};

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);

/** The format a path's extension names, or undefined when the content has to decide. */
export function formatOfPath(path: string): Format | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/** Guesses the format of text with no telling extension (stdin, "notes.out"). */
export function sniffFormat(text: string): Format {
  const head = text.slice(0, 2048).trimStart();
  if (head.startsWith("{")) return "jsonl";
  if (head.startsWith("[")) return "json";
  if (/^<(!doctype html|html|head|body|p|div|article|h[1-6])[\s>]/i.test(head)) return "html";
  if (/^(#{1,6}\s|---\r?\n)/.test(head)) return "markdown";
  return "text";
}
