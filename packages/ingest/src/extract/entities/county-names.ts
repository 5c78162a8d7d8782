import { isPossessive, type Token } from "../text/tokens.js";
import { openOrganizationName } from "./mention-span.js";
import type { Mention } from "./types.js";

/**
 * "the Prince George's County Board of Elections", "Queen Anne's County": a county named with a possessive, which
 * the tagger and the titles read as a person ("Prince George") before an organization ("County Board of
 * Elections"). The organization after "'s County" opens at the name; a name so written is a place wherever else the
 * article writes it ("Prince George's has grown …"), never a person. Mutates the mentions in place.
 */
export function possessiveCounties(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const places = new Set<string>();
  // (the candidates first: `openOrganizationName` drops mentions from the list)
  const candidates = mentions.filter(
    (m) =>
      (m.type === "Person" || m.type === "Unknown") &&
      tokens[m.last + 1]?.text === "County" &&
      isPossessive(tokens[m.last]),
  );
  for (const m of candidates) {
    places.add(m.text);
    const org = mentions.find((o) => o.first === m.last + 1 && o.type === "Organization");
    // (from the title the mention holds: "Prince" of "Prince George")
    let first = m.first;
    while (first > 0 && (tokens[first - 1] as Token).start >= m.start) first--;
    if (org) openOrganizationName(text, tokens, mentions, org, first, org.kind ?? "organization");
  }
  if (places.size === 0) return;
  for (const m of mentions)
    if (m.type === "Person" && places.has(m.text)) {
      m.type = "Unknown";
      m.tagged = "LOC";
    }
}

/** A county's name alone: capitalised words, then "County" ("Converse County", "Prince George's County"). */
const COUNTY_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s)+County$/u;

/**
 * "Converse County Commissioner Luz Aranda-Whitfield", "families in Polk County": a county by its name alone is a
 * place, as the gold READMEs annotate every one (its government is "the X County Board of Commissioners", "the X
 * County Council"), though the tagger reads it as an organization before a title — unless the article names one such
 * body of the county, which the name then stands for. Retypes those mentions as places (the caller drops them).
 */
export function countiesAsPlaces(mentions: Mention[]): void {
  // ("Stearns County Commissioner X" beside "the Stearns County Board": the county's own body the article names, which
  // the name stands for before the title, newsdev73)
  // (one body only: beside the county's sheriff's office and its board, the county alone is neither)
  const bodies = new Set(mentions.filter((m) => m.type === "Organization").map((m) => m.name));
  const opened = (name: string) => [...bodies].filter((b) => b.startsWith(`${name} `)).length;
  // (a county named before its officer's title is that place wherever else the article writes its one word alone)
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  const counties = new Set(mentions.filter((m) => countyBeforeTitle(m, byStart)).map((m) => m.name));
  for (const m of mentions)
    if (
      (m.type === "Organization" && m.title === undefined && COUNTY_NAME.test(m.name) && opened(m.name) !== 1) ||
      (counties.has(m.name) && m.title === undefined && m.last - m.first === 1)
    ) {
      m.type = "Unknown";
      m.tagged = "LOC";
      delete m.kind;
    }
}

/**
 * "Woodbury County Auditor Patience Okafor-Lindahl": a one-word name right before the title a county's officer's
 * mention opens with ("County Auditor") is the county's, a place (2026-12-07, newsdev84).
 */
function countyBeforeTitle(m: Mention, byStart: ReadonlyMap<number, Mention>): boolean {
  if (m.last - m.first !== 1 || m.title !== undefined) return false;
  const officer = byStart.get(m.end + 1);
  return officer?.type === "Person" && officer.title?.startsWith("county ") === true;
}
