import { MONTHS, WEEKDAYS } from "../lexicon/calendar.js";
import { countryOf } from "../lexicon/countries.js";
import { isListedFirstName } from "../lexicon/first-names.js";
import {
  isLegalForm,
  LEADING_ORG_HEADS,
  LEGAL_FORMS,
  NAME_ENDS_NO_PERSON,
  ORG_DESCRIPTORS,
  ORG_HEADS,
  POSSESSED_NAME_HEADS,
} from "../lexicon/organizations.js";
import { PLACES, US_STATE_NAMES } from "../lexicon/places.js";
import { SUBNATIONAL_REGIONS } from "../lexicon/subnational-regions.js";
import { titlesStartingWith } from "../lexicon/titles.js";
import { WORLD_CITIES } from "../lexicon/world-cities.js";
import { isPossessive, type Token, visibleText } from "../text/tokens.js";
import { collectivePossessor } from "./collective-possessors.js";
import { isAcronym, spellsInitials } from "./normalize.js";
import type { TaggedSpan } from "./tagger/labels.js";

// Names whose shape says what they are whatever the tagger read: a country and a sport or an agency's word, a run its bracketed
// acronym spells, the platform X, a station's or a unit's number, a place before an organization's head, a
// body's division (mentions.ts reads them while it builds and splits capitalised runs).

/** Sports whose national governing bodies are named by the country and the sport. */
const SPORTS = new Set([
  "cricket",
  "rugby",
  "football",
  "athletics",
  "hockey",
  "netball",
  "tennis",
  "cycling",
  "swimming",
  // ("World Athletics", "World Rugby", "World Aquatics", "World Sailing": international federations, 2026-12-07,
  // newsdev51)
  "aquatics",
  "sailing",
  "archery",
  "triathlon",
]);

/**
 * Whether tokens [s, e) are a country's name and a sport, in either order ("Sri Lanka Cricket", "Athletics Kenya"),
 * or "World" and a sport ("World Athletics").
 */
export function sportBody(text: string, tokens: readonly Token[], s: number, e: number): boolean {
  if (e - s < 2) return false;
  const name = (a: number, b: number) =>
    visibleText(text.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end));
  const first = tokens[s] as Token;
  const last = tokens[e - 1] as Token;
  if (SPORTS.has(last.lower) && countryOf(name(s, e - 1))?.form === "name") return true;
  if (e - s === 2 && first.text === "World" && SPORTS.has(last.lower)) return true;
  return SPORTS.has(first.lower) && countryOf(name(s + 1, e))?.form === "name";
}

/** Words that open a national agency's name before the country's ("Tourism Ireland", "Health Canada", "Sport England"). */
const AGENCY_WORDS = new Set([
  "tourism",
  "enterprise",
  "sport",
  "transport",
  "health",
  "statistics",
  "heritage",
  "historic",
  "natural",
  "visit",
  "invest",
  "water",
  "energy",
  // an industry's body before the country's name ("Seafood New Zealand", "Dairy Australia", 2026-12-07, newsdev64)
  "seafood",
  "dairy",
  "wine",
  "horticulture",
  "forestry",
  "universities",
]);

/**
 * Whether tokens [s, e) are one word and a country's name, the word an acronym, a word written in camel case or
 * an agency's word: a national body ("IDA Ireland", "AirNav Indonesia", "Tourism Ireland"), not a person
 * ("Michael Jordan" has a given name, which is neither).
 */
export function countryBody(text: string, tokens: readonly Token[], s: number, e: number): boolean {
  if (e - s < 2) return false;
  const word = tokens[s] as Token;
  const shaped =
    isAcronym(word.text) || /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u.test(word.text) || AGENCY_WORDS.has(word.lower);
  if (!shaped || word.kind !== "word") return false;
  const rest = visibleText(text.slice((tokens[s + 1] as Token).start, (tokens[e - 1] as Token).end));
  return countryOf(rest)?.form === "name";
}

/**
 * "the Italian Red Cross", "the Bangladesh Red Crescent Society", "the American Red Cross": a national Red Cross
 * or Red Crescent society (a nationality or a country, then the movement's name), which the tagger reads as a
 * person named "Cross".
 */
export function redCrossSociety(text: string, tokens: readonly Token[], s: number, e: number): boolean {
  if (e - s < 3) return false;
  const name = visibleText(text.slice((tokens[s] as Token).start, (tokens[e - 1] as Token).end));
  const society = /^(.+) Red (?:Cross|Crescent)(?: Society)?$/u.exec(name)?.[1];
  return society !== undefined && countryOf(society) !== undefined;
}

