/**
 * Words that are never (the start of) a name when capitalized at the start of a sentence or
 * heading, plus the words that bound noun phrases when walking left from a cue.
 */
export const FUNCTION_WORDS = new Set(
  `a an the this that these those there here it its it's he she they we i you his her their our my your
  him them us me who whom whose which what when where why how while if as at by for from in into of on onto
  to with without within about above after against along among around before behind below beneath beside
  between beyond but and or nor so yet both either neither not no yes all any each every few many more most
  much some such than then too very just also only even still already again ever never always often
  however although though because since unless until whether despite instead meanwhile moreover furthermore
  nonetheless nevertheless otherwise thus therefore hence indeed perhaps maybe essentially basically
  actually finally first second third last next later earlier now today yesterday tomorrow tonight
  one two three four five six seven eight nine ten is are was were be been being has have had do does did
  will would shall should can could may might must let lets according asked says said told after over under
  through during per via like unlike near off out up down across toward towards upon amid amidst
  nothing something anything everything nobody somebody anybody everybody none someone anyone everyone
  other another others own same well back away once twice whatever whoever wherever whenever`.split(/\s+/),
);

/** Words that end a speaker noun phrase when walking left from a cue verb. */
export const NP_BOUNDARY = new Set(
  `that which who whom whose what when where why how while if as because since although though and or but
  nor so than then after before until unless whether is are was were be been being has have had do does did
  will would shall should can could may might must to of in on at by for from with about into onto over under
  through during against between among not never also only even still already just has`.split(/\s+/),
);

/**
 * Modals that are names when capitalised ("Theresa May said", "George Will wrote", "Can Dündar said"): no
 * boundary of a noun phrase then, as no modal comes before a speech verb.
 */
const NAME_MODALS = new Set(["may", "will", "can"]);

/** Whether a token ends a speaker noun phrase (`NP_BOUNDARY`), a capitalised name-like modal excepted. */
export function isNounPhraseBoundary(t: { lower: string; cap: boolean; text?: string }): boolean {
  // ("Nordfjell Havbruk AS said …": a Norwegian company's legal form in capitals, no "as")
  return NP_BOUNDARY.has(t.lower) && !(t.cap && NAME_MODALS.has(t.lower)) && t.text !== "AS";
}

/** -ing words that open a prepositional phrase, not a participial one ("Following the release of …, Trump …"). */
export const PREPOSITIONAL_ING = new Set(
  "following including regarding concerning considering excluding barring pending according during".split(" "),
);

/** Auxiliaries and adverbs allowed between a subject and its cue ("has also said", "initially denied"). */
export const AUX_ADVERBS = new Set(
  `has have had was were is are will would could should may might must did does do also later initially
  repeatedly previously recently already then again once often first publicly privately reportedly
  flatly quickly immediately long never not just still further even has been had been once
  separately subsequently earlier had last yesterday today
  don’t don't doesn’t doesn't didn’t didn't can’t can't won’t won't wouldn’t wouldn't couldn’t couldn't
  shouldn’t shouldn't isn’t isn't wasn’t wasn't hasn’t hasn't haven’t haven't hadn’t hadn't aren’t aren't
  weren’t weren't ’ve 've ’re 're ’ll 'll ’d 'd ’m 'm am can cannot now since already together jointly always`.split(
    /\s+/,
  ),
);

/**
 * Personal pronouns usable as speakers, with their gender or number. A Map, not an object: the
 * claim rules look up every token near a cue, and an object lookup also walks the prototype
 * ("constructor" would be a pronoun).
 */
export const PRONOUNS: ReadonlyMap<string, "m" | "f" | "pl" | "n" | "1" | "2"> = new Map([
  ["you", "2"],
  ["he", "m"],
  ["she", "f"],
  ["they", "pl"],
  ["it", "n"],
  ["we", "1"],
  ["i", "1"],
]);

/** Third-person pronouns inside content that refer to an entity (for `about`). */
export const OBJECT_PRONOUNS: ReadonlyMap<string, "m" | "f"> = new Map([
  ["he", "m"],
  ["him", "m"],
  ["his", "m"],
  ["himself", "m"],
  ["she", "f"],
  ["her", "f"],
  ["hers", "f"],
  ["herself", "f"],
]);
