import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type Line, readLines } from "./lines.js";

async function collect(chunks: string[], max: number) {
  const out: (string | number)[][] = [];
  for await (const line of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) {
    out.push(
      "tooLong" in (line as Line & object)
        ? [line.number, "too long", (line as { tooLong: number }).tooLong]
        : [line.number, Buffer.from((line as { bytes: Uint8Array }).bytes).toString()],
    );
  }
  return out;
}

describe("readLines", () => {
  it.each([
    {
      name: "lines across chunks",
      chunks: ["ab", "c\nde", "f\n"],
      max: 100,
      lines: [
        [1, "abc"],
        [2, "def"],
      ],
    },
    {
      name: "no final newline, CRLF",
      chunks: ["a\r\nb"],
      max: 100,
      lines: [
        [1, "a"],
        [2, "b"],
      ],
    },
    {
      name: "blank lines kept",
      chunks: ["a\n\nb\n"],
      max: 100,
      lines: [
        [1, "a"],
        [2, ""],
        [3, "b"],
      ],
    },
    {
      name: "an over-long line is skipped with its size",
      chunks: ["ok\n", "0123456789", "0123456789\nnext\n"],
      max: 15,
      lines: [
        [1, "ok"],
        [2, "too long", 20],
        [3, "next"],
      ],
    },
  ])("$name", async ({ chunks, max, lines }) => {
    expect(await collect(chunks, max)).toEqual(lines);
  });
});
