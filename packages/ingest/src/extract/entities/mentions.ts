import { nameKey } from "@claimgraph/schema";
import { ADVOCACY_GROUPS } from "../lexicon/advocacy-groups.js";
import { CALENDAR_WORDS, MONTHS } from "../lexicon/calendar.js";
import { COUNTRY_MAX_WORDS, countryOf } from "../lexicon/countries.js";
import { NON_ORG_HEADS, STORM_HEADS } from "../lexicon/events.js";
import { firstNameGender, isListedFirstName } from "../lexicon/first-names.js";
import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import { GROUP_PLURALS, REGIONS } from "../lexicon/groups.js";
import { HEADLINE_VERBS } from "../lexicon/headline-verbs.js";
import { INTERNATIONAL_BODIES } from "../lexicon/international-bodies.js";
import { LEGISLATURES } from "../lexicon/legislatures.js";
import { NEWS_MEDIA } from "../lexicon/news-media.js";
import {
  COMPANY_NAME_ENDS,
  isLegalForm,
  KNOWN_ORGS,
  LEADING_ORG_HEADS,
  LEGAL_FORMS,
  NAME_ENDS_NO_PERSON,
  NON_ENTITIES,
  ORG_DESCRIPTORS,
  ORG_HEADS,
  ORG_NOUNS,
  PLATFORMS,
  RATING_AGENCIES,
  TITLED_COMPANIES,
  UNRULY_NAMES,
} from "../lexicon/organizations.js";
import { AP_STATE_ABBREVIATIONS, PLACE_HEADS, PLACES, US_STATE_NAMES } from "../lexicon/places.js";
import { POLITICAL_PARTIES } from "../lexicon/political-parties.js";
import { programmeAt } from "../lexicon/programmes.js";
import { SUBNATIONAL_REGIONS } from "../lexicon/subnational-regions.js";
import {
  ADDRESSED_OFFICES,
  HONORIFICS,
  isRoleHead,
  MEMBER_TITLES,
  ROLE_NOUNS,
  titlesStartingWith,
  UNDOTTED_HONORIFICS,
} from "../lexicon/titles.js";
import { US_GOVERNMENT } from "../lexicon/us-government.js";
import { WORLD_CITIES } from "../lexicon/world-cities.js";
import type { Token } from "../text/tokens.js";
import { isBarePossessive, isPossessive, visibleText } from "../text/tokens.js";
import {
  bindBracketShortNames,
  bindDefinedAcronyms,
  camelCaseAcronymNames,
  dropTermAcronyms,
  namesBeforeBlends,
  splitAtDefinedAcronyms,
  typeNamesByAcronym,
} from "./acronym-definition.js";
import { typeAgedNames } from "./aged-names.js";
import { namesOverIn } from "./bracketed-names.js";
import { camelCaseOpenings } from "./camel-case-openings.js";
import { campaignCommitteeEnd, campaignKind, superPacAt } from "./campaign-committees.js";
import { joinCampusNames } from "./campus-names.js";
import { joinCauseNames } from "./cause-names.js";
import { isTeamName } from "./closing-name.js";
import { collectivePossessor } from "./collective-possessors.js";
import { joinCommaListNames } from "./comma-list-names.js";
import { trimCountryAfterCompany } from "./company-country.js";
import { companyOpeningsBeforeParticles } from "./company-openings.js";
import {
  extendToLongerOrganizations,
  namesListedWithPlaces,
  orgEndingsReadAsPeople,
  placeWordsReadAsPeople,
  shortNamesReadAsPlaces,
  surnamesReadAsPlaces,
  unifyTaggedTypes,
} from "./consistency.js";
import { joinAmpersandNames, trimNationalityConjuncts, typeCoordinatedOrganizations } from "./coordination.js";
import { countiesAsPlaces, possessiveCounties } from "./county-names.js";
import { bareFederalDistricts, joinCircuitOrdinals, joinCourtDistricts } from "./court-districts.js";
import { creditLines, onCreditLine } from "./credit-lines.js";
import {
  companiesOpeningSentences,
  groupsForCauses,
  groupsOfPlaces,
  membersBeforeHeads,
  organizationsOfCountries,
  radioAndTelevision,
  secondOfTheNames,
  tribalNations,
  unitsOfOrganizations,
  untaggedMemberGroups,
} from "./cut-organization-names.js";
import { descentAdjectives } from "./descent-adjectives.js";
import { typeDescribedNames } from "./described-names.js";
import { namesBeforeDescriptors } from "./descriptor-names.js";
import { eponymousDisease } from "./eponyms.js";
import {
  headlinePlaces,
  hometownsAfterPersons,
  hometownsBeforeParties,
  placesAfterOpeners,
  placesAfterPrepositions,
  placesBeforePlaceNouns,
} from "./hometowns.js";
import { hyphenatedNames } from "./hyphenated-names.js";
import { imperativeNames } from "./imperative-names.js";
import { invertedNames } from "./inverted-names.js";
import { joinOrganizationPieces, opensGroupName } from "./joined-organizations.js";
import { catalanSurnames, patronymicNames } from "./joined-surnames.js";
import { dropLowercasePhraseOpenings } from "./lowercase-phrases.js";
import { trimMemberNouns } from "./member-nouns.js";
import { joinMissionNames } from "./mission-names.js";
import { trimLeadingModifiers } from "./modifier-prefix.js";
import { attachLegalForms, attachNameSuffixes, isCapitalForm } from "./name-suffix.js";
import { typeNeuterNames, typeWhichNames } from "./neuter-names.js";
import { isAcronym, spellsInitials, withoutArabicArticle } from "./normalize.js";
import { typeCompanyNames } from "./one-word-companies.js";
import { namesAfterOpeningWords } from "./opening-words.js";
import { partyPluralMentions } from "./party-plurals.js";
import { dropLeaderTitleWords, dropMemberDescriptions } from "./party-title-words.js";
import { joinIndianPatronymics } from "./patronymics.js";
import { placesListedAfterPlaceNouns } from "./place-lists.js";
import { pluralPossessiveNames } from "./plural-possessive-names.js";
import { pluralTitles } from "./plural-titles.js";
import { trimPollNames } from "./poll-names.js";
import { firmsAfterTradeTitles } from "./pollster-names.js";
import { joinLeadingPortfolios, joinPortfolioLists } from "./portfolio-lists.js";
import { splitPossessiveOrganizations } from "./possessive-names.js";
import { dropProgramNames } from "./program-names.js";
import { dropRaceWords } from "./race-words.js";
import { numberedStations, regionalStations } from "./regional-stations.js";
import { repeatOrganizationNames } from "./repeated-names.js";
import { saintSurnames } from "./saint-surnames.js";
import { ballotCommittees, committeesNamedBySlogans } from "./slogan-names.js";
import { stateAbbreviationsAfterTowns } from "./state-abbreviations.js";
import { bareBodiesOfState, bareChambersOfState, bareCongressOfParty } from "./state-chambers.js";
import { bareLegislatures, stateEditions, stateHouses } from "./state-houses.js";
import type { TaggedSpan, TaggedType } from "./tagger/labels.js";
import type { TagIndex } from "./tagger/pieces.js";
import { toldOutlets } from "./told-outlets.js";
import { trailingNames } from "./trailing-names.js";
import type { Mention } from "./types.js";
import { websiteAt } from "./website.js";
import {
  countryBody,
  headWithObjectBefore,
  platformX,
  redCrossSociety,
  STATION_WORDS,
  SUB_BODY_HEADS,
  spelledByAcronymAfter,
  sportBody,
  wholeNamePieces,
  withSubBody,
} from "./whole-names.js";

/** "I'm", "You'll", "We've": a pronoun with a contracted verb is never part of a name ("I'm Isabel Ruiz"). */
const CONTRACTION = /^(?:I|you|we|they|he|she|it|there|that|what|who)['’](?:m|ll|ve|d|re|s)$/i;
/** With the tagger deciding the pieces, runs may also hold "and", "on", "&" ("Council on American-Islamic Relations"). */
const TAGGER_CONNECTORS = new Set(["on", "and", "&"]);
// ("Ramon dela Cruz", "Luiz Inácio Lula da Silva", "Leonardo di Caprio", "João dos Santos")
// ("Konstanze zu Ortenberg", "Sindicato dos Jogadores", "Mato Grosso do Sul")
// ("Nur Syafiqah binti Roslan": the Malay "daughter of"; "Unión por la Patria": the Spanish "for"; "Samuel Kiprono
// arap Langat": the Kalenjin "son of" — words the tagger's runs do not hold, 2026-12-06)
// ("the Association Nationale des Pêcheurs Artisanaux du Sénégal (ANPAS)", "the Office National des Chemins de Fer":
// the French "des" too, 2026-12-07, newsdev74 and newsdev75)
const CONNECTORS = new Set(
  "of for de la los las von van der den ter ten al el bin binti binte du del dela della dello da di dos das do des zu por para arap ap ab ng".split(
    " ",
  ),
);
/**
 * "He told The Wichita Eagle that …": a name of two words or more after "told" and a capitalised "The" — a
 * publication, told things as people are, never a place.
 */
function toldPublication(tokens: readonly Token[], s: number, e: number): boolean {
  const the = tokens[s - 1]?.text === "The" ? s - 1 : tokens[s]?.text === "The" ? s : -1;
  return the >= 0 && e - the >= 3 && /^(?:told|tells|tell)$/.test(tokens[the - 1]?.lower ?? "");
}

/** Whether token i is a temperature's unit written against the degree sign ("30 °C. Nomvula Khoza …"). */
function degreeUnit(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const sign = tokens[i - 1];
  return sign?.text === "°" && sign.end === t.start && /^[CFK]\.?$/.test(t.text);
}

/** Whether token i is a currency's country letters written against its sign ("US$", "NZ$", "HK$"). */
function currencyPrefix(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const sign = tokens[i + 1];
  return sign?.text === "$" && sign.start === t.end && /^\p{Lu}{1,3}$/u.test(t.text);
}

/** Spanish and Portuguese prepositions an article may follow inside a name ("para el", "por la", "de los"). */
const ARTICLED_PREPOSITIONS: ReadonlySet<string> = new Set(["para", "por", "de", "contra", "sobre"]);
/** Māori articles that open a body's name before its "o" ("Te Rūnanga o …", "Ngā Kaitiaki o te Taiao"). */
export const MAORI_OPENERS: ReadonlySet<string> = new Set(["Te", "Ngā"]);

/** The articles after them ("el", "la", "los", "las", "o", "a", "os", "as"). */
const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(["el", "la", "los", "las", "os", "as"]);
/** Name particles that may come two in a row ("van der", "von der", "de la"). */
const PARTICLES = new Set(["de", "la", "von", "van", "der", "den", "ter", "ten", "du", "del", "zu", "por"]);
/** A name's initial: one capital letter and a period ("S.", "K."). */
const INITIAL = /^\p{Lu}\.$/u;
const KNOWN_ORG_INDEX = new Map<string, { name: string; kind: string; short: boolean }>();
/** The first word of every known organization's key ("washington" of "washington post"). */
const KNOWN_FIRST_WORDS = new Set<string>();
/** Lower-case words inside known organizations' names after their first ("list" of "Jutarnji list"). */
const LOWERCASE_NAME_WORDS = new Set<string>();

function firstWord(key: string): string {
  const space = key.indexOf(" ");
  return space < 0 ? key : key.slice(0, space);
}
/** A short acronym ("WHO", "AP", "UN"): it names the organization only in capitals ("Who cares?" does not). */
const SHORT_ACRONYM = /^\p{Lu}{2,3}$/u;
for (const org of [
  ...KNOWN_ORGS,
  ...NEWS_MEDIA,
  ...INTERNATIONAL_BODIES,
  ...POLITICAL_PARTIES,
  ...PLATFORMS,
  ...TITLED_COMPANIES,
  ...RATING_AGENCIES,
  ...UNRULY_NAMES,
  ...US_GOVERNMENT,
  ...LEGISLATURES,
  ...ADVOCACY_GROUPS,
])
  for (const n of [org.name, ...org.aliases]) {
    const key = nameKey(n);
    KNOWN_ORG_INDEX.set(key, {
      name: org.name,
      kind: org.kind,
      short: SHORT_ACRONYM.test(n.replace(/[.\s]/g, "")),
    });
    KNOWN_FIRST_WORDS.add(firstWord(key));
    for (const word of n.split(" ").slice(1)) if (/^\p{Ll}+$/u.test(word)) LOWERCASE_NAME_WORDS.add(word);
  }

/** The organization named `name` of kind `kind` that token i alone spells ("X", "dpa"). */
function oneTokenOrganization(tokens: readonly Token[], i: number, name: string, kind: string): Mention {
  const t = tokens[i] as Token;
  const mention = { start: t.start, end: t.end, text: t.text, name, first: i, last: i + 1 };
  return { ...mention, type: "Organization", kind, tagged: "ORG", cluster: -1 };
}

/** Known organizations' names and aliases written all in lower case ("dpa"), by that spelling. */
const LOWERCASE_KNOWN = new Map<string, { name: string; kind: string }>();
for (const org of NEWS_MEDIA)
  for (const n of [org.name, ...org.aliases])
    if (/^\p{Ll}{2,}$/u.test(n)) LOWERCASE_KNOWN.set(n, { name: org.name, kind: org.kind });

/** Whether the lexicons know an organization so named. */
function isKnownOrg(surface: string): boolean {
  return knownOrg(surface) !== undefined;
}

export function knownOrg(surface: string): { name: string; kind: string } | undefined {
  // (a cheap test first, as this runs over every run of capitals: the key of the surface's first word, past a
  // leading "the", opens no known name — its own key is short and memoised, the whole surface's is neither)
  const space = surface.indexOf(" ");
  const lead = space < 0 ? surface : surface.slice(0, space);
  const opening = (lead === "The" || lead === "the") && space >= 0 ? firstWord(surface.slice(space + 1)) : lead;
  const openingKey = firstWord(nameKey(opening));
  if (openingKey !== "" && !KNOWN_FIRST_WORDS.has(openingKey)) return undefined;
  const known = KNOWN_ORG_INDEX.get(nameKey(surface));
  if (!known || (known.short && !SHORT_ACRONYM.test(surface.replace(/[.\s]/g, "")))) return undefined;
  return { name: known.name, kind: known.kind };
}

/**
 * A known organization named by the tokens [s, e): "The Hill" and "The Onion" need their "the" when
 * written as one word ("Hill said" is a person, "the Hill reported" the newspaper).
 */
function knownOrgAt(
  tokens: Token[],
  s: number,
  e: number,
  surface: string,
  tagged?: TaggedType | "O",
): { name: string; kind: string } | undefined {
  const chamber = bareChamberAt(tokens, s, e, surface, tagged);
  if (chamber) return chamber;
  const known = knownOrg(surface);
  if (!known || e - s !== 1 || !known.name.startsWith("The ")) return known;
  return tokens[s - 1]?.lower === "the" ? known : undefined;
}

/** Longest name of a known organization spelt by tokens from i (up to ten), as the token after its end; else i. */
function knownNameEnd(tokens: readonly Token[], i: number): number {
  let end = i;
  let surface = (tokens[i] as Token).text;
  for (let e = i + 2; e <= Math.min(tokens.length, i + MAX_KNOWN_NAME_TOKENS); e++) {
    const t = tokens[e - 1] as Token;
    if (t.sentence !== tokens[i]?.sentence) break;
    surface += ` ${t.text}`;
    if (knownOrg(surface)) end = e;
  }
  return end;
}
const MAX_KNOWN_NAME_TOKENS = 10;

/**
 * A known organization's name opens at token s and runs past the title there (which ends at `titleEnd`),
 * within [s, last): "General Electric and General Motors" open with no general; "White House Press
 * Secretary Josh Earnest" keeps its title.
 */
function knownOrgFrom(tokens: Token[], s: number, titleEnd: number, last: number): boolean {
  for (let e = titleEnd + 1; e <= Math.min(last, s + 4); e++) {
    const surface = tokens
      .slice(s, e)
      .map((t) => t.text)
      .join(" ");
    if (knownOrg(surface)) return true;
  }
  return false;
}

/**
 * "the House", "House Republicans", "a meeting with House members", "U.S. House": the chamber, as "the
 * Senate" is the United States Senate (`KNOWN_ORGS`). "House" is also a common noun: where a sentence opens
 * with it before a lower-case word ("House leaders said", "House prices rose") the tagger decides (`tagged`:
 * an organization is the chamber). Kept out of `KNOWN_ORGS`, whose aliases feed the tagger's gazetteer.
 */
function bareChamberAt(
  tokens: Token[],
  s: number,
  e: number,
  surface: string,
  tagged?: TaggedType | "O",
): { name: string; kind: string } | undefined {
  if (surface !== "House" && surface !== "U.S. House") return undefined;
  if (surface === "House" && atSentenceStart(tokens, s) && !tokens[e]?.cap && tagged !== "ORG") return undefined;
  return { name: "United States House of Representatives", kind: "legislature" };
}

/** "leader Tom Baker", "president Jorge Ruiz": a lowercase role word at token i, then a name. */
function isRoleBeforeName(tokens: readonly Token[], i: number): boolean {
  const role = tokens[i];
  if (!role || role.cap || role.kind !== "word") return false;
  // ("School board president Angela Ruiz-Whitcomb": one more organization noun before the role)
  if (ORG_NOUNS.has(role.lower) && !isNameToken(tokens[i + 1])) return isRoleBeforeName(tokens, i + 1);
  if (!isNameToken(tokens[i + 1])) return false;
  return titleAt(tokens as Token[], i) !== undefined || ROLE_NOUNS.has(role.lower) || JOB_HEADS.has(role.lower);
}

const CREDIT_WORDS = new Set(["image", "photo", "photograph", "picture", "credit", "courtesy"]);

/**
 * "(R-Bowling Green)", ", D-Pine Bluff,": AP's party letter and a legislator's hometown after a name, which names no
 * one (the affiliation reads the party from it).
 */
function partyNotationRun(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.text;
  return (before === "(" || before === ",") && /^[DRI]-\p{Lu}/u.test(tokens[i]?.text ?? "");
}

/** Token i follows "Image:" or "Photo:" (a caption's credit). */
function isCredit(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.text === ":" && CREDIT_WORDS.has(tokens[i - 2]?.lower ?? "");
}

/** Greetings and interjections that open a quoted address ("Hey Frank, my name is John"). */
const GREETINGS = new Set(["hey", "hi", "hello", "dear", "thanks", "oh", "well", "okay", "ok", "yes", "sorry"]);
/**
 * Epithets a campaign puts before an opponent's name ("Crooked Hillary", "Lyin' Ted", "Little Marco"): no
 * part of the name. "Little" only before a first name ("Little Rock", "Little Richard" stay whole).
 */
const EPITHETS = new Set(["crooked", "lyin", "lyin'", "lyin’", "sleepy", "low-energy"]);
function epithetAt(tokens: readonly Token[], s: number, last: number): boolean {
  const t = tokens[s] as Token;
  if (EPITHETS.has(t.lower)) return true;
  const next = tokens[s + 1];
  return t.lower === "little" && s + 1 < last && next !== undefined && POLITICIANS_CALLED_LITTLE.has(next.text);
}
/** First names "Little" goes before as an epithet in the news (Trump's "Little Marco"; "Little Rocket Man" is no name). */
const POLITICIANS_CALLED_LITTLE = new Set(["Marco"]);
/** Sentence adverbs ("Currently", "Recently", "Unfortunately"): never a first name with these endings. */
const SENTENCE_ADVERB = /^\p{Ll}{3,}(?:ally|ently|antly|ously|ately|ively|ingly|edly)$/u;

/** A surname with a lower-case elided particle: "d'Ettorre", "d’Alembert". */
/** Maltese "of the" before a name's word ("tal-Periti", "tas-Sigurtà", "taż-Żgħażagħ"). */
const MALTESE_OF_THE = /^ta[lsdtnrxżċz]-\p{Lu}/u;
const ELIDED_PARTICLE = /^(?:d|l|dell)['’]\p{Lu}/u;

function isNameToken(t: Token | undefined): t is Token {
  if (!t) return false;
  if (t.cap) return true;
  // (a word all in lower case is none of the forms below: the common case, tested without a regular expression)
  if (t.kind !== "word" || t.text === t.lower) return false;
  // "d'Ettorre"; "Bashar al-Assad", "Ahmed el-Tayeb": a lower-case particle joined to the name
  if (t.kind === "word" && (ELIDED_PARTICLE.test(t.text) || withoutArabicArticle(t.text) !== undefined)) return true;
  // ("the Kamra tal-Periti": Maltese "of the" joined to the name's next word, 2026-12-08, newsdev86)
  if (t.kind === "word" && MALTESE_OF_THE.test(t.text)) return true;
  // "eThekwini Municipality", "wikiHow": a name whose first letter stays small before a capital
  if (t.kind === "word" && /^\p{Ll}{1,5}\p{Lu}\p{L}*$/u.test(t.text)) return true;
  // all-caps acronyms with digits (MI6) and initialisms (U.S.) are words too
  return t.kind === "word" && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(t.text);
}

/** True when the token starts a sentence or a quotation, where capitals say nothing. */
function atSentenceStart(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  const t = tokens[i] as Token;
  if (prev.sentence !== t.sentence) return true;
  return prev.kind === "quote" || prev.text === ":" || prev.text === "(" || prev.text === "—" || prev.text === "–";
}

/**
 * "the Office of the Indiana Attorney General": an office "of the" a state and a title runs on over the title the
 * tagger left out of it (the title alone would be an office-holder nobody names). Mutates the mentions in place.
 */
function officesOfTitles(text: string, tokens: Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== "Organization" || !/^Office of the /.test(m.name)) continue;
    const title = titleAt(tokens, m.last);
    if (!title) continue;
    const words = tokens.slice(m.last, m.last + title.length);
    if (!words.every((t) => t.cap && t.sentence === (tokens[m.first] as Token).sentence)) continue;
    if (mentions.some((o) => o !== m && o.first >= m.last && o.first < m.last + title.length)) continue;
    const end = (words.at(-1) as Token).end;
    m.text = text.slice(m.start, end);
    m.name = visibleText(text.slice((tokens[m.first] as Token).start, end));
    m.end = end;
    m.last += title.length;
  }
}

/** The units of unions and fraternal orders written with their numbers ("Local 1487", "Lodge 27", "Council 94"). */
const NUMBERED_UNITS = /^(?:Local|Lodge|Council)$/;

