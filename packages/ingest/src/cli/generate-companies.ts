import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { countryOf } from "../extract/lexicon/countries.js";
import { firstNameGender } from "../extract/lexicon/first-names.js";
import { PLACES } from "../extract/lexicon/places.js";
import { SUBNATIONAL_REGIONS } from "../extract/lexicon/subnational-regions.js";
import { titlesStartingWith } from "../extract/lexicon/titles.js";
import { WORLD_CITIES } from "../extract/lexicon/world-cities.js";
import { parseCommandLine } from "./args.js";
import { runMain } from "./run-main.js";

const HELP = `Usage: pnpm generate:companies

Writes packages/ingest/src/extract/lexicon/company-names.ts: the one-word company names of cspell's
company list (@cspell/dict-companies, MIT) that are no English word (the word-list package, MIT: "Family",
"Tobacco", "Carnival" are left out), no person's name (@cspell/dict-people-names: "Ford", "Roche"; the
project's first names and titles) and no country or place the project's lexicons know. The
extraction reads the committed file, never word-list (a devDependency). The entity tagger does not read
this file, so no retraining is needed after a change.

Options:
  --help, -h  show this help`;

const OUT = fileURLToPath(new URL("../extract/lexicon/company-names.ts", import.meta.url));

function cspellList(pkg: string, file: string): string[] {
  const require = createRequire(import.meta.url);
  const path = join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), "dict", file);
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/**
 * Words of the list that are pieces of longer names, not a company's name alone: legal forms and
 * generic words in other languages ("Kaisha", "Landesbank"), halves of places and of people's names
 * ("Phnom", "Penh", "Yat-Sen"), people ("Icahn"), peoples, faiths and teams; places the lexicons spell
 * otherwise ("Zurich", "Montreal"); universities (organizations, but no companies).
 */
const NOT_COMPANIES = new Set(
  `Dr Inc Ltd Plc Pty GmbH Svc Gp Kabushiki Kaisha Staat Normale Notre Aviv Buenos Penh Phnom Yat-Sen Saud Tinto
  Billiton Grumman Icahn Hallak Olly Lovatt Bahls Marquard Thermo Mobil Dazs Häagen Estée Suisse Societe Ecole
  Universiteit Zentrale Mondiale Italiane Italia Deutschland Deutsche Energie Environnement Nederlanden Assicurazioni
  Argentaria Fenosa Foncire Pharmahandel Bankengruppe Landesbank Lifesciences Castparts Oilwell Varco Bancorp
  Bancshares Movil Twenty-First Mid-America Seiki Sekiyu Denki Tokio Fabra Pompeu Gadjah Mada Putra Malaya
  Sismology Supérieure Hebrew Caribbean Eurasian Lutherans Steelers Andersons Aires Tsing Whampoa Urbana-Champaign
  Wisconsin-Madison Heriot-Watt Baden-Wurttemberg Core-Mark Auto-Owners Gebruder Groupe Electricite Nippon Showa
  Darussalam Mondoo Semilux
  Aarhus Antwerp Bombay Chubu Galway Gothenburg Hokkaido Kansai Korea Kyushu Leuven Monterey Montreal Oshkosh Otago
  Petersburg Sussex Ticino Twente Tübingen Vizcaya Wageningen Zealand Zurich Nemours Humboldt
  Beihang Caltech Chulalongkorn Complutense Fudan Hanyang Huazhong Jagiellonian Jiaotong Keio Lomonosov Loughborough
  Mahidol Monash Politecnico Princeton Rutgers Sorbonne Sungkyunkwan Swinburne Tongji Tsinghua Waseda Yonsei`.split(
    /\s+/,
  ),
);

/**
 * The one-word company names worth reading as a company's alone: written with a capital and lower case
 * (not a ticker or acronym); no English word in any case, no person's name (`people`, and the project's
 * first names and titles), no country, nationality or place the project's lexicons know ("Aberdeen",
 * "Beijing", "Brazilian"), and none of `NOT_COMPANIES`.
 */
export function companyNames(
  companies: readonly string[],
  english: ReadonlySet<string>,
  people: ReadonlySet<string>,
): string[] {
  const names = new Set<string>();
  for (const name of companies) {
    const lower = name.toLowerCase();
    if (!/^\p{Lu}\p{Ll}[\p{L}\p{N}-]*$/u.test(name) || english.has(lower) || people.has(name)) continue;
    if (NOT_COMPANIES.has(name) || firstNameGender(name) !== undefined || titlesStartingWith(lower).length > 0)
      continue;
    if (countryOf(name) || PLACES.has(lower) || SUBNATIONAL_REGIONS.has(lower) || WORLD_CITIES.has(name)) continue;
    names.add(name);
  }
  return [...names].sort();
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseCommandLine(argv, { help: { type: "boolean", short: "h" } });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const { default: wordListPath } = (await import("word-list")) as { default: string };
  const english = new Set(readFileSync(wordListPath, "utf8").split("\n"));
  const people = new Set(cspellList("@cspell/dict-people-names", "people-names.txt"));
  const names = companyNames(cspellList("@cspell/dict-companies", "companies.txt"), english, people);
  writeFileSync(
    OUT,
    `// Generated by \`pnpm generate:companies\` (src/cli/generate-companies.ts): do not edit.
// One-word company names from @cspell/dict-companies (MIT) that are no English word (word-list, MIT) and no
// person's name (@cspell/dict-people-names, MIT): ${names.length} names.

/** One-word company names ("Novartis", "Unilever"), one per line. */
const NAMES = \`${names.join("\n")}\`;

export const COMPANY_NAMES: ReadonlySet<string> = new Set(NAMES.split("\\n"));
`,
  );
  process.stdout.write(`${names.length} company names → ${OUT}\n`);
  return 0;
}

runMain("generate:companies", main);
