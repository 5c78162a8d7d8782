import type { Paragraph } from "../text/paragraphs.js";

/** One quoted span inside one paragraph. Offsets are of the text between the marks. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ended first. */
  close: number;
  /** Content (inside the marks), trimmed of spaces. */
  start: number;
  end: number;
  paragraph: number;
  /** An unclosed quote whose next paragraph reopens: the speaker carries over. */
  continuesNext: boolean;
  /** This quote continues an unclosed quote from the previous paragraph. */
  continuation: boolean;
}

const OPENERS = new Set(["“", "„", "«"]);
const CLOSERS = new Set(["”", "»"]);
/** The characters scanParagraph acts on (every other character is skipped without a look). */
const MARK = new RegExp(`["'${[...OPENERS, ...CLOSERS].join("")}]`, "g");

function isOpeningContext(text: string, i: number, paragraphStart: number): boolean {
  if (i === paragraphStart) return true;
  const prev = text.charAt(i - 1);
  return /[\s([{\u2014\u2013\-/:]/.test(prev);
}

/**
 * Scans one paragraph for top-level quotations, curly or straight. Nested quotes stay inside
 * their outer quote. A quote still open at the end of the paragraph ends there: unbalanced marks
 * never swallow the rest of the document.
 */
function scanParagraph(text: string, p: Paragraph): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: string[] = [];
  let open = -1;
  for (let i = p.start; i < p.end; i++) {
    // jump to the next quotation mark or apostrophe (most of a paragraph is neither)
    MARK.lastIndex = i;
    const next = MARK.exec(text);
    if (next === null || next.index >= p.end) break;
    i = next.index;
    let ch = text.charAt(i);
    // two apostrophes stand for a double quote in some feeds (''Like this,'' he said)
    let width = 1;
    if (ch === "'" && text.charAt(i + 1) === "'") {
      ch = '"';
      width = 2;
    } else if (ch === "'") continue;
    let opens = false;
    let closes = false;
    if (OPENERS.has(ch)) {
      // an opening mark typed as the closer ("… for her here,“ said Jim Clyburn"): a quote is open,
      // the mark is glued to the word or stop before it, and a space, a stop or the line's end follows
      closes =
        stack.at(-1) === "“" && !isOpeningContext(text, i, p.start) && /^(?:[\s,.;:!?)]|$)/.test(text.charAt(i + 1));
      opens = !closes;
    } else if (CLOSERS.has(ch)) {
      closes = stack.length > 0;
      // a closing mark typed as the opener ("”Fear. I am truly afraid …”"): nothing is open, it
      // starts the paragraph or follows a space, and a word follows it
      opens = !closes && isOpeningContext(text, i, p.start) && /[\p{L}\p{N}]/u.test(text.charAt(i + 1));
    } else if (ch === '"') {
      if (stack.at(-1) === '"') closes = true;
      else if (isOpeningContext(text, i, p.start)) opens = true;
      else if (stack.length > 0) closes = true;
      else opens = !/[\p{L}\p{N}]/u.test(text.charAt(i - 1)) && /\S/.test(text.charAt(i + 1));
    }
    if (opens) {
      if (stack.length === 0) open = i + width - 1;
      stack.push(ch === '"' ? '"' : "“");
      i += width - 1;
    } else if (closes) {
      stack.pop();
      if (stack.length === 0 && open >= 0) {
        pushSpan(spans, text, open, i, p.index);
        open = -1;
      }
      // (past both apostrophes of a closing '': a third, "… 'We'll bomb them,''' said McCain", is the
      // nested quote's own mark, not the start of another '')
      i += width - 1;
    }
  }
  if (open >= 0) pushSpan(spans, text, open, -1, p.index, p.end);
  return spans;
}

function pushSpan(spans: QuoteSpan[], text: string, open: number, close: number, paragraph: number, end = close) {
  let s = open + 1;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e <= s) return;
  spans.push({ open, close, start: s, end: e, paragraph, continuesNext: false, continuation: false });
}

/** All quotations of a document, in order; links paragraph-spanning quotes. */
export function scanQuotes(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const all: QuoteSpan[] = [];
  let previousOpen: QuoteSpan | undefined;
  for (const p of paragraphs) {
    const spans = scanParagraph(text, p);
    const first = spans[0];
    if (previousOpen && first && first.open === p.start) {
      previousOpen.continuesNext = true;
      first.continuation = true;
    }
    const last = spans.at(-1);
    previousOpen = last && last.close < 0 ? last : undefined;
    all.push(...spans);
  }
  return all;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Number of words in a span of text; counting stops at `atMost`. */
export function wordCount(text: string, atMost = Number.POSITIVE_INFINITY): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n < atMost && WORD.exec(text) !== null) n++;
  return n;
}
