import { cueOf } from "../lexicon/cues.js";
import { isListedFirstName } from "../lexicon/first-names.js";
import { ORG_NOUNS } from "../lexicon/organizations.js";
import { isRoleHead } from "../lexicon/titles.js";
import { headlineEnd } from "../text/headline.js";
import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** Titles of legislators, whom AP names with their hometown ("Rep. Curtis Oyelowo of Gary"). */
const LEGISLATOR_TITLES =
  /^(?:state )?(?:rep\.?|sen\.?|representative|senator|del\.?|delegate|assemblyman|assemblywoman)$/i;

/**
 * "State Rep. Dale Fortunato of Keizer said …", "Jose Ibarra, 34, of Anderson": one capitalised word right after a
 * person's name (and an age) and "of" is where the person comes from (a town the lexicon may not know), not a
 * second person — unless the article writes that word as a person's name elsewhere (a surname, a name of its own
 * in another place) or, with no age before it, it is a listed first name.
 */
export function hometownsAfterPersons(tokens: readonly Token[], mentions: Mention[]): void {
  const byLast = new Map<number, Mention>();
  for (const m of mentions) byLast.set(m.last, m);
  const surnames = new Set<string>();
  for (const m of mentions) {
    const words = m.name.split(" ");
    if (m.type === "Person" && words.length >= 2) surnames.add(words.at(-1) as string);
  }
  /** Candidates after an age: "Jose Ibarra, 34, of Anderson" is a town even where "Anderson" is a given name too. */
  const afterAge = new Set<Mention>();
  const candidates = new Set(
    mentions.filter((m) => {
      if (m.type !== "Person" || m.last - m.first !== 1 || m.title) return false;
      if (tokens[m.first - 1]?.lower !== "of") return false;
      // ("Jose Ibarra, 34, of Anderson, who drives a forklift": an age between the name and the town)
      const aged =
        tokens[m.first - 2]?.text === "," &&
        tokens[m.first - 3]?.kind === "number" &&
        tokens[m.first - 4]?.text === ",";
      const before = byLast.get(aged ? m.first - 4 : m.first - 1);
      const ok = before?.type === "Person" && before.last - before.first >= 2;
      // ("Rep. Curtis Oyelowo of Gary, who leads …": a legislator's hometown, AP style, even where it is a given name)
      const legislator = LEGISLATOR_TITLES.test(before?.title ?? "") && tokens[m.last]?.text === ",";
      if (ok && (aged || legislator)) afterAge.add(m);
      return ok;
    }),
  );
  // ("House Minority Leader Sharon Abernathy, a Democrat from Lawrence, said …": a party member "from" one
  // capitalised word, AP's way of naming a legislator's hometown, newsdev57)
  for (const m of mentions) {
    if (m.type !== "Person" || m.last - m.first !== 1 || m.title || tokens[m.first - 1]?.lower !== "from") continue;
    if (!PARTY_MEMBERS.test(tokens[m.first - 2]?.lower ?? "") || !/^(?:a|an)$/.test(tokens[m.first - 3]?.lower ?? ""))
      continue;
    if (surnames.has(m.name)) continue;
    m.type = "Unknown";
    m.tagged = "LOC";
  }
  for (const m of candidates) {
    if (surnames.has(m.name) || (isListedFirstName(m.name) && !afterAge.has(m))) continue;
    // (every mention of that name is such a place: "Keizer" nowhere else opens a clause as a person)
    // (after an age the town is sure: its other mentions are the place too, "on Anderson's east side", unless one
    // has a title)
    const all = mentions.filter((o) => o.name === m.name && o.type === "Person");
    if (afterAge.has(m) ? all.some((o) => o.title) : !all.every((o) => candidates.has(o))) continue;
    for (const o of all) {
      o.type = "Unknown";
      o.tagged = "LOC";
    }
  }
}

/** Nouns of a party's members ("a Democrat from Lawrence"). */
const PARTY_MEMBERS = /^(?:democrat|republican|independent|conservative|liberal|libertarian)$/;

/** Particles that open places' names ("De Doorns", "La Paz", "El Alto"). */
const PARTICLES = /^(?:De|Da|Del|La|Le|El|Los|Las|San|Santa|Van)$/;

/** Prepositions of place before a town's name ("grows hazelnuts near Woodburn", "in Podlasie most farms …"). */
const PLACE_PREPOSITIONS = new Set(["in", "near", "outside", "at"]);

/** Most names of a list of places after its preposition ("in Zenda, Spivey and Cunningham"). */
const MAX_LISTED_PLACES = 4;

/**
 * Whether the name at token `first` stands right after a preposition of place, or later in a list of one-word names
 * that one opens ("the schools in Zenda, Spivey and Cunningham").
 */
/** Nouns of those who live in a place, before "of" and its name ("residents of Gonzaga"). */
const RESIDENT_NOUNS = new Set(["residents", "villagers", "inhabitants", "townspeople", "people"]);

