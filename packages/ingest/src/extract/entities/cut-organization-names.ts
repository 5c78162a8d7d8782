/**
 * Organizations' names the tagger cut short or split, joined again by their shapes: a unit "of the" its order, a group
 * named for its members and their cause or place, a tribal nation, a broadcaster named for both its media, an
 * organization of a country, a company's first word at a sentence's start, members' possessives before a head, a
 * second "of the" region (2026-12-07, newsdev81 to newsdev84). Each mutates the mentions in place.
 */
import { countryOf } from "../lexicon/countries.js";
import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import { LEGAL_FORMS, ORG_HEADS } from "../lexicon/organizations.js";
import type { Token } from "../text/tokens.js";
import { addMentions, extendMention, openOrganizationName, organizationMention } from "./mention-span.js";
import type { Mention } from "./types.js";

/** Words that name a unit of a larger organization ("State Lodge", "Maryland Chapter", "Western Division"). */
const UNIT_HEADS: ReadonlySet<string> = new Set(["Lodge", "Chapter", "Branch", "Division", "Section", "Affiliate"]);

/**
 * "The Maryland State Lodge of the Fraternal Order of Police praised the veto": a unit of an organization named
 * by capitalised words ending in a unit's word, then "of the" and the organization the tagger found, is one
 * organization over both (the gold READMEs name the lodge so, newsdev81); the tagger reads the state as a place
 * and drops the rest. Mutates the mentions in place, dropping the ones inside.
 */
export function unitsOfOrganizations(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of [...mentions]) {
    if (m.type !== "Organization" || m.title !== undefined || !mentions.includes(m)) continue;
    const unit = tokens[m.first - 3];
    if (tokens[m.first - 1]?.lower !== "the" || tokens[m.first - 2]?.lower !== "of") continue;
    if (!unit || !UNIT_HEADS.has(unit.text) || unit.sentence !== tokens[m.first]?.sentence) continue;
    let first = m.first - 3;
    while (
      first > 0 &&
      tokens[first - 1]?.cap &&
      tokens[first - 1]?.kind === "word" &&
      tokens[first - 1]?.sentence === unit.sentence &&
      tokens[first - 1]?.lower !== "the"
    )
      first--;
    if (first === m.first - 3) continue;
    // (a mention reaching over the unit's first word from before is a name of its own)
    if (mentions.some((o) => o !== m && o.first < first && o.last > first)) continue;
    openOrganizationName(text, tokens, mentions, m, first, m.kind ?? "organization");
  }
}

/**
 * Plurals a group may be named for ("Residents", "Idahoans", "Airlines for America"), not words that merely end in "s"
 * ("Thanks for Reuters Foundation support").
 */
const MEMBERS_PLURAL = /^\p{Lu}\p{Ll}+[^s]s$/u;
const NOT_MEMBERS_WORDS =
  /^(?:Thanks|News|Series|Means|Always|Perhaps|Sometimes|Whereas|Plus|Yes|Bus|Has|Was|Is|Does|Its|His|This|Thus|Lens|Gas)$/;

/**
 * "Residents for a Safe Teche, a homeowners' group, said …", "Parents for Safe Schools": a group named for its members
 * and their cause — a capitalised plural, "for" (an article may follow) and the cause's name, which the tagger keeps
 * alone when the plural opens the sentence — is one organization from the plural on. Mutates the mentions in place.
 */
export function groupsForCauses(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of [...mentions]) {
    if (m.type !== "Organization" || m.title !== undefined) continue;
    let k = m.first - 1;
    if (/^(?:a|an|the)$/.test(tokens[k]?.text ?? "")) k--;
    const members = tokens[k - 1];
    if (tokens[k]?.text !== "for" || !members || members.kind !== "word" || !members.cap) continue;
    if (!MEMBERS_PLURAL.test(members.text) || NOT_MEMBERS_WORDS.test(members.text)) continue;
    if (members.sentence !== tokens[m.first]?.sentence) continue;
    // (the plural opens the name: nothing capitalised before it in the sentence's run)
    const before = tokens[k - 2];
    if (before?.cap && before.kind === "word" && before.sentence === members.sentence) continue;
    // (the plural's own mention, a one-word name the tagger left untyped, is taken in)
    const ownMention = mentions.find((o) => o !== m && o.first <= k - 1 && o.last > k - 1);
    if (ownMention && (ownMention.type !== "Unknown" || ownMention.first !== k - 1 || ownMention.last !== k)) continue;
    openOrganizationName(text, tokens, mentions, m, k - 1, m.kind ?? "organization");
  }
}

