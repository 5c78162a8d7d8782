/**
 * Mojibake: UTF-8 text that went through a Windows-1252 (or Latin-1) decoder once on its way here
 * ("FranÃ§ois" for "François", "itâ€™s" for "it's"). The file is valid UTF-8, so decoding cannot
 * refuse it, and the extractor would read "FranÃ" as a name. Each sequence that is the Windows-1252
 * rendering of one UTF-8 encoded character (a lead byte, then one to three continuation bytes) is
 * turned back into that character; anything else is left as it is ("café", "Â" alone, "Ã" before a
 * space). Pure.
 */

/** Windows-1252's characters for bytes 0x80–0x9F (its five undefined bytes read as the C1 controls). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** The byte a character stands for in Windows-1252 (or Latin-1), or -1 when it stands for none. */
function byteOf(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  if (code >= 0x80 && code <= 0x9f) return code;
  const k = CP1252_HIGH.indexOf(ch);
  return k >= 0 ? 0x80 + k : -1;
}

/** A continuation byte (0x80–0xBF) as Windows-1252 or Latin-1 shows it. */
const CONT = `[\\u0080-\\u00BF${CP1252_HIGH.replace(/[\u0080-\u009f]/g, "")}]`;
/**
 * A continuation as a compatibility normalization (NFKD) leaves the spacing accents among them: "¨"
 * (0xA8) as a space and a combining diaeresis ("SégolÃ ̈ne" for "Ségolène"), and so "¯", "´", "¸".
 */
const SPACING_ACCENTS: Readonly<Record<string, string>> = {
  " \u0308": "\u00A8",
  " \u0304": "\u00AF",
  " \u0301": "\u00B4",
  " \u0327": "\u00B8",
};
const UNIT = `(?:${CONT}| [\\u0308\\u0304\\u0301\\u0327])`;
/**
 * A lead byte and its continuations: 0xC2–0xDF + 1, 0xE0–0xEF + 2, 0xF0–0xF4 + 3 (0xC0, 0xC1 and
 * 0xF5 up never lead a UTF-8 sequence).
 */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${UNIT}|[\\u00E0-\\u00EF]${UNIT}{2}|[\\u00F0-\\u00F4]${UNIT}{3}`, "g");

const SIGNATURE = new RegExp(`[\\u00C2\\u00C3]${CONT}|\u00E2\u20AC`);

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export interface Repaired {
  text: string;
  /** How many sequences were turned back into the character they encode. */
  repaired: number;
}

export function repairMojibake(text: string): Repaired {
  // Only a text that shows one of mojibake's own signatures: "Ã" or "Â" before a continuation (é, ç,
  // à, a no-break space…) or "â€" (’ “ ” – —). Real text in Latin scripts has neither, so "café…»"
  // in a text without them is never read as a CJK character.
  if (!SIGNATURE.test(text)) return { text, repaired: 0 };
  let repaired = 0;
  const out = text.replace(SEQUENCE, (sequence) => {
    const chars = sequence.replace(/ [\u0308\u0304\u0301\u0327]/g, (pair) => SPACING_ACCENTS[pair] as string);
    const bytes = Uint8Array.from([...chars].map(byteOf));
    let ch: string;
    try {
      ch = strictUtf8.decode(bytes);
    } catch {
      return sequence;
    }
    // a C1 control is no character a writer meant
    if (/[\u0080-\u009f]/.test(ch)) return sequence;
    repaired++;
    return ch;
  });
  return { text: out, repaired };
}
