import type { Readable } from "node:stream";
import { decodeText } from "./decode.js";
import { readLines } from "./lines.js";

/** One non-blank line of a JSON Lines stream: its parsed value, or why it has none. */
export type JsonLine = { origin: string; number: number } & (
  | { value: unknown }
  | { tooLong: number }
  | { error: string; hint: string }
);

/**
 * Reads a JSON Lines stream line by line (memory stays flat whatever the file size): each line is
 * decoded as strict UTF-8 and parsed on its own, so one bad line never hides the others. Blank lines
 * are skipped; `origin` is `name:line`. Inputs, gold files and predictions all read through here.
 */
export async function* readJsonLines(stream: Readable, name: string, maxLineBytes: number): AsyncGenerator<JsonLine> {
  for await (const line of readLines(stream, maxLineBytes)) {
    const at = { origin: `${name}:${line.number}`, number: line.number };
    if ("tooLong" in line) {
      yield { ...at, tooLong: line.tooLong };
      continue;
    }
    const decoded = decodeText(line.bytes, name);
    if (!decoded.ok) {
      yield { ...at, error: decoded.error, hint: decoded.hint };
      continue;
    }
    if (decoded.text.trim() === "") continue;
    let parsed: JsonLine;
    try {
      parsed = { ...at, value: JSON.parse(decoded.text) as unknown };
    } catch (error) {
      parsed = {
        ...at,
        error: `malformed JSON: ${(error as Error).message}`,
        hint: "fix or remove this line; each line must be one JSON object",
      };
    }
    yield parsed;
  }
}
