import { NON_ORG_HEADS } from "../lexicon/events.js";
import { spellsInitials } from "./normalize.js";
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
    if (!spellsInitials(acronym.name, m.name)) continue;
    if (NON_ORG_HEADS.has(m.name.split(/\s+/).at(-1)?.toLowerCase() ?? "")) continue;
    m.type = "Organization";
    m.kind = acronym.kind ?? "organization";
    m.tagged = "ORG";
    if (acronym.tentative) m.tentative = true;
  }
}

/**
 * "the Australian Broadcasting Corporation (ABC)": an acronym in brackets right after the organization
 * whose initials it spells names that organization in this article — there and wherever it stands
 * after — even where a lexicon knows the letters as another's (ABC News).
 */
export function bindDefinedAcronyms(text: string, mentions: Mention[]): void {
  const defined = new Map<string, Mention>();
  for (let k = 0; k < mentions.length; k++) {
    const acronym = mentions[k] as Mention;
    if (acronym.type !== "Organization" || acronym.last - acronym.first !== 1) continue;
    const full = defined.get(acronym.text) ?? definedBy(text, mentions[k - 1], acronym);
    if (!full || acronym.name === full.name) continue;
    defined.set(acronym.text, full);
    acronym.name = full.name;
    if (full.kind !== undefined) acronym.kind = full.kind;
    else delete acronym.kind;
  }
}

/** The organization `m` right before `acronym` when the acronym, in brackets, spells its initials. */
function definedBy(text: string, m: Mention | undefined, acronym: Mention): Mention | undefined {
  if (m?.type !== "Organization" || m.kind === "country" || m.last - m.first < 2) return undefined;
  if (!/^\s*\($/.test(text.slice(m.end, acronym.start)) || text[acronym.end] !== ")") return undefined;
  // ("Pakistan Tehreek-e-Insaf (PTI)": the parts of a hyphenated word count)
  return spellsInitials(acronym.text, m.name) ? m : undefined;
}
