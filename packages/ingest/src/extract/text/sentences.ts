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
        if (!next || next.start >= paragraph.end || next.cap || next.kind === "number" || next.kind === "quote")
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
