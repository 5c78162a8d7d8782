import { WEEKDAYS } from "../lexicon/calendar.js";
import { countryOf } from "../lexicon/countries.js";
import { cueOf } from "../lexicon/cues.js";
import { firstNameGender, isListedFirstName } from "../lexicon/first-names.js";
import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import { ORG_DESCRIPTORS } from "../lexicon/organizations.js";
import { isRoleHead, ROLE_HEADS } from "../lexicon/titles.js";
import { WORLD_CITIES } from "../lexicon/world-cities.js";
import { firstWordOfSentence } from "../text/sentences.js";
import { isBarePossessive, isPossessive, type Token } from "../text/tokens.js";
import { companyBeforeRole, employerBefore, personOrPlaceWord } from "./employer-names.js";
import type { Mention } from "./types.js";

const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"]);
/** Words that end an appositive's head noun phrase: "a member of the union" is headed by "member", "a newspaper based in …" by "newspaper". */
const HEAD_ENDS = new Set([
  "of",
  "at",
  "in",
  "for",
  "with",
  "from",
  "on",
  "by",
  // "Dan Conston, a senior adviser to the group": headed by "adviser"
  "to",
  "who",
  "whose",
  "which",
  "that",
  "and",
  // "a regional newspaper based in Villavicencio", "a charity run by volunteers": a participle after the head
  "based",
  "owned",
  "run",
  "founded",
  "headquartered",
  "backed",
  "led",
  // ("Conservas Leixões, the cannery across the harbour", "a mill near Tanga")
  "across",
  "near",
]);
const MAX_MODIFIERS = 5;

/**
 * The kind a descriptor written right before token i implies: "the Casablanca daily Le Matin", "the
 * state news agency Petra", "its management company, Summit Athletics," — a lower-case descriptor
 * (possibly followed by a comma) with a determiner or possessive a few words before it; not after
 * a comma when that noun phrase is another's complement ("the new face of the party, Donald J. Trump").
 */
/**
 * Nouns that describe an organization only right before its name, with a word that says which kind ("the residents’
 * initiative Živi Hvar", 2026-12-08, newsdev86) — not organization nouns elsewhere: "the initiative" is mostly a
 * ballot measure.
 */
const NAMING_DESCRIPTORS: ReadonlyMap<string, string> = new Map([["initiative", "organization"]]);

function describedBefore(tokens: readonly Token[], i: number): string | undefined {
  // "Abu Dhabi-based Masdar": a place and "-based" right before the name (not "Texas-based Matt Mackowiak")
  if (/^\p{Lu}[\p{L}.]*-based$/u.test(tokens[i - 1]?.text ?? "") && !firstNameGender(tokens[i]?.text ?? ""))
    return "organization";
  // "an auto analyst at Sinoauto Research", "a senior official at Athletics Kenya": where a role is held
  if (tokens[i - 1]?.lower === "at" && ROLE_HEADS.has(tokens[i - 2]?.lower ?? "") && !tokens[i - 2]?.cap)
    return "organization";
  let k = i - 1;
  const comma = tokens[k]?.text === ",";
  if (comma) k--;
  // ("The slaughterhouse in Ísafjörður, Djúpkjöt, has told us …": a place the descriptor stands in, before the comma)
  if (comma) k = pastPlaceAfterNoun(tokens, k);
  const noun = tokens[k];
  if (!noun || noun.cap || noun.kind !== "word") return undefined;
  const kind = ORG_DESCRIPTORS.get(noun.lower) ?? NAMING_DESCRIPTORS.get(noun.lower);
  if (!kind || (noun.lower === "group" && !organizedGroup(tokens, k))) return undefined;
  // ("the news site Efecto Cocuyo", "the investigative site Direkt36": a site is a medium's when a word says which
  // kind, not "could not reach the site, Dalikan Mayor X said")
  if (MODIFIED_ONLY.has(noun.lower) && (comma || !modifiedNoun(tokens, k))) return undefined;
  if (noun.lower === "tank" && tokens[k - 1]?.lower !== "think") return undefined;
  for (let d = k - 1; d >= Math.max(0, k - MAX_MODIFIERS); d--) {
    const t = tokens[d] as Token;
    // ("The landlords' association Asval": a plural's bare possessive is a determiner)
    if (isBarePossessive(tokens, d)) return kind;
    if (t.sentence !== noun.sentence || t.kind === "punct" || t.kind === "quote") return undefined;
    // "the new face of the party, Donald J. Trump,": the name is the face's, not the party's
    if (comma && DETERMINERS.has(t.lower) && tokens[d - 1]?.lower === "of") return undefined;
    // "A spokeswoman for the company, Anna Cole,": the name is the role's holder, not the company's
    if (comma && DETERMINERS.has(t.lower) && ROLE_PREPOSITIONS.has(tokens[d - 1]?.lower ?? "")) {
      if (isRoleHead(tokens[d - 2]?.lower ?? "")) return undefined;
    }
    if (DETERMINERS.has(t.lower) || t.lower === "’s" || t.lower === "'s")
      return kind === "agency" && tokens[k - 1]?.lower === "news" ? "media" : kind;
    // "the takeover of rival milk processor Murrayvale", "talks with drugmaker Zentiva": business news drops
    // the article after a preposition
    // (a company's descriptor only: "on cable and network TV" is no network's name)
    if (BARE_AFTER.has(t.lower) && !comma && (kind === "company" || kind === "bank")) return kind;
  }
  return undefined;
}

