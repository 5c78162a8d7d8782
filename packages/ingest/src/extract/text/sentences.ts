import type { Paragraph } from "./paragraphs.js";
import type { Token } from "./tokens.js";

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
}

const TERMINAL = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(["”", '"', ")", "’", "»", "]"]);

/**
 * Splits each paragraph's tokens into sentences: a boundary follows ".", "!" or "?" (and any
 * closing quote marks) when the next token is capitalized, a number or an opening mark. Sets
 * `token.sentence`. Tokens must be sorted by offset; each token belongs to one paragraph.
 */
export function splitSentences(tokens: Token[], paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  for (const paragraph of paragraphs) {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < paragraph.start) t++;
    let first = t;
    let i = t;
    while (i < tokens.length && (tokens[i]?.start ?? 0) < paragraph.end) {
      const token = tokens[i] as Token;
      let boundary = -1;
      if (TERMINAL.has(token.text)) {
        let j = i + 1;
        while (j < tokens.length && CLOSERS.has(tokens[j]?.text ?? "") && (tokens[j]?.start ?? 0) < paragraph.end) {
          // a straight quote right after the period closes; one after a space opens
          if (tokens[j]?.text === '"' && (tokens[j]?.start ?? 0) > (tokens[j - 1]?.end ?? 0)) break;
          j++;
        }
        const next = tokens[j];
        // (or a name that keeps its first letter small, "eThekwini Municipality cut …", "iPhone sales fell …")
        const camel = next?.kind === "word" && /^\p{Ll}{1,5}\p{Lu}/u.test(next.text);
        if (
          !next ||
          next.start >= paragraph.end ||
          next.cap ||
          camel ||
          next.kind === "number" ||
          next.kind === "quote"
        )
          boundary = j;
      }
      if (boundary > 0) {
        push(sentences, tokens, first, boundary, paragraph.index);
        first = boundary;
        i = boundary;
      } else i++;
    }
    if (first < i) push(sentences, tokens, first, i, paragraph.index);
    t = i;
  }
  return sentences;
}

/**
 * "Folha de S.Paulo": sentences a period split between a capital initial and the word written right against
 * it, joined again — for the rules, after tagging (the tagger reads the split it was trained on, as for
 * `joinBracketSplits`). Renumbers `token.sentence` when it joins any.
 */
export function joinInitialSplits(tokens: Token[], sentences: readonly Sentence[]): Sentence[] {
  return joinSentences(tokens, sentences, (previous) => initialJoinedToWord(tokens, previous.last - 1));
}

/**
 * The sentences with each one `joins` accepts (after the one before it, in the same paragraph) joined to that
 * one; renumbers `token.sentence` when it joined any.
 */
function joinSentences(
  tokens: Token[],
  sentences: readonly Sentence[],
  joins: (previous: Sentence, s: Sentence) => boolean,
): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const previous = out.at(-1);
    if (previous && previous.paragraph === s.paragraph && joins(previous, s)) {
      previous.last = s.last;
      previous.end = s.end;
      continue;
    }
    out.push({ ...s, index: out.length });
  }
  if (out.length === sentences.length) return out;
  for (const s of out) for (let k = s.first; k < s.last; k++) (tokens[k] as Token).sentence = s.index;
  return out;
}

/** The period at token i stands between a capital initial and a word written right against it ("S.Paulo"). */
function initialJoinedToWord(tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    dot.text === "." &&
    before !== undefined &&
    after !== undefined &&
    // (and AP's party and state, "R-S.C.", "D-N.Y.": a party letter, a hyphen and the state's initials)
    (/^\p{Lu}$/u.test(before.text) || /^[RDI]-\p{Lu}{1,2}$/u.test(before.text)) &&
    before.end === dot.start &&
    after.start === dot.end &&
    after.kind === "word"
  );
}

function push(sentences: Sentence[], tokens: Token[], first: number, last: number, paragraph: number) {
  const index = sentences.length;
  for (let k = first; k < last; k++) (tokens[k] as Token).sentence = index;
  sentences.push({
    index,
    paragraph,
    start: (tokens[first] as Token).start,
    end: (tokens[last - 1] as Token).end,
    first,
    last,
  });
}

/** No word before token i in its sentence (quotation marks may open it: "“Several surveys suggest …"). */
export function firstWordOfSentence(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]?.sentence;
  for (let k = i - 1; k >= 0 && tokens[k]?.sentence === sentence; k--) if (tokens[k]?.kind !== "quote") return false;
  return true;
}

/** How far into the next sentence the bracket a split left open may close ("… (D-N. | M.) said"). */
const MAX_BRACKET_TAIL = 4;

/**
 * "Sen. Teresa Montoya-Reyes (D-N.M.) said …": a period inside a bracket ("D-N." before "M.") ended the
 * sentence. Joins each sentence that leaves a "(" open to the next one of its paragraph when that one closes the
 * bracket within its first few tokens; renumbers the sentences and the tokens' `sentence`. Run after the entity
 * tagger, which was trained on the plain split (its features stay as trained).
 */
export function joinBracketSplits(tokens: Token[], sentences: readonly Sentence[]): Sentence[] {
  return joinSentences(
    tokens,
    sentences,
    (previous, s) => leavesBracketOpen(tokens, previous) && closesSoon(tokens, s),
  );
}

function leavesBracketOpen(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.last - 1; k >= s.first; k--) {
    const t = (tokens[k] as Token).text;
    if (t === ")") return false;
    if (t === "(") return s.last - k <= MAX_BRACKET_TAIL + 1;
  }
  return false;
}

function closesSoon(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last && k - s.first < MAX_BRACKET_TAIL; k++) {
    const t = (tokens[k] as Token).text;
    if (t === ")") return true;
    if (t === "(") return false;
  }
  return false;
}

/** Capitalised words that open a sentence, never a name's next word after a place's abbreviation ("S.C. Its …"). */
const SENTENCE_OPENERS = new Set(["It", "Its", "The", "He", "She", "They", "Their", "His", "Her", "We", "But", "This"]);

/**
 * "… send freight to Baltimore and Charleston, S.C. Its president, Sharon Whitfield, called …": a place's
 * abbreviation after its comma ("S.C.", "D.C.", "Ga.") holds the period that ends the sentence when a word that only
 * opens sentences follows. Splits there, for the rules (the tagger reads the split it was trained on); renumbers
 * `token.sentence` when it splits any.
 */
export function splitAfterPlaceAbbreviations(tokens: Token[], sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let first = s.first;
    for (let k = s.first + 2; k < s.last - 1; k++) {
      const t = tokens[k] as Token;
      const next = tokens[k + 1] as Token;
      // (the cheap tests first: this runs over every token)
      if (!SENTENCE_OPENERS.has(next.text) || tokens[k - 1]?.text !== "," || next.start !== t.end + 1) continue;
      if (!/^(?:\p{Lu}\.){2}$|^\p{Lu}\p{Ll}{1,4}\.$/u.test(t.text)) continue;
      out.push({ ...s, start: (tokens[first] as Token).start, end: t.end, first, last: k + 1 });
      first = k + 1;
    }
    out.push({ ...s, start: (tokens[first] as Token).start, first });
  }
  if (out.length === sentences.length) return [...sentences];
  return out.map((s, index) => {
    for (let k = s.first; k < s.last; k++) (tokens[k] as Token).sentence = index;
    return { ...s, index };
  });
}