/** Whether "(ACR)" right after tokens [s, e) spells the initials of their words (hyphenated parts counted). */
export function spelledByAcronymAfter(text: string, tokens: readonly Token[], s: number, e: number): boolean {
  const open = tokens[e];
  const acronym = tokens[e + 1];
  if (open?.text !== "(" || tokens[e + 2]?.text !== ")" || !acronym || !isAcronym(acronym.text)) return false;
  const name = visibleText(text.slice((tokens[s] as Token).start, (tokens[e - 1] as Token).end));
  // ("the Office of the U.S. Trade Representative (USTR)": an office's acronym spells the officer it serves)
  // (its dotted initials counted letter by letter: "U.S." → "US")
  const officer = name.replace(/^Office of the /, "").replace(/\b(\p{Lu})\.(\p{Lu})\./gu, "$1 $2");
  return spellsInitials(acronym.text, name) || (officer !== name && spellsInitials(acronym.text, officer));
}

/**
 * The tagger's pieces of the run [s, e) made whole where the words say one organization stands over several pieces
 * or over words left out: a ministry's portfolios ("… and the Blue Economy"), a legal form after a given name, a
 * place before an organization's head, a person's piece before a broadcaster's word, a head's untagged tail.
 */
export function wholeNamePieces(
  tokens: readonly Token[],
  pieces: TaggedSpan[],
  s: number,
  e: number,
  known: (surface: string) => boolean,
): TaggedSpan[] {
  // ("the chair of Te Rūnanga o Ngāti Kōwhai": a Māori body's name, "Te" and its "o", however the tagger split it)
  if (maoriBodyOfName(tokens, s, e)) return [{ first: s, last: e, type: "ORG", margin: 0 }];
  const reshaped =
    maoriArticleName(tokens, pieces, s, e) ??
    newPlaceName(tokens, pieces, s, e) ??
    possessedHead(tokens, pieces, e) ??
    stateChapter(tokens, pieces, s, e) ??
    officeOfRecords(tokens, pieces, s, e);
  if (reshaped) return reshaped;
  let out = joinedPortfolios(
    tokens,
    joinedCollectivePossessives(tokens, describedRunWhole(tokens, causeRunWhole(tokens, pieces, s, e), s, e)),
  );
  out = placeClosingLeadingHead(tokens, bodyOfPlace(tokens, splitPersonOfOrganization(tokens, out)), e);
  out = legalFormFromRunStart(tokens, out, s, e);
  out = placeBeforeOrganizationHead(tokens, out, e);
  out = nameBeforeOrganizationEnd(tokens, out, e);
  return secondFieldTail(tokens, headWithUntaggedTail(tokens, out, e, known), e);
}

/**
 * The Māori article "Te" the tagger left out of a name, 2026-12-07, newsdev64: "Te Ohu Kaimoana, the trust that …"
 * (a run "Te" opens, one piece after it to the run's end: the piece takes "Te", its type kept) and "Aroha Te Whata"
 * (a person's piece "Te" opens, after one capitalised word that is no title: the person's given name). Else undefined.
 */
function maoriArticleName(
  tokens: readonly Token[],
  pieces: readonly TaggedSpan[],
  s: number,
  e: number,
): TaggedSpan[] | undefined {
  const [piece] = pieces;
  if (pieces.length !== 1 || piece === undefined || piece.last !== e) return undefined;
  if (tokens[s]?.text === "Te" && piece.first === s + 1 && e - s >= 3) return [{ ...piece, first: s }];
  const given = tokens[s] as Token;
  if (
    piece.type === "PER" &&
    piece.first === s + 1 &&
    tokens[s + 1]?.text === "Te" &&
    e - s === 3 &&
    given.kind === "word" &&
    titlesStartingWith(given.lower).length === 0
  )
    return [{ ...piece, first: s }];
  return undefined;
}

/**
 * "New Zealand Parliament passes …" opening a headline, read as "Zealand Parliament": one piece right after a "New"
 * that opens the run, the two words a place's or a country's name ("New Zealand", "New York", "New Delhi"), takes
 * "New" (2026-12-07, newsdev64). Else undefined.
 */
function newPlaceName(
  tokens: readonly Token[],
  pieces: readonly TaggedSpan[],
  s: number,
  e: number,
): TaggedSpan[] | undefined {
  const [piece] = pieces;
  if (pieces.length !== 1 || piece === undefined || piece.first !== s + 1 || piece.last - piece.first < 2)
    return undefined;
  if (tokens[s]?.text !== "New" || e - s < 3) return undefined;
  const place = `New ${(tokens[s + 1] as Token).text}`;
  return countryOf(place) !== undefined || PLACES.has(place.toLowerCase()) || WORLD_CITIES.has(place)
    ? [{ ...piece, first: s }]
    : undefined;
}

