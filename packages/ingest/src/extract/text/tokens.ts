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
  "Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Cmdr|Prof|Rev|Jr|Sr|St|Mt|Ft|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Ave|Blvd|Dept|Gens|Reps|Sens|Eng|Ing|Hon|Msgr|Atty|Supt|Insp|Cpl|Pvt|Brig|Amb|Adv|PhDr|Mgr|JUDr|MUDr|RNDr|Avv|Ir|Ald";

const TOKEN_RE = new RegExp(
  [
    // initialisms: U.S., H.R., D.C., U.S.A.
    "(?:\\p{Lu}\\.){2,}",
    `(?:${ABBREVIATIONS})\\.(?=\\s)`,
    // a delegate's title before a name ("Del. Marisol Ferreira-Watts"), not Delaware's abbreviation after a town
    // ("DOVER, Del. (Reuters)", "Wilmington, Del. The bill …"), 2026-12-07 (newsdev81)
    "Del\\.(?=\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu})",
    // a single initial before a capitalized word: "Donald J. Trump"
    "\\p{Lu}\\.(?=\\s+\\p{Lu})",
    // ("Hendrik J. van der Merwe": a middle initial before a surname's particles, 2026-12-08, newsdev86)
    "\\p{Lu}\\.(?=\\s+(?:van|von|de|der|den|da|di|du|del|della|la|ter|ten)\\s+(?:(?:der|den|la|de)\\s+)?\\p{Lu})",
    // a legal form in capitals and small letters with its stops: "Sicilfrutta Export S.r.l.", "Fiat S.p.A."
    "\\p{Lu}\\.(?:\\p{L}\\.)*\\p{Ll}\\.(?:\\p{L}\\.)*",
    // a Nordic company's legal form: "Nordvind Turbines A/S", "Norðhavið P/F"
    "\\p{Lu}/\\p{Lu}(?![\\p{L}\\p{N}])",
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

/** Invisible characters that may sit inside a word (zero-width space, word joiner). */
const INVISIBLE = /[\u200B\u2060]/g;

/** A span of the text as a name: without the invisible characters inside its words. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, "");
}

/**
 * `raw` is the text as it stands (its length gives the end offset); the token's text is what it reads as
 * (`invisible`: the document has invisible characters to drop; most have none).
 */
function makeToken(raw: string, start: number, kind: Token["kind"], invisible: boolean): Token {
  const text = invisible ? visibleText(raw) : raw;
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

/** What an ASCII first character makes a token (the other characters are tested with \p{…} below). */
const ASCII_KIND: (Token["kind"] | undefined)[] = [];
for (let code = 0; code < 128; code++) {
  const ch = String.fromCharCode(code);
  ASCII_KIND.push(/[A-Za-z]/.test(ch) ? "word" : /[0-9]/.test(ch) ? "number" : ch === '"' ? "quote" : undefined);
}

function kindOf(value: string): Token["kind"] {
  const code = value.charCodeAt(0);
  const ch = value.charAt(0);
  const kind =
    code < 128 ? ASCII_KIND[code] : /[\p{L}\p{M}]/u.test(ch) ? "word" : /\p{N}/u.test(ch) ? "number" : undefined;
  if (kind) return kind;
  return /["“”„«»]/.test(ch) || value === "''" ? "quote" : "punct";
}

/** "Trump’s": a word of three or more characters ending in 's or ’s. */
function endsPossessive(value: string): boolean {
  const n = value.length;
  if (n <= 2) return false;
  const last = value.charCodeAt(n - 1);
  const apostrophe = value.charCodeAt(n - 2);
  return (last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019);
}

/** Splits text into tokens; possessive "'s" becomes its own token ("Trump’s" → "Trump", "’s"). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const invisible = /[\u200B\u2060]/.test(text);
  TOKEN_RE.lastIndex = 0;
  for (let match = TOKEN_RE.exec(text); match !== null; match = TOKEN_RE.exec(text)) {
    const value = match[0];
    if (invisible && visibleText(value) === "") continue; // an invisible character on its own is no token
    const start = match.index + offset;
    const kind = kindOf(value);
    if (kind === "word" && endsPossessive(value)) {
      tokens.push(makeToken(value.slice(0, -2), start, "word", invisible));
      tokens.push(makeToken(value.slice(-2), start + value.length - 2, "word", invisible));
    } else tokens.push(makeToken(value, start, kind, invisible));
  }
  return tokens;
}

export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === "’s" || token.lower === "'s");
}

/**
 * True when tokens[k] is the possessive of a name or noun ending in s written as a bare apostrophe
 * ("Sanders’ campaign", "the Joneses' lawyer"): right after the word, with a word after it.
 */
export function isBarePossessive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (!t || !before || !after || (t.text !== "’" && t.text !== "'")) return false;
  if (before.kind !== "word" || before.end !== t.start || after.kind !== "word" || after.start === t.end) return false;
  // "he said ‘yes’ and …": the closing mark of a quoted word
  const opening = tokens[k - 2];
  if (opening?.end === before.start && (opening.text === "‘" || opening.text === "'")) return false;
  const last = before.text.charCodeAt(before.text.length - 1);
  return last === 115 || last === 83; // s, S
}