/** Matches the longest title starting at token i (lowercase words); returns its length in tokens. */
function titleAt(tokens: Token[], i: number): { title: string; length: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  for (const info of titlesStartingWith(t.lower)) {
    const undotted = UNDOTTED_HONORIFICS.get(info.title);
    if (undotted !== undefined && t.text !== undotted) continue;
    const words = info.title.split(" ");
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (tokens[i + k]?.lower !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { title: info.title, length: words.length };
  }
  return undefined;
}

/**
 * Finds name-like mentions: runs of capitalized tokens (joined by "of", "for"...), with titles
 * and nationality adjectives split off, typed by lexicons (known organizations, countries, org
 * head nouns, first names, titles). Runs that cannot be typed stay "Unknown" for the resolver.
 * `lowerVocab` holds the words seen in lowercase in this document (sentence-initial "However").
 * With `tags` (the entity tagger's spans), the tagger decides where names start and end inside
 * a run and whether they are people, organizations or places; lexicons still win for known
 * organizations and countries, and titles are split off by the rules first.
 */
export function detectMentions(text: string, tokens: Token[], lowerVocab: Set<string>, tags?: TagIndex): Mention[] {
  const mentions: Mention[] = [];
  // in a Title Case headline, what follows its verb ("Consumer Reports Slams Automakers Over …") is
  // the claim, not names: the rules (which leave it unknown) decide there
  const headlines = tags ? titleCaseSentences(tokens) : undefined;
  // reading lists: "Austen, Jane." is one person, named by the surname's mention
  const inverted = new Map(invertedNames(text, tokens).map((entry) => [entry.surname, entry]));
  const givenNames = new Map([...inverted.values()].map((entry) => [entry.givenFirst, entry.givenLast]));
  // "Cyclone Phailin … Phailin": a name seen after a storm word is the storm's everywhere
  const storms = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++)
    if ((tokens[k] as Token).cap && STORM_HEADS.has((tokens[k] as Token).lower) && (tokens[k + 1] as Token).cap)
      storms.add((tokens[k + 1] as Token).lower);
  // "the leafy Melbourne suburb of Preston": a name after "suburb of", "town of"… is a place everywhere
  const placeNames = namedPlaces(tokens);
  const datelineTowns = datelinePlaces(tokens);
  // "the ferry Maria Fatima": a vessel's name, wherever else the article writes it ("the Maria Fatima had last been
  // inspected", newsdev81)
  const vessels = new Set<string>();
  const headlineLines = headlines ? ownLines(text, tokens, headlines) : undefined;
  const deferred: [number, number][] = [];
  // "Image: Wikimedia Commons user Desertlens.": a picture's credit line names nobody in the story
  const credits = creditLines(text);
  let i = 0;
  while (i < tokens.length) {
    if (credits.length > 0 && onCreditLine(credits, (tokens[i] as Token).start)) {
      i++;
      continue;
    }
    const entry = inverted.get(i);
    if (entry) {
      const t = tokens[i] as Token;
      mentions.push({
        start: t.start,
        end: t.end,
        text: t.text,
        name: entry.name,
        first: i,
        last: i + 1,
        type: "Person",
        tagged: "PER",
        cluster: -1,
      });
      i++;
      continue;
    }
    const givenEnd = givenNames.get(i);
    if (givenEnd !== undefined) {
      i = givenEnd;
      continue;
    }
    const site = websiteAt(text, tokens, i);
    if (site) {
      const known = knownOrg(site.site);
      const first = tokens[i] as Token;
      // ("members include Amazon.com Inc and several package carriers": the company's legal form after its address is
      // its name's, newsdev61)
      const form = tokens[site.end];
      const legal = form?.cap && LEGAL_FORMS.has(form.lower) && form.start === site.endOffset + 1 ? 1 : 0;
      const end = legal ? (form as Token).end : site.endOffset;
      mentions.push({
        start: first.start,
        end,
        text: text.slice(first.start, end),
        name: legal ? text.slice(first.start, end) : (known?.name ?? site.address),
        first: i,
        last: site.end + legal,
        type: "Organization",
        kind: legal ? "company" : (known?.kind ?? "website"),
        tagged: "ORG",
        cluster: -1,
      });
      i = site.end + legal;
      continue;
    }
    // "the German news agency dpa": a known organization whose name is written in lower case
    const word = tokens[i] as Token;
    const lowerKnown = !word.cap && word.kind === "word" ? LOWERCASE_KNOWN.get(word.text) : undefined;
    if (lowerKnown) {
      mentions.push(oneTokenOrganization(tokens, i, lowerKnown.name, lowerKnown.kind));
      i++;
      continue;
    }
    // "wrote on X", "in a post on X", "her X account": the platform once called Twitter
    if (platformX(tokens, i)) {
      mentions.push(oneTokenOrganization(tokens, i, "X", "platform"));
      i++;
      continue;
    }
    // "told NBC's “Meet the Press”": a programme is a work; its words name nobody
    const programmeEnd = programmeAt(tokens, i);
    if (programmeEnd > i) {
      i = programmeEnd;
      continue;
    }
    // "a spokesman for Oyelaran for President": a candidate's campaign committee, named for the office
    const campaign = campaignCommitteeEnd(tokens, i, lowerVocab);
    if (campaign > i) {
      const first = tokens[i] as Token;
      const last = tokens[campaign - 1] as Token;
      const words = text.slice(first.start, last.end);
      mentions.push({
        start: first.start,
        end: last.end,
        text: words,
        name: words,
        first: i,
        last: campaign,
        type: "Organization",
        kind: campaignKind(tokens, campaign),
        tagged: "ORG",
        cluster: -1,
      });
      i = campaign;
      continue;
    }
    // "the super PAC supporting him": the kind of committee, no name; ("about US$4 million", "NZ$2 million": a
    // currency's country letters written against its sign; "30 °C": a temperature's unit)
    if (!isNameToken(tokens[i]) || superPacAt(tokens, i) || currencyPrefix(tokens, i) || degreeUnit(tokens, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      // "Bernie Sanders Says …": a headline's speech verb ends the name
      if (t && HEADLINE_VERBS.has(t.lower) && t.cap) break;
      if (
        isNameToken(t) &&
        websiteAt(text, tokens, j) === undefined &&
        t.sentence === tokens[i]?.sentence &&
        t.start - (tokens[j - 1]?.end ?? 0) <= 1
      ) {
        j++;
        continue;
      }
      // "Folha de S.Paulo": an initial's period written right against the next word of the name
      if (
        t?.text === "." &&
        /^\p{Lu}$/u.test((tokens[j - 1] as Token).text) &&
        t.start === (tokens[j - 1] as Token).end &&
        isNameToken(tokens[j + 1]) &&
        tokens[j + 1]?.start === t.end &&
        tokens[j + 1]?.sentence === t.sentence
      ) {
        j += 2;
        continue;
      }
      // "the British magazine Kerrang! called it …", "Yahoo! said": an exclamation mark written against a name's
      // word, with the sentence going on in lower case, is the name's own
      if (
        t?.text === "!" &&
        t.start === (tokens[j - 1] as Token).end &&
        // (not a person's given name: "Jeb!" is a slogan's)
        !isListedFirstName((tokens[j - 1] as Token).text) &&
        tokens[j + 1]?.sentence === t.sentence &&
        tokens[j + 1]?.kind === "word" &&
        !tokens[j + 1]?.cap
      ) {
        j++;
        break;
      }
      // "BBC Radio 4", "Channel 4": a station's number is part of its name
      if (
        t?.kind === "number" &&
        /^\d{1,2}$/.test(t.text) &&
        STATION_WORDS.has((tokens[j - 1] as Token).lower) &&
        t.start === (tokens[j - 1] as Token).end + 1
      ) {
        j++;
        continue;
      }
      // "AFSCME Local 1487", "Teamsters Local 727", "Fraternal Order of Police Lodge 27": a union local's or lodge's
      // number is part of its name ("Rhode Island Council 94", a union's council, newsdev81)
      if (
        t?.kind === "number" &&
        /^\d{1,5}$/.test(t.text) &&
        NUMBERED_UNITS.test((tokens[j - 1] as Token).text) &&
        j - 1 > i &&
        t.start === (tokens[j - 1] as Token).end + 1
      ) {
        j++;
        continue;
      }
      // "the Bank of Ghana on Monday": a day or a month after "on" is no part of a name
      const dated = t?.lower === "on" && CALENDAR_WORDS.has((tokens[j + 1] as Token | undefined)?.lower ?? "");
      const joins =
        t &&
        !dated &&
        (CONNECTORS.has(t.lower) ||
          (tags !== undefined && TAGGER_CONNECTORS.has(t.lower)) ||
          // "Commissioner for the Environment and Water Resources": a portfolio's "and"
          (t.lower === "and" && portfolioRun(tokens, i, j)) ||
          // ("Te Rūnanga o Ngāti Kōwhai", "Te Whare Wānanga o Awanuiārangi": the Māori "of" in a name "Te" opens)
          (t.text === "o" && MAORI_OPENERS.has(tokens[i]?.text ?? "")));
      // ("Ngā Kaitiaki o te Taiao": the Māori "of the", "o te", before the name's last words, newsdev71)
      if (
        t?.text === "o" &&
        MAORI_OPENERS.has(tokens[i]?.text ?? "") &&
        tokens[j + 1]?.text === "te" &&
        isNameToken(tokens[j + 2]) &&
        tokens[j + 2]?.sentence === t.sentence
      ) {
        j += 3;
        continue;
      }
      if (
        t &&
        joins &&
        isNameToken(tokens[j + 1]) &&
        tokens[j + 1]?.sentence === t.sentence &&
        websiteAt(text, tokens, j + 1) === undefined
      ) {
        j += 2;
        continue;
      }
      const second = tokens[j + 1];
      const third = tokens[j + 2];
      // "Bengaluru Tech Workers' Collective", "the Teachers' Union": a plural's apostrophe inside a name
      // whose next word is an organization head
      const headEnd = pluralApostropheHead(tokens, j);
      if (headEnd > 0) {
        j = headEnd;
        continue;
      }
      // ("the Association for Parents' Freedom of Choice": a head's "for" or "of" and a plural's apostrophe, then
      // capitalised words — one name, newsdev60)
      if (headsPluralApostrophe(tokens, i, j)) {
        j++;
        continue;
      }
      // "Republican People's Party", "Pakistan Peoples Party", "People's Bank of China", "the Nation's Future
      // Party", "Women's Equality Party": a collective noun's possessive inside a name
      if (
        isPossessive(t) &&
        collectivePossessor((tokens[j - 1] as Token).lower) &&
        isNameToken(second) &&
        second.sentence === (tokens[j - 1] as Token).sentence
      ) {
        j += 2;
        continue;
      }
      // "University of the Witwatersrand", "Institute for the Study of Labor": after an organization
      // head (not "Thomas Covert of the University", "Director of the Program", "Art of the Deal"), and
      // the tagger decides whether "of the" stays inside the name
      // ("the Standing Committee on the Federal Judiciary": a committee's or a council's "on the" too)
      const onThe =
        t?.lower === "on" && /^(?:committee|subcommittee|council|commission)$/.test(tokens[j - 1]?.lower ?? "");
      if (
        tags !== undefined &&
        (t?.lower === "of" || t?.lower === "for" || onThe) &&
        (ORG_HEADS.has((tokens[j - 1] as Token).lower) ||
          SUB_BODY_HEADS.has((tokens[j - 1] as Token).lower) ||
          // ("Friends of the Earth Norway": a leading organization word that opens the run)
          // ("The Presidency of the Republic said …": after a sentence's capitalised "The" too)
          ((j - 1 === i || (j - 2 === i && (tokens[i] as Token).lower === "the")) &&
            LEADING_ORG_HEADS.has((tokens[j - 1] as Token).lower)) ||
          // ("the National Union of Journalists of the Philippines": a body "of the" country)
          (t.lower === "of" && bodyOfCountry(tokens, i, j)) ||
          // ("Commissioner for the Environment": an office's portfolio)
          portfolioRun(tokens, i, j) ||
          // ("the International Council for the Exploration of the Sea": "of the" after the run's head and its "for")
          (t.lower === "of" && headWithObjectBefore(tokens, i, j))) &&
        // ("the Alliance for a Neutral Moldova", "the Coalition for a Democratic Workforce": a cause after "for a")
        (second?.lower === "the" || (second?.lower === "a" && t.lower === "for")) &&
        !second.cap &&
        isNameToken(third) &&
        third?.sentence === t.sentence
      ) {
        j += 3;
        continue;
      }
      // "the Ministry of Fisheries and the Blue Economy": a ministry's portfolios joined by "and the"
      if (
        t?.lower === "and" &&
        second?.lower === "the" &&
        isNameToken(third) &&
        third.sentence === t.sentence &&
        /^(?:ministry|department)$/.test((tokens[(tokens[i] as Token).lower === "the" ? i + 1 : i] as Token).lower) &&
        tokens[(tokens[i] as Token).lower === "the" ? i + 2 : i + 1]?.lower === "of"
      ) {
        j += 3;
        continue;
      }
      // ("the Portuguese Institute for the Sea and the Atmosphere": a second field "and the" joins after the head's
      // "for the" or "of the" — one word, no acronym, organization or country: "… and the ACLU" is a list)
      if (
        t?.lower === "and" &&
        second?.lower === "the" &&
        isNameToken(third) &&
        third.sentence === t.sentence &&
        !tokens[j + 3]?.cap &&
        secondField(tokens, i, j, third)
      ) {
        j += 3;
        continue;
      }
      // "the House Education and the Workforce Committee": a chamber's committee whose portfolios "and the" joins
      if (t?.lower === "and" && second?.lower === "the" && chamberCommitteeJoin(tokens, i, j)) {
        j += 2;
        continue;
      }
      // "the Committee to Protect Journalists", "the Campaign to Stop Killer Robots": an organization head, then
      // "to" and a capitalised verb, names one body
      if (
        t?.lower === "to" &&
        !t.cap &&
        ORG_HEADS.has((tokens[j - 1] as Token).lower) &&
        isNameToken(second) &&
        second.sentence === t.sentence &&
        isNameToken(third) &&
        third.sentence === t.sentence
      ) {
        j += 2;
        continue;
      }
      // two particles: "Pieter van der Walt", "Ursula von der Leyen"; ("the Comisión para el Mercado Financiero": a
      // Spanish or Portuguese preposition and its article inside an organization's name)
      if (
        t &&
        second &&
        (PARTICLES.has(t.lower) || ARTICLED_PREPOSITIONS.has(t.lower)) &&
        (PARTICLES.has(second.lower) || (ARTICLED_PREPOSITIONS.has(t.lower) && ROMANCE_ARTICLES.has(second.lower))) &&
        isNameToken(third) &&
        third?.sentence === t.sentence
      ) {
        j += 3;
        continue;
      }
      break;
    }
    // "the Organization for Security and Co-operation in Europe": a known name that runs on over "and" or "in"
    // ("told the daily Jutarnji list that …": a known name's lower-case word after its capitals, 2026-12-08, newsdev86)
    if (/^(?:and|in|&|the)$/.test(tokens[j]?.lower ?? "") || LOWERCASE_NAME_WORDS.has(tokens[j]?.text ?? ""))
      j = Math.max(j, knownNameEnd(tokens, i));
    // "the Association of Banks in Lebanon (ABL)": a name over "in", when the acronym after it spells it all
    if (tokens[j]?.lower === "in") j = Math.max(j, inNameEnd(text, tokens, i, j));
    // "the Attorney General's Office", "the Prime Minister’s Office": an office's own office is an organization
    const office = titleOffice(text, tokens, i, j);
    if (office) {
      // (the country whose office it is: "Peru’s")
      if (office.first - 1 > i && isPossessive(tokens[office.first - 1]))
        processRun(text, tokens, i, office.first - 1, lowerVocab, mentions, tags, headlines);
      mentions.push(office);
      i = office.last;
      continue;
    }
    const first = tokens[i] as Token;
    if (
      (j === i + 1 && storms.has(first.lower)) ||
      placeNames.has(runKey(tokens, i, j)) ||
      // (not the place's government: "the Pagadian City government")
      (datelineTowns.has(runKey(tokens, i, j)) && !governmentAfter(tokens[j])) ||
      eponymousDisease(tokens, i, j) ||
      waterOf(tokens, i, j) ||
      stadiumOrCup(tokens, i, j) ||
      chamberOfRace(tokens, i, j) ||
      (shipName(tokens, i, j) && vessels.add(runKey(tokens, tokens[i]?.text === "The" ? i + 1 : i, j))) ||
      partyNotationRun(tokens, i)
    ) {
      i = j;
      continue;
    }
    // a headline line's runs wait for the article's own names (below); not the name that opens it before a
    // colon or a speech verb ("Ann Coulter: And Then There Was the One", "Bernie Sanders Says …"), its
    // author or speaker
    const opensHeadline =
      atSentenceStart(tokens, i) &&
      (tokens[j]?.text === ":" || (tokens[j]?.cap === true && HEADLINE_VERBS.has(tokens[j]?.lower ?? "")));
    if (headlineLines?.has(first.sentence) && !opensHeadline) {
      deferred.push([i, j]);
      i = j;
      continue;
    }
    const headlineContent = HEADLINE_VERBS.has(first.lower) && (headlines?.has(first.sentence) ?? false);
    const before = mentions.length;
    processRun(text, tokens, i, j, lowerVocab, mentions, headlineContent ? undefined : tags, headlines);
    // "Image: David Shankbone.": a photo credit no lexicon or tagger typed is a person
    if (isCredit(tokens, i))
      for (let k = before; k < mentions.length; k++) {
        const m = mentions[k] as Mention;
        if (m.type === "Unknown" && m.first === i) {
          m.type = "Person";
          m.tagged = "PER";
        }
      }
    i = j;
  }
  if (deferred.length > 0) namesInHeadlines(text, tokens, deferred, lowerVocab, mentions, headlines);
  if (vessels.size > 0)
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k] as Mention;
      if (m.title === undefined && vessels.has(runKey(tokens, m.first, m.last))) mentions.splice(k, 1);
    }
  if (tags) unifyTaggedTypes(mentions, tokens);
  if (tags) typeCompanyNames(mentions, lowerVocab);
  extendToLongerOrganizations(text, tokens, mentions);
  officesOfTitles(text, tokens, mentions);
  joinPortfolioLists(text, tokens, mentions, (name) => knownOrg(name) !== undefined);
  joinCourtDistricts(text, tokens, mentions);
  bareFederalDistricts(text, tokens, mentions, (name) => US_STATE_NAMES.has(name));
  joinCircuitOrdinals(text, tokens, mentions);
  joinMissionNames(text, tokens, mentions);
  joinCauseNames(text, tokens, mentions);
  joinLeadingPortfolios(text, tokens, mentions);
  typeDescribedNames(tokens, mentions);
  typeNeuterNames(tokens, mentions);
  typeWhichNames(tokens, mentions);
  typeAgedNames(text, tokens, mentions);
  hometownsAfterPersons(tokens, mentions);
  hometownsBeforeParties(tokens, mentions);
  descentAdjectives(tokens, mentions);
  placesAfterPrepositions(text, tokens, mentions);
  placesBeforePlaceNouns(tokens, mentions);
  headlinePlaces(text, tokens, mentions);
  placesAfterOpeners(tokens, mentions);
  typeCoordinatedOrganizations(tokens, mentions);
  trimNationalityConjuncts(text, tokens, mentions);
  joinAmpersandNames(text, tokens, mentions);
  trimPollNames(text, tokens, mentions);
  trimMemberNouns(text, tokens, mentions);
  trimCountryAfterCompany(text, tokens, mentions);
  joinCampusNames(text, tokens, mentions);
  trimLeadingModifiers(text, tokens, mentions, knownOrg);
  attachNameSuffixes(text, tokens, mentions);
  attachLegalForms(text, tokens, mentions);
  companyOpeningsBeforeParticles(text, tokens, mentions);
  joinDashedNames(text, tokens, mentions);
  nicknamedGivenNames(text, tokens, mentions);
  joinNicknamedNames(text, tokens, mentions);
  if (tags) surnamesReadAsPlaces(tokens, mentions);
  if (tags) shortNamesReadAsPlaces(tokens, mentions);
  if (tags) placeWordsReadAsPeople(tokens, mentions);
  if (tags) orgEndingsReadAsPeople(tokens, mentions);
  if (tags) namesListedWithPlaces(tokens, mentions);
  placesListedAfterPlaceNouns(tokens, mentions);
  joinCommaListNames(text, tokens, mentions);
  membersBeforeHeads(text, tokens, mentions);
  secondOfTheNames(text, tokens, mentions);
  splitAtDefinedAcronyms(text, tokens, mentions);
  namesBeforeBlends(text, tokens, mentions);
  camelCaseAcronymNames(text, tokens, mentions);
  typeNamesByAcronym(text, mentions);
  bindDefinedAcronyms(text, mentions);
  bindBracketShortNames(text, mentions, (word) => isPlaceName(word, word.toLowerCase(), undefined));
  dropTermAcronyms(tokens, mentions);
  stateHouses(text, tokens, mentions);
  bareLegislatures(text, tokens, mentions);
  // (a news organization the lexicons know, or a brand's name written with a capital inside: "PolitiFact")
  stateEditions(
    text,
    tokens,
    mentions,
    (word) => knownOrg(word)?.kind === "media" || /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(word),
  );
  hyphenatedNames(text, tokens, mentions);
  namesBeforeDescriptors(text, tokens, mentions);
  firmsAfterTradeTitles(text, tokens, mentions);
  committeesNamedBySlogans(tokens, mentions);
  ballotCommittees(text, tokens, mentions);
  namesOverIn(text, tokens, mentions);
  splitPossessiveOrganizations(text, tokens, mentions);
  trailingNames(text, tokens, mentions);
  imperativeNames(text, tokens, mentions);
  namesAfterOpeningWords(text, tokens, mentions);
  possessiveCounties(text, tokens, mentions);
  countiesAsPlaces(mentions);
  camelCaseOpenings(text, tokens, mentions);
  unitsOfOrganizations(text, tokens, mentions);
  groupsForCauses(text, tokens, mentions);
  groupsOfPlaces(text, tokens, mentions);
  untaggedMemberGroups(text, tokens, mentions);
  tribalNations(text, tokens, mentions);
  radioAndTelevision(text, tokens, mentions);
  organizationsOfCountries(text, tokens, mentions);
  companiesOpeningSentences(text, tokens, mentions);
  catalanSurnames(text, tokens, mentions);
  patronymicNames(text, tokens, mentions);
  saintSurnames(text, tokens, mentions);
  pluralPossessiveNames(text, tokens, mentions);
  dropRaceWords(mentions);
  dropProgramNames(tokens, mentions);
  stateAbbreviationsAfterTowns(tokens, mentions);
  regionalStations(text, tokens, mentions);
  numberedStations(text, tokens, mentions);
  toldOutlets(text, tokens, mentions);
  // (again, for the places of the local governments just opened: "the City of Cass Falls")
  if (tags) placeWordsReadAsPeople(tokens, mentions);
  pluralTitles(tokens, mentions);
  joinIndianPatronymics(text, tokens, mentions);
  dropLeaderTitleWords(tokens, mentions);
  dropMemberDescriptions(tokens, mentions);
  bareChambersOfState(text, mentions);
  bareBodiesOfState(text, mentions);
  bareCongressOfParty(mentions);
  partyPluralMentions(text, tokens, mentions);
  joinCommitteesOn(text, tokens, mentions);
  repeatOrganizationNames(text, tokens, mentions);
  dropLowercasePhraseOpenings(tokens, mentions);
  // "the Carolina Panthers": a team ("the team's head coach" is its)
  for (const m of mentions)
    if (m.type === "Organization" && m.kind === "organization" && isTeamName(m.name)) m.kind = "team";
  // ("on Tuesday and Thursday nights": days and months joined by "and" name no one)
  return mentions.filter((m) => !(m.tagged === "LOC" && m.type === "Unknown") && !calendarWords(m.name));
}

/** Whether every word of a name is a weekday, a month, "and" or "or" ("Tuesday and Thursday"), of two days or more. */
function calendarWords(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length >= 3 && words.every((w) => CALENDAR_WORDS.has(w) || w === "and" || w === "or");
}

/** A place's name joined to "-based" and the like ("Dhabi-based", "York-owned"): a modifier before a name. */
const PLACE_BASED = /^\p{Lu}[\p{L}.]*-(?:based|owned|backed|listed)$/u;

/** Words that make a title a subordinate one ("Deputy Minister", "Acting Director"), kept out of the title lexicon. */
const SUBORDINATE_WORDS = new Set(["deputy", "vice", "assistant", "acting", "associate", "junior", "interim"]);

/** "Deputy Minister of …", "Acting Director": a capitalised subordinate word before a title the lexicon knows. */
function subordinateTitleAt(tokens: Token[], i: number): { title: string; length: number } | undefined {
  const word = tokens[i];
  if (!word?.cap || !SUBORDINATE_WORDS.has(word.lower)) return undefined;
  const title = titleAt(tokens, i + 1);
  return title ? { title: `${word.lower} ${title.title}`, length: title.length + 1 } : undefined;
}

/**
 * "The All India Anna Dravida Munnetra Kazhagam", "the All Progressives Congress": a capitalised "All" opens a
 * name of three words or more when a country's name follows it or an organization's head ends the run.
 */
function allOpensName(tokens: readonly Token[], s: number, last: number): boolean {
  const all = tokens[s] as Token;
  if (all.text !== "All" || last - s < 3 || !isNameToken(tokens[s + 1])) return false;
  return countryOf((tokens[s + 1] as Token).text)?.form === "name" || ORG_HEADS.has((tokens[last - 1] as Token).lower);
}

/**
 * "Ardenne–Voltis Pro Cycling": an organization's name the en dash split, the tagger keeping the part
 * after it. A capitalised word joined to the name by an en dash with no space on either side becomes its
 * first word, unless it is a name of its own (a typed mention, a country: "Israel–Hamas talks"). The
 * mentions stay in text order: the word before was at most an untyped mention of its own, now dropped.
 */
function joinDashedNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const typed = new Set<number>();
  const unknownAt = new Map<number, Mention>();
  for (const m of mentions)
    if (m.type === "Unknown" && m.last - m.first === 1) unknownAt.set(m.first, m);
    else for (let k = m.first; k < m.last; k++) typed.add(k);
  const absorbed = new Set<Mention>();
  for (const m of mentions) {
    if (m.title !== undefined || m.type !== "Organization") continue;
    const dash = tokens[m.first - 1];
    const word = tokens[m.first - 2];
    const head = tokens[m.first];
    if (dash?.text !== "–" || !word || !head || word.kind !== "word" || !word.cap) continue;
    if (word.end !== dash.start || dash.end !== head.start || word.sentence !== head.sentence) continue;
    if (typed.has(m.first - 2) || countryOf(word.text)) continue;
    const alone = unknownAt.get(m.first - 2);
    if (alone) absorbed.add(alone);
    m.name = `${text.slice(word.start, head.start)}${m.name}`;
    m.first -= 2;
    m.start = word.start;
    m.text = text.slice(m.start, m.end);
  }
  // the word is the name's now, not a name of its own
  for (let i = mentions.length - 1; i >= 0; i--) if (absorbed.has(mentions[i] as Mention)) mentions.splice(i, 1);
}

/** Quotation marks that open and close a nickname. */
const NICKNAME_QUOTES: ReadonlyMap<string, string> = new Map([
  ["“", "”"],
  ['"', '"'],
  ["‘", "’"],
]);
const MAX_NICKNAME_WORDS = 3;

/**
 * "Ezequiel “Chino” Barrionuevo", "John “Tig” Tiegen": a nickname in quotation marks between a
 * person's first name and surname splits the run in two ("Ezequiel" and "Barrionuevo" on their own).
 * A person's name of one or two words, a nickname of capitalised words in quotes, and a name of one
 * or two words that is a person's or untyped, all in one sentence and one space apart, are one
 * person named without the nickname (the mention spans it).
 */
/**
 * ('Manuel "Nelinho" Fortes, who runs a kitesurfing school, said …' where the tagger read neither the given name
 * before the straight quotation marks nor the surname after them as a person's): a listed given name, a nickname of
 * one to three capitalised words in quotation marks and a capitalised surname, each a space apart, are one person —
 * whatever mentions the tagger made of the given name or the surname (2026-12-07, newsdev78). Mutates `mentions`.
 */
function nicknamedGivenNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (let i = 1; i + 3 < tokens.length; i++) {
    const open = tokens[i] as Token;
    const close = NICKNAME_QUOTES.get(open.text);
    const given = tokens[i - 1] as Token;
    if (!close || given.kind !== "word" || !isListedFirstName(given.text) || open.start !== given.end + 1) continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= MAX_NICKNAME_WORDS && tokens[k]?.kind === "word" && tokens[k]?.cap) k++;
    const closing = tokens[k];
    const surname = tokens[k + 1];
    if (k === i + 1 || closing?.text !== close || closing.start !== (tokens[k - 1] as Token).end) continue;
    if (!surname || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(surname.text) || surname.start !== closing.end + 1)
      continue;
    if (surname.sentence !== given.sentence) continue;
    // (a person's mention already made of the whole is left to `joinNicknamedNames`)
    if (mentions.some((m) => m.first === i - 1 && m.type === "Person")) continue;
    const covering = mentions.filter((m) => m.first <= k + 1 && m.last >= i - 1);
    if (covering.some((m) => m.type === "Person" && m.last - m.first > 1)) continue;
    for (const m of covering) mentions.splice(mentions.indexOf(m), 1);
    const at = mentions.findIndex((m) => m.start > given.start);
    const person: Mention = {
      start: given.start,
      end: surname.end,
      text: text.slice(given.start, surname.end),
      name: `${given.text} ${surname.text}`,
      first: i - 1,
      last: k + 2,
      type: "Person",
      tagged: "PER",
      cluster: -1,
      nickname: visibleText(text.slice(open.end, closing.start)),
    };
    mentions.splice(at < 0 ? mentions.length : at, 0, person);
  }
}

function joinNicknamedNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  const joined = new Set<Mention>();
  for (const m of mentions) {
    // (names the tagger left untagged too: "Beauregard “Bo” Thibodeaux", the nickname between them says a person)
    if (joined.has(m) || (m.type !== "Person" && m.type !== "Unknown") || m.last - m.first > 2) continue;
    const open = tokens[m.last];
    const close = open ? NICKNAME_QUOTES.get(open.text) : undefined;
    if (!open || !close || open.start !== m.end + 1) continue;
    let k = m.last + 1;
    while (k < tokens.length && k - m.last <= MAX_NICKNAME_WORDS && tokens[k]?.kind === "word" && tokens[k]?.cap) k++;
    const closing = tokens[k];
    if (k === m.last + 1 || closing?.text !== close || closing.start !== (tokens[k - 1] as Token).end) continue;
    // ("Matheus “Trovão” Alves and Gabriel …": a person's surname after the nickname that no mention holds, one
    // capitalised word before a comma, "and" or the sentence's end)
    const surname = tokens[k + 1];
    const bare =
      m.type === "Person" &&
      !byFirst.has(k + 1) &&
      surname !== undefined &&
      /^\p{Lu}\p{Ll}+$/u.test(surname.text) &&
      /^(?:,|and|\.|;)$/.test(tokens[k + 2]?.text ?? ".")
        ? {
            ...m,
            first: k + 1,
            last: k + 2,
            start: surname.start,
            end: surname.end,
            name: surname.text,
            text: surname.text,
          }
        : undefined;
    const rest = byFirst.get(k + 1) ?? bare;
    if (!rest || (rest.type !== "Person" && rest.type !== "Unknown") || rest.last - rest.first > 2) continue;
    if (rest.start !== closing.end + 1 || (tokens[rest.first] as Token).sentence !== open.sentence) continue;
    // (an untagged pair only as a name is written: "Beauregard “Bo” Thibodeaux", not a shouted "AND ‘JUSTICE
    // LEAGUE’ TRAILERS")
    const written = (x: Mention) => /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*$/u.test(x.name);
    if (m.type === "Unknown" && (!written(m) || !written(rest))) continue;
    m.nickname = visibleText(text.slice(open.end, closing.start));
    if (m.type === "Unknown") {
      m.type = "Person";
      m.tagged = "PER";
    }
    m.name = `${m.name} ${rest.name}`;
    m.end = rest.end;
    m.last = rest.last;
    m.text = text.slice(m.start, m.end);
    joined.add(rest);
  }
  for (let i = mentions.length - 1; i >= 0; i--) if (joined.has(mentions[i] as Mention)) mentions.splice(i, 1);
}

/** Most words between an appositive's article and its organization noun ("a voting-rights group", "a patients' group"). */
const APPOSITIVE_NOUN_WINDOW = 4;

/** Whether ", a|an|the …" right after token `last` heads with an organization's noun before its closing comma. */
function describedAsOrganization(tokens: readonly Token[], last: number): boolean {
  if (tokens[last]?.text !== "," || !/^(?:a|an|the)$/.test(tokens[last + 1]?.lower ?? "")) return false;
  for (let k = last + 2; k <= last + 1 + APPOSITIVE_NOUN_WINDOW; k++) {
    const t = tokens[k];
    // (the head before any preposition: "Oh Se-jin, a director-general at the ministry," is a person's)
    if (!t || t.kind === "punct" || t.cap || FUNCTION_WORDS.has(t.lower)) return false;
    if (ORG_NOUNS.has(t.lower) && (tokens[k + 1]?.text === "," || tokens[k + 1]?.text === ".")) return true;
  }
  return false;
}

/** Whether tokens [s, last) spell the opening words of an organization mention found before them. */
function opensOrganizationBefore(
  text: string,
  tokens: readonly Token[],
  s: number,
  last: number,
  found: readonly Mention[],
): boolean {
  const words = text.slice((tokens[s] as Token).start, (tokens[last - 1] as Token).end);
  return found.some((m) => m.type === "Organization" && m.name.startsWith(`${words} `));
}

function processRun(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  lowerVocab: Set<string>,
  out: Mention[],
  tags: TagIndex | undefined,
  headlines?: ReadonlySet<number>,
) {
  let s = first;
  // ("into Côte d’Ivoire and Togo": a country's name of several words before "and" and another name are two runs,
  // however the tagger read them, newsdev72)
  for (let k = first + 2; k < last - 1; k++) {
    if ((tokens[k] as Token).lower !== "and") continue;
    const before = visibleText(text.slice((tokens[first] as Token).start, (tokens[k - 1] as Token).end));
    if (countryOf(before)?.form !== "name") break;
    processRun(text, tokens, first, k, lowerVocab, out, tags, headlines);
    processRun(text, tokens, k + 1, last, lowerVocab, out, tags, headlines);
    return;
  }
  // "Save the Children has paid …": a known organization's whole name opening a sentence keeps its first word
  if (last - first >= 3 && tags && !FUNCTION_WORDS.has((tokens[first] as Token).lower)) {
    const whole = visibleText(text.slice((tokens[first] as Token).start, (tokens[last - 1] as Token).end));
    if (knownOrg(whole) && !countryOf(whole)) {
      emitMention(text, tokens, first, last, {}, lowerVocab, out, undefined);
      return;
    }
  }
  // sentence-initial common words ("However", "Essentially", "The") are not names
  while (s < last) {
    const t = tokens[s] as Token;
    const startish = s === first ? atSentenceStart(tokens, s) : false;
    if (
      (startish || s > first) &&
      FUNCTION_WORDS.has(t.lower) &&
      !isAcronym(t.text) &&
      !allOpensName(tokens, s, last) &&
      // ("The Three Rivers Transit Authority voted …": a number opening an organization's name, newsdev62)
      !(
        s > first &&
        COUNT_WORDS.has(t.lower) &&
        last - s >= 3 &&
        ORG_HEADS.has((tokens[last - 1] as Token).lower) &&
        (tokens[s + 1] as Token).cap
      )
    ) {
      s++;
      continue;
    }
    // ("Twelve Georgia voters filed a federal lawsuit …": a count opening the sentence is no name's word, newsdev60)
    if (startish && COUNT_WORDS.has(t.lower) && s + 1 < last) {
      s++;
      continue;
    }
    // "Hey Frank", "Currently Shalev": a greeting or a sentence adverb in front of a name
    // "Crooked Hillary", "Lyin' Ted" (a run of its own before the apostrophe)
    if (s === first && epithetAt(tokens, s, last)) {
      s++;
      continue;
    }
    // ("Oh Se-jin, a director-general at the ministry,": a Korean surname before a hyphenated given name, newsdev57)
    const surname = t.text === "Oh" && s + 2 === last && hyphenatedGivenName(tokens, s, last);
    if (
      s === first &&
      s + 1 < last &&
      !surname &&
      (GREETINGS.has(t.lower) || (startish && SENTENCE_ADVERB.test(t.lower)))
    ) {
      s++;
      continue;
    }
    // "Abu Dhabi-based Masdar", "New York-based Meridian": a place and "-based" modify the name after them
    // ("The Jeddah-based Al-Suwailem Group": after a sentence's "The" too)
    if (s === first || (s === first + 1 && (tokens[first] as Token).lower === "the")) {
      let based = s;
      while (based < Math.min(s + 3, last - 1) && !PLACE_BASED.test((tokens[based] as Token).text)) based++;
      if (based < last - 1 && PLACE_BASED.test((tokens[based] as Token).text)) {
        s = based + 1;
        break;
      }
    }
    // (not a leading organization word of a longer name: "— Club Atlético Almagro Norte reached", with "the club" elsewhere)
    // ("Ministry of Health spokesperson Dana Mizrahi said …" with "the ministry" below: a head before "of" and a name)
    const headOf =
      INSTITUTION_OPENERS.test(t.lower) &&
      /^(?:of|for)$/.test(tokens[s + 1]?.lower ?? "") &&
      (tokens[s + 2]?.cap ?? false);
    const leadsName = s + 1 < last && (LEADING_ORG_HEADS.has(t.lower) || opensGroupName(tokens, s) || headOf);
    // ("Court orders release …" with "a Turkish court" below: an organization noun alone is no first name there)
    const bareOrgNoun = last - first === 1 && ORG_NOUNS.has(t.lower);
    // ("Transport Scotland said …" opening a paragraph, with "transport secretary" below: an agency's word and a
    // country are one name, as they are inside a sentence)
    // ("Athletics Kenya said it respected the decision" opening a paragraph, "athletics" in lower case elsewhere)
    const agencyOfCountry = s === first && (countryBody(text, tokens, s, last) || sportBody(text, tokens, s, last));
    // ("Jazz FM denied …" where the article writes "jazz" in lower case too: a station's word and its band)
    const station = s === first && last - first === 2 && /^(?:FM|AM|TV)$/.test((tokens[last - 1] as Token).text);
    // ("House Agriculture Committee Chairman X …" where a quotation says "the house is too big": a chamber's committee)
    const chamberCommittee =
      s === first &&
      /^(?:House|Senate)$/.test(t.text) &&
      tokens.slice(s + 1, last).some((w) => /^(?:Committee|Subcommittee|Caucus)$/.test(w.text));
    // ("New Vision, the state-owned daily, reported …" where the article writes "new" in lower case too: "New" before
    // a capitalised word opens a name, as in "New Zealand", newsdev60)
    const newName = t.text === "New" && s + 1 < last && (tokens[s + 1] as Token).cap;
    // ("Te Rūnanga o Ngāti Kōwhai said …" where the article writes "o te" in a Māori name too: the article before its
    // body's "o", newsdev71)
    const maoriName = MAORI_OPENERS.has(t.text) && tokens.slice(s + 2, last).some((w) => w.text === "o");
    // ("Wind Energy Ireland said …" where the article writes "wind farm": the tagger's sure organization of three words
    // or more that ends with a country's name keeps its first word, newsdev63)
    const sureOrg =
      s === first &&
      last - s >= 3 &&
      countryOf((tokens[last - 1] as Token).text)?.form === "name" &&
      tags?.pieces(s, last).some((p) => p.type === "ORG" && p.first === s && p.last === last) === true;
    // ("Fair Ballot Texas, a voting-rights group, joined …": a name an appositive calls an organization keeps its first
    // word; "Lone Star is simply unhappy" after "Lone Star Ballot Technologies": the opening words of an organization
    // named before, 2026-12-08, newsdev87; asked last, when the word would go)
    const namedOrganization = () =>
      s === first && (describedAsOrganization(tokens, last) || opensOrganizationBefore(text, tokens, s, last, out));
    if (
      startish &&
      lowerVocab.has(t.lower) &&
      !leadsName &&
      !newName &&
      !maoriName &&
      !sureOrg &&
      !agencyOfCountry &&
      !station &&
      !chamberCommittee &&
      (!firstNameGender(t.text) || bareOrgNoun) &&
      !titleAt(tokens, s) &&
      !countryOf(t.text) &&
      !namedOrganization()
    ) {
      s++;
      continue;
    }
    break;
  }
  if (s >= last) return;
  // ("House Speaker Dale Hendershot, R-Wichita, who …": AP's party and state after a name, no name of its own)
  if (last - s === 1 && /^[DRI]-\p{Lu}[\p{L}.]*$/u.test((tokens[s] as Token).text)) return;
  // "a Form Three student", "the Form Ones": a school year in East African and British schools, no name
  if (tokens[s]?.text === "Form" && SCHOOL_FORMS.test(tokens[s + 1]?.text ?? "")) {
    if (s + 2 < last) processRun(text, tokens, s + 2, last, lowerVocab, out, tags, headlines);
    return;
  }
  // ("Speaking in Abuja, NLC President Comrade Ibrahim Danladi Yakubu said …", "FIFA President X": an acronym right
  // before a title, which the tagger left out, is the organization's name; the title and the name after it the
  // person's, newsdev56)
  const acronym = tokens[s] as Token;
  if (
    last - s >= 3 &&
    /^\p{Lu}{2,6}$/u.test(acronym.text) &&
    !countryOf(acronym.text) &&
    !titleAt(tokens, s) &&
    titleAt(tokens, s + 1) !== undefined &&
    !tags?.pieces(s, s + 1).some((p) => p.first === s)
  ) {
    emitMention(text, tokens, s, s + 1, {}, lowerVocab, out, "ORG");
    processRun(text, tokens, s + 1, last, lowerVocab, out, tags, headlines);
    return;
  }
  // "Labour MP Diane Abbott", "a Labour MP", "the Labour MP for Hackney": the words before a member of
  // parliament's title are the member's party, the name after it the member's (not the constituency after "for")
  for (let k = s + 1; k < last; k++) {
    if (!MEMBER_TITLES.has((tokens[k] as Token).text)) continue;
    // "said Sharon Ashdown MP, the Labour member for …": a post-nominal after a person's name ends the run (a
    // first name the lexicon knows, or a name of two words or more the tagger read as a person's: "Aoife Ní Riain
    // TD", not "a Labour MP")
    // ("Chief Babatunde Ogunleye SAN": a title, or one word the tagger left out, before the name)
    const titled = titleAt(tokens, s);
    const personPiece = tags?.pieces(s, k).find((p) => p.type === "PER" && p.last === k && p.last - p.first >= 2);
    const from =
      titled && s + titled.length < k ? s + titled.length : personPiece && personPiece.first === s + 1 ? s + 1 : s;
    const taggedPerson = personPiece !== undefined && personPiece.first === from;
    const afterPerson = firstNameGender((tokens[from] as Token).text) !== undefined || taggedPerson;
    // ("Zamalek SC": a club's "SC" ends a person's name only after a person's — "Adv. Thulani Zungu SC")
    if ((tokens[k] as Token).text === "SC" && !(k + 1 === last && (afterPerson || titled))) continue;
    if (k + 1 === last && afterPerson) {
      const head: RunHead = from > s && titled ? { title: titled.title, titleStart: s } : {};
      emitMention(text, tokens, from, k, head, lowerVocab, out, "PER");
      return;
    }
    // ("Opposition MP Anjeela Devi Prasad", "Independent TD X": a word of a member's standing, no party)
    if (!(k === s + 1 && MEMBER_STANDINGS.has((tokens[s] as Token).lower)))
      emitMention(text, tokens, s, k, {}, lowerVocab, out, "ORG");
    if (k + 1 < last && tokens[k + 1]?.lower !== "for")
      processRun(text, tokens, k, last, lowerVocab, out, tags, headlines);
    return;
  }
  // "Union leader Tom Baker", "Club president Jorge Ruiz": an organization noun capitalized only because it
  // opens the sentence, in front of a role, describes the person's organization (affiliations read it as
  // they read "union leader …"); it names none
  if (
    s === first &&
    last - first === 1 &&
    atSentenceStart(tokens, first) &&
    ORG_NOUNS.has((tokens[first] as Token).lower) &&
    isRoleBeforeName(tokens, last)
  )
    return;
  // "Once Cyclone Phailin", "Tropical Storm Erin": a storm, not an actor (its word may have been
  // taken for a sentence-initial common word just above)
  for (const k of [s, s - 1]) {
    const word = tokens[k]?.lower;
    if (
      k >= first &&
      word !== undefined &&
      (STORM_HEADS.has(word) || (word === "tropical" && tokens[k + 1]?.lower === "storm"))
    )
      return;
  }
  // titles ("President", "Secretary of State", "Foreign Minister") and nationality adjectives in front
  let title: string | undefined;
  let titleCountry: string | undefined;
  let titleStart = s;
  const nat = countryOf((tokens[s] as Token).text);
  if (nat?.form === "adjective" && s + 1 < last && titleAt(tokens, s + 1)) {
    titleCountry = nat.country.name;
    s++;
  }
  for (;;) {
    const tt = titleAt(tokens, s) ?? subordinateTitleAt(tokens, s) ?? countyOfficeAt(tokens, s);
    if (!tt || s + tt.length >= last || knownOrgFrom(tokens, s, s + tt.length, last)) break;
    // "the General Confederation of Labour", "the General Assembly": an organization's head right after the
    // title word opens the organization's name
    const opening = (tokens[s + tt.length] as Token).lower;
    if ((ORG_HEADS.has(opening) || LEADING_ORG_HEADS.has(opening)) && s + tt.length + 1 < last) break;
    // "the Justice Department", "the General Services Administration": a title word before a name that ends in
    // an organization's head noun (and opens with no first name) is the organization's
    if (ORG_HEADS.has((tokens[last - 1] as Token).lower) && !firstNameGender((tokens[s + tt.length] as Token).text))
      break;
    // "Fianna Fáil TD Pádraig Ó Conghaile" (the party just split off), "MP Diane Abbott", not "TD Bank", "TD
    // Ameritrade": a member's title is one before a person's name, after the party or before a first name
    if (MEMBER_TITLES.has((tokens[s] as Token).text)) {
      // (or after a word of the member's standing: "Opposition MP Anjeela Devi Prasad")
      const afterParty = out.at(-1)?.last === s || MEMBER_STANDINGS.has(tokens[s - 1]?.lower ?? "");
      if (ORG_HEADS.has((tokens[last - 1] as Token).lower)) break;
      if (!afterParty && !firstNameGender((tokens[s + tt.length] as Token).text)) break;
    }
    title = HONORIFICS.has(tt.title) && title ? title : tt.title;
    s += tt.length;
  }
  // "France's President Emmanuel Macron", "South Korea’s Foreign Minister X": the country whose possessive stands
  // right before the title is the office's (not the title's default: "President" alone is the United States')
  if (title && !titleCountry && titleStart === first) titleCountry = possessiveCountryBefore(text, tokens, first);
  // "Ghana’s Minister for Communications, Yaw Darko Ofori": a minister's, secretary's, commissioner's or
  // director's portfolio ("for Communications", "of Finance", "of Media and Communications") ending the run
  // names nobody (a known first name after it starts the person's name; "CEO of Hewlett-Packard" is an
  // organization)
  /** The first token of the person a portfolio title names ("… of Economic Affairs Lin Wei-ting"), when the tagger found them. */
  let portfolioHolder = -1;
  if (
    title &&
    PORTFOLIO_TITLE.test(title) &&
    (tokens[s]?.lower === "for" || tokens[s]?.lower === "of") &&
    // ("Commissioner for the Environment and Water Resources")
    last - s <= 7
  ) {
    // ("The First Minister of Wales, Rhian Evans,": a country after "of" is the office's, and named)
    const country = countryOf(visibleText(text.slice((tokens[s + 1] as Token).start, (tokens[last - 1] as Token).end)));
    if (country?.form === "name") {
      emitMention(text, tokens, s + 1, last, {}, lowerVocab, out, undefined);
      return;
    }
    let k = s + 1;
    while (k < last && !firstNameGender((tokens[k] as Token).text)) k++;
    // ("Deputy Minister of Economic Affairs Lin Wei-ting": a name no first-name list has, which the tagger reads
    // as a person's and which ends the run)
    const person = tags?.pieces(s + 1, last).find((p) => p.type === "PER" && p.last === last && p.first > s + 1);
    if (k === last && !person) return;
    portfolioHolder = k < last ? k : (person?.first ?? -1);
  }
  // an honorific and an office alone name nobody: "Mr. President", "Mr. Speaker" (a form of
  // address; "Mr. King" keeps its name: "king" is no office one is addressed by)
  const rest = title && HONORIFICS.has(title) ? titleAt(tokens, s) : undefined;
  if (rest && s + rest.length === last && ADDRESSED_OFFICES.has(rest.title)) return;
  // lowercase title right before the run: "national security adviser H.R. McMaster"
  if (!title) {
    for (let back = 4; back >= 1; back--) {
      const k = first - back;
      if (k < 0) continue;
      const tt = titleAt(tokens, k);
      if (
        tt &&
        k + tt.length === first &&
        !(tokens[k] as Token).cap &&
        (tokens[k] as Token).sentence === (tokens[first] as Token).sentence
      ) {
        title = tt.title;
        titleStart = k;
        const adj = tokens[k - 1];
        const natAdj = adj ? countryOf(adj.text) : undefined;
        if (natAdj?.form === "adjective") titleCountry = natAdj.country.name;
        break;
      }
    }
  }
  // a trailing possessive is not part of the name
  let e = last;
  while (e > s && isPossessive(tokens[e - 1])) e--;
  if (e <= s) return;
  const head: RunHead = { title, titleStart, titleCountry };
  const whole = visibleText(text.slice((tokens[s] as Token).start, (tokens[e - 1] as Token).end));
  if (!tags || knownOrgAt(tokens, s, e, whole) || countryOf(whole)) {
    emitMention(text, tokens, s, e, head, lowerVocab, out, undefined);
    return;
  }
  // ("staff in the department’s Oakland office", "the company’s Detroit plant": a place's name between an owner's
  // possessive and a site's noun says where the site is, newsdev56)
  if (e === last && e - s <= 2 && isPossessive(tokens[s - 1]) && SITE_NOUNS.test(tokens[e]?.text ?? "")) return;
  // ("Fisheries and Oceans Canada", "Agriculture and Agri-Food Canada": a federal department's two portfolios joined
  // by "and" before the country's name)
  if (e - s === 4 && tokens[s + 1]?.lower === "and" && portfoliosBeforeCountry(text, tokens, s + 2, e)) {
    emitMention(text, tokens, s, e, head, lowerVocab, out, "ORG");
    return;
  }
  // "Sri Lanka Cricket", "Cricket Australia", "Athletics Kenya": a country and a sport name its governing body
  if (sportBody(text, tokens, s, e) || countryBody(text, tokens, s, e) || redCrossSociety(text, tokens, s, e)) {
    emitMention(text, tokens, s, e, head, lowerVocab, out, "ORG");
    return;
  }
  // "Pakistan Tehreek-e-Insaf (PTI)": a run whose initials the acronym in brackets after it spells is one
  // organization, however the tagger split it
  if (e - s >= 2 && e === last && spelledByAcronymAfter(text, tokens, s, e)) {
    emitMention(text, tokens, s, e, head, lowerVocab, out, "ORG");
    return;
  }
  // ("Fair Ballot Texas, a voting-rights group, joined …", read as a place after a common word: the whole run an
  // appositive calls an organization, 2026-12-08, newsdev87)
  if (
    e === last &&
    e - s >= 2 &&
    describedAsOrganization(tokens, last) &&
    !tags.pieces(s, e).some((p) => p.type === "PER") &&
    // (not a month before the name: "In March ONSSA, the national food safety office, said …")
    !tokens.slice(s, e).some((t) => CALENDAR_WORDS.has(t.lower))
  ) {
    emitMention(text, tokens, s, e, head, lowerVocab, out, "ORG");
    return;
  }
  const pieces = withSubBody(
    tokens,
    wholeNamePieces(tokens, withKnownAcronymFirst(tokens, s, tags.pieces(s, e)), s, e, isKnownOrg),
    s,
  );
  if (pieces.length === 0) {
    // "sentenced Leung Wai-man", "backed Choi Seung-hyun": a surname and a hyphenated two-syllable given
    // name (Cantonese, Korean romanization) is a person where the tagger saw no name
    const person = hyphenatedGivenName(tokens, s, e) || (e - s >= 2 && compoundGivenName(tokens[s] as Token));
    const unit = !person && ownedUnit(tokens, out, s, e);
    const medium = !person && !unit && toldMedium(text, tokens, s, e);
    // ("according to Lanka Harbour Brokers, one of the auction’s brokers": a name of two words or more ending in a
    // company's word, 2026-12-08, newsdev87)
    const company = !person && e - s >= 2 && COMPANY_NAME_ENDS.has((tokens[e - 1] as Token).lower);
    emitMention(text, tokens, s, e, head, lowerVocab, out, person ? "PER" : unit || medium || company ? "ORG" : "O");
    const emitted = out.at(-1);
    if ((unit || medium) && emitted?.first === s && emitted.type === "Organization")
      emitted.kind = unit ? "unit" : (ORG_HEADS.get((tokens[e - 1] as Token).lower) ?? "media");
    return;
  }
  let previousEnd = s;
  const split = joinOrganizationPieces(
    tokens,
    titleToPerson(
      tokens,
      splitOrganizationPieces(
        tokens,
        withTitleInside(
          tokens,
          withKnownOrganizationFirst(
            text,
            tokens,
            splitCoordinatedNames(tokens, portfolioTitlePerson(tokens, pieces, s, e)),
          ),
        ),
      ),
    ),
    s,
    e,
  );
  const joinedPieces = withAndHeads(
    text,
    tokens,
    withParticles(tokens, withOpeningGivenName(tokens, split, s), s, e),
    s,
    e,
  );
  for (const piece of withPluralOfBefore(
    tokens,
    withPlaceBeforeUniversity(
      tokens,
      namedInstitution(tokens, headsBeforeConnector(tokens, pastSplitTitles(tokens, joinedPieces)), s, e),
      s,
    ),
    s,
  )) {
    // (inside the piece before, extended over a plural's apostrophe: "Sulawesi Workers' Legal Aid Foundation")
    if (piece.first < previousEnd) continue;
    if (piece.type === "PER" && isCraft(tokens, piece.last)) continue;
    // ("Disaster Management Minister Abdur Rahim Talukder": the words before a minister's title are its portfolio, no
    // organization — not an acronym, "NLC President X", nor a country, newsdev58)
    const ministerAfter = titleAt(tokens, piece.last);
    if (
      piece.type === "ORG" &&
      ministerAfter !== undefined &&
      /minister$/.test(ministerAfter.title) &&
      piece.last + ministerAfter.length < e &&
      !/^\p{Lu}{2,6}$/u.test((tokens[piece.first] as Token).text) &&
      !countryOf(visibleText(text.slice((tokens[piece.first] as Token).start, (tokens[piece.last - 1] as Token).end)))
    )
      continue;
    // (an organization's name of two words may end so: "XM Satellite Radio" cut to "XM Satellite")
    if (namedCraft(tokens, piece.first, piece.last) && (piece.type === "PER" || piece.last - piece.first >= 3))
      continue;
    // "Bengaluru Tech Workers' Collective": the head after a plural's apostrophe ends the organization
    const headEnd = piece.type === "ORG" ? pluralApostropheHead(tokens, piece.last) : -1;
    if (headEnd > 0 && headEnd <= e) {
      piece.last = headEnd;
      // ("the Kotohama Residents' Network for Safe Energy": the head's "for" or "of" and the organization's piece
      // the tagger read after it go on with the name, newsdev60)
      piece.last = headsPieceAfter(tokens, joinedPieces, piece.last, e) ?? piece.last;
    }
    // ("the Association for Parents' Freedom of Choice": the run took the apostrophe in, `headsPluralApostrophe`; the
    // tagger's two pieces either side of it are one name)
    else if (piece.type === "ORG" && piece.last + 1 < e && headsPluralApostrophe(tokens, piece.first, piece.last)) {
      const next = joinedPieces.find((p) => p.first === piece.last + 1 && p.last <= e);
      piece.last = next?.last ?? e;
      piece.type = "ORG";
    }

    // "BBC Radio 4", "Channel 4 News": the station's number (and the words after it in the run) the tagger left out
    if (
      piece.last < e &&
      tokens[piece.last]?.kind === "number" &&
      STATION_WORDS.has((tokens[piece.last - 1] as Token).lower)
    ) {
      piece.last++;
      while (piece.last < e && isNameToken(tokens[piece.last])) piece.last++;
      if (piece.type === "PER") piece.type = "ORG";
    }
    // "AFSCME Local 1487": a union's local and its number, which the tagger left out
    if (
      piece.last + 1 < e &&
      (tokens[piece.last] as Token).text === "Local" &&
      tokens[piece.last + 1]?.kind === "number" &&
      piece.last + 2 === e
    ) {
      piece.last += 2;
      piece.type = "ORG";
    }
    // ("Fraternal Order of Police Lodge 27": the lodge the tagger kept, its number left out)
    if (
      piece.last + 1 === e &&
      NUMBERED_UNITS.test((tokens[piece.last - 1] as Token).text) &&
      tokens[piece.last]?.kind === "number"
    ) {
      piece.last += 1;
      piece.type = "ORG";
    }
    // "I'm Isabel Ruiz"; "Director of Media and Communications" when the title took "Director"
    while (
      piece.first < piece.last &&
      (CONTRACTION.test((tokens[piece.first] as Token).text) || !isNameToken(tokens[piece.first]))
    )
      piece.first++;
    if (piece.first === piece.last) continue;
    // "Pierre-Antoine de Montclar", "Anne-Claire de La Bastide": a compound of two given names opens a person's name
    if (piece.type !== "PER" && piece.last - piece.first >= 2 && compoundGivenName(tokens[piece.first] as Token))
      piece.type = "PER";
    // "Ted Cruz and Little Marco Rubio": an epithet opening a person's piece inside the run
    if (piece.type === "PER" && piece.last - piece.first >= 2 && epithetAt(tokens, piece.first, piece.last))
      piece.first++;
    // "Leung Wai-man" where the tagger took "Leung" alone: the hyphenated given name after it is the name's
    if (piece.type === "PER" && piece.last < e && hyphenatedGivenName(tokens, piece.first, piece.last + 1))
      piece.last++;
    // "S. K. Venkatesh" at a sentence start: initials the tagger left out in front belong to the person
    if (piece.type === "PER")
      while (piece.first > Math.max(s, previousEnd) && INITIAL.test((tokens[piece.first - 1] as Token).text))
        piece.first--;
    // "Governor Rose Akinyi Odhiambo": a first name the tagger left out in front
    if (
      piece.type === "PER" &&
      piece.first > Math.max(s, previousEnd) &&
      isLeftOutGivenName(tokens, piece.first - 1, lowerVocab, headlines)
    )
      piece.first--;
    // "Club Atlético Almagro Norte", "Friends of Eastfield Library": a leading organization word the tagger
    // left out (with the connectors after it), or read as a person's
    // "the Korean Patients' Rights Network", "the Teachers' Union of Ireland": an organization the tagger began
    // after a collective's plural possessive begins with the capitalised words of the run before it
    if (piece.type === "ORG") piece.first = collectiveOwnerStart(tokens, Math.max(s, previousEnd), piece.first);
    // ("the Polish club KS Nadodrze Wrocław": a club's abbreviation opening the run, a word the tagger left untyped and
    // its city's piece, newsdev61)
    const lead =
      leadingHeadBefore(tokens, Math.max(s, previousEnd), piece.first) ??
      teamAbbreviationOpening(tokens, Math.max(s, previousEnd), piece.first, piece.last === e);
    if (lead !== undefined) {
      piece.first = lead;
      piece.type = "ORG";
      // "the Roman Catholic Diocese of …", "the Ukrainian Catholic Eparchy of …": a see's confession opens its name
      if (LEADING_ORG_HEADS.get((tokens[lead] as Token).lower) === "religious")
        while (piece.first > Math.max(s, previousEnd) && isConfession(tokens[piece.first - 1] as Token)) piece.first--;
      // "the Syrian Observatory for Human Rights": a nationality in front of the organization word opens the name
      else if (
        piece.first > Math.max(s, previousEnd) &&
        countryOf((tokens[piece.first - 1] as Token).text)?.form === "adjective"
      )
        piece.first--;
    } else if (piece.type === "PER" && LEADING_ORG_HEADS.has((tokens[piece.first] as Token).lower)) piece.type = "ORG";
    // ("In a 62-page judgment, Mr Justice Fergal Kinsella held …": an honorific opening the tagger's organization makes
    // it a person's name, newsdev63)
    // (the run's title loop has taken the honorific and the title off the piece: "Fergal Kinsella" after "Mr Justice")
    const honorificAt = (k: number) => HONORIFICS.has((tokens[k] as Token | undefined)?.lower ?? "");
    if (
      piece.type === "ORG" &&
      piece.last - piece.first >= 2 &&
      (honorificAt(piece.first) || honorificAt(piece.first - 1) || honorificAt(piece.first - 2)) &&
      // (not a body named for someone: "the Sir J.J. School of Art", newsdev32)
      !tokens.slice(piece.first, piece.last).some((t) => ORG_HEADS.has(t.lower))
    )
      piece.type = "PER";
    // ("applied to An Bord Pleanála", "An Post", "An Garda Síochána": the Irish article, capitalised inside a sentence,
    // opens the organization's name, newsdev63)
    if (
      piece.type === "ORG" &&
      piece.first - 1 >= Math.max(s, previousEnd) &&
      tokens[piece.first - 1]?.text === "An" &&
      tokens[piece.first - 2]?.sentence === tokens[piece.first - 1]?.sentence
    )
      piece.first--;
    // "European Council President Donald Tusk": the title between two names belongs to the person
    let own =
      piece.first === s || (piece.type === "PER" && piece.first === portfolioHolder)
        ? head
        : piece.type === "PER"
          ? titleBetween(tokens, previousEnd, piece.first)
          : {};
    // "Mr. Sanders and Mr. Trump": the tagger's person opens with the title (the run's title loop saw only
    // the first name's), which is the person's title, not part of the name
    if (piece.type === "PER" && piece.first > s) {
      const tt = titleAt(tokens, piece.first) ?? countyOfficeAt(tokens, piece.first);
      if (tt && piece.first + tt.length < piece.last) {
        own = { title: tt.title, titleStart: piece.first };
        piece.first += tt.length;
      }
    }
    const before = out.length;
    emitMention(text, tokens, piece.first, piece.last, own, lowerVocab, out, piece.type);
    if (piece.tentative)
      for (let k = before; k < out.length; k++) {
        const m = out[k] as Mention;
        if (m.tagged === piece.type && (piece.type === "ORG" ? unsureOrganization(m, tokens) : unsurePerson(m, tokens)))
          m.tentative = true;
      }
    previousEnd = piece.last;
  }
}

