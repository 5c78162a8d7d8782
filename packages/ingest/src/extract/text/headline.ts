/**
 * Where a headline line ends: a first line of at most 200 characters followed by a blank line (the layout of the
 * project's inputs: headline, blank line, body); 0 when the text opens with no such line.
 */
export function headlineEnd(text: string): number {
  const end = text.indexOf("\n\n");
  return end > 0 && end <= 200 && !text.slice(0, end).includes("\n") ? end : 0;
}
