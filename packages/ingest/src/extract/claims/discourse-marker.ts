import type { Token } from "../text/tokens.js";

/**
 * "Having said that,", "That said,", "That being said,": the "said" at `i` only links two sentences — no one
 * speaks (the rules' cues and the cue detector's candidates both leave it).
 */
export function discourseMarker(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower;
  if (prev === "having" && tokens[i + 1]?.lower === "that" && tokens[i + 2]?.text === ",") return true;
  if (prev === "that" && tokens[i + 1]?.text === ",") return true;
  return prev === "being" && tokens[i - 2]?.lower === "that" && tokens[i + 1]?.text === ",";
}