/** Most words of a place's name after the descriptor's "in" ("the mill in Port Harcourt, X,"). */
const MAX_PLACE_WORDS = 3;

/**
 * The token before "in"/"at"/"near" when tokens up to `k` are that preposition and a capitalised place's name after
 * a lower-case word ("slaughterhouse in Ísafjörður"); else `k`.
 */
function pastPlaceAfterNoun(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j > k - MAX_PLACE_WORDS && tokens[j]?.cap && tokens[j]?.kind === "word") j--;
  if (j === k || !/^(?:in|at|near)$/.test(tokens[j]?.lower ?? "")) return k;
  const noun = tokens[j - 1];
  return noun && !noun.cap && noun.kind === "word" ? j - 1 : k;
}

/** Prepositions between a role and its organization ("a spokesman for the company", "a lawyer with the firm"). */
const ROLE_PREPOSITIONS = new Set(["for", "at", "with", "to"]);

/** Descriptors that describe an organization only with a modifier before them ("news site", "think tank"). */
const MODIFIED_ONLY = new Set(["site", "portal", "tank", "station"]);

/** Whether a lower-case modifier (not an article or a possessive) stands right before the noun at token k. */
function modifiedNoun(tokens: readonly Token[], k: number): boolean {
  const modifier = tokens[k - 1];
  return (
    modifier?.kind === "word" &&
    !modifier.cap &&
    !DETERMINERS.has(modifier.lower) &&
    modifier.sentence === tokens[k]?.sentence
  );
}

/** Nouns of what is owned in a company: "shares in", "a stake in". */
const HOLDINGS = new Set(["shares", "stake", "stakes"]);

/**
 * "Shares in Karrabee fell", "a 10 per cent stake in Lingtai": a name whose shares or stake one holds is a
 * company (not "a stake in Trump’s campaign": the name's possessive ends it there).
 */
function sharesIn(tokens: readonly Token[], m: Mention): boolean {
  const preposition = tokens[m.first - 1]?.lower;
  if (preposition !== "in" && preposition !== "of") return false;
  const holding = tokens[m.first - 2];
  return holding !== undefined && HOLDINGS.has(holding.lower) && !isPossessive(tokens[m.last]);
}

/** Prepositions after which a descriptor may stand without an article ("takeover of rival processor X"). */
const BARE_AFTER = new Set(["of", "for", "with", "by", "from", "to", "against", "over", "at", "on", "between"]);

/**
 * The kind an appositive right after token j - 1 implies: "Unison, the public sector union,", "the
 * Bushveld Bulletin, a local weekly, …" — a comma, a determiner, a few words and a descriptor that
 * heads them, then a comma, a full stop or a word that ends the head ("of", "who", …).
 */
