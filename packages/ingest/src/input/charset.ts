import iconv from "iconv-lite";

/**
 * Bytes of a web page (fetched, archived, or a saved .html file that names its charset) → text, decoded with the charset the server or the page names: a byte
 * order mark first, then the HTTP `Content-Type` charset, then `<meta charset>` / `<meta
 * http-equiv="Content-Type">` or `<?xml encoding?>` within the first 2 KB. With none, strict UTF-8,
 * and Windows-1252 (the web's de-facto Latin-1) when the bytes are not UTF-8. Labels are those of
 * the WHATWG Encoding Standard; as browsers do, ISO-8859-1 and ASCII are read as Windows-1252.
 * Legacy charsets are decoded with iconv-lite: Node 20's TextDecoder reads "windows-1252" as
 * ISO-8859-1 (curly quotes and € become control characters), so it cannot be trusted with them.
 */

function labelFromContentType(contentType: string | undefined): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "")?.[1];
}

export function labelFromMarkup(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  return (
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]
  );
}

const WINDOWS_1252_ALIASES =
  /^(iso-?8859-1|iso_8859-1|latin-?1|l1|cp819|ibm819|us-ascii|ascii|iso-ir-100|x-cp1252|cp1252)$/i;

/** A label → the encoding to decode with (lower case), or undefined when iconv-lite does not know it. */
function encodingOf(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const name = WINDOWS_1252_ALIASES.test(label) ? "windows-1252" : label.toLowerCase();
  if (name === "utf8" || name === "unicode-1-1-utf-8") return "utf-8";
  return iconv.encodingExists(name) ? name : undefined;
}

export interface DecodedPage {
  text: string;
  /** The encoding used, as TextDecoder names it ("utf-8", "windows-1252", …). */
  charset: string;
}

export function decodePage(bytes: Uint8Array, contentType?: string): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes), charset: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes), charset: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes), charset: "utf-16be" };
  const named = encodingOf(labelFromContentType(contentType)) ?? encodingOf(labelFromMarkup(bytes));
  // A page that says UTF-16 but has no byte order mark was almost certainly transcoded: ignore the claim.
  if (named === "utf-8") return { text: new TextDecoder("utf-8").decode(bytes), charset: named };
  if (named && !named.startsWith("utf-16") && !named.startsWith("utf16"))
    return { text: iconv.decode(Buffer.from(bytes), named), charset: named };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), charset: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), "windows-1252"), charset: "windows-1252" };
  }
}