/**
 * "the Ohio AFL-CIO", "the Texas NAACP", read as a place and an organization: a US state's name, then an acronym's
 * organization ending the run, are the state's chapter, one organization (2026-12-07, newsdev66). Else undefined.
 */
function stateChapter(
  tokens: readonly Token[],
  pieces: readonly TaggedSpan[],
  s: number,
  e: number,
): TaggedSpan[] | undefined {
  const org = pieces.at(-1);
  if (org?.type !== "ORG" || org.last !== e || org.last - org.first !== 1 || org.first === s) return undefined;
  if (!/^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u.test((tokens[org.first] as Token).text)) return undefined;
  const state = tokens
    .slice(s, org.first)
    .map((t) => t.text)
    .join(" ");
  if (!US_STATE_NAMES.has(state)) return undefined;
  return [{ first: s, last: e, type: "ORG", margin: org.margin }];
}

/** Offices named "of" what they keep ("Registrar of Voters", "Recorder of Deeds", "Register of Wills"). */
const RECORD_OFFICES = /^(?:registrar|recorder|register)$/;

/**
 * "the San Joaquin County Registrar of Voters", read as a place ending at "Registrar": a run whose piece ends at an
 * office of records, then "of" and capitalised words to the run's end, is one organization (2026-12-07, newsdev66).
 * Else undefined.
 */
function officeOfRecords(
  tokens: readonly Token[],
  pieces: readonly TaggedSpan[],
  s: number,
  e: number,
): TaggedSpan[] | undefined {
  for (let k = s + 1; k < e - 2; k++) {
    if (!RECORD_OFFICES.test((tokens[k] as Token).lower) || tokens[k + 1]?.lower !== "of") continue;
    if (!tokens.slice(k + 2, e).every((t) => t.cap && t.kind === "word")) return undefined;
    if (!pieces.some((p) => p.first === s && p.last >= k + 1)) return undefined;
    return [{ first: s, last: e, type: "ORG", margin: 0 }];
  }
  return undefined;
}

/**
 * "the Tulsa Women’s Clinic", read as a place's name before a one-word person or nothing: a piece ending in a
 * collective noun, its possessive and an institution's head that ends the run are one organization (2026-12-07,
 * newsdev64). Else undefined.
 */
function possessedHead(tokens: readonly Token[], pieces: readonly TaggedSpan[], e: number): TaggedSpan[] | undefined {
  const head = tokens[e - 1] as Token;
  if (!POSSESSED_NAME_HEADS.test(head.lower) || !isPossessive(tokens[e - 2])) return undefined;
  if (!collectivePossessor((tokens[e - 3] as Token).lower)) return undefined;
  const at = pieces.findIndex((p) => p.last === e - 2);
  const piece = pieces[at];
  if (piece === undefined || piece.first >= e - 3 || pieces.slice(at + 1).some((p) => p.first < e - 1))
    return undefined;
  return [...pieces.slice(0, at), { first: piece.first, last: e, type: "ORG", margin: 0 }];
}

/** Whether the run [s, e) is "Te" or "Ngā", words, the Māori "o" and a name ("Te Rūnanga o Ngāti Kōwhai"). */
function maoriBodyOfName(tokens: readonly Token[], s: number, e: number): boolean {
  if ((tokens[s]?.text !== "Te" && tokens[s]?.text !== "Ngā") || e - s < 4) return false;
  for (let k = s + 2; k < e - 1; k++) if ((tokens[k] as Token).text === "o") return true;
  return false;
}

/**
 * "The National Institute for Public Health and the Environment": an organization's piece that holds its head and
 * its "for" or "of", then an untagged "and the" and one word ending the run — the second field of the same name
 * (the run keeps those words only so: `secondField` in mentions.ts).
 */
function secondFieldTail(tokens: readonly Token[], pieces: TaggedSpan[], e: number): TaggedSpan[] {
  const last = pieces.at(-1);
  if (last?.type !== "ORG" || last.last !== e - 3) return pieces;
  if (tokens[e - 3]?.lower !== "and" || tokens[e - 2]?.lower !== "the") return pieces;
  return headWithObjectBefore(tokens, last.first, last.last + 1)
    ? [...pieces.slice(0, -1), { ...last, last: e }]
    : pieces;
}

