import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** Extends mention `m` over tokens up to `end` (exclusive) and marks the mentions inside for removal. */
export function extendMention(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  m: Mention,
  end: number,
  inside: Set<Mention>,
) {
  const endOffset = (tokens[end - 1] as Token).end;
  for (const other of mentions) if (other !== m && other.start >= m.start && other.end <= endOffset) inside.add(other);
  m.text = text.slice(m.start, endOffset);
  m.name = text.slice(m.start, endOffset).replace(/\s+/g, " ");
  m.end = endOffset;
  m.last = end;
}
