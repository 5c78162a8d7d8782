/** A paragraph: a run of text between line breaks, with its offsets (trimmed of spaces). */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

/** Splits on line breaks; blank lines are dropped. Offsets refer to the full text. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n\r]+/g;
  for (const match of text.matchAll(re)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = (match.index ?? 0) + lead;
    paragraphs.push({ index: paragraphs.length, start, end: start + trimmed.length });
  }
  return paragraphs;
}