/** Whether tokens [i, j) hold an organization's head and its "for" or "of" ("Council for", "Institute of"). */
export function headWithObjectBefore(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k + 2 < j; k++)
    if (ORG_HEADS.has((tokens[k] as Token).lower) && /^(?:for|of)$/.test((tokens[k + 1] as Token).lower)) return true;
  return false;
}

/**
 * "Soar Valley Hospitals NHS Trust", "Leeds Teaching Hospitals Trust": a place the tagger kept, then words it
 * left untagged up to an organization's head that ends the run — one organization from the place on.
 */
export function placeBeforeOrganizationHead(tokens: readonly Token[], pieces: TaggedSpan[], e: number): TaggedSpan[] {
  // ("Bahr el Ghazal Primary School": a place's piece, a lower-case particle, and the organization's piece after it)
  const org = pieces.at(-1);
  const place = pieces.at(-2);
  if (
    org?.type === "ORG" &&
    place?.type === "LOC" &&
    org.last === e &&
    org.first === place.last + 1 &&
    /^(?:el|al|de|del|da|do|di)$/.test(tokens[place.last]?.text ?? "") &&
    ORG_HEADS.has((tokens[e - 1] as Token).lower)
  )
    return [...pieces.slice(0, -2), { first: place.first, last: e, type: "ORG", margin: org.margin ?? 0 }];
  const last = pieces.at(-1);
  const head = tokens[e - 1] as Token;
  // (a cooperative's name too, a head the tagger's lexicon lacks: "the Rabo de Peixe Fishermen’s Cooperative")
  // ("Brno Children’s Hospital": an institution's word that ends no person's name too)
  const orgHead =
    ORG_HEADS.has(head.lower) || LATER_HEADS.test(head.lower) || NAME_ENDS_NO_PERSON.get(head.lower) === "institution";
  // ("Fishermen’s Cooperative" after a piece the tagger ended at the collective's possessive)
  const possessed = last?.type === "ORG" && last.last === e - 2 && isPossessive(tokens[e - 2]);
  if ((last?.type !== "LOC" && !possessed) || !last || last.last >= e - 1 || !head.cap || !orgHead) return pieces;
  return [...pieces.slice(0, -1), { first: last.first, last: e, type: "ORG", margin: last.margin ?? 0 }];
}

/** Organization heads added after the tagger was trained (kept out of its `ORG_HEADS` features). */
const LATER_HEADS = /^(?:cooperative|co-operative|collective|conservatoire|conservatory)$/;

/**
 * "Al Mamlaka TV", "Ora TV", "Nawafez Films": a name the tagger read as a person's, then the one
 * word it left out that ends no person's name, the run's last — one organization over both.
 */
export function nameBeforeOrganizationEnd(tokens: readonly Token[], pieces: TaggedSpan[], e: number): TaggedSpan[] {
  const last = pieces.at(-1);
  const end = tokens[e - 1] as Token;
  // ("the Kapalong Small Banana Growers Multi-Purpose Cooperative": an organization's piece the tagger ended before
  // two capitalised words it left untagged, the run's last a cooperative's or an association's head)
  if (
    last?.type === "ORG" &&
    last.last >= e - 2 &&
    last.last < e &&
    end.cap &&
    (LATER_HEADS.test(end.lower) || ORG_HEADS.has(end.lower)) &&
    // (a legal form is `attachLegalForms`'s to join: "Vega Holdings Ltd." stays "Vega Holdings")
    !LEGAL_FORMS.has(end.lower) &&
    tokens.slice(last.last, e).every((t) => t.cap && t.kind === "word")
  )
    return [...pieces.slice(0, -1), { ...last, last: e }];
  const kind = NAME_ENDS_NO_PERSON.get(end.lower);
  // (a person's piece only: "Iowa TV", "on Orlando TV" are a place's television)
  // ("Dunmore Gaming Systems": one more capitalised word the tagger left untagged may stand before the end)
  if (last?.type !== "PER" || last.last < e - 2 || last.last > e - 1 || !end.cap || !kind || kind === "religious")
    return pieces;
  for (let k = last.last; k < e - 1; k++)
    if (!(tokens[k] as Token).cap || (tokens[k] as Token).kind !== "word") return pieces;
  return [...pieces.slice(0, -1), { first: last.first, last: e, type: "ORG", margin: last.margin ?? 0 }];
}

/**
 * "a Sheridan Basin Mining Co. filing": a company's name the tagger began after a first word it left out (a first
 * name, "Sheridan"), ending in a legal form — one company from the run's start.
 */
