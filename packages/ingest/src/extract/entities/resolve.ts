import { nameKey } from "@claimgraph/schema";
import { COUNTRY_MAX_WORDS, countryOf } from "../lexicon/countries.js";
import { firstNameGender, type Gender, isListedFirstName } from "../lexicon/first-names.js";
import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import { COMPANY_NAME_ENDS, KNOWN_ORGS, LEGAL_FORMS, ORG_HEADS } from "../lexicon/organizations.js";
import { PLACES, US_STATE_NAMES } from "../lexicon/places.js";
import { isPresidentName } from "../lexicon/presidents.js";
import { ABBREVIATED, HONORIFICS, TITLES } from "../lexicon/titles.js";
import { headlineEnd } from "../text/headline.js";
import type { Token } from "../text/tokens.js";
import { closingKeys, clubCoreKey, clubTailKey, GENERIC_OPENINGS, headKey, openingKey } from "./closing-name.js";
import { markIntroducedNouns } from "./introduced-nouns.js";
import { addIntroducedRoles } from "./introduced-roles.js";
import { isCapitalForm, isNameSuffix } from "./name-suffix.js";
import { initials, isAcronym, personKey, spellsInitials, withoutArabicArticle } from "./normalize.js";
import type { Cluster, EntityKind, Mention } from "./types.js";

/** Within-document entities: clusters of mentions, with an index from offsets to mentions. */
export interface EntityTable {
  clusters: Cluster[];
  /** Resolved mentions, sorted by start. */
  mentions: Mention[];
  /** Unresolved capitalized runs (may become speakers). */
  unknown: Mention[];
}

function newCluster(clusters: Cluster[], type: EntityKind, name: string, kind?: string): Cluster {
  const cluster: Cluster = {
    id: clusters.length,
    type,
    name,
    forms: new Set([name]),
    mentions: [],
    gender: "u",
    titles: new Set(),
  };
  if (kind) cluster.kind = kind;
  if (kind === "country") cluster.country = true;
  clusters.push(cluster);
  return cluster;
}

export function attach(cluster: Cluster, mention: Mention): void {
  mention.cluster = cluster.id;
  // a word no lexicon or tagger typed ("People" at a sentence's start) lends an organization no certainty
  if (mention.type === "Unknown" && mention.tagged === "O" && cluster.type === "Organization") mention.tentative = true;
  if (mention.type === "Unknown") mention.type = cluster.type;
  cluster.mentions.push(mention);
  cluster.forms.add(mention.name);
  if (mention.text !== mention.name) cluster.forms.add(mention.text);
  if (mention.title) cluster.titles.add(mention.title);
}

/** The acronym in brackets right after offset `end` ("… Research (CNRS)"), if any. */
function bracketAcronymAfter(text: string, end: number): string | undefined {
  return text.slice(end, end + 12).match(/^\s*\((\p{Lu}[\p{Lu}\p{N}]{1,7})\)/u)?.[1];
}

/** Adds a cluster to the list a key indexes. */
function addTo(index: Map<string, Cluster[]>, key: string, c: Cluster): void {
  const list = index.get(key);
  if (list) list.push(c);
  else index.set(key, [c]);
}

/**
 * Which of the people with a surname a one-word mention of it means: the one already named with its
 * title, if one alone was ("President Clinton": else the one who was president); else the most recently named — but an
 * honorific ("Mr. Clinton", "Mrs. Clinton") keeps to the people of its gender when there are any, and
 * among several of them to the one named most so far (beside Bill, Hillary and Chelsea Clinton, "Mrs.
 * Clinton" is the article's Hillary, not the Chelsea of "the Bill, Hillary and Chelsea Clinton Foundation").
 * None when every one of them has a first name of the other gender: "Mr. Obama" in an article that names
 * only Michelle Obama in full is her husband, "Ms. Trump" beside Donald J. Trump alone his wife or daughter.
 */
function surnameHolder(candidates: Cluster[], m: Mention): Cluster | undefined {
  // "President Clinton" beside "former President Bill Clinton" and "Secretary Hillary Clinton": the one
  // person already named with that title
  if (m.title && !HONORIFICS.has(m.title) && candidates.length > 1) {
    const titled = candidates.filter((c) => c.mentions.some((x) => x.title === m.title));
    if (titled.length === 1) return titled[0] as Cluster;
    // "President Clinton" with no one named so yet: the president among them (lexicon/presidents.ts)
    if (titled.length === 0 && m.title === "president") {
      const presidents = candidates.filter((c) => isPresidentName(c.name));
      if (presidents.length === 1) return presidents[0] as Cluster;
    }
  }
  const wanted = honorificOf(m);
  if (!wanted) {
    // "Rep. Wade Tolliver" … "Tolliver's campaign" … "his wife, Amber Tolliver" … "Tolliver told reporters": the one
    // the article already calls by the bare surname, not the relative it names in full each time
    const key = nameKey(m.name);
    const called = candidates.filter((c) =>
      c.mentions.some((x) => x.start < m.start && x.last - x.first === 1 && !x.title && nameKey(x.name) === key),
    );
    if (called.length === 1) return called[0] as Cluster;
    return mostRecent(candidates, m.start) as Cluster;
  }
  const genders = candidates.map((c) => firstNameGender(c.name.split(/\s+/)[0] ?? ""));
  const same = candidates.filter((_, k) => genders[k] === wanted);
  const other = wanted === "m" ? "f" : "m";
  if (same.length === 0 && genders.every((g) => g === other)) return undefined;
  if (same.length === 0) return mostRecent(candidates, m.start) as Cluster;
  if (same.length === 1) return same[0] as Cluster;
  const before = (c: Cluster) => c.mentions.filter((x) => x.start < m.start).length;
  const most = Math.max(...same.map(before));
  return mostRecent(
    same.filter((c) => before(c) === most),
    m.start,
  ) as Cluster;
}

/** The most recent cluster (by mention before `offset`) among candidates, else the one introduced first. */
function mostRecent(candidates: Cluster[], offset: number): Cluster | undefined {
  let best: Cluster | undefined;
  let bestAt = -1;
  for (const c of candidates) {
    for (const m of c.mentions)
      if (m.start < offset && m.start > bestAt) {
        best = c;
        bestAt = m.start;
      }
  }
  if (best) return best;
  // (a headline's "Tolliver" before the body names anyone: the one introduced first, the story's subject, not a
  // relative named in full each time)
  const firstAt = (c: Cluster) => Math.min(...c.mentions.map((x) => x.start));
  return [...candidates].sort((a, b) => firstAt(a) - firstAt(b))[0];
}

/**
 * Groups mentions into entities with ordered sieves: exact names (organizations by known
 * canonical name, people by full name without middle initials), acronym definitions
 * "Name (ACR)" and initials, then single words: a surname joins the person with that surname
 * (the most recent one when several share it; two people are never merged on a surname), a
 * last word joins the organization it ends ("the Post"). Finally role nominals ("the
 * president") join the person who holds that title.
 */
