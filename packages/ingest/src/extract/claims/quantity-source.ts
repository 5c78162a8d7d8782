import type { AnalyzedText } from "../document.js";
import type { Token } from "../text/tokens.js";
import type { SpeakerRef } from "./types.js";

const NUMBER_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|half|most|more|fewer|nearly|almost|about|than|roughly)$/;

/**
 * Poll respondents as a source: "Six in 10 say …", "more than 4 in 10 said …", "two of three
 * voters said" ends at a word and is found elsewhere; this one ends at the number. The phrase is
 * an unnamed source described by itself. Returns null when token `end` does not end "N in/of M".
 */
export function quantitySource(doc: AnalyzedText, end: number): SpeakerRef | null {
  const { tokens } = doc;
  const last = tokens[end] as Token;
  if (last.kind !== "number" && !/^(?:ten|three|four|five)$/.test(last.lower)) return null;
  const prep = tokens[end - 1];
  if (!prep || !/^(?:in|of)$/.test(prep.lower) || prep.sentence !== last.sentence) return null;
  let first = end - 2;
  const count = tokens[first];
  if (!count || count.sentence !== last.sentence) return null;
  if (count.kind !== "number" && !NUMBER_WORDS.test(count.lower)) return null;
  while (
    first > 0 &&
    NUMBER_WORDS.test(tokens[first - 1]?.lower ?? "") &&
    tokens[first - 1]?.sentence === last.sentence
  )
    first--;
  const start = (tokens[first] as Token).start;
  return { start, end: last.end, anonymous: doc.text.slice(start, last.end) };
}
