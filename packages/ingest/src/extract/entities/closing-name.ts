import { nameKey } from "@claimgraph/schema";
import { countryOf } from "../lexicon/countries.js";
import { firstNameGender } from "../lexicon/first-names.js";
import { PEOPLE_NAMES } from "../lexicon/name-lists.js";
import { COMPANY_NAME_ENDS, LEGAL_FORMS, ORG_HEADS } from "../lexicon/organizations.js";
import { PLACES } from "../lexicon/places.js";
import { WORLD_CITIES } from "../lexicon/world-cities.js";

/** Words that open many organizations' names and stand for none of them alone. */
export const GENERIC_OPENINGS = new Set([
  // "the House" is the chamber, not the "House Select Committee" or "House Minority" named beside it
  "house",
  "national",
  "united",
  "american",
  "new",
  "general",
  "first",
  "international",
  "federal",
  "royal",
  "state",
  "central",
  "global",
  "world",
  "european",
  "democratic",
  "republican",
  "supreme",
  "high",
  "north",
  "south",
  "east",
  "west",
  "great",
  "southern",
  "northern",
]);

/** Words that open a club's name before what it is called by ("Club Atlético", "Real", "FC"). */
const CLUB_OPENINGS = new Set([
  "club",
  "atletico",
  "athletic",
  "deportivo",
  "sporting",
  "real",
  "racing",
  "fc",
  "cf",
  "sc",
  "ac",
  "cd",
  // ("KS Nadodrze Wrocław", called "Nadodrze Wrocław" and "Nadodrze", 2026-12-07, newsdev61)
  "ks",
]);

function isGenericOpening(word: string): boolean {
  const key = nameKey(word);
  return ORG_HEADS.has(key) || CLUB_OPENINGS.has(key) || GENERIC_OPENINGS.has(key);
}

/**
 * What an article may call an organization by when its name opens with generic words ("Club Atlético
 * Almagro Norte" → "almagro norte" and "almagro"; "Real Sociedad" → "sociedad"): the name keys of the
 * rest (one or two capitalised words) and of the rest's first word when it is a proper word of its own
 * (no generic word, no country). None when the name opens with no generic word or the rest is longer.
 */
export function closingKeys(name: string): string[] {
  const words = name.trim().split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && isGenericOpening(words[k] as string)) k++;
  const rest = words.slice(k);
  if (k === 0 || rest.length > 2 || rest.some((w) => !/^\p{Lu}\p{Ll}/u.test(w))) return [];
  const keys = [nameKey(rest.join(" "))];
  const first = rest[0] as string;
  if (rest.length === 2 && !isGenericOpening(first) && !countryOf(first)) keys.push(nameKey(first));
  return keys;
}

/**
 * "Cañeras" for "Club Atlético Cañeras de Córdoba": the one word a club's name holds after its club words (`CLUB_OPENINGS`)
 * and before its town's "de", which the news calls the club by (`closingKeys` takes names of two words at most).
 */
export function clubCoreKey(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  let k = 0;
  while (k < words.length && CLUB_OPENINGS.has(nameKey(words[k] as string))) k++;
  const core = words[k];
  const after = words[k + 1];
  if (k === 0 || core === undefined || !/^\p{Lu}\p{Ll}/u.test(core) || isGenericOpening(core) || countryOf(core))
    return undefined;
  return after === undefined || OF_WORDS.has(after.toLowerCase()) ? nameKey(core) : undefined;
}

/** Last words of football clubs' names that British and Irish news calls the club by ("Rovers", "Rangers"). */
const CLUB_TAILS = new Set(["rovers", "rangers", "wanderers", "albion", "hotspur", "athletic", "academicals"]);

/** Regions North American teams are named by that no city or state list has ("the Carolina Panthers"). */
const TEAM_REGIONS = new Set(["carolina", "new england", "tampa bay", "golden state", "bay area", "twin cities"]);