export function resolveEntities(text: string, tokens: Token[], detected: Mention[]): EntityTable {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const deferred: Mention[] = [];
  const unknown: Mention[] = [];
  // "Akinyi Odhiambo" after "Rose Akinyi Odhiambo": the last words of a longer name, by key
  const byNameEnd = new Map<string, Cluster[]>();
  // the last words of the people named in full (a lone organization word that is one of them waits for
  // the surnames, below)
  const surnames = new Set<string>();
  for (const m of detected)
    if (m.type === "Person" && m.last - m.first >= 2) surnames.add(nameKey(m.name.trim().split(/\s+/).at(-1) ?? ""));

  for (const m of detected) {
    const words = m.last - m.first;
    if (m.type === "Organization") {
      const key = `o:${nameKey(m.name)}`;
      let c = byKey.get(key);
      const surname = words === 1 && m.kind === "organization" && surnames.has(nameKey(m.name));
      if (!c && words === 1 && m.kind !== "country" && (m.kind !== "organization" || surname)) {
        deferred.push(m);
        continue;
      }
      if (!c) {
        c = newCluster(clusters, "Organization", m.name, m.kind);
        byKey.set(key, c);
      }
      attach(c, m);
    } else if (m.type === "Person" && words >= 2) {
      const key = `p:${personKey(m.name)}`;
      let c = byKey.get(key);
      const longer = c ? undefined : byNameEnd.get(nameKey(m.name));
      if (!c && longer?.length === 1) c = longer[0] as Cluster;
      if (!c) {
        c = newCluster(clusters, "Person", m.name);
        byKey.set(key, c);
        const parts = nameKey(m.name).split(" ");
        // ("Dela Cruz" after "Ramon dela Cruz Jr.": the ends before a generational suffix too)
        if (isNameSuffix(parts.at(-1) ?? "") && parts.length >= 4) parts.pop();
        for (let k = 1; k + 2 <= parts.length; k++) {
          const end = parts.slice(k).join(" ");
          addTo(byNameEnd, end, c);
        }
      }
      attach(c, m);
    } else deferred.push(m);
  }

  joinShortPersonNames(text, clusters, byKey);
  // acronym definitions: "Royal United Services Institute (RUSI)"; acronyms matching initials
  for (const c of clusters) {
    if (c.type !== "Organization" || c.kind === "country") continue;
    const acr = initials(c.name);
    if (acr.length < 2) continue;
    const other = byKey.get(`o:${acr.toLowerCase()}`);
    if (other && other !== c) merge(clusters, byKey, c, other);
    // ("HHS" for the U.S. Department of Health and Human Services, "HUD", "VA" for Veterans Affairs: the portfolio's
    // initials; "EPA" for the U.S. Environmental Protection Agency: the initials after the country's)
    const portfolio = US_DEPARTMENT.exec(c.name)?.[1];
    const national = /^(?:U\.S\.|US|United States) (.+)$/.exec(c.name)?.[1];
    // ("the Ohio EPA" beside the Ohio Environmental Protection Agency: the initials after a US state's name, newsdev60)
    const space = c.name.indexOf(" ");
    const state = space > 0 && PLACES.has(c.name.slice(0, space).toLowerCase()) ? c.name.slice(space + 1) : undefined;
    // ("the CDC" beside "the Centers for Disease Control and Prevention": the initials before a last field joined by
    // "and", which the acronym leaves out, newsdev72)
    const lastField = /^(.+\S) and \p{Lu}\p{Ll}+$/u.exec(c.name)?.[1];
    const withoutLast = lastField && lastField.split(/\s+/).length >= 3 ? lastField : undefined;
    // ("A USDA official" beside the Agriculture Department: "US", "D" and the portfolio's initials, 2026-12-07,
    // newsdev80)
    const usPortfolio = /^(?:(?:U\.S\.|US|United States) )?(?:Department of (?:the )?(.+)|(.+) Department)$/.exec(
      c.name,
    );
    const usShort = usPortfolio ? `USD${initials(usPortfolio[1] ?? usPortfolio[2] ?? "")}` : "";
    const usCalled = usShort.length >= 4 ? byKey.get(`o:${usShort.toLowerCase()}`) : undefined;
    if (usCalled && usCalled !== c && clusters.includes(c) && usCalled.type === "Organization")
      merge(clusters, byKey, c, usCalled);
    for (const rest of [portfolio, national, state, withoutLast]) {
      const short = rest ? initials(rest) : "";
      const called = short.length >= 2 ? byKey.get(`o:${short.toLowerCase()}`) : undefined;
      if (called && called !== c && clusters.includes(c)) merge(clusters, byKey, c, called);
    }
  }
  // "National Centre for Scientific Research (CNRS)": an acronym in brackets right after an
  // organization's name is that organization, whatever its initials (a French acronym of an English name)
  for (const c of [...clusters]) {
    if (c.type !== "Organization" || c.kind === "country" || !clusters.includes(c)) continue;
    for (const m of [...c.mentions]) {
      if (m.last - m.first < 2) continue;
      const acr = bracketAcronymAfter(text, m.end);
      const other = acr ? byKey.get(`o:${acr.toLowerCase()}`) : undefined;
      if (other && other !== c && other.type === "Organization" && other.kind !== "country")
        merge(clusters, byKey, c, other);
    }
  }
  // "U.S. Republican Party" and "the Republican Party": a country in front does not make another organization
  for (const c of [...clusters]) {
    if (c.type !== "Organization" || c.kind === "country" || !clusters.includes(c)) continue;
    const words = c.name.split(/\s+/);
    for (let k = 1; k < Math.min(words.length - 1, COUNTRY_MAX_WORDS + 1); k++) {
      if (!countryOf(words.slice(0, k).join(" "))) continue;
      const rest = byKey.get(`o:${nameKey(words.slice(k).join(" "))}`);
      if (rest && rest !== c && rest.type === "Organization") merge(clusters, byKey, c, rest);
      break;
    }
  }
  for (const m of deferred) {
    const acr = bracketAcronymAfter(text, m.end);
    if (acr) byKey.set(`o:${acr.toLowerCase()}`, byKey.get(`o:${nameKey(m.name)}`) as Cluster);
  }

  const people = () => clusters.filter((c) => c.type === "Person");
  // indexes by last word, so each single word is resolved without scanning every entity
  // keyed word by word, so that "Ramos-Horta" alone meets the last word of "José Ramos-Horta"
  const lastWord = (name: string) => nameKey(name.trim().split(/\s+/).at(-1) ?? "");
  const bySurnameIndex = new Map<string, Cluster[]>();
  const byInnerSurname = new Map<string, Cluster[]>();
  const byFirstNameIndex = new Map<string, Cluster[]>();
  const orgByLastWord = new Map<string, Cluster>();
  const orgsByFirstWord = new Map<string, Cluster[]>();
  const indexCluster = (c: Cluster) => {
    const opening = c.type === "Organization" && isCompany(c) ? nameOpening(c.name) : undefined;
    if (opening) addTo(orgsByFirstWord, opening, c);
    const w = lastWord(c.name);
    if (c.type === "Person" && c.name.includes(" ")) {
      addTo(bySurnameIndex, w, c);
      // "Assad" is Bashar al-Assad's surname too: the Arabic article may be left out
      const bare = withoutArabicArticle(c.name.trim().split(/\s+/).at(-1) ?? "");
      if (bare) addTo(bySurnameIndex, nameKey(bare), c);
      const inner = innerSurname(c.name);
      if (inner) addTo(byInnerSurname, inner, c);
      // ("Haji Rosli bin Othman" … "Rosli": a Malay name is called by the given name before "bin", not the father's)
      const given = PATRONYMIC.exec(c.name)?.[1];
      if (given) addTo(bySurnameIndex, nameKey(given), c);
      // ("Arnau Casals i Ribó" … "Casals": a Catalan name is called by its first surname, newsdev14 and newsdev81)
      const first = CATALAN_SURNAMES.exec(c.name)?.[1] ?? PATERNAL_SURNAME.exec(c.name)?.[1];
      if (first) addTo(bySurnameIndex, nameKey(first), c);
      const f = nameKey(c.name.trim().split(/\s+/)[0] ?? "");
      addTo(byFirstNameIndex, f, c);
    }
    if (c.type === "Organization" && c.kind !== "country" && !orgByLastWord.has(w)) orgByLastWord.set(w, c);
  };
  for (const c of clusters) indexCluster(c);
  const byNickname = new Map<string, Cluster[]>();
  for (const c of clusters)
    if (c.type === "Person")
      for (const nick of new Set(c.mentions.flatMap((m) => (m.nickname ? [nameKey(m.nickname)] : []))))
        addTo(byNickname, nick, c);
  for (const m of deferred) {
    const words = m.last - m.first;
    const norm = nameKey(m.name);
    if (words === 1) {
      const bySurname = bySurnameIndex.get(norm) ?? [];
      // "bad news for Trump, who …" beside "Donald Trump", read as an organization: a lone word no lexicon
      // gave a kind, which is the surname of a person the article names in full, is that person's
      if (
        m.type === "Organization" &&
        (m.kind === undefined || m.kind === "organization") &&
        bySurname.length > 0 &&
        !orgByLastWord.has(norm) &&
        !isAcronym(m.name)
      )
        m.type = "Person";
      const holder = m.type !== "Organization" && bySurname.length > 0 ? surnameHolder(bySurname, m) : undefined;
      if (holder) {
        attach(holder, m);
        continue;
      }
      // "Robles" for "Ignacio Robles Treviño", "Lau" for "Amos Lau Kin-pong": only the one such person
      const byInner = byInnerSurname.get(norm) ?? [];
      if (m.type !== "Organization" && byInner.length === 1) {
        attach(byInner[0] as Cluster, m);
        continue;
      }
      // "Tessie" after "Mayor Teresita “Tessie” Buenaventura": the one person so nicknamed
      const nicknamed = byNickname.get(norm) ?? [];
      if (nicknamed.length === 1 && m.type !== "Organization") {
        m.type = "Person";
        attach(nicknamed[0] as Cluster, m);
        continue;
      }
      // "Isabel" after "Isabel Ruiz": a first name alone joins the one person with that first name
      const byFirstName = byFirstNameIndex.get(norm) ?? [];
      if (
        byFirstName.length === 1 &&
        (m.type === "Person" || (m.type === "Unknown" && firstNameGender(m.name) !== undefined))
      ) {
        attach(byFirstName[0] as Cluster, m);
        continue;
      }
      // "Qingfeng said" after "Qingfeng Motors": a company called by its first word, when no person
      // has that surname or first name; companies only ("Obama" is no "Obama White House")
      const byOpening = orgsByFirstWord.get(norm) ?? [];
      if (byOpening.length === 1 && m.type !== "Organization" && !firstNameGender(m.name)) {
        m.type = "Organization";
        attach(byOpening[0] as Cluster, m);
        continue;
      }
      const org = orgByLastWord.get(norm);
      if (org && m.type !== "Person") {
        attach(org, m);
        continue;
      }
      const same = byKey.get(`${m.type === "Person" ? "p" : "o"}:${norm}`);
      if (same) {
        attach(same, m);
        continue;
      }
      // "according to ECP figures" after "the Election Commission of Pakistan (ECP)": an acronym the tagger did
      // not read is the one organization already called so
      if (m.type === "Unknown" && isAcronym(m.name)) {
        const holders = clusters.filter((c) => c.type === "Organization" && c.forms.has(m.name));
        if (holders.length === 1) {
          attach(holders[0] as Cluster, m);
          continue;
        }
      }
    }
    if (m.type === "Person" || m.type === "Organization") {
      const key = `${m.type === "Person" ? "p" : "o"}:${m.type === "Person" ? personKey(m.name) : norm}`;
      let c = byKey.get(key);
      if (!c) {
        c = newCluster(clusters, m.type, m.name, m.kind);
        byKey.set(key, c);
        indexCluster(c);
      }
      attach(c, m);
    } else unknown.push(m);
  }

  joinOpeningOrganizations(clusters, byKey, text);
  joinMinistryForms(clusters, byKey);
  joinBareCouncils(clusters, byKey);
  joinForceShortNames(clusters, byKey);
  joinBareLegislature(clusters, byKey);
  joinInnerNames(clusters, byKey, tokens);
  joinGappedNames(clusters, byKey);
  joinHeadsOfOf(clusters, byKey);
  joinCallSigns(clusters, byKey);
  joinOpenedPeople(clusters, byKey);
  joinClosingNames(clusters, byKey, tokens);
  joinPaperShortNames(clusters, byKey);
  joinPlacelessNames(clusters, byKey);
  joinCompanyOpenings(clusters, unknown);
  joinCompanyShortNames(clusters, byKey);
  dropPlacesOfOrganizations(clusters);
  // "PolitiFact", "UnidosUS", "AdImpact": a one-word name with a capital inside, which no sieve above joined to anyone,
  // is a brand's or an organization's (not after "@" or "#": a handle or a hashtag; nor a markup attribute's value,
  // a tweet's author="JebBush")
  for (let i = unknown.length - 1; i >= 0; i--) {
    const m = unknown[i] as Mention;
    if (
      m.last - m.first !== 1 ||
      m.title ||
      !(camelCaseName(m.name) || spellsAnOrganization(m.name, clusters)) ||
      /(?:[@#/]|=["'])$/.test(text.slice(Math.max(0, m.start - 2), m.start))
    )
      continue;
    // (not a blog's name, "the AntyScience blog", nor a link's marker in brackets after a lower-case word, "a Creative
    // Commons license (HyperLink)")
    if (tokens[m.last]?.lower === "blog" || /\p{Ll}\s*\($/u.test(text.slice(Math.max(0, m.start - 3), m.start)))
      continue;
    const key = `o:${nameKey(m.name)}`;
    // ("the Society for Community Organization (SoCO)", "CalMac Ferries … CalMac crews": the one organization whose
    // initials its capitals spell, or whose name it opens)
    const capitals = m.name.replace(/\P{Lu}/gu, "");
    const opens = clusters.filter(
      (o) =>
        o.type === "Organization" &&
        (nameKey(o.name).startsWith(`${nameKey(m.name)} `) ||
          (capitals.length >= 2 && spellsInitials(capitals, o.name)) ||
          (PREFIX_ACRONYM.test(m.name) && spellsByOpenings(m.name, o.name))),
    );
    let c = opens.length === 1 ? opens[0] : byKey.get(key);
    if (!c) {
      c = newCluster(clusters, "Organization", m.name, "organization");
      byKey.set(key, c);
    }
    m.type = "Organization";
    m.kind = "organization";
    attach(c, m);
    unknown.splice(i, 1);
  }

  joinPlaceAcronyms(clusters, byKey);
  joinStateAcronyms(clusters, byKey);
  joinAcronymChapters(clusters, byKey);
  // "the Trump administration" is the White House
  for (const c of people()) {
    for (const m of c.mentions) {
      const next = tokens[m.last];
      if (next?.lower === "administration" && c.titles.has("president")) {
        const wh = byKey.get("o:white house") ?? newCluster(clusters, "Organization", "White House", "government");
        byKey.set("o:white house", wh);
        const end = next.end;
        const startsThe = text.slice(Math.max(0, m.start - 4), m.start).toLowerCase() === "the ";
        const om: Mention = {
          ...m,
          start: startsThe ? m.start - 4 : m.start,
          end,
          text: text.slice(startsThe ? m.start - 4 : m.start, end),
          name: "White House",
          type: "Organization",
          kind: "government",
          last: m.last + 1,
        };
        delete om.title;
        delete om.tentative;
        c.mentions = c.mentions.filter((x) => x !== m);
        attach(wh, om);
      }
    }
  }

  finalizeNames(clusters);
  genderByRoles(text, clusters);
  addRoleNominals(text, tokens, clusters);
  addIntroducedRoles(text, tokens, clusters, (noun) => TITLE_HEADS.has(noun));
  const mentions = clusters.flatMap((c) => c.mentions).sort((a, b) => a.start - b.start || b.end - a.end);
  markIntroducedNouns(tokens, mentions, clusters);
  return { clusters, mentions, unknown };
}

/**
 * ("Patrick McKenna, the department’s director, said MoDOT had been spending …" beside the Missouri Department of
 * Transportation): a short name of a word's opening and the other words' initials that spells one organization's
 * name, 2026-12-07, newsdev76.
 */
function spellsAnOrganization(name: string, clusters: readonly Cluster[]): boolean {
  return (
    PREFIX_ACRONYM.test(name) &&
    clusters.some((c) => c.type === "Organization" && !c.country && spellsByOpenings(name, c.name))
  );
}

/** A short name of a word's opening and capitals ("MoDOT", "PennDOT"): small letters after the first, then capitals. */
const PREFIX_ACRONYM = /^\p{Lu}\p{Ll}{1,4}\p{Lu}{2,5}$/u;

/**
 * Whether `short` ("MoDOT") spells `name` ("Missouri Department of Transportation") word by word: its first part, a
 * capital and small letters, is the first word's first letter and others of it in order; each capital after it is the next word's initial, a lower-case
 * "of" or "and" counted.
 */
export function spellsByOpenings(short: string, name: string): boolean {
  const parts = short.match(/\p{Lu}\p{Ll}*/gu) ?? [];
  const words = name.split(/\s+/);
  if (parts.length !== words.length) return false;
  // (the first part's letters in order in the first word, from its first: a state's "Mo" of Missouri, "Penn")
  const first = (words[0] as string).toLowerCase();
  const opening = (parts[0] as string).toLowerCase();
  if (first[0] !== opening[0]) return false;
  let at = 1;
  for (const letter of opening.slice(1)) {
    at = first.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return parts.every((part, k) => k === 0 || (words[k] as string).toLowerCase().startsWith(part.toLowerCase()));
}

/**
 * "the Executive Unit" after "the Executive Unit for IDP Camps", "Lanternfish" beside "Lanternfish Games":
 * an organization whose whole name (one or two words) opens exactly one longer organization's name, word
 * by word, is that organization — when no person bears its words, the full name comes first, and a
 * one-word name can stand for a whole one (`standsAlone`: no organization head, country, generic or
 * function word). Runs once every mention has its cluster, so a short form the tagger typed on its own
 * ("a tester at Lanternfish") still joins. Organizations are indexed by their first one and two words.
 */
function joinOpeningOrganizations(clusters: Cluster[], byKey: Map<string, Cluster>, text: string): void {
  // ("Daeyang shipyard workers begin …" in the headline, "Daeyang Heavy Industries" first in the body)
  const bodyStart = headlineEnd(text);
  const orgs = clusters.filter((c) => c.type === "Organization" && c.kind !== "country");
  // (not a "person" whose whole name an organization bears too, the tagger's reading of one of its mentions: "Prairie
  // Crossing surveyors" beside "Prairie Crossing spokesman" and "Prairie Crossing Pipeline LLC", 2026-12-07, newsdev76)
  const orgNames = new Set(orgs.map((c) => nameKey(c.name)));
  const personWords = wordsOfPeople(clusters.filter((c) => !(c.type === "Person" && orgNames.has(nameKey(c.name)))));
  const byOpening = new Map<string, Cluster[]>();
  for (const c of orgs) {
    const words = nameKey(c.name).split(" ");
    for (let n = 1; n <= 2 && n < words.length; n++) addTo(byOpening, words.slice(0, n).join(" "), c);
  }
  const joined = new Set<Cluster>();
  for (const short of orgs) {
    if (joined.has(short)) continue;
    const words = short.name.trim().split(/\s+/);
    // ("an eThekwini councillor" after "eThekwini Municipality": a name's first word may open in lower case)
    if (words.length > 2 || words.some((w) => !/^(?:\p{Lu}|\p{Ll}+\p{Lu})/u.test(w))) continue;
    if (words.length === 1 && !standsAlone(short.name)) continue;
    if (words.some((w) => personWords.has(nameKey(w)))) continue;
    const longer = (byOpening.get(nameKey(short.name)) ?? []).filter((c) => c !== short && !joined.has(c));
    const full = longer.length === 1 ? (longer[0] as Cluster) : mainOpened(longer);
    // the full name first, as a short form follows it ("the House" before "the House Intelligence
    // Committee" is the chamber, not its committee); a company's or a party's name and its head word may come
    // in either order ("carmaker Qingfeng recalls …" in the headline, "Qingfeng Motors" in the text)
    // ("Supreme Court refuses …" in the headline, "The Supreme Court of India" in the text: a body "of" a place
    // is called by the words before "of")
    // (the body's first, when the headline has the short name first — but not for a known organization and a
    // name no lexicon typed: "Breitbart News" is no "Breitbart News Daily" show)
    const known = short.kind !== undefined && short.kind !== "organization" && full?.kind === "organization";
    // ("the Hanbit Semiconductor Workers' Union" before "Hanbit Semiconductor said …": a body of the short name's
    // workers is another organization, newsdev57)
    const staffBody =
      full !== undefined &&
      /^(?:workers|employees|staff|retirees)['’]?$/.test(
        nameKey(full.name).split(" ")[nameKey(short.name).split(" ").length] ?? "",
      );
    // ("the Republican Party's presidential nomination" beside "the Republican Party of Iowa": the national party is
    // not its state party, newsdev72)
    const stateParty =
      full !== undefined &&
      short.kind === "party" &&
      nameKey(full.name).startsWith(`${nameKey(short.name)} of `) &&
      US_STATE_NAMES.has(full.name.slice(short.name.length + 4));
    if (
      full &&
      !staffBody &&
      !stateParty &&
      (firstStart(full) < firstStart(short) ||
        (!known && firstStartFrom(full, bodyStart) < firstStartFrom(short, bodyStart)) ||
        companyWordAfter(short, full) ||
        nameKey(full.name).startsWith(`${nameKey(short.name)} of `))
    ) {
      merge(clusters, byKey, full, short);
      joined.add(short);
    }
  }
}

/**
 * "the Interior Ministry" beside "the Federal Ministry of the Interior", "the Foreign Ministry" beside "the
 * Ministry of Foreign Affairs": a ministry named by its portfolio before "Ministry" is the one ministry whose
 * name has that portfolio after "of" / "for", when the article names one.
 */
function joinMinistryForms(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  for (const short of [...clusters]) {
    if (short.type !== "Organization" || !clusters.includes(short)) continue;
    const portfolio = /^(\p{Lu}\p{Ll}+) Ministry$/u.exec(short.name)?.[1]?.toLowerCase();
    if (!portfolio) continue;
    const full = clusters.filter((c) => {
      if (c === short || c.type !== "Organization") return false;
      const after = /\bMinistry (?:of|for) (?:the )?(.+)$/.exec(c.name)?.[1]?.toLowerCase();
      return after !== undefined && (after === portfolio || after.startsWith(`${portfolio} `));
    });
    if (full.length === 1) merge(clusters, byKey, full[0] as Cluster, short);
  }
}

/** Whether `short`'s words stand in `long`'s in order, the last the same, with words between them left out. */
function gappedIn(short: readonly string[], long: readonly string[]): boolean {
  if (short.at(-1) !== long.at(-1) || short.length >= long.length) return false;
  let at = 0;
  for (const w of long) if (w === short[at]) at++;
  return at === short.length;
}

/**
 * "the Legal Defense Fund would appeal" after "the NAACP Legal Defense and Educational Fund": an organization's name
 * of three capitalised words or more whose words stand, in order and ending with its head, in exactly one longer
 * organization's name named before it (some of that name's words left out) is that organization (not a party's or a
 * country's). 2026-12-07, newsdev81.
 */
function joinGappedNames(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  const orgs = clusters.filter((c) => c.type === "Organization" && !c.country && c.kind !== "party");
  for (const short of orgs) {
    if (!clusters.includes(short) || short.mentions.length === 0) continue;
    const words = short.name.split(/\s+/);
    if (words.length < 3 || words.some((w) => !/^\p{Lu}/u.test(w))) continue;
    const longer = orgs.filter(
      (c) =>
        c !== short &&
        clusters.includes(c) &&
        c.mentions.length > 0 &&
        firstStart(c) < firstStart(short) &&
        gappedIn(words, c.name.split(/\s+/)),
    );
    if (longer.length === 1) merge(clusters, byKey, longer[0] as Cluster, short);
  }
}

/**
 * A Spanish name's paternal surname before a maternal one that "de" or "de la" opens, captured ("Gonzalo Urquiaga de
 * la Puente" … "Urquiaga", 2026-12-08, newsdev87).
 */
const PATERNAL_SURNAME = /^\p{Lu}[\p{L}'’-]* (\p{Lu}[\p{L}'’-]*) (?:de la|de los|de las|del|de) \p{Lu}[\p{L}'’-]*$/u;

/** A Catalan name's two surnames joined by "i", the first captured ("Núria Casals i Pujol"). */
const CATALAN_SURNAMES = / (\p{Lu}[\p{L}'’-]*) i \p{Lu}[\p{L}'’-]*$/u;

/** A Malay patronymic, the given name before it captured ("Rosli bin Othman", "Siti Aminah binti Yusof"). */
const PATRONYMIC = /(\p{Lu}\p{Ll}+) (?:bin|binti|bte|bt\.?|a\/l|a\/p) \p{Lu}/u;

/**
 * "the Farm Bureau’s chief lobbyist" after "the American Farm Bureau Federation": an organization's name of two
 * words or more written inside (not opening) exactly one longer organization's name named before it, word for word, is that
 * organization (not a party's or a country's: "Democratic Party" inside "Kentucky Democratic Party" is the national
 * party).
 */
function joinInnerNames(clusters: Cluster[], byKey: Map<string, Cluster>, tokens: readonly Token[]): void {
  const orgs = clusters.filter((c) => c.type === "Organization" && !c.country && c.kind !== "party");
  for (const short of orgs) {
    if (!clusters.includes(short) || short.mentions.length === 0) continue;
    const words = short.name.split(/\s+/);
    if (words.length < 2 || words.some((w) => !/^\p{Lu}/u.test(w))) continue;
    // ("Ohio Supreme Court" is no "U.S. Supreme Court": a short name after another place's is that place's body)
    const placed = short.mentions.some((m) => {
      const before = tokens[m.first - 1];
      return (
        (before?.cap === true && isPlaceWord(before.text)) ||
        (m.text !== m.name && isPlaceWord(m.text.split(/\s+/)[0] ?? ""))
      );
    });
    if (placed) continue;
    const inner = ` ${short.name} `;
    const longer = orgs.filter(
      (c) =>
        c !== short &&
        clusters.includes(c) &&
        c.mentions.length > 0 &&
        ` ${c.name} `.includes(inner) &&
        // (an opening is the opening join's to decide: "Central Hearings Committee" before "… of the GAA")
        !c.name.startsWith(`${short.name} `) &&
        // ("Central Hearings Committee of the Gaelic Athletic Association": a body of the other, not it)
        !` ${c.name} `.includes(` of ${short.name} `) &&
        !` ${c.name} `.includes(` of the ${short.name} `) &&
        firstStart(c) < firstStart(short),
    );
    if (longer.length === 1) merge(clusters, byKey, longer[0] as Cluster, short);
  }
}

/**
 * "the Corps" after "the U.S. Army Corps of Engineers": a one-word organization's name (no organization head's, no
 * country's) that stands right before "of" inside exactly one longer organization's name named before it is that
 * organization (2026-12-07, newsdev65).
 */
function joinHeadsOfOf(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  const orgs = clusters.filter((c) => c.type === "Organization" && !c.country);
  for (const short of orgs) {
    if (!clusters.includes(short) || short.mentions.length === 0 || /\s/.test(short.name)) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(short.name) || ORG_HEADS.has(short.name.toLowerCase())) continue;
    const longer = orgs.filter(
      (c) =>
        c !== short &&
        clusters.includes(c) &&
        c.mentions.length > 0 &&
        ` ${c.name} `.includes(` ${short.name} of `) &&
        firstStart(c) < firstStart(short),
    );
    if (longer.length === 1) merge(clusters, byKey, longer[0] as Cluster, short);
  }
}

/** A country's or a US state's (or big city's) name: "U.S.", "Ohio". */
function isPlaceWord(word: string): boolean {
  return countryOf(word) !== undefined || PLACES.has(word.toLowerCase());
}

/** "CJNW" for "CJNW-FM": a station's call sign without its band. */
function joinCallSigns(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  for (const full of [...clusters]) {
    const sign = /^(\p{Lu}{3,5})-(?:FM|AM|TV|DT)$/u.exec(full.name)?.[1];
    if (full.type !== "Organization" || !sign || !clusters.includes(full)) continue;
    const short = clusters.find((c) => c !== full && c.type === "Organization" && c.name === sign);
    if (short) merge(clusters, byKey, full, short);
  }
}

/** The names and aliases of the organizations the lexicon knows, lower-cased. */
const KNOWN_ORG_NAMES: ReadonlySet<string> = new Set(
  KNOWN_ORGS.flatMap((o) => [o.name, ...o.aliases]).map((n) => n.toLowerCase()),
);
/** Kinds of public bodies, often named for the person who heads them ("the Obama White House"). */
const GOVERNMENT_KINDS = new Set(["government", "legislature", "agency", "ministry", "court"]);

/**
 * "Rift Stride said …" after "His management company, Rift Stride Management, denied …": a name of one or two words
 * the tagger alone read as a person's (no title, no listed first name, no word any other person bears) that opens
 * exactly one organization's name, named before it, is that organization.
 */
function joinOpenedPeople(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  for (const short of [...clusters]) {
    if (short.type !== "Person" || !clusters.includes(short) || short.titles.size > 0) continue;
    const words = short.name.split(/\s+/);
    if (words.length > 2 || wordBorneByPerson(clusters, short)) continue;
    // (a listed first name opens a person's name, unless the organization is one named for a place: "Pearl Bend’s
    // graduation rate" after "the Pearl Bend School District", 2026-12-07, newsdev81)
    const firstName = isListedFirstName(words[0] ?? "");
    // (not "Obama" beside "the Obama White House": an institution the lexicon knows, named for a person, keeps the
    // person)
    const full = clusters.filter(
      (c) =>
        c.type === "Organization" &&
        (!firstName || (words.length === 2 && PLACE_NAMED.test(c.name))) &&
        !c.country &&
        !GOVERNMENT_KINDS.has(c.kind ?? "") &&
        !KNOWN_ORG_NAMES.has(c.name.slice(short.name.length + 1).toLowerCase()) &&
        c.mentions.length > 0 &&
        c.name.startsWith(`${short.name} `) &&
        firstStart(c) < firstStart(short),
    );
    if (full.length !== 1) continue;
    for (const m of short.mentions) {
      m.type = "Organization";
      delete m.tentative;
    }
    short.type = "Organization";
    merge(clusters, byKey, full[0] as Cluster, short);
  }
}

/** Bodies named for the place they serve ("the Pearl Bend School District", "the Cass Falls Water District"). */
const PLACE_NAMED = /\b(?:School District|Water District|Public Schools|Township|Borough)$/;

/** A US federal department, its portfolio captured ("U.S. Department of Health and Human Services"). */
const US_DEPARTMENT = /^(?:U\.S\. |United States )?Department of (?:the )?(.+)$/;

/** A local council by its kind alone ("City Council", "County Council"), as a town's own story calls it. */
const BARE_COUNCIL = /^(?:City|Town|County|District|Borough|Parish|Municipal) Council$/;

/**
 * "Whitfield said the City Council would vote" after "the Morrow Springs City Council": a council named by its kind
 * alone is the one council of the article whose name ends with it.
 */
function joinBareCouncils(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  for (const short of [...clusters]) {
    if (short.type !== "Organization" || !BARE_COUNCIL.test(short.name) || !clusters.includes(short)) continue;
    const full = clusters.filter((c) => c !== short && c.type === "Organization" && c.name.endsWith(` ${short.name}`));
    if (full.length === 1) merge(clusters, byKey, full[0] as Cluster, short);
  }
}

/**
 * "Hadley Falls Police Chief Warren Tate" beside "the Hadley Falls Police Department": a police force named without
 * its "Department", "Service" or "Force" is the one organization named so in full (2026-12-08, newsdev86; the
 * bare title "chief" gave the short name an affiliation of its own in newsdev59).
 */
function joinForceShortNames(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  for (const short of [...clusters]) {
    if (short.type !== "Organization" || !/ Police$/.test(short.name) || !clusters.includes(short)) continue;
    const full = clusters.filter(
      (c) =>
        c !== short &&
        c.type === "Organization" &&
        / (?:Department|Service|Force)$/.test(c.name) &&
        c.name.startsWith(`${short.name} `),
    );
    if (full.length === 1) merge(clusters, byKey, full[0] as Cluster, short);
  }
}

/**
 * "gives the Legislature until March 15" after "the General Assembly": a US state's legislature named by its noun
 * alone is the one General Assembly the article names (the gold READMEs' newsdev36 and newsdev70, 2026-12-07).
 */
function joinBareLegislature(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  const short = clusters.find((c) => c.type === "Organization" && c.name === "Legislature");
  if (!short) return;
  const full = clusters.filter((c) => c.type === "Organization" && /(?:^| )General Assembly$/.test(c.name));
  if (full.length === 1) merge(clusters, byKey, full[0] as Cluster, short);
}

/**
 * "Daeyang" beside "Daeyang Heavy Industries", "Daeyang Heavy Industries Workers’ Union" and "Daeyang
 * Group": among several organizations a short name opens, leave out those whose names extend another's (the
 * company's union); of the rest, the one named at least twice and twice as often as any other, if any.
 */
function mainOpened(longer: readonly Cluster[]): Cluster | undefined {
  if (longer.length < 2) return undefined;
  const keys = longer.map((c) => nameKey(c.name));
  const bases = longer.filter((_, k) => !keys.some((other, j) => j !== k && keys[k]?.startsWith(`${other} `)));
  if (bases.length === 1) return bases[0];
  const counts = bases.map((c) => c.mentions.length).sort((a, b) => b - a);
  const [first = 0, second = 0] = counts;
  if (first < 2 || first < 2 * second) return undefined;
  return bases.find((c) => c.mentions.length === first);
}

/**
 * "Almagro Norte" and "Almagro" beside "Club Atlético Almagro Norte": an organization's name after
 * generic opening words (organization heads, "Club Atlético", "Real", "FC") is what the article calls
 * it. A name of one or two capitalised words that is exactly that rest of one organization's name is
 * that organization — an organization, or a "person" the tagger alone typed (no title, no known first
 * name, no other person bearing its words: "Almagro Norte reach Copa Argentina final" in a headline).
 * Runs after the opening join.
 */
function joinClosingNames(clusters: Cluster[], byKey: Map<string, Cluster>, tokens: readonly Token[]): void {
  const byRest = new Map<string, Cluster[]>();
  // "Unión" for "Unión de Paraná": only where no "the" stands before the word
  const byHead = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.type !== "Organization" || c.country) continue;
    for (const key of closingKeys(c.name)) addTo(byRest, key, c);
    // ("Rovers" for "Strathearn Rovers")
    const tail = clubTailKey(c.name);
    if (tail) addTo(byRest, tail, c);
    // ("Cañeras" for "Club Atlético Cañeras de Córdoba")
    const core = clubCoreKey(c.name);
    if (core) addTo(byRest, core, c);
    const head = headKey(c.name);
    if (head) addTo(byHead, head, c);
  }
  if (byRest.size === 0 && byHead.size === 0) return;
  const bare = (c: Cluster) => c.mentions.every((m) => tokens[m.first - 1]?.lower !== "the");
  for (const short of [...clusters]) {
    const key = nameKey(short.name);
    const headed = byHead.get(key);
    const full = byRest.get(key) ?? (headed && short.type === "Organization" && bare(short) ? headed : undefined);
    if (full?.length !== 1 || full[0] === short || !closingNameCandidate(short)) continue;
    if (wordBorneByPerson(clusters, short)) continue;
    for (const m of short.mentions) {
      m.type = "Organization";
      delete m.tentative;
    }
    merge(clusters, byKey, full[0] as Cluster, short);
  }
}

/**
 * "Golden Harbour, which built luxury flats …" after "Golden Harbour Holdings": a name no lexicon or
 * tagger typed (one or two words) that is a company's name without its company word (`openingKey`) is
 * that company, when one company is so called and no person bears its words. Takes the mentions it
 * attaches out of `unknown`.
 */
function joinCompanyOpenings(clusters: Cluster[], unknown: Mention[]): void {
  const byOpening = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.type !== "Organization" || c.country) continue;
    const key = openingKey(c.name);
    if (key) addTo(byOpening, key, c);
  }
  if (byOpening.size === 0) return;
  const personWords = wordsOfPeople(clusters);
  for (let i = unknown.length - 1; i >= 0; i--) {
    const m = unknown[i] as Mention;
    if (m.last - m.first > 2) continue;
    const key = nameKey(m.name);
    const full = byOpening.get(key);
    if (full?.length !== 1 || key.split(" ").some((w) => personWords.has(w))) continue;
    attach(full[0] as Cluster, m);
    unknown.splice(i, 1);
  }
  // "Permata Lestari said in a filing …" after "Permata Lestari Holdings Bhd": a "person" only the tagger typed,
  // whose whole name is the company's without its company words, is the company (when no other person bears
  // its words)
  for (const c of [...clusters]) {
    if (c.type !== "Person" || !closingNameCandidate(c)) continue;
    const full = byOpening.get(nameKey(c.name));
    if (full?.length !== 1) continue;
    if (wordBorneByPerson(clusters, c)) continue;
    const company = full[0] as Cluster;
    for (const m of c.mentions) {
      m.type = "Organization";
      delete m.tentative;
      attach(company, m);
    }
    c.mentions = [];
    clusters.splice(clusters.indexOf(c), 1);
  }
}

