import { describe, expect, it } from "vitest";
import { decodeText } from "./decode.js";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeText", () => {
  it.each([
    { name: "UTF-8", input: utf8("Café – “quoted”"), text: "Café – “quoted”" },
    { name: "UTF-8 with a BOM (BOM dropped)", input: bytes(0xef, 0xbb, 0xbf, 0x68, 0x69), text: "hi" },
    { name: "UTF-16LE with a BOM", input: bytes(0xff, 0xfe, 0x68, 0x00, 0x69, 0x00), text: "hi" },
    { name: "UTF-16BE with a BOM", input: bytes(0xfe, 0xff, 0x00, 0x68, 0x00, 0x69), text: "hi" },
  ])("decodes $name", ({ input, text }) => {
    expect(decodeText(input, "f")).toEqual({ ok: true, text });
  });

  it.each([
    { name: "NUL bytes", input: bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01), error: "binary", hint: "export it as text" },
    {
      name: "Windows-1252 quotes",
      input: bytes(0x93, 0x68, 0x69, 0x94),
      error: "WINDOWS-1252",
      hint: "iconv -f WINDOWS-1252",
    },
    {
      name: "Latin-1 accents",
      input: bytes(0x63, 0x61, 0x66, 0xe9),
      error: "ISO-8859-1",
      hint: "iconv -f ISO-8859-1 -t UTF-8 'f'",
    },
  ])("refuses $name", ({ input, error, hint }) => {
    const result = decodeText(input, "f");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(error);
    expect(result.hint).toContain(hint);
  });
});