/**
 * "the Bank of Ceylon and People’s Bank", tagged as one organization: a piece that joins, by "and", a name whose
 * head stands before its "of" / "for" and a name that ends in an institution's head is two organizations.
 */
function splitCoordinatedNames(tokens: readonly Token[], pieces: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const piece of pieces) {
    // ("members include Meta, Google and Snap": "Google and Snap" after a list's comma is its last two names)
    if (listTail(tokens, piece)) {
      out.push({ ...piece, last: piece.first + 1 }, { ...piece, first: piece.first + 2 });
      continue;
    }

    let and = -1;
    for (let k = piece.first + 3; k < piece.last - 1 && and < 0; k++) if ((tokens[k] as Token).lower === "and") and = k;
    const firstHead = and > 0 ? headWordOf(tokens as Token[], piece.first, and) : "";
    if (
      piece.type !== "ORG" ||
      and < 0 ||
      firstHead === (tokens[and - 1] as Token).lower ||
      !isInstitutionHead(firstHead) ||
      !isInstitutionHead((tokens[piece.last - 1] as Token).lower) ||
      !(tokens[and + 1] as Token).cap ||
      // (a name of its own after "and", not a portfolio's last word: "… Programs and Services")
      piece.last - and - 1 < 2 ||
      // (nor a portfolio's words after "for" or "of": "Cabinet for Health and Family Services", newsdev59 — a second
      // body of the same kind is still one: "the University of Lagos and Lagos State University")
      (tokens.slice(piece.first + 1, and).some((t) => t.lower === "for" || t.lower === "of") &&
        (tokens[piece.last - 1] as Token).lower !== firstHead)
    ) {
      out.push(piece);
      continue;
    }
    out.push({ ...piece, last: and }, { ...piece, first: and + 1 });
  }
  return out;
}

/** An organization's piece "A and B" of two one-word names right after a list's comma that follows a name. */
function listTail(tokens: readonly Token[], piece: TaggedSpan): boolean {
  if (piece.type !== "ORG" || piece.last - piece.first !== 3 || tokens[piece.first + 1]?.lower !== "and") return false;
  const [a, b] = [tokens[piece.first], tokens[piece.first + 2]];
  if (!a?.cap || !b?.cap || a.kind !== "word" || b.kind !== "word") return false;
  if (tokens[piece.first - 1]?.text !== "," || tokens[piece.first - 2]?.cap !== true) return false;
  // (the list's first item after a name's preposition is that name's: "the Committee on Science, Space and
  // Technology")
  let k = piece.first - 2;
  while (tokens[k - 1]?.text === "," && tokens[k - 2]?.cap === true) k -= 2;
  return !(/^(?:of|on|for|and|&)$/.test(tokens[k - 1]?.lower ?? "") && tokens[k - 2]?.cap === true);
}

/**
 * "Minister of National Security Desmond Ricketts", tagged as one organization: after a minister's or secretary's
 * title and its "of" / "for" (the run [s, e) starts there or at the title), the organization's piece that holds a
 * first name the lexicon knows after the portfolio's first word is the portfolio, then the person from that name
 * to the run's end.
 */
function portfolioTitlePerson(tokens: readonly Token[], pieces: TaggedSpan[], s: number, e: number): TaggedSpan[] {
  // (the run starts at the title's "of" / "for": the title itself is the run's head)
  const title = titleAt(tokens as Token[], s);
  const link =
    title && /(?:minister|secretary)$/.test(title.title)
      ? s + title.length
      : /^(?:minister|secretary)$/.test(tokens[s - 1]?.lower ?? "")
        ? s
        : -1;
  if (link < 0 || !/^(?:of|for)$/.test(tokens[link]?.lower ?? "")) return pieces;
  const piece = pieces.find((p) => p.type === "ORG" && p.first > link && p.last === e);
  if (!piece) return pieces;
  let first = -1;
  for (let k = piece.first + 1; k < e - 1 && first < 0; k++) {
    // ("… Maritime Development Ratu Apenisa Koroidrau": an honorific opens the person)
    const honorific = titleAt(tokens as Token[], k);
    if (honorific && k + honorific.length < e - 1) first = k + honorific.length;
    else if (firstNameGender((tokens[k] as Token).text)) first = k;
  }
  if (first < 0) return pieces;
  for (let k = first; k < e; k++) if (!(tokens[k] as Token).cap) return pieces;
  return [...pieces.filter((p) => p !== piece), { first, last: e, type: "PER", margin: piece.margin ?? 0 }];
}

/**
 * An organization's piece right before a person's that holds part of the person's name: a title ending it
 * ("Supreme Court Justice Ruth Bader Ginsburg" tagged as the organization "Supreme Court Justice"; "European
 * Council President Donald Tusk") is the person's, so the organization ends before it; a lone first name
 * before an initial ("Chief Justice John G. Roberts Jr.") is the person's whole piece.
 */
function titleToPerson(tokens: Token[], pieces: TaggedSpan[]): TaggedSpan[] {
  for (let n = 0; n + 1 < pieces.length; n++) {
    const org = pieces[n] as TaggedSpan;
    const person = pieces[n + 1] as TaggedSpan;
    if (org.type !== "ORG" || person.type !== "PER" || person.first !== org.last) continue;
    // "Chief Justice John G. Roberts Jr." tagged ORG "John", PER "G. Roberts Jr.": a lone first name
    // before the person's initial is the person's
    const given = tokens[org.first] as Token;
    if (
      org.last === org.first + 1 &&
      firstNameGender(given.text) !== undefined &&
      INITIAL.test((tokens[person.first] as Token).text)
    ) {
      person.first = org.first;
      pieces.splice(n, 1);
      n--;
      continue;
    }
    for (let k = org.first + 1; k < org.last; k++) {
      const tt = titleAt(tokens, k);
      if (tt && k + tt.length === org.last) {
        org.last = k;
        break;
      }
    }
  }
  return pieces;
}

/**
 * "WHO Director-General Tedros …", "IAEA chief X": a known organization's acronym opening the run, which
 * the tagger left out of every piece, is that organization's piece.
 */
function withKnownAcronymFirst(tokens: readonly Token[], s: number, pieces: TaggedSpan[]): TaggedSpan[] {
  const lead = tokens[s] as Token;
  if (!isAcronym(lead.text) || !knownOrg(lead.text) || pieces.some((p) => p.first <= s && p.last > s)) return pieces;
  return [{ first: s, last: s + 1, type: "ORG", margin: 0 }, ...pieces];
}

/**
 * "the National Union of Journalists of the Philippines": a run of two words or more, no person's (no title or
 * first name opening it), before "of the" and a country's one-word name that ends the run ("Justice Ginsburg of
 * the U.S. Supreme Court" is a person, and the court another name).
 */
function bodyOfCountry(tokens: readonly Token[], i: number, j: number): boolean {
  const country = tokens[j + 2];
  const after = tokens[j + 3];
  if (j - i < 2 || !country || countryOf(country.text)?.form !== "name") return false;
  if ((after?.cap && after.kind === "word") || titleAt(tokens as Token[], i)) return false;
  return firstNameGender((tokens[i] as Token).text) === undefined;
}

/** Titles a portfolio may follow ("Minister for Communications", "Commissioner for the Environment"). */
const PORTFOLIO_TITLE = /(?:minister|secretary|commissioner|director)$/;

/**
 * Whether `word`, after "and the", is a second field of the organization in tokens [i, j) ("the Institute for the
 * Sea and the Atmosphere", "the National Institute for Public Health and the Environment"): the run holds its head
 * and its "for" or "of"; the word is no acronym, head, known organization or country.
 */
function secondField(tokens: readonly Token[], i: number, j: number, word: Token): boolean {
  if (isAcronym(word.text) || ORG_HEADS.has(word.lower) || knownOrg(word.text) || countryOf(word.text)) return false;
  return headWithObjectBefore(tokens, i, j);
}

/** Whether the run [i, j) is an office's title and its portfolio ("Commissioner for the Environment"). */
function portfolioRun(tokens: readonly Token[], i: number, j: number): boolean {
  const title = titleAt(tokens as Token[], i);
  if (!title || !PORTFOLIO_TITLE.test(title.title)) return false;
  const after = tokens[i + title.length]?.lower;
  return (after === "for" || after === "of") && j - i <= 8;
}

/** What an office-holder's possessive names as an organization ("’s Office", "’s Chambers", "’s Department"). */
const OFFICE_NOUNS = new Set(["office", "chambers", "department"]);

/** Office-holders no title list has, whose "’s Office" is an organization ("the Ombudsman’s Office"). */
const OFFICE_HOLDERS = new Set([
  // ("the Legislative Analyst's Office"), 2026-12-06
  "analyst",
  // ("the Marion County Clerk’s Office", "the Cook County Assessor's Office"), 2026-12-06
  "clerk",
  "assessor",
  "recorder",
  "treasurer",
  "ombudsman",
  "attorney",
  "prosecutor",
  "auditor",
  "comptroller",
  "registrar",
  "coroner",
  "sheriff",
]);

/**
 * A run [i, j) that is a title ("Attorney General", "The Prime Minister") followed by "'s Office": the
 * organization "Attorney General's Office" (the run alone would be an office-holder nobody names).
 */
function titleOffice(text: string, tokens: Token[], i: number, j: number): Mention | undefined {
  let a = (tokens[i] as Token).lower === "the" ? i + 1 : i;
  const office = tokens[j + 1];
  if (a >= j || !isPossessive(tokens[j]) || !office?.cap || !OFFICE_NOUNS.has(office.lower)) return undefined;
  // "Peru’s Ombudsman’s Office": the country's possessive in front is not part of the office's name
  if (j - a >= 3 && isPossessive(tokens[j - 2]) && countryOf((tokens[a] as Token).text)) a = j - 1;
  // ("Brannock County Sheriff's Office": a place's office-holder — the title may close the run)
  let holder = false;
  for (let k = a; k < j && !holder; k++) {
    const title = titleAt(tokens, k);
    // ("the Attorney-General’s Chambers", "the Auditor-General’s Department")
    holder = title
      ? k + title.length === j
      : j - k === 1 && OFFICE_HOLDERS.has((tokens[k] as Token).lower.replace(/-general$/, ""));
    if (k > a && !(tokens[k - 1] as Token).cap) break;
  }
  if (!holder) return undefined;
  const start = (tokens[a] as Token).start;
  const name = visibleText(text.slice(start, office.end));
  return {
    start,
    end: office.end,
    text: name,
    name,
    first: a,
    last: j + 2,
    type: "Organization",
    kind: "government",
    tagged: "ORG",
    cluster: -1,
  };
}

/**
 * "Fianna Fáil TD Pádraig Ó Conghaile", "Likud MK Yuli Edelstein": a person's piece that opens with an
 * organization the lexicons know is that organization, then the person (after a member's title).
 */
function withKnownOrganizationFirst(text: string, tokens: readonly Token[], pieces: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const piece of pieces) {
    let split = false;
    for (let k = piece.first + 1; piece.type === "PER" && !split && k < piece.last - 1; k++) {
      const lead = visibleText(text.slice((tokens[piece.first] as Token).start, (tokens[k - 1] as Token).end));
      if (!knownOrg(lead)) continue;
      const person = MEMBER_TITLES.has((tokens[k] as Token).text) ? k + 1 : k;
      if (person >= piece.last) continue;
      out.push({ first: piece.first, last: k, type: "ORG" }, { ...piece, first: person });
      split = true;
    }
    if (!split) out.push(piece);
  }
  return out;
}

/** Nouns of what is given to a medium ("said in a statement to Business Day", "in an interview with The Oregonian"). */
const GIVEN_TO_MEDIA = new Set(["statement", "statements", "interview", "interviews", "comments"]);

/**
 * "told The Oregonian the order was …", "said in a statement to Business Day that …": a capitalised run the tagger
 * left untyped right after "told" (or a statement's "to", an interview's "with") is the medium told — not a day,
 * a month, a given name or a place.
 */
function toldMedium(text: string, tokens: readonly Token[], s: number, e: number): boolean {
  // ("in a statement to the Australian Securities Exchange that …": the article before the run)
  const at = tokens[s - 1]?.text === "the" ? s - 1 : s;
  const before = tokens[at - 1];
  if (!before || before.sentence !== tokens[s]?.sentence) return false;
  const told =
    (before.lower === "told" && at === s) ||
    ((before.lower === "to" || before.lower === "with") && GIVEN_TO_MEDIA.has(tokens[at - 2]?.lower ?? ""));
  if (!told) return false;
  for (let k = s; k < e; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || !t.cap || CALENDAR_WORDS.has(t.lower) || isListedFirstName(t.text)) return false;
  }
  const words = visibleText(text.slice((tokens[s] as Token).start, (tokens[e - 1] as Token).end));
  const name = words.replace(/^The /, "");
  // (a nationality opens a body's name: "the Australian Securities Exchange", not the country)
  return name !== words || e - s >= 2 ? !isPlaceName(name, name.toLowerCase(), undefined) && !countryOf(name) : false;
}

/** Lower-case nouns of an organization's sites, which a place's name may qualify ("its Oakland office"). */
const SITE_NOUNS =
  /^(?:office|offices|plant|plants|factory|factories|branch|branches|campus|facility|facilities|warehouse|store|stores|headquarters|mill|mine|refinery|depot|hub|bureau|outlet|operations|site)$/;

/** Last words of a unit inside an organization ("the General Assembly’s Oversight Division"). */
const UNIT_HEADS = /^(?:Division|Bureau|Unit|Section|Branch|Directorate)$/;

/**
 * "the General Assembly’s Oversight Division": a capitalised run the tagger left untyped, right after an
 * organization's possessive and ending in a unit's word, is the organization's unit.
 */
function ownedUnit(tokens: readonly Token[], out: readonly Mention[], s: number, e: number): boolean {
  const owner = out.at(-1);
  return (
    e - s >= 2 &&
    UNIT_HEADS.test((tokens[e - 1] as Token).text) &&
    owner?.type === "Organization" &&
    owner.last === s - 1 &&
    isPossessive(tokens[s - 1])
  );
}

/**
 * Tokens [s, e): a capitalised word and a country's name, right after a lone capitalised word and "and" — one
 * department's name ("Fisheries and Oceans Canada"); not a country of two words ("Britain and Northern Ireland") nor
 * a list of places.
 */
function portfoliosBeforeCountry(text: string, tokens: readonly Token[], s: number, e: number): boolean {
  if (e - s !== 2 || tokens[s - 1]?.lower !== "and") return false;
  const first = tokens[s - 2];
  if (!first?.cap || first.kind !== "word" || tokens[s - 3]?.cap || first.sentence !== tokens[s]?.sentence)
    return false;
  const word = tokens[s] as Token;
  if (countryOf((tokens[e - 1] as Token).text)?.form !== "name" || countryOf(word.text) || countryOf(first.text))
    return false;
  const whole = visibleText(text.slice(word.start, (tokens[e - 1] as Token).end));
  return countryOf(whole) === undefined && !PLACES.has(first.lower) && !WORLD_CITIES.has(first.text);
}

/** Offices of a town, county, state or province, whose holder a place's name may open ("Chicago Mayor …"). */
const LOCAL_OFFICES: ReadonlySet<string> = new Set([
  "mayor",
  "deputy mayor",
  "governor",
  "lieutenant governor",
  "lt. governor",
  "sheriff",
  "premier",
  "chief minister",
  "county executive",
  // ("Dutchess County Legislator Frank Stellato", newsdev59)
  "legislator",
  "prefect",
]);

/**
 * "Chicago Mayor Rahm Emanuel", "Dalikan Mayor Ernesto Pagtan", "Atlantic City Mayor Don Guardian": one piece
 * the tagger read as a single name, with a title inside it after one to three capitalized words and before a
 * person's name (a known first name, or two name words), is three things: what opens it, the title, and the
 * person. What opens it is a place before a local office (a town's mayor, a state's governor), otherwise what
 * the tagger read an organization as ("Fed Chairman Jerome Powell"), and nobody if it read a person.
 */
