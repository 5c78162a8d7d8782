import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** Heads of the institutions that run polls under their own name. */
const POLLSTER_HEADS = /^(?:University|College|Institute|School|Center|Centre)$/;

/**
 * "the Elon University Poll found …", "a Quinnipiac University Poll": a named poll is no organization; the
 * institution whose name it carries is, and speaks through it. A mention that ends in "Poll" or "Survey" after an
 * institution's head is cut back to the institution.
 */
export function trimPollNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== "Organization" || m.last - m.first < 3) continue;
    const last = tokens[m.last - 1] as Token;
    if (!/^(?:Poll|Survey)$/.test(last.text) || !POLLSTER_HEADS.test(tokens[m.last - 2]?.text ?? "")) continue;
    const head = tokens[m.last - 2] as Token;
    m.last -= 1;
    m.end = head.end;
    m.text = text.slice(m.start, m.end);
    m.name = m.name.replace(/\s+(?:Poll|Survey)$/, "");
  }
}
