import { countryOf } from "../lexicon/countries.js";
import { PLACES } from "../lexicon/places.js";
import { datelineCountry } from "../text/dateline.js";
import type { Mention } from "./types.js";

/** The United States chambers a bare "Senate" / "House" names by default, and the state chamber names that may take it. */
const CHAMBERS: readonly { us: string; bare: RegExp; state: RegExp; own: string }[] = [
  {
    us: "United States Senate",
    bare: /^(?:the )?Senate$/i,
    state: /^(\p{Lu}[\p{L}. ]*?) (?:State )?Senate$/u,
    own: "Senate",
  },
  {
    us: "United States House of Representatives",
    own: "House of Representatives",
    bare: /^(?:the )?House(?: of Representatives)?$/i,
    state: /^(\p{Lu}[\p{L}. ]*?) (?:State )?(?:House of Representatives|House of Delegates|House|Assembly)$/u,
  },
];

/**
 * Whether `name` is a state's chamber of the kind the United States chamber `usChamber` is: a state's name, then
 * "(State) Senate" or "House of Representatives" / "House of Delegates" / "House" / "Assembly" ("the Arizona
 * State Senate"; not "House and Senate", "GOP Senate", "U.S. House …").
 */
export function isStateChamber(name: string, usChamber: string): boolean {
  // ("The bill passed the House of Delegates 88-50 …": a chamber only three US states have, named without its state,
  // newsdev81)
  if (name === "House of Delegates") return usChamber === "United States House of Representatives";
  const shape = CHAMBERS.find((c) => c.us === usChamber)?.state;
  const place = shape?.exec(name)?.[1];
  return place !== undefined && name !== usChamber && PLACES.has(place.toLowerCase()) && !countryOf(place);
}

/**
 * "The Arizona State Senate voted … the bill "in the form the Senate passed it"": in a story of one state's
 * chamber that never names the United States chamber in full, a bare "Senate" or "House" is the state's; in a
 * story datelined in another country, it is that country's chamber, called so.
 * Renames those mentions (run before clustering).
 */
export function bareChambersOfState(text: string, mentions: Mention[]): void {
  oneNamePerStateChamber(mentions);
  for (const { us, bare, own } of CHAMBERS) {
    const named = new Set<string>();
    let federal = false;
    let bareOnes = false;
    for (const m of mentions) {
      if (m.type !== "Organization") continue;
      if (m.name === us) {
        if (bare.test(m.text)) bareOnes = true;
        else federal = true;
      }
      // ("Argentina's Senate" in a Wikinews report headlined "Argentine Senate debates …": that country's chamber,
      // newsdev59)
      if (isStateChamber(m.name, us) || isForeignChamber(m.name, us)) named.add(m.name);
    }
    if (federal || !bareOnes) continue;
    // ("the Alabama House of Representatives" and "an Alabama House committee": one state's chamber by two names, the
    // longer its own, newsdev75)
    // ("the Virginia House" in the headline, "the House of Delegates" after: a chamber three states have, written
    // without its state, is the state's the article names, newsdev40)
    const places = new Set(
      [...named]
        .filter((n) => n !== "House of Delegates")
        .map((n) => CHAMBERS.find((c) => c.us === us)?.state.exec(n)?.[1]),
    );
    const sole = named.size > 1 && places.size <= 1 ? [...named].sort((a, b) => b.length - a.length)[0] : undefined;
    // "a Senate inquiry" in a story datelined in the Philippines is the Philippine Senate: a chamber of its own name
    const abroad = named.size === 1 || sole !== undefined ? undefined : datelineCountry(text);
    const chamber =
      sole !== undefined
        ? sole
        : named.size === 1
          ? ([...named][0] as string)
          : abroad !== undefined && abroad !== "United States"
            ? own
            : undefined;
    if (chamber === undefined) continue;
    for (const m of mentions) if (m.name === us && bare.test(m.text)) m.name = chamber;
  }
}

/**
 * Whether `name` is another country's chamber of the kind the United States chamber `usChamber` is, named by the
 * country or its adjective ("Argentine Senate", "Philippine Senate", "Mexico Senate"; not "U.S. Senate").
 */