function withTitleInside(tokens: readonly Token[], pieces: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const piece of pieces) {
    let split = false;
    for (let k = piece.first + 1; piece.type !== "LOC" && !split && k <= piece.first + 3 && k < piece.last - 1; k++) {
      const tt = titleAt(tokens as Token[], k) ?? countyOfficeAt(tokens, k);
      // (not "General", which opens a title of its own: "FBI General Counsel James Baker")
      if (!tt || HONORIFICS.has(tt.title) || tt.title === "general" || !(tokens[k] as Token).cap) continue;
      let person = k + tt.length;
      // ("FBI General Counsel James Baker": a title of two titles)
      for (
        let more = titleAt(tokens as Token[], person);
        more && person < piece.last;
        more = titleAt(tokens as Token[], person)
      )
        person += more.length;
      if (person >= piece.last || !personNameAt(tokens, person, piece.last)) continue;
      // ("United Steelworkers Political Director Tim Waters": the title's own modifier goes with it)
      let opens = k;
      while (opens - 1 > piece.first && TITLE_MODIFIERS.has((tokens[opens - 1] as Token).lower)) opens--;
      let opening = true;
      for (let j = piece.first; j < opens && opening; j++) {
        const t = tokens[j] as Token;
        opening = t.cap && t.kind === "word" && !isPossessive(t);
      }
      const local = LOCAL_OFFICES.has(tt.title) || tt.title.startsWith("county ");
      // ("Orlando Mayor Buddy Dyer": a city's name that is also a first name, before a town's office)
      // ("Harmon County Sheriff Wade Hallstrom": a county, a parish or a city by its own word, whatever its name)
      const place =
        local &&
        (WORLD_CITIES.has(
          tokens
            .slice(piece.first, opens)
            .map((t) => t.text)
            .join(" "),
        ) ||
          (opens - piece.first >= 2 &&
            /^(?:County|Parish|City|Borough|Township)$/.test((tokens[opens - 1] as Token).text)));
      if (!opening || (!place && firstNameGender((tokens[piece.first] as Token).text) !== undefined)) continue;
      // ("NLC President Comrade Ibrahim Danladi Yakubu", read as one person: an acronym opening it is an
      // organization's, whatever the tagger read, newsdev56)
      const acronym = opens === piece.first + 1 && /^\p{Lu}{2,6}$/u.test((tokens[piece.first] as Token).text);
      const type = local ? "LOC" : acronym ? "ORG" : piece.type;
      // ("Disaster Management Minister Abdur Rahim Talukder": a minister's portfolio names no organization, newsdev58)
      const portfolio = !acronym && /minister$/.test(tt.title);
      if (type !== "PER" && !portfolio) out.push({ first: piece.first, last: opens, type });
      out.push({ ...piece, first: person, type: "PER" });
      split = true;
    }
    if (!split) out.push(piece);
  }
  return out;
}

/**
 * "Elk Basin County Clerk Marisol de la Vega-Ibarra": a county's or a parish's office-holder no title list has (a
 * clerk, an assessor, a recorder), the office right after "County" or "Parish", as a local office's title of one
 * word inside a run the tagger read as one organization (2026-12-08, newsdev86; "county clerk" as a title everywhere
 * cost newsdev34 a speaker, newsdev40).
 */
function countyOfficeAt(tokens: readonly Token[], k: number): { title: string; length: number } | undefined {
  const office = tokens[k] as Token;
  if (!/^(?:County|Parish)$/.test(tokens[k - 1]?.text ?? "") || !office.cap || !OFFICE_HOLDERS.has(office.lower))
    return undefined;
  return { title: `county ${office.lower}`, length: 1 };
}

/** Capitalized words that may open a title inside a name ("Political Director", "Executive Director"). */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "political",
  "district",
  "circuit",
  "legislative",
  "communications",
  "executive",
  "national",
  "regional",
  "deputy",
  "assistant",
  "associate",
  "interim",
  "senior",
]);

/** Words of an organization's name that no person's has ("Equal Justice Under Law"). */
const NO_PERSON_WORDS: ReadonlySet<string> = new Set([
  "under",
  "over",
  "against",
  "without",
  "with",
  "for",
  "of",
  "on",
]);

/**
 * Tokens [s, e) as a person's name: all name words (none a preposition, not ending in an organization's head
 * noun), and two or more of them or a known first name.
 */
function personNameAt(tokens: readonly Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const { text, lower } = tokens[k] as Token;
    // ("Marisol de la Vega-Ibarra": lower-case particles inside the name, never opening or closing it, newsdev86)
    if (k > s && k < e - 1 && PARTICLES.has(text)) continue;
    if ((!isNameToken(tokens[k]) && !INITIAL.test(text)) || NO_PERSON_WORDS.has(lower)) return false;
  }
  if (ORG_HEADS.has((tokens[e - 1] as Token).lower)) return false;
  return e - s >= 2 || firstNameGender((tokens[s] as Token).text) !== undefined;
}

/** "Pierre-Antoine", "Anne-Claire", "Jean-Luc", "Pieter-Jan": two given names the lists know, joined by a hyphen. */
function compoundGivenName(t: Token): boolean {
  const parts = t.text.split("-");
  // ("Marie-Ève Cardinal": a part the list has without its accent, "Eve")
  const listed = (part: string) =>
    firstNameGender(part) !== undefined || firstNameGender(part.normalize("NFD").replace(/\p{M}/gu, "")) !== undefined;
  return parts.length === 2 && parts.every((part) => part.length >= 2 && listed(part));
}

/** One romanized syllable: up to three consonants, one to three vowels, perhaps a final n, ng, m, k, p, t or h. */
const SYLLABLE = /^[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|h)?$/;

/**
 * Tokens [s, e): a surname and a given name of two syllables joined by a hyphen ("Leung Wai-man", "Kim
 * Min-jae", "Choi Seung-hyun"), perhaps after a Western given name ("Amos Lau Kin-pong"): a Cantonese or
 * Korean personal name. Not "Hong Kong-based" (no syllable "based").
 */
export function hyphenatedGivenName(tokens: readonly Token[], s: number, e: number): boolean {
  if (e - s < 2 || e - s > 3) return false;
  const given = (tokens[e - 1] as Token).text;
  const parts = /^(\p{Lu}\p{Ll}{0,5})-(\p{Ll}{1,5})$/u.exec(given);
  if (!parts || !SYLLABLE.test((parts[1] as string).toLowerCase()) || !SYLLABLE.test(parts[2] as string)) return false;
  for (let k = s; k < e - 1; k++) if (!/^\p{Lu}\p{Ll}{1,8}$/u.test((tokens[k] as Token).text)) return false;
  return SYLLABLE.test((tokens[e - 2] as Token).lower);
}

/**
 * A name the tagger called a person with a low margin is tentative only when the rules see nothing
 * of a person in it either: no title in front and no first name the lexicons know ("Legato",
 * "Hydrodynamica", "Downton Abbey"; not "President Obama", "Mario Lucero").
 */
function unsurePerson(m: Mention, tokens: readonly Token[]): boolean {
  if (m.title || firstNameGender(m.name.split(" ")[0] ?? "") !== undefined) return false;
  // "Choi Seung-hyun", "Pieter-Jan Van den Broeck": the name's own shape says person
  if (m.last - m.first >= 2 && compoundGivenName(tokens[m.first] as Token)) return false;
  return !hyphenatedGivenName(tokens, m.first, m.last);
}

/**
 * A name the tagger called an organization with a low margin is tentative only when the rules see
 * nothing of an organization in it either: no head or legal form that gives it a kind ("American
 * Society of Civil Engineers" is an association, "Acme Holdings Ltd" a company; not "Staccato", nor a
 * head alone: "Union", "Assembly").
 */
function unsureOrganization(m: Mention, tokens: readonly Token[]): boolean {
  if (!m.name.includes(" ") || m.kind === undefined) return true;
  // "Movement for Credible Cycling": a name that opens with its head noun before a connector says organization
  return m.kind === "organization" && !headBeforeConnector(tokens, m.first, m.last);
}

/** "Movement for …", "Coalition of …": tokens [s, e) open with an organization's head noun and a connector. */
function headBeforeConnector(tokens: readonly Token[], s: number, e: number): boolean {
  const head = (tokens[s] as Token).lower;
  return (
    e - s >= 3 &&
    CONNECTORS.has((tokens[s + 1] as Token).lower) &&
    (ORG_HEADS.has(head) || NAME_ENDS_NO_PERSON.has(head))
  );
}

/** Last words that end an institution's or a company's name, never a place's ("… Hospital", "… Holdings Bhd"). */
/** Whether the name at [s, e) stands after a lower-case "the", opens with no first name, and modifies no noun after it. */
function determinedName(tokens: readonly Token[], s: number, e: number): boolean {
  // (initials open a person's name: "the O.J. Simpson …")
  const opening = (tokens[s] as Token).text;
  if (tokens[s - 1]?.text !== "the" || isListedFirstName(opening) || /^(?:\p{Lu}\.)+$/u.test(opening)) return false;
  const next = tokens[e];
  return !(next?.kind === "word" && !next.cap && !FUNCTION_WORDS.has(next.lower)) && !isPossessive(next);
}

function placeEndsAsOrganization(last: string): boolean {
  const kind = NAME_ENDS_NO_PERSON.get(last);
  // ("New Hope Baptist Church", "the Roman Catholic Diocese": a congregation the tagger read as its building; not a
  // temple, more often a site: "the Golden Temple")
  if (kind === "religious") return last !== "temple";
  return (
    kind === "institution" ||
    kind === "cooperative" ||
    kind === "legislature" ||
    LEGAL_FORMS.has(last) ||
    (kind === "company" && COMPANY_NAME_ENDS.has(last))
  );
}

/** Words of a member's standing before a member's title, no party's name ("Opposition MP", "Independent TD"). */
const MEMBER_STANDINGS = new Set([
  "opposition",
  "independent",
  "government",
  "backbench",
  "former",
  "senior",
  "veteran",
]);

/** Heads that open a government body's name before "of" / "for" ("Ministry of Health", "Department for Education"). */
const INSTITUTION_OPENERS =
  /^(?:ministry|department|office|commission|bureau|agency|authority|institute|university|federation|association|council|committee|court|service)$/;

/** Lower-case nouns of settlements and areas: "suburb of Preston", "the town of Tuam". */
const PLACE_NOUNS = new Set([
  "suburb",
  "city",
  "town",
  "township",
  "village",
  "hamlet",
  "county",
  "province",
  "region",
  "district",
  "borough",
  "neighborhood",
  "neighbourhood",
  "island",
  "islands",
  "port",
  "capital",
  "municipality",
  "prefecture",
  "parish",
  "department",
  "governorate",
  "oblast",
  "canton",
  "territory",
]);

/**
 * When token j is a plural's bare apostrophe with an organization head right after it or a few capitalized
 * words later ("Workers' Collective", "Teachers' Union", "Employers’ Consultative Association"; "collective"
 * is no head of the tagger's gazetteer, which would need retraining, so it is named here): the index after
 * the head; else -1.
 */
/**
 * Where an organization's piece at `first` really starts when a collective's plural possessive stands right
 * before it ("Patients'" of "the Korean Patients' Rights Network"): at the first of the capitalised words before
 * the possessive, not before `from`; else `first`.
 */
function collectiveOwnerStart(tokens: readonly Token[], from: number, first: number): number {
  const mark = tokens[first - 1];
  const owner = tokens[first - 2];
  if (!mark || !owner || (mark.text !== "'" && mark.text !== "’") || mark.start !== owner.end) return first;
  if (!owner.cap || !collectivePossessor(owner.lower) || first - 2 < from) return first;
  let k = first - 2;
  while (k - 1 >= from && isNameToken(tokens[k - 1]) && (tokens[k - 1] as Token).sentence === owner.sentence) k--;
  return k;
}

/**
 * Whether token j is a plural's bare apostrophe in the run from token i that reads "<Head> for|of <Plural>'" with a
 * capitalised word after it ("Association for Parents' Freedom of Choice").
 */
function headsPluralApostrophe(tokens: readonly Token[], i: number, j: number): boolean {
  const plural = tokens[j - 1];
  const link = tokens[j - 2];
  const head = tokens[j - 3];
  if (!isBarePossessive(tokens, j) || j - 3 < i || !plural || !link || !head) return false;
  if (!plural.cap || !/\p{Ll}s$/u.test(plural.text) || !/^(?:for|of)$/.test(link.lower)) return false;
  if (!head.cap || !ORG_HEADS.has(head.lower)) return false;
  const next = tokens[j + 1];
  return next?.cap === true && next.kind === "word" && next.sentence === plural.sentence;
}

/**
 * After an organization's head ending at `end` (exclusive): "for" or "of" (and "the"), then an organization's piece
 * of the tagger's inside the run (before `e`), or capitalised words to the run's end — where they end; else
 * undefined.
 */
function headsPieceAfter(
  tokens: readonly Token[],
  pieces: readonly { first: number; last: number; type: string }[],
  end: number,
  e: number,
): number | undefined {
  if (!ORG_HEADS.has((tokens[end - 1] as Token).lower) || !/^(?:for|of)$/.test(tokens[end]?.lower ?? ""))
    return undefined;
  const from = tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
  const next = pieces.find((p) => p.first === from && p.type === "ORG" && p.last <= e);
  if (next) return next.last;
  // (or the capitalised words that close the run, when the tagger left them no piece of their own)
  let k = from;
  while (k < e && (tokens[k] as Token).cap && (tokens[k] as Token).kind === "word") k++;
  return k > from && k === e ? k : undefined;
}

function pluralApostropheHead(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  const before = tokens[j - 1];
  const head = tokens[j + 1];
  // ("the Department of Veterans Affairs' Office of Inspector General": a department's name ending in an abstract
  // plural owns the office after its apostrophe; the two are bodies of their own)
  if (before !== undefined && DEPARTMENT_PLURALS.has(before.lower)) return -1;
  // ("the Philippines' Department of Agriculture": a country's possessive owns the body after it, newsdev59)
  if (before !== undefined && countryOf(before.text)) return -1;
  if (
    t === undefined ||
    (t.text !== "'" && t.text !== "’") ||
    before === undefined ||
    !/s$/.test(before.text) ||
    t.start !== before.end ||
    !isNameToken(head) ||
    head.start !== t.end + 1 ||
    head.sentence !== t.sentence
  )
    return -1;
  // "Sulawesi Workers' Legal Aid Foundation": the head may end a few capitalized words
  for (let k = j + 1; k <= j + MAX_WORDS_BEFORE_HEAD && isNameToken(tokens[k]); k++) {
    const word = (tokens[k] as Token).lower;
    // ("the National Federation of Farmers' Unions": a plural head too)
    // ("the Paita Squid Fishers' Cooperative", "the Hurley Makers' Guild": a cooperative, a guild too)
    if (
      ORG_HEADS.has(word) ||
      ORG_HEADS.has(word.replace(/s$/, "")) ||
      // ("Citizens' Movement (MC), fined 74 million pesos, said …": a movement too, newsdev70)
      // ("The Tunisian Olive Oil Exporters' Chamber, which represents about 120 companies,": a chamber, newsdev77)
      /^(?:collective|forum|cooperative|co-operative|guild|movement|chamber)$/.test(word) ||
      // ("the House Committee on Veterans' Affairs": a portfolio's plural after "on" or "of")
      (word === "affairs" && k === j + 1 && /^(?:on|of|for)$/.test(tokens[j - 2]?.lower ?? ""))
    )
      return k + 1;
    // "Spain's Workers’ Commissions union": the name ends before a lower-case descriptor of an organization
    // (an acronym in brackets may stand between: "Workers’ Commissions (CCOO) union")
    const bracketed = tokens[k + 1]?.text === "(" && tokens[k + 3]?.text === ")" ? 3 : 0;
    const after = tokens[k + 1 + bracketed];
    if (after && !after.cap && after.kind === "word" && ORG_DESCRIPTORS.get(after.lower) !== undefined) return k + 1;
  }
  return -1;
}

/** The years after "Form" in East African and British schools ("Form Three", "the Form Ones"). */
const SCHOOL_FORMS = /^(?:One|Two|Three|Four|Five|Six|[1-6])s?$/;

/** First words of a place's local government named "… of" the place ("the Municipality of Pucón"). */
const LOCAL_GOVERNMENT_HEADS = /^(?:municipality|municipalidad|municipio|municipalité|commune|borough)$/;

/** Plurals that end a department's or an agency's name, never a group of people ("… Veterans Affairs'", "… Human Services'"). */
const DEPARTMENT_PLURALS = new Set(["affairs", "services", "resources", "relations", "works", "studies", "sciences"]);

/** How many capitalized words a plural's apostrophe may stand before its organization head ("Employers’ Consultative Association"). */
const MAX_WORDS_BEFORE_HEAD = 3;

/** The words of the tokens [i, j) as one lower-cased key. */
function runKey(tokens: readonly Token[], i: number, j: number): string {
  return tokens
    .slice(i, j)
    .map((t) => t.lower)
    .join(" ");
}

const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS);

/**
 * Whether token i, right before a name the tagger read as a person, is a first name it left out: a
 * listed first name, even one `firstNameGender` refuses alone as a common word ("Rose", "Rand", "Guy")
 * when the article never writes it lower-case; not a function word, organization head, month or
 * title, not at a sentence start, and not in a Title Case headline, where every word is capitalized
 * ("Lawmakers Rip Donald Trump").
 */
function isLeftOutGivenName(
  tokens: Token[],
  i: number,
  lowerVocab: Set<string>,
  headlines: ReadonlySet<number> | undefined,
): boolean {
  const given = tokens[i];
  if (!given || !/^\p{Lu}\p{Ll}+$/u.test(given.text)) return false;
  const listed =
    firstNameGender(given.text) !== undefined || (isListedFirstName(given.text) && !lowerVocab.has(given.lower));
  if (!listed || FUNCTION_WORDS.has(given.lower) || ORG_HEADS.has(given.lower) || MONTH_NAMES.has(given.lower))
    return false;
  return !titleAt(tokens, i) && !atSentenceStart(tokens, i) && !headlines?.has(given.sentence);
}

/**
 * "Punta Arenas", "Santa Clara": a name of several words that is a city's, with no title and no first
 * name in front, is the city even where the tagger read a person. (One word is left to the tagger:
 * "Mendoza" and "Lincoln" are surnames as often as cities.)
 */
function isCityName(tokens: readonly Token[], s: number, e: number, name: string, title: string | undefined): boolean {
  return e - s >= 2 && !title && WORLD_CITIES.has(name) && !firstNameGender((tokens[s] as Token).text);
}

/**
 * "in Dar es Salaam": the last word of a city's name whose lower-case particle split it ("Dar es Salaam", "Rio de
 * Janeiro") is the city's, not a person's.
 */
function cityAfterParticle(tokens: readonly Token[], s: number, e: number): boolean {
  const particle = tokens[s - 1];
  const opening = tokens[s - 2];
  if (e - s !== 1 || !particle || particle.cap || particle.kind !== "word" || !opening?.cap) return false;
  if (opening.sentence !== (tokens[s] as Token).sentence) return false;
  return WORLD_CITIES.has(`${opening.text} ${particle.text} ${(tokens[s] as Token).text}`);
}

/** Lower-case words of a region's direction ("the southern Altiplano", "in northern Galilee"). */
const COMPASS_WORDS: ReadonlySet<string> = new Set(
  "northern southern eastern western central north-eastern northeastern north-western northwestern south-eastern southeastern south-western southwestern".split(
    " ",
  ),
);

/** "the southern Altiplano": one word after a lower-case compass adjective is a region, no person's name. */
function afterCompassWord(tokens: readonly Token[], s: number, e: number): boolean {
  const compass = tokens[s - 1];
  return e - s === 1 && compass !== undefined && !compass.cap && COMPASS_WORDS.has(compass.lower);
}

/**
 * "the Buenos Aires consultancy Consultora Paraná", "a Lagos newspaper": a city's name of two words or more
 * right before a lower-case noun that describes an organization is where that organization is, not one.
 */
function cityBeforeDescriptor(tokens: readonly Token[], s: number, e: number, name: string): boolean {
  const next = tokens[e];
  // (one word after an article too: "made by the Kingston company Cedar Byte Systems", "a Lagos newspaper")
  const determined = /^(?:the|a|an)$/.test(tokens[s - 1]?.lower ?? "");
  return (
    (e - s >= 2 || determined) &&
    WORLD_CITIES.has(name) &&
    next !== undefined &&
    next.kind === "word" &&
    !next.cap &&
    ORG_DESCRIPTORS.has(next.lower)
  );
}

/** A North American broadcaster's call sign and its band ("WAFN-TV", "KQED-FM"). */
const CALL_SIGN = /^[KWC][A-Z]{2,3}-(?:TV|FM|AM|DT)$/;

/** Levels of government written between a place and "government" ("state", "provincial"). */
const GOVERNMENT_LEVELS = new Set(["state", "provincial", "regional", "municipal", "city", "county", "federal"]);

/** The mention extended over "government" (token `e`) as that government, an organization named `name`. */
function governmentMention(text: string, tokens: readonly Token[], mention: Mention, e: number, name: string): Mention {
  const end = (tokens[e] as Token).end;
  return {
    ...mention,
    end,
    text: text.slice(mention.start, end),
    name,
    last: e + 1,
    type: "Organization",
    kind: "government",
  };
}

/** A name that is a place: a city or region the lexicons know, or one the tagger read as a place. */
function isPlaceName(name: string, lower: string, tagged: TaggedType | "O" | undefined): boolean {
  return tagged === "LOC" || WORLD_CITIES.has(name) || PLACES.has(lower) || SUBNATIONAL_REGIONS.has(lower);
}

/** First words that make a name of two a place ("County Cork", "Mount Kenya"). */
const PLACE_LEADS: ReadonlySet<string> = new Set(["County", "Mount"]);

/** Place heads that are surnames too ("Nathan Lane", "Michael Bay"). */
const SURNAME_PLACE_HEADS: ReadonlySet<string> = new Set(["lane", "bay", "lake", "bridge"]);

/**
 * "Southern Ocean", "Ross Ice Shelf", "Marsh Lane": a name of several words ending in a sea, landform or
 * street word is a place whatever the tagger read, unless a title opens it or, for a head that is a
 * surname too, a first name does ("Nathan Lane").
 */
function isPlaceByHead(tokens: readonly Token[], s: number, e: number, title: string | undefined): boolean {
  const head = (tokens[e - 1] as Token).lower;
  // ("County Mayo", "Mount Kenya": a place's word first, in a name of two)
  if (e - s === 2 && !title && PLACE_LEADS.has((tokens[s] as Token).text)) return true;
  if (e - s < 2 || title || !PLACE_HEADS.has(head)) return false;
  // ("the Ministry of Agriculture and Sea", "the Portuguese Institute for Sea and Atmosphere": an organization's head
  // and its "of" or "for" open the name; the place word ends its portfolio)
  const opening = tokens[s]?.lower === "the" ? s + 1 : s;
  if (ORG_HEADS.has(tokens[opening]?.lower ?? "") && /^(?:of|for)$/.test(tokens[opening + 1]?.lower ?? ""))
    return false;
  // ("the Portuguese Institute for the Sea": a nationality before the head)
  if (countryOf((tokens[opening] as Token).text)?.form === "adjective" && headWithObjectBefore(tokens, opening, e))
    return false;
  const first = (tokens[s] as Token).text;
  return !SURNAME_PLACE_HEADS.has(head) || !firstNameGender(first);
}

