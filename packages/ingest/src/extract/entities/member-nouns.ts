import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** Members' nouns written after their force's name: "a former Navy SEAL", "U.S. Navy SEALs". */
const MEMBER_NOUNS = /^SEALs?$/;

/**
 * "former Navy SEAL Caleb Voorhees", "the former U.S. Navy SEAL": a member's noun the tagger took into the force's
 * name is cut off; the force is the organization.
 */
export function trimMemberNouns(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== "Organization" || m.last - m.first < 2) continue;
    if (!MEMBER_NOUNS.test(tokens[m.last - 1]?.text ?? "")) continue;
    const before = tokens[m.last - 2] as Token;
    m.last -= 1;
    m.end = before.end;
    m.text = text.slice(m.start, m.end);
    m.name = m.name.replace(/\s+SEALs?$/, "");
  }
}
