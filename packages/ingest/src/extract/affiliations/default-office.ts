import { isPresidentName, isPresidentSurname } from "../lexicon/presidents.js";
import { TITLES } from "../lexicon/titles.js";

const TITLE_DEFAULT_ORG = new Map(TITLES.filter((t) => t.org).map((t) => [t.title, t.org as string]));

/** The organization a title names by itself, for anyone ("Sen." → the Senate, "president" → the United States). */
export function titleDefaultOrg(title: string): string | undefined {
  return TITLE_DEFAULT_ORG.get(title);
}

/**
 * The organization a bare title implies ("Secretary of State" → the United States, "Sen." → the
 * Senate). "President" is the United States' only for the presidents the lexicon knows ("President
 * Obama"): "President William Ruto" in a story datelined "NAIROBI, Kenya —" is Kenya's, and with no
 * dateline nobody's rather than the United States'. A minister's title with no organization of its own is
 * the dateline's country's office, as a president's is.
 */
export function defaultOffice(
  title: string,
  person: string,
  datelineCountry: string | undefined,
  foreignChamber = false,
  stateDateline = false,
): string | undefined {
  // "FRANKFORT, Ky. — … Attorney General Renata Cole": in a story datelined in a US state, an office every state
  // has is the state's, which the bare title does not name (the gold READMEs: newsdev37)
  // ("COLUMBIA, S.C. (AP) — … Deputy Attorney General Harlan Besser": a subordinate of such an office too,
  // 2026-12-07, newsdev67)
  if (stateDateline && (STATE_OFFICES.has(title) || STATE_OFFICES.has(title.replace(SUBORDINATE, ""))))
    return undefined;
  // ("Deputy Attorney General Sally Yates": a subordinate office is held in the same body)
  const org = titleDefaultOrg(title) ?? titleDefaultOrg(title.replace(SUBORDINATE, ""));
  // "Interior Minister Raúl Salazar" in a story datelined "ABANCAY, Peru —": the dateline's country's minister
  if (org === undefined && MINISTER.test(title)) return datelineCountry;
  // "Senator Rowena Dimaculangan" in a story datelined "PAGADIAN CITY, Philippines —" sits in no US chamber
  // ("Rep. Han Ji-yeon of the Democratic Party of Korea, a member of the National Assembly’s labour committee":
  // another country's legislature named beside the title, `foreignChamber`)
  const abroad = foreignChamber || (datelineCountry !== undefined && datelineCountry !== "United States");
  if (title !== "president") return abroad && org !== undefined && US_BODIES.has(org) ? undefined : org;
  const name = person.trim();
  if (isPresidentName(name) || (!name.includes(" ") && isPresidentSurname(name))) return org;
  return datelineCountry;
}

/**
 * The United States' chambers legislators' titles default to: no seat of a story datelined in another country
 * (many countries have senators and congressmen; "Secretary of State" abroad is still the United States' own).
 */
export const US_BODIES: ReadonlySet<string> = new Set([
  "United States Senate",
  "United States House of Representatives",
  "United States Congress",
]);

/** Offices of the United States that every state has too, under the same title. */
const STATE_OFFICES: ReadonlySet<string> = new Set(["attorney general", "secretary of state"]);

/** The subordinate word of a title ("deputy attorney general", "acting director"). */
const SUBORDINATE = /^(?:deputy|vice|assistant|acting|associate|junior) /;

/** Ministers' titles with no organization of their own ("prime minister", "interior minister", "minister"). */
const MINISTER = /^(?:[a-z]+ )?minister$/;

export { datelineCountry, datelineUsState } from "../text/dateline.js";
