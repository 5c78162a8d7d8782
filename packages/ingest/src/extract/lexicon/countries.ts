/**
 * Countries (Organization, kind "country"): canonical name, other names, nationality adjectives
 * and demonyms. "Canadian government" becomes "Government of Canada"; "Russians" is Russia.
 */
export interface Country {
  name: string;
  aliases: string[];
  adjectives: string[];
  /** What "<adjective> government" is called. */
  government?: string;
}

export const COUNTRIES: Country[] = [
  {
    name: "United States",
    aliases: ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
    adjectives: ["American", "Americans", "U.S."],
    government: "United States government",
  },
  {
    name: "United Kingdom",
    aliases: ["U.K.", "UK", "Britain", "Great Britain"],
    adjectives: ["British", "Briton", "Britons"],
    government: "Government of the United Kingdom",
  },
  {
    name: "Russia",
    aliases: ["Russian Federation"],
    adjectives: ["Russian", "Russians"],
    government: "Government of Russia",
  },
  { name: "Canada", aliases: [], adjectives: ["Canadian", "Canadians"], government: "Government of Canada" },
  {
    name: "China",
    aliases: ["People's Republic of China", "Beijing"],
    adjectives: ["Chinese"],
    government: "Government of China",
  },
  { name: "Mexico", aliases: [], adjectives: ["Mexican", "Mexicans"], government: "Government of Mexico" },
  { name: "France", aliases: [], adjectives: ["French"], government: "Government of France" },
  { name: "Germany", aliases: [], adjectives: ["German", "Germans"], government: "Government of Germany" },
  { name: "Italy", aliases: [], adjectives: ["Italian", "Italians"] },
  { name: "Spain", aliases: [], adjectives: ["Spanish"] },
  { name: "Japan", aliases: [], adjectives: ["Japanese"], government: "Government of Japan" },
  { name: "India", aliases: [], adjectives: ["Indian", "Indians"] },
  { name: "Pakistan", aliases: [], adjectives: ["Pakistani", "Pakistanis"] },
  { name: "Afghanistan", aliases: [], adjectives: ["Afghan", "Afghans"] },
  { name: "Iran", aliases: [], adjectives: ["Iranian", "Iranians"], government: "Government of Iran" },
  { name: "Iraq", aliases: [], adjectives: ["Iraqi", "Iraqis"], government: "Government of Iraq" },
  { name: "Syria", aliases: [], adjectives: ["Syrian", "Syrians"], government: "Government of Syria" },
  { name: "Israel", aliases: [], adjectives: ["Israeli", "Israelis"], government: "Government of Israel" },
  { name: "Saudi Arabia", aliases: [], adjectives: ["Saudi", "Saudis"] },
  { name: "Turkey", aliases: [], adjectives: ["Turkish"] },
  { name: "Egypt", aliases: [], adjectives: ["Egyptian", "Egyptians"] },
  { name: "Libya", aliases: [], adjectives: ["Libyan", "Libyans"] },
  { name: "Ukraine", aliases: [], adjectives: ["Ukrainian", "Ukrainians"] },
  { name: "North Korea", aliases: ["Pyongyang"], adjectives: ["North Korean", "North Koreans"] },
  { name: "South Korea", aliases: [], adjectives: ["South Korean", "South Koreans"] },
  { name: "Cuba", aliases: [], adjectives: ["Cuban", "Cubans"] },
  { name: "Australia", aliases: [], adjectives: ["Australian", "Australians"] },
  { name: "New Zealand", aliases: [], adjectives: ["New Zealander"] },
  { name: "Ireland", aliases: [], adjectives: ["Irish"] },
  { name: "Brazil", aliases: [], adjectives: ["Brazilian"] },
  { name: "Venezuela", aliases: [], adjectives: ["Venezuelan"] },
  { name: "Colombia", aliases: [], adjectives: ["Colombian"] },
  { name: "Nigeria", aliases: [], adjectives: ["Nigerian"] },
  { name: "Greece", aliases: [], adjectives: ["Greek"] },
  { name: "Poland", aliases: [], adjectives: ["Polish"] },
  { name: "Sweden", aliases: [], adjectives: ["Swedish"] },
  { name: "Norway", aliases: [], adjectives: ["Norwegian"] },
  { name: "Netherlands", aliases: ["Holland"], adjectives: ["Dutch"] },
  { name: "Belgium", aliases: [], adjectives: ["Belgian"] },
  { name: "Switzerland", aliases: [], adjectives: ["Swiss"] },
  { name: "Austria", aliases: [], adjectives: ["Austrian"] },
  { name: "Yemen", aliases: [], adjectives: ["Yemeni"] },
  { name: "Qatar", aliases: [], adjectives: ["Qatari"] },
  { name: "Jordan", aliases: [], adjectives: ["Jordanian"] },
  { name: "Lebanon", aliases: [], adjectives: ["Lebanese"] },
  { name: "Philippines", aliases: [], adjectives: ["Filipino"] },
  { name: "Vietnam", aliases: [], adjectives: ["Vietnamese"] },
  { name: "Indonesia", aliases: [], adjectives: ["Indonesian"] },
  { name: "South Africa", aliases: [], adjectives: ["South African"] },
  { name: "Haiti", aliases: [], adjectives: ["Haitian", "Haitians"] },
  { name: "Denmark", aliases: [], adjectives: ["Danish"] },
  { name: "Finland", aliases: [], adjectives: ["Finnish"] },
  { name: "Kenya", aliases: [], adjectives: ["Kenyan"] },
  { name: "Argentina", aliases: [], adjectives: ["Argentine", "Argentinian"] },
];

export interface CountryHit {
  country: Country;
  form: "name" | "adjective";
}

const INDEX = new Map<string, CountryHit>();
for (const country of COUNTRIES) {
  for (const n of [country.name, ...country.aliases]) INDEX.set(n.toLowerCase(), { country, form: "name" });
  for (const a of country.adjectives)
    if (!INDEX.has(a.toLowerCase())) INDEX.set(a.toLowerCase(), { country, form: "adjective" });
}

/** Looks a surface form up (case-insensitive): a country name, alias, adjective or demonym. */
export function countryOf(surface: string): CountryHit | undefined {
  return INDEX.get(surface.toLowerCase());
}

/** The longest number of words of any entry, for greedy matching. */
export const COUNTRY_MAX_WORDS = 4;
