import type { KnownOrg } from "./organizations.js";

/**
 * The world's parliaments the news names by their own one-word names ("members of the Bundestag", "the
 * Knesset voted"): organizations, never places or people. Kept out of the tagger's gazetteer (it reads
 * `KNOWN_ORGS`, frozen with its weights); `knownOrg` reads this list beside it (2026-12-06).
 */
export const LEGISLATURES: KnownOrg[] = [
  { name: "Bundestag", aliases: [], kind: "legislature" },
  { name: "Bundesrat", aliases: [], kind: "legislature" },
  { name: "Knesset", aliases: [], kind: "legislature" },
  { name: "State Duma", aliases: ["Duma"], kind: "legislature" },
  { name: "Riksdag", aliases: [], kind: "legislature" },
  { name: "Storting", aliases: ["Stortinget"], kind: "legislature" },
  { name: "Folketing", aliases: ["Folketinget"], kind: "legislature" },
  { name: "Eduskunta", aliases: [], kind: "legislature" },
  { name: "Althing", aliases: [], kind: "legislature" },
  { name: "Sejm", aliases: [], kind: "legislature" },
  { name: "Seimas", aliases: [], kind: "legislature" },
  { name: "Saeima", aliases: [], kind: "legislature" },
  { name: "Riigikogu", aliases: [], kind: "legislature" },
  { name: "Verkhovna Rada", aliases: ["Rada"], kind: "legislature" },
  { name: "Nationalrat", aliases: [], kind: "legislature" },
  { name: "Dáil Éireann", aliases: ["Dáil", "Dail"], kind: "legislature" },
  { name: "Seanad Éireann", aliases: ["Seanad"], kind: "legislature" },
  { name: "Oireachtas", aliases: [], kind: "legislature" },
  { name: "Lok Sabha", aliases: [], kind: "legislature" },
  { name: "Rajya Sabha", aliases: [], kind: "legislature" },
  { name: "Majlis", aliases: [], kind: "legislature" },
  { name: "Cortes Generales", aliases: [], kind: "legislature" },
  { name: "Dewan Rakyat", aliases: [], kind: "legislature" },
  { name: "Senedd", aliases: [], kind: "legislature" },
  { name: "Stormont", aliases: [], kind: "legislature" },
  { name: "Holyrood", aliases: [], kind: "legislature" },
  { name: "Legislative Council", aliases: ["LegCo"], kind: "legislature" },
  // read on gold/newsdev9 (2026-12-06)
  { name: "Mazhilis", aliases: ["Majilis"], kind: "legislature" },
  { name: "Grand National Assembly", aliases: ["Grand National Assembly of Turkey"], kind: "legislature" },
  // read on gold/newsdev13 (2026-12-06): Kyrgyzstan's, with the other parliaments of Central Asia, the Caucasus,
  // the Balkans and South Asia that the news names in their own words
  { name: "Jogorku Kenesh", aliases: [], kind: "legislature" },
  { name: "Oliy Majlis", aliases: [], kind: "legislature" },
  { name: "Milli Majlis", aliases: [], kind: "legislature" },
  { name: "State Great Khural", aliases: ["Great Khural"], kind: "legislature" },
  { name: "Wolesi Jirga", aliases: [], kind: "legislature" },
  { name: "Jatiya Sangsad", aliases: [], kind: "legislature" },
  { name: "Pyithu Hluttaw", aliases: [], kind: "legislature" },
  { name: "Sabor", aliases: [], kind: "legislature" },
  { name: "Skupština", aliases: ["Skupstina"], kind: "legislature" },
  { name: "Sobranie", aliases: [], kind: "legislature" },
  { name: "Országgyűlés", aliases: [], kind: "legislature" },
  { name: "Tweede Kamer", aliases: [], kind: "legislature" },
  { name: "Eerste Kamer", aliases: [], kind: "legislature" },
];
