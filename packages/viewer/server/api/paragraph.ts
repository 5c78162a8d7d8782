/** The paragraph of an article around a span, with the span's offsets made relative to it. */

export interface Span {
  start: number;
  end: number;
}

export interface ParagraphContext {
  paragraph: string;
  paragraphStart: number;
  quote: Span;
  cue: Span | null;
  speaker: Span | null;
}

const MAX_CONTEXT = 3_000;

function validSpan(text: string, span: Partial<Span> | null | undefined): span is Span {
  return (
    !!span &&
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    (span.start as number) >= 0 &&
    (span.end as number) > (span.start as number) &&
    (span.end as number) <= text.length
  );
}

/**
 * Extends [start, end) (and the cue and speaker spans, when they are close) to the enclosing
 * line breaks. Returns null when the quote span does not fit the text (a stale or broken offset).
 */
export function paragraphAround(
  text: string,
  quote: Partial<Span>,
  cue?: Partial<Span> | null,
  speaker?: Partial<Span> | null,
): ParagraphContext | null {
  if (!validSpan(text, quote)) return null;
  const near = (s: Partial<Span> | null | undefined): s is Span =>
    validSpan(text, s) && Math.abs(s.start - quote.start) < MAX_CONTEXT;
  const spans = [quote, ...[cue, speaker].filter(near)];
  const from = Math.min(...spans.map((s) => s.start));
  const to = Math.max(...spans.map((s) => s.end));
  let start = text.lastIndexOf("\n", from - 1) + 1;
  let end = text.indexOf("\n", to);
  if (end === -1) end = text.length;
  if (end - start > MAX_CONTEXT) {
    start = Math.max(start, from - 400);
    end = Math.min(end, to + 400);
  }
  const rel = (s: Span): Span => ({ start: s.start - start, end: s.end - start });
  return {
    paragraph: text.slice(start, end),
    paragraphStart: start,
    quote: rel(quote),
    cue: near(cue) ? rel(cue) : null,
    speaker: near(speaker) ? rel(speaker) : null,
  };
}