/** Whether another person of the article bears a word of `c`'s name ("Almagro" beside "Ezequiel Almagro"). */
function wordBorneByPerson(clusters: readonly Cluster[], c: Cluster): boolean {
  const words = new Set(nameKey(c.name).split(" "));
  return clusters.some(
    (o) =>
      o !== c &&
      o.type === "Person" &&
      nameKey(o.name)
        .split(" ")
        .some((w) => words.has(w)),
  );
}

/** A cluster a closing name may be: an organization (not a country), or a person only the tagger made one. */
function closingNameCandidate(c: Cluster): boolean {
  const words = c.name.trim().split(/\s+/);
  if (words.length > 2 || words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w))) return false;
  if (c.type === "Organization") return !c.country;
  return (
    c.titles.size === 0 &&
    firstNameGender(words[0] as string) === undefined &&
    c.mentions.every((m) => m.tagged === "PER" && m.title === undefined)
  );
}

/** The name keys of every word of the people's names ("ruiz", "isabel"). */
function wordsOfPeople(clusters: readonly Cluster[]): Set<string> {
  return new Set(clusters.filter((c) => c.type === "Person").flatMap((c) => nameKey(c.name).split(" ")));
}

/**
 * The full name is the short name and one company or party word ("Qingfeng" → "Qingfeng Motors", "Acme
 * Corp.", "Labour" → "Labour Party").
 */
