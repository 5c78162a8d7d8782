import type { Token } from "../text/tokens.js";

/** Longest party-and-state notation between commas, in tokens ("R-S" "." "C" "."). */
const MAX_PARTY_STATE = 6;

/**
 * ", R-S.C.," ending at the comma at `comma`: AP's party and state set off by commas after a name. The index of
 * the comma that opens it, or -1.
 */
export function partyStateAside(tokens: readonly Token[], comma: number): number {
  let k = comma - 1;
  while (k > 0 && comma - k <= MAX_PARTY_STATE && tokens[k]?.text !== ",") k--;
  if (tokens[k]?.text !== "," || k === comma - 1) return -1;
  const written = tokens
    .slice(k + 1, comma)
    .map((t) => t.text)
    .join("");
  return /^[RDI]-[A-Z][A-Za-z.]*$/.test(written) ? k : -1;
}