function describedAfter(tokens: readonly Token[], j: number): string | undefined {
  if (tokens[j]?.text !== ",") return undefined;
  // "Ridgeline Pipfruit, one of the largest RSE employers in the region,": one of several, named in the plural
  const oneOf = tokens[j + 1]?.lower === "one" && tokens[j + 2]?.lower === "of" ? 2 : 0;
  // "Unia, Switzerland's largest union,": a country's possessive in the determiner's place
  const owner = tokens[j + 1 + oneOf];
  // ("Ørsted, the world’s largest offshore wind developer,": the world's too, after "the", newsdev56)
  const worldOwner =
    owner?.lower === "the" && tokens[j + 2 + oneOf]?.lower === "world" && isPossessive(tokens[j + 3 + oneOf]);
  const countryOwner =
    worldOwner ||
    (owner?.cap === true && countryOf(owner.text)?.form === "name" && isPossessive(tokens[j + 2 + oneOf]));
  if (!countryOwner && !DETERMINERS.has(owner?.lower ?? "")) return undefined;
  const sentence = tokens[j]?.sentence;
  const from = (worldOwner ? j + 4 : countryOwner ? j + 3 : j + 2) + oneOf;
  // ("Codelco, the state-owned copper miner,": what is owned is a company, whatever noun heads it)
  let owned = false;
  let largest = false;
  for (let k = from; k <= from + MAX_MODIFIERS; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    // ("Fjárvest, the Westfjords sheep farmers’ association,": a plural's bare possessive among the modifiers)
    if (t && k > from && isBarePossessive(tokens, k)) continue;
    if (!t || t.sentence !== sentence || t.kind !== "word") return undefined;
    // "the Dutch consumer organisation", "an Amsterdam-based lender", "the largest RSE employers": a
    // nationality, a "…-based" or an acronym may modify it
    if (t.cap) {
      // ("Forward Together Action, a super PAC supporting Marchetti,": an acronym that is itself the descriptor)
      const acronymKind = ACRONYM_DESCRIPTORS.get(t.text);
      if (acronymKind && (!next || next.kind === "punct" || HEAD_ENDS.has(next.lower) || /[a-z]ing$/.test(next.text)))
        return acronymKind;
      if (
        countryOf(t.text)?.form === "adjective" ||
        /^\p{Lu}[\p{L}.]*-(?:based|owned|backed|listed|run)$/u.test(t.text) ||
        // ("a Santa Fe-based environmental group", "a New York-based lender": a place of two words)
        /^\p{Lu}[\p{L}.]*-(?:based|owned|backed|listed|run)$/u.test(next?.text ?? "") ||
        /^\p{Lu}{2,5}$/u.test(t.text) ||
        // ("Brimrót, the Reykjavík quartet": a city before the noun)
        WORLD_CITIES.has(t.text) ||
        // ("Fjárvest, the Westfjords sheep farmers’ association": a place's one word before lower-case modifiers)
        (k === from && next?.kind === "word" && !next.cap && !firstNameGender(t.text))
      )
        continue;
      return undefined;
    }
    // ("Rechazo Ciudadano, the main group campaigning against the text,": a participle after the noun ends it too,
    // newsdev73)
    const ends =
      !next ||
      (next.kind === "punct" && !isBarePossessive(tokens, k + 1)) ||
      HEAD_ENDS.has(next.lower) ||
      (/^\p{Ll}{3,}ing$/u.test(next.text) && k > from);
    if (OWNED_MODIFIERS.test(t.lower)) owned = true;
    if (SIZE_SUPERLATIVES.test(t.lower)) largest = true;
    if (!ends) continue;
    if (owned && !ORG_DESCRIPTORS.has(t.lower) && !PLACE_DESCRIPTORS.has(t.lower)) return "company";
    // ("the world’s largest offshore wind developer": the largest of those who make or build things is a business; a
    // "property developer" alone may be a person)
    if (largest && BUSINESS_AGENTS.has(t.lower)) return "company";
    if (oneOf) return pluralDescriptor(t.lower);
    // "Sitio Lamut, a farming settlement in the town of Dalikan,": a place, not an actor
    if (PLACE_DESCRIPTORS.has(t.lower)) return PLACE;
    // "Jabuti, an open-source database for …", "Homecoming, a small exhibition": a thing made, no actor either
    if (THING_DESCRIPTORS.has(t.lower)) return PLACE;
    // ("the Ertzaintza, the Basque police force,": a police force, newsdev71; not "the task force", "the air force")
    if (t.lower === "force" && tokens[k - 1]?.lower === "police") return "police";
    return t.lower === "group" && !organizedGroup(tokens, k) ? undefined : ORG_DESCRIPTORS.get(t.lower);
  }
  return undefined;
}

/** Superlatives of size, which rank businesses ("the world's largest …", "the country's biggest …"). */
const SIZE_SUPERLATIVES = /^(?:largest|biggest|second-largest|second-biggest|third-largest)$/;

/** Agent nouns that name a business after a superlative of size, and may name a person otherwise. */
const BUSINESS_AGENTS = new Set(["developer", "producer", "miner", "builder", "shipper", "grower", "publisher"]);

/** Modifiers that only a business takes ("state-owned", "family-run", "publicly traded"). */
const OWNED_MODIFIERS = /^(?:state|family|privately|publicly|government|employee)-(?:owned|run|held|controlled)$/;

/** Acronyms that describe the kind of organization an appositive names ("a super PAC", "a local NGO"). */
const ACRONYM_DESCRIPTORS: ReadonlyMap<string, string> = new Map([
  ["PAC", "organization"],
  ["NGO", "organization"],
]);

/**
 * "handwriting-recognition software called Inkwell", "a documentary titled Steel Tides": a name a thing's noun
 * gives with "called", "named" or "titled" names the thing (a product, a work), no actor.
 */