/** Names written right after a lower-case place noun and "of" ("the suburb of Preston"), as run keys. */
function namedPlaces(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + 2 < tokens.length; k++) {
    const noun = tokens[k] as Token;
    if (noun.cap || !PLACE_NOUNS.has(noun.lower) || tokens[k + 1]?.lower !== "of" || !tokens[k + 2]?.cap) continue;
    let j = k + 2;
    while (tokens[j]?.cap && tokens[j]?.sentence === noun.sentence) j++;
    const key = runKey(tokens, k + 2, j);
    // "the capital of Yemen": a country stays what it is (an actor when it takes part in a claim)
    if (!countryOf(key) && !knownOrg(key)) out.add(key);
  }
  for (let k = 1; k + 1 < tokens.length; k++) if (tokens[k]?.text === ",") placeBeforeRegion(tokens, k, out);
  for (let k = 1; k < tokens.length; k++) {
    const noun = tokens[k] as Token;
    // "in Lea and Eddy counties": names before a plural place noun are places
    if (!noun.cap && PLURAL_PLACE_NOUNS.has(noun.lower)) {
      let j = k;
      while (
        j > 0 &&
        tokens[j - 1]?.sentence === noun.sentence &&
        (tokens[j - 1]?.cap || LIST_JOINS.has(tokens[j - 1]?.lower ?? ""))
      )
        j--;
      // (the tagger's run may span the list: "Lea and Eddy")
      if (j < k && tokens[j]?.cap) out.add(runKey(tokens, j, k));
      for (let a = j; a < k; ) {
        let b = a;
        while (b < k && tokens[b]?.cap) b++;
        const key = runKey(tokens, a, b);
        if (b > a && !countryOf(key) && !knownOrg(key) && !firstNameGender((tokens[a] as Token).text)) out.add(key);
        a = b + 1;
      }
    }
    // "who represents the 3rd Ward": a numbered ward or precinct
    if (
      noun.cap &&
      NUMBERED_PLACES.has(noun.lower) &&
      /^(?:st|nd|rd|th)$/.test(tokens[k - 1]?.lower ?? "") &&
      tokens[k - 2]?.kind === "number"
    )
      out.add(noun.lower);
  }
  // "the leafy Melbourne suburb of Preston": a name right before a lower-case place noun that ends its
  // phrase ("the Trump town hall", "a Republican district attorney" are no places)
  for (let k = 1; k + 1 < tokens.length; k++) {
    const noun = tokens[k] as Token;
    if (noun.cap || !PLACE_NOUNS_AFTER.has(noun.lower) || !tokens[k - 1]?.cap) continue;
    if (!/^(?:of|,|\.|;|where|which|that|\))$/.test((tokens[k + 1] as Token).lower)) continue;
    let j = k - 1;
    while (j > 0 && tokens[j - 1]?.cap && tokens[j - 1]?.sentence === noun.sentence && k - j < 3) j--;
    const key = runKey(tokens, j, k);
    if (countryOf(key) || knownOrg(key) || firstNameGender((tokens[j] as Token).text) || PARTY_WORDS.test(key))
      continue;
    out.add(key);
  }
  // ("the … Steel Corp. mill in nearby Warren": a name right after a lower-case "nearby" or "neighboring" is a place's,
  // 2026-12-07, newsdev76)
  for (let k = 0; k + 1 < tokens.length; k++) {
    const near = tokens[k] as Token;
    if (near.cap || !NEARBY_WORDS.has(near.lower)) continue;
    let j = k + 1;
    while (j < k + 4 && tokens[j]?.cap && tokens[j]?.kind === "word" && tokens[j]?.sentence === near.sentence) j++;
    if (j === k + 1 || tokens[j]?.cap) continue;
    const key = runKey(tokens, k + 1, j);
    const head = (tokens[j - 1] as Token).lower;
    if (countryOf(key) || knownOrg(key) || ORG_HEADS.has(head) || NAME_ENDS_NO_PERSON.has(head)) continue;
    if (j - k > 2 && firstNameGender((tokens[k + 1] as Token).text)) continue;
    out.add(key);
  }
  // ("the MV Santa Lucia Express … the Santa Lucia Express had been cleared": a vessel's name without its prefix)
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!SHIP_PREFIXES.has((tokens[k] as Token).text)) continue;
    let j = k + 1;
    while (tokens[j]?.cap && tokens[j]?.kind === "word" && tokens[j]?.sentence === tokens[k]?.sentence) j++;
    if (j - k >= 2 && shipName(tokens, k, j)) out.add(runKey(tokens, k + 1, j));
  }
  // ("Growers on the Izu peninsula told NHK …" beside "Izu Seiryu Foods": one word between "the" and a lower-case noun
  // of a landform is that landform's name)
  for (let k = 2; k < tokens.length; k++) {
    const noun = tokens[k] as Token;
    if (noun.cap || !LANDFORM_NOUNS.has(noun.lower) || tokens[k - 2]?.lower !== "the") continue;
    const name = tokens[k - 1] as Token;
    if (!name.cap || name.kind !== "word" || name.sentence !== noun.sentence || tokens[k + 1]?.cap) continue;
    if (!countryOf(name.text) && !knownOrg(name.text) && !firstNameGender(name.text)) out.add(name.lower);
  }
  return out;
}

/** Lower-case words of nearness before a place's name ("in nearby Warren", "neighbouring Lesotho"). */
const NEARBY_WORDS: ReadonlySet<string> = new Set(["nearby", "neighboring", "neighbouring"]);

/** Lower-case nouns of landforms and sites a one-word name stands before ("the Izu peninsula", "the Storholmen site"). */
const LANDFORM_NOUNS: ReadonlySet<string> = new Set(
  "peninsula valley river delta basin plateau coast mountains highlands lowlands desert archipelago lagoon estuary fjord glacier site".split(
    " ",
  ),
);

/**
 * "HARLAN FALLS, Pa. —" … "killed by Harlan Falls officer": a dateline's town, which is a place wherever the
 * article names it (the keys of its words in lower case).
 */
function datelinePlaces(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    if (!atSentenceStart(tokens as Token[], k) || !upper(tokens[k] as Token) || (tokens[k] as Token).text.length < 2)
      continue;
    let e = k;
    while (e < k + 4 && tokens[e]?.kind === "word" && upper(tokens[e] as Token)) e++;
    if (datelineCity(tokens, k, e)) out.add(runKey(tokens, k, e));
  }
  return out;
}
/** Whether the word after a place's name makes it its government's ("… City government", "… state government"). */
function governmentAfter(t: Token | undefined): boolean {
  return t?.lower === "government" || GOVERNMENT_LEVELS.has(t?.lower ?? "");
}

/**
 * Place nouns a place's name may stand before ("the Melbourne suburb of …", "the Nakuru county"): not
 * those that open compounds after a name ("the Trump town hall", "a city council", "port authority").
 */
const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set(
  [...PLACE_NOUNS].filter(
    (noun) => !["city", "town", "island", "islands", "port", "capital", "municipality", "department"].includes(noun),
  ),
);
/** Plural place nouns that close a list of places' names ("Lea and Eddy counties"). */
const PLURAL_PLACE_NOUNS: ReadonlySet<string> = new Set([
  "counties",
  "provinces",
  "districts",
  "regencies",
  "townships",
  "parishes",
  "prefectures",
  "municipalities",
  "boroughs",
]);
/** What joins the names of a list ("Lea and Eddy", "Agam, Solok and Tanah Datar"). */
const LIST_JOINS: ReadonlySet<string> = new Set(["and", ",", "or", "&"]);
/**
 * Whether "and the" at token j joins the run opening at token i, a chamber's name and a portfolio ("House
 * Education"), to the rest of one committee's name ("Workforce Committee"): capitalised words to a committee's noun.
 */
function chamberCommitteeJoin(tokens: readonly Token[], i: number, j: number): boolean {
  const chamber = tokens[(tokens[i] as Token).lower === "the" ? i + 1 : i];
  if (!chamber?.cap || !/^(?:house|senate)$/.test(chamber.lower) || j - i < 2) return false;
  const sentence = tokens[j]?.sentence;
  let k = j + 2;
  while (k < j + 6 && isNameToken(tokens[k]) && tokens[k]?.sentence === sentence) k++;
  return k > j + 2 && /^(?:committee|subcommittee)$/.test(tokens[k - 1]?.lower ?? "");
}

/**
 * "the Gulf of Mexico", "the Strait of Hormuz", "the Sea of Japan": a name after a capitalized sea's noun and "of"
 * ends a sea's name, even a country's.
 */
function waterOf(tokens: readonly Token[], i: number, j: number): boolean {
  // (not an organization named for the sea: "Bay of Plenty Regional Council")
  if (holdsOrgHead(tokens, i, j)) return false;
  const noun = tokens[i - 2];
  if (tokens[i - 1]?.lower === "of" && noun?.cap === true && WATERS_OF.has(noun.lower)) return true;
  // (the run may open with the noun: "Gulf of Mexico" read as one name)
  const opening = tokens[i] as Token;
  return opening.cap && WATERS_OF.has(opening.lower) && tokens[i + 1]?.lower === "of" && tokens[i + 2]?.cap === true;
}
const WATERS_OF: ReadonlySet<string> = new Set(["gulf", "sea", "bay", "strait", "straits"]);

/** Whether a word of the tokens [i, j) is an organization's head ("Council", "Society"). */
function holdsOrgHead(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (ORG_HEADS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/**
 * "the MV Santa Clara Dos", "the research vessel Nordkapp Explorer", "the icebreaker Araon": a ship's name — after a
 * ship's prefix, or right after a ship's noun — is a vessel, nobody (not an organization whose head ends the run).
 */
function shipName(tokens: readonly Token[], i: number, j: number): boolean {
  // ("The MV Santa Lucia Express, operated by …": a prefix makes a vessel of a name whatever its words, but for a
  // company's last; a sentence's "The" may open the run)
  // (not "The MS Society": one word after the letters, an organization's head)
  const p = tokens[i]?.text === "The" ? i + 1 : i;
  const heads = holdsOrgHead(tokens, i, j);
  if (j - p >= 2 && SHIP_PREFIXES.has((tokens[p] as Token).text) && (!heads || j - p >= 3))
    return !SHIPPING_COMPANY_ENDS.has((tokens[j - 1] as Token).lower);
  if (heads) return false;
  const noun = tokens[i - 1];
  return (
    noun !== undefined &&
    !noun.cap &&
    SHIP_NOUNS.has(noun.lower) &&
    /^(?:the|a|research)$/.test(tokens[i - 2]?.lower ?? "")
  );
}
const SHIP_PREFIXES: ReadonlySet<string> = new Set([
  "MV",
  "MS",
  "RV",
  "HMS",
  "USS",
  "SS",
  "MT",
  "FV",
  "HMAS",
  "HMCS",
  "RRS",
]);
/** Last words of a shipping company's name, which a ship's prefix may open too ("MV Shipping Ltd"). */
const SHIPPING_COMPANY_ENDS: ReadonlySet<string> = new Set([...LEGAL_FORMS, "lines", "shipping", "group", "company"]);
const SHIP_NOUNS: ReadonlySet<string> = new Set([
  "vessel",
  "ship",
  "ferry",
  "tanker",
  "freighter",
  "icebreaker",
  "trawler",
  "yacht",
  "frigate",
  "destroyer",
  "submarine",
  "cruiser",
  "liner",
]);

/**
 * "her Senate campaign", "the Senate race": a chamber's word before the race for a seat in it names the race, not the
 * chamber (newsdev31's gold counts no chamber there).
 */
function chamberOfRace(tokens: readonly Token[], i: number, j: number): boolean {
  const word = (tokens[i] as Token).lower;
  const next = tokens[j];
  return (
    j - i === 1 &&
    (word === "senate" || word === "house") &&
    next !== undefined &&
    !next.cap &&
    RACE_NOUNS.has(next.lower)
  );
}
// (not "seat": "Nevada’s open Senate seat" is a seat in the chamber, which the gold counts, newsdev29)
const RACE_NOUNS: ReadonlySet<string> = new Set([
  "campaign",
  "campaigns",
  "race",
  "races",
  "bid",
  "candidacy",
  "primary",
  "primaries",
  "contest",
]);

/**
 * "the Estadio Rafael Murillo Vidal", "won the Copa Nacional Femenil": a stadium or a cup named in its own language,
 * its first word the stadium's or the cup's — a place or a contest, nobody (not "Copa Airlines", nor an organization
 * whose head ends the run).
 */
function stadiumOrCup(tokens: readonly Token[], i: number, j: number): boolean {
  if (j - i < 2 || !STADIUM_OR_CUP_OPENINGS.has((tokens[i] as Token).lower)) return false;
  return !holdsOrgHead(tokens, i + 1, j) && !tokens.slice(i + 1, j).some((t) => t.lower === "airlines");
}
const STADIUM_OR_CUP_OPENINGS: ReadonlySet<string> = new Set([
  "estadio",
  "stade",
  "stadio",
  "stadion",
  "copa",
  "coupe",
  "coppa",
]);

/** Divisions a city numbers ("the 3rd Ward", "the 12th Precinct"). */
const NUMBERED_PLACES: ReadonlySet<string> = new Set(["ward", "precinct"]);
/** Party words a district or county may be named by ("a Republican district"). */
const PARTY_WORDS = /^(?:republican|democratic|democrat|gop|labour|labor|conservative|liberal|tory|green)$/;

/**
 * "in Levico Terme, Trento, Italy", "Ridgeway, Kenya, in 1990": a name of one to three words between a
 * comma or a preposition and ", <country or US state>" that ends there (punctuation or a function
 * word) is a place — not "Paul Ryan, Wisconsin Republican", "Jones, Georgia's governor",
 * nor a name a first name or a title opens ("John Smith, Texas").
 */
function placeBeforeRegion(tokens: readonly Token[], comma: number, out: Set<string>): void {
  const sentence = tokens[comma]?.sentence;
  let end = comma + 1;
  while (end < comma + 4 && tokens[end]?.cap && tokens[end]?.sentence === sentence) end++;
  const region = runKey(tokens, comma + 1, end);
  // ("based in Falls Church, Va., denied": a US state as AP abbreviates it, its stop a token of its own)
  const abbreviated =
    end === comma + 2 &&
    tokens[end]?.text === "." &&
    tokens[end]?.start === tokens[end - 1]?.end &&
    AP_STATE_ABBREVIATIONS.has(`${(tokens[comma + 1] as Token).text}.`);
  const after = tokens[abbreviated ? end + 1 : end];
  if (end === comma + 1 || !(countryOf(region) || PLACES.has(region) || abbreviated)) return;
  // the region ends the phrase: punctuation or a function word ("Italy for a conference"), not a noun or a
  // verb it goes on with ("Europe coordinator", "Cleveland felt")
  if (after && after.sentence === sentence && after.kind === "word" && !FUNCTION_WORDS.has(after.lower)) return;
  if (after && (isPossessive(after) || after.text === "-")) return;
  let start = comma;
  while (start > comma - 3 && tokens[start - 1]?.cap && tokens[start - 1]?.sentence === sentence) start--;
  if (start === comma) return;
  const before = tokens[start - 1];
  if (before && before.text !== "," && !(before.kind === "word" && FUNCTION_WORDS.has(before.lower))) return;
  const first = tokens[start] as Token;
  if (firstNameGender(first.text) || titleAt(tokens as Token[], start) || HONORIFICS.has(first.lower)) return;
  const key = runKey(tokens, start, comma);
  if (!countryOf(key) && !knownOrg(key) && !PLACES.has(key)) out.add(key);
}

/** A name the tagger read as a person that is a vehicle named by the noun after it ("the Ulysses spacecraft"). */
function isCraft(tokens: Token[], last: number): boolean {
  const after = tokens[last];
  return after !== undefined && !after.cap && CRAFT_NOUNS.has(after.lower);
}

/**
 * A name of two words or more that ends in a vehicle's or an instrument's noun ("the Lunar Reconnaissance
 * Orbiter", "the James Webb Space Telescope"): a craft, no actor, whichever type the tagger gave it.
 */
function namedCraft(tokens: Token[], first: number, last: number): boolean {
  const end = tokens[last - 1] as Token;
  return last - first >= 2 && end.cap && CRAFT_NOUNS.has(end.lower);
}

/** Nouns after a name that make it a vehicle or an instrument, not a person ("the Ulysses spacecraft"). */
const CRAFT_NOUNS = new Set([
  "spacecraft",
  "probe",
  "probes",
  "rover",
  "lander",
  "orbiter",
  "satellite",
  "telescope",
  "capsule",
  "rocket",
  "submarine",
  "aircraft",
  "airliner",
  "warship",
  "destroyer",
  "frigate",
  "vessel",
  "yacht",
  "locomotive",
]);

/**
 * Organization pieces the tagger ran too far, split where a head noun ends the first name:
 * - "Washington State University Simon Ličen": a first name and a surname after the head are a person;
 * - "Wikimedia Foundation and Creative Commons", "Emerson College and Opinion Savvy": "and" after the head
 *   joins a second organization of two or more capitalized words ("Ritz Carlton Golf Club and Spa" stays
 *   one; "Ways and Means Committee", "Health and Human Services" have no head before "and").
 */
function splitOrganizationPieces(tokens: Token[], pieces: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const todo = [...pieces].reverse();
  const capsFrom = (from: number, to: number) => tokens.slice(from, to).every((t) => t.cap);
  while (todo.length > 0) {
    const piece = todo.pop() as TaggedSpan;
    let split: [TaggedSpan, TaggedSpan] | undefined;
    for (let k = piece.first + 1; piece.type === "ORG" && !split && k < piece.last; k++) {
      if (!ORG_HEADS.get((tokens[k - 1] as Token).lower)) continue;
      const word = tokens[k] as Token;
      // (not before a place's name: "Radio Free Asia", "Radio Free Europe", newsdev70)
      const lastWord = (tokens[piece.last - 1] as Token).text;
      if (
        k + 1 < piece.last &&
        firstNameGender(word.text) !== undefined &&
        capsFrom(k, piece.last) &&
        !isPlaceName(lastWord, lastWord.toLowerCase(), undefined)
      )
        split = [
          { ...piece, last: k },
          { first: k, last: piece.last, type: "PER" },
        ];
      else if (k + 2 < piece.last && word.lower === "and" && capsFrom(k + 1, piece.last))
        split = [
          { ...piece, last: k },
          { ...piece, first: k + 1 },
        ];
    }
    // "… including Atlanta-based Southland Energy Corp. Benning spokesman Cole Hadley denied …": a legal form's period
    // ends the sentence and the name (no name goes on after "Corp."); the word after it opens the next sentence and
    // is left to the rules
    const form =
      piece.type === "ORG" && !split
        ? (legalFormPeriod(tokens, piece.first + 1, piece.last - 1) ?? legalFormBeforeOf(tokens, piece))
        : undefined;
    if (form !== undefined) {
      out.push({ ...piece, last: form + 1 });
      continue;
    }
    if (!split) out.push(piece);
    else todo.push(split[1], split[0]);
  }
  return out;
}

/**
 * "Silver Ridge Gaming Inc. of Reno, Nev.", read as one piece: a legal form, then "of" and a capitalised word, ends the
 * company's name; what follows says where it is based (2026-12-07, newsdev70).
 */
function legalFormBeforeOf(tokens: readonly Token[], piece: TaggedSpan): number | undefined {
  for (let k = piece.first + 1; k + 2 < piece.last; k++) {
    if (tokens[k + 1]?.lower !== "of" || !tokens[k + 2]?.cap) continue;
    if (isLegalForm((tokens[k] as Token).lower)) return k;
  }
  return undefined;
}

/** The first token in [from, to) that is a legal form written with its period ("Corp.", "Inc.") before a capital. */
function legalFormPeriod(tokens: readonly Token[], from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    // (not "Acme Co. Inc.": a second legal form goes on with the name)
    if (!t.text.endsWith(".") || !LEGAL_FORMS.has(t.lower.slice(0, -1)) || !next?.cap) continue;
    if (!LEGAL_FORMS.has(next.lower) && !isLegalForm(next.lower)) return k;
  }
  return undefined;
}

/**
 * "Héctor Daniel Pasarín, one of …" opening a sentence, where the tagger took "Daniel Pasarín" alone: a first
 * name (accents aside: "Héctor" as "Hector") that opens the sentence and the run `s`, right before a person's
 * piece, is that person's; so is any capitalised word right after a member's title ("MP Anjeela Devi Prasad").
 */
function withOpeningGivenName(tokens: readonly Token[], pieces: TaggedSpan[], s: number): TaggedSpan[] {
  const first = pieces[0];
  const word = tokens[s] as Token;
  if (first?.type !== "PER" || first.first !== s + 1 || word.kind !== "word" || !word.cap) return pieces;
  // ("MP Anjeela Devi Prasad": an untagged word between a member's title and the name the tagger read)
  if (MEMBER_TITLES.has(tokens[s - 1]?.text ?? "") && tokens[s - 1]?.sentence === word.sentence)
    return [{ ...first, first: s }, ...pieces.slice(1)];
  if (!atSentenceStart(tokens as Token[], s)) return pieces;
  // (an Akan day name the name lists lack: "Efua Asantewaa Ofori, a spokesperson …", newsdev72)
  if (AKAN_DAY_NAMES.has(word.text)) return [{ ...first, first: s }, ...pieces.slice(1)];
  const plain = word.text.normalize("NFD").replace(/\p{M}/gu, "");
  if (plain === word.text) return pieces;
  // ("Lâm Quốc Bảo, 47, grows rice …": a family name with diacritics before a given name with them, Vietnamese order)
  const next = (tokens[first.first] as Token).text;
  const marked = next.normalize("NFD").replace(/\p{M}/gu, "") !== next;
  if (firstNameGender(plain) === undefined && !marked) return pieces;
  return [{ ...first, first: s }, ...pieces.slice(1)];
}

/** Capitalised particles that open a surname ("Van Steenkiste", "De Wulf", "Mac Donncha", "Ó Conghaile"). */
const CAPITAL_PARTICLES = new Set([
  "Van",
  "Von",
  "De",
  "Der",
  "Den",
  "Ter",
  "Ten",
  "Le",
  "La",
  "Du",
  "Da",
  "Di",
  "Del",
  "Della",
  "Dos",
  "Mac",
  "Ó",
  "Ní",
  "Nic",
  "Ua",
]);

/** The Arabic "son of" written capitalised inside Maghreb and Gulf names ("Hédi Ben Romdhane", "Mohamed Ould Salem"). */
const ARABIC_FILIATIONS: ReadonlySet<string> = new Set(["Ben", "Bin", "Ibn", "Ould"]);

/** Whether a capitalised word may be the given name before such a filiation: no party's, nationality's or title's word. */
function givenNameBefore(t: Token): boolean {
  return (
    t.kind === "word" &&
    t.cap &&
    !FUNCTION_WORDS.has(t.lower) &&
    !PARTY_WORDS.test(t.lower) &&
    countryOf(t.text) === undefined &&
    titlesStartingWith(t.lower).length === 0 &&
    !/\.$/.test(t.text)
  );
}

/** Lower-case particles inside a person's name ("Ramon dela Cruz", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set([...CONNECTORS].filter((w) => w !== "of" && w !== "for"));

/**
 * "Ramon dela Cruz Jr.": two person pieces the tagger split at a lower-case particle are one name, and
 * so are a person's piece and the capitalised word before its particle in the run [s, …), and a person's
 * piece and the particles and untagged capitalised words after it to the run's end `e` ("Erik ten Hag").
 */
/** Endings of Russian-style patronymics ("Sergeyevich", "Sultanbekovna", "Ilyich"). */
const PATRONYMIC_ENDING = /^\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna|ichna|yich)$/u;

/** Akan day names, given by the weekday of birth ("Efua", "Kwabena"), which open Ghanaian names. */
const AKAN_DAY_NAMES = new Set(
  "Kwasi Akwasi Kwesi Kwadwo Kojo Kwabena Ebo Kwaku Kweku Yaw Ekow Kofi Fiifi Kwame Akosua Esi Adwoa Adjoa Abena Araba Akua Ekua Yaa Afua Efua Afia Ama".split(
    " ",
  ),
);

/** The Balinese articles before a name: "I" for a man, "Ni" for a woman ("I Nyoman Suarta", "Ni Luh Putu …"). */
const BALINESE_ARTICLES = new Set(["I", "Ni"]);

/** Balinese birth-order names, which open a name after its article. */
const BALINESE_BIRTH_NAMES = new Set([
  "Wayan",
  "Putu",
  "Gede",
  "Luh",
  "Made",
  "Kadek",
  "Nengah",
  "Nyoman",
  "Komang",
  "Ketut",
]);

function withParticles(tokens: readonly Token[], pieces: TaggedSpan[], s: number, e: number): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const tagged of pieces) {
    const last = out.at(-1);
    let piece = tagged;
    // "Wout Van Steenkiste", "Declan Mac Donncha" where the tagger took the surname alone: the given name
    // before a capitalised particle is the name's
    if (
      piece.type === "PER" &&
      piece.first - 1 >= Math.max(s, last?.last ?? s) &&
      CAPITAL_PARTICLES.has((tokens[piece.first] as Token).text) &&
      piece.last - piece.first >= 2 &&
      (tokens[piece.first - 1] as Token).cap &&
      !FUNCTION_WORDS.has((tokens[piece.first - 1] as Token).lower)
    )
      piece = { ...piece, first: piece.first - 1 };
    // "farmer I Nyoman Suarta": the Balinese "I" (a man's) or "Ni" (a woman's) before a birth-order name opens the
    // name (the gold READMEs' newsdev70)
    if (
      piece.type === "PER" &&
      piece.first - 1 >= Math.max(s, last?.last ?? s) &&
      BALINESE_ARTICLES.has((tokens[piece.first - 1] as Token).text) &&
      BALINESE_BIRTH_NAMES.has((tokens[piece.first] as Token).text)
    )
      piece = { ...piece, first: piece.first - 1 };
    // ("Viktor Sergeyevich Loginov" where the tagger began at the patronymic: the given name before it is the name's,
    // newsdev75)
    if (
      piece.type === "PER" &&
      piece.first - 1 >= Math.max(s, last?.last ?? s) &&
      PATRONYMIC_ENDING.test((tokens[piece.first] as Token).text) &&
      (tokens[piece.first - 1] as Token).cap &&
      (tokens[piece.first - 1] as Token).kind === "word" &&
      !FUNCTION_WORDS.has((tokens[piece.first - 1] as Token).lower)
    )
      piece = { ...piece, first: piece.first - 1 };
    // ("Agriculture Minister Hédi Ben Romdhane", "said Mongi Ben Salah" where the tagger began at the Arabic "Ben": the
    // given name before it is the name's — not a party's or a nationality's word, "Republican Ben Carson", 2026-12-07,
    // newsdev77)
    if (
      piece.type === "PER" &&
      piece.first - 1 >= Math.max(s, last?.last ?? s) &&
      piece.last - piece.first >= 2 &&
      ARABIC_FILIATIONS.has((tokens[piece.first] as Token).text) &&
      givenNameBefore(tokens[piece.first - 1] as Token)
    )
      piece = { ...piece, first: piece.first - 1 };
    // "Marloes ter Horst" where the tagger took "Horst" alone: the given name before the particle is the name's
    if (piece.type === "PER") {
      let k = piece.first;
      while (k > s && !(tokens[k - 1] as Token).cap && NAME_PARTICLES.has((tokens[k - 1] as Token).lower)) k--;
      if (k < piece.first && k - 1 >= Math.max(s, last?.last ?? s) && (tokens[k - 1] as Token).cap)
        piece = { ...piece, first: k - 1 };
    }
    if (last?.type === "PER" && piece.type === "PER" && piece.first > last.last) {
      const between = tokens.slice(last.last, piece.first);
      if (between.every((t) => !t.cap && NAME_PARTICLES.has(t.lower))) {
        out[out.length - 1] = { ...last, last: piece.last };
        continue;
      }
    }
    out.push(piece);
  }
  // "Angkasa Pura I, the state company that …", "Pope Leo XIV": a Roman numeral that ends the run right after a name's
  // piece of two words or more is the name's (newsdev70)
  const final = out.at(-1);
  if (
    final &&
    final.last === e - 1 &&
    final.last - final.first >= 2 &&
    final.type !== "LOC" &&
    /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/.test((tokens[e - 1] as Token).text) &&
    // (the pronoun "I" goes on to its verb: "… Jones I think")
    ((tokens[e - 1] as Token).text !== "I" || tokens[e]?.kind !== "word")
  )
    out[out.length - 1] = { ...final, last: e };
  // "said Erik ten Hag.", "Ursula von der Leyen" where the tagger kept the given name alone: lower-case particles
  // and the capitalised words after them, to the run's end and tagged as nothing else, are the person's surname
  for (let n = 0; n < out.length; n++) {
    const piece = out[n] as TaggedSpan;
    const limit = out[n + 1]?.first ?? e;
    if (piece.type !== "PER") continue;
    let k = piece.last;
    while (k < limit && !(tokens[k] as Token).cap && NAME_PARTICLES.has((tokens[k] as Token).lower)) k++;
    if (k === piece.last) continue;
    // ("Konstanze zu Ortenberg" where the tagger read the surname as a place: one name word after the
    // particles, the run's last, is the person's surname all the same)
    // ("Pieter J. van der Walt" where it read the surname as an organization's name: after a middle initial or "van der",
    // 2026-12-08, newsdev86)
    const next = out[n + 1];
    const surnameParticles = tokens.slice(piece.last, k).some((t) => SURNAME_PARTICLES.has(t.lower));
    const initialBefore = INITIAL.test((tokens[piece.last - 1] as Token).text);
    if (
      k === limit &&
      (next?.type === "LOC" || (next?.type === "ORG" && (surnameParticles || initialBefore))) &&
      next.last === next.first + 1 &&
      next.last === e &&
      (SURNAME_PARTICLES.has((tokens[k - 1] as Token).lower) || surnameParticles || initialBefore)
    ) {
      out[n] = { ...piece, last: next.last };
      out.splice(n + 1, 1);
      continue;
    }
    if (k >= limit) continue;
    let end = k;
    while (end < limit && (tokens[end] as Token).cap && (tokens[end] as Token).kind === "word") end++;
    if (end === limit) out[n] = { ...piece, last: end };
  }
  return out;
}