export function legalFormFromRunStart(
  tokens: readonly Token[],
  pieces: TaggedSpan[],
  s: number,
  e: number,
): TaggedSpan[] {
  const only = pieces.length === 1 ? pieces[0] : undefined;
  if (only?.type !== "ORG" || only.first <= s || only.first - s > 2 || only.last !== e) return pieces;
  const end = (tokens[e - 1] as Token).lower;
  const form = end === "." ? (tokens[e - 2] as Token).lower : end;
  if (!LEGAL_FORMS.has(form) && !LEGAL_FORMS.has(`${form}.`)) return pieces;
  for (let k = s; k < only.first; k++)
    if (!(tokens[k] as Token).cap || (tokens[k] as Token).kind !== "word") return pieces;
  return [{ ...only, first: s }];
}

/**
 * "Heritage Action for America": two words or more the tagger left untagged, "for", and a place's piece that ends the
 * run — a group named for its cause, one organization over all of it (not a
 * person's first name before "for": "Clinton for America" is read by the campaign rule).
 */
export function causeRunWhole(tokens: readonly Token[], pieces: TaggedSpan[], s: number, e: number): TaggedSpan[] {
  const only = pieces.length === 1 ? pieces[0] : undefined;
  // (a place's piece: "Term Limits for Congress" is a goal)
  if (!only || only.last !== e || only.type !== "LOC") return pieces;
  const f = only.first - 1;
  // (two words before "for" at least: "a member of the Majlis for Mashhad", "Tests for Pakistan" name a seat and a
  // series)
  if (f - s < 2 || tokens[f]?.lower !== "for") return pieces;
  for (let k = s; k < f; k++) if (!(tokens[k] as Token).cap || (tokens[k] as Token).kind !== "word") return pieces;
  if (isListedFirstName((tokens[s] as Token).text)) return pieces;
  return [{ first: s, last: e, type: "ORG", margin: only.margin ?? 0 }];
}

/** How many words a run an organization's descriptor introduces may hold and still be one name. */
const MAX_DESCRIBED_RUN = 5;

/**
 * "co-founded the residents' group Millhaven Lead-Free Neighbors": a run right after a lower-case noun that describes
 * an organization ("group", "union", "company"), itself after a determiner or a possessive, is one organization's
 * name, however the tagger cut it (a person's piece and words it left untagged) — when the tagger read an
 * organization or a person at its start and nothing in it after.
 */