function companyWordAfter(short: Cluster, full: Cluster): boolean {
  const words = nameKey(full.name).split(" ");
  const last = words.at(-1) as string;
  return (
    words.length === nameKey(short.name).split(" ").length + 1 &&
    (COMPANY_NAME_ENDS.has(last) || ORG_HEADS.get(last) === "company" || ORG_HEADS.get(last) === "party")
  );
}

const firstStart = (c: Cluster) => Math.min(...c.mentions.map((m) => m.start));
/** Where the first mention at or after `from` starts (Infinity when none). */
const firstStartFrom = (c: Cluster, from: number) =>
  Math.min(...c.mentions.filter((m) => m.start >= from).map((m) => m.start));

/** Where a first line that reads as a title (short, no closing full stop) ends, blank line or not; else 0. */
function titleLineEnd(text: string): number {
  const end = text.indexOf("\n");
  return end > 0 && end <= 200 && !/[.!?]["”’]?\s*$/.test(text.slice(0, end)) ? end : 0;
}

/** A company by its kind or the last word of its name ("… Motors", "… AG"). */
function isCompany(c: Cluster): boolean {
  const last = c.name.trim().split(/\s+/).at(-1)?.toLowerCase() ?? "";
  return c.kind === "company" || COMPANY_NAME_ENDS.has(last) || LEGAL_FORMS.has(last);
}

/**
 * The first word of a company's name of two words or more when it can stand for the whole
 * ("Qingfeng" of "Qingfeng Motors", "Kaveri" of "Kaveri Systems"): a proper name, not an
 * organization head, a country or a generic word ("National", "United", "New").
 */
function nameOpening(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  const first = words[0] ?? "";
  return words.length >= 2 && standsAlone(first) ? nameKey(first) : undefined;
}

/** A proper word that can stand for an organization it opens: no organization head, country, generic or function word. */
function standsAlone(word: string): boolean {
  if (!/^(?:\p{Lu}\p{Ll}{2,}|\p{Ll}+\p{Lu}\p{Ll}{2,})$/u.test(word)) return false;
  const key = nameKey(word);
  return !ORG_HEADS.has(key) && !GENERIC_OPENINGS.has(key) && !countryOf(word) && !FUNCTION_WORDS.has(key);
}

/**
 * The word a name of three words or more may be called by besides its last: the one before a
 * suffix ("Cruz" of "Ramon dela Cruz Jr."), else the second-to-last (a first surname, "Robles" of
 * "Ignacio Robles Treviño"; a family name before a given name, "Lau" of "Amos Lau Kin-pong"); not an
 * initial. Undefined for two words.
 */
function innerSurname(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < 3) return undefined;
  // with a suffix the word before it, without one the second-to-last: the same place
  const word = words.at(-2) ?? "";
  if (isNameSuffix(word)) return undefined;
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return undefined;
  return nameKey(word);
}

