import { fileURLToPath } from "node:url";

/** Where the repository, its seed gold, and the shared data folder (`<repo>/../shared`, read-only, PolNeAR) are. */
export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
export const SHARED_DIR = fileURLToPath(new URL("../../../../../shared/", import.meta.url));
export const SEEDS_DIR = fileURLToPath(new URL("../../../../seeds/", import.meta.url));
export const GOLD_DIR = fileURLToPath(new URL("../../gold/", import.meta.url));
/** An authored news set under gold/: its folder, and what `pnpm eval --help` says of it. */
export interface AuthoredSet {
  folder: string;
  dir: string;
  about: string;
}

/**
 * The authored news sets, in report order: scored by `pnpm eval` by default and always held to floors (CC BY 4.0;
 * each folder's README.md says how and when it was written, whether its errors were read, and its figures). A new
 * set is one row here, its report name in `eval/floors.ts` (`AUTHORED_SET_NAMES`) and its floors.
 */
export const AUTHORED_SETS: readonly AuthoredSet[] = (
  [
    ["newsdev", "16 authored Wikinews-style reports, texts in its texts/"],
    ["newsdev2", "12 more, a second set, texts in its texts/"],
    ["newsdev3", "12 more in British, wire and international styles"],
    ["newsdev4", "12 more: Wikinews's own kinds of report, regional press"],
    ["newsdev5", "12 more: Wikinews pages with captions, international wire news"],
    ["newsdev6", "12 more: Asia-Pacific and the Americas, written blind"],
    ["newsdev7", "12 more: Africa, the Middle East and Europe, written blind"],
    ["newsdev8", "12 more: South and East Asia, the Americas, Ireland, written blind"],
    ["newsdev9", "12 more: Europe, Turkey, Central Asia, Oceania, India, Mexico, the US, written blind"],
    ["newsdev10", "12 more: Africa, the Middle East, Northern and Eastern Europe, the Caribbean, blind"],
    ["newsdev11", "12 more: US news in several genres, South and Southeast Asia, the Pacific, blind"],
    ["newsdev12", "12 more: South America, the Caribbean, Central Europe, the Balkans, blind"],
    ["newsdev13", "12 more: North and East Africa, the Middle East, East Asia, the Nordics, North America, blind"],
    ["newsdev14", "12 more: Western Europe, the UK, South Asia, Latin America, the United States, blind"],
    ["newsdev15", "12 more: Southeast Asia, Oceania, West and Central Africa, the Gulf, Iran, blind"],
    ["newsdev16", "12 more: US national politics, Eastern Europe, the Caucasus, blind"],
    ["newsdev17", "12 more: US state and local politics; culture, technology, sport, Wikinews interviews, blind"],
    ["newsdev18", "12 more: a US presidential campaign season; six Wikinews interviews, blind"],
    ["newsdev19", "12 more: a US general-election season; interviews and profiles, blind"],
    ["newsdev20", "12 more: US politics between elections; six Wikinews interviews, blind"],
    ["newsdev21", "12 more: a US presidential primary season; six Wikinews interviews, blind"],
    ["newsdev22", "12 more: US policy news; six Wikinews interviews, blind"],
    ["newsdev23", "12 more: a US election cycle's politics; six Wikinews interviews, blind"],
    ["newsdev24", "12 more: US politics and government; six Wikinews interviews, blind"],
    ["newsdev25", "12 more: US politics; six Wikinews interviews, blind"],
    ["newsdev26", "12 more: US politics; six more Wikinews interviews, blind"],
    ["newsdev27", "12 more: US politics; Wikinews interviews again, blind"],
    ["newsdev28", "12 more: US politics; Wikinews interviews, a fourth set of them, blind"],
    ["newsdev29", "12 more: US politics; Wikinews interviews, a fifth set of them, blind"],
    ["newsdev30", "12 more: US politics; Wikinews interviews, a sixth set of them, blind"],
    ["newsdev31", "12 more: US politics; Wikinews interviews, a seventh set of them, blind"],
    ["newsdev32", "12 more: US politics; Wikinews interviews, an eighth set of them, blind"],
    ["newsdev33", "12 more: US politics; Wikinews interviews, a ninth set of them, blind"],
    ["newsdev34", "12 more: US politics; Wikinews interviews, a tenth set of them, blind"],
    ["newsdev35", "12 more: US politics; Wikinews interviews, an eleventh set of them, blind"],
    ["newsdev36", "12 more: US politics; Wikinews interviews, a twelfth set of them, blind"],
    ["newsdev37", "12 more: US politics; Wikinews interviews, a thirteenth set of them, blind"],
    ["newsdev38", "12 more: US politics; Wikinews interviews, a fourteenth set of them, blind"],
    ["newsdev39", "12 more: US politics; Wikinews interviews, a fifteenth set of them, blind"],
    ["newsdev40", "12 more: US politics; Wikinews interviews, a sixteenth set of them, blind"],
    ["newsdev41", "12 more: US politics; Wikinews interviews, a seventeenth set of them, blind"],
    ["newsdev42", "12 more: US politics; Wikinews interviews, an eighteenth set of them, blind"],
    ["newsdev43", "12 more: US politics; Wikinews interviews, a nineteenth set of them, blind"],
    ["newsdev44", "12 more: US politics; Wikinews interviews, a twentieth set of them, blind"],
    ["newsdev45", "12 more: US politics; Wikinews interviews, a twenty-first set of them, blind"],
    ["newsdev46", "12 more: US politics; Wikinews interviews, a twenty-second set of them, blind"],
    ["newsdev47", "12 more: US politics; Wikinews interviews, a twenty-third set of them, blind"],
    ["newsdev48", "12 more: US politics; Wikinews interviews, a twenty-fourth set of them, blind"],
    ["newsdev49", "12 more: US politics; Wikinews interviews, a twenty-fifth set of them, blind"],
    ["newsdev50", "12 more: US politics; Wikinews interviews, a twenty-sixth set of them, blind"],
    ["newsdev51", "12 more: US politics; Wikinews news reports again, blind"],
    ["newsdev52", "12 more: US politics; Wikinews news reports, a second set of them, blind"],
    ["newsdev53", "12 more: US politics; Wikinews news reports, a third set of them, blind"],
    ["newsdev54", "12 more: US politics; Wikinews news reports, a fourth set of them, blind"],
    ["newsdev55", "12 more: US politics; Wikinews news reports, a fifth set of them, blind"],
    ["newsdev56", "12 more: US politics; Wikinews news reports, a sixth set of them, blind"],
    ["newsdev57", "12 more: US politics; Wikinews news reports, a seventh set of them, blind"],
    ["newsdev58", "12 more: US politics; Wikinews news reports, an eighth set of them, blind"],
    ["newsdev59", "12 more: US politics; Wikinews news reports, a ninth set of them, blind"],
    ["newsdev60", "12 more: US politics; Wikinews news reports, a tenth set of them, blind"],
    ["newsdev61", "12 more: US politics; Wikinews news reports, an eleventh set of them, blind"],
    ["newsdev62", "12 more: US politics; Wikinews news reports, a twelfth set of them, blind"],
    ["newsdev63", "12 more: US politics; Wikinews news reports, a thirteenth set of them, blind"],
    ["newsdev64", "12 more: US politics; Wikinews news reports, a fourteenth set of them, blind"],
    ["newsdev65", "12 more: US politics; Wikinews news reports, a fifteenth set of them, blind"],
    ["newsdev66", "12 more: US politics; Wikinews news reports, a sixteenth set of them, blind"],
    ["newsdev67", "12 more: US politics; Wikinews news reports, a seventeenth set of them, blind"],
    ["newsdev68", "12 more: US politics; Wikinews news reports, an eighteenth set of them, blind"],
    ["newsdev69", "12 more: US politics; Wikinews news reports, a nineteenth set of them, blind"],
    ["newsdev70", "12 more: US politics; Wikinews news reports, a twentieth set of them, blind"],
    ["newsdev71", "12 more: US politics; Wikinews news reports, a twenty-first set of them, blind"],
    ["newsdev72", "12 more: US politics; Wikinews news reports, a twenty-second set of them, blind"],
    ["newsdev73", "12 more: US politics; Wikinews news reports, a twenty-third set of them, blind"],
    ["newsdev74", "12 more: US politics; Wikinews news reports, a twenty-fourth set of them, blind"],
    ["newsdev75", "12 more: US politics; Wikinews news reports, a twenty-fifth set of them, blind"],
    ["newsdev76", "12 more: US politics; Wikinews news reports, a twenty-sixth set of them, blind"],
    ["newsdev77", "12 more: US politics; Wikinews news reports, a twenty-seventh set of them, blind"],
    ["newsdev78", "12 more: US politics; Wikinews news reports, a twenty-eighth set of them, blind"],
    ["newsdev79", "12 more: US politics; Wikinews news reports, a twenty-ninth set of them, blind"],
    ["newsdev80", "12 more: US politics; Wikinews news reports, a thirtieth set of them, blind"],
    ["newsdev81", "12 more: US politics; Wikinews news reports, a thirty-first set of them, blind"],
    ["newsdev82", "12 more: US politics; Wikinews news reports, a thirty-second set of them, blind"],
    ["newsdev83", "12 more: US politics; Wikinews news reports, a thirty-third set of them, blind"],
    ["newsdev84", "12 more: US politics; Wikinews news reports, a thirty-fourth set of them, blind"],
    ["newsdev85", "12 more: US politics; Wikinews news reports, a thirty-fifth set of them, blind"],
    ["newsdev86", "12 more: US politics; Wikinews news reports, a thirty-sixth set of them, blind"],
    ["newsdev87", "12 more: US politics; Wikinews news reports, a thirty-seventh set of them, blind"],
    ["newsdev88", "12 more: US politics; Wikinews news reports, a thirty-eighth set of them, blind"],
    ["newstest", "12 more, written blind and held out of development"],
  ] as const
).map(([folder, about]) => ({
  folder,
  dir: fileURLToPath(new URL(`../../gold/${folder}/`, import.meta.url)),
  about,
}));

