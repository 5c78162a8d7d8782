/**
 * Bytes → text, refusing what is not text. UTF-8 (with or without a byte-order mark) is decoded
 * strictly; UTF-16 with a byte-order mark is unambiguous and decoded too. Binary data (NUL bytes)
 * and other encodings are refused with a hint naming the likely encoding and the iconv command.
 */

export type Decoded = { ok: true; text: string } | { ok: false; error: string; hint: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Bytes 0x80–0x9F are printable only in Windows-1252; without them Latin-1 is as likely. */
function guessEightBitEncoding(bytes: Uint8Array): string {
  for (const byte of bytes) if (byte >= 0x80 && byte <= 0x9f) return "WINDOWS-1252";
  return "ISO-8859-1";
}

/** `name` is how the input is called in messages (a path, "stdin", "file.jsonl:12"). */
export function decodeText(bytes: Uint8Array, name: string): Decoded {
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes) };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes) };
  if (bytes.includes(0)) {
    return {
      ok: false,
      error: "binary data (it contains NUL bytes), not text",
      hint: `give a text, Markdown, HTML or JSON Lines file; if ${name} is a PDF or Word file, export it as text first`,
    };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const encoding = guessEightBitEncoding(bytes);
    return {
      ok: false,
      error: `not valid UTF-8 (probably ${encoding})`,
      hint: `convert it to UTF-8, e.g. iconv -f ${encoding} -t UTF-8 '${name}' > converted.txt`,
    };
  }
}