export function describedRunWhole(tokens: readonly Token[], pieces: TaggedSpan[], s: number, e: number): TaggedSpan[] {
  const noun = tokens[s - 1];
  const first = pieces[0];
  if (!noun || noun.cap || noun.kind !== "word" || ORG_DESCRIPTORS.get(noun.lower) === undefined) return pieces;
  if (e - s < 2 || e - s > MAX_DESCRIBED_RUN || pieces.length !== 1 || first?.first !== s || first.last >= e)
    return pieces;
  if (first.type !== "PER" && first.type !== "ORG") return pieces;
  // (a determiner a few lower-case words back, over a plural's apostrophe: "the residents' group")
  let determined = false;
  for (let k = s - 2; k >= s - 5 && !determined; k--) {
    const t = tokens[k];
    if (!t || t.cap || (t.kind === "punct" && !/^['’]$/.test(t.text))) break;
    determined = /^(?:the|a|an|its|their|his|her|our)$/.test(t.lower) || isPossessive(t);
  }
  for (let q = s; q < e; q++) if (!(tokens[q] as Token).cap) return pieces;
  return determined ? [{ first: s, last: e, type: "ORG", margin: first.margin ?? 0 }] : pieces;
}

/**
 * "the Southern Arizona Cattlemen’s Alliance", "the Teachers’ Union": an organization's piece the tagger ended at a
 * collective noun, its possessive, and an organization's piece right after — one organization over both.
 */
export function joinedCollectivePossessives(tokens: readonly Token[], pieces: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const piece of pieces) {
    const before = out.at(-1);
    // ("the Tagmoute Women's Argan Cooperative": the piece after may be read as a person's when an organization's
    // head ends it)
    const head = (tokens[piece.last - 1] as Token).lower;
    if (
      before?.type === "ORG" &&
      (piece.type === "ORG" || ORG_HEADS.has(head) || LATER_HEADS.test(head)) &&
      piece.first === before.last + 1 &&
      isPossessive(tokens[before.last]) &&
      collectivePossessor((tokens[before.last - 1] as Token).lower)
    ) {
      out[out.length - 1] = { ...before, last: piece.last, margin: Math.max(before.margin ?? 0, piece.margin ?? 0) };
      continue;
    }
    out.push(piece);
  }
  return out;
}

/**
 * "the Ministry of Fisheries and the Blue Economy": a ministry's or department's name "of" one portfolio, then "and
 * the" and another the tagger read as a name of its own — one body over both.
 */
export function joinedPortfolios(tokens: readonly Token[], pieces: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const piece of pieces) {
    const before = out.at(-1);
    // two organization pieces with "<joining word> the" between them
    const between =
      before?.type === "ORG" &&
      piece.type === "ORG" &&
      piece.first === before.last + 2 &&
      tokens[before.last + 1]?.lower === "the"
        ? tokens[before.last]?.lower
        : undefined;
    const head = before ? (tokens[before.first] as Token).lower : "";
    // "the Ministry of Fisheries and the Blue Economy"; ("the House Education and the Workforce Committee": a chamber's
    // committee, its portfolios so joined)
    const ministry = /^(?:ministry|department)$/.test(head) && tokens[(before?.first ?? 0) + 1]?.lower === "of";
    const committee =
      /^(?:house|senate)$/.test(head) && /^(?:committee|subcommittee)$/.test(tokens[piece.last - 1]?.lower ?? "");
    // ("the Standing Committee on the Federal Judiciary": a committee "on the" what it deals with)
    const onThe = /^(?:committee|subcommittee|council|commission)$/.test(tokens[(before?.last ?? 0) - 1]?.lower ?? "");
    if (before && ((between === "and" && (ministry || committee)) || (between === "on" && onThe))) {
      out[out.length - 1] = { ...before, last: piece.last };
      continue;
    }
    // ("the University of Agricultural Sciences and Veterinary Medicine of Cluj-Napoca": an institution "of" two
    // fields joined by "and", no "the")
    const institution = /^(?:university|institute|college|academy|faculty|school)$/.test(head);
    if (
      before?.type === "ORG" &&
      piece.type === "ORG" &&
      institution &&
      tokens[before.first + 1]?.lower === "of" &&
      piece.first === before.last + 1 &&
      tokens[before.last]?.lower === "and"
    ) {
      out[out.length - 1] = { ...before, last: piece.last };
      continue;
    }
    out.push(piece);
  }
  return out;
}

/**
 * "The League of Women Voters of Wisconsin", "the ACLU of Utah": an organization's piece, "of" and a place's piece right
 * after it that ends the run are one body — a state's or a country's branch — where the article names the place
 * elsewhere and the tagger split it off.
 */
export function bodyOfPlace(tokens: readonly Token[], pieces: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const piece of pieces) {
    const before = out.at(-1);
    // ("the Cocoa Farmers' Alliance of Ghana": the tagger's piece may end before a plural's apostrophe and the head)
    const of = before ? ofAfterApostropheHead(tokens, before.last, piece.first) : -1;
    if (
      before?.type === "ORG" &&
      piece.type === "LOC" &&
      of === piece.first - 1 &&
      piece.last - piece.first <= 2 &&
      before.last - before.first >= 2 &&
      // (not after a legal form: "Granite Point Gaming Inc. of Henderson, Nev." says where the company is based,
      // newsdev70)
      !isLegalForm((tokens[before.last - 1] as Token).lower) &&
      stateOrCountry(tokens, piece)
    ) {
      out[out.length - 1] = { ...before, last: piece.last };
      continue;
    }
    out.push(piece);
  }
  return out;
}

/**
 * "a study led by Sanne de Groot of Radboud University": an organization's piece the tagger ran over a person's name,
 * "of" and an organization — a given name the lexicons list and a surname before "of" (no head among them), an
 * organization's head ending the words after it — is the person and the organization.
 */
export function splitPersonOfOrganization(tokens: readonly Token[], pieces: TaggedSpan[]): TaggedSpan[] {
  if (!pieces.some((p) => p.type === "ORG" && p.last - p.first >= 4)) return pieces;
  const out: TaggedSpan[] = [];
  for (const piece of pieces) {
    const of = piece.type === "ORG" ? personBeforeOf(tokens, piece) : -1;
    if (of < 0) {
      out.push(piece);
      continue;
    }
    out.push({ ...piece, last: of, type: "PER" }, { ...piece, first: of + 1 });
  }
  return out;
}

/** Lower-case particles that open a surname ("de Groot", "van Dijk", "da Silva"). */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(["de", "van", "von", "da", "di", "der", "den", "ter", "dos"]);

