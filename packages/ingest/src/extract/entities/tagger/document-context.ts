import type { Token } from "../../text/tokens.js";

/** What the document says about its words: seen lower-cased, seen capitalized mid-sentence. */
export interface DocumentContext {
  lowerSeen: Set<string>;
  capInside: Set<string>;
}

/** True when capitals say nothing here: sentence start, after a quote, colon, bracket or dash. */
export function afterBoundary(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i] as Token;
  if (!prev || prev.sentence !== t.sentence) return true;
  return prev.kind === "quote" || prev.text === ":" || prev.text === "(" || prev.text === "—" || prev.text === "–";
}

export function documentContext(tokens: readonly Token[]): DocumentContext {
  const lowerSeen = new Set<string>();
  const capInside = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    if (!t.cap) lowerSeen.add(t.lower);
    else if (!afterBoundary(tokens, i)) capInside.add(t.lower);
  }
  return { lowerSeen, capInside };
}
