import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** A hyphenated modifier that says who holds or where sits a body: "Republican-controlled", "Saudi-led", "Texas-based". */
const HOLDER_MODIFIER = /^\p{Lu}[\p{L}.]*-(?:controlled|led|dominated|run|backed|based|owned)$/u;

/**
 * "the Republican-controlled House of Representatives", "the Saudi-led coalition's …": a modifier the tagger took
 * into an organization's name is cut off; the organization's own name starts after it (`known`: the lexicons' name
 * for what is left).
 */
export function trimLeadingModifiers(
  text: string,
  tokens: readonly Token[],
  mentions: Mention[],
  known: (name: string) => { name: string; kind: string } | undefined,
): void {
  for (const m of mentions) {
    if (m.type !== "Organization" || m.last - m.first < 2) continue;
    if (!HOLDER_MODIFIER.test(tokens[m.first]?.text ?? "") || !tokens[m.first + 1]?.cap) continue;
    const next = tokens[m.first + 1] as Token;
    m.first += 1;
    m.start = next.start;
    m.text = text.slice(m.start, m.end);
    m.name = m.text.replace(/\s+/g, " ");
    // (the name left may be a body the lexicons know: "House of Representatives" → the United States House)
    const body = known(m.name);
    if (body) {
      m.name = body.name;
      m.kind = body.kind;
    }
  }
}
