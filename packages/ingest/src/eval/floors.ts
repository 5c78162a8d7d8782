import type { DatasetRows } from "./score-dataset.js";
import type { ScoreRow } from "./score-document.js";

/** The name `pnpm eval` reports gold/newsdev under (the floors are keyed by dataset name). */
export const NEWSDEV = "newsdev (authored Wikinews-style reports)";
/** The name `pnpm eval` reports gold/newsdev2 under. */
export const NEWSDEV2 = "newsdev2 (authored Wikinews-style reports, second set)";
/** The name `pnpm eval` reports gold/newsdev3 under. */
export const NEWSDEV3 = "newsdev3 (authored British, wire and international reports)";
/** The name `pnpm eval` reports gold/newsdev4 under. */
export const NEWSDEV4 = "newsdev4 (authored Wikinews kinds and regional press)";
/** The name `pnpm eval` reports gold/newsdev5 under. */
export const NEWSDEV5 = "newsdev5 (authored Wikinews pages and international wire news)";
/** The name `pnpm eval` reports gold/newsdev6 under. */
export const NEWSDEV6 = "newsdev6 (authored Asia-Pacific and Americas reports)";
/** The name `pnpm eval` reports gold/newsdev7 under. */
export const NEWSDEV7 = "newsdev7 (authored African, Middle Eastern and European reports)";
/** The name `pnpm eval` reports gold/newsdev8 under. */
export const NEWSDEV8 = "newsdev8 (authored Asian, American and Irish reports)";
/** The name `pnpm eval` reports gold/newsdev9 under. */
export const NEWSDEV9 = "newsdev9 (authored European, Asian, Pacific and American reports)";
/** The name `pnpm eval` reports gold/newsdev10 under. */
export const NEWSDEV10 = "newsdev10 (authored African, Middle Eastern, European and Caribbean reports)";
/** The name `pnpm eval` reports gold/newsdev11 under. */
export const NEWSDEV11 = "newsdev11 (authored American, South and Southeast Asian and Pacific reports)";
/** The name `pnpm eval` reports gold/newsdev12 under. */
export const NEWSDEV12 = "newsdev12 (authored South American, Caribbean, Central European and Balkan reports)";
/** The name `pnpm eval` reports gold/newsdev13 under. */
export const NEWSDEV13 =
  "newsdev13 (authored North African, Middle Eastern, African, East Asian, Nordic and North American reports)";
/** The name `pnpm eval` reports gold/newsdev14 under. */
export const NEWSDEV14 = "newsdev14 (authored Western European, British, South Asian, Latin American and US reports)";
/** The name `pnpm eval` reports gold/newsdev15 under. */
export const NEWSDEV15 = "newsdev15 (authored Southeast Asian, Pacific, African and Gulf reports)";
/** The name `pnpm eval` reports gold/newsdev16 under. */
export const NEWSDEV16 = "newsdev16 (authored US political, Eastern European and Caucasus reports)";
/** The name `pnpm eval` reports gold/newsdev17 under. */
export const NEWSDEV17 = "newsdev17 (authored US state and local politics, culture, technology, sport and interviews)";
/** The name `pnpm eval` reports gold/newsdev18 under. */
export const NEWSDEV18 = "newsdev18 (authored US campaign reports and Wikinews interviews)";
/** The name `pnpm eval` reports gold/newsdev19 under. */
export const NEWSDEV19 = "newsdev19 (authored US general-election reports, interviews and profiles)";
/** The name `pnpm eval` reports gold/newsdev20 under. */
export const NEWSDEV20 = "newsdev20 (authored US political reports and Wikinews interviews)";
/** The name `pnpm eval` reports gold/newsdev21 under. */
export const NEWSDEV21 = "newsdev21 (authored US primary-season reports and Wikinews interviews)";
/** The name `pnpm eval` reports gold/newsdev22 under. */
export const NEWSDEV22 = "newsdev22 (authored US policy reports and Wikinews interviews)";
/** The name `pnpm eval` reports gold/newsdev23 under. */
export const NEWSDEV23 = "newsdev23 (authored US election-cycle reports and Wikinews interviews)";
/** The name `pnpm eval` reports gold/newsdev24 under. */
export const NEWSDEV24 = "newsdev24 (authored US government reports and Wikinews interviews)";
/** The name `pnpm eval` reports gold/newsdev25 under. */
export const NEWSDEV25 = "newsdev25 (authored US political reports and Wikinews interviews, 25th set)";
/** The name `pnpm eval` reports gold/newsdev26 under. */
export const NEWSDEV26 = "newsdev26 (authored US political reports and Wikinews interviews, 26th set)";
/** The name `pnpm eval` reports gold/newsdev27 under. */
export const NEWSDEV27 = "newsdev27 (authored US political reports and Wikinews interviews, 27th set)";
/** The name `pnpm eval` reports gold/newsdev28 under. */
export const NEWSDEV28 = "newsdev28 (authored US political reports and Wikinews interviews, 28th set)";
/** The name `pnpm eval` reports gold/newsdev29 under. */
export const NEWSDEV29 = "newsdev29 (authored US political reports and Wikinews interviews, 29th set)";
/** The name `pnpm eval` reports gold/newsdev30 under. */
export const NEWSDEV30 = "newsdev30 (authored US political reports and Wikinews interviews, 30th set)";
/** The name `pnpm eval` reports gold/newsdev31 under. */
export const NEWSDEV31 = "newsdev31 (authored US political reports and Wikinews interviews, 31st set)";
/** The name `pnpm eval` reports gold/newsdev32 under. */
export const NEWSDEV32 = "newsdev32 (authored US political reports and Wikinews interviews, 32nd set)";
/** The name `pnpm eval` reports gold/newsdev33 under. */
export const NEWSDEV33 = "newsdev33 (authored US political reports and Wikinews interviews, 33rd set)";
/** The name `pnpm eval` reports gold/newsdev34 under. */
export const NEWSDEV34 = "newsdev34 (authored US political reports and Wikinews interviews, 34th set)";
/** The name `pnpm eval` reports gold/newsdev35 under. */
export const NEWSDEV35 = "newsdev35 (authored US political reports and Wikinews interviews, 35th set)";
/** The name `pnpm eval` reports gold/newsdev36 under. */
export const NEWSDEV36 = "newsdev36 (authored US political reports and Wikinews interviews, 36th set)";
/** The name `pnpm eval` reports gold/newsdev37 under. */
export const NEWSDEV37 = "newsdev37 (authored US political reports and Wikinews interviews, 37th set)";
/** The name `pnpm eval` reports gold/newsdev38 under. */
export const NEWSDEV38 = "newsdev38 (authored US political reports and Wikinews interviews, 38th set)";
/** The name `pnpm eval` reports gold/newsdev39 under. */
export const NEWSDEV39 = "newsdev39 (authored US political reports and Wikinews interviews, 39th set)";
/** The name `pnpm eval` reports gold/newsdev40 under. */
export const NEWSDEV40 = "newsdev40 (authored US political reports and Wikinews interviews, 40th set)";
/** The name `pnpm eval` reports gold/newsdev41 under. */
export const NEWSDEV41 = "newsdev41 (authored US political reports and Wikinews interviews, 41st set)";
/** The name `pnpm eval` reports gold/newsdev42 under. */
export const NEWSDEV42 = "newsdev42 (authored US political reports and Wikinews interviews, 42nd set)";
/** The name `pnpm eval` reports gold/newsdev43 under. */
export const NEWSDEV43 = "newsdev43 (authored US political reports and Wikinews interviews, 43rd set)";
/** The name `pnpm eval` reports gold/newsdev44 under. */
export const NEWSDEV44 = "newsdev44 (authored US political reports and Wikinews interviews, 44th set)";
/** The name `pnpm eval` reports gold/newsdev45 under. */
export const NEWSDEV45 = "newsdev45 (authored US political reports and Wikinews interviews, 45th set)";
/** The name `pnpm eval` reports gold/newsdev46 under. */
export const NEWSDEV46 = "newsdev46 (authored US political reports and Wikinews interviews, 46th set)";
/** The name `pnpm eval` reports gold/newsdev47 under. */
export const NEWSDEV47 = "newsdev47 (authored US political reports and Wikinews interviews, 47th set)";
/** The name `pnpm eval` reports gold/newsdev48 under. */
export const NEWSDEV48 = "newsdev48 (authored US political reports and Wikinews interviews, 48th set)";
/** The name `pnpm eval` reports gold/newsdev49 under. */
export const NEWSDEV49 = "newsdev49 (authored US political reports and Wikinews interviews, 49th set)";
/** The name `pnpm eval` reports gold/newsdev50 under. */
export const NEWSDEV50 = "newsdev50 (authored US political reports and Wikinews interviews, 50th set)";
/** The name `pnpm eval` reports gold/newsdev51 under. */
export const NEWSDEV51 = "newsdev51 (authored US political reports and Wikinews news reports, 51st set)";
/** The name `pnpm eval` reports gold/newsdev52 under. */
export const NEWSDEV52 = "newsdev52 (authored US political reports and Wikinews news reports, 52nd set)";
/** The name `pnpm eval` reports gold/newsdev53 under. */
export const NEWSDEV53 = "newsdev53 (authored US political reports and Wikinews news reports, 53rd set)";
/** The name `pnpm eval` reports gold/newsdev54 under. */
export const NEWSDEV54 = "newsdev54 (authored US political reports and Wikinews news reports, 54th set)";
/** The name `pnpm eval` reports gold/newsdev55 under. */
export const NEWSDEV55 = "newsdev55 (authored US political reports and Wikinews news reports, 55th set)";
/** The name `pnpm eval` reports gold/newsdev56 under. */
export const NEWSDEV56 = "newsdev56 (authored US political reports and Wikinews news reports, 56th set)";
/** The name `pnpm eval` reports gold/newsdev57 under. */
export const NEWSDEV57 = "newsdev57 (authored US political reports and Wikinews news reports, 57th set)";
/** The name `pnpm eval` reports gold/newsdev58 under. */
export const NEWSDEV58 = "newsdev58 (authored US political reports and Wikinews news reports, 58th set)";
/** The name `pnpm eval` reports gold/newsdev59 under. */
export const NEWSDEV59 = "newsdev59 (authored US political reports and Wikinews news reports, 59th set)";
/** The name `pnpm eval` reports gold/newsdev60 under. */
export const NEWSDEV60 = "newsdev60 (authored US political reports and Wikinews news reports, 60th set)";
/** The name `pnpm eval` reports gold/newsdev61 under. */
export const NEWSDEV61 = "newsdev61 (authored US political reports and Wikinews news reports, 61st set)";
/** The name `pnpm eval` reports gold/newsdev62 under. */
export const NEWSDEV62 = "newsdev62 (authored US political reports and Wikinews news reports, 62nd set)";
/** The name `pnpm eval` reports gold/newsdev63 under. */
export const NEWSDEV63 = "newsdev63 (authored US political reports and Wikinews news reports, 63rd set)";
/** The name `pnpm eval` reports gold/newsdev64 under. */
export const NEWSDEV64 = "newsdev64 (authored US political reports and Wikinews news reports, 64th set)";
/** The name `pnpm eval` reports gold/newsdev65 under. */
export const NEWSDEV65 = "newsdev65 (authored US political reports and Wikinews news reports, 65th set)";
/** The name `pnpm eval` reports gold/newsdev66 under. */
export const NEWSDEV66 = "newsdev66 (authored US political reports and Wikinews news reports, 66th set)";
/** The name `pnpm eval` reports gold/newsdev67 under. */
export const NEWSDEV67 = "newsdev67 (authored US political reports and Wikinews news reports, 67th set)";
/** The name `pnpm eval` reports gold/newsdev68 under. */
export const NEWSDEV68 = "newsdev68 (authored US political reports and Wikinews news reports, 68th set)";
/** The name `pnpm eval` reports gold/newsdev69 under. */
export const NEWSDEV69 = "newsdev69 (authored US political reports and Wikinews news reports, 69th set)";
/** The name `pnpm eval` reports gold/newsdev70 under. */
export const NEWSDEV70 = "newsdev70 (authored US political reports and Wikinews news reports, 70th set)";
/** The name `pnpm eval` reports gold/newsdev71 under. */
export const NEWSDEV71 = "newsdev71 (authored US political reports and Wikinews news reports, 71st set)";
/** The name `pnpm eval` reports gold/newsdev72 under. */
export const NEWSDEV72 = "newsdev72 (authored US political reports and Wikinews news reports, 72nd set)";
/** The name `pnpm eval` reports gold/newsdev73 under. */
export const NEWSDEV73 = "newsdev73 (authored US political reports and Wikinews news reports, 73rd set)";
/** The name `pnpm eval` reports gold/newsdev74 under. */
export const NEWSDEV74 = "newsdev74 (authored US political reports and Wikinews news reports, 74th set)";
/** The name `pnpm eval` reports gold/newsdev75 under. */
export const NEWSDEV75 = "newsdev75 (authored US political reports and Wikinews news reports, 75th set)";
/** The name `pnpm eval` reports gold/newsdev76 under. */
export const NEWSDEV76 = "newsdev76 (authored US political reports and Wikinews news reports, 76th set)";
/** The name `pnpm eval` reports gold/newsdev77 under. */
export const NEWSDEV77 = "newsdev77 (authored US political reports and Wikinews news reports, 77th set)";
/** The name `pnpm eval` reports gold/newsdev78 under. */
export const NEWSDEV78 = "newsdev78 (authored US political reports and Wikinews news reports, 78th set)";
/** The name `pnpm eval` reports gold/newsdev79 under. */
export const NEWSDEV79 = "newsdev79 (authored US political reports and Wikinews news reports, 79th set)";
/** The name `pnpm eval` reports gold/newsdev80 under. */
export const NEWSDEV80 = "newsdev80 (authored US political reports and Wikinews news reports, 80th set)";
/** The name `pnpm eval` reports gold/newsdev81 under. */
export const NEWSDEV81 = "newsdev81 (authored US political reports and Wikinews news reports, 81st set)";
/** The name `pnpm eval` reports gold/newsdev82 under. */
export const NEWSDEV82 = "newsdev82 (authored US political reports and Wikinews news reports, 82nd set)";
/** The name `pnpm eval` reports gold/newsdev83 under. */
export const NEWSDEV83 = "newsdev83 (authored US political reports and Wikinews news reports, 83rd set)";
/** The name `pnpm eval` reports gold/newsdev84 under. */
export const NEWSDEV84 = "newsdev84 (authored US political reports and Wikinews news reports, 84th set)";
/** The name `pnpm eval` reports gold/newsdev85 under. */
export const NEWSDEV85 = "newsdev85 (authored US political reports and Wikinews news reports, 85th set)";
/** The name `pnpm eval` reports gold/newsdev86 under. */
export const NEWSDEV86 = "newsdev86 (authored US political reports and Wikinews news reports, 86th set)";
/** The name `pnpm eval` reports gold/newsdev87 under. */
export const NEWSDEV87 = "newsdev87 (authored US political reports and Wikinews news reports, 87th set)";
/** The name `pnpm eval` reports gold/newsdev88 under. */
export const NEWSDEV88 = "newsdev88 (authored US political reports and Wikinews news reports, 88th set)";
/** The name `pnpm eval` reports gold/newstest under. */
export const NEWSTEST = "newstest (held-out Wikinews-style reports)";