/**
 * Last words of a tribal nation's name ("the Fond du Lac Band", "the Nez Perce Tribe", "the Cherokee Nation", "Acoma
 * Pueblo", 2026-12-07, newsdev83).
 */
const TRIBAL_HEADS: ReadonlySet<string> = new Set(["Band", "Tribe", "Tribes", "Nation", "Pueblo"]);

/**
 * "The Fond du Lac Band of Lake Superior Chippewa says …": a name ending in a tribal nation's head is an organization,
 * though its particle ("du") made the tagger read a person, and the "of" after it and the people's capitalised name
 * are the name's. Mutates the mentions in place, dropping the ones the name takes in.
 */
export function tribalNations(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const inside = new Set<Mention>();
  for (const m of mentions) {
    if (m.type === "Organization" || m.title !== undefined || inside.has(m) || m.last - m.first < 2) continue;
    if (!TRIBAL_HEADS.has(tokens[m.last - 1]?.text ?? "")) continue;
    m.type = "Organization";
    m.kind = "tribe";
    m.tagged = "ORG";
    delete m.tentative;
    if (tokens[m.last]?.text !== "of") continue;
    let end = m.last + 1;
    const sentence = tokens[m.first]?.sentence;
    while (end < m.last + 5 && tokens[end]?.cap && tokens[end]?.kind === "word" && tokens[end]?.sentence === sentence)
      end++;
    if (end === m.last + 1) continue;
    extendMention(text, tokens, mentions, m, end, inside);
  }
  dropMentions(mentions, inside);
}

/**
 * "the state broadcaster, Radio and Television of Montenegro (RTCG)": a broadcaster named for both its media, which the
 * tagger cuts at the "and" ("Radio", then "Television of Montenegro"), is one organization. Mutates the mentions in
 * place, dropping the second.
 */
export function radioAndTelevision(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const radio = mentions[k] as Mention;
    const tv = mentions[k + 1] as Mention;
    if (radio.type !== "Organization" || radio.text !== "Radio" || tv.type !== "Organization") continue;
    if (tokens[radio.last]?.text !== "and" || tv.first !== radio.last + 1 || tokens[tv.first]?.text !== "Television")
      continue;
    extendMention(text, tokens, mentions, radio, tv.last, new Set());
    mentions.splice(k + 1, 1);
    // (its acronym, bound to the cut name already: "(RTCG)")
    for (const m of mentions) if (m.type === "Organization" && m.name === tv.name) m.name = radio.name;
  }
}

/**
 * "The Consumers' Network of Bosnia and Herzegovina said …": an organization's head, then "of" and a country's whole
 * name (one with "and" inside too), is one organization's name, where the tagger ended it at the head. Mutates the
 * mentions in place, dropping the ones the name takes in.
 */
export function organizationsOfCountries(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const inside = new Set<Mention>();
  for (const m of mentions) {
    if (m.type !== "Organization" || m.kind === "country" || inside.has(m) || tokens[m.last]?.text !== "of") continue;
    if (!ORG_HEADS.has(tokens[m.last - 1]?.lower ?? "")) continue;
    const sentence = tokens[m.first]?.sentence;
    for (let n = 4; n >= 1; n--) {
      const words = tokens.slice(m.last + 1, m.last + 1 + n);
      if (words.length < n || words.some((t) => t.sentence !== sentence || t.kind !== "word")) continue;
      if (!(words[0] as Token).cap || !(words.at(-1) as Token).cap || tokens[m.last + 1 + n]?.cap) continue;
      const name = text.slice((words[0] as Token).start, (words.at(-1) as Token).end);
      if (countryOf(name)?.form !== "name") continue;
      extendMention(text, tokens, mentions, m, m.last + 1 + n, inside);
      break;
    }
  }
  dropMentions(mentions, inside);
}