export function isForeignChamber(name: string, usChamber: string): boolean {
  const shape = CHAMBERS.find((c) => c.us === usChamber)?.state;
  const place = shape?.exec(name)?.[1];
  const country = place === undefined ? undefined : countryOf(place)?.country.name;
  return country !== undefined && country !== "United States";
}

/**
 * "Wisconsin Assembly panel backs …" in the headline, "the Wisconsin State Assembly" in the body: one chamber
 * written with and without "State". Renames the shorter name's mentions to the one with "State", when the
 * article writes both.
 */
function oneNamePerStateChamber(mentions: Mention[]): void {
  const names = new Set(mentions.filter((m) => m.type === "Organization").map((m) => m.name));
  for (const m of mentions) {
    if (m.type !== "Organization" || / State /.test(m.name)) continue;
    const chamber = CHAMBERS.find(({ us }) => isStateChamber(m.name, us));
    const place = chamber?.state.exec(m.name)?.[1];
    if (place === undefined) continue;
    const withState = `${place} State ${m.name.slice(place.length + 1)}`;
    if (names.has(withState)) m.name = withState;
  }
}

const US_CONGRESS = "United States Congress";
const BARE_CONGRESS = /^(?:the )?Congress$/i;

/**
 * "A Congress leader from Madurai" in a story that names the Indian National Congress: a bare "Congress" is the
 * one other organization the story names whose name ends with "Congress" (a party, a trade union congress), when
 * it never names the United States Congress in full. Renames those mentions (run before clustering).
 */
export function bareCongressOfParty(mentions: Mention[]): void {
  let bareOnes = false;
  const others = new Map<string, string | undefined>();
  for (const m of mentions) {
    if (m.type !== "Organization") continue;
    if (m.name === US_CONGRESS) {
      if (!BARE_CONGRESS.test(m.text)) return;
      bareOnes = true;
    } else if (
      /^(?:\p{Lu}[\p{L}'’-]*\s)+Congress$/u.test(m.name) &&
      !/^(?:U\.S\.|US|United States|Members)\s/.test(m.name)
    )
      others.set(m.name, m.kind);
  }
  if (!bareOnes || others.size !== 1) return;
  const [name, kind] = [...others][0] as [string, string | undefined];
  for (const m of mentions)
    if (m.name === US_CONGRESS) {
      m.name = name;
      if (kind) m.kind = kind;
      else delete m.kind;
    }
}

/**
 * "The Department of State confirmed it had received the complaint" after "the Pennsylvania Department of State": a
 * body written without the US state after the article named it with the state, and with "the", is the state's, not
 * the federal one a lexicon knows by those words. Renames those mentions to the state's body (run before clustering;
 * 2026-12-07, newsdev62).
 */
export function bareBodiesOfState(text: string, mentions: Mention[]): void {
  const full = new Map<string, string | undefined>();
  const firstAt = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== "Organization") continue;
    const space = m.name.indexOf(" ");
    const place = space > 0 ? m.name.slice(0, space) : "";
    if (!PLACES.has(place.toLowerCase()) || countryOf(place)) continue;
    const rest = m.name.slice(space + 1);
    // (a body's name of three words or more after the state: "Department of State", not "Senate" or "House")
    if (rest.split(" ").length < 3) continue;
    const key = rest.toLowerCase();
    full.set(key, full.has(key) && full.get(key) !== m.name ? undefined : m.name);
    if (!firstAt.has(key)) firstAt.set(key, m.start);
  }
  if (full.size === 0) return;
  for (const m of mentions) {
    if (m.type !== "Organization") continue;
    const key = m.text.replace(/^the\s+/i, "").toLowerCase();
    const name = full.get(key);
    // (after the state's body is named, and definite: "a Department of Transportation study" before "the Ohio
    // Department of Transportation" is the federal one's, newsdev26)
    const definite = /\bthe\s*$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) || /^the\s/i.test(m.text);
    if (name !== undefined && name !== m.name && m.start > (firstAt.get(key) ?? Infinity) && definite) m.name = name;
  }
}
