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
    // (a zero-width space or word joiner between letters stays inside the word: "Tr\u200Bump")
    "[\\p{L}\\p{M}](?:[\\p{L}\\p{M}\\p{N}]|[\\u200B\\u2060](?=[\\p{L}\\p{M}]))*(?:[-'’&][\\p{L}\\p{M}\\p{N}]+)*",
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

/** Invisible characters that may sit inside a word (zero-width space, word joiner). */
const INVISIBLE = /[\u200B\u2060]/g;

/** A span of the text as a name: without the invisible characters inside its words. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, "");
}

/** `raw` is the text as it stands (its length gives the end offset); the token's text is what it reads as. */
function makeToken(raw: string, start: number, kind: Token["kind"]): Token {
  const text = visibleText(raw);
  const first = text.charAt(0);
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + raw.length,
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
    if (visibleText(value) === "") continue; // an invisible character on its own is no token
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