/**
 * "Desert Crown Hay LLC, which farms about 9,000 acres …": a company's name with its legal form, whose first word opens
 * the sentence (the article writes that word in lower case elsewhere, so the run began after it), opens at that word
 * — a capitalised word right before the name, no function word. Mutates the mentions in place.
 */
export function companiesOpeningSentences(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of [...mentions]) {
    if (m.type !== "Organization" || m.title !== undefined || m.first === 0) continue;
    const form = tokens[m.last - 1]?.text === "." ? tokens[m.last - 2] : tokens[m.last - 1];
    if (!LEGAL_FORMS.has(form?.lower ?? "") && !LEGAL_FORMS.has(`${form?.lower ?? ""}.`)) continue;
    const word = tokens[m.first - 1] as Token;
    if (word.kind !== "word" || !word.cap || FUNCTION_WORDS.has(word.lower) || word.end + 1 !== m.start) continue;
    if (tokens[m.first - 2]?.sentence === word.sentence || word.sentence !== tokens[m.first]?.sentence) continue;
    if (mentions.some((o) => o !== m && o.first <= m.first - 1 && o.last > m.first - 1)) continue;
    openOrganizationName(text, tokens, mentions, m, m.first - 1, m.kind ?? "company");
  }
}

/**
 * "The Planters' Association of Ceylon, which represents …": an organization whose name opens with its members' plural
 * possessive, which the tagger leaves out when the name starts with an organization's head ("Association of Ceylon"),
 * opens at the plural. Mutates the mentions in place.
 */
export function membersBeforeHeads(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of [...mentions]) {
    if (m.type !== "Organization" || m.title !== undefined || !ORG_HEADS.has(tokens[m.first]?.lower ?? "")) continue;
    const mark = tokens[m.first - 1];
    const plural = tokens[m.first - 2];
    if (!plural || !mark || !/^['’]$/.test(mark.text) || mark.start !== plural.end || mark.end + 1 !== m.start)
      continue;
    if (!plural.cap || !MEMBERS_PLURAL.test(plural.text) || plural.sentence !== tokens[m.first]?.sentence) continue;
    if (mentions.some((o) => o !== m && o.first <= m.first - 2 && o.last > m.first - 2)) continue;
    openOrganizationName(text, tokens, mentions, m, m.first - 2, m.kind ?? "organization");
  }
}

/**
 * "The Confederation of Indigenous Nationalities of the Ecuadorian Amazon (CONFENIAE)": an organization named by its
 * head, "of" and its field, then "of the" and a nationality's adjective with a capitalised noun — the region or people
 * it serves — is one name, where the tagger ended it before the second "of". Mutates the mentions in place.
 */
export function secondOfTheNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of [...mentions]) {
    if (m.type !== "Organization" || m.title !== undefined || m.kind === "country") continue;
    if (!tokens[m.first]?.cap || tokens[m.first + 1]?.lower !== "of") continue;
    if (tokens[m.last]?.lower !== "of" || tokens[m.last + 1]?.lower !== "the") continue;
    const adjective = tokens[m.last + 2];
    const noun = tokens[m.last + 3];
    if (!adjective?.cap || countryOf(adjective.text)?.form !== "adjective" || !noun?.cap || noun.kind !== "word")
      continue;
    if (tokens[m.last + 4]?.cap || noun.sentence !== tokens[m.first]?.sentence) continue;
    // (a word of the region the tagger typed alone, "Amazon" as a company's, is the name's)
    const inner = mentions.filter((o) => o !== m && o.first > m.last && o.first <= m.last + 3);
    if (inner.some((o) => o.type === "Person" || o.last > m.last + 4)) continue;
    const inside = new Set<Mention>();
    extendMention(text, tokens, mentions, m, m.last + 4, inside);
    dropMentions(mentions, inside);
  }
}

