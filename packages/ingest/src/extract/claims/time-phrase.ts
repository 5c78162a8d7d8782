import { WEEKDAYS as WEEKDAY_NAMES } from "../lexicon/calendar.js";
import type { Token } from "../text/tokens.js";

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/;
/** Days that "on" may stand before ("said on Tuesday"). */
const ON_DAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
/** Words that open a clause: "said Tuesday [his actions are …]". */
const CLAUSE_OPENERS =
  /^(?:he|she|they|it|we|i|you|his|her|their|its|our|the|a|an|there|this|these|those|some|many|most)$/;

/**
 * "said Tuesday …", "said on Tuesday …": where the day phrase starting at token `c` ends (the index after the day),
 * or -1 when none starts there.
 */
export function dayPhraseEnd(tokens: readonly Token[], c: number): number {
  // wire copy's "on" before a weekday
  const day = tokens[c]?.lower === "on" && ON_DAYS.has(tokens[c + 1]?.lower ?? "") ? c + 1 : c;
  return WEEKDAYS.test(tokens[day]?.lower ?? "") ? day + 1 : -1;
}

/**
 * "The president said Tuesday his actions are consistent with …" (or "said on Tuesday the country would not
 * default"): after a bare day the content starts without "that". Returns where the content starts, or -1 when `c` is
 * not such a day ("said Tuesday in an email", "said Tuesday." have no content here).
 */
export function contentAfterDay(tokens: Token[], c: number): number {
  const end = dayPhraseEnd(tokens, c);
  const next = tokens[end];
  if (end < 0 || !next || next.kind !== "word") return -1;
  if (!CLAUSE_OPENERS.test(next.lower) && !next.cap) return -1;
  return end;
}