/**
 * The authored gold sets the tagger may learn from: those whose errors have been read (a development set since, its
 * README says so). Never newstest (held out) nor a set still unread — a set joins here when a session reads it.
 */
export const AUTHORED_TRAINING_SETS: readonly string[] = Array.from({ length: 21 }, (_, k) =>
  k === 0 ? "newsdev" : `newsdev${k + 1}`,
);

/** The authored sets' folders, in report order. */
export const AUTHORED_SET_DIRS: readonly string[] = AUTHORED_SETS.map((set) => set.dir);

/** The folder of the authored set `folder` ("newsdev3", "newstest"). */
export function authoredSetDir(folder: string): string {
  const set = AUTHORED_SETS.find((s) => s.folder === folder);
  if (!set) throw new Error(`no authored gold set ${folder}`);
  return set.dir;
}
export const POLNEAR_DEV = `${SHARED_DIR}dev/polnear-dev.jsonl`;
export const POLNEAR_TRAIN = `${SHARED_DIR}dev/polnear-train.jsonl`;
export const GUM_ENTITIES = `${SHARED_DIR}train/gum-entities.jsonl`;
/** GUM's Wikinews interviews: the entity tagger's development set. */
export const GUM_DEV = `${GUM_ENTITIES}#interview`;
export const POLNEAR_CORENLP_DEV = `${SHARED_DIR}train/polnear-corenlp-dev.jsonl`;
