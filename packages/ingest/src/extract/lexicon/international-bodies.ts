import type { KnownOrg } from "./organizations.js";

/**
 * International organizations that world news names mostly by acronym ("WHO", "IAEA", "FIFA"), and
 * transnational armed groups,
 * which neither the tagger nor a capitalised-run rule types reliably (an acronym alone says
 * nothing of what it names). A name or alias here is an organization wherever it stands as a
 * whole name (entities/mentions.ts). Like `NEWS_MEDIA`, kept out of the tagger's gazetteer features.
 * "WHO" is safe as a whole capitalised run only: a sentence-initial "Who" is a function word first.
 * Left out: acronyms another body shares in the news ("ICC": the cricket council too; "ECB": the
 * England and Wales Cricket Board).
 */
export const INTERNATIONAL_BODIES: KnownOrg[] = [
  {
    name: "World Health Organization",
    aliases: ["WHO", "World Health Organisation"],
    kind: "international organization",
  },
  { name: "International Atomic Energy Agency", aliases: ["IAEA"], kind: "international organization" },
  { name: "World Trade Organization", aliases: ["WTO"], kind: "international organization" },
  { name: "International Monetary Fund", aliases: ["IMF"], kind: "international organization" },
  { name: "World Bank", aliases: [], kind: "international organization" },
  {
    name: "United Nations Security Council",
    aliases: ["UN Security Council", "U.N. Security Council", "Security Council"],
    kind: "international organization",
  },
  { name: "OPEC", aliases: ["Organization of the Petroleum Exporting Countries"], kind: "international organization" },
  { name: "Interpol", aliases: [], kind: "international organization" },
  {
    name: "Organization for Security and Co-operation in Europe",
    aliases: [
      "OSCE",
      "Organisation for Security and Co-operation in Europe",
      "Organization for Security and Cooperation in Europe",
    ],
    kind: "international organization",
  },
  { name: "UNICEF", aliases: [], kind: "international organization" },
  { name: "UNESCO", aliases: [], kind: "international organization" },
  { name: "UNHCR", aliases: ["UN Refugee Agency", "U.N. Refugee Agency"], kind: "international organization" },
  { name: "International Criminal Court", aliases: [], kind: "court" },
  { name: "International Court of Justice", aliases: ["ICJ"], kind: "court" },
  { name: "International Committee of the Red Cross", aliases: ["ICRC"], kind: "organization" },
  { name: "African Union", aliases: [], kind: "international organization" },
  {
    name: "Organisation for Economic Co-operation and Development",
    aliases: ["OECD"],
    kind: "international organization",
  },
  { name: "European Commission", aliases: [], kind: "government" },
  { name: "European Central Bank", aliases: [], kind: "bank" },
  { name: "FIFA", aliases: [], kind: "federation" },
  { name: "UEFA", aliases: [], kind: "federation" },
  { name: "International Olympic Committee", aliases: ["IOC"], kind: "committee" },
  { name: "World Anti-Doping Agency", aliases: ["WADA"], kind: "agency" },
  { name: "Amnesty International", aliases: [], kind: "organization" },
  { name: "Human Rights Watch", aliases: [], kind: "organization" },
  // international charities whose names are common words the tagger leaves alone ("Save the Children has paid
  // for two mobile teams", 2026-12-06, newsdev25)
  { name: "Save the Children", aliases: [], kind: "organization" },
  { name: "Oxfam", aliases: [], kind: "organization" },
  // ("A report published in March by Greenpeace Brasil found …", read as a person's, 2026-12-07, newsdev52)
  { name: "Greenpeace", aliases: [], kind: "organization" },
  { name: "Médecins Sans Frontières", aliases: ["MSF", "Doctors Without Borders"], kind: "organization" },
  { name: "Committee to Protect Journalists", aliases: ["CPJ"], kind: "organization" },
  {
    name: "Reporters Without Borders",
    aliases: ["RSF", "Reporters sans frontières", "Reporters Sans Frontieres"],
    kind: "organization",
  },
  // transnational armed groups whose names the tagger reads as people's ("Al Qaeda" was a person in 7 PolNeAR
  // articles); the Islamic State is in KNOWN_ORGS
  {
    name: "al-Qaeda",
    aliases: ["Al Qaeda", "Al-Qaeda", "al Qaeda", "al-Qaida", "Al Qaida", "Al-Qaida", "Qaeda"],
    kind: "armed group",
  },
  { name: "Taliban", aliases: [], kind: "armed group" },
  { name: "Boko Haram", aliases: [], kind: "armed group" },
  { name: "al-Shabab", aliases: ["Al-Shabab", "al-Shabaab", "Al-Shabaab", "Al Shabab"], kind: "armed group" },
  // (2026-12-05) names with the Arabic article, which now joins a name: "Ansar al-Sharia" had become a person
  { name: "Ansar al-Sharia", aliases: ["Ansar al Sharia", "Ansar al-Shariah"], kind: "armed group" },
  { name: "Jabhat al-Nusra", aliases: ["al-Nusra Front", "Nusra Front", "al-Nusra"], kind: "armed group" },
  { name: "Hayat Tahrir al-Sham", aliases: ["HTS"], kind: "armed group" },
  { name: "Houthis", aliases: ["Ansar Allah", "Houthi movement"], kind: "armed group" },
  // read on gold/newsdev9 (2026-12-06)
  { name: "Frontex", aliases: [], kind: "agency" },
];
