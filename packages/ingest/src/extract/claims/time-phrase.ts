import { WEEKDAYS as WEEKDAY_NAMES } from "../lexicon/calendar.js";
import type { Token } from "../text/tokens.js";

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/;
/** Days that "on" may stand before ("said on Tuesday"). */
const ON_DAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
/** Words that open a clause: "said Tuesday [his actions are …]". */
const CLAUSE_OPENERS =
  /^(?:he|she|they|it|we|i|you|his|her|their|its|our|the|a|an|there|this|these|those|some|many|most)$/;

/**
 * "The president said Tuesday his actions are consistent with …" (or "said on Tuesday …"): after
 * a bare day the content starts without "that". Returns where the content starts, or -1 when `c` is not such a day
 * ("said Tuesday in an email", "said Tuesday." have no content here).
 */
export function contentAfterDay(tokens: Token[], c: number): number {
  // "said on Tuesday the country would not default": wire copy's "on" before a weekday
  if (tokens[c]?.lower === "on" && ON_DAYS.has(tokens[c + 1]?.lower ?? "")) return contentAfterDay(tokens, c + 1);
  const day = tokens[c];
  const next = tokens[c + 1];
  if (!day || !next || !WEEKDAYS.test(day.lower) || next.kind !== "word") return -1;
  if (!CLAUSE_OPENERS.test(next.lower) && !next.cap) return -1;
  return c + 1;
}