function thingCalled(tokens: readonly Token[], m: Mention): boolean {
  if (!/^(?:called|named|dubbed|titled|entitled)$/.test(tokens[m.first - 1]?.lower ?? "")) return false;
  for (let k = m.first - 2; k >= Math.max(0, m.first - 3); k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || t.cap) return false;
    if (THING_DESCRIPTORS.has(t.lower) || CALLED_THINGS.has(t.lower)) return true;
  }
  return false;
}

/**
 * "her third album, Harbour Psalms, on …", "his new novel, The Salt Road,": a name set off after a work's noun and
 * its determiner names the work.
 */
function thingBefore(tokens: readonly Token[], m: Mention): boolean {
  if (tokens[m.first - 1]?.text !== ",") return false;
  const noun = tokens[m.first - 2];
  if (!noun || noun.cap || !THING_DESCRIPTORS.has(noun.lower)) return false;
  for (let k = m.first - 3; k >= Math.max(0, m.first - 5); k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || t.cap) return false;
    if (DETERMINERS.has(t.lower)) return true;
  }
  return false;
}

/** Nouns of works and sites a name may modify ("its Kestrel Ridge copper mine", "the Hinkley Point plant"). */
const FACILITY_NOUNS: ReadonlySet<string> = new Set(
  "mine mines plant smelter refinery dam project factory mill pipeline terminal reactor field oilfield".split(" "),
);

/**
 * "Northcrest Metals Corp. … to expand its Kestrel Ridge copper mine": a name the tagger read as a person's between
 * a possessive or an article and a site's noun (a lower-case word or two before it) names the site — no given name
 * opens it, no title.
 */