/** The authored news sets' report names, by their folder under gold/ (`pnpm eval` names a dataset by folder). */
export const AUTHORED_SET_NAMES: ReadonlyMap<string, string> = new Map([
  ["newsdev", NEWSDEV],
  ["newsdev2", NEWSDEV2],
  ["newsdev3", NEWSDEV3],
  ["newsdev4", NEWSDEV4],
  ["newsdev5", NEWSDEV5],
  ["newsdev6", NEWSDEV6],
  ["newsdev7", NEWSDEV7],
  ["newsdev8", NEWSDEV8],
  ["newsdev9", NEWSDEV9],
  ["newsdev10", NEWSDEV10],
  ["newsdev11", NEWSDEV11],
  ["newsdev12", NEWSDEV12],
  ["newsdev13", NEWSDEV13],
  ["newsdev14", NEWSDEV14],
  ["newsdev15", NEWSDEV15],
  ["newsdev16", NEWSDEV16],
  ["newsdev17", NEWSDEV17],
  ["newsdev18", NEWSDEV18],
  ["newsdev19", NEWSDEV19],
  ["newsdev20", NEWSDEV20],
  ["newsdev21", NEWSDEV21],
  ["newsdev22", NEWSDEV22],
  ["newsdev23", NEWSDEV23],
  ["newsdev24", NEWSDEV24],
  ["newsdev25", NEWSDEV25],
  ["newsdev26", NEWSDEV26],
  ["newsdev27", NEWSDEV27],
  ["newsdev28", NEWSDEV28],
  ["newsdev29", NEWSDEV29],
  ["newsdev30", NEWSDEV30],
  ["newsdev31", NEWSDEV31],
  ["newsdev32", NEWSDEV32],
  ["newsdev33", NEWSDEV33],
  ["newsdev34", NEWSDEV34],
  ["newsdev35", NEWSDEV35],
  ["newsdev36", NEWSDEV36],
  ["newsdev37", NEWSDEV37],
  ["newsdev38", NEWSDEV38],
  ["newsdev39", NEWSDEV39],
  ["newsdev40", NEWSDEV40],
  ["newsdev41", NEWSDEV41],
  ["newsdev42", NEWSDEV42],
  ["newsdev43", NEWSDEV43],
  ["newsdev44", NEWSDEV44],
  ["newsdev45", NEWSDEV45],
  ["newsdev46", NEWSDEV46],
  ["newsdev47", NEWSDEV47],
  ["newsdev48", NEWSDEV48],
  ["newsdev49", NEWSDEV49],
  ["newsdev50", NEWSDEV50],
  ["newsdev51", NEWSDEV51],
  ["newsdev52", NEWSDEV52],
  ["newsdev53", NEWSDEV53],
  ["newsdev54", NEWSDEV54],
  ["newsdev55", NEWSDEV55],
  ["newsdev56", NEWSDEV56],
  ["newsdev57", NEWSDEV57],
  ["newsdev58", NEWSDEV58],
  ["newsdev59", NEWSDEV59],
  ["newsdev60", NEWSDEV60],
  ["newsdev61", NEWSDEV61],
  ["newsdev62", NEWSDEV62],
  ["newsdev63", NEWSDEV63],
  ["newsdev64", NEWSDEV64],
  ["newsdev65", NEWSDEV65],
  ["newsdev66", NEWSDEV66],
  ["newsdev67", NEWSDEV67],
  ["newsdev68", NEWSDEV68],
  ["newsdev69", NEWSDEV69],
  ["newsdev70", NEWSDEV70],
  ["newsdev71", NEWSDEV71],
  ["newsdev72", NEWSDEV72],
  ["newsdev73", NEWSDEV73],
  ["newsdev74", NEWSDEV74],
  ["newsdev75", NEWSDEV75],
  ["newsdev76", NEWSDEV76],
  ["newsdev77", NEWSDEV77],
  ["newsdev78", NEWSDEV78],
  ["newsdev79", NEWSDEV79],
  ["newsdev80", NEWSDEV80],
  ["newsdev81", NEWSDEV81],
  ["newsdev82", NEWSDEV82],
  ["newsdev83", NEWSDEV83],
  ["newsdev84", NEWSDEV84],
  ["newsdev85", NEWSDEV85],
  ["newsdev86", NEWSDEV86],
  ["newsdev87", NEWSDEV87],
  ["newsdev88", NEWSDEV88],
  ["newstest", NEWSTEST],
]);

/**
 * The quality gate (`pnpm eval --check`): the lowest F1 each dataset may score, per row, in the
 * claim unit its gold annotates. Set a hair below the figures measured on 2026-12-01 (extractor
 * rules-3); raise them as extraction improves, and never lower one without saying why in the commit.
 */