/**
 * "Valentina Rojas" (a headline, a first mention) and "Valentina Rojas Quiroga": a two-word name that opens
 * exactly one longer person's name is that person (a name without its second surname) — when the longer name has
 * three words or more, the last no generational suffix ("Duncan Hunter Sr." is another man), is written in the
 * body (a headline's Title Case runs on into its verb, "Elizabeth Warren Hammers …") and is named at least as
 * often. Longer names are indexed by their first two words: one pass, not a search per name.
 */
function joinShortPersonNames(text: string, clusters: Cluster[], byKey: Map<string, Cluster>): void {
  const bodyStart = Math.max(headlineEnd(text), titleLineEnd(text));
  const byOpening = new Map<string, Cluster[]>();
  // ("Lilian Serem" in a headline, "Lilian Jepkemoi Serem" in the body: the given name and the surname, the middle
  // name left out)
  const byEnds = new Map<string, Cluster[]>();
  for (const o of clusters) {
    if (o.type !== "Person") continue;
    const words = nameKey(o.name).split(" ");
    if (words.length >= 3) addTo(byOpening, words.slice(0, 2).join(" "), o);
    if (words.length >= 3 && !isNameSuffix(words.at(-1) ?? "")) addTo(byEnds, `${words[0]} ${words.at(-1)}`, o);
  }
  // ("Mac Thibodeau" in a headline, 'Marcus "Mac" Thibodeau' in the body: the nickname and the surname)
  const byNickname = new Map<string, Cluster[]>();
  for (const o of clusters)
    if (o.type === "Person")
      for (const m of o.mentions)
        if (m.nickname) addTo(byNickname, `${nameKey(m.nickname)} ${nameKey(o.name.split(/\s+/).at(-1) ?? "")}`, o);
  const merged = new Set<Cluster>();
  for (const c of [...clusters]) {
    if (c.type !== "Person" || merged.has(c)) continue;
    const key = nameKey(c.name);
    if (key.split(" ").length !== 2) continue;
    const nicknamed = [...new Set(byNickname.get(key) ?? [])].filter((o) => o !== c && !merged.has(o));
    if (nicknamed.length === 1) {
      merge(clusters, byKey, nicknamed[0] as Cluster, c);
      merged.add(c);
      continue;
    }
    const candidates = (index: Map<string, Cluster[]>) =>
      [...new Set(index.get(key) ?? [])].filter((o) => {
        if (o === c || merged.has(o)) return false;
        const inBody = o.mentions.some((m) => m.start >= bodyStart && nameKey(m.name) === nameKey(o.name));
        return !isNameSuffix(o.name.split(/\s+/).at(-1) ?? "") && inBody;
      });
    const opening = candidates(byOpening);
    const longer = opening.length > 0 ? opening : candidates(byEnds);
    const full = longer.length === 1 ? longer[0] : undefined;
    if (!full || full.mentions.length < c.mentions.length) continue;
    merge(clusters, byKey, full, c);
    merged.add(c);
  }
}

