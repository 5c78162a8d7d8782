import { NON_ORG_HEADS } from "../lexicon/events.js";
import { initials } from "./normalize.js";
import type { Mention } from "./types.js";

/**
 * "The World Food Programme (WFP) said …": a name no lexicon or tagger typed, defined by the
 * organization acronym in brackets right after it — the acronym's capitals are the name's initials —
 * is that organization. (The acronym alone would otherwise stand for it, under its letters.) Names of
 * several words only; a country acronym or an untyped one types nothing, nor does a name whose head
 * says it is a law, an event or a work ("Affordable Care Act (ACA)", whatever the acronym was typed).
 */
export function typeNamesByAcronym(text: string, mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k] as Mention;
    const acronym = mentions[k + 1] as Mention;
    if (m.type !== "Unknown" || m.title || m.last - m.first < 2) continue;
    if (acronym.type !== "Organization" || acronym.kind === "country" || acronym.last - acronym.first !== 1) continue;
    if (!/^\s*\($/.test(text.slice(m.end, acronym.start)) || text[acronym.end] !== ")") continue;
    if (acronym.name.length < 2 || initials(m.name) !== acronym.name) continue;
    if (NON_ORG_HEADS.has(m.name.split(/\s+/).at(-1)?.toLowerCase() ?? "")) continue;
    m.type = "Organization";
    m.kind = acronym.kind ?? "organization";
    m.tagged = "ORG";
    if (acronym.tentative) m.tentative = true;
  }
}
