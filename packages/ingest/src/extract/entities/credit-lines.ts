/**
 * A picture's credit line as a page copied from Wikinews (or a news site) holds it: a line of its own that opens
 * "Image:", "Photo:", "Photograph:", "Credit:" or "Photo credit:" ("Image: Wikimedia Commons user Desertlens.",
 * "Photo: Jordan Pike/Reuters"). Who took or uploaded a picture is no actor of the story.
 */
const CREDIT_LINE = /^[ \t]*(?:Images?|Photos?|Photographs?|Photo credit|Credits?|Picture|Pictures)[ \t]*:[^\n]*$/gm;

/**
 * A credit that ends a caption's line after its last sentence: "… on Oct. 3. Jenna Marquart/Getty Images",
 * "… on Saturday. Photograph: Daniel Hartley/PA" — a name of up to four capitalised words, a slash and the
 * agency's name, nothing after it on the line.
 */
const TRAILING_CREDIT =
  /(?<=[.!?]["”’]?[ \t]+)(?:(?:Photo|Photograph|Image|Picture|Credit)s?[ \t]*:[ \t]*)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}\/\p{Lu}[\p{L}&.-]*(?:[ \t]+\p{Lu}[\p{L}&.-]*){0,3}[ \t]*$/gmu;

/**
 * A credit in brackets that ends a caption's line: "(AP Photo/Renata Szabo)", "(Photo: Gabriel Ostrowski/USA TODAY)",
 * "(Reuters Photo/…)", "(Photo by Kara Delgado/Getty Images)", nothing after it on the line.
 */
const BRACKETED_CREDIT =
  /\((?:[\p{Lu}][\p{L}.]*[ \t]+)?(?:Photo|Photograph|Image|Picture)s?(?:[ \t]*[:/]|[ \t]+by[ \t])[^()\n]{2,80}\)[ \t]*$/gmu;

/** The [start, end) character ranges of the text's credit lines, in order (none in most articles). */
export function creditLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(CREDIT_LINE)) out.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(TRAILING_CREDIT)) out.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(BRACKETED_CREDIT)) out.push([m.index, m.index + m[0].length]);
  return out.sort((a, b) => a[0] - b[0]);
}

/** Whether the character at `offset` is on one of the credit lines `ranges` (sorted, from `creditLines`). */
export function onCreditLine(ranges: readonly [number, number][], offset: number): boolean {
  for (const [start, end] of ranges) {
    if (offset < start) return false;
    if (offset < end) return true;
  }
  return false;
}