/** Plurals a group of a place is named for ("Concerned Citizens of …", "Friends of …"; not "Members of Unite Here"). */
const GROUP_MEMBERS =
  /^(?:Citizens|Residents|Friends|Veterans|Neighbors|Neighbours|Parents|Daughters|Sons|Mothers|Taxpayers|Women)$/;

/**
 * "an angry response from Concerned Citizens of Freetown, a coalition of five congregations": a group named for its
 * members and their place — a capitalised plural of people (one capitalised word may come before it), "of" and the
 * place — is one organization, where the tagger kept the place alone (and typed it so, from the appositive). Mutates the
 * mentions in place.
 */
export function groupsOfPlaces(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of [...mentions]) {
    if (
      m.type !== "Organization" ||
      m.title !== undefined ||
      m.last - m.first > 2 ||
      tokens[m.first - 1]?.text !== "of"
    )
      continue;
    const members = tokens[m.first - 2];
    if (!members || !GROUP_MEMBERS.test(members.text) || members.sentence !== tokens[m.first]?.sentence) continue;
    let first = m.first - 2;
    const modifier = tokens[first - 1];
    if (
      modifier?.cap &&
      modifier.kind === "word" &&
      modifier.sentence === members.sentence &&
      !FUNCTION_WORDS.has(modifier.lower)
    )
      first--;
    if (mentions.some((o) => o !== m && o.first < m.first - 1 && o.last > first)) continue;
    openOrganizationName(text, tokens, mentions, m, first, m.kind ?? "organization");
  }
}

/** Bodies of a profession's or a trade's members ("the Doctors' Chamber of …", "the Farmers' Federation of …"). */
const MEMBERS_BODIES = /^(?:Chamber|Federation|Guild|Syndicate|Union|Association|Council)$/;

/** Plurals of people a group may be named for, by their endings ("Mainers", "Democrats", "Residents", "Parents"). */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|ans|ens|ents|ists|ors|ats|ies)$/u;

/**
 * "who chairs Mainers for Majority Rule", "the Doctors' Chamber of North Macedonia": a group named for its members that
 * the tagger typed nothing of (or only the country after it) — a plural of people, then "for" and one to three
 * capitalised words ending the run, or the plural's possessive, an organization's head, "of" and a country — is one
 * organization. Adds the mentions (dropping a country's inside), keeping them sorted.
 */
export function untaggedMemberGroups(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = 0; k + 2 < tokens.length; k++) {
    const plural = tokens[k] as Token;
    if (!PEOPLE_PLURAL.test(plural.text) || NOT_MEMBERS_WORDS.test(plural.text)) continue;
    const before = tokens[k - 1];
    if (before?.cap && before.text !== "The" && before.sentence === plural.sentence) continue;
    let end = -1;
    if (tokens[k + 1]?.text === "for") {
      let e = k + 2;
      while (e < k + 5 && tokens[e]?.cap && tokens[e]?.kind === "word" && tokens[e]?.sentence === plural.sentence) e++;
      if (e > k + 2 && !tokens[e]?.cap) end = e;
    } else if (/^['’]$/.test(tokens[k + 1]?.text ?? "") && (tokens[k + 1] as Token).start === plural.end) {
      const head = tokens[k + 2];
      const country = tokens[k + 3]?.text === "of" ? mentions.find((m) => m.first === k + 4) : undefined;
      if (head?.cap && (ORG_HEADS.has(head.lower) || MEMBERS_BODIES.test(head.text)) && country?.kind === "country")
        end = country.last;
    }
    if (end < 0) continue;
    const inside = mentions.filter((m) => m.first < end && m.last > k);
    if (inside.some((m) => m.type !== "Unknown" && m.kind !== "country")) continue;
    dropMentions(mentions, new Set(inside));
    addMentions(mentions, [organizationMention(text, tokens, k, end, "organization")]);
    k = end - 1;
  }
}

/** Drops the mentions in `gone` from `mentions`. */
function dropMentions(mentions: Mention[], gone: ReadonlySet<Mention>): void {
  for (let k = mentions.length - 1; k >= 0; k--) if (gone.has(mentions[k] as Mention)) mentions.splice(k, 1);
}