function facilityNamed(tokens: readonly Token[], m: Mention): boolean {
  if (m.type !== "Person" || m.title || isListedFirstName((tokens[m.first] as Token).text)) return false;
  if (!/^(?:its|their|the|a|an|his|her|our)$/.test(tokens[m.first - 1]?.lower ?? "")) return false;
  for (let k = m.last; k < m.last + 3; k++) {
    const t = tokens[k];
    if (!t || t.cap || t.kind !== "word") return false;
    if (FACILITY_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Nouns of products and works besides `THING_DESCRIPTORS` that "called" names ("an app called …", "a robot named …"). */
const CALLED_THINGS: ReadonlySet<string> = new Set(["app", "program", "programme", "tool", "robot", "book"]);

/** What `describedAfter` says of a name whose appositive is a place's. */
const PLACE = "place";
/** Nouns of an appositive that make the name before it a place ("Idukki, a hill district in …"). */
const PLACE_DESCRIPTORS: ReadonlySet<string> = new Set([
  "village",
  "town",
  "city",
  "settlement",
  "suburb",
  "district",
  "neighbourhood",
  "neighborhood",
  "province",
  "county",
  "municipality",
  "township",
  "hamlet",
  "island",
]);

/** Nouns of an appositive that make the name before it a work, a product or a thing ("Jabuti, an open-source database"). */
const THING_DESCRIPTORS: ReadonlySet<string> = new Set([
  // (not "app": "Pulsewise, a Dutch app that …" is the company too)
  "database",
  "software",
  "browser",
  "album",
  "song",
  "single",
  "film",
  "movie",
  "documentary",
  "novel",
  "memoir",
  "play",
  "opera",
  "musical",
  "sitcom",
  "podcast",
  "drug",
  "vaccine",
  "ship",
  "vessel",
  "tanker",
  "freighter",
  "rocket",
  "satellite",
  "spacecraft",
  "tournament",
  "exhibition",
  "prize",
  "species",
  "disease",
  "protocol",
]);

/** Words before "group" that make it a people, not an organization ("Oromos, a minority group"). */
const PEOPLE_GROUP_WORDS = new Set([
  "ethnic",
  "minority",
  "religious",
  "tribal",
  "indigenous",
  "linguistic",
  "age",
  "income",
  "demographic",
  "social",
  "population",
  "focus",
  "control",
  "blood",
]);

/**
 * Whether "group" at token k names an organization: not a quantity ("the Capitol, a group of Republicans")
 * and not a people or a sample ("Oromos, a minority group", "a focus group").
 */
function organizedGroup(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.lower !== "of" && !PEOPLE_GROUP_WORDS.has(tokens[k - 1]?.lower ?? "");
}

/**
 * The kind a descriptor right after a one-word name implies: "the Cumhuriyet newspaper", "the Kommersant
 * daily", "the Unia union" — "the", the name, a lower-case descriptor; not a person's, place's or party's
 * word ("the Trump network", "the Democratic party" are left to the rules that know them).
 */
function describedByNounAfter(tokens: readonly Token[], m: Mention): string | undefined {
  // ("Spain’s Workers’ Commissions (CCOO) union": a country's possessive before a name of several words, an
  // acronym in brackets after it)
  const before = tokens[m.first - 1];
  const countryOwner =
    isPossessive(before) && countryOf(tokens[m.first - 2]?.text ?? "")?.form === "name" && m.last - m.first <= 4;
  // ("the state-owned New Vision newspaper": a paper's name of several words, a hyphened modifier before it,
  // newsdev70)
  const paper = !countryOwner && severalWordsBeforePaperNoun(tokens, m);
  if (!countryOwner && !paper && m.last - m.first !== 1 && !severalWordsBeforeGroupNoun(tokens, m)) return undefined;
  if (!countryOwner && !paper && !afterTheAndModifiers(tokens, m.first)) return undefined;
  const bracketed = tokens[m.last]?.text === "(" && tokens[m.last + 2]?.text === ")" ? 3 : 0;
  const noun = tokens[m.last + bracketed];
  // (modifiers between "the" and the name only before a party's noun: "the ruling Amanat party", not "the
  // centrist Dem organization")
  if (!countryOwner && !paper && before?.lower !== "the" && !/^(?:party|bloc)$/.test(noun?.lower ?? ""))
    return undefined;
  const word = tokens[m.first] as Token;
  if (!noun || noun.cap || noun.kind !== "word" || noun.sentence !== word.sentence) return undefined;
  // ("the Islamic organisation Muhammadiyah": the descriptor's own name follows it; the word before modifies it)
  const named = tokens[m.last + bracketed + 1];
  if (named?.cap && named.kind === "word" && named.sentence === noun.sentence) return undefined;
  // ("the Palestinian group": a people's word, not the group's name; "the Paralympic movement", "the Occupy
  // movement": a cause's)
  // ("told the Lusa news agency", "the Xinhua news service": a medium's two-word descriptor, newsdev72)
  const newsNoun =
    noun.lower === "news" && /^(?:agency|service|channel|website|site|network)$/.test(named?.lower ?? "");
  const kind = newsNoun
    ? "media"
    : noun.lower === "group" || noun.lower === "movement"
      ? undefined
      : ORG_DESCRIPTORS.get(noun.lower);
  // (a name of several words was checked word by word: "Perú Libre" opens with a country's word)
  return kind && (newsNoun || m.last - m.first > 1 || !personOrPlaceWord(word)) ? kind : undefined;
}

/** Nouns after which a name of several words is a party's or an armed group's ("the leftist Perú Libre party"). */
const GROUP_NOUNS_AFTER = new Set(["party", "bloc", "gang", "cartel", "militia"]);

/**
 * "the leftist Perú Libre party", "the Lakou Blan gang": a name of two or three words right before a party's or
 * an armed group's noun, none of its words a person's first name ("the Donald Trump party" is no party's name;
 * a place's word or a surname may be one: "the Gulf Clan cartel", "Lakou Blan").
 */
function severalWordsBeforeGroupNoun(tokens: readonly Token[], m: Mention): boolean {
  const words = m.last - m.first;
  if (words < 2 || words > 3 || !GROUP_NOUNS_AFTER.has(tokens[m.last]?.lower ?? "")) return false;
  for (let k = m.first; k < m.last; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || !t.cap || firstNameGender(t.text)) return false;
  }
  return true;
}

/** Nouns of a newspaper or a broadcaster after its name ("the New Vision newspaper", "the Daily Monitor daily"). */
const PAPER_NOUNS_AFTER = new Set(["newspaper", "daily", "tabloid", "weekly", "broadcaster", "magazine"]);

/**
 * "the state-owned New Vision newspaper": a name of two or three capitalised words, none a first name, right before a
 * paper's noun, after "the" and at most two modifiers (hyphened ones counted as one).
 */
function severalWordsBeforePaperNoun(tokens: readonly Token[], m: Mention): boolean {
  const words = m.last - m.first;
  if (words < 2 || words > 3 || !PAPER_NOUNS_AFTER.has(tokens[m.last]?.lower ?? "")) return false;
  for (let k = m.first; k < m.last; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || !t.cap || firstNameGender(t.text)) return false;
  }
  let k = m.first - 1;
  for (let modifiers = 0; modifiers < 2 && tokens[k]?.lower !== "the"; modifiers++) {
    const t = tokens[k];
    if (!t || t.cap || t.kind !== "word" || FUNCTION_WORDS.has(t.lower)) return false;
    k--;
    // (a hyphened modifier: "state-owned", "pro-government")
    if (tokens[k]?.text === "-" && tokens[k - 1]?.kind === "word" && !tokens[k - 1]?.cap) k -= 2;
  }
  return tokens[k]?.lower === "the" && tokens[k]?.sentence === tokens[m.first]?.sentence;
}

/**
 * "the Amanat party", "the ruling Amanat party", "the opposition OSDP party": "the" right before token i, or
 * one or two lower-case modifiers after it (no function word, no cue).
 */
function afterTheAndModifiers(tokens: readonly Token[], i: number): boolean {
  return modifiersAfterThe(tokens, i) !== undefined;
}

/**
 * How many lower-case modifiers (at most two; no function word, no cue) stand between a "the" of the same
 * sentence and token i ("the opposition Democratic Party": 1); undefined when no "the" opens them.
 */
export function modifiersAfterThe(tokens: readonly Token[], i: number): number | undefined {
  let k = i - 1;
  while (k >= i - 2) {
    const t = tokens[k];
    if (!t || t.cap || t.kind !== "word" || FUNCTION_WORDS.has(t.lower) || cueOf(t.lower) !== undefined) break;
    k--;
  }
  return tokens[k]?.lower === "the" && tokens[k]?.sentence === tokens[i]?.sentence ? i - 1 - k : undefined;
}

/** A plural descriptor's singular ("publishers" → publisher, "companies" → company), if it is one. */
function pluralDescriptor(lower: string): string | undefined {
  if (!lower.endsWith("s")) return undefined;
  const stems = lower.endsWith("ies") ? [`${lower.slice(0, -3)}y`] : [lower.slice(0, -1), lower.slice(0, -2)];
  for (const stem of stems) {
    const kind = ORG_DESCRIPTORS.get(stem);
    if (kind) return kind;
  }
  return undefined;
}

const LIST_LINKS = new Set([",", "and", "or", "the", "&"]);

/**
 * The kind a list after a plural descriptor implies: "publishers … such as O'Reilly", "publications,
 * like AM New York", "companies including Google, Apple and Disney" — walks back over the list's
 * other names and links to "such as" / "like" / "including" and a plural descriptor at most
 * eight words before (a comma, modifiers or a short relative clause between) in the same sentence.
 */
function listedAfter(tokens: readonly Token[], i: number): string | undefined {
  const sentence = tokens[i]?.sentence;
  let k = i - 1;
  for (let steps = 0; steps < 24 && k >= 0; steps++, k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return undefined;
    if (t.lower === "like" || t.lower === "including" || (t.lower === "as" && tokens[k - 1]?.lower === "such")) break;
    if (!(t.cap || LIST_LINKS.has(t.lower))) return undefined;
  }
  k -= tokens[k]?.lower === "as" ? 2 : 1;
  // the descriptor may carry a short relative clause: "publishers who are open to it, such as …"
  for (let d = k; d >= Math.max(0, k - 8); d--) {
    const t = tokens[d] as Token;
    if (t.sentence !== sentence || t.cap || t.kind === "quote") return undefined;
    const kind = t.kind === "word" ? pluralDescriptor(t.lower) : undefined;
    if (kind) return kind;
  }
  return undefined;
}

/** A listed name's kind; a coordination ("Twitter and Facebook") is left to be split first. */
const listedOrg = (tokens: readonly Token[], m: Mention) =>
  / (and|or|&) /.test(m.name) ? undefined : listedAfter(tokens, m.first);

const POLL_WORDS = new Set(["poll", "polls", "survey", "surveys"]);
/** Words that name no pollster or publication before "poll" or "reported": party words, "new", days. */
const NOT_OUTLET_WORDS = new Set([
  "republican",
  "democratic",
  "democrat",
  "gop",
  "national",
  "state",
  "new",
  ...WEEKDAYS,
]);

/**
 * "the latest Newsmax / Zogby poll", "a Quinnipiac poll": a name right before "poll" (or joined to
 * one that is by a slash) is the pollster's. Not a sentence's first word alone ("Exit polls",
 * "Opinion polls"), a party's or a country's adjective ("Republican polls", "a British survey") or a
 * day ("Super Tuesday polls").
 */
function beforePoll(tokens: readonly Token[], m: Mention): boolean {
  const words = m.name.toLowerCase().split(" ");
  if (words.some((w) => NOT_OUTLET_WORDS.has(w)) || countryOf(m.name)) return false;
  if (m.last - m.first === 1 && firstWordOfSentence(tokens, m.first)) return false;
  const j = m.last;
  let k = j;
  while (tokens[k]?.text === "/" && tokens[k + 1]?.cap) {
    k += 2;
    while (tokens[k]?.cap && tokens[k]?.kind === "word") k++;
  }
  return POLL_WORDS.has(tokens[k]?.lower ?? "") && tokens[k]?.sentence === tokens[j - 1]?.sentence;
}

const REPORTING_VERBS = new Set(["reported", "reports", "wrote", "writes", "published", "publishes", "revealed"]);

/**
 * "The Independent reported that …", "The Hill wrote": one capitalized word after "the" whose verb is
 * a reporting verb is a publication — not a party's or country's word ("The Democrat wrote" is a
 * politician).
 */
function reportingPublication(tokens: readonly Token[], m: Mention): boolean {
  if (m.last - m.first !== 1 || tokens[m.first - 1]?.lower !== "the") return false;
  const word = m.name.toLowerCase();
  if (NOT_OUTLET_WORDS.has(word) || countryOf(m.name)) return false;
  return REPORTING_VERBS.has(tokens[m.last]?.lower ?? "");
}

/**
 * Whether the noun phrase ends with the name that ends before token j: punctuation, a possessive or
 * a function word follows ("the union Unison said", "the Moon’s"), not a noun it modifies ("the Trump
 * administration") or a verb it is the subject of ("the company Smith founded").
 */
function endsPhrase(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j];
  if (next === undefined) return true;
  // ("the state news agency Kazinform quoted …": a speech verb after the name is its verb)
  return (
    next.kind !== "word" ||
    next.cap ||
    FUNCTION_WORDS.has(next.lower) ||
    /^[’']s$/.test(next.lower) ||
    cueOf(next.lower) !== undefined
  );
}

/** "the Moon", "the Moon’s south pole": a name written after a bare "the" and not modifying a noun. */
function afterBareThe(tokens: readonly Token[], m: Mention): boolean {
  return tokens[m.first - 1]?.lower === "the" && endsPhrase(tokens, m.last);
}

const OPENING_QUOTES = new Set(["“", '"', "‘", "'"]);
const CLOSING_QUOTES = new Set(["”", '"', "’", "'"]);

/**
 * “The Salt Road”, “Morning Joe”, “Little Marco”: a name of two words or more that fills a pair of
 * quotation marks (an article may stand between) is a title or a nickname, not a person's or an
 * organization's name, unless a first name opens it.
 */
function quotedTitle(tokens: readonly Token[], m: Mention): boolean {
  // not a person's name in quotes ("I wrote in “Ralph Nader”")
  if (m.last - m.first < 2 || firstNameGender(tokens[m.first]?.text ?? "")) return false;
  let k = m.first - 1;
  if (k >= 0 && /^(the|a|an)$/.test(tokens[k]?.lower ?? "")) k--;
  return OPENING_QUOTES.has(tokens[k]?.text ?? "") && CLOSING_QUOTES.has(tokens[m.last]?.text ?? "");
}

/**
 * What the words around a name say it is, whatever the tagger thought: a name that a descriptor
 * introduces ("the Casablanca daily Le Matin", "Unison, the public sector union,") is an
 * organization at every mention, and a one-word name the tagger took for a person that is only ever
 * written after a bare "the" ("the Moon") is no person and no organization (dropped like a place).
 * Names with a title or written as a person's surname are left alone.
 */
export function typeDescribedNames(tokens: readonly Token[], mentions: Mention[]): void {
  const described = new Map<string, string>();
  const titled = new Set<string>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.title) titled.add(m.name);
    const words = m.name.split(" ");
    if (m.type === "Person" && words.length >= 2) surnames.add(words.at(-1) as string);
    if (FUNCTION_WORDS.has(m.name.toLowerCase())) continue;
    const kind =
      (thingCalled(tokens, m) || thingBefore(tokens, m) || facilityNamed(tokens, m) ? PLACE : undefined) ??
      (endsPhrase(tokens, m.last) ? (describedBefore(tokens, m.first) ?? listedOrg(tokens, m)) : undefined) ??
      describedAfter(tokens, m.last) ??
      describedByNounAfter(tokens, m) ??
      (companyBeforeRole(tokens, m) || sharesIn(tokens, m)
        ? "company"
        : whichClauseAfter(tokens, m) || objectOfRunning(tokens, m)
          ? "organization"
          : beforePoll(tokens, m) || employerBefore(tokens, m)
            ? "organization"
            : reportingPublication(tokens, m)
              ? "media"
              : undefined);
    if (kind && !described.has(m.name)) described.set(m.name, kind);
  }
  // "Terrence Loftin, a forklift operator and father of two, … when Loftin reached": a first name and a surname the
  // article names a person by alone are a person's, whatever noun an appositive ends in
  // ("A spokeswoman for the group, Brianna Castellano-Reed, denied …": a first name and a hyphenated surname the
  // tagger read as a person's, set off after a description — the person, not the group's name)
  const named = new Set(mentions.filter((m) => m.type === "Person" && m.tagged === "PER").map((m) => m.name));
  const hyphenated = new Set(
    mentions.filter((m) => m.tagged === "PER" && /^\S+ \p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(m.name)).map((m) => m.name),
  );
  for (const [name] of described) {
    const words = name.split(" ");
    if (
      words.length === 2 &&
      firstNameGender(words[0] as string) &&
      (named.has(words[1] as string) || hyphenated.has(name))
    )
      described.delete(name);
  }
  const bare = new Map<string, boolean>();
  for (const m of mentions)
    if (m.type === "Person" && !m.name.includes(" "))
      bare.set(m.name, (bare.get(m.name) ?? true) && afterBareThe(tokens, m));
  const quoted = new Map<string, boolean>();
  for (const m of mentions)
    if (m.tagged === "PER" || m.tagged === "ORG")
      quoted.set(m.name, (quoted.get(m.name) ?? true) && quotedTitle(tokens, m));
  for (const m of mentions) {
    if (titled.has(m.name) || surnames.has(m.name) || m.kind === "country") continue;
    if (quoted.get(m.name)) {
      m.type = "Unknown";
      m.tagged = "LOC";
      continue;
    }
    const kind = described.get(m.name);
    if (kind === PLACE) {
      if (m.type === "Person" || m.type === "Unknown") {
        m.type = "Unknown";
        m.tagged = "LOC";
      }
      continue;
    }
    // "the newspaper Het Nieuwsblad": a name its descriptor types is sure, whatever the tagger's margin
    if (kind && m.type === "Organization") delete m.tentative;
    if (kind && (m.type === "Person" || m.type === "Unknown")) {
      m.type = "Organization";
      m.kind = kind;
      delete m.tentative;
      if (m.tagged === "PER") m.tagged = "ORG";
    } else if (!kind && m.type === "Person" && bare.get(m.name)) {
      m.type = "Unknown";
      m.tagged = "LOC";
    }
  }
}