/** The index of "of" in an organization's piece that a person's name opens (see `splitPersonOfOrganization`), or -1. */
function personBeforeOf(tokens: readonly Token[], piece: TaggedSpan): number {
  const first = (tokens[piece.first] as Token).text;
  // (not a city's name that is also a given name: "the Cleveland Division of Police")
  const given = isListedFirstName(first) && !WORLD_CITIES.has(first);
  for (let k = piece.first + 1; k < piece.last - 1 && k <= piece.first + 4; k++) {
    const t = tokens[k] as Token;
    if (ORG_HEADS.has(t.lower) || SUB_BODY_HEADS.has(t.lower) || NAME_ENDS_NO_PERSON.has(t.lower)) return -1;
    if (k === piece.first + 1) continue;
    if (t.lower !== "of") continue;
    // ("Sanne de Groot": or a surname's particle before its last word)
    if (!given && !SURNAME_PARTICLES.has(tokens[k - 2]?.lower ?? "")) return -1;
    const head = (tokens[piece.last - 1] as Token).lower;
    return ORG_HEADS.has(head) || NAME_ENDS_NO_PERSON.has(head) ? k : -1;
  }
  return -1;
}

/**
 * "according to Empresa Portuaria San Antonio, the state company that runs the port": a name a Romance organization's
 * word opens ("Empresa", "Sociedad", "Universidad") closed by a place's piece right after it, ending the run — the
 * place is the body's, as its name says.
 */
function placeClosingLeadingHead(tokens: readonly Token[], pieces: TaggedSpan[], e: number): TaggedSpan[] {
  const place = pieces.at(-1);
  const body = pieces.at(-2);
  if (place?.type !== "LOC" || place.last !== e || !body || body.last !== place.first) return pieces;
  if (!LEADING_ORG_HEADS.has((tokens[body.first] as Token).lower) || body.last - body.first > 3) return pieces;
  return [...pieces.slice(0, -2), { ...body, type: "ORG", last: place.last }];
}

/**
 * The index of "of" right before token `next` when tokens from `from` are at most a plural's apostrophe and a
 * capitalised head before it ("’ Alliance of"), or it stands at `from` itself; -1 otherwise.
 */
