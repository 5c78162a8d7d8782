import { fileURLToPath } from "node:url";

/** Where the repository, its seed gold, and the shared data folder (`<repo>/../shared`, read-only, PolNeAR) are. */
export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
export const SHARED_DIR = fileURLToPath(new URL("../../../../../shared/", import.meta.url));
export const SEEDS_DIR = fileURLToPath(new URL("../../../../seeds/", import.meta.url));
export const GOLD_DIR = fileURLToPath(new URL("../../gold/", import.meta.url));
/** 16 short news reports written and annotated for the project (CC BY 4.0), texts in its texts/: gold/newsdev/README.md. */
export const NEWSDEV_DIR = fileURLToPath(new URL("../../gold/newsdev/", import.meta.url));
/** 12 more, written blind by two other annotators on 2026-12-04 and a development set since (CC BY 4.0): gold/newsdev2/README.md. */
export const NEWSDEV2_DIR = fileURLToPath(new URL("../../gold/newsdev2/", import.meta.url));
/**
 * 12 more, written blind on 2026-12-06 in British, wire-agency and international styles and a development set
 * since (CC BY 4.0): gold/newsdev3/README.md.
 */
export const NEWSDEV3_DIR = fileURLToPath(new URL("../../gold/newsdev3/", import.meta.url));
/**
 * 12 more, written blind on 2026-12-06 as Wikinews's own kinds of report (interviews, sport, science, disasters,
 * elections, obituaries) and from regional English-language press, a development set since (CC BY 4.0):
 * gold/newsdev4/README.md.
 */
export const NEWSDEV4_DIR = fileURLToPath(new URL("../../gold/newsdev4/", import.meta.url));
/**
 * 12 more, written blind on 2026-12-06: Wikinews pages with their captions and credit lines, and international
 * wire news, a development set since (CC BY 4.0): gold/newsdev5/README.md.
 */
export const NEWSDEV5_DIR = fileURLToPath(new URL("../../gold/newsdev5/", import.meta.url));
/**
 * 12 more, written blind on 2026-12-06 (Asia-Pacific and the Americas), read the same day in the next session
 * (CC BY 4.0): gold/newsdev6/README.md.
 */
export const NEWSDEV6_DIR = fileURLToPath(new URL("../../gold/newsdev6/", import.meta.url));
/**
 * 12 more, written blind on 2026-12-06 (Africa and the Middle East, Europe and the UK), read the same session
 * (CC BY 4.0): gold/newsdev7/README.md.
 */
export const NEWSDEV7_DIR = fileURLToPath(new URL("../../gold/newsdev7/", import.meta.url));
/**
 * 12 more, written blind on 2026-12-06 (South and East Asia, the Americas, Ireland), read the next session
 * (CC BY 4.0): gold/newsdev8/README.md.
 */
export const NEWSDEV8_DIR = fileURLToPath(new URL("../../gold/newsdev8/", import.meta.url));
/**
 * 12 more, written blind on 2026-12-06 (continental Europe, Turkey and Central Asia, Oceania, India, Mexico, the
 * United States), read the same session (CC BY 4.0): gold/newsdev9/README.md.
 */
export const NEWSDEV9_DIR = fileURLToPath(new URL("../../gold/newsdev9/", import.meta.url));
/**
 * 12 more, written blind on 2026-12-06 (sub-Saharan Africa and the Middle East, Northern and Eastern Europe, the
 * UK, Central America and the Caribbean), read the same session (CC BY 4.0): gold/newsdev10/README.md.
 */
export const NEWSDEV10_DIR = fileURLToPath(new URL("../../gold/newsdev10/", import.meta.url));
/**
 * 12 more, written blind on 2026-12-06 (the United States in several genres, South and Southeast Asia and the
 * Pacific), read the same session (CC BY 4.0): gold/newsdev11/README.md.
 */
export const NEWSDEV11_DIR = fileURLToPath(new URL("../../gold/newsdev11/", import.meta.url));
/**
 * 12 more, written blind on 2026-12-06 (South America and the Caribbean basin, Central and South-East Europe and
 * the Balkans), read the next session (CC BY 4.0): gold/newsdev12/README.md.
 */
export const NEWSDEV12_DIR = fileURLToPath(new URL("../../gold/newsdev12/", import.meta.url));
/**
 * 12 more, written blind on 2026-12-06 (North Africa, the Middle East, East and Southern Africa; East Asia, the
 * Nordic-Baltic region, North American politics), read the same session (CC BY 4.0): gold/newsdev13/README.md.
 */
export const NEWSDEV13_DIR = fileURLToPath(new URL("../../gold/newsdev13/", import.meta.url));
/**
 * 12 more, written blind on 2026-12-06 (Western Europe and the United Kingdom; South Asia, Latin America and the
 * United States), read the same session (CC BY 4.0): gold/newsdev14/README.md.
 */
export const NEWSDEV14_DIR = fileURLToPath(new URL("../../gold/newsdev14/", import.meta.url));
/**
 * 12 more, written blind on 2026-12-06 (Southeast Asia and Oceania; West and Central Africa and the Gulf),
 * read the same session (CC BY 4.0): gold/newsdev15/README.md.
 */
export const NEWSDEV15_DIR = fileURLToPath(new URL("../../gold/newsdev15/", import.meta.url));
/**
 * 12 more, written blind on 2026-12-06 (United States national politics; Eastern Europe and the Caucasus),
 * measured and not yet read (CC BY 4.0): gold/newsdev16/README.md.
 */
export const NEWSDEV16_DIR = fileURLToPath(new URL("../../gold/newsdev16/", import.meta.url));
/** 12 more, written blind by other annotators and kept out of development (CC BY 4.0): gold/newstest/README.md. */
export const NEWSTEST_DIR = fileURLToPath(new URL("../../gold/newstest/", import.meta.url));
/** The authored news sets, in report order: scored by `pnpm eval` by default and always held to floors. */
export const AUTHORED_SET_DIRS: readonly string[] = [
  NEWSDEV_DIR,
  NEWSDEV2_DIR,
  NEWSDEV3_DIR,
  NEWSDEV4_DIR,
  NEWSDEV5_DIR,
  NEWSDEV6_DIR,
  NEWSDEV7_DIR,
  NEWSDEV8_DIR,
  NEWSDEV9_DIR,
  NEWSDEV10_DIR,
  NEWSDEV11_DIR,
  NEWSDEV12_DIR,
  NEWSDEV13_DIR,
  NEWSDEV14_DIR,
  NEWSDEV15_DIR,
  NEWSDEV16_DIR,
  NEWSTEST_DIR,
];
export const POLNEAR_DEV = `${SHARED_DIR}dev/polnear-dev.jsonl`;
export const POLNEAR_TRAIN = `${SHARED_DIR}dev/polnear-train.jsonl`;
export const GUM_ENTITIES = `${SHARED_DIR}train/gum-entities.jsonl`;
/** GUM's Wikinews interviews: the entity tagger's development set. */
export const GUM_DEV = `${GUM_ENTITIES}#interview`;
export const POLNEAR_CORENLP_DEV = `${SHARED_DIR}train/polnear-corenlp-dev.jsonl`;