/** Verbs whose object is a business: "runs Érablière Bolduc, her family's sugar bush", "owns Kestrel Freight". */
const RUNNING_VERBS = new Set(["runs", "ran", "owns", "owned", "manages", "managed", "operates", "operated"]);

/**
 * "Nathalie Bolduc, 44, runs Érablière Bolduc": a name the tagger read as a person's right after a verb of running
 * or owning names what is run — nobody runs a person. Not a name opening with a first name ("manages Lisa Chen", a
 * sports agent's client) nor one whose possessive follows ("ran Smith's campaign").
 */
function objectOfRunning(tokens: readonly Token[], m: Mention): boolean {
  if ((m.type !== "Person" && m.type !== "Unknown") || m.title !== undefined) return false;
  if (!RUNNING_VERBS.has(tokens[m.first - 1]?.lower ?? "") || isPossessive(tokens[m.last])) return false;
  const first = tokens[m.first] as Token;
  return m.last - m.first >= 2 && firstNameGender(first.text) === undefined && !isListedFirstName(first.text);
}

/** Verbs an organization's relative clause opens with ("Unite, which represents …", "Ofgem, which administered …"). */
const WHICH_VERBS = new Set([
  "represents",
  "represented",
  "administers",
  "administered",
  "runs",
  "ran",
  "operates",
  "operated",
  "owns",
  "owned",
  "employs",
  "employed",
  "organises",
  "organizes",
  "organised",
  "organized",
  "regulates",
  "regulated",
  "manages",
  "managed",
  "publishes",
  "published",
  "funds",
  "funded",
  "campaigns",
  "lobbies",
]);

/**
 * "Unite, which represents about 300 healthcare assistants,": a name the tagger read as a person's or left
 * untyped, then ",
 * which" and a verb of what an organization does — people take "who". Not a place's verbs ("Basra, which lies
 * …"): only those of representing, running, owning, employing, regulating, publishing, funding.
 */
function whichClauseAfter(tokens: readonly Token[], m: Mention): boolean {
  if ((m.type !== "Person" && m.type !== "Unknown") || m.title !== undefined) return false;
  if (tokens[m.last]?.text !== "," || tokens[m.last + 1]?.lower !== "which") return false;
  const verb = tokens[m.last + 2]?.lower === "also" ? tokens[m.last + 3] : tokens[m.last + 2];
  return (
    verb !== undefined && WHICH_VERBS.has(verb.lower) && firstNameGender((tokens[m.first] as Token).text) === undefined
  );
}
