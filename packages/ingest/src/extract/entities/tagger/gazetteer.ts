import { CALENDAR_WORDS } from "../../lexicon/calendar.js";
import { taggerCountryOf } from "../../lexicon/countries.js";
import { CUE_FORMS_NOT_FEATURES, cueOf } from "../../lexicon/cues.js";
import { firstNameGender } from "../../lexicon/first-names.js";
import { FUNCTION_WORDS } from "../../lexicon/function-words.js";
import { COMPANY_WORDS, PEOPLE_NAMES } from "../../lexicon/name-lists.js";
import { KNOWN_ORGS, ORG_HEADS, ORG_HEADS_NOT_FEATURES } from "../../lexicon/organizations.js";
import { PLACES } from "../../lexicon/places.js";
import {
  HONORIFICS,
  ROLE_NOUNS_AS_TRAINED,
  TITLE_WORDS_NOT_FEATURES,
  titlesStartingWith,
} from "../../lexicon/titles.js";
import { WORLD_CITIES } from "../../lexicon/world-cities.js";

/**
 * The project's lexicons as one bit set per word: what the rules know about a word becomes a
 * feature the tagger weighs (first names, titles, organization heads, known organizations,
 * countries, places, function words, cue verbs, dates, role nouns, cspell's company and
 * people-name lists, the world's cities of 100,000 people or more).
 */
export const GAZETTEER_BITS = {
  firstName: 1,
  title: 2,
  orgHead: 4,
  knownOrg: 8,
  countryName: 16,
  nationality: 32,
  place: 64,
  functionWord: 128,
  cue: 256,
  calendar: 512,
  roleNoun: 1024,
  companyWord: 2048,
  peopleName: 4096,
  /** the name of a city ("Mendoza", "Bengaluru") */
  city: 8192,
} as const;

const KNOWN_ORG_WORDS = new Set<string>();
for (const org of KNOWN_ORGS)
  for (const name of [org.name, ...org.aliases])
    for (const word of name.toLowerCase().split(/\s+/)) if (!FUNCTION_WORDS.has(word)) KNOWN_ORG_WORDS.add(word);

const PLACE_WORDS = new Set<string>();
for (const place of PLACES) for (const word of place.split(/\s+/)) PLACE_WORDS.add(word);

/** The gazetteer bits of one word (its surface form; lexicons are looked up as the rules do). */
export function gazetteerBits(text: string): number {
  const lower = text.toLowerCase();
  let bits = 0;
  if (firstNameGender(text)) bits |= GAZETTEER_BITS.firstName;
  if ((titlesStartingWith(lower).length > 0 && !TITLE_WORDS_NOT_FEATURES.has(lower)) || HONORIFICS.has(lower))
    bits |= GAZETTEER_BITS.title;
  if (ORG_HEADS.get(lower) && !ORG_HEADS_NOT_FEATURES.has(lower)) bits |= GAZETTEER_BITS.orgHead;
  if (KNOWN_ORG_WORDS.has(lower)) bits |= GAZETTEER_BITS.knownOrg;
  const country = taggerCountryOf(text);
  if (country) bits |= country.form === "name" ? GAZETTEER_BITS.countryName : GAZETTEER_BITS.nationality;
  if (PLACE_WORDS.has(lower)) bits |= GAZETTEER_BITS.place;
  if (FUNCTION_WORDS.has(lower)) bits |= GAZETTEER_BITS.functionWord;
  if (cueOf(lower) && !CUE_FORMS_NOT_FEATURES.has(lower)) bits |= GAZETTEER_BITS.cue;
  if (CALENDAR_WORDS.has(lower)) bits |= GAZETTEER_BITS.calendar;
  if (ROLE_NOUNS_AS_TRAINED.has(lower)) bits |= GAZETTEER_BITS.roleNoun;
  if (COMPANY_WORDS.has(text)) bits |= GAZETTEER_BITS.companyWord;
  if (PEOPLE_NAMES.has(text)) bits |= GAZETTEER_BITS.peopleName;
  if (WORLD_CITIES.has(text)) bits |= GAZETTEER_BITS.city;
  return bits;
}
