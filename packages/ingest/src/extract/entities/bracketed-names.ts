import type { Token } from "../text/tokens.js";
import { extendMention } from "./mention-span.js";
import { initials, spellsInitials } from "./normalize.js";
import type { Mention } from "./types.js";

/** Most capitalised words of the place after "in" ("in Vietnam", "in St. Louis"). */
const MAX_PLACE_WORDS = 3;

/**
 * "the European Chamber of Commerce in Vietnam (EuroCham)", "the Trade Union of Education in Finland (OAJ)": an
 * organization's name, "in" and a place, then a short name in brackets that the words before "in" do not spell — the
 * short name names the whole, so the name runs on over "in" and the place (whose own mention goes). Mutates the
 * mentions in place.
 */
export function namesOverIn(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of [...mentions]) {
    if (m.type !== "Organization" || m.kind === "country" || tokens[m.last]?.lower !== "in") continue;
    let k = m.last + 1;
    while (k < m.last + 1 + MAX_PLACE_WORDS && tokens[k]?.cap && tokens[k]?.kind === "word") k++;
    if (k === m.last + 1 || tokens[k]?.text !== "(" || tokens[k + 2]?.text !== ")") continue;
    const short = (tokens[k + 1] as Token).text;
    if (!/^\p{Lu}\p{L}+$/u.test(short) || (short.match(/\p{Lu}/gu)?.length ?? 0) < 2) continue;
    // ("the Ministry of Health in Ghana (MOH)": the words before "in" spell it, their small words counted or not)
    const everyInitial = m.name
      .split(/\s+/)
      .map((w) => w.charAt(0).toUpperCase())
      .join("");
    // ("The World Bank Group in Armenia (WB)": nor when it spells their opening words)
    if (spellsInitials(short, m.name) || everyInitial === short || initials(m.name).startsWith(short)) continue;
    const inside = new Set<Mention>();
    extendMention(text, tokens, mentions, m, k, inside);
    for (const o of inside) mentions.splice(mentions.indexOf(o), 1);
  }
}