/** Particles that only open a person's surname, never a place's name after a given name ("zu", "von", "van"). */
// (and the Welsh "ap" / "ab" and the Kalenjin "arap", son of: "Gwenllian ap Dafydd", "Joseph Kiprono arap Tanui")
const SURNAME_PARTICLES = new Set(["von", "van", "zu", "ter", "ten", "ap", "ab", "arap"]);

/** Heads of institutions' names besides the organization heads the tagger reads as a feature. */
const INSTITUTION_HEADS = new Set(["hospital", "clinic", "museum", "library", "academy", "hospice", "seminary"]);

/** Heads of institutions named for their city ("Can Tho University", "Cork University Hospital"). */
const CITY_INSTITUTION_HEADS = /^(?:university|college|hospital|institute|polytechnic)$/;

/**
 * "Senate President Pro Tempore Kwame de Souza", where the tagger began the person at "Pro": a person's piece that opens
 * inside a title of several words, begun one or two words before it, starts after that title. (2026-12-07, newsdev78)
 */
function pastSplitTitles(tokens: Token[], pieces: TaggedSpan[]): TaggedSpan[] {
  return pieces.map((piece) => {
    if (piece.type !== "PER") return piece;
    for (let j = piece.first - 1; j >= piece.first - 2 && j >= 0; j--) {
      const title = titleAt(tokens, j);
      const end = title ? j + title.length : j;
      if (end > piece.first && end < piece.last) return { ...piece, first: end };
    }
    return piece;
  });
}

/** Heads of bodies named by their subject after "on" ("Subcommittee on Information Technology"). */
const ON_HEADS: ReadonlySet<string> = new Set(["committee", "subcommittee", "commission", "council", "panel"]);

/**
 * "the House Oversight and Government Reform Committee's Subcommittee on Information Technology", read as a place
 * ("Subcommittee") and an organization ("Information Technology"): a committee's head, "on" and the capitalised
 * name after it are one organization. Mutates `mentions`. (2026-12-07, newsdev79)
 */
function joinCommitteesOn(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const a = mentions[i] as Mention;
    const b = mentions[i + 1] as Mention;
    if (a.title || b.title || a.type === "Person" || b.type === "Person") continue;
    if (tokens[a.last]?.lower !== "on" || b.first !== a.last + 1) continue;
    const head = tokens[a.last - 1] as Token;
    if (!head.cap || !ON_HEADS.has(head.lower) || (tokens[b.first] as Token).sentence !== head.sentence) continue;
    if (CALENDAR_WORDS.has((tokens[b.first] as Token).lower)) continue;
    a.end = b.end;
    a.last = b.last;
    a.text = text.slice(a.start, a.end);
    a.name = visibleText(a.text);
    a.type = "Organization";
    a.tagged = "ORG";
    a.kind = "legislative committee";
    delete a.tentative;
    mentions.splice(i + 1, 1);
  }
}

/** Whether an organization's piece names a body "for" something, or "of" something that is no place ("of Vine"). */
function bodyForTopic(tokens: readonly Token[], piece: TaggedSpan): boolean {
  for (let k = piece.first + 1; k < piece.last - 1; k++) {
    const word = (tokens[k] as Token).text;
    if (word === "for") return true;
    if (word !== "of") continue;
    const field = tokens
      .slice(k + 1, piece.last)
      .map((t) => t.text)
      .join(" ");
    return !isPlaceName(field, field.toLowerCase(), undefined) && countryOf(field) === undefined;
  }
  return false;
}

/**
 * "The Uzbek Forum for Human Rights", read as a place ("Uzbek Forum") and an organization ("Human Rights"): a piece
 * that is no person's and ends in an organization's head, then one "for", "of" or "on", then a piece that is no
 * person's, is one organization; so is a place's piece, "of" and an organization's piece that ends in its head ("the
 * Gulf of Maine Whale Trust"). (2026-12-07, newsdev77)
 */
function headsBeforeConnector(tokens: readonly Token[], pieces: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const piece of pieces) {
    const before = out.at(-1);
    if (before && joinedOverConnector(tokens, before, piece)) {
      out[out.length - 1] = { first: before.first, last: piece.last, type: "ORG" };
      continue;
    }
    out.push(piece);
  }
  return out;
}

/** Whether `piece` goes on the name of `before` over the one connector between them (`headsBeforeConnector`). */
function joinedOverConnector(tokens: readonly Token[], before: TaggedSpan, piece: TaggedSpan): boolean {
  const head = tokens[before.last - 1] as Token;
  if (before.type === "PER" || piece.first !== before.last + 1 || !head.cap) return false;
  switch (tokens[before.last]?.text) {
    case "for":
    case "on":
      return headThenField(head, piece);
    case "of":
      return (
        headThenField(head, piece) ||
        // ("the Gulf of Maine Whale Trust", read as a place and "Maine Whale Trust": a place's "of" opening an
        // organization's name that ends in its head)
        (before.type === "LOC" && piece.type === "ORG" && ORG_HEADS.has((tokens[piece.last - 1] as Token).lower))
      );
    case "and":
      // ("the Office for Kosovo and Metohija", "the National Office of Vine and Wine", read as an organization and a
      // place or a person: a body "for" or "of" its field and a second word of it after "and", no country — not a
      // place's "of": "the American Civil Liberties Union of Ohio and Demos", 2026-12-07, newsdev78)
      return (
        before.type === "ORG" &&
        (piece.type === "LOC" || (piece.type === "PER" && !isListedFirstName((tokens[piece.first] as Token).text))) &&
        piece.last === piece.first + 1 &&
        bodyForTopic(tokens, before) &&
        countryOf((tokens[piece.first] as Token).text) === undefined
      );
    default:
      return false;
  }
}

/**
 * An organization's head (no legal form, whose "of" says where a company is based: "Granite Point Gaming Inc. of
 * Henderson") before a piece that is no person's.
 */
function headThenField(head: Token, piece: TaggedSpan): boolean {
  return (ORG_HEADS.has(head.lower) || head.lower === "forum") && piece.type !== "PER" && !isLegalForm(head.lower);
}

/**
 * "a researcher at Can Tho University": the tagger left the run's first word out of an institution's name (a word
 * that is also a verb or a name, "Can"); mid-sentence, one capitalised word before an organization's piece that ends
 * in an institution's head opens it.
 */
function withPlaceBeforeUniversity(tokens: readonly Token[], pieces: TaggedSpan[], s: number): TaggedSpan[] {
  const first = pieces[0];
  const word = tokens[s] as Token;
  if (first?.type !== "ORG" || first.first !== s + 1 || word.kind !== "word" || !word.cap) return pieces;
  // (a function word too, capitalised mid-sentence: "Can"; not an article, "The University of …")
  if (atSentenceStart(tokens as Token[], s) || CALENDAR_WORDS.has(word.lower) || /^(?:the|a|an)$/.test(word.lower))
    return pieces;
  if (!CITY_INSTITUTION_HEADS.test((tokens[first.last - 1] as Token).lower)) return pieces;
  return [{ ...first, first: s }, ...pieces.slice(1)];
}

/**
 * "The Veterans of Foreign Wars said …", "the Daughters of the American Revolution": the tagger read only the words
 * after "of"; after "the", a capitalised plural and "of" (and "the") before an organization's first piece open it.
 */
function withPluralOfBefore(tokens: readonly Token[], pieces: TaggedSpan[], s: number): TaggedSpan[] {
  const first = pieces[0];
  const word = tokens[s] as Token;
  if (first?.type !== "ORG" || word.kind !== "word" || !/^\p{Lu}\p{Ll}+[^s]s$/u.test(word.text)) return pieces;
  if (tokens[s - 1]?.lower !== "the" || tokens[s + 1]?.lower !== "of") return pieces;
  const from = tokens[s + 2]?.lower === "the" ? s + 3 : s + 2;
  if (first.first !== from || ROLE_WORDS_BEFORE_OF.test(word.lower)) return pieces;
  return [{ ...first, first: s }, ...pieces.slice(1)];
}

/** Plurals of members' roles, whose "of" names what they belong to ("the Ministers of Finance"). */
const ROLE_WORDS_BEFORE_OF =
  /^(?:ministers|secretaries|presidents|members|leaders|heads|chiefs|directors|governors|mayors|officers|officials|judges|justices)$/;

function isInstitutionHead(word: string): boolean {
  return ORG_HEADS.get(word) !== undefined || INSTITUTION_HEADS.has(word);
}

/**
 * "Jaramogi Oginga Odinga Teaching and Referral Hospital": a name the tagger cut at "and", whose last
 * word is an organization head that the part before "and" lacks, is one organization — whether the
 * tagger left the words after "and" untagged or tagged them apart, as long as neither part is a person
 * and the first is no organization or country the lexicons know ("Google and Microsoft Corporation").
 */
function withAndHeads(
  text: string,
  tokens: readonly Token[],
  pieces: TaggedSpan[],
  start: number,
  end: number,
): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let piece = pieces[i] as TaggedSpan;
    const next = pieces[i + 1];
    // "the Rating and Valuation Department" where the tagger kept only "Valuation Department": untagged name
    // words and "and" right before an institution's name, from the run's start or the piece before, are its own
    const from = out.at(-1)?.last ?? start;
    // ("the Agriculture and Livestock Federation of Mato Grosso do Sul": the head before "of")
    if (
      piece.type === "ORG" &&
      tokens[piece.first - 1]?.lower === "and" &&
      piece.first - 2 >= from &&
      isInstitutionHead(headWordOf(tokens as Token[], piece.first, piece.last))
    ) {
      let k = piece.first - 1;
      // (not a date or a role: "July and Congress", "Co-founder and National Director of …")
      while (
        k - 1 >= from &&
        isNameToken(tokens[k - 1]) &&
        !CALENDAR_WORDS.has((tokens[k - 1] as Token).lower) &&
        titleAt(tokens as Token[], k - 1) === undefined &&
        !/^co-/.test((tokens[k - 1] as Token).lower)
      )
        k--;
      const opening = visibleText(text.slice((tokens[k] as Token).start, (tokens[piece.first - 2] as Token).end));
      if (
        k < piece.first - 1 &&
        !knownOrg(opening) &&
        !countryOf(opening) &&
        !firstNameGender((tokens[k] as Token).text)
      )
        piece = { ...piece, first: k };
    }
    const and = piece.last;
    // ("the Bank of Ceylon and People’s Bank": a name whose head is before its "of" is whole already)
    const headed = isInstitutionHead(headWordOf(tokens as Token[], piece.first, piece.last));
    const nextHeaded =
      next !== undefined && next.first === and + 1 && isInstitutionHead((tokens[next.last - 1] as Token).lower);
    if (
      piece.type === "PER" ||
      tokens[and]?.lower !== "and" ||
      isInstitutionHead((tokens[and - 1] as Token).lower) ||
      (headed && nextHeaded)
    ) {
      out.push(piece);
      continue;
    }
    const first = visibleText(text.slice((tokens[piece.first] as Token).start, (tokens[and - 1] as Token).end));
    if (knownOrg(first) || countryOf(first)) {
      out.push(piece);
      continue;
    }
    // the words after "and": a piece of its own right there (not a person's), or untagged name words
    let k = and + 1;
    // ("the Confederated Salish and Kootenai Tribes": a piece the tagger read as a person's that ends in an
    // organization's word no person's name ends in, 2026-12-07, newsdev79)
    // (a plural the two names share, "… Tribes"; not "CGI and Clinton Foundation", two organizations)
    const shared = next ? (tokens[next.last - 1] as Token).lower : "";
    const personAsOrganization =
      next?.type === "PER" && /[^s]s$/.test(shared) && NAME_ENDS_NO_PERSON.has(shared.slice(0, -1));
    const joinsNext = next !== undefined && next.first === k && (next.type !== "PER" || personAsOrganization);
    // ("the General Administration of Customs and Excise": one word the tagger read as a person, no first name)
    // (or "… Volcanology and Geological Hazard Mitigation": words the tagger read as a person's, no first name)
    // (only after a head before its "of" / "for": "CGI and Clinton Foundation" stays two)
    const loneWord =
      next?.type === "PER" &&
      next.first === k &&
      next.last - k <= 3 &&
      next.last === end &&
      headWordOf(tokens as Token[], piece.first, piece.last) !== (tokens[piece.last - 1] as Token).lower &&
      tokens.slice(k, next.last).every((t) => firstNameGender(t.text) === undefined);
    if (joinsNext) k = next.last;
    else if (loneWord) k = end;
    else while (k < (next?.first ?? end) && isNameToken(tokens[k])) k++;
    // ("the Federal Office for Migration and Refugees (BAMF)": a portfolio's second word after the head's "for" /
    // "of", ending the run — untagged, no known name, place or person's)
    const portfolio =
      !joinsNext &&
      k === end &&
      k > and + 1 &&
      piece.type === "ORG" &&
      isInstitutionHead(headWordOf(tokens as Token[], piece.first, piece.last)) &&
      headWordOf(tokens as Token[], piece.first, piece.last) !== (tokens[piece.last - 1] as Token).lower &&
      !placeAfterConnector(text, tokens, piece) &&
      plainNameWords(text, tokens, and + 1, k);
    const headEnds = isInstitutionHead((tokens[k - 1] as Token).lower) || (joinsNext && personAsOrganization);
    if (!portfolio && (k <= and + 1 || !headEnds)) {
      out.push(piece);
      continue;
    }
    out.push({ ...piece, last: k, type: "ORG" });
    if (joinsNext || loneWord) i++;
  }
  return withPlaceTails(tokens, out, end);
}

/**
 * "Memorial Sloan Kettering Cancer Center", "John Hopkins Children's Hospital" where the tagger read the eponym
 * as a person: a run whose only piece is a person's, followed to the run's end `e` by capitalised words no piece
 * holds that end in an institution's head, is that institution (from the run's start `s`).
 */
function namedInstitution(tokens: readonly Token[], pieces: TaggedSpan[], s: number, e: number): TaggedSpan[] {
  const only = pieces[0];
  if (pieces.length !== 1 || only?.type !== "PER" || only.last >= e) return pieces;
  if (!isInstitutionHead((tokens[e - 1] as Token).lower)) return pieces;
  for (let k = only.last; k < e; k++)
    if (!(tokens[k] as Token).cap || (tokens[k] as Token).kind !== "word") return pieces;
  for (let k = s; k < only.first; k++)
    if (!(tokens[k] as Token).cap || (tokens[k] as Token).kind !== "word") return pieces;
  return [{ first: s, last: e, type: "ORG" }];
}

/** "… Union of Ohio": the words after a piece's first "of" / "for" (and "the") are a place's name ("and Demos" is another name). */
function placeAfterConnector(text: string, tokens: readonly Token[], piece: TaggedSpan): boolean {
  let k = piece.first + 1;
  while (k < piece.last && !/^(?:of|for)$/.test((tokens[k] as Token).lower)) k++;
  if (tokens[k + 1]?.lower === "the") k++;
  if (k + 1 >= piece.last) return false;
  const words = visibleText(text.slice((tokens[k + 1] as Token).start, (tokens[piece.last - 1] as Token).end));
  return isPlaceName(words, words.toLowerCase(), undefined) || countryOf(words) !== undefined;
}

/**
 * The end of a name that runs on over "in" at token j (from token i): the capitalised words after "in", when an
 * acronym in brackets right after them spells the initials of the whole; j otherwise.
 */
function inNameEnd(text: string, tokens: readonly Token[], i: number, j: number): number {
  let k = j + 1;
  while (k < j + 4 && isNameToken(tokens[k]) && tokens[k]?.sentence === tokens[j]?.sentence) k++;
  if (k === j + 1 || tokens[k]?.text !== "(" || tokens[k + 2]?.text !== ")") return j;
  const acronym = tokens[k + 1] as Token | undefined;
  const from = tokens[i]?.lower === "the" ? i + 1 : i;
  const name = visibleText(text.slice((tokens[from] as Token).start, (tokens[k - 1] as Token).end));
  return acronym && isAcronym(acronym.text) && spellsInitials(acronym.text, name) ? k : j;
}

/** Capitalised words [from, to) that are no known organization, country, place or first name ("Refugees"). */
function plainNameWords(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const words = visibleText(text.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end));
  if (knownOrg(words) || countryOf(words) || isPlaceName(words, words.toLowerCase(), undefined)) return false;
  for (let k = from; k < to; k++) if (firstNameGender((tokens[k] as Token).text) !== undefined) return false;
  return true;
}

/** Particles inside a place's name ("Mato Grosso do Sul", "Rio de Janeiro", "Santiago del Estero"). */
const PLACE_PARTICLES = new Set(["do", "da", "de", "del", "dos", "das"]);

/**
 * "the … Federation of Mato Grosso do Sul" where the tagger ended the organization at "Grosso": an
 * organization's piece with a connector inside ("… of Mato Grosso") goes on over a place's particle and the
 * capitalised words after it, to the next piece or the run's end `end`.
 */
function withPlaceTails(tokens: readonly Token[], pieces: TaggedSpan[], end: number): TaggedSpan[] {
  return pieces.map((piece, n) => {
    if (piece.type !== "ORG" || !PLACE_PARTICLES.has(tokens[piece.last]?.lower ?? "")) return piece;
    let inner = false;
    for (let k = piece.first + 1; k < piece.last - 1 && !inner; k++) inner = (tokens[k] as Token).lower === "of";
    if (!inner) return piece;
    const limit = pieces[n + 1]?.first ?? end;
    let k = piece.last + 1;
    while (k < limit && (tokens[k] as Token).cap && (tokens[k] as Token).kind === "word") k++;
    return k > piece.last + 1 ? { ...piece, last: k } : piece;
  });
}

/** Abbreviations that open towns' names in datelines ("ST. CLOUD", "FT. MYERS", "MT. VERNON"). */
const TOWN_ABBREVIATIONS = /^(?:ST|STE|FT|MT|PT)$/;

/**
 * Tokens [s, e) are a city's name written in capitals opening a sentence, before a dateline's comma, bracket
 * or dash ("NAIROBI, Kenya —", "SAN FRANCISCO (AP) —"): a city of the world-cities list, title-cased (not
 * "the ABA, …" inside a sentence: Aba is a city too), or any before a wire's bracket and the dash.
 */
function datelineCity(tokens: readonly Token[], s: number, run: number): boolean {
  if (!atSentenceStart(tokens as Token[], s)) return false;
  // (the rest of the city's name in capitals, which the tagger may have left out: "SÃO" of "SÃO PAULO —")
  let e = run;
  // ("ST. CLOUD, Minn. —": a saint's or a fort's abbreviation and its stop open the name)
  const abbreviation = (k: number) =>
    tokens[k]?.text === "." &&
    tokens[k]?.start === tokens[k - 1]?.end &&
    TOWN_ABBREVIATIONS.test(tokens[k - 1]?.text ?? "");
  while (
    e < s + 4 &&
    ((tokens[e]?.kind === "word" && (tokens[e] as Token).text.length >= 2 && upper(tokens[e] as Token)) ||
      abbreviation(e))
  )
    e++;
  const words = tokens.slice(s, e).filter((t) => t.text !== ".");
  if (!words.every((t) => t.kind === "word" && t.text.length >= 2 && t.text === t.text.toUpperCase())) return false;
  const after = tokens[e]?.text ?? "";
  if (after !== "," && after !== "(" && !/^[—–-]$/.test(after)) return false;
  const name = words.map((t) => `${t.text[0]}${t.text.slice(1).toLowerCase()}`).join(" ");
  if (WORLD_CITIES.has(name) || PLACES.has(name.toLowerCase())) return true;
  // ("ZURICH (Reuters) -": a wire's bracket and the dateline's dash after the words in capitals, whatever the
  // lists spell the city as: "Zürich")
  if (after === "(") {
    let close = e + 1;
    while (close < e + 5 && tokens[close]?.text !== ")") close++;
    if (tokens[close]?.text === ")" && /^[—–-]{1,2}$/.test(tokens[close + 1]?.text ?? "")) return true;
  }
  // ("SABINAS, Mexico —", "GQEBERHA, South Africa (AP) —": a town no list has, before its country or state and
  // the dateline's dash or agency bracket)
  if (after !== ",") return false;
  let k = e + 1;
  while (tokens[k]?.cap && tokens[k]?.kind === "word" && k - e <= 3) k++;
  // ("HARLAN FALLS, Pa. —", "PELHAM, N.Y. —": a US state as AP abbreviates it, its stop a token of its own)
  let region = tokens
    .slice(e + 1, k)
    .map((t) => t.text)
    .join(" ");
  if (region === "" && tokens[k]?.kind === "word") region = (tokens[k++] as Token).text;
  if (tokens[k]?.text === "." && tokens[k]?.start === tokens[k - 1]?.end && AP_STATE_ABBREVIATIONS.has(`${region}.`)) {
    region = `${region}.`;
    k++;
  }
  const closes = tokens[k]?.text === "(" || /^[—–-]$/.test(tokens[k]?.text ?? "");
  // ("FORT NELSON, British Columbia —": a province or a state of another country too)
  return (
    closes &&
    (countryOf(region)?.form === "name" ||
      PLACES.has(region.toLowerCase()) ||
      SUBNATIONAL_REGIONS.has(region.toLowerCase()) ||
      AP_STATE_ABBREVIATIONS.has(region))
  );
}

function upper(t: Token): boolean {
  return t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
}

/** The country named right before token i with a possessive ("France's", "South Korea’s", "the United States'"). */
function possessiveCountryBefore(text: string, tokens: readonly Token[], i: number): string | undefined {
  const possessive = tokens[i - 1];
  if (possessive === undefined || !isPossessive(possessive) || possessive.sentence !== tokens[i]?.sentence)
    return undefined;
  for (let words = 1; words <= COUNTRY_MAX_WORDS && i - 1 - words >= 0; words++) {
    const from = tokens[i - 1 - words] as Token;
    if (from.sentence !== possessive.sentence || from.kind !== "word") return undefined;
    const country = countryOf(text.slice(from.start, (tokens[i - 2] as Token).end));
    if (country?.form === "name") return country.country.name;
  }
  return undefined;
}

/** A title that fills the end of the tokens [from, to) right before a name ("… President Donald Tusk"). */
function titleBetween(tokens: Token[], from: number, to: number): RunHead {
  for (let k = from; k < to; k++) {
    const tt = titleAt(tokens, k) ?? countyOfficeAt(tokens, k);
    if (tt && k + tt.length === to) return { title: tt.title, titleStart: k };
  }
  return {};
}

/** What the rules found in front of a name: a title and a nationality adjective. */
interface RunHead {
  title?: string | undefined;
  titleStart?: number | undefined;
  titleCountry?: string | undefined;
}

/**
 * "Jordan Pell, a spokesman for the Sagebrush Prosperity Fund, said": a country that is also a first name (Jordan,
 * Israel) and one more capitalised word the tagger read as a place, set off by a role ("a spokesman", "the
 * group's director") or followed by a verb of saying, is a person's name.
 */
/**
 * "Mónica Izurieta de la Torre, president of the Guayaquil Chamber of Commerce,": a place's reading of a listed given
 * name, a capitalised word and a surname after lower-case particles ("de la", "del", "da", "dos") is a person's name —
 * no city the lexicons know, and a role or a verb of saying after it. (2026-12-07, newsdev77)
 */