export const QUALITY_FLOORS: Readonly<Record<string, Partial<Record<ScoreRow, number>>>> = {
  // measured (rules-4): person 1.000, org 1.000, claim 0.974, claim+speaker 0.974, about 0.862, affiliation 1.000
  "seed gold": { person: 1, org: 1, claim: 0.97, "claim+speaker": 0.97, about: 0.86, affiliation: 1 },
  // measured: claim 0.810, claim+speaker 0.698 (attribution unit, rules-4+entities-3+tagger-1+speakers-1+cues-2:
  // the cue detector's threshold cross-validated over train, the model trained on all of it; cues-1 0.805 / 0.693,
  // 0.774 / 0.687 before the cue detector). Models as pnpm train:attribution writes them
  // (train/shipped-attribution.test.ts keeps them so). Raised at rules-18+entities-24 (2026-12-03): measured
  // claim 0.819, claim+speaker 0.717 (a retrain of the attribution models moves them by ~0.003). Raised at
  // rules-35+speakers-30 (2026-12-03, eighteenth session): measured claim 0.827, claim+speaker 0.730.
  "PolNeAR dev": { claim: 0.82, "claim+speaker": 0.72 },
  // measured (rules-4+entities-3+tagger-2+speakers-1+cues-2, entity level, countries counted as the
  // project's gold counts them): person 0.900, org 0.627 (tagger-1: 0.900 / 0.607). PolNeAR dev with
  // tagger-2 and the attribution models retrained on it: claim 0.809, claim+speaker 0.703. Raised at
  // entities-24 (2026-12-03, tagger-3): measured person 0.906, org 0.664 (a tagger retrain moves them ~0.01).
  // Raised at entities-34 (2026-12-03): measured person 0.910, org 0.679.
  // Raised at entities-69 (twenty-sixth session): measured person 0.910, org 0.701.
  "GUM interview": { person: 0.9, org: 0.68 },
  // measured (rules-11+entities-6+tagger-2+speakers-7+cues-7, 2026-12-02; the set is 16 articles, 142 claims:
  // one claim moves claim F1 by ~0.007, so the floors sit two to three claims below): person 0.832, org 0.735,
  // claim 0.860, claim+speaker 0.751, about 0.496, affiliation 0.557. Raised at rules-12+entities-7+tagger-3
  // (2026-12-02 evening): person 0.867, org 0.765, claim 0.860, claim+speaker 0.758, about 0.523,
  // affiliation 0.651 (a retrain of the tagger moves person and org by ~0.01, hence the margin).
  // Raised again at rules-15+entities-10 (same evening): person 0.894, claim 0.888, claim+speaker 0.804, about 0.653.
  // Raised at entities-13 (2026-12-03, names typed by their descriptors): person 0.947, org 0.811, affiliation 0.698.
  // Raised at rules-18+entities-21 (2026-12-03 night): person 0.947, org 0.872, claim 0.907, claim+speaker 0.851,
  // about 0.689, affiliation 0.782. Raised at rules-22+entities-34 (2026-12-03, seventeenth session): person 0.962,
  // org 0.890, claim 0.920, claim+speaker 0.872, about 0.742, affiliation 0.809.
  // Raised at rules-44+entities-37 (2026-12-04, nineteenth session): person 0.969, org 0.896, claim 0.956,
  // claim+speaker 0.942, about 0.836, affiliation 0.835.
  // Raised at rules-67+entities-52 (2026-12-04, twenty-fourth session: no headline claims, requests no claims):
  // person 0.977, org 0.907, claim 0.979, claim+speaker 0.972, about 0.856, affiliation 0.848.
  // Raised at rules-72+entities-60 (twenty-fifth session): person 0.977, org 0.907, claim 0.979, claim+speaker
  // 0.972, about 0.868, affiliation 0.848.
  // Raised at rules-80+entities-70 (twenty-sixth session): person 0.992, org 0.918, claim 0.979, claim+speaker
  // 0.972, about 0.909, affiliation 0.918.
  // Raised at rules-105+entities-105 (thirty-fifth session): person 0.992, org 0.928, claim 0.982, claim+speaker
  // 0.982, about 0.915, affiliation 0.929.
  [NEWSDEV]: { person: 0.97, org: 0.91, claim: 0.96, "claim+speaker": 0.96, about: 0.89, affiliation: 0.9 },
  // gold/newsdev2 (12 articles, 131 claims, written blind 2026-12-04, a development set since): first measured
  // at rules-56+entities-44 person 0.832, org 0.828, claim 0.928, claim+speaker 0.804, about 0.667, affiliation
  // 0.571; at rules-57+entities-46 person 0.855, org 0.849, claim 0.928, claim+speaker 0.826, about 0.691,
  // affiliation 0.592; at rules-58+entities-47 person 0.960, org 0.905, claim 0.928, claim+speaker 0.848, about
  // 0.709, affiliation 0.639 — floors two to three items below.
  // Affiliation raised at rules-59: measured 0.744 (about 0.694). Claim+speaker raised at rules-62: measured 0.891.
  // Raised at rules-67+entities-52 (twenty-fourth session): measured person 0.970, org 0.928, claim 0.956,
  // claim+speaker 0.911, about 0.754, affiliation 0.805.
  // Raised at rules-72+entities-60 (twenty-fifth session): measured person 0.970, org 0.957, claim 0.970,
  // claim+speaker 0.948, about 0.851, affiliation 0.847.
  // Raised at rules-80+entities-70 (twenty-sixth session): measured person 0.970, org 0.968, claim 0.970,
  // claim+speaker 0.955, about 0.905, affiliation 0.899.
  [NEWSDEV2]: { person: 0.95, org: 0.95, claim: 0.95, "claim+speaker": 0.93, about: 0.88, affiliation: 0.87 },
  // gold/newsdev3 (12 articles, 145 claims, written blind 2026-12-06 in British, wire-agency and international
  // styles): first measured at rules-103+entities-102 (before any of its errors was read) person 0.906, org
  // 0.781, claim 0.940, claim+speaker 0.848, about 0.673, affiliation 0.563 — floors two to three items below.
  // Raised at rules-105+entities-105 (the same session, its errors read): measured person 0.970, org 0.884, claim
  // 0.960, claim+speaker 0.899, about 0.802, affiliation 0.831.
  // Raised at rules-106+entities-106: measured org 0.894, claim 0.967, claim+speaker 0.940, about 0.809.
  // Raised at rules-107+entities-107: measured person 0.990, org 0.904, about 0.822.
  [NEWSDEV3]: { person: 0.97, org: 0.88, claim: 0.95, "claim+speaker": 0.91, about: 0.79, affiliation: 0.79 },
  // gold/newsdev4 (12 articles, 147 claims, written blind 2026-12-06: Wikinews's own kinds of report and regional
  // English-language press): first measured at rules-106+entities-106 (before any of its errors was read) person
  // 0.840, org 0.806, claim 0.933, claim+speaker 0.853, about 0.648, affiliation 0.421 — floors a few items below.
  // Raised at rules-107+entities-107 (the same session, its errors read): measured person 0.875, org 0.863, claim
  // 0.950, claim+speaker 0.898, about 0.704, affiliation 0.508.
  // Raised at rules-111+entities-112 (thirty-sixth session): measured person 0.923, org 0.877, about 0.726,
  // affiliation 0.567; affiliation again at rules-113: measured 0.623.
  // Raised at rules-117+entities-118 (thirty-seventh session, newsdev6's errors read): measured person 0.923, org
  // 0.900, claim 0.954, claim+speaker 0.914, about 0.751, affiliation 0.623.
  [NEWSDEV4]: { person: 0.9, org: 0.87, claim: 0.93, "claim+speaker": 0.89, about: 0.72, affiliation: 0.59 },
  // gold/newsdev5 (12 articles, 151 claims, written blind 2026-12-06: Wikinews pages with captions, international
  // wire news): first measured at rules-107+entities-108 (before any of its errors was read) person 0.826, org
  // 0.813, claim 0.942, claim+speaker 0.857, about 0.705, affiliation 0.561 — floors a few items below.
  // Raised at rules-111+entities-112 (the same session, its errors read): measured person 0.932, org 0.853,
  // claim 0.955, claim+speaker 0.923, about 0.744, affiliation 0.707.
  // Raised at rules-117+entities-118 (thirty-seventh session): measured person 0.932, org 0.856, claim 0.974,
  // claim+speaker 0.947, about 0.764, affiliation 0.718.
  [NEWSDEV5]: { person: 0.91, org: 0.83, claim: 0.95, "claim+speaker": 0.92, about: 0.74, affiliation: 0.69 },
  // gold/newsdev6 (12 articles, 150 claims, written blind 2026-12-06: Asia-Pacific and the Americas; its errors
  // unread): measured at rules-107+entities-108 person 0.905, org 0.816, claim 0.924, claim+speaker 0.867, about
  // 0.652, affiliation 0.599; at rules-111+entities-112 person 0.921, org 0.816, claim 0.927, claim+speaker
  // 0.889, about 0.652, affiliation 0.638 — floors two to three items below.
  // Its errors read in the thirty-seventh session (a development set since): raised at rules-117+entities-118,
  // measured person 0.974, org 0.930, claim 0.968, claim+speaker 0.968, about 0.786, affiliation 0.808.
  [NEWSDEV6]: { person: 0.95, org: 0.9, claim: 0.94, "claim+speaker": 0.94, about: 0.76, affiliation: 0.78 },
  // gold/newsdev7 (12 articles, 172 claims, written blind 2026-12-06: Africa and the Middle East, Europe and the UK;
  // its errors unread): first measured at rules-114+entities-115 (983dc76, before any of its errors was read)
  // person 0.918, org 0.831, claim 0.969, claim+speaker 0.929, about 0.770, affiliation 0.647 — floors two to three
  // items below.
  // Its errors read in the same session: raised at rules-118+entities-119, measured person 0.958, org 0.930, claim
  // 0.986, claim+speaker 0.974, about 0.814, affiliation 0.692.
  [NEWSDEV7]: { person: 0.93, org: 0.9, claim: 0.96, "claim+speaker": 0.95, about: 0.79, affiliation: 0.66 },
  // gold/newsdev8 (12 articles, 175 claims, written blind 2026-12-06: South and East Asia, the Americas, Ireland;
  // its errors unread): first measured at rules-117+entities-118 (8b168c3, before the round's fixes from
  // newsdev7) person 0.852, org 0.879, claim 0.952, claim+speaker 0.807, about 0.763, affiliation 0.724; at
  // rules-118+entities-119 claim 0.955, claim+speaker 0.809, the rest unchanged — floors two to three items below.
  // Its errors read in the thirty-eighth session (a development set since): raised at rules-119+entities-120,
  // measured person 0.982, org 0.946, claim 0.972, claim+speaker 0.933, about 0.822, affiliation 0.847.
  [NEWSDEV8]: { person: 0.96, org: 0.92, claim: 0.95, "claim+speaker": 0.91, about: 0.8, affiliation: 0.82 },
  // gold/newsdev9 (12 articles, 174 claims, written blind 2026-12-06: continental Europe, Turkey and Central Asia,
  // Oceania, India, Mexico, the United States; its errors unread): first measured at rules-118+entities-119
  // (e55a117, before the round's fixes from newsdev8) person 0.953, org 0.807, claim 0.963, claim+speaker 0.896,
  // about 0.673, affiliation 0.567; at rules-119+entities-120 org 0.818, claim+speaker 0.901, about 0.670,
  // affiliation 0.613, the rest unchanged — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-120+entities-121, measured
  // person 0.984, org 0.890, claim 0.983, claim+speaker 0.960, about 0.719, affiliation 0.731.
  [NEWSDEV9]: { person: 0.96, org: 0.86, claim: 0.96, "claim+speaker": 0.93, about: 0.69, affiliation: 0.7 },
  // gold/newsdev10 (12 articles, 169 claims, written blind 2026-12-06: sub-Saharan Africa and the Middle East,
  // Northern and Eastern Europe, the UK, Central America and the Caribbean; its errors unread): first measured at
  // rules-119+entities-120 (c386f1b, before the round's fixes from newsdev9) person 0.897, org 0.855, claim 0.957,
  // claim+speaker 0.842, about 0.709, affiliation 0.696; at rules-120+entities-121 claim 0.963, claim+speaker
  // 0.853, the rest unchanged — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-121+entities-122, measured
  // person 0.964, org 0.922, claim 0.971, claim+speaker 0.942, about 0.753, affiliation 0.766.
  [NEWSDEV10]: { person: 0.94, org: 0.89, claim: 0.95, "claim+speaker": 0.92, about: 0.72, affiliation: 0.74 },
  // gold/newsdev11 (12 articles, 172 claims, written blind 2026-12-06: the United States in several genres, South
  // and Southeast Asia and the Pacific; its errors unread): first measured at rules-120+entities-121 (376980a,
  // before the round's fixes from newsdev10) person 0.877, org 0.838, claim 0.942, claim+speaker 0.860, about
  // 0.667, affiliation 0.692; at rules-121+entities-122 person 0.887, org 0.841, the rest unchanged — floors two
  // to three items below.
  // Its errors read in the same session (a development set since): raised at rules-122+entities-123, measured
  // person 0.955, org 0.903, claim 0.950, claim+speaker 0.891, about 0.694, affiliation 0.692.
  [NEWSDEV11]: { person: 0.93, org: 0.87, claim: 0.93, "claim+speaker": 0.86, about: 0.67, affiliation: 0.66 },
  // gold/newsdev12 (12 articles, 172 claims, written blind 2026-12-06: South America and the Caribbean basin,
  // Central and South-East Europe and the Balkans; its errors unread): first measured at rules-121+entities-122
  // (afb69e0, before the round's fixes from newsdev11) person 0.887, org 0.831, claim 0.957, claim+speaker 0.895,
  // about 0.754, affiliation 0.699; unchanged at rules-122+entities-123 — floors two to three items below.
  // Its errors read in the next session (a development set since): raised at rules-123+entities-124, measured
  // person 0.936, org 0.887, claim 0.960, claim+speaker 0.920, about 0.768, affiliation 0.744.
  [NEWSDEV12]: { person: 0.91, org: 0.86, claim: 0.94, "claim+speaker": 0.89, about: 0.74, affiliation: 0.71 },
  // gold/newsdev13 (12 articles, 171 claims, written blind 2026-12-06: North Africa, the Middle East, East and
  // Southern Africa; East Asia, the Nordic-Baltic region, North American politics; its errors unread): first
  // measured at rules-122+entities-123 (e899fdc, before the round's fixes from newsdev12) person 0.850, org 0.885,
  // claim 0.947, claim+speaker 0.882, about 0.764, affiliation 0.629; at rules-123+entities-124 person 0.871, org
  // 0.903, claim+speaker 0.876, about 0.761, the rest unchanged — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-124+entities-125, measured
  // person 0.918, org 0.924, claim 0.983, claim+speaker 0.925, about 0.761, affiliation 0.688.
  [NEWSDEV13]: { person: 0.89, org: 0.89, claim: 0.96, "claim+speaker": 0.9, about: 0.73, affiliation: 0.66 },
  // gold/newsdev14 (12 articles, 168 claims, written blind 2026-12-06: Western Europe and the United Kingdom;
  // South Asia, Latin America and the United States; its errors unread): first measured at rules-123+entities-124
  // (28593ce, before the round's fixes from newsdev13) person 0.903, org 0.870, claim 0.971, claim+speaker 0.906,
  // about 0.720, affiliation 0.677; at rules-124+entities-125 affiliation 0.698, the rest unchanged — floors two
  // to three items below.
  // Its errors read in the same session (a development set since): raised at rules-125+entities-126, measured
  // person 0.926, org 0.890, claim 0.971, claim+speaker 0.918, about 0.739, affiliation 0.709.
  [NEWSDEV14]: { person: 0.9, org: 0.86, claim: 0.95, "claim+speaker": 0.89, about: 0.71, affiliation: 0.68 },
  // gold/newsdev15 (12 articles, 169 claims, written blind 2026-12-06: Southeast Asia and Oceania; West and Central
  // Africa and the Gulf; its errors unread): first measured at rules-124+entities-125 (b30dfa4, before the round's
  // fixes from newsdev14) person 0.842, org 0.856, claim 0.959, claim+speaker 0.878, about 0.667, affiliation 0.553;
  // unchanged at rules-125+entities-126 — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-126+entities-127, measured
  // person 0.855, org 0.894, claim 0.971, claim+speaker 0.896, about 0.663, affiliation 0.553.
  [NEWSDEV15]: { person: 0.83, org: 0.87, claim: 0.95, "claim+speaker": 0.87, about: 0.64, affiliation: 0.52 },
  // gold/newsdev16 (12 articles, 170 claims, written blind 2026-12-06: United States national politics; Eastern
  // Europe and the Caucasus; its errors unread): first measured at rules-125+entities-126 (50b7cc9, before the
  // round's fixes from newsdev15) person 0.976, org 0.898, claim 0.963, claim+speaker 0.905, about 0.722,
  // affiliation 0.726; unchanged at rules-126+entities-127 — floors two to three items below.
  // Its errors read in the fortieth session (a development set since): raised at rules-127+entities-128, measured
  // person 0.992, org 0.952, claim 0.994, claim+speaker 0.976, about 0.748, affiliation 0.737.
  [NEWSDEV16]: { person: 0.97, org: 0.93, claim: 0.97, "claim+speaker": 0.95, about: 0.72, affiliation: 0.71 },
  // gold/newsdev17 (12 articles, 166 claims, written blind 2026-12-06: US state and local politics; culture,
  // technology, science and sport with two Wikinews-style interviews; its errors unread): first measured at
  // rules-126+entities-127 (d9ff7c8, before the round's fixes from newsdev16) person 0.931, org 0.827, claim 0.895,
  // claim+speaker 0.807, about 0.633, affiliation 0.586; at rules-127+entities-128 org 0.832, about 0.627,
  // affiliation 0.606, the rest unchanged — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-128+entities-129, measured
  // person 0.968, org 0.855, claim 0.979, claim+speaker 0.925, about 0.695, affiliation 0.620.
  [NEWSDEV17]: { person: 0.94, org: 0.83, claim: 0.95, "claim+speaker": 0.9, about: 0.67, affiliation: 0.59 },
  // gold/newsdev18 (12 articles, 168 claims, written blind 2026-12-06: a US presidential campaign season in the
  // styles of PolNeAR's outlets; six Wikinews interviews; its errors unread): first measured at
  // rules-127+entities-128 (8ea0b1c, before the round's fixes from newsdev17) person 0.905, org 0.792, claim 0.841,
  // claim+speaker 0.794, about 0.626, affiliation 0.512; at rules-128+entities-129 (3bbaf30: the interviews'
  // turns) person 0.912, org 0.794, claim 0.940, claim+speaker 0.905, about 0.704 — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-129+entities-130, measured
  // person 0.934, org 0.835, claim 0.988, claim+speaker 0.964, about 0.717, affiliation 0.619.
  [NEWSDEV18]: { person: 0.91, org: 0.81, claim: 0.96, "claim+speaker": 0.94, about: 0.69, affiliation: 0.59 },
  // gold/newsdev19 (12 articles, 165 claims, written blind 2026-12-06: a US general-election season in the styles
  // of PolNeAR's outlets; interviews and a profile; its errors unread): first measured at rules-128+entities-129
  // (6084f43, before the round's fixes from newsdev18) person 0.884, org 0.855, claim 0.928, claim+speaker 0.823,
  // about 0.767, affiliation 0.558; at rules-129+entities-130 (b72e690) org 0.870, claim 0.925, claim+speaker
  // 0.827, affiliation 0.598 — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-130+entities-131, measured
  // person 0.904, org 0.882, claim 0.979, claim+speaker 0.908, about 0.816, affiliation 0.621.
  [NEWSDEV19]: { person: 0.88, org: 0.86, claim: 0.95, "claim+speaker": 0.88, about: 0.79, affiliation: 0.59 },
  // gold/newsdev20 (12 articles, 162 claims, written blind 2026-12-06: US politics between elections in the styles
  // of PolNeAR's outlets; six Wikinews interviews; its errors unread): first measured at rules-129+entities-130
  // (d50a825, before the round's fixes from newsdev19) person 0.916, org 0.874, claim 0.931, claim+speaker 0.854,
  // about 0.644, affiliation 0.617; unchanged at rules-130+entities-131 — floors two to three items below.
  // Its errors read in the next session (a development set since): raised at rules-131+entities-132, measured
  // person 0.925, org 0.912, claim 0.985, claim+speaker 0.972, about 0.702, affiliation 0.634.
  [NEWSDEV20]: { person: 0.9, org: 0.89, claim: 0.96, "claim+speaker": 0.95, about: 0.68, affiliation: 0.61 },
  // gold/newsdev21 (12 articles, 171 claims, written blind 2026-12-06: a US presidential primary season in the
  // styles of PolNeAR's outlets; six Wikinews interviews; its errors unread): first measured at
  // rules-130+entities-131 (a28d632, before the round's fixes from newsdev20) person 0.892, org 0.816, claim 0.941,
  // claim+speaker 0.861, about 0.737, affiliation 0.568; at rules-131+entities-132 (62fd519) claim+speaker 0.867,
  // the rest unchanged — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-132+entities-133, measured
  // person 0.920, org 0.858, claim 0.997, claim+speaker 0.979, about 0.785, affiliation 0.583.
  [NEWSDEV21]: { person: 0.9, org: 0.83, claim: 0.97, "claim+speaker": 0.95, about: 0.76, affiliation: 0.56 },
  // gold/newsdev22 (12 articles, 171 claims, written blind 2026-12-06: US policy news in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-131+entities-132 (62fd519, before
  // the round's fixes from newsdev21) person 0.964, org 0.921, claim 0.957, claim+speaker 0.883, about 0.717,
  // affiliation 0.659; unchanged at rules-132+entities-133 (5e59af3) — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-133+entities-134, measured
  // person 0.973, org 0.951, claim 0.977, claim+speaker 0.942, about 0.726, affiliation 0.682.
  [NEWSDEV22]: { person: 0.95, org: 0.93, claim: 0.95, "claim+speaker": 0.92, about: 0.7, affiliation: 0.66 },
  // gold/newsdev23 (12 articles, 166 claims, written blind 2026-12-06: a US election cycle in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-132+entities-133 (9c7361b, before
  // the round's fixes from newsdev22) person 0.903, org 0.842, claim 0.965, claim+speaker 0.894, about 0.723,
  // affiliation 0.575; at rules-133+entities-134 (d41ec34) claim 0.968, claim+speaker 0.891 — floors two to three
  // items below.
  // Its errors read in the same session (a development set since): raised at rules-134+entities-135, measured
  // person 0.919, org 0.860, claim 0.991, claim+speaker 0.931, about 0.727, affiliation 0.621.
  [NEWSDEV23]: { person: 0.89, org: 0.84, claim: 0.97, "claim+speaker": 0.91, about: 0.7, affiliation: 0.6 },
  // gold/newsdev24 (12 articles, 168 claims, written blind 2026-12-06: US politics and government in the styles of
  // PolNeAR's outlets; six Wikinews interviews; its errors unread): first measured at rules-133+entities-134
  // (d41ec34, before the round's fixes from newsdev23) person 0.889, org 0.872, claim 0.982, claim+speaker 0.924,
  // about 0.707, affiliation 0.734; unchanged at rules-134+entities-135 (936a4d0) — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-135+entities-136, measured
  // person 0.897, org 0.889, claim 0.988, claim+speaker 0.935, about 0.707, affiliation 0.734.
  [NEWSDEV24]: { person: 0.87, org: 0.86, claim: 0.96, "claim+speaker": 0.91, about: 0.68, affiliation: 0.71 },
  // gold/newsdev25 (12 articles, 164 claims, written blind 2026-12-06: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-134+entities-135 (936a4d0, before
  // the round's fixes from newsdev24) person 0.971, org 0.856, claim 0.970, claim+speaker 0.934, about 0.720,
  // affiliation 0.571; unchanged at rules-135+entities-136 (917a8a5) — floors two to three items below.
  // Its errors read in the next session (a development set since): raised at rules-136+entities-137, measured
  // person 0.990, org 0.910, claim 0.997, claim+speaker 0.991, about 0.760, affiliation 0.685.
  [NEWSDEV25]: { person: 0.97, org: 0.88, claim: 0.97, "claim+speaker": 0.96, about: 0.73, affiliation: 0.65 },
  // gold/newsdev26 (12 articles, 160 claims, written blind 2026-12-06: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-135+entities-136 (7b3d3a2, before
  // the round's fixes from newsdev25) person 0.946, org 0.895, claim 0.982, claim+speaker 0.933, about 0.736,
  // affiliation 0.581; at rules-136+entities-137 (6890042) org 0.909, affiliation 0.659, the rest unchanged —
  // floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-137+entities-138, measured
  // person 0.991, org 0.953, claim 0.997, claim+speaker 0.991, about 0.783, affiliation 0.723.
  [NEWSDEV26]: { person: 0.97, org: 0.93, claim: 0.97, "claim+speaker": 0.96, about: 0.75, affiliation: 0.69 },
  // gold/newsdev27 (12 articles, 167 claims, written blind 2026-12-06: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-136+entities-137 (78a2ec3, before
  // the round's fixes from newsdev26) person 0.946, org 0.920, claim 0.968, claim+speaker 0.874, about 0.706,
  // affiliation 0.753; unchanged at rules-137+entities-138 (fbacea0) — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-138+entities-139, measured
  // person 0.981, org 0.955, claim 0.994, claim+speaker 0.988, about 0.765, affiliation 0.753.
  [NEWSDEV27]: { person: 0.96, org: 0.93, claim: 0.97, "claim+speaker": 0.96, about: 0.73, affiliation: 0.72 },
  // gold/newsdev28 (12 articles, 168 claims, written blind 2026-12-06: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-137+entities-138 (7028e82, before
  // the round's fixes from newsdev27) person 0.903, org 0.837, claim 0.973, claim+speaker 0.879, about 0.722,
  // affiliation 0.565; unchanged at rules-138+entities-139 (1a93bf2) — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-139+entities-140, measured
  // person 0.945, org 0.854, claim 0.979, claim+speaker 0.938, about 0.730, affiliation 0.565.
  [NEWSDEV28]: { person: 0.92, org: 0.83, claim: 0.96, "claim+speaker": 0.91, about: 0.7, affiliation: 0.54 },
  // gold/newsdev29 (12 articles, 167 claims, written blind 2026-12-06: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-138+entities-139 (de68cd3, before
  // the round's fixes from newsdev28) person 0.935, org 0.855, claim 0.971, claim+speaker 0.900, about 0.746,
  // affiliation 0.667; unchanged at rules-139+entities-140 (d279d5a) — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-140+entities-141, measured
  // person 0.962, org 0.889, claim 0.979, claim+speaker 0.944, about 0.764, affiliation 0.667.
  [NEWSDEV29]: { person: 0.94, org: 0.86, claim: 0.96, "claim+speaker": 0.92, about: 0.74, affiliation: 0.64 },
  // gold/newsdev30 (12 articles, 175 claims, written blind 2026-12-06: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-139+entities-140 (49bddba, before
  // the round's fixes from newsdev29) person 0.908, org 0.828, claim 0.980, claim+speaker 0.935, about 0.703,
  // affiliation 0.602; unchanged at rules-140+entities-141 (dcc05eb) — floors two to three items below.
  // Its errors read in the forty-third session (a development set since): raised at rules-141+entities-142, measured
  // person 0.940, org 0.907, claim 0.994, claim+speaker 0.966, about 0.715, affiliation 0.633.
  [NEWSDEV30]: { person: 0.91, org: 0.88, claim: 0.97, "claim+speaker": 0.94, about: 0.69, affiliation: 0.6 },
  // gold/newsdev31 (12 articles, 170 claims, written blind 2026-12-06: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-140+entities-141 (28ddef7, before
  // the round's fixes from newsdev30) person 0.933, org 0.884, claim 0.938, claim+speaker 0.903, about 0.748,
  // affiliation 0.659; at rules-141+entities-142 (41767c1) org 0.902, about 0.755, affiliation 0.675, the rest
  // unchanged — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-142+entities-143, measured
  // person 0.983, org 0.957, claim 0.974, claim+speaker 0.956, about 0.791, affiliation 0.759.
  [NEWSDEV31]: { person: 0.96, org: 0.93, claim: 0.95, "claim+speaker": 0.93, about: 0.76, affiliation: 0.73 },
  // gold/newsdev32 (12 articles, 171 claims, written blind 2026-12-06: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-141+entities-142 (f5ea304, before
  // the round's fixes from newsdev31) person 0.934, org 0.896, claim 0.977, claim+speaker 0.960, about 0.725,
  // affiliation 0.600; at rules-142+entities-143 (dc538be) org 0.905, about 0.732, affiliation 0.614, the rest
  // unchanged — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-143+entities-144, measured
  // person 0.983, org 0.920, claim 0.977, claim+speaker 0.960, about 0.740, affiliation 0.727.
  [NEWSDEV32]: { person: 0.96, org: 0.89, claim: 0.95, "claim+speaker": 0.93, about: 0.71, affiliation: 0.7 },
  // gold/newsdev33 (12 articles, 170 claims, written blind 2026-12-06: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-142+entities-143 (563eef1, before
  // the round's fixes from newsdev32) person 0.882, org 0.847, claim 0.928, claim+speaker 0.860, about 0.679,
  // affiliation 0.639; unchanged at rules-143+entities-144 — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-144+entities-145, measured
  // person 0.943, org 0.866, claim 0.957, claim+speaker 0.911, about 0.699, affiliation 0.653.
  [NEWSDEV33]: { person: 0.92, org: 0.84, claim: 0.93, "claim+speaker": 0.88, about: 0.67, affiliation: 0.62 },
  // gold/newsdev34 (12 articles, 165 claims, written blind 2026-12-06: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-143+entities-144 (14baf71, before
  // the round's fixes from newsdev33) person 0.937, org 0.899, claim 0.962, claim+speaker 0.921, about 0.756,
  // affiliation 0.595; unchanged at rules-144+entities-145 (4f50c2a) — floors two to three items below.
  // Its errors read in the next session (a development set since): raised at rules-145+entities-146, measured
  // person 0.944, org 0.912, claim 0.968, claim+speaker 0.926, about 0.769, affiliation 0.771.
  [NEWSDEV34]: { person: 0.92, org: 0.89, claim: 0.95, "claim+speaker": 0.9, about: 0.74, affiliation: 0.74 },
  // gold/newsdev35 (12 articles, 156 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-144+entities-145 (d5a3745, before
  // the round's fixes from newsdev34) person 0.909, org 0.865, claim 0.921, claim+speaker 0.841, about 0.749,
  // affiliation 0.533; unchanged at rules-145+entities-146 — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-146+entities-147, measured
  // person 0.953, org 0.932, claim 0.975, claim+speaker 0.969, about 0.776, affiliation 0.709.
  [NEWSDEV35]: { person: 0.93, org: 0.91, claim: 0.95, "claim+speaker": 0.94, about: 0.75, affiliation: 0.67 },
  // gold/newsdev36 (12 articles, 155 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-145+entities-146 (922ce0d, before
  // the round's fixes from newsdev35) person 0.957, org 0.865, claim 0.965, claim+speaker 0.920, about 0.757,
  // affiliation 0.771; claim 0.968, claim+speaker 0.923 at rules-146+entities-147 — floors two to three items below.
  // Its errors read in the same session (a development set since): raised at rules-147+entities-148, measured
  // person 0.957, org 0.875, claim 0.981, claim+speaker 0.961, about 0.790, affiliation 0.844.
  [NEWSDEV36]: { person: 0.93, org: 0.85, claim: 0.96, "claim+speaker": 0.93, about: 0.76, affiliation: 0.81 },
  // gold/newsdev37 (12 articles, 157 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-146+entities-147 (2681aca, before
  // the round's fixes from newsdev36) person 0.952, org 0.899, claim 0.938, claim+speaker 0.876, about 0.696,
  // affiliation 0.602 — floors two to three items below.
  // Its errors read in the next session (a development set since): raised at rules-148+entities-149, measured
  // person 0.980, org 0.951, claim 0.984, claim+speaker 0.978, about 0.763, affiliation 0.950.
  [NEWSDEV37]: { person: 0.95, org: 0.92, claim: 0.96, "claim+speaker": 0.95, about: 0.73, affiliation: 0.92 },
  // gold/newsdev38 (12 articles, 173 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-147+entities-148 (fade431, before
  // the round's fixes from newsdev37) person 0.911, org 0.916, claim 0.980, claim+speaker 0.934, about 0.778,
  // affiliation 0.780 — floors two to three items below; about 0.785 at rules-148+entities-149, the rest unchanged.
  // Its errors read in the same session (a development set since): raised at rules-149+entities-150, measured
  // person 0.948, org 0.956, claim 0.997, claim+speaker 0.986, about 0.795, affiliation 0.911.
  [NEWSDEV38]: { person: 0.92, org: 0.93, claim: 0.97, "claim+speaker": 0.96, about: 0.77, affiliation: 0.88 },
  // gold/newsdev39 (12 articles, 166 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-148+entities-149 (0c1e485, before
  // the round's fixes from newsdev38) person 0.936, org 0.892, claim 0.988, claim+speaker 0.899, about 0.680,
  // affiliation 0.725 — floors two to three items below; at rules-149+entities-150 (after the round's fixes from
  // newsdev38) claim+speaker 0.893, about 0.705, affiliation 0.739, the rest unchanged.
  // Its errors read in the same session (a development set since): raised at rules-150+entities-151, measured
  // person 0.944, org 0.923, claim 1.000, claim+speaker 0.988, about 0.750, affiliation 0.874.
  [NEWSDEV39]: { person: 0.91, org: 0.89, claim: 0.97, "claim+speaker": 0.95, about: 0.72, affiliation: 0.84 },
  // gold/newsdev40 (12 articles, 142 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread, but nine of its gold affiliations were printed once by a
  // script over every folder — see its README): first measured at rules-149+entities-150 (b61ac00, before the
  // round's fixes from newsdev39) person 0.963, org 0.896, claim 0.982, claim+speaker 0.933, about 0.672,
  // affiliation 0.756 — floors two to three items below; claim+speaker 0.940 at rules-150+entities-151, the rest
  // unchanged.
  // Its errors read in the same session (a development set since): raised at rules-151+entities-152, measured
  // person 0.975, org 0.914, claim 0.989, claim+speaker 0.954, about 0.719, affiliation 0.847.
  [NEWSDEV40]: { person: 0.94, org: 0.88, claim: 0.96, "claim+speaker": 0.92, about: 0.69, affiliation: 0.81 },
  // gold/newsdev41 (12 articles, 154 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-150+entities-151 (fe8a2da, before
  // the round's fixes from newsdev40) person 0.951, org 0.915, claim 0.977, claim+speaker 0.932, about 0.792,
  // affiliation 0.835 — floors two to three items below; unchanged at rules-151+entities-152.
  // Its errors read in the same session (a development set since): raised at rules-152+entities-153, measured
  // person 0.951, org 0.939, claim 0.984, claim+speaker 0.977, about 0.805, affiliation 0.878.
  [NEWSDEV41]: { person: 0.92, org: 0.91, claim: 0.95, "claim+speaker": 0.95, about: 0.77, affiliation: 0.85 },
  // gold/newsdev42 (12 articles, 166 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-151+entities-152 (b63a549, before
  // the round's fixes from newsdev41) person 0.929, org 0.882, claim 0.962, claim+speaker 0.861, about 0.746,
  // affiliation 0.725 — floors two to three items below; about 0.748 and affiliation 0.741 at rules-152+entities-153,
  // the rest unchanged.
  // Read in the forty-sixth session (rules-153+entities-154): person 0.964, org 0.918, claim 0.982, claim+speaker
  // 0.940, about 0.816, affiliation 0.786 — floors raised to two to three items below.
  [NEWSDEV42]: { person: 0.93, org: 0.89, claim: 0.95, "claim+speaker": 0.91, about: 0.78, affiliation: 0.75 },
  // gold/newsdev43 (12 articles, 176 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-152+entities-153 (10e9dc4, before
  // the round's fixes from newsdev42) person 0.902, org 0.872, claim 0.944, claim+speaker 0.888, about 0.716,
  // affiliation 0.783 — floors two to three items below; org 0.883, about 0.727 and affiliation 0.817 at
  // rules-153+entities-154, the rest unchanged.
  // Read in the forty-sixth session (rules-154+entities-155): person 0.902, org 0.921, claim 0.994, claim+speaker
  // 0.983, about 0.786, affiliation 0.861 — floors raised to two to three items below.
  [NEWSDEV43]: { person: 0.87, org: 0.89, claim: 0.96, "claim+speaker": 0.95, about: 0.75, affiliation: 0.83 },
  // gold/newsdev44 (12 articles, 164 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-153+entities-154 (b9ee62e, before
  // the round's fixes from newsdev43) person 0.929, org 0.916, claim 0.982, claim+speaker 0.836, about 0.796,
  // affiliation 0.810 — floors two to three items below; claim+speaker 0.842, about 0.793 at rules-154+entities-155.
  // Read in the forty-sixth session (rules-155+entities-156): person 0.963, org 0.944, claim 0.985, claim+speaker
  // 0.943, about 0.846, affiliation 0.881 — floors raised to two to three items below.
  [NEWSDEV44]: { person: 0.93, org: 0.91, claim: 0.95, "claim+speaker": 0.91, about: 0.81, affiliation: 0.84 },
  // gold/newsdev45 (12 articles, 168 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-154+entities-155 (fc8bcff, before
  // the round's fixes from newsdev44) person 0.959, org 0.940, claim 0.976, claim+speaker 0.924, about 0.799,
  // affiliation 0.829 — floors two to three items below; unchanged at rules-155+entities-156.
  // Read in the forty-sixth session (rules-156+entities-157): person 0.959, org 0.940, claim 0.991, claim+speaker
  // 0.968, about 0.813, affiliation 0.829 — floors raised to two to three items below.
  [NEWSDEV45]: { person: 0.93, org: 0.91, claim: 0.96, "claim+speaker": 0.94, about: 0.78, affiliation: 0.79 },
  // gold/newsdev46 (12 articles, 156 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-155+entities-156 (07eeacb, before
  // the round's fixes from newsdev45) person 0.898, org 0.929, claim 0.930, claim+speaker 0.873, about 0.784,
  // affiliation 0.805 — floors two to three items below; claim+speaker 0.880 at rules-156+entities-157. Read in the
  // forty-sixth session (rules-157+entities-158): person 0.907, org 0.929, claim 0.969, claim+speaker 0.931, about
  // 0.782, affiliation 0.805 — floors raised to two to three items below.
  [NEWSDEV46]: { person: 0.88, org: 0.9, claim: 0.94, "claim+speaker": 0.9, about: 0.75, affiliation: 0.77 },
  // gold/newsdev47 (12 articles, 165 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-156+entities-157 (a7a5531, before
  // the round's fixes from newsdev46) person 0.894, org 0.880, claim 0.979, claim+speaker 0.913, about 0.801,
  // affiliation 0.639 — floors two to three items below; claim+speaker 0.919 at rules-157+entities-158. Read in the
  // forty-seventh session (rules-158+entities-159): person 0.966, org 0.954, claim 0.991, claim+speaker 0.961, about
  // 0.903, affiliation 0.810 — floors raised to two to three items below.
  [NEWSDEV47]: { person: 0.93, org: 0.92, claim: 0.96, "claim+speaker": 0.93, about: 0.87, affiliation: 0.78 },
  // gold/newsdev48 (12 articles, 148 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-157+entities-158 (5da3baa, before
  // the round's fixes from newsdev47) person 0.916, org 0.899, claim 0.993, claim+speaker 0.912, about 0.765,
  // affiliation 0.727 — floors two to three items below; at rules-158+entities-159 person 0.929, org 0.907,
  // claim+speaker 0.926, affiliation 0.746. Read in the forty-seventh session (rules-159+entities-160): person
  // 0.975, org 0.952, claim 1.000, claim+speaker 0.980, about 0.789, affiliation 0.845 — floors raised to two to
  // three items below.
  [NEWSDEV48]: { person: 0.95, org: 0.92, claim: 0.97, "claim+speaker": 0.95, about: 0.76, affiliation: 0.81 },
  // gold/newsdev49 (12 articles, 151 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-158+entities-159 (0f5c189, before
  // the round's fixes from newsdev48) person 0.850, org 0.924, claim 0.974, claim+speaker 0.895, about 0.733,
  // affiliation 0.730 — floors two to three items below; claim+speaker 0.908 at rules-159+entities-160. Read in the
  // forty-seventh session (rules-160+entities-161): person 0.886, org 0.947, claim 0.993, claim+speaker 0.974, about
  // 0.773, affiliation 0.794 — floors raised to two to three items below.
  [NEWSDEV49]: { person: 0.85, org: 0.92, claim: 0.96, "claim+speaker": 0.94, about: 0.74, affiliation: 0.75 },
  // gold/newsdev50 (12 articles, 140 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews interviews; its errors unread): first measured at rules-159+entities-160 (cfbc58a, before
  // the round's fixes from newsdev49) person 0.920, org 0.919, claim 0.969, claim+speaker 0.906, about 0.766,
  // affiliation 0.667 — floors two to three items below; unchanged at rules-160+entities-161. Read in the
  // forty-eighth session (rules-161+entities-162): person 0.976, org 0.986, claim 0.989, claim+speaker 0.989, about
  // 0.816, affiliation 0.812 — floors raised to two to three items below.
  [NEWSDEV50]: { person: 0.95, org: 0.96, claim: 0.97, "claim+speaker": 0.97, about: 0.79, affiliation: 0.77 },
  // gold/newsdev51 (12 articles, 161 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports, not interviews; its errors unread): first measured at rules-160+entities-161
  // (b7b83c9, before the round's fixes from newsdev50) person 0.909, org 0.873, claim 0.970, claim+speaker 0.896,
  // about 0.715, affiliation 0.686 — floors two to three items below; unchanged at rules-161+entities-162. Read in
  // the forty-eighth session (rules-162+entities-163): person 0.990, org 0.966, claim 0.997, claim+speaker 0.978,
  // about 0.770, affiliation 0.795 — floors raised to two to three items below.
  [NEWSDEV51]: { person: 0.95, org: 0.94, claim: 0.98, "claim+speaker": 0.95, about: 0.74, affiliation: 0.75 },
  // gold/newsdev52 (12 articles, 179 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-161+entities-162 (f92ad06, before
  // the round's fixes from newsdev51) person 0.929, org 0.905, claim 0.975, claim+speaker 0.847, about 0.741,
  // affiliation 0.702 — floors two to three items below; claim+speaker 0.852 at rules-162+entities-163. Read in the
  // forty-eighth session (rules-163+entities-164): person 0.964, org 0.926, claim 0.983, claim+speaker 0.927, about
  // 0.781, affiliation 0.723 — floors raised to two to three items below.
  [NEWSDEV52]: { person: 0.93, org: 0.9, claim: 0.96, "claim+speaker": 0.9, about: 0.75, affiliation: 0.68 },
  // gold/newsdev53 (12 articles, 179 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-162+entities-163 (5dff0d6, before
  // the round's fixes from newsdev52) person 0.970, org 0.916, claim 0.975, claim+speaker 0.915, about 0.798,
  // affiliation 0.753 — floors two to three items below; unchanged at rules-163+entities-164. Read in the
  // forty-eighth session (rules-164+entities-165): person 0.990, org 0.925, claim 0.986, claim+speaker 0.942, about
  // 0.813, affiliation 0.791 — floors raised to two to three items below.
  [NEWSDEV53]: { person: 0.95, org: 0.9, claim: 0.96, "claim+speaker": 0.92, about: 0.79, affiliation: 0.74 },
  // gold/newsdev54 (12 articles, 163 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-163+entities-164 (b70a923, before
  // the round's fixes from newsdev53) person 0.956, org 0.938, claim 0.973, claim+speaker 0.906, about 0.798,
  // affiliation 0.786 — floors two to three items below; unchanged at rules-164+entities-165. Read in the
  // forty-eighth session (rules-165+entities-166): person 0.973, org 0.947, claim 0.976, claim+speaker 0.910, about
  // 0.794, affiliation 0.796 — floors raised to two to three items below.
  [NEWSDEV54]: { person: 0.94, org: 0.92, claim: 0.95, "claim+speaker": 0.88, about: 0.76, affiliation: 0.75 },
  // gold/newsdev55 (12 articles, 176 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-164+entities-165 (0c42762, before
  // the round's fixes from newsdev54) person 0.954, org 0.932, claim 0.977, claim+speaker 0.943, about 0.749,
  // affiliation 0.809 — floors two to three items below; unchanged at rules-165+entities-166. Read in the
  // forty-eighth session (rules-166+entities-167): person 0.972, org 0.946, claim 0.983, claim+speaker 0.949, about
  // 0.751, affiliation 0.809 — floors raised to two to three items below.
  [NEWSDEV55]: { person: 0.94, org: 0.92, claim: 0.96, "claim+speaker": 0.92, about: 0.72, affiliation: 0.76 },
  // gold/newsdev56 (12 articles, 165 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-165+entities-166 (42d655b, before
  // the round's fixes from newsdev55) person 0.980, org 0.932, claim 0.970, claim+speaker 0.935, about 0.791,
  // affiliation 0.835 — floors two to three items below; unchanged at rules-166+entities-167. Read in the
  // forty-ninth session (rules-167+entities-168): person 0.990, org 0.966, claim 0.997, claim+speaker 0.985, about
  // 0.822, affiliation 0.917 — floors raised to two to three items below.
  [NEWSDEV56]: { person: 0.94, org: 0.93, claim: 0.97, "claim+speaker": 0.95, about: 0.79, affiliation: 0.85 },
  // gold/newsdev57 (12 articles, 165 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-166+entities-167 (1724352, before
  // the round's fixes from newsdev56) person 0.981, org 0.884, claim 0.964, claim+speaker 0.887, about 0.770,
  // affiliation 0.759 — floors two to three items below; at rules-167+entities-168 affiliation 0.773, the rest
  // unchanged. Read in the forty-ninth session (rules-168+entities-169): person 1.000, org 0.960, claim 1.000,
  // claim+speaker 0.988, about 0.789, affiliation 0.882 — floors raised to two to three items below.
  [NEWSDEV57]: { person: 0.95, org: 0.93, claim: 0.98, "claim+speaker": 0.96, about: 0.76, affiliation: 0.83 },
  // gold/newsdev58 (12 articles, 176 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-167+entities-168 (3dc5bae, before
  // the round's fixes from newsdev57) person 0.978, org 0.937, claim 0.986, claim+speaker 0.952, about 0.818,
  // affiliation 0.714 — floors two to three items below; unchanged at rules-168+entities-169. Read in the
  // forty-ninth session (rules-169+entities-170): person 0.978, org 0.941, claim 1.000, claim+speaker 0.983, about
  // 0.825, affiliation 0.723 — floors raised to two to three items below.
  [NEWSDEV58]: { person: 0.93, org: 0.91, claim: 0.98, "claim+speaker": 0.96, about: 0.79, affiliation: 0.67 },
  // gold/newsdev59 (12 articles, 177 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-168+entities-169 (e2e535f, before
  // the round's fixes from newsdev58) person 0.940, org 0.856, claim 0.980, claim+speaker 0.861, about 0.758,
  // affiliation 0.731 — floors two to three items below; unchanged at rules-169+entities-170. Its claim errors read
  // in the forty-ninth session (rules-170+entities-170): claim 0.989, claim+speaker 0.876, about 0.762, the rest
  // unchanged — claim floors raised to two to three items below; its names read too (entities-171): person 0.957,
  // org 0.883, claim+speaker 0.893, about 0.791 — floors raised again; its affiliations read in the fiftieth session
  // (rules-171+entities-172): affiliation 0.871, org 0.886, about 0.800 — the affiliation floor raised.
  [NEWSDEV59]: { person: 0.9, org: 0.85, claim: 0.97, "claim+speaker": 0.87, about: 0.76, affiliation: 0.81 },
  // gold/newsdev60 (12 articles, 180 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-169+entities-170 (4e61c8f, before
  // the round's fixes from newsdev59) person 0.933, org 0.901, claim 0.986, claim+speaker 0.953, about 0.782,
  // affiliation 0.739 — floors two to three items below; at rules-170+entities-171 about 0.787, the rest unchanged.
  // Read in the fiftieth session (rules-172+entities-173): person 0.951, org 0.948, claim 0.997, claim+speaker 0.997,
  // about 0.824, affiliation 0.878 — floors raised to two to three items below.
  [NEWSDEV60]: { person: 0.91, org: 0.93, claim: 0.98, "claim+speaker": 0.98, about: 0.8, affiliation: 0.83 },
  // gold/newsdev61 (12 articles, 159 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-170+entities-171 (e8b67e5, before
  // the round's fixes from newsdev59's affiliations) person 0.957, org 0.922, claim 0.978, claim+speaker 0.916, about
  // 0.780, affiliation 0.753 — floors two to three items below.
  // Read in the same session (rules-173+entities-174): person 0.991, org 0.966, claim 0.997, claim+speaker 0.972,
  // about 0.803, affiliation 0.843 — floors raised to two to three items below.
  [NEWSDEV61]: { person: 0.95, org: 0.94, claim: 0.98, "claim+speaker": 0.95, about: 0.78, affiliation: 0.79 },
  // gold/newsdev62 (12 articles, 173 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-171+entities-172 (c0c5ff1, before
  // the round's fixes from newsdev60) person 0.980, org 0.938, claim 0.983, claim+speaker 0.948, about 0.705,
  // affiliation 0.787 — floors two to three items below; unchanged at rules-172+entities-173.
  // Read in the same session (rules-174+entities-175): person 0.980, org 0.957, claim 0.994, claim+speaker 0.977,
  // about 0.816, affiliation 0.809 — floors raised to two to three items below.
  [NEWSDEV62]: { person: 0.94, org: 0.93, claim: 0.98, "claim+speaker": 0.96, about: 0.79, affiliation: 0.76 },
  // gold/newsdev63 (12 articles, 168 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-172+entities-173 (84588bb, before
  // the round's fixes from newsdev61) person 0.923, org 0.925, claim 0.982, claim+speaker 0.917, about 0.848,
  // affiliation 0.855 — floors two to three items below; unchanged at rules-173+entities-174.
  // Read in the same session (rules-175+entities-176): person 0.940, org 0.943, claim 0.994, claim+speaker 0.958,
  // about 0.858, affiliation 0.865 — floors raised to two to three items below.
  [NEWSDEV63]: { person: 0.9, org: 0.92, claim: 0.98, "claim+speaker": 0.94, about: 0.84, affiliation: 0.82 },
  // gold/newsdev64 (12 articles, 180 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-173+entities-174 (49534d8, before
  // the round's fixes from newsdev62) person 0.967, org 0.933, claim 0.986, claim+speaker 0.948, about 0.850,
  // affiliation 0.733 — floors two to three items below; unchanged at rules-174+entities-175 and rules-175+entities-176.
  // Read in the fifty-first session (rules-176+entities-177): person 0.992, org 0.964, claim 1.000, claim+speaker
  // 1.000, about 0.861, affiliation 0.895 — floors raised to two to three items below.
  [NEWSDEV64]: { person: 0.96, org: 0.94, claim: 0.98, "claim+speaker": 0.98, about: 0.84, affiliation: 0.86 },
  // gold/newsdev65 (12 articles, 167 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-174+entities-175 (0c88456, before
  // the round's fixes from newsdev63) person 0.963, org 0.929, claim 0.988, claim+speaker 0.952, about 0.804,
  // affiliation 0.787 — floors two to three items below; unchanged at rules-175+entities-176; org 0.939, claim+speaker
  // 0.958, about 0.813 at rules-176+entities-177.
  // Read in the fifty-first session (rules-177+entities-178): person 1.000, org 0.954, claim 0.997, claim+speaker
  // 0.985, about 0.829, affiliation 0.845 — floors raised to two to three items below.
  [NEWSDEV65]: { person: 0.96, org: 0.93, claim: 0.98, "claim+speaker": 0.96, about: 0.8, affiliation: 0.8 },
  // gold/newsdev66 (12 articles, 173 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-175+entities-176 (19c2fb7, before
  // the round's fixes from newsdev64) person 0.951, org 0.915, claim 0.974, claim+speaker 0.917, about 0.826,
  // affiliation 0.805 — floors two to three items below; claim+speaker 0.923 at rules-177+entities-178.
  // Read in the fifty-first session (rules-178+entities-179): person 0.951, org 0.939, claim 1.000, claim+speaker
  // 0.994, about 0.841, affiliation 0.841 — floors raised to two to three items below.
  [NEWSDEV66]: { person: 0.92, org: 0.91, claim: 0.98, "claim+speaker": 0.97, about: 0.81, affiliation: 0.8 },
  // gold/newsdev67 (12 articles, 181 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-176+entities-177 (f1e61c9, before
  // the round's fixes from newsdev65) person 0.948, org 0.913, claim 0.986, claim+speaker 0.921, about 0.806,
  // affiliation 0.725 — floors two to three items below; unchanged at rules-177+entities-178 and rules-178+entities-179.
  // Read in the fifty-first session (rules-179+entities-180): person 0.973, org 0.929, claim 0.995, claim+speaker
  // 0.945, about 0.819, affiliation 0.761 — floors raised to two to three items below.
  [NEWSDEV67]: { person: 0.94, org: 0.9, claim: 0.98, "claim+speaker": 0.92, about: 0.79, affiliation: 0.72 },
  // gold/newsdev68 (12 articles, 160 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-177+entities-178 (692bae6, before
  // the round's fixes from newsdev66) person 0.926, org 0.919, claim 0.981, claim+speaker 0.926, about 0.746,
  // affiliation 0.821 — floors two to three items below; unchanged at rules-178+entities-179 and rules-179+entities-180.
  // Read in the fifty-first session (rules-180+entities-180): person 0.926, org 0.919, claim 0.988, claim+speaker
  // 0.957, about 0.754, affiliation 0.821 — floors raised to two to three items below.
  [NEWSDEV68]: { person: 0.89, org: 0.89, claim: 0.97, "claim+speaker": 0.93, about: 0.73, affiliation: 0.78 },
  // gold/newsdev69 (12 articles, 175 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-178+entities-179 (95a6d9a, before
  // the round's fixes from newsdev67) person 0.991, org 0.946, claim 0.991, claim+speaker 0.957, about 0.816,
  // affiliation 0.804 — floors two to three items below; unchanged at rules-179+entities-180 and rules-180+entities-180.
  // Read in the fifty-first session (rules-181+entities-181, claims and a name): person 0.991, org 0.958, claim 0.997,
  // claim+speaker 0.968, about 0.827, affiliation 0.804 — floors raised to two to three items below.
  [NEWSDEV69]: { person: 0.96, org: 0.93, claim: 0.98, "claim+speaker": 0.94, about: 0.8, affiliation: 0.76 },
  // gold/newsdev70 (12 articles, 166 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-179+entities-180 (e46a92c, before
  // the round's fixes from newsdev68) person 0.935, org 0.889, claim 0.991, claim+speaker 0.918, about 0.718,
  // affiliation 0.729 — floors two to three items below; org 0.894 and about 0.716 at rules-180+entities-180; claim
  // 0.994, claim+speaker 0.916, about 0.710 at rules-181+entities-181.
  // Read in the fifty-second session (rules-182+entities-182): person 0.981, org 0.941, claim 0.997, claim+speaker
  // 0.979, about 0.784, affiliation 0.854 — floors raised to two to three items below.
  [NEWSDEV70]: { person: 0.94, org: 0.92, claim: 0.98, "claim+speaker": 0.96, about: 0.75, affiliation: 0.8 },
  // gold/newsdev71 (12 articles, 180 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-181+entities-181 (673036a, before
  // the round's fixes from newsdev70) person 0.975, org 0.935, claim 0.997, claim+speaker 0.975, about 0.797,
  // affiliation 0.855 — floors two to three items below; org 0.940, claim+speaker 0.970 at rules-182+entities-182.
  // Read in the fifty-second session (rules-183+entities-183): person 1.000, org 0.983, claim 1.000, claim+speaker
  // 0.994, about 0.819, affiliation 0.928 — floors raised to two to three items below.
  [NEWSDEV71]: { person: 0.97, org: 0.96, claim: 0.98, "claim+speaker": 0.97, about: 0.79, affiliation: 0.89 },
  // gold/newsdev72 (12 articles, 178 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-182+entities-182 (4ea8390, before
  // the round's fixes from newsdev71) person 0.928, org 0.936, claim 0.983, claim+speaker 0.938, about 0.755,
  // affiliation 0.750 — floors two to three items below; about 0.768, affiliation 0.762 at rules-183+entities-183.
  // Read in the fifty-second session (rules-184+entities-184): person 0.983, org 0.966, claim 0.992, claim+speaker
  // 0.963, about 0.810, affiliation 0.833 — floors raised to two to three items below.
  [NEWSDEV72]: { person: 0.94, org: 0.94, claim: 0.98, "claim+speaker": 0.95, about: 0.78, affiliation: 0.78 },
  // gold/newsdev73 (12 articles, 181 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-182+entities-182 (b6a8491, before
  // the round's fixes from newsdev71) person 0.928, org 0.949, claim 0.978, claim+speaker 0.950, about 0.771,
  // affiliation 0.821 — floors two to three items below; unchanged at rules-183 and rules-184.
  // Read in the fifty-second session (rules-185+entities-185, a short round): person 0.991, org 0.964, claim 0.989,
  // claim+speaker 0.966, about 0.826, affiliation 0.860 — floors raised to two to three items below.
  [NEWSDEV73]: { person: 0.95, org: 0.94, claim: 0.97, "claim+speaker": 0.95, about: 0.79, affiliation: 0.81 },
  // gold/newsdev74 (12 articles, 183 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-183+entities-183 (2c82ada, before
  // the round's fixes from newsdev72) person 0.968, org 0.954, claim 0.984, claim+speaker 0.973, about 0.786,
  // affiliation 0.877 — floors two to three items below; unchanged at rules-184 and rules-185.
  // Read in the fifty-second session (rules-186+entities-186, a short last round): person 0.976, org 0.962, claim
  // 0.984, claim+speaker 0.973, about 0.790, affiliation 0.894 — floors raised to two to three items below.
  [NEWSDEV74]: { person: 0.94, org: 0.94, claim: 0.97, "claim+speaker": 0.95, about: 0.76, affiliation: 0.85 },
  // gold/newsdev75 (12 articles, 187 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-184+entities-184 (48c49c2, before
  // the round's fixes from newsdev73) person 0.975, org 0.960, claim 0.989, claim+speaker 0.951, about 0.774,
  // affiliation 0.803 — floors two to three items below; unchanged at rules-185 and rules-186.
  // Read in the fifty-second session (rules-187+entities-187, a short last round): person 1.000, org 0.969, claim
  // 0.989, claim+speaker 0.962, about 0.774, affiliation 0.872 — floors raised to two to three items below.
  [NEWSDEV75]: { person: 0.97, org: 0.95, claim: 0.97, "claim+speaker": 0.94, about: 0.74, affiliation: 0.83 },
  // gold/newsdev76 (12 articles, 178 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-185+entities-185 (6140bae, before
  // the round's fixes from newsdev74) person 0.954, org 0.962, claim 0.978, claim+speaker 0.956, about 0.850,
  // affiliation 0.840 — floors two to three items below; unchanged at rules-186 and rules-187.
  // Read in the fifty-third session (rules-188+entities-188): person 0.984, org 0.979, claim 1.000, claim+speaker
  // 1.000, about 0.855, affiliation 0.860 — floors raised to two to three items below.
  [NEWSDEV76]: { person: 0.95, org: 0.95, claim: 0.98, "claim+speaker": 0.98, about: 0.82, affiliation: 0.82 },
  // gold/newsdev77 (12 articles, 180 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-187+entities-187 (de04563, before
  // the round's fixes from newsdev76) person 0.941, org 0.919, claim 0.986, claim+speaker 0.908, about 0.797,
  // affiliation 0.800 — floors two to three items below; about 0.793 at rules-188.
  // Read in the fifty-third session (rules-189+entities-189): person 0.992, org 0.963, claim 0.997, claim+speaker
  // 0.992, about 0.796, affiliation 0.872 — floors raised to two to three items below.
  [NEWSDEV77]: { person: 0.96, org: 0.94, claim: 0.98, "claim+speaker": 0.97, about: 0.77, affiliation: 0.83 },
  // gold/newsdev78 (12 articles, 173 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-188+entities-188 (0da0e88, before
  // the round's fixes from newsdev77) person 0.898, org 0.878, claim 0.991, claim+speaker 0.887, about 0.775,
  // affiliation 0.755 — floors two to three items below; unchanged at rules-189.
  // Read in the fifty-third session (rules-190+entities-190): person 0.976, org 0.934, claim 0.994, claim+speaker
  // 0.965, about 0.794, affiliation 0.885 — floors raised to two to three items below.
  [NEWSDEV78]: { person: 0.95, org: 0.91, claim: 0.97, "claim+speaker": 0.94, about: 0.77, affiliation: 0.86 },
  // gold/newsdev79 (12 articles, 178 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-189+entities-189 (f3c06d6, before
  // the round's fixes from newsdev78) person 0.951, org 0.902, claim 0.989, claim+speaker 0.949, about 0.765,
  // affiliation 0.847 — floors two to three items below; unchanged at rules-190.
  // Read in the fifty-third session (rules-191+entities-191): person 0.975, org 0.944, claim 0.994, claim+speaker
  // 0.972, about 0.799, affiliation 0.893 — floors raised to two to three items below.
  [NEWSDEV79]: { person: 0.95, org: 0.92, claim: 0.97, "claim+speaker": 0.95, about: 0.77, affiliation: 0.87 },
  // gold/newsdev80 (12 articles, 172 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-190+entities-190 (94f43a3)
  // person 0.992, org 0.922, claim 0.985, claim+speaker 0.950, about 0.825, affiliation 0.898 — floors two to three
  // items below; unchanged at rules-191.
  // Read in the fifty-third session (rules-192+entities-192, a short round): person 0.992, org 0.934, claim 0.994,
  // claim+speaker 0.953, about 0.825, affiliation 0.908 — floors raised to two to three items below.
  [NEWSDEV80]: { person: 0.96, org: 0.91, claim: 0.97, "claim+speaker": 0.93, about: 0.79, affiliation: 0.88 },
  // gold/newsdev81 (12 articles, 164 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-191+entities-191 (f805415)
  // person 0.955, org 0.868, claim 0.969, claim+speaker 0.908, about 0.693, affiliation 0.648 — floors two to three
  // items below; unchanged at rules-192.
  // Read in the fifty-fourth session (rules-193+entities-193): person 0.992, org 0.951, claim 0.994, claim+speaker
  // 0.988, about 0.817, affiliation 0.904 — floors raised to two to three items below.
  [NEWSDEV81]: { person: 0.96, org: 0.92, claim: 0.97, "claim+speaker": 0.96, about: 0.79, affiliation: 0.88 },
  // gold/newsdev82 (12 articles, 174 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-192+entities-192 (d34171b)
  // person 0.957, org 0.901, claim 0.974, claim+speaker 0.910, about 0.738, affiliation 0.695 — floors two to three
  // items below; claim+speaker 0.899 at rules-193 (the retrained ranker's swing).
  // Read in the fifty-fourth session (rules-194+entities-194): person 0.982, org 0.928, claim 0.994, claim+speaker
  // 0.965, about 0.764, affiliation 0.771 — floors raised to two to three items below.
  [NEWSDEV82]: { person: 0.95, org: 0.9, claim: 0.97, "claim+speaker": 0.93, about: 0.74, affiliation: 0.74 },
  // gold/newsdev83 (12 articles, 173 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-192+entities-192 (0a3c975)
  // person 0.983, org 0.941, claim 0.988, claim+speaker 0.942, about 0.798, affiliation 0.891 — floors two to three
  // items below.
  // Read in the fifty-fourth session (rules-195+entities-195, a short round): person 0.983, org 0.957, claim 0.994,
  // claim+speaker 0.965, about 0.811, affiliation 0.901 — floors raised to two to three items below.
  [NEWSDEV83]: { person: 0.95, org: 0.93, claim: 0.97, "claim+speaker": 0.94, about: 0.78, affiliation: 0.87 },
  // gold/newsdev84 (12 articles, 180 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-192+entities-192 (593d004)
  // person 0.939, org 0.925, claim 0.997, claim+speaker 0.908, about 0.803, affiliation 0.748 — floors two to three
  // items below.
  // Read in the fifty-fourth session (rules-196+entities-196, a short round): person 0.974, org 0.953, claim 0.997,
  // claim+speaker 0.964, about 0.826, affiliation 0.815 — floors raised to two to three items below.
  [NEWSDEV84]: { person: 0.95, org: 0.93, claim: 0.97, "claim+speaker": 0.94, about: 0.8, affiliation: 0.79 },
  // gold/newsdev85 (12 articles, 177 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-192+entities-192 (065c991)
  // person 0.956, org 0.949, claim 0.983, claim+speaker 0.926, about 0.794, affiliation 0.829 — floors two to three
  // items below; unchanged at rules-193.
  // Read in the fifty-fourth session (rules-197+entities-197, a short round): person 0.956, org 0.958, claim 0.986,
  // claim+speaker 0.929, about 0.802, affiliation 0.850 — floors raised to two to three items below.
  [NEWSDEV85]: { person: 0.93, org: 0.93, claim: 0.96, "claim+speaker": 0.9, about: 0.78, affiliation: 0.82 },
  // gold/newsdev86 (12 articles, 174 claims, written blind 2026-12-07: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-193+entities-193 (25c85e2)
  // person 0.945, org 0.932, claim 0.980, claim+speaker 0.894, about 0.837, affiliation 0.800 — floors two to three
  // items below; unchanged at rules-194.
  // Read in the fifty-fifth session (rules-198+entities-198): person 0.984, org 0.969, claim 0.994, claim+speaker 0.977,
  // about 0.851, affiliation 0.839 — floors raised to two to three items below.
  [NEWSDEV86]: { person: 0.95, org: 0.94, claim: 0.97, "claim+speaker": 0.95, about: 0.82, affiliation: 0.8 },
  // gold/newsdev87 (12 articles, 189 claims, written blind 2026-12-08: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-197+entities-197 (b32f2ab)
  // person 0.976, org 0.929, claim 0.989, claim+speaker 0.937, about 0.770, affiliation 0.829 — floors two to three
  // items below.
  // Read in the fifty-fifth session (rules-199+entities-199, a short round): person 1.000, org 0.983, claim 0.992,
  // claim+speaker 0.966, about 0.852, affiliation 0.913 — floors raised to two to three items below.
  [NEWSDEV87]: { person: 0.97, org: 0.95, claim: 0.97, "claim+speaker": 0.94, about: 0.82, affiliation: 0.88 },
  // gold/newsdev88 (12 articles, 187 claims, written blind 2026-12-08: US politics in the styles of PolNeAR's
  // outlets; six Wikinews news reports; its errors unread): first measured at rules-198+entities-198 (40545fb)
  // person 0.984, org 0.937, claim 0.989, claim+speaker 0.947, about 0.774, affiliation 0.776 — floors two to three
  // items below; claim+speaker 0.952, about 0.777 at rules-200.
  [NEWSDEV88]: { person: 0.95, org: 0.91, claim: 0.96, "claim+speaker": 0.92, about: 0.75, affiliation: 0.74 },
  // The held-out set (gold/newstest, 12 articles, 159 claims; its errors unread), a regression guard only:
  // measured at rules-48+entities-39 (2026-12-04): person 0.903, org 0.826, claim 0.931, claim+speaker 0.865,
  // about 0.718, affiliation 0.683 — two to three items below. Raise it as the others rise; never tune to it.
  // Raised at rules-58+entities-47 (2026-12-04, fixes read on newsdev2 only): measured person 0.933, org 0.849,
  // claim 0.931, claim+speaker 0.871, about 0.725, affiliation 0.723.
  // Raised at rules-67+entities-52 (twenty-fourth session, fixes read on newsdev2 and newsdev only): measured
  // person 0.933, org 0.854, claim 0.937, claim+speaker 0.882, about 0.725, affiliation 0.753.
  // Raised at rules-72+entities-60 (twenty-fifth session, fixes read on newsdev2 and newsdev only): measured
  // person 0.933, org 0.860, claim 0.937, claim+speaker 0.882, about 0.732, affiliation 0.753.
  // Raised at rules-80+entities-70 (twenty-sixth session, fixes read on newsdev2 and newsdev only): measured
  // person 0.941, org 0.855, claim 0.937, claim+speaker 0.882, about 0.739, affiliation 0.767.
  // Raised at rules-105+entities-105 (thirty-fifth session, fixes read on newsdev3 only): measured person 0.957,
  // org 0.874, claim 0.945, claim+speaker 0.896, about 0.742, affiliation 0.767.
  // Raised at rules-111+entities-112 (thirty-sixth session, fixes read on newsdev4 and newsdev5 only): measured
  // person 0.957, org 0.874, claim 0.948, claim+speaker 0.906, about 0.747, affiliation 0.782.
  // Raised at rules-117+entities-118 (thirty-seventh session, fixes read on newsdev6 only): measured person 0.974,
  // org 0.885, claim 0.951, claim+speaker 0.921, about 0.776, affiliation 0.835.
  [NEWSTEST]: { person: 0.95, org: 0.86, claim: 0.93, "claim+speaker": 0.9, about: 0.75, affiliation: 0.8 },
};

