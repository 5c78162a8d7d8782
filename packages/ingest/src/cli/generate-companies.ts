import { writeFileSync } from "node:fs";
import { parseCommandLine } from "./args.js";
import { COMPANY_NAMES_FILE, companyNamesSource, generatedCompanyNames } from "./company-list.js";
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

async function main(argv: string[]): Promise<number> {
  const { values } = parseCommandLine(argv, { help: { type: "boolean", short: "h" } });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const names = await generatedCompanyNames();
  writeFileSync(COMPANY_NAMES_FILE, companyNamesSource(names));
  process.stdout.write(`${names.length} company names → ${COMPANY_NAMES_FILE}\n`);
  return 0;
}

runMain("generate:companies", main);