function placeListAt(tokens: readonly Token[], first: number, last = first + 1): boolean {
  const sentence = tokens[first]?.sentence;
  let k = first - 1;
  // (a list closes with "and": "in Bălți, Mihail Gîrneț, told …" sets a person off after a place)
  let joined = false;
  for (let n = 0; n < MAX_LISTED_PLACES; n++) {
    const before = tokens[k];
    if (!before || before.sentence !== sentence) return false;
    // ("Some residents of Gonzaga told GMA News …": those who live somewhere are "of" it, newsdev71)
    const residents = before.text === "of" && RESIDENT_NOUNS.has(tokens[k - 1]?.lower ?? "");
    if (PLACE_PREPOSITIONS.has(before.text) || residents) return n === 0 || joined || closedAfter(tokens, last);
    if (before.text !== "," && before.lower !== "and") return false;
    if (before.lower === "and") joined = true;
    const name = tokens[k - 1];
    if (!name?.cap || name.kind !== "word") return false;
    k -= 2;
  }
  return false;
}

/** Whether one-word names after token `last` close a list with "and" ("…, Spivey and Cunningham"). */
function closedAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last; k < last + 2 * MAX_LISTED_PLACES; k += 2) {
    const joiner = tokens[k];
    const name = tokens[k + 1];
    if (!name?.cap || name.kind !== "word") return false;
    if (joiner?.lower === "and") return true;
    if (joiner?.text !== ",") return false;
  }
  return false;
}

/**
 * "a family company in De Doorns", "grows hazelnuts near Woodburn": a name of one or two capitalised words, none a
 * given name, right after "in", "near" or "outside" and read as a person's is the place where something is, when
 * the article never names that person otherwise — no title, no longer name holding it as its surname, no other
 * mention of it that is not such a place (a person is introduced by their full name; a place needs none).
 */
export function placesAfterPrepositions(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  // (most articles have no candidate: find one before building anything)
  if (!mentions.some((m) => m.type === "Person" && placeListAt(tokens, m.first))) return;
  const surnames = new Set<string>();
  for (const m of mentions) {
    const words = m.name.split(" ");
    if (m.type === "Person" && words.length >= 2) for (const w of words.slice(1)) surnames.add(w);
  }
  const placed = (m: Mention) => {
    if (!placeListAt(tokens, m.first, m.last)) return false;
    // (not a possessive's owner: "in Smith's office")
    return !/^(?:'s|’s|'|’)$/.test(tokens[m.last]?.text ?? "");
  };
  // ("a Spivey mother of three" beside "the schools in Zenda, Spivey and Cunningham": the place's name before a noun
  // after "a", once the article has placed it)
  const modifying = (m: Mention) =>
    /^(?:a|an)$/.test(tokens[m.first - 1]?.lower ?? "") && tokens[m.last]?.kind === "word" && !tokens[m.last]?.cap;
  const byName = personsByName(mentions);
  for (const [name, all] of byName) {
    const words = name.split(" ");
    // ("De Doorns": a place's particle is no given name)
    // ("in Lagos and Port Harcourt": a word that opens places' names is no given name there, 2026-12-07, newsdev65)
    const placeOpener = PLACE_OPENERS.has(words[0] as string);
    if (
      words.length > 2 ||
      surnames.has(name) ||
      (!placeOpener && words.some((w) => isListedFirstName(w) && !PARTICLES.test(w)))
    )
      continue;
    // (a headline may name the place bare: "Podlasie dairy cooperative chair tells Wikinews …")
    const bodyStart = headlineEnd(text);
    const body = all.filter((m) => m.start >= bodyStart);
    if (all.some((m) => m.title || m.last - m.first !== words.length) || body.length === 0) continue;
    if (!body.some(placed) || !body.every((m) => placed(m) || modifying(m))) continue;
    for (const m of all) {
      m.type = "Unknown";
      m.tagged = "LOC";
    }
  }
}

/**
 * A lower-case word a place's name may modify in a headline ("mayor", "council", "cinnamon peelers' leader"): an
 * office or a body, or any noun that is no verb of saying and no third person's verb ("Chelsea Clinton says",
 * "Vance wins").
 */
function isPlaceModified(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word" || t.cap) return false;
  if (isRoleHead(t.lower) || ORG_NOUNS.has(t.lower)) return true;
  return cueOf(t.lower) === undefined && !/s$/.test(t.lower) && !/ed$/.test(t.lower);
}

/**
 * "Brennan Falls mayor fires police chief …" over a story of the Brennan Falls Police Department and the Brennan Falls
 * City Council: a name the headline alone writes, read as a person's, that opens organizations' names in the body is
 * their place.
 */