/**
 * "Kestrel Forge" (read as a person's name) and "Kestrel Forge Interactive": a name with no title that opens
 * exactly one company's name, the rest a company word, is that company named short; so is one word that is no
 * given name ("Brightpath" after "Brightpath Loan Services"), whatever the rest.
 */
function joinCompanyShortNames(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  // organizations by the first one to four words of their names (one pass, not a search per person)
  const byOpening = new Map<string, Cluster[]>();
  for (const o of clusters) {
    if (o.type !== "Organization") continue;
    const words = nameKey(o.name).split(" ");
    for (let n = 1; n < Math.min(words.length, 5); n++) addTo(byOpening, words.slice(0, n).join(" "), o);
  }
  const merged = new Set<Cluster>();
  for (const c of [...clusters]) {
    // ("Prairie Crossing spokesman Tomas Ridley-Greer" after "Prairie Crossing Health": a name of two words or more
    // an employer's place before a role made an organization of no known kind is the short name too)
    // (or a company's name without its legal form: "Raio Bebidas" after "Raio Bebidas S.A.")
    const untypedOrg =
      c.type === "Organization" && (c.kind === "organization" || c.kind === "company") && nameKey(c.name).includes(" ");
    if ((c.type !== "Person" && !untypedOrg) || c.mentions.some((m) => m.title)) continue;
    const key = nameKey(c.name);
    // (and no other organization's name opens with the same words: "Chama" opens two parties' names)
    const opening = (byOpening.get(key) ?? []).filter((o) => !merged.has(o) && o !== c);
    if (opening.length !== 1) continue;
    const full = opening[0] as Cluster;
    const rest = full.name.split(/\s+/).slice(c.name.split(/\s+/).length);
    // ("Brightpath" after "Brightpath Loan Services": one word no given name, the company's first; one word: a
    // company's, a club's or a group's, not a party's — "Chama" is no short "Chama Cha Mapinduzi"; two or more: a
    // company word after them, not an eponym's — "Chelsea Clinton Foundation", "… Campaign")
    // (not a president's name, nor before an eponym's head: "The Obama White House said little. Obama said …")
    const oneWord = !key.includes(" ") && !isListedFirstName(c.name) && !isPresidentName(c.name);
    if (oneWord && EPONYM_HEADS.test(rest.at(-1) ?? "")) continue;
    const company = oneWord
      ? full.kind !== "country" &&
        (!PUBLIC_KINDS.has(full.kind ?? "") || COMPANY_WORDS.test(rest.at(-1) ?? "")) &&
        rest.length <= 3
      : rest.length === 1 && COMPANY_WORDS.test(rest[0] ?? "");
    // (a short form after the full name: "Chama", before "Chama Cha Mapinduzi", opened another name; a
    // broadcaster's name without its "TV" may come first: "Al Mamlaka broadcast ten minutes …" before "Al Mamlaka TV")
    // (a headline may write the short form first: "Onça Negra manager tells Wikinews …" before "Onça Negra Esports")
    const after = Math.max(...c.mentions.map((m) => m.start)) > Math.min(...full.mentions.map((m) => m.start));
    const station = !oneWord && rest.length === 1 && BROADCAST_WORDS.test(rest[0] ?? "");
    // ("We buy through Hvítá Orka …" before "a spokesman for Hvítá Orka hf.": the name without its legal form, first)
    // ("Karasjok Reinkjøtt, the slaughterhouse in the village" before "Karasjok Reinkjøtt AS": a form in capitals)
    const legalForm =
      !oneWord && rest.length === 1 && (LEGAL_FORMS.has((rest[0] ?? "").toLowerCase()) || isCapitalForm(rest[0] ?? ""));
    if (!(company || station || legalForm) || !(after || station || legalForm)) continue;
    merge(clusters, byKey, full, c);
    merged.add(c);
  }
}