function ofAfterApostropheHead(tokens: readonly Token[], from: number, next: number): number {
  const of = next - 1;
  if (tokens[of]?.lower !== "of" || of < from || of - from > 2) return -1;
  for (let k = from; k < of; k++) {
    const t = tokens[k] as Token;
    if (!(/^['’]$/.test(t.text) || (t.cap && t.kind === "word"))) return -1;
  }
  return of;
}

/** Whether a place's piece names a country or a first-level region ("Wisconsin", "Utah"), not a city ("Busan"). */
function stateOrCountry(tokens: readonly Token[], piece: TaggedSpan): boolean {
  const words = tokens.slice(piece.first, piece.last).map((t) => t.text);
  const name = words.join(" ");
  const lower = name.toLowerCase();
  if (countryOf(name)?.form === "name") return true;
  return SUBNATIONAL_REGIONS.has(lower) || (PLACES.has(lower) && !WORLD_CITIES.has(name));
}

/** Days' and months' names, which no cause after "for" opens with. */
const CALENDAR: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/** How many words a name may run on after its head's "for" or "of" that the tagger left out. */
const MAX_HEAD_TAIL = 4;

/**
 * "the Victor Babeș Hospital for Infectious Diseases", "the Okeanos Institute of Marine Sciences": a name the
 * tagger ended at an organization's head, then "for" or "of" and capitalised words it left untagged to the run's
 * end — one organization over all of them.
 */
export function headWithUntaggedTail(
  tokens: readonly Token[],
  pieces: TaggedSpan[],
  e: number,
  known: (surface: string) => boolean,
): TaggedSpan[] {
  // (the tail may be a place's piece the tagger saw in it: "Infectious Diseases" read as a place; or, after a field
  // and "and", an organization's it read in the second field: "State Inspectorate for Veterinary and Phytosanitary
  // Safety")
  const tail = pieces.at(-1);
  const tailPiece =
    pieces.length >= 2 &&
    tail !== undefined &&
    tail.last === e &&
    (tail.type === "LOC"
      ? tail.first === (pieces.at(-2)?.last ?? 0) + 1
      : tail.type === "ORG" && secondFieldPiece(tokens, tail, pieces.at(-2) as TaggedSpan, known));
  const last = tailPiece ? pieces.at(-2) : tail;
  if (!last || last.type === "PER" || last.last >= e - 1) return pieces;
  const head = tokens[last.last - 1] as Token;
  const connector = tokens[last.last];
  // ("Everytown for Gun Safety", "Americans for Prosperity": a place's piece or a name "for" a cause is an
  // organization's whatever its head; "of" only after an organization's head)
  // (not a headline's person and verb: "Mike Pence Calls for Special Prosecutor")
  const forCause =
    connector?.lower === "for" &&
    !(tailPiece && tail?.type === "LOC") &&
    !isListedFirstName((tokens[last.first] as Token).text);
  if (!forCause && !ORG_HEADS.has(head.lower) && NAME_ENDS_NO_PERSON.get(head.lower) !== "institution") return pieces;
  if (connector?.lower !== "for" && connector?.lower !== "of") return pieces;
  // (not a legal form's "of": "Granite Point Gaming Inc. of Henderson, Nev." says where the company is based,
  // newsdev70)
  if (connector.lower === "of" && isLegalForm(head.lower)) return pieces;
  // ("the Portuguese Institute for the Sea and the Atmosphere": "the" after the head's word or "and" is no word of
  // the name's count)
  const articles = (k: number) =>
    (tokens[k] as Token).lower === "the" && /^(?:for|of|and)$/.test(tokens[k - 1]?.lower ?? "");
  let words = 0;
  for (let k = last.last + 1; k < e; k++) {
    if (articles(k)) continue;
    words++;
    if (!(tokens[k] as Token).cap && (tokens[k] as Token).lower !== "and") return pieces;
  }
  if (words > MAX_HEAD_TAIL) return pieces;
  // ("a unity rally in Chicago for Saturday": a day or a month is when, no cause)
  if (CALENDAR.has((tokens[last.last + 1] as Token).lower)) return pieces;
  return [
    ...pieces.slice(0, tailPiece ? -2 : -1),
    { first: last.first, last: e, type: "ORG", margin: last.margin ?? 0 },
  ];
}

/**
 * Whether the organization's piece `tail` is a second field after "and" in a name `before` opened ("… for Veterinary
 * and Phytosanitary Safety"): "and" right before it, a lower-case-free field between, and no head of its own at its
 * end ("… and Amnesty International" stays a list when the tagger read a second body).
 */
function secondFieldPiece(
  tokens: readonly Token[],
  tail: TaggedSpan,
  before: TaggedSpan,
  known: (surface: string) => boolean,
): boolean {
  if (tokens[tail.first - 1]?.lower !== "and" || tail.first - 1 <= before.last + 1) return false;
  const head = (tokens[tail.last - 1] as Token).lower;
  const surface = tokens
    .slice(tail.first, tail.last)
    .map((t) => t.text)
    .join(" ");
  return !ORG_HEADS.has(head) && !NAME_ENDS_NO_PERSON.has(head) && !known(surface) && !isAcronym(surface);
}

/**
 * Whether token i is the platform X: a capital X standing alone (no "Malcolm X", "Generation X", "Article
 * X") after "on" ("posted on X", "wrote on X on Sunday") or before "account", "post" or "page" after a
 * possessive ("her X account").
 */
export function platformX(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.text !== "X") return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const alone = !(after?.cap && after.kind === "word" && after.sentence === t.sentence);
  if (before?.lower === "on" && before.sentence === t.sentence && alone) return true;
  return (
    /^(?:account|accounts|post|posts|page|feed)$/.test(after?.lower ?? "") &&
    (isPossessive(before) || /^(?:his|her|its|their|our|my|your|the|an|a)$/.test(before?.lower ?? ""))
  );
}

/**
 * "Gauteng Division of the High Court": an organization the tagger found after "<part> of the", the part's
 * head one of `SUB_BODY_HEADS` and the run opening with the part's name — one organization from the run's start.
 */
export function withSubBody(tokens: readonly Token[], pieces: TaggedSpan[], s: number): TaggedSpan[] {
  const at = pieces.findIndex(
    (p) =>
      p.type === "ORG" &&
      p.first - 3 > s &&
      tokens[p.first - 1]?.lower === "the" &&
      tokens[p.first - 2]?.lower === "of" &&
      SUB_BODY_HEADS.has((tokens[p.first - 3] as Token).lower),
  );
  if (at < 0) return pieces;
  const piece = pieces[at] as TaggedSpan;
  return [{ ...piece, first: s }, ...pieces.slice(at + 1)];
}

/**
 * Heads of a body's part that "of the" joins to the body ("Gauteng Division of the High Court"; "The Nevada State
 * Conference of the NAACP", a chapter, 2026-12-07, newsdev57).
 */
export const SUB_BODY_HEADS = new Set(["division", "chamber", "bench", "branch", "conference", "chapter"]);

/** Words a number follows in a station's or a unit's name ("BBC Radio 4", "Channel 4", "Police Regional Office 9"). */
export const STATION_WORDS = new Set(["radio", "channel", "office", "region", "precinct"]);