export interface FloorCheck {
  dataset: string;
  row: ScoreRow;
  floor: number;
  /** null when the dataset's gold has no such row. */
  f1: number | null;
  ok: boolean;
}

/** Each floor of each scored dataset that has floors, held or not. */
export function checkFloors(
  datasets: readonly { name: string; rows: DatasetRows }[],
  floors: typeof QUALITY_FLOORS = QUALITY_FLOORS,
): FloorCheck[] {
  return datasets.flatMap(({ name, rows }) =>
    Object.entries(floors[name] ?? {}).map(([row, floor]) => {
      const f1 = rows[row as ScoreRow]?.f1 ?? null;
      // F1 is a ratio of counts: 0.95 may come out as 0.9499999999999999.
      return { dataset: name, row: row as ScoreRow, floor, f1, ok: f1 !== null && f1 >= floor - 1e-9 };
    }),
  );
}

/** The gate's verdict as text: every floor that failed, or how many held. */
export function formatFloorChecks(checks: readonly FloorCheck[], notChecked: readonly string[] = []): string {
  const failed = checks.filter((c) => !c.ok);
  const lines = failed.map(
    (c) =>
      `  ${c.dataset} ${c.row}: F1 ${c.f1 === null ? "n/a" : c.f1.toFixed(3)} is below its floor ${c.floor.toFixed(3)}`,
  );
  const skipped = notChecked.map((line) => `  not checked: ${line}`);
  const datasets = [...new Set(checks.map((c) => c.dataset))].join(", ");
  const head =
    failed.length > 0
      ? `Quality gate FAILED: ${failed.length} of ${checks.length} floors not met`
      : checks.length > 0
        ? `Quality gate passed: ${checks.length} floors met (${datasets})`
        : "Quality gate: no dataset with floors was scored";
  return `${[head, ...lines, ...skipped].join("\n")}\n`;
}
