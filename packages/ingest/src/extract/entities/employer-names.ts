import { countryOf } from "../lexicon/countries.js";
import { firstNameGender } from "../lexicon/first-names.js";
import { PEOPLE_NAMES } from "../lexicon/name-lists.js";
import { PLACES } from "../lexicon/places.js";
import { isPresidentSurname } from "../lexicon/presidents.js";
import { isRoleHead } from "../lexicon/titles.js";
import { WORLD_CITIES } from "../lexicon/world-cities.js";
import { firstWordOfSentence } from "../text/sentences.js";
import { isPossessive, type Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/**
 * Role heads a person's name also modifies ("Clinton aide Huma Abedin", "Trump lawyer Michael Cohen",
 * "a Sanders supporter"): before them a name says nothing about being an employer. And title heads that
 * are no employee's role on their own ("the Palmetto state's primary", "secretary of state", "chief of staff").
 */
const NOT_EMPLOYEE_ROLES = new Set([
  "state",
  "staff",
  "general",
  "justice",
  "king",
  "queen",
  "prince",
  "pope",
  "adviser",
  "advisor",
  "aide",
  "lawyer",
  "attorney",
  "counsel",
  "partner",
  "fellow",
  "owner",
  "head",
  "chief",
  "member",
  "doctor",
  "physician",
  "staffer",
  "secretary",
  "biographer",
  "host",
  "nominee",
  "candidate",
  "pastor",
  "rabbi",
  "priest",
  "coach",
  "teacher",
  "student",
  "intern",
  "volunteer",
  "delegate",
]);

/**
 * Capitalised words that describe a person's party, faith, people or medium, not an employer:
 * "Republican strategist Karl Rove", "a Democratic pollster", "Muslim mayor Sadiq Khan", "TV reporter"; and
 * "a Korea scholar", the subject of the scholar's work (no country of its own in the lexicon: North or South).
 */
const DESCRIBING_WORDS = new Set(
  `republican democratic democrat gop conservative liberal progressive labour labor tory green socialist
  communist libertarian independent populist muslim jewish christian catholic evangelical mormon arab persian
  hispanic latino latina black white asian african european native indigenous federal national state tv
  radio web internet online korea`.split(/\s+/),
);

const ARTICLES = new Set(["a", "an", "the"]);

/** A word a name list knows as a person's, or a country's, place's, party's or people's word. */
export function personOrPlaceWord(word: Token): boolean {
  if (firstNameGender(word.text) || PEOPLE_NAMES.has(word.text) || isPresidentSurname(word.text)) return true;
  if (/[-‐–]/.test(word.text) || countryOf(word.text) || DESCRIBING_WORDS.has(word.lower)) return true;
  return PLACES.has(word.lower) || WORLD_CITIES.has(word.text);
}

/** Words that may stand between an employer's name and the role ("Unite regional officer", "Acme senior engineer"). */
const EMPLOYEE_ROLE_MODIFIERS = new Set([
  "regional",
  "senior",
  "national",
  "local",
  "lead",
  "chief",
  "principal",
  "general",
]);

/**
 * "said Ubisoft spokesperson Anna Berg", "a Greenpeace activist", "Greenpeace's Jennifer Morgan": a one-word
 * name written right before the role a person holds in it (an employee's role: engineer, spokesperson,
 * activist, rider — not a role a person's own name modifies: aide, lawyer, adviser), with the person's name
 * after the role or an article before the name, or whose possessive stands before a person's first name and
 * surname, employs the person: it is an organization. Not a name any name list knows as a person's (first
 * names, cspell's people names, presidents' surnames: "Trump spokeswoman Hope Hicks", "Clinton's Huma
 * Abedin"), nor a country's, nationality's or place's word; the caller leaves out surnames of the
 * article's people.
 */
export function employerBefore(tokens: readonly Token[], m: Mention): boolean {
  if (m.last - m.first !== 1 || m.title !== undefined) return false;
  const word = tokens[m.first] as Token;
  // "Unite regional officer Farah Siddiqui": one modifier may stand before the role
  const modified = EMPLOYEE_ROLE_MODIFIERS.has(tokens[m.last]?.lower ?? "") && !tokens[m.last]?.cap ? 1 : 0;
  const after = tokens[m.last + modified];
  if (!after || after.sentence !== word.sentence) return false;
  const name = tokens[m.last + modified + 1];
  const named = name?.cap === true && name.kind === "word" && name.sentence === after.sentence;
  // "Greenpeace's Jennifer Morgan": the name's possessive before a person's first name and surname
  const owns =
    modified === 0 &&
    isPossessive(after) &&
    firstNameGender(name?.text ?? "") !== undefined &&
    tokens[m.last + 2]?.cap === true;
  const role =
    !after.cap &&
    after.kind === "word" &&
    (modified === 1 || after.start === word.end + 1) &&
    isRoleHead(after.lower) &&
    !NOT_EMPLOYEE_ROLES.has(after.lower);
  if (!owns && !role) return false;
  // ("the 7th District's Tom John": a numbered district or ward, no employer)
  const before = tokens[m.first - 1];
  if (
    before?.kind === "number" ||
    (/^(?:st|nd|rd|th)$/.test(before?.lower ?? "") && tokens[m.first - 2]?.kind === "number")
  )
    return false;
  // a person's name; "Washington-based", "Mexican-American", "Award-winning"; a country's, a people's, a
  // party's word; a place
  if (personOrPlaceWord(word)) return false;
  // "Investigative reporter Julia Hahn": a sentence's first word is capitalised anyway; it needs the same word
  // capitalised inside a sentence elsewhere
  if (
    firstWordOfSentence(tokens, m.first) &&
    !tokens.some((t, k) => t.text === word.text && !firstWordOfSentence(tokens, k))
  )
    return false;
  return owns || named || ARTICLES.has(tokens[m.first - 1]?.lower ?? "");
}

/** What only a company (or a club) has, written after its possessive ("Wira Polimer’s managing director"). */
const COMPANY_ROLES: readonly (readonly string[])[] = [
  ["managing", "director"],
  ["chief", "executive"],
  ["chief", "financial", "officer"],
  ["chief", "operating", "officer"],
  ["general", "manager"],
  ["ceo"],
  ["cfo"],
  ["board", "of", "directors"],
  // a club's ("KV Scheldestad’s sporting director")
  ["sporting", "director"],
  ["shareholders"],
  // ("Murrayvale’s chair, Helen Kalogeropoulos,": a board's chair, no person's)
  ["chair"],
  ["chairman"],
  ["chairwoman"],
  ["board"],
  ["subsidiary"],
  // a bank's or a firm's ("Swedbank’s chief economist, Karin Sjöholm,", 2026-12-07, newsdev70)
  ["chief", "economist"],
];

/**
 * "Wira Polimer’s managing director, Lim Boon Keat,", "Ridgeline's chief executive": a name whose possessive
 * stands before a role only a company has (managing director, chief executive, board of directors,
 * shareholders) employs the role's holder: it is an organization. Not a name a name list knows as a
 * person's or a place's ("Trump's general manager"), nor one a first name opens.
 */
export function companyBeforeRole(tokens: readonly Token[], m: Mention): boolean {
  if (m.title !== undefined || !isPossessive(tokens[m.last])) return false;
  const first = tokens[m.first] as Token;
  if (firstNameGender(first.text) !== undefined || (m.last - m.first === 1 && personOrPlaceWord(first))) return false;
  const at = m.last + 1;
  return COMPANY_ROLES.some((role) =>
    role.every((word, k) => {
      const t = tokens[at + k];
      return t !== undefined && t.lower === word && t.sentence === first.sentence;
    }),
  );
}
