/** A token with its UTF-16 offsets into the document text (end exclusive). */
export interface Token {
  text: string;
  /** Lowercase form, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  kind: "word" | "number" | "punct" | "quote";
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Index of the sentence it belongs to (filled by `splitSentences`). */
  sentence: number;
}

/** Abbreviations whose final period does not end a sentence. */
const ABBREVIATIONS =
  "Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Cmdr|Prof|Rev|Jr|Sr|St|Mt|Ft|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Ave|Blvd|Dept|Gens|Reps|Sens";

const TOKEN_RE = new RegExp(
  [
    // initialisms: U.S., H.R., D.C., U.S.A.
    "(?:\\p{Lu}\\.){2,}",
    `(?:${ABBREVIATIONS})\\.(?=\\s)`,
    // a single initial before a capitalized word: "Donald J. Trump"
    "\\p{Lu}\\.(?=\\s+\\p{Lu})",
    // words with inner apostrophes, hyphens and ampersands
    "[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'’&][\\p{L}\\p{M}\\p{N}]+)*",
    // numbers, money, percentages
    "\\p{N}+(?:[.,:]\\p{N}+)*",
    // quotation marks, including two apostrophes standing for one ("''Like this,'' he said")
    "[\"“”„«»]|''",
    // a double hyphen standing for a dash ("John McCain -- who lost in 2008 -- said")
    "--",
    "\\S",
  ].join("|"),
  "gu",
);

const POSSESSIVE_RE = /['’][sS]$/;

function makeToken(text: string, start: number, kind: Token["kind"]): Token {
  const first = text.charAt(0);
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    kind,
    cap: kind === "word" && first !== first.toLowerCase() && first === first.toUpperCase(),
    sentence: -1,
  };
}

/** Splits text into tokens; possessive "'s" becomes its own token ("Trump’s" → "Trump", "’s"). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_RE)) {
    const value = match[0];
    const start = (match.index ?? 0) + offset;
    const ch = value.charAt(0);
    if (/[\p{L}\p{M}]/u.test(ch)) {
      if (POSSESSIVE_RE.test(value) && value.length > 2) {
        tokens.push(makeToken(value.slice(0, -2), start, "word"));
        tokens.push(makeToken(value.slice(-2), start + value.length - 2, "word"));
      } else tokens.push(makeToken(value, start, "word"));
    } else if (/\p{N}/u.test(ch)) tokens.push(makeToken(value, start, "number"));
    else if (/["“”„«»]/.test(ch) || value === "''") tokens.push(makeToken(value, start, "quote"));
    else tokens.push(makeToken(value, start, "punct"));
  }
  return tokens;
}

export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === "’s" || token.lower === "'s");
}
