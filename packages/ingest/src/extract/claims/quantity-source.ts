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
  const share = shareSource(doc, end);
  if (share) return share;
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

/**
 * "three-quarters said", "a third said", "43 said" (after "… 40 percent said …"): a share of the
 * respondents just counted. A bare number counts only right before "said/say(s)", and not after a
 * preposition ("in 2010 said", "Six in 10 say" is the rule above).
 */
function shareSource(doc: AnalyzedText, end: number): SpeakerRef | null {
  const { tokens } = doc;
  const last = tokens[end] as Token;
  const fraction = /^(?:(?:one|two|three)-(?:thirds?|quarters?|fifths?)|third|quarter|majority|minority)$/.test(
    last.lower,
  );
  const count =
    last.kind === "number" &&
    Number(last.text.replace(/,/g, "")) < 1000 &&
    /^(?:said|say|says)$/.test(tokens[end + 1]?.lower ?? "") &&
    !/^(?:in|of|on|since|by|from|to|at)$/.test(tokens[end - 1]?.lower ?? "");
  if (!fraction && !count) return null;
  const article = /^(?:a|the)$/.test(tokens[end - 1]?.lower ?? "") && tokens[end - 1]?.sentence === last.sentence;
  const start = (tokens[article ? end - 1 : end] as Token).start;
  return { start, end: last.end, anonymous: doc.text.slice(start, last.end) };
}
