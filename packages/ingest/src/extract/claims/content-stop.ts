import { cueOf } from "../lexicon/cues.js";
import type { Token } from "../text/tokens.js";

/** Finite forms only: "and said …" starts a new report, "and saying" is handled as a participle. */
function finiteCue(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && !t.cap && !/ing$/.test(t.lower) && cueOf(t.lower) !== undefined;
}

/**
 * Whether the content of a report ends before token `k` because a new report starts there:
 * "… the president’s foreign policy [and said allies …]", "… flawed law[, some critics fear …]",
 * "… Clinton’s charges [by pointing out …]". PolNeAR ends the content at such a point.
 */
export function startsNewAttribution(tokens: Token[], k: number, last: number): boolean {
  const t = tokens[k] as Token;
  if (t.lower === "and" || t.lower === "but") {
    const next = tokens[k + 1];
    if (finiteCue(next)) return true;
    if (next?.lower === "then" && finiteCue(tokens[k + 2])) return true;
    return false;
  }
  if (t.lower === "by" && /ing$/.test(tokens[k + 1]?.lower ?? "") && (tokens[k + 1]?.lower.length ?? 0) > 5)
    return true;
  if (t.text === ",") {
    // ", some critics fear …": a short subject, then a cue verb
    for (let j = k + 1; j < Math.min(last, k + 5); j++) {
      const w = tokens[j] as Token;
      if (w.kind !== "word") return false;
      if (j > k + 1 && finiteCue(w) && !/ed$/.test(tokens[j - 1]?.lower ?? ""))
        return !/^(?:that|which|who|and|or|as)$/.test(tokens[k + 1]?.lower ?? "");
    }
  }
  return false;
}
