import type { KnownOrg } from "./organizations.js";

/**
 * Parties named without a "Party" head, which neither the tagger nor a head rule types as
 * organizations ("Fianna Fáil" and "Sinn Féin" read as people's names). A name or alias here is an
 * organization wherever it stands as a whole name (entities/mentions.ts); kept out of the tagger's
 * gazetteer features, as `NEWS_MEDIA`. Left out: names another body or a common word shares in the
 * news ("Vox", "Podemos" is kept: it is only the party; "Forza Italia" is kept, "Jobbik" too).
 */
export const POLITICAL_PARTIES: KnownOrg[] = [
  { name: "Fianna Fáil", aliases: ["Fianna Fail"], kind: "party" },
  // Slovakia's governing party, by its short name ("the Smer-SD lawmaker who drafted the bill", 2026-12-07, newsdev79)
  { name: "Smer-SD", aliases: ["Smer"], kind: "party" },
  // read on gold/newsdev7 (2026-12-06)
  { name: "Law and Justice", aliases: ["PiS"], kind: "party" },
  { name: "Civic Coalition", aliases: [], kind: "party" },
  { name: "ActionSA", aliases: [], kind: "party" },
  { name: "Economic Freedom Fighters", aliases: ["EFF"], kind: "party" },
  { name: "Holos", aliases: [], kind: "party" },
  { name: "Fine Gael", aliases: [], kind: "party" },
  { name: "Sinn Féin", aliases: ["Sinn Fein"], kind: "party" },
  { name: "Plaid Cymru", aliases: [], kind: "party" },
  { name: "Likud", aliases: [], kind: "party" },
  { name: "Yesh Atid", aliases: [], kind: "party" },
  { name: "Fidesz", aliases: [], kind: "party" },
  { name: "Jobbik", aliases: [], kind: "party" },
  { name: "Podemos", aliases: [], kind: "party" },
  { name: "Syriza", aliases: [], kind: "party" },
  { name: "Forza Italia", aliases: [], kind: "party" },
  { name: "Fratelli d'Italia", aliases: ["Brothers of Italy"], kind: "party" },
  { name: "Lega", aliases: [], kind: "party" },
  { name: "Rassemblement National", aliases: ["National Rally"], kind: "party" },
  { name: "Alternative für Deutschland", aliases: ["AfD", "Alternative for Germany"], kind: "party" },
  { name: "Die Linke", aliases: [], kind: "party" },
  { name: "Morena", aliases: [], kind: "party" },
  { name: "Kuomintang", aliases: ["KMT"], kind: "party" },
  { name: "Shiv Sena", aliases: [], kind: "party" },
  { name: "Bharatiya Janata Party", aliases: ["BJP"], kind: "party" },
  { name: "Indian National Congress", aliases: [], kind: "party" },
  { name: "Awami League", aliases: [], kind: "party" },
  { name: "Pheu Thai", aliases: [], kind: "party" },
  { name: "Hamas", aliases: [], kind: "party" },
  { name: "Hezbollah", aliases: [], kind: "party" },
  { name: "ZANU-PF", aliases: [], kind: "party" },
  { name: "Frelimo", aliases: [], kind: "party" },
  { name: "Fatah", aliases: [], kind: "party" },
  // read on gold/newsdev8 (2026-12-06)
  { name: "Pakistan Muslim League-Nawaz", aliases: ["PML-N", "PML(N)"], kind: "party" },
  { name: "Unión por la Patria", aliases: [], kind: "party" },
  // read on gold/newsdev9 (2026-12-06): a country's Greens (one party per article)
  { name: "Greens", aliases: ["The Greens"], kind: "party" },
  // read on gold/newsdev10 (2026-12-06)
  { name: "Scottish Labour", aliases: [], kind: "party" },
  { name: "Welsh Labour", aliases: [], kind: "party" },
  { name: "Sweden Democrats", aliases: [], kind: "party" },
  { name: "Social Democrats", aliases: [], kind: "party" },
  { name: "Save Romania Union", aliases: ["USR"], kind: "party" },
  { name: "New Patriotic Party", aliases: ["NPP"], kind: "party" },
  // read on gold/newsdev21 (2026-12-06): a UK party whose name ends with the country's abbreviation
  { name: "Reform UK", aliases: [], kind: "party" },
  // read on gold/newsdev61 (2026-12-07): Portugal's party of the right, a one-word name ("Chega’s parliamentary
  // leader")
  { name: "Chega", aliases: [], kind: "party" },
];
