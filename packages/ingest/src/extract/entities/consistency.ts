import { nameKey } from "@claimgraph/schema";
import { countryOf } from "../lexicon/countries.js";
import { cueOf } from "../lexicon/cues.js";
import { firstNameGender } from "../lexicon/first-names.js";
import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import { COMPANY_WORDS, PEOPLE_NAMES } from "../lexicon/name-lists.js";
import { PLACES } from "../lexicon/places.js";
import { SUBNATIONAL_REGIONS } from "../lexicon/subnational-regions.js";
import { titlesStartingWith } from "../lexicon/titles.js";
import { isPossessive, type Token } from "../text/tokens.js";
import { closingKeys, headKey, openingKey } from "./closing-name.js";
import type { Mention } from "./types.js";

/** A word the name lists know as a person's and not as a company's, and no title ("Trump"; not "Ford", "Justice"). */
function personWord(name: string): boolean {
  return PEOPLE_NAMES.has(name) && !COMPANY_WORDS.has(name) && titlesStartingWith(name.toLowerCase()).length === 0;
}

/** What a one-word organization's occurrence as a noun's modifier counts for in the vote ("the Trump campaign"). */
const MODIFIER_VOTE = 0.4;

/**
 * One type per name in a document: the tagger types each occurrence on its own, so "Trump" may
 * come out a person in one sentence and an organization in another ("the Trump administration").
 * Every tagged occurrence votes for its type, a person's full name (however it was typed)
 * votes "person" twice for its surname (one "Bob McDonnell" against two "McDonnell" the tagger read as
 * an organization is no tie), and each tagged mention takes its name's majority type (a tie keeps its own).
 * Mentions typed by lexicons (known organizations, countries) are left alone.
 */
export function unifyTaggedTypes(mentions: Mention[], tokens?: readonly Token[]): void {
  const votes = new Map<string, { person: number; org: number }>();
  const vote = (name: string, type: "Person" | "Organization", weight = 1) => {
    const v = votes.get(name) ?? { person: 0, org: 0 };
    if (type === "Person") v.person += weight;
    else v.org += weight;
    votes.set(name, v);
  };
  for (const m of mentions) {
    const words = m.name.split(" ");
    if (m.type === "Person" && words.length >= 2) vote(words.at(-1) as string, "Person", 2);
    if (m.tagged !== "PER" && m.tagged !== "ORG") continue;
    // "the Trump campaign", "a Trump supporter": a one-word name before a lower-case noun only modifies it,
    // where a person's name reads like an organization's; it counts less than a name standing alone
    // (only for a word the name lists know as a person's and not as a company's: "Trump", not "Brexit", "Ford")
    const next = tokens?.[m.last];
    const modifier =
      m.type !== "Person" &&
      m.last - m.first === 1 &&
      next?.kind === "word" &&
      !next.cap &&
      !isPossessive(next) &&
      // (a verb after it makes it the subject: "Trump said", "Trump called", "Trump is")
      !FUNCTION_WORDS.has(next.lower) &&
      cueOf(next.lower) === undefined &&
      !/ed$/.test(next.lower) &&
      personWord(m.name);
    vote(m.name, m.type === "Person" ? "Person" : "Organization", modifier ? MODIFIER_VOTE : 1);
  }
  for (const m of mentions) {
    if (m.tagged !== "PER" && m.tagged !== "ORG") continue;
    const v = votes.get(m.name);
    if (!v || v.person === v.org) continue;
    const type = v.person > v.org ? "Person" : "Organization";
    if (type === m.type) continue;
    m.type = type;
    m.tagged = type === "Person" ? "PER" : "ORG";
    if (type === "Person") {
      delete m.kind;
      delete m.tentative;
    } else m.kind = "organization";
  }
}

/** Words before a name that make it a place where it stands ("in Lincoln"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "near", "outside"]);

/**
 * "taken from Delcourt", "Delcourt, 26, joined": the tagger may read a surname on its own as a place
 * (five of eight times in one article), and a place is no entity. A one-word name it read as a
 * place that is the last word of a person's full name in the same document is that person — unless
 * the text makes it a place there ("in Lincoln", "Lincoln, Nebraska").
 * Run after the tagged types are unified, before places are dropped.
 */
export function surnamesReadAsPlaces(tokens: readonly Token[], mentions: Mention[]): void {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "Person" || m.tentative || m.last - m.first < 2) continue;
    surnames.add((tokens[m.last - 1] as Token).text);
  }
  if (surnames.size === 0) return;
  for (const m of mentions) {
    if (m.tagged !== "LOC" || m.type !== "Unknown" || m.last - m.first !== 1 || !surnames.has(m.name)) continue;
    // "in Lincoln" is a place; "in Delcourt’s tests" is not
    if (PLACE_PREPOSITIONS.has(tokens[m.first - 1]?.lower ?? "") && !isPossessive(tokens[m.last])) continue;
    const region = tokens[m.last + 1];
    if (
      tokens[m.last]?.text === "," &&
      region &&
      (countryOf(region.text) || PLACES.has(region.lower) || SUBNATIONAL_REGIONS.has(region.lower))
    )
      continue;
    m.type = "Person";
    m.tagged = "PER";
  }
}

