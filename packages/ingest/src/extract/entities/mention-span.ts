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

/**
 * Extends mention `m` leftward over tokens from `first` on (words that open its name: "Save the", "Herdade da"),
 * drops any mention those words held, and types it an organization's of the given kind (a person's reading
 * undone: the tagger read the name without its opening).
 */
export function openOrganizationName(
  text: string,
  tokens: readonly Token[],
  mentions: Mention[],
  m: Mention,
  first: number,
  kind: string,
): void {
  const start = (tokens[first] as Token).start;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const other = mentions[i] as Mention;
    if (other !== m && other.start >= start && other.end <= m.start) mentions.splice(i, 1);
  }
  m.start = start;
  m.first = first;
  m.text = text.slice(start, m.end);
  m.name = m.text.replace(/\s+/g, " ");
  if (m.type === "Person") m.type = "Unknown";
  retypeAsOrganization(m, kind);
}

/** A new organization's mention of tokens [first, last), of the given kind, typed as the rules decided it. */
export function organizationMention(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  kind: string,
): Mention {
  const start = (tokens[first] as Token).start;
  const end = (tokens[last - 1] as Token).end;
  const name = text.slice(start, end);
  return { start, end, text: name, name, first, last, type: "Organization", kind, tagged: "ORG", cluster: -1 };
}

/** Mention `m` retyped as an organization's of the given kind, the tagger's doubt dropped (not a person's). */
export function retypeAsOrganization(m: Mention, kind: string): void {
  if (m.type === "Person") return;
  m.type = "Organization";
  m.kind = kind;
  m.tagged = "ORG";
  delete m.tentative;
}

/** Adds `found` to `mentions`, keeping them sorted by start. */
export function addMentions(mentions: Mention[], found: readonly Mention[]): void {
  if (found.length === 0) return;
  mentions.push(...found);
  mentions.sort((x, y) => x.start - y.start);
}