/**
 * "The records were provided to The Times" after "The New York Times", "the Advocate" after "the Wandilla
 * Advocate": an organization's short name — its last word, "The" before it or not — is the one organization of
 * the article whose name ends so ("The Post", "The Journal").
 */
function joinPaperShortNames(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  for (const short of [...clusters]) {
    // (or the word alone: "the Advocate" for "Wandilla Advocate"; or two: "the First Nation" for "Lhatko Lake First
    // Nation", not a party's or a court's — "the Republican Party" beside a state's is the national one)
    const word = /^(?:The )?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u.exec(short.name)?.[1];
    if (!word || short.type !== "Organization" || short.country) continue;
    const two = word.includes(" ");
    if (two && (short.kind === "party" || short.kind === "court" || STATE_AND_NATION_BODIES.test(word))) continue;
    const full = clusters.filter(
      (c) =>
        c !== short &&
        c.type === "Organization" &&
        !c.country &&
        c.name.replace(/^The /, "").split(/\s+/).length >= (two ? 3 : 2) &&
        c.name.endsWith(` ${word}`) &&
        // (the words after "of" are what the body is of, not its head: "Assembly of First Nations", "Te Rūnanga o Ngāti
        // Kōwhai")
        (!two ||
          (c.kind !== "party" &&
            c.kind !== "court" &&
            !/ (?:of|o|de|del|da|do|di|du) (?:the )?$/.test(c.name.slice(0, -word.length)))),
    );
    if (full.length === 1) merge(clusters, byKey, full[0] as Cluster, short);
  }
}

/**
 * "the Department of Forestry" after "the Oregon Department of Forestry": an organization's name of two words or
 * more that is the rest of exactly one other's after a state's or a country's name, written after it, is that
 * organization (a state agency named without its state).
 */
function joinPlacelessNames(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  const byRest = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.type !== "Organization" || c.country) continue;
    const words = c.name.split(/\s+/);
    for (const n of [1, 2]) {
      if (words.length - n < 2 || !isStateOrCountry(words.slice(0, n).join(" "))) continue;
      addTo(byRest, nameKey(words.slice(n).join(" ")), c);
    }
  }
  if (byRest.size === 0) return;
  const firstAt = (c: Cluster) => Math.min(...c.mentions.map((m) => m.start));
  for (const short of [...clusters]) {
    if (short.type !== "Organization" || short.country || !short.name.includes(" ")) continue;
    // (not a party's or a court's, nor one written with another place: "the U.S. Supreme Court" beside "the Ohio
    // Supreme Court")
    if (short.kind === "party" || short.kind === "court" || STATE_AND_NATION_BODIES.test(short.name)) continue;
    if (short.mentions.some((m) => nameKey(m.text.replace(/^the\s+/i, "")) !== nameKey(short.name))) continue;
    const full = (byRest.get(nameKey(short.name)) ?? []).filter((c) => c !== short && clusters.includes(c));
    if (full.length === 1 && firstAt(full[0] as Cluster) < firstAt(short))
      merge(clusters, byKey, full[0] as Cluster, short);
  }
}

/** Whether words name a US state or a country ("Oregon", "New Mexico", "Kenya"). */
function isStateOrCountry(words: string): boolean {
  return PLACES.has(words.toLowerCase()) || countryOf(words)?.form === "name";
}

/** Last words of bodies a state and the nation both have, whose short name is the nation's ("Supreme Court"). */
const STATE_AND_NATION_BODIES = /\b(?:Court|Party|Senate|House|Assembly|Congress|Department|Ministry)$/;

/**
 * "The Municipality of Pucón has rebuilt two bridges … Pucón lives from the volcano": a one-word "person" only the
 * tagger made one (no title, no given name, no other person's surname) whose name is the place an organization's
 * name ends with after "of" is that place, no actor. Its mentions leave the table.
 */
function dropPlacesOfOrganizations(clusters: Cluster[]): void {
  const places = new Set<string>();
  for (const o of clusters) {
    if (o.type !== "Organization" || o.country) continue;
    const of = / of (?:the )?(\p{Lu}[\p{L}\p{M}'’-]*)$/u.exec(o.name);
    if (of) places.add(nameKey(of[1] as string));
  }
  if (places.size === 0) return;
  const personWords = new Set(
    clusters.filter((c) => c.type === "Person" && c.name.includes(" ")).flatMap((c) => nameKey(c.name).split(" ")),
  );
  for (const c of [...clusters]) {
    if (c.type !== "Person" || c.name.includes(" ") || !places.has(nameKey(c.name))) continue;
    if (personWords.has(nameKey(c.name)) || isListedFirstName(c.name)) continue;
    if (c.titles.size > 0 || c.mentions.some((m) => m.title !== undefined || m.tagged !== "PER")) continue;
    c.mentions = [];
    clusters.splice(clusters.indexOf(c), 1);
  }
}

/** Last words of an institution named after a person ("the Obama White House", "the Clinton Foundation"). */
const EPONYM_HEADS =
  /^(?:House|Administration|Foundation|Campaign|Institute|Center|Centre|Library|Museum|Award|Prize|Doctrine)$/;

/** Kinds of organization a word of the name never stands for alone ("Chama" of "Chama Cha Mapinduzi"). */
const PUBLIC_KINDS = new Set(["party", "legislature", "government", "ministry", "agency", "country", "court"]);

/** Words that end a company's name after its distinctive words ("Kestrel Forge Interactive"), not an eponym's ("… Foundation"). */
const COMPANY_WORDS =
  /^(?:Interactive|Games|Studios?|Publishing|Group|Holdings|Media|Entertainment|Inc\.?|Ltd\.?|LLC|Corp\.?|Company|Systems|Technologies|Labs|Software|Records|Pictures|Films|Services|Constructors|Construction|Contractors|Builders|Industries|Enterprises|Logistics|Engineering|Health|Healthcare|Pharmaceuticals|Foods|Brands|Airlines|Motors|Research|Analytics|Associates|Consulting|Strategies|Partners|Esports|Gaming|Energy|S\.A\.|SA|AG|GmbH|Srl|SpA|AS|ASA|AB|Oy|NV|BV|Ltda\.?)$/;

/** Words that end a broadcaster's name after its own ("Al Mamlaka TV", "Kiss FM"). */
const BROADCAST_WORDS = /^(?:TV|FM|Radio|Television)$/;

/** A short place and capital initials run together ("PennDOT", "MassDOT"): the place and the initials. */
const PLACE_ACRONYM = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}{2,})$/u;

/**
 * "PennDOT" beside "the Pennsylvania Department of Transportation": a name that runs a place's short form into the
 * initials of the rest of an organization's name ("of" counted: "DOT") is that organization, when one organization
 * of the article opens with a place so shortened.
 */
function joinPlaceAcronyms(clusters: Cluster[], byKey: Map<string, Cluster>) {
  for (const short of [...clusters]) {
    const parts = short.type === "Organization" ? PLACE_ACRONYM.exec(short.name) : null;
    if (!parts || !clusters.includes(short)) continue;
    const [, place, acronym] = parts as unknown as [string, string, string];
    const full = clusters.filter((c) => {
      if (c === short || c.type !== "Organization") return false;
      const words = c.name.split(/\s+/);
      const rest = words
        .slice(1)
        .map((w) => w.charAt(0).toUpperCase())
        .join("");
      return (words[0] as string).startsWith(place) && words[0] !== place && rest === acronym;
    });
    if (full.length === 1) merge(clusters, byKey, full[0] as Cluster, short);
  }
}

/**
 * "the Ohio EPA" beside "the Ohio Environmental Protection Agency": a state's name and an acronym is the one
 * organization whose name opens with the same state and whose other words' initials (with or without its "of" and
 * "and") the acronym spells (2026-12-07, newsdev66's "Ohio AFL-CIO" made such names one mention).
 */