/**
 * "Almagro goalkeeper Ezequiel Barrionuevo" beside "Club Atlético Almagro Norte": the tagger reads a
 * short name of an organization as a place, and a place is no entity. A name of one or two words it
 * read as a place that one organization named in the document is called by — the rest of its name
 * after generic words (`closingKeys`), a company's name without its company word (`openingKey`:
 * "Golden Harbour"), its head word without "the" (`headKey`: "Unión" for "Unión de Paraná"), or its own name
 * elsewhere ("Pinterest said …; a spokesperson for Pinterest") — is
 * that organization, unless the text makes it a place there ("in Almagro"; a place a lexicon knows
 * never becomes a mention). Run before places are dropped.
 */
export function shortNamesReadAsPlaces(tokens: readonly Token[], mentions: Mention[]): void {
  const calledBy = new Set<string>();
  const headed = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "Organization" || m.kind === "country") continue;
    // ("a spokesperson for Pinterest" read as a place where "Pinterest said" was an organization)
    // (one word, of a kind a lexicon or a descriptor gave: not a place the tagger read once as an organization)
    if (m.last - m.first === 1 && m.kind !== "organization" && !m.tentative) calledBy.add(nameKey(m.name));
    for (const key of closingKeys(m.name)) calledBy.add(key);
    const opening = openingKey(m.name);
    if (opening) calledBy.add(opening);
    const head = headKey(m.name);
    if (head) headed.add(head);
  }
  if (calledBy.size === 0 && headed.size === 0) return;
  for (const m of mentions) {
    if (m.tagged !== "LOC" || m.type !== "Unknown" || m.last - m.first > 2) continue;
    const key = nameKey(m.name);
    // "Unión coach Héctor Quinteros" for "Unión de Paraná" (not "the University")
    const byHead = headed.has(key) && tokens[m.first - 1]?.lower !== "the";
    if (!calledBy.has(key) && !byHead) continue;
    if (PLACE_PREPOSITIONS.has(tokens[m.first - 1]?.lower ?? "") && !isPossessive(tokens[m.last])) continue;
    m.type = "Organization";
    m.tagged = "ORG";
    m.kind = "organization";
  }
}

/**
 * "Coromandel ranger tells Wikinews …" beside "the Coromandel Peninsula", "Mayo publican …" beside "County Mayo",
 * "Fife" beside "Fife Council": a one-word name read as a person's, with no title, that is a word of a place's name
 * of several words (or a council's first word) in the same
 * document (and no word of a person's name after its first there, nor a first name the lexicon knows) is that
 * place. Run before places are
 * dropped.
 */
export function placeWordsReadAsPeople(tokens: readonly Token[], mentions: Mention[]): void {
  const placeWords = new Set<string>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type === "Person") for (let k = m.first + 1; k < m.last; k++) surnames.add((tokens[k] as Token).text);
    // ("Fife" beside "Fife Council": a council is named for its place)
    if (m.type === "Organization" && m.kind === "council" && m.last - m.first >= 2)
      placeWords.add((tokens[m.first] as Token).text);
    if (m.tagged !== "LOC" || m.type !== "Unknown" || m.last - m.first < 2) continue;
    for (let k = m.first; k < m.last; k++) if ((tokens[k] as Token).cap) placeWords.add((tokens[k] as Token).text);
  }
  // ("Cass Falls" beside "the City of Cass Falls": a local government's place, whole)
  const places = new Set(
    mentions
      .filter((m) => m.type === "Organization" && m.kind === "government")
      .map((m) => LOCAL_GOVERNMENT_OF.exec(m.name)?.[1])
      .filter((place) => place !== undefined),
  );
  for (const m of mentions) {
    if (m.type !== "Person" || m.title !== undefined) continue;
    const word = m.last - m.first === 1 && placeWords.has(m.name);
    if (!word && !places.has(m.name)) continue;
    if (word && !places.has(m.name) && (surnames.has(m.name) || firstNameGender(m.name) !== undefined)) continue;
    m.type = "Unknown";
    m.tagged = "LOC";
  }
}

/** A local government's name and its place ("City of Cass Falls" → "Cass Falls"). */
const LOCAL_GOVERNMENT_OF = /^(?:City|Town|Village|Borough|Municipality) of (.+)$/;