function particleName(tokens: readonly Token[], s: number, e: number): boolean {
  const first = tokens[s] as Token;
  // (the lists spell given names without their accents: "Mónica" is "Monica")
  const plain = first.text.normalize("NFD").replace(/\p{M}/gu, "");
  if (e - s < 4 || !isListedFirstName(plain)) return false;
  // (a surname first or the particles right after the given name: "Marisol de la Peña, whose son …", newsdev79)
  if (!tokens.slice(s + 1, e - 1).some((t) => !t.cap && NAME_PARTICLES.has(t.lower))) return false;
  if (!(tokens[e - 1] as Token).cap) return false;
  const words = tokens
    .slice(s, e)
    .map((t) => t.text)
    .join(" ");
  if (WORLD_CITIES.has(words)) return false;
  // (or a relative clause of a person: "Marisol de la Peña, whose 9-year-old son has a seizure disorder,")
  if (tokens[e]?.text === "," && /^(?:who|whose)$/.test(tokens[e + 1]?.lower ?? "")) return true;
  return roleOrSayingAfter(tokens, e, first.sentence);
}

/** A verb of saying right after token `e`, or a comma and a role's head within four words. */
function roleOrSayingAfter(tokens: readonly Token[], e: number, sentence: number): boolean {
  const after = tokens[e];
  if (SAID.has(after?.lower ?? "")) return true;
  if (after?.text !== ",") return false;
  for (let k = e + 1; k <= e + 5; k++) {
    const t = tokens[k];
    if (t?.kind !== "word" || t.sentence !== sentence) return false;
    if (isRoleHead(t.lower)) return true;
  }
  return false;
}

function countryFirstName(tokens: readonly Token[], s: number, e: number): boolean {
  const first = tokens[s] as Token;
  if (e - s !== 2 || countryOf(first.text)?.form !== "name" || !isListedFirstName(first.text)) return false;
  return roleOrSayingAfter(tokens, e, first.sentence);
}

/** Verbs of saying right after a name. */
const SAID = new Set(["said", "says", "told", "added", "wrote"]);

/**
 * One mention for the name tokens [s, e): typed by lexicons (known organizations, countries,
 * org heads, acronyms, titles, first names), or by the tagger when it tagged the name
 * (`tagged`; "O" when it tagged nothing there: the run stays unknown and is never made a person).
 */
function emitMention(
  text: string,
  tokens: Token[],
  s: number,
  e: number,
  { title, titleStart = s, titleCountry }: RunHead,
  lowerVocab: Set<string>,
  out: Mention[],
  tagged: TaggedType | "O" | undefined,
) {
  if (tagged === "LOC" && (countryFirstName(tokens, s, e) || particleName(tokens, s, e))) tagged = "PER";
  const startTok = tokens[s] as Token;
  const endTok = tokens[e - 1] as Token;
  const name = visibleText(text.slice(startTok.start, endTok.end));
  const lower = name.toLowerCase();
  // ("the Michoacán state government", "the Ontario provincial government": a level of government between)
  const level = GOVERNMENT_LEVELS.has(tokens[e]?.lower ?? "") && tokens[e + 1]?.lower === "government" ? 1 : 0;
  // (a level of government says the name is a place's, whatever the tagger read: "The Cagayan provincial government
  // denied …", newsdev71)
  const placeGovernment =
    !title &&
    tokens[e + level]?.lower === "government" &&
    (isPlaceName(name, lower, tagged) ||
      // (a person's reading of two words or more too, when no given name opens it: "the Negeri Sembilan state
      // government", newsdev72; not one word, often a people's adjective: "the Catalan regional government")
      (level === 1 && (tagged !== "PER" || (e - s >= 2 && firstNameGender(startTok.text) === undefined)))) &&
    !countryOf(name);
  // "NAIROBI, Kenya —", "BASEL (Reuters) —": a dateline's city in capitals is a place, not an acronym
  if (datelineCity(tokens, s, e)) return;
  // "the MP wrote", "a Labour TD": a member's title alone names nobody
  if (e - s === 1 && MEMBER_TITLES.has(name)) return;
  // "Mrs May", "Prime Minister May": a month's name after a person's title is the person's
  const titledMonth = title !== undefined && e - s === 1 && MONTH_NAMES.has(lower);
  // ("Prince Edward Island": a region whose name opens with a title word)
  const titled = title ? visibleText(text.slice((tokens[titleStart] as Token).start, endTok.end)).toLowerCase() : "";
  if (
    !placeGovernment &&
    !titledMonth &&
    (NON_ENTITIES.has(lower) ||
      PLACES.has(lower) ||
      REGIONS.has(lower) ||
      SUBNATIONAL_REGIONS.has(lower) ||
      SUBNATIONAL_REGIONS.has(titled))
  )
    return;
  const mention: Mention = {
    start: (tokens[title ? titleStart : s] as Token).start,
    end: endTok.end,
    text: visibleText(text.slice((tokens[title ? titleStart : s] as Token).start, endTok.end)),
    name,
    first: s,
    last: e,
    type: "Unknown",
    cluster: -1,
  };
  if (title) mention.title = title;
  if (titleCountry) mention.titleCountry = titleCountry;
  // "the Mexico City government", "the Quebec government": a city's or a region's government is an organization
  if (placeGovernment) {
    const governmentName = level ? `${name} ${(tokens[e] as Token).lower} government` : `${name} government`;
    out.push({ ...governmentMention(text, tokens, mention, e + level, governmentName), tagged: "ORG" });
    return;
  }
  if (GROUP_PLURALS.has(lower)) {
    // "Arabs", "Muslims": a group, no person or organization; it stays a speaker's span (an unnamed source)
    mention.tagged = "O";
    out.push(mention);
    return;
  }

  const known = knownOrgAt(tokens, s, e, name, tagged);
  const country = countryOf(name);
  const nextLower = tokens[e]?.lower;
  // "told WAFN-TV", "KTLA-TV reported": a broadcaster's call sign
  if (e - s === 1 && CALL_SIGN.test(name)) {
    out.push({ ...mention, type: "Organization", kind: "media", tagged: "ORG" });
    return;
  }
  if (known) {
    mention.type = "Organization";
    mention.kind = known.kind;
    mention.name = known.name;
  } else if (country) {
    if (country.form === "adjective") {
      // "Canadian government" → the government; "Russian officials", "Russians" → the country
      if (nextLower === "government" && !/s$/.test(name)) {
        const government = country.country.government ?? `Government of ${country.country.name}`;
        out.push(governmentMention(text, tokens, mention, e, government));
        return;
      }
      if (/s$/.test(name) || nextLower === "officials" || nextLower === "leaders") {
        mention.type = "Organization";
        mention.kind = "country";
        mention.name = country.country.name;
        out.push(mention);
        return;
      }
      return;
    }
    mention.type = "Organization";
    mention.kind = "country";
    mention.name = country.country.name;
  } else if (
    (tagged === "LOC" &&
      !ORG_HEADS.has((tokens[e - 1] as Token).lower) &&
      !leadingOrgHead(tokens, s, e) &&
      // ("The Municipality of Pucón has rebuilt two bridges": a place's local government, read as the place)
      !(e - s >= 3 && LOCAL_GOVERNMENT_HEADS.test((tokens[s] as Token).lower) && tokens[s + 1]?.lower === "of") &&
      // ("against the Atlanta Falcons": a team the tagger read as a place)
      !(tokens[s - 1]?.lower === "the" && isTeamName(name)) &&
      // ("the Australian Museum", "Royal Perth Hospital": an institution the tagger read as a building;
      // "developer Permata Lestari Holdings Bhd": a company by its legal form or its last word)
      !(e - s >= 2 && placeEndsAsOrganization((tokens[e - 1] as Token).lower)) &&
      // ("He told The Wichita Eagle that …": whom one tells is no place)
      !toldPublication(tokens, s, e)) ||
    (tagged === "PER" && isCityName(tokens, s, e, name, title)) ||
    (tagged === "PER" && !title && (cityAfterParticle(tokens, s, e) || afterCompassWord(tokens, s, e))) ||
    (tagged === "ORG" && cityBeforeDescriptor(tokens, s, e, name)) ||
    ((tagged === "PER" || tagged === "ORG") && isPlaceByHead(tokens, s, e, title))
  ) {
    // a place ("Washington D.C.", "Hong Kong"): not an actor, unless a list of organizations says
    // otherwise (coordination.ts); dropped at the end of detectMentions
    mention.tagged = "LOC";
    out.push(mention);
    return;
  } else if (tagged === "ORG" && isRoleAfterDeterminer(tokens, s, e)) {
    // "the Team Manager of the national team": a capitalized job, not an organization
    return;
  } else if (
    tagged === "ORG" &&
    NON_ORG_HEADS.has(headWordOf(tokens, s, e)) &&
    !isAcronym((tokens[e - 1] as Token).text)
  ) {
    // (an acronym spelling such a word is a name: "FIRE", the Foundation for Individual Rights and Expression)
    // "Spitfire Tournament", "Free Content Definition": an event or a work, not an actor
    return;
  } else if (tagged === "PER" || tagged === "ORG" || tagged === "LOC") {
    mention.tagged = tagged === "LOC" ? "ORG" : tagged;
    // a legal form ends only a company's name ("Brandt Industrietechnik AG"), and some words end no
    // person's name ("The Harlan Creek Ledger", "Lanternfish Games")
    const last = (tokens[e - 1] as Token).lower;
    // ("Mleczarnia Podlaska SA, a private dairy": a form in capitals after two words or more too)
    const company =
      e - s >= 2 && (LEGAL_FORMS.has(last) || (e - s >= 3 && isCapitalForm((tokens[e - 1] as Token).text)));
    // ("Citizen TV", not "Friday on TV": a station's name is written right before its word)
    const named = e - s >= 2 && (tokens[e - 2] as Token).cap ? NAME_ENDS_NO_PERSON.get(last) : undefined;
    // "Justice Alito", "Mr. Earnest", "President Ford": a person's title before one word the tagger read as
    // an organization's name makes it a person's (no head noun, acronym or known organization there; not
    // "General", which opens companies' names as often: "General Electric")
    // ("International Arbiter Zsuzsanna Fehérvári-Kiss": two or three words after it too, when a listed first name
    // opens them or the title is of two words or more, which no organization's name opens)
    const givenAfterTitle =
      e - s <= 3 && (firstNameGender((tokens[s] as Token).text) !== undefined || title?.includes(" ") === true);
    const titled =
      tagged === "ORG" &&
      title !== undefined &&
      title !== "general" &&
      (e - s === 1 || givenAfterTitle) &&
      !orgHeadOf(tokens, s, e) &&
      !isAcronym(name);
    // ("told the Giornale di Sicilia that": a name of several words after a lower-case "the", with no first name
    // and no noun it modifies, is no person's — a paper or a company the tagger read as one)
    const determined = tagged === "PER" && !title && e - s >= 2 && determinedName(tokens, s, e);
    // ("JRCC Trenton": an acronym of three capitals or more opens no person's name)
    const acronymFirst =
      tagged === "PER" &&
      !title &&
      e - s >= 2 &&
      /^\p{Lu}{3,6}$/u.test((tokens[s] as Token).text) &&
      /^\p{Lu}\p{Ll}/u.test((tokens[s + 1] as Token).text);
    // ("a report by Greenpeace Brasil": a known organization's name and one word after it, its national branch)
    const branch =
      tagged === "PER" && !title && e - s === 2 && knownOrg((tokens[s] as Token).text)?.kind === "organization";
    mention.type =
      (tagged === "PER" || titled) && !company && !named && !determined && !acronymFirst && !branch
        ? "Person"
        : "Organization";
    if (company) mention.kind = "company";
    else if (tagged === "PER" && named) mention.kind = named;
    else if (determined || acronymFirst || branch) mention.kind = "organization";
    else if (tagged !== "PER" && !titled) mention.kind = orgHeadOf(tokens, s, e) ?? "organization";
  } else {
    if (tagged === "O") mention.tagged = "O";
    const head = orgHeadOf(tokens, s, e);
    const firstWord = startTok.text;
    const gender = firstNameGender(firstWord);
    // ("Police in Lagos fired tear gas …": the common noun, capitalised only by the sentence it opens, newsdev56; the
    // authored golds hold no bare "Police")
    if (head === "police" && e - s === 1 && atSentenceStart(tokens, s)) return;
    // ("breaches the James Bay and Northern Quebec Agreement of 1975": a treaty's name, whatever first name opens it)
    if (e - s >= 2 && TREATY_HEADS.test((tokens[e - 1] as Token).text)) return;
    if (head && !(e - s === 1 && title)) {
      mention.type = "Organization";
      mention.kind = head;
    } else if (isAcronym(name) && e - s === 1 && !title && tagged !== "O") {
      mention.type = "Organization";
      mention.kind = "organization";
    } else if (title || (gender && e - s >= 2)) {
      mention.type = "Person";
    }
  }
  // single unknown capitalized words at sentence start are nearly always ordinary words
  if (mention.type === "Unknown" && e - s === 1 && atSentenceStart(tokens, s) && !title) {
    if (lowerVocab.has(startTok.lower)) return;
  }
  out.push(mention);
}

/** Last words of the names of treaties and charters, which no person's or organization's name ends in. */
const TREATY_HEADS = /^(?:Agreement|Accord|Accords|Treaty|Protocol|Charter)$/;

/** Words naming a confession or a nation in front of a see ("Roman Catholic", "Greek Orthodox", "Ukrainian"). */
const CONFESSIONS = new Set(
  "roman catholic anglican orthodox episcopal lutheran methodist presbyterian baptist evangelical coptic maronite".split(
    " ",
  ),
);
function isConfession(t: Token): boolean {
  return t.cap && (CONFESSIONS.has(t.lower) || countryOf(t.text)?.form === "adjective");
}

/**
 * Where a name that the tagger's piece at `first` belongs to really starts: at an organization word
 * right before it, or one followed only by connectors ("Friends of Eastfield Library"), not before
 * `from`. Undefined when there is none.
 */
function leadingHeadBefore(tokens: readonly Token[], from: number, first: number): number | undefined {
  let k = first - 1;
  while (k > from && CONNECTORS.has((tokens[k] as Token).lower)) k--;
  const t = tokens[k];
  if (k < from || !t) return undefined;
  return t.cap && LEADING_ORG_HEADS.has(t.lower) ? k : undefined;
}

/**
 * The run's first token `from` when it is a sports club's abbreviation ("KS", "FC", "SK"), one or two capitalised
 * words stand between it and the piece at `first`, and the piece closes the run (`closes`); else undefined.
 */
function teamAbbreviationOpening(
  tokens: readonly Token[],
  from: number,
  first: number,
  closes: boolean,
): number | undefined {
  const head = tokens[from];
  if (!closes || !head || first - from < 2 || first - from > 3) return undefined;
  if (!/^\p{Lu}{2,4}$/u.test(head.text) || LEADING_ORG_HEADS.get(head.lower) !== "team") return undefined;
  for (let k = from + 1; k < first; k++)
    if (!(tokens[k] as Token).cap || (tokens[k] as Token).kind !== "word") return undefined;
  return from;
}

/** Job nouns no organization's name ends with ("the Union Leader", "the Observer" are newspapers). */
const JOB_HEADS = new Set(
  `manager director coordinator officer chairman chairwoman chairperson president secretary minister spokesman
  spokeswoman spokesperson editor treasurer commissioner superintendent chancellor captain coach`.split(/\s+/),
);

/** "the Team Manager", "its Executive Director": capitalized words ending in a job noun, after a determiner. */
function isRoleAfterDeterminer(tokens: readonly Token[], s: number, e: number): boolean {
  const before = tokens[s - 1];
  const last = (tokens[e - 1] as Token).lower;
  if (!before || before.cap || !/^(?:the|a|an|its|his|her|their|our)$/.test(before.lower)) return false;
  if (!JOB_HEADS.has(last)) return false;
  for (let k = s; k < e; k++) if (CONNECTORS.has((tokens[k] as Token).lower)) return false;
  return true;
}

/** "Sistema de Aguas de la Ciudad de México": a name of two words or more opened by an organization word. */
function leadingOrgHead(tokens: readonly Token[], s: number, e: number): boolean {
  return e - s >= 2 && LEADING_ORG_HEADS.has((tokens[s] as Token).lower);
}

/** The head word of a name: its last word, or the word before its first connector ("Carnival of Magic"). */
function headWordOf(tokens: Token[], s: number, e: number): string {
  for (let k = s + 1; k < e - 1; k++)
    if (CONNECTORS.has((tokens[k] as Token).lower)) return (tokens[k - 1] as Token).lower;
  return (tokens[e - 1] as Token).lower;
}

/** "Paralympic Games", "Commonwealth Games", "Asian Games": a sports event, no organization. */
const EVENT_GAMES =
  /^(?:olympic|paralympic|commonwealth|asian|pan|american|winter|summer|youth|special|invictus|world|european|african|mediterranean|island|highland|hunger|video)$/;

function isEventName(tokens: readonly Token[], e: number): boolean {
  return (tokens[e - 1] as Token).lower === "games" && EVENT_GAMES.test((tokens[e - 2] as Token).lower);
}

/**
 * "Centre for Security Analysis", "Department of Justice", "Sindicato de Pilotos": the head noun (last,
 * before a connector, or first in a head-first name of two words or more) and its kind.
 */
function orgHeadOf(tokens: Token[], s: number, e: number): string | undefined {
  // ("the Nigeria Labour Congress", "the Trades Union Congress": a congress of unions is no legislature, newsdev56)
  if (
    (tokens[e - 1] as Token).lower === "congress" &&
    /^(?:labour|labor|union|unions|trades|workers)$/.test(tokens[e - 2]?.lower ?? "") &&
    e - s >= 2
  )
    return "union";
  const last = ORG_HEADS.get((tokens[e - 1] as Token).lower);
  if (last) return last;
  // ("told Radio-Canada that …", "Radio-Télévision Suisse": a broadcaster's word opening one hyphenated name, newsdev56)
  if (e - s === 1 && /^(?:Radio|Télé|Tele|Radio-Télévision)-\p{Lu}/u.test((tokens[s] as Token).text)) return "media";
  // the head before a connector ("Centre for Security Analysis"); "Movement for Credible Cycling" is a
  // movement, not the team its last word would make it
  for (let k = s + 1; k < e - 1; k++)
    if (CONNECTORS.has((tokens[k] as Token).lower)) {
      const word = (tokens[k - 1] as Token).lower;
      const before = ORG_HEADS.get(word) ?? (k - 1 === s ? NAME_ENDS_NO_PERSON.get(word) : undefined);
      if (before) return before;
      break;
    }
  return (
    (e - s >= 2 ? LEADING_ORG_HEADS.get((tokens[s] as Token).lower) : undefined) ??
    // ("Citizen TV", not "Friday on TV": a name's last word follows a capitalised one)
    (e - s >= 2 && !isEventName(tokens, e) && (tokens[e - 2] as Token).cap
      ? NAME_ENDS_NO_PERSON.get((tokens[e - 1] as Token).lower)
      : undefined)
  );
}

/**
 * Title Case headlines that stand on a line of their own (an article's title, a linked story's) and read as
 * a sentence: in them every word is capitalized, so a name's run swallows the headline ("Bernie Sanders
 * Burns Hillary Clinton With First-Ever National Lead", "Supremacists Are Capitalizing On Trump To Expand
 * Their Movement").
 */
function ownLines(text: string, tokens: readonly Token[], headlines: ReadonlySet<number>): Set<number> {
  const bounds = new Map<number, [number, number]>();
  for (const t of tokens) {
    if (!headlines.has(t.sentence)) continue;
    const b = bounds.get(t.sentence);
    if (b) b[1] = t.end;
    else bounds.set(t.sentence, [t.start, t.end]);
  }
  // (a line that reads as a sentence: a capitalized preposition, auxiliary or pronoun in it, not a list
  // of names and affiliations)
  const worded = new Set<number>();
  tokens.forEach((t, k) => {
    if (t.cap && headlines.has(t.sentence) && HEADLINE_BREAKS.has(t.lower) && !atSentenceStart(tokens as Token[], k))
      worded.add(t.sentence);
    // ("Environmentalists Sue to Halt Arizona Border Wall Contract as Ranchers Beg …": the article's first line, a
    // headline that writes its short words in lower case, a verb's "to" or a clause's "as" between capitalised
    // words; not a short sentence of the body full of names, "On Sunday, Rep. Darrell Issa spoke to Fox News.")
    if (
      !t.cap &&
      t.sentence === tokens[0]?.sentence &&
      headlines.has(t.sentence) &&
      LOWER_HEADLINE_BREAKS.has(t.lower) &&
      tokens[k + 1]?.cap
    )
      worded.add(t.sentence);
  });
  const out = new Set<number>();
  for (const [sentence, [start, end]] of bounds) {
    if (!worded.has(sentence)) continue;
    const before = text.lastIndexOf("\n", start - 1);
    const after = text.indexOf("\n", end);
    if (text.slice(before + 1, start).trim() === "" && text.slice(end, after < 0 ? text.length : after).trim() === "")
      out.add(sentence);
  }
  return out;
}

/**
 * The runs of headline lines, read for the names the article names elsewhere: each longest stretch of a
 * run that is a person's or an organization's name (or a person's surname) found outside the headlines
 * becomes a mention as the rules make it (of the type the article gives it); the rest of the headline
 * names nobody. The mentions stay in text order.
 */
function namesInHeadlines(
  text: string,
  tokens: Token[],
  runs: readonly [number, number][],
  lowerVocab: Set<string>,
  mentions: Mention[],
  headlines: ReadonlySet<number> | undefined,
): void {
  // each name's type in the article's own sentences (the headline's tagging spans the whole line)
  const known = new Map<string, Mention["type"]>();
  const keyOf = (a: number, b: number) => runKey(tokens, a, b);
  let longest = 1;
  for (const m of mentions) {
    const type =
      m.type !== "Unknown" ? m.type : m.tagged === "PER" ? "Person" : m.tagged === "ORG" ? "Organization" : undefined;
    if (type === undefined) continue;
    const key = keyOf(m.first, m.last);
    if (!known.has(key)) known.set(key, type);
    longest = Math.max(longest, m.last - m.first);
    const surname = (tokens[m.last - 1] as Token).lower;
    if (type === "Person" && m.last - m.first >= 2 && !known.has(surname)) known.set(surname, "Person");
  }
  const surfaceOf = (a: number, b: number) =>
    visibleText(text.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end));
  const found: Mention[] = [];
  for (const [i, j] of runs)
    for (let a = i; a < j; ) {
      let b = Math.min(j, a + longest);
      while (b > a && !known.has(keyOf(a, b)) && !knownOrg(surfaceOf(a, b))) b--;
      // "Marco Rubio Wins Iowa" where the article says "Rubio" (and "Little Marco"): a first name before a
      // known surname is the name's
      const given = tokens[a] as Token;
      if (
        b <= a + 1 &&
        a + 1 < j &&
        firstNameGender(given.text) &&
        known.get((tokens[a + 1] as Token).lower) === "Person"
      )
        b = a + 2;
      if (b === a) {
        a++;
        continue;
      }
      const from = found.length;
      // (the rules alone: the tagger read the whole line as one name)
      processRun(text, tokens, a, b, lowerVocab, found, undefined, headlines);
      const type = known.get(keyOf(a, b)) ?? known.get((tokens[b - 1] as Token).lower);
      for (let k = from; k < found.length; k++) {
        const m = found[k] as Mention;
        if (type === undefined || m.first !== a || m.last !== b || m.type === type) continue;
        m.type = type;
        m.tagged = type === "Person" ? "PER" : "ORG";
        delete m.tentative;
      }
      a = b;
    }
  if (found.length === 0) return;
  mentions.push(...found);
  mentions.sort((x, y) => x.start - y.start);
}

/**
 * Words a Title Case headline capitalizes that no name holds (prepositions, auxiliaries, pronouns); not
 * "Of", "The", "And" ("Bank Of America"), nor "Will", "May", "Can" (first names, a month).
 */
const HEADLINE_BREAKS = new Set(
  (
    "with to on over for in at by from about into after against as than but via " +
    "is are was were be been would could should might must has have had do does did " +
    "his her its their our your my he she it they we you who what why how when where this that these those " +
    "not just now still also"
  ).split(" "),
);

/** Short words a headline in lower case writes that no list of names and affiliations holds ("to", "as", "is"). */
const LOWER_HEADLINE_BREAKS = new Set([
  "to",
  "as",
  "is",
  "are",
  "was",
  "were",
  "would",
  "could",
  "should",
  "has",
  "have",
]);

/** Sentences whose words (4 letters or more) are mostly capitalized: Title Case headlines. */
function titleCaseSentences(tokens: Token[]): Set<number> {
  const counts = new Map<number, { words: number; caps: number }>();
  for (const t of tokens) {
    if (t.kind !== "word" || t.text.length < 4) continue;
    const c = counts.get(t.sentence) ?? { words: 0, caps: 0 };
    c.words++;
    if (t.cap) c.caps++;
    counts.set(t.sentence, c);
  }
  const out = new Set<number>();
  for (const [sentence, c] of counts) if (c.words >= 3 && c.caps >= c.words * 0.8) out.add(sentence);
  return out;
}

/** Counts that open a sentence in front of a capitalised word ("Twelve Georgia voters", "Dozens of …"). */
const COUNT_WORDS: ReadonlySet<string> = new Set(
  "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty dozens hundreds thousands".split(
    " ",
  ),
);