function joinStateAcronyms(clusters: Cluster[], byKey: Map<string, Cluster>) {
  for (const short of [...clusters]) {
    const parts = short.type === "Organization" ? /^(.+) (\p{Lu}{2,})$/u.exec(short.name) : null;
    if (!parts || !clusters.includes(short) || !PLACES.has((parts[1] as string).toLowerCase())) continue;
    const [, place, acronym] = parts as unknown as [string, string, string];
    const full = clusters.filter((c) => {
      if (c === short || c.type !== "Organization" || !c.name.startsWith(`${place} `)) return false;
      const words = c.name.slice(place.length + 1).split(/\s+/);
      const all = words.map((w) => w.charAt(0).toUpperCase()).join("");
      const content = words
        .filter((w) => !/^(?:of|and|for|the)$/.test(w))
        .map((w) => w.charAt(0))
        .join("");
      return all === acronym || content === acronym;
    });
    if (full.length === 1) merge(clusters, byKey, full[0] as Cluster, short);
  }
}

/**
 * "the ACLU of Nevada" beside "the American Civil Liberties Union of Nevada": an acronym and "of" a place is the one
 * organization whose name before the same "of" the acronym spells (newsdev57).
 */
function joinAcronymChapters(clusters: Cluster[], byKey: Map<string, Cluster>) {
  for (const short of [...clusters]) {
    const parts = short.type === "Organization" ? /^(\p{Lu}{2,6}) of (.+)$/u.exec(short.name) : null;
    if (!parts || !clusters.includes(short)) continue;
    const [, acronym, place] = parts as unknown as [string, string, string];
    const full = clusters.filter((c) => {
      if (c === short || c.type !== "Organization" || !c.name.endsWith(` of ${place}`)) return false;
      return spellsInitials(acronym, c.name.slice(0, -` of ${place}`.length));
    });
    if (full.length === 1) merge(clusters, byKey, full[0] as Cluster, short);
  }
  // ("the ACLU" beside "the American Civil Liberties Union of Wisconsin": the bare acronym of the one chapter named,
  // when no body the acronym spells whole is, newsdev71)
  for (const short of [...clusters]) {
    if (short.type !== "Organization" || !/^\p{Lu}{3,6}$/u.test(short.name) || !clusters.includes(short)) continue;
    const chapters = clusters.filter((c) => {
      const parts = c !== short && c.type === "Organization" ? /^(.+) of ([^ ].*)$/u.exec(c.name) : null;
      return parts !== null && spellsInitials(short.name, parts[1] as string) && isPlaceWord(parts[2] as string);
    });
    if (chapters.length === 1) merge(clusters, byKey, chapters[0] as Cluster, short);
  }
}

function merge(clusters: Cluster[], byKey: Map<string, Cluster>, into: Cluster, from: Cluster) {
  for (const m of from.mentions) attach(into, m);
  from.mentions = [];
  for (const [k, v] of byKey) if (v === from) byKey.set(k, into);
  clusters.splice(clusters.indexOf(from), 1);
}

/** Female role nouns written right before a name ("spokeswoman Kendall Rourke", "Congresswoman Ana Ruiz"). */
const FEMALE_ROLE =
  /(?:^|\s)(?:spokeswoman|chairwoman|congresswoman|councilwoman|assemblywoman|businesswoman|policewoman|actress|mother|wife|sister|daughter|grandmother|widow)\s+$/i;

/**
 * "Education Department spokeswoman Kendall Rourke": a female role noun before a person's mention tells her
 * gender better than a first-name list ("Kendall" is listed as a man's), so pronouns find her. The "-man" words
 * are left out: they are written of women too ("Trump spokesman Hope Hicks … she said").
 */
function genderByRoles(text: string, clusters: Cluster[]): void {
  for (const c of clusters) {
    if (c.type !== "Person") continue;
    for (const m of c.mentions) {
      // (the role may open the mention itself: "spokeswoman Kendall Rourke")
      const before = `${text.slice(Math.max(0, m.start - 16), m.start)}${m.text.slice(0, m.text.length - m.name.length)}`;
      if (FEMALE_ROLE.test(before)) c.gender = "f";
    }
  }
}

/** The gender a mention's honorific gives ("Mr." m; "Mrs.", "Ms.", "Miss" f), if it has one. */
function honorificOf(m: Mention): "m" | "f" | undefined {
  if (/^Mr\.?\s/.test(m.text)) return "m";
  if (/^(?:Mrs|Ms)\.?\s|^Miss\s/.test(m.text)) return "f";
  return undefined;
}

/** The gender the mentions' honorifics agree on, "u" when none or both. */
function honorificGender(mentions: readonly Mention[]): Gender {
  let male = false;
  let female = false;
  for (const m of mentions) {
    const g = honorificOf(m);
    if (g === "m") male = true;
    else if (g === "f") female = true;
  }
  return male === female ? "u" : male ? "m" : "f";
}

function finalizeNames(clusters: Cluster[]) {
  clusters.forEach((c, i) => {
    c.id = i;
    for (const m of c.mentions) m.cluster = i;
    if (c.type === "Person") {
      const longest = [...c.mentions].sort(
        (a, b) => b.last - b.first - (a.last - a.first) || b.name.length - a.name.length,
      )[0];
      if (longest) c.name = longest.name;
      const parts = c.name.split(/\s+/);
      if (parts.length >= 2) {
        c.firstName = parts[0];
        c.lastName = parts.at(-1);
        c.gender = firstNameGender(parts[0] ?? "") ?? "u";
      } else c.lastName = parts[0];
      // "Mr. Trump", "Ms. Warren": an honorific tells what an unknown first name (or none) does not
      if (c.gender === "u") c.gender = honorificGender(c.mentions);
    }
    c.forms.add(c.name);
  });
}

const TITLE_HEADS = new Map<string, string[]>();
for (const t of TITLES) {
  const list = TITLE_HEADS.get(t.head) ?? [];
  list.push(t.title);
  TITLE_HEADS.set(t.head, list);
}

/** Titles of a deputy to the office their head noun names ("vice president", "deputy director"). */
const SUBORDINATE_TITLE = /^(?:vice|deputy|assistant|associate|lieutenant|under)[\s-]/;

/** "the president", "the ambassador": a role nominal joins the most recent holder of the title. */
function addRoleNominals(text: string, tokens: Token[], clusters: Cluster[]) {
  // ("the Office of the Governor said": a title inside an organization's name is no role nominal)
  const insideOrganization = new Set<number>();
  for (const c of clusters)
    if (c.type === "Organization")
      for (const m of c.mentions) for (let k = m.first; k < m.last; k++) insideOrganization.add(k);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const det = tokens[i] as Token;
    const head = tokens[i + 1] as Token;
    if (det.lower !== "the" || insideOrganization.has(i + 1)) continue;
    // "the prime minister", "the vice president": a two-word title names its holders only
    const second = tokens[i + 2];
    const pair = second && !head.cap && !second.cap ? `${head.lower} ${second.lower}` : "";
    const paired = pair !== "" && (TITLE_HEADS.get(second?.lower ?? "") ?? []).includes(pair);
    const end = paired ? (second as Token) : head;
    // ("the president" is no vice president's, nor "the director" a deputy director's)
    const titles = paired ? [pair] : TITLE_HEADS.get(head.lower)?.filter((t) => !SUBORDINATE_TITLE.test(t));
    if (!titles || end.lower.endsWith(".")) continue;
    const next = tokens[paired ? i + 3 : i + 2];
    if (next && (next.cap || next.lower === "’s" || next.lower === "'s") && next.sentence === end.sentence) continue;
    const holds = (c: Cluster) =>
      titles.some((t) => c.titles.has(t) || (ABBREVIATED.get(t) ?? []).some((a) => c.titles.has(a)));
    const holders = clusters.filter(
      (c) => c.type === "Person" && holds(c) && c.mentions.some((m) => m.start < det.start),
    );
    if (holders.length === 0) continue;
    const c = mostRecent(holders, det.start) as Cluster;
    const m: Mention = {
      start: det.start,
      end: end.end,
      text: text.slice(det.start, end.end),
      name: c.name,
      first: i,
      last: paired ? i + 3 : i + 2,
      type: "Person",
      cluster: c.id,
    };
    c.mentions.push(m);
    c.forms.add(m.text);
  }
}

/**
 * One word opening with a capital, with one more (or two or three in a row, at its end) after a lower-case letter
 * inside it ("PolitiFact", "YouTube", "UnidosUS"), not
 * a surname's prefix ("McConnell", "MacArthur", "DeSantis", "DiCaprio", "LaGuardia", "LeBron", "VanDyke", "O'Neill").
 */
function camelCaseName(name: string): boolean {
  // (one capital inside, no more: "RealClearPolitics", "ShakataGaNai", "JohnKasich" are handles and run-together
  // names as often; a handle after "@" or a hashtag is none)
  // (a capital first: "iPhone", "iOS", "comScore" are products as often, and a lower-case run glued to the next
  // word, "toObama", is a typo)
  if (!/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+|\p{Lu}{2,3})$/u.test(name)) return false;
  return !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)\p{Lu}/u.test(name);
}