export function headlinePlaces(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const bodyStart = headlineEnd(text);
  if (!mentions.some((m) => m.type === "Person" && m.start < bodyStart)) return;
  const byName = personsByName(mentions);
  for (const [name, all] of byName) {
    if (all.some((m) => m.title || m.start >= bodyStart)) continue;
    // (a place's office or body after it: "Brennan Falls mayor", "Leeds council"; not "Chelsea Clinton says …")
    if (!all.some((m) => isPlaceModified(tokens[m.last]))) continue;
    // (no person of the body goes by its last word: "Clinton" after "Chelsea Clinton")
    const last = name.split(" ").at(-1) as string;
    if (mentions.some((o) => o.type === "Person" && o.start >= bodyStart && o.name.split(" ").at(-1) === last))
      continue;
    const opens = mentions.filter(
      (o) => o.type === "Organization" && o.start >= bodyStart && o.name.startsWith(`${name} `),
    );
    if (opens.length === 0) continue;
    for (const m of all) {
      m.type = "Unknown";
      m.tagged = "LOC";
    }
  }
}

/** Words that open a place's name before a person's ("Fort Leonard Wood", "Camp David", "Mount Kenya"). */
const PLACE_OPENERS = new Set(["Fort", "Camp", "Mount", "Lake", "Cape", "Port"]);

/**
 * "maintenance work … at Fort Leonard Wood in Missouri": a name read as a person's right after a word that opens
 * places' names is the place's. Every mention of the name so written is retyped; a person named so elsewhere keeps
 * those mentions.
 */
export function placesAfterOpeners(tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    const opener = tokens[m.first - 1];
    if (m.type !== "Person" || m.title || !opener || !PLACE_OPENERS.has(opener.text)) continue;
    if (opener.sentence !== tokens[m.first]?.sentence || opener.end + 1 !== tokens[m.first]?.start) continue;
    m.type = "Unknown";
    m.tagged = "LOC";
  }
}

/** The mentions typed as people, by name. */
function personsByName(mentions: readonly Mention[]): Map<string, Mention[]> {
  const byName = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.type !== "Person") continue;
    const all = byName.get(m.name);
    if (all) all.push(m);
    else byName.set(m.name, [m]);
  }
  return byName;
}

/** Nouns of a party's members AP writes after a legislator's hometown ("a Pine Bluff Democrat"). */
const PARTY_MEMBER_NOUNS = /^(?:Democrat|Republican|Independent|Democrats|Republicans)$/;

/**
 * "State Rep. Lorraine Beckwith, a Pine Bluff Democrat who sits on …": capitalised words the tagger read as a person,
 * between "a" and a party's member noun (or a run of them ending in that noun, read as an organization), are the
 * legislator's hometown, no one (2026-12-07, newsdev65). Drops them.
 */
export function hometownsBeforeParties(tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as Mention;
    if (m.title || !/^(?:a|an)$/.test(tokens[m.first - 1]?.lower ?? "")) continue;
    // (or the whole run, the party's noun inside it: "a Pine Bluff Democrat" read as an organization)
    // (a singular only: "a Sweden Democrats member of parliament" names the party)
    const inside = m.last - m.first >= 2 && /^(?:Democrat|Republican)$/.test(tokens[m.last - 1]?.text ?? "");
    if ((m.type === "Person" && PARTY_MEMBER_NOUNS.test(tokens[m.last]?.text ?? "")) || inside) mentions.splice(k, 1);
  }
}

/** Plural and singular nouns of places a list of names stands before ("the Kunene, Omusati and Erongo regions"). */
const PLACE_NOUNS_AFTER =
  /^(?:regions?|provinces?|districts?|counties|states|municipalities|prefectures|governorates|departments|oblasts|islands)$/;

/**
 * "in the Kunene, Omusati and Erongo regions": names of one or two words joined by commas and "and", right before a
 * lower-case noun of places, are places, whatever the tagger read (2026-12-07, newsdev73). Drops their mentions
 * (a list of two names or more only: "the Kunene region" alone may be the council's own).
 */
export function placesBeforePlaceNouns(tokens: readonly Token[], mentions: Mention[]): void {
  const byLast = new Map(mentions.map((m) => [m.last, m]));
  const drop = new Set<Mention>();
  for (let k = 1; k < tokens.length; k++) {
    const noun = tokens[k] as Token;
    if (noun.cap || !PLACE_NOUNS_AFTER.test(noun.lower)) continue;
    const listed: Mention[] = [];
    let end = k;
    for (;;) {
      const m = byLast.get(end);
      if (!m || m.last - m.first > 2 || m.title) break;
      listed.push(m);
      const sep = tokens[m.first - 1]?.lower;
      if (sep === "and") end = tokens[m.first - 2]?.text === "," ? m.first - 2 : m.first - 1;
      else if (sep === ",") end = m.first - 1;
      else break;
    }
    if (listed.length >= 2) for (const m of listed) drop.add(m);
  }
  for (let i = mentions.length - 1; i >= 0; i--) if (drop.has(mentions[i] as Mention)) mentions.splice(i, 1);
}