/** Plurals that close names of parties and peoples, not of teams ("the Ohio Democrats", "Young Republicans"). */
const NOT_TEAM_TAILS = new Set([
  "democrats",
  "republicans",
  "liberals",
  "conservatives",
  "greens",
  "socialists",
  "nationals",
  "independents",
  "communists",
  // places named in the plural ("Washington Heights", "Palm Springs") and plural common nouns ("Florida Standards")
  ..."heights springs falls hills woods lakes islands gardens plains keys rapids sands flats shores meadows oaks pines estates acres standards schools courts elections primaries caucuses counties states cities".split(
    " ",
  ),
]);

/**
 * "Strathearn Rovers" → "rovers": the key of a club's closing word the article may call it by; and "the
 * Carolina Panthers", "the Atlanta Falcons" → "panthers", "falcons": a North American team named by its place
 * (a city, a state, a team region) and a capitalised plural is called by the plural.
 */
export function clubTailKey(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  const last = words.at(-1) ?? "";
  if (words.length >= 2 && CLUB_TAILS.has(nameKey(last))) return nameKey(last);
  return isTeamName(name) ? nameKey(last) : undefined;
}

/** "the Carolina Panthers", "the Atlanta Falcons": a place (a city, a state, a team region) and a capitalised plural. */
export function isTeamName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const last = words.at(-1) ?? "";
  if (words.length < 2 || words.length > 3 || !/^\p{Lu}\p{Ll}+s$/u.test(last) || NOT_TEAM_TAILS.has(nameKey(last)))
    return false;
  if (countryOf(last) || ORG_HEADS.has(nameKey(last))) return false;
  const place = words.slice(0, -1).join(" ");
  // (not a person's name: "Elizabeth Banks"; cities are first names too: "Atlanta", "Denver")
  if (words.length === 2 && firstNameGender(place) !== undefined && PEOPLE_NAMES.has(last)) return false;
  return WORLD_CITIES.has(place) || PLACES.has(place.toLowerCase()) || TEAM_REGIONS.has(place.toLowerCase());
}

/** Last words of a company's name that the rest of its name may go without ("Holdings", "Motors", "Ltd"). */
function isCompanyTail(word: string): boolean {
  const key = nameKey(word);
  return COMPANY_NAME_ENDS.has(key) || LEGAL_FORMS.has(key);
}

/**
 * What an article may call a company by when its name ends with a company word ("Golden Harbour
 * Holdings" → "golden harbour", "Qingfeng Motors Co." → "qingfeng"): the name key of what is left, one
 * or two capitalised words, none of them generic or a country. None otherwise.
 */
export function openingKey(name: string): string | undefined {
  const words = name.trim().replace(/\.$/, "").split(/\s+/);
  let end = words.length;
  while (end > 1 && isCompanyTail(words[end - 1] as string)) end--;
  const rest = words.slice(0, end);
  if (end === words.length || rest.length > 2) return undefined;
  if (rest.some((w) => !/^\p{Lu}\p{Ll}/u.test(w) || isGenericOpening(w) || countryOf(w))) return undefined;
  return nameKey(rest.join(" "));
}

/** Words that join an organization's head to what it is of ("Unión de Paraná", "University of Jordan"). */
const OF_WORDS = new Set(["de", "del", "of", "do", "da", "di", "des", "du"]);

/**
 * What an article may call an organization named "<head> de|of <…>" by, without "the": "Unión" for
 * "Unión de Paraná" ("shown to Unión midfielder Lucas Ferro"). The head's name key, or undefined.
 * Callers take it only where no "the" stands before the word ("the University" is a description).
 */
export function headKey(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  const head = words[0] as string;
  if (words.length < 3 || !OF_WORDS.has((words[1] as string).toLowerCase())) return undefined;
  return /^\p{Lu}\p{Ll}/u.test(head) && isGenericOpening(head) ? nameKey(head) : undefined;
}