/**
 * "Amorim and the other processors paid €38 an arroba" after "Corticeira Amorim, the world's largest maker of cork
 * stoppers": a one-word name read as a person's, with no title, that is the last word of one organization's name of
 * two words or more in the same document, no word of a person's name after its first there, nor a first name the
 * lexicon knows, is that
 * organization's short name (a company's name is often its founder's surname after its trade's word).
 */
export function orgEndingsReadAsPeople(tokens: readonly Token[], mentions: Mention[]): void {
  const endings = new Map<string, Mention>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type === "Person") for (let k = m.first + 1; k < m.last; k++) surnames.add((tokens[k] as Token).text);
    if (m.type !== "Organization" || m.kind === "country" || m.tentative || m.last - m.first < 2) continue;
    // (not a place after "of": "the Municipality of Pucón" is not called "Pucón")
    if (NAME_CONNECTORS.has((tokens[m.last - 2] as Token).lower)) continue;
    const last = (tokens[m.last - 1] as Token).text;
    const other = endings.get(last);
    // (two organizations ending so leave it in doubt)
    endings.set(last, other && other.name !== m.name ? ({ ...m, name: "" } as Mention) : m);
  }
  for (const m of mentions) {
    if (m.type !== "Person" || m.title !== undefined || m.last - m.first !== 1) continue;
    const org = endings.get(m.name);
    if (!org || org.name === "" || surnames.has(m.name) || firstNameGender(m.name) !== undefined) continue;
    m.type = "Organization";
    m.tagged = "ORG";
    m.name = org.name;
    if (org.kind) m.kind = org.kind;
    else delete m.kind;
  }
}

/** Words that join an organization's name to the rest of it ("… of Magicians", "… for Migration"). */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "de", "del"]);

/**
 * "the International Brotherhood of Magicians Wednesday, October 9": the tagger may stop an
 * organization's name before its "of …" where the run goes on into a date, and keep the whole name
 * elsewhere in the document. An organization mention followed by a connector, where the text from its
 * start spells out a longer organization name the document also has, takes that name (and its span).
 * Mentions the longer span now covers are dropped.
 */
export function extendToLongerOrganizations(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const longer = [
    ...new Set(mentions.filter((m) => m.type === "Organization" && m.kind !== "country").map((m) => m.name)),
  ];
  const covered = new Set<Mention>();
  for (const m of mentions) {
    if (m.type !== "Organization" || covered.has(m) || !NAME_CONNECTORS.has(tokens[m.last]?.lower ?? "")) continue;
    const full = longer
      .filter((name) => name.length > m.name.length && name.startsWith(`${m.name} `) && text.startsWith(name, m.start))
      .sort((a, b) => b.length - a.length)[0];
    if (!full) continue;
    const end = m.start + full.length;
    let last = m.last;
    while (last < tokens.length && (tokens[last] as Token).end <= end) last++;
    if ((tokens[last - 1] as Token).end !== end) continue;
    for (const other of mentions) if (other !== m && other.start >= m.end && other.end <= end) covered.add(other);
    m.name = full;
    m.end = end;
    m.last = last;
    m.text = text.slice(m.start, end);
  }
  for (let i = mentions.length - 1; i >= 0; i--) if (covered.has(mentions[i] as Mention)) mentions.splice(i, 1);
}

/** Prepositions that open a list of places ("in Agam and Tanah Datar", "across Lea and Eddy"). */
const LIST_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "near",
  "across",
  "around",
  "throughout",
  "outside",
]);

/**
 * "distributing clean water in Agam and Tanah Datar": a name the tagger read as a person's — no title, no known
 * first name, no surname of a person named in full — listed after "and" or "or" right after a place that a place
 * preposition opens ("in Agam and …") is a place too. Run before places are dropped.
 */
export function namesListedWithPlaces(tokens: readonly Token[], mentions: Mention[]): void {
  // (a surname of a person the document names in full stays the person's)
  const surnames = new Set<string>();
  for (const m of mentions)
    if (m.type === "Person" && m.last - m.first >= 2) surnames.add((tokens[m.last - 1] as Token).text);
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    const place = mentions[k - 1] as Mention;
    if (m.type !== "Person" || m.title || firstNameGender((tokens[m.first] as Token).text)) continue;
    if (place.tagged !== "LOC" || place.type !== "Unknown" || place.last + 1 !== m.first) continue;
    const join = tokens[place.last]?.lower ?? "";
    // (not after a comma: "in South Florida, Coffey was …" opens a clause with the person)
    if (join !== "and" && join !== "or") continue;
    if (surnames.has(m.name)) continue;
    if (!LIST_PLACE_PREPOSITIONS.has(tokens[place.first - 1]?.lower ?? "")) continue;
    // ("in Washington and Trump's view": a possessive is no place)
    if (isPossessive(tokens[m.last])) continue;
    m.type = "Unknown";
    m.tagged = "LOC";
  }
}
