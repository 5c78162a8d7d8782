import type { Readable } from "node:stream";

/**
 * Splits a byte stream into lines without ever holding more than one line (up to `maxBytes`) in
 * memory: a longer line is skipped while it streams past and reported as `tooLong`. Lines are
 * numbered from 1; "\r\n" endings lose their "\r".
 */
export type Line = { number: number; bytes: Uint8Array } | { number: number; tooLong: number };

export async function* readLines(stream: Readable, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = 0;
  let number = 1;

  const finish = (): Line => {
    const line: Line =
      overflow > 0 ? { number, tooLong: overflow + size } : { number, bytes: stripCr(Buffer.concat(parts, size)) };
    parts = [];
    size = 0;
    overflow = 0;
    number++;
    return line;
  };

  const append = (chunk: Buffer) => {
    if (overflow > 0 || size + chunk.length > maxBytes) {
      overflow += size + chunk.length;
      parts = [];
      size = 0;
    } else {
      parts.push(chunk);
      size += chunk.length;
    }
  };

  for await (const chunk of stream) {
    const buffer: Buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let newline = buffer.indexOf(10, from); newline !== -1; newline = buffer.indexOf(10, from)) {
      append(buffer.subarray(from, newline));
      yield finish();
      from = newline + 1;
    }
    if (from < buffer.length) append(Buffer.from(buffer.subarray(from)));
  }
  if (size > 0 || overflow > 0) yield finish();
}

function stripCr(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, bytes.length - 1) : bytes;
}
