import { type AnalyzedText, mentionAtOrAfter, tokenAtOrAfter } from "../document.js";
import { committeeCandidate } from "../entities/campaign-committees.js";
import { describedOrganization, isAdvocacyGroup, organizationNamedBy } from "../entities/described-org.js";
import { personOrPlaceWord } from "../entities/employer-names.js";
import { isForeignChamber, isStateChamber } from "../entities/state-chambers.js";
import type { Cluster, Mention } from "../entities/types.js";
import { countryOf } from "../lexicon/countries.js";
import { cueOf, QUOTE_CUES } from "../lexicon/cues.js";
import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import { ORG_NOUNS } from "../lexicon/organizations.js";
import { PLACES, US_STATE_NAMES } from "../lexicon/places.js";
import { SUBNATIONAL_REGIONS } from "../lexicon/subnational-regions.js";
import {
  isHonorific,
  isRoleHead,
  MEMBER_TITLES,
  ROLE_HEADS,
  STATE_ROLE_HEADS,
  titlesStartingWith,
} from "../lexicon/titles.js";
import { usPartyBy } from "../lexicon/us-parties.js";
import { WORLD_CITIES } from "../lexicon/world-cities.js";
import { isBarePossessive, isPossessive, type Token } from "../text/tokens.js";
import { countryOfficeBefore } from "./country-office.js";
import { datelineCountry, datelineUsState, defaultOffice, titleDefaultOrg, US_BODIES } from "./default-office.js";
import { impliedOrganization } from "./implied-organization.js";
import { namedOnly } from "./named-only.js";
import { partyAfterComma, partyInBrackets, partyStateAfter } from "./party-notation.js";
import {
  ledBySubject,
  possessedRoleBefore,
  rolesOfPronounSubjects,
  rolesOfSubject,
  whoLeads,
  whoseEmployer,
  whoseRole,
} from "./relative-roles.js";

export interface DraftAffiliation {
  person: number;
  organization: number;
  role: string | null;
  former: boolean;
}

const PREPOSITIONS = new Set(["at", "for", "of", "with", "in", "from"]);
const DETERMINERS = new Set(["a", "an", "the"]);
/** Lower-case nouns that name an organization ("union", "club", "company", "party"…). */

/**
 * Affiliations from titles in front of a name ("Secretary of State Rex Tillerson", "the Russian
 * Ambassador Sergei Kislyak and Foreign Minister Sergei Lavrov") and from appositives
 * ("Stephanie Carvin, a former intelligence analyst for the Canadian government, said").
 * `findOrg` returns the cluster of an organization by canonical name, creating it if needed.
 */
/** Roles that say only that one sits on a body, which an office held on it says better. */
const SEAT_TITLES: ReadonlySet<string> = new Set(["regent", "trustee", "member"]);

export function findAffiliations(
  doc: AnalyzedText,
  findAnyOrg: (name: string) => Cluster | undefined,
): DraftAffiliation[] {
  const findOrg = namedOnly(doc.text, doc.entities.clusters, findAnyOrg);
  const out: DraftAffiliation[] = [];
  const seen = new Set<string>();
  const add = (person: number, org: number, role: string | null) => {
    const key = `${person}:${org}`;
    if (person === org) return;
    if (seen.has(key)) {
      // ("Regent Carla Whitfield, who chairs the board,": a seat's title gives way to the office held on the same body)
      const had = out.find((a) => a.person === person && a.organization === org);
      if (had && role && SEAT_TITLES.has(had.role?.toLowerCase() ?? "") && !SEAT_TITLES.has(role.toLowerCase()))
        had.role = role;
      return;
    }
    seen.add(key);
    out.push({ person, organization: org, role, former: role ? /^(former|ex-)/i.test(role) : false });
  };
  const { clusters, mentions } = doc.entities;
  const dateline = datelineCountry(doc.text);
  const countries = clusters.filter((c) => c.type === "Organization" && c.country);
  // (not where the article names a ministry or a department: its minister is the ministry's, whatever its name —
  // "Education Minister Joanna Sikorska" beside the Ministry of National Education)
  const ministries = clusters.some((c) => c.type === "Organization" && /\b(?:Ministry|Department)\b/.test(c.name));
  const soleCountry = countries.length === 1 ? countries[0]?.name : undefined;
  const onlyCountry = !ministries ? soleCountry : undefined;
  // (or a story of a state's courts and legislature with no dateline: "The Nevada Supreme Court heard arguments …",
  // where "Secretary of State Barbara Kessling" is the state's, newsdev57)
  const stateDateline = datelineUsState(doc.text) || namesStateBody(clusters);
  // ("House Speaker Tomas Quaresma" in a story datelined in Rhode Island that names the state's legislature but no
  // House by name: the state's House, "House" as the gold READMEs call it, newsdev39 and newsdev81)
  const ownHouse = stateHouseUnnamed(doc, clusters);
  const stateHouse = (): Cluster | undefined => {
    if (!ownHouse) return undefined;
    const house = findAnyOrg("House");
    if (house && house.mentions.length === 0) house.kind = "legislature";
    return house;
  };
  let previousTitled: Mention | undefined;
  for (const m of mentions) {
    const c = clusters[m.cluster];
    if (c?.type !== "Person") continue;
    if (m.title) {
      // ("Moroccan director Youssef El-Amrani": a nationality before a title makes a country's office only
      // when the title is an office of state)
      let country = STATE_ROLE_HEADS.has(m.title.split(/\s+/).at(-1)?.toLowerCase() ?? "") ? m.titleCountry : undefined;
      // "the Russian Ambassador X and Foreign Minister Y": the nationality covers both
      if (!country && previousTitled?.titleCountry) {
        const between = doc.text.slice(previousTitled.end, m.start).trim();
        if (between === "and" || between === ",") country = previousTitled.titleCountry;
      }
      // "European Council President Donald Tusk": an organization right before the title is his ("State
      // Department deputy spokesperson X": a lower-case modifier or two of the role between them)
      const titleAt = tokenAtOrAfter(doc.tokens, m.start);
      const modifiers = roleModifiersBefore(doc.tokens, titleAt);
      const before = doc.mentionByLastToken.get(titleAt - 1 - modifiers);
      const named =
        before &&
        clusters[before.cluster]?.type === "Organization" &&
        (modifiers === 0 || !clusters[before.cluster]?.country) &&
        /^[\p{Ll}\s-]+$/u.test(doc.text.slice(before.end, m.start))
          ? clusters[before.cluster]
          : undefined;
      // "union president Carlos Núñez", "club president X": an organization noun in front makes the
      // title that organization's, not the one a bare title defaults to (the United States)
      const at = tokenAtOrAfter(doc.tokens, m.start);
      const modifier = doc.tokens[at - 1];
      // ("Festival director Samira Ait Lahcen": capitalized only because it opens the sentence)
      const opensSentence = modifier !== undefined && doc.tokens[at - 2]?.sentence !== modifier.sentence;
      const nounLike = modifier !== undefined && (!modifier.cap || opensSentence);
      // … and the one organization of the article that noun describes is it ("the union" → Sindicato …)
      const owner = nounLike && !named ? nounOwner(doc, at, m.start) : undefined;
      const ownedTitle = nounLike && (ORG_NOUNS.has(modifier.lower) || owner !== undefined);
      // "World Athletics president Sebastian Coe": a capitalised word no lexicon or tagger typed, right before
      // the title, is the organization's name; the title's default (the United States) is not his office
      const untypedOwner =
        modifier !== undefined &&
        !named &&
        !opensSentence &&
        modifier.cap &&
        modifier.kind === "word" &&
        !TITLE_PREMODIFIERS.has(modifier.lower) &&
        !FUNCTION_WORDS.has(modifier.lower) &&
        titlesStartingWith(modifier.lower).length === 0 &&
        !personOrPlaceWord(modifier) &&
        !SUBNATIONAL_REGIONS.has(modifier.lower) &&
        // ("South Korean President Park Geun-hye")
        !countryOf(`${doc.tokens[at - 2]?.text ?? ""} ${modifier.text}`) &&
        doc.mentionByLastToken.get(at - 1) === undefined;
      // ("Indiana Attorney General Harlan Pruett": a US state's officer, not the United States' the bare title defaults
      // to — its office where the article names it; not a member's title, "Texas Sen. X" sits in the US Senate)
      const statePrefix =
        modifier?.cap === true &&
        !BARE_MEMBER_TITLES.has(m.title) &&
        (PLACES.has(modifier.lower) || PLACES.has(`${doc.tokens[at - 2]?.lower ?? ""} ${modifier.lower}`));
      const orgName =
        named || owner || untypedOwner || statePrefix
          ? undefined
          : (country ??
            (ownedTitle
              ? undefined
              : (defaultOffice(m.title, c.name, dateline, foreignLegislatureBeside(doc, m), stateDateline) ??
                // ("Works and Transport Minister Makame Nyirenda" in a Wikinews report of Tanzania with no dateline:
                // the one country the article names, newsdev57)
                // ("Fisheries Minister Tama Hoskins" beside the Ministry for Primary Industries: a ministry of another
                // portfolio leaves the minister the country's, newsdev64)
                (dateline === undefined &&
                ministerTitle(m.title) &&
                countryOf(doc.tokens[at - 1]?.text ?? "") === undefined
                  ? (onlyCountry ?? (soleCountry && !portfolioNamed(clusters, m.title) ? soleCountry : undefined))
                  : undefined))));
      // "Golden Harbour's former finance director Leung Wai-man", "the union's general secretary X"
      const honorific = isHonorific(m.title);
      const possessor = named || owner || honorific ? undefined : possessorBefore(doc, at);
      // ("Senator Lucia Benavides" in a story of the Arizona State Senate sits in that chamber)
      // ("House Speaker Brent Yoakum" in a story of the Idaho House of Representatives: its speaker)
      const chamber =
        orgName && (BARE_MEMBER_TITLES.has(m.title) || US_BODIES.has(orgName))
          ? stateChamber(clusters, orgName)
          : undefined;
      // ("State Rep. Dale Fortunato": a state's legislator, never the United States chamber the title defaults to;
      // the state's chamber of that name, else the one state legislature the article names, if it names one)
      const stateLevel = /^state$/i.test(modifier?.text ?? "") && BARE_MEMBER_TITLES.has(m.title);
      // ("Attorney General Nadia Ferrante-Lowe" beside the Missouri Attorney General's Office: the office of her
      // title the article names, not the country the title defaults to)
      // ("Secretary of State Harriet Osei-Bramble" in a story datelined in Michigan: the office the article names,
      // though the bare title names none there)
      // ("State Treasurer Helen Brandvold" beside the Arizona State Treasurer’s Office; "Comptroller X" beside the
      // Office of the State Comptroller, newsdev72: whatever names the title's office, the office the article names)
      const ownOffice = titleOffice(clusters, m.title);
      const org = stateLevel
        ? (named ?? chamber ?? stateLegislature(clusters))
        : (named ??
          owner ??
          possessor?.org ??
          chamber ??
          ownOffice ??
          (orgName ? findOrg(orgName) : undefined) ??
          (orgName === US_HOUSE && /\bhouse\b/.test(m.title) ? stateHouse() : undefined));
      const roleStart = possessor
        ? (doc.tokens[possessor.from] as Token).start
        : named && modifiers > 0
          ? (doc.tokens[titleAt - modifiers] as Token).start
          : m.start;
      // (an honorific after the title is no part of the role: "Interior Minister Dr. Konrad Brückner")
      const roleText = doc.text
        .slice(roleStart, m.start + m.text.length - m.name.length)
        .trim()
        .replace(/\s+(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?$/, "");
      const role = roleText.replace(/^(?:the\s+)?(?:[A-Z][a-z]+(?:an|ish|ese|i)\s+)?/, "").trim() || m.title;
      // "Deputy Minister of Economic Affairs Lin Wei-ting" beside the Ministry of Economic Affairs: the ministry
      // of the title's portfolio, when the article names it — and then the ministry's only, not the country's
      // the title defaults to (the gold READMEs: newsdev6, newsdev7)
      // ("Interior Minister Dr. Konrad Brückner": the title itself, when an honorific follows it)
      // ("Education Cabinet Secretary Ruth Achieng": the portfolio's word right before the mention's title, newsdev61)
      // ("Deputy Minister Trần Quốc Bảo" in a story of the Ministry of Agriculture and Environment: a minister's title
      // with no portfolio is the one ministry's the article names, newsdev72)
      const ministry =
        portfolioMinistry(clusters, roleText) ??
        portfolioMinistry(clusters, m.title) ??
        (BARE_MINISTER_TITLES.has(m.title)
          ? soleMinistry(clusters, modifier?.cap ? modifier.text : undefined)
          : undefined) ??
        (modifier?.cap && modifier.kind === "word"
          ? portfolioMinistry(clusters, `${modifier.text} ${m.title}`)
          : undefined);
      if (org && !(ministry && org.country && !named)) add(c.id, org.id, role);
      if (ministry && ministry.id !== org?.id) add(c.id, ministry.id, role);
      // "Senator Rowena Dimaculangan" in a story datelined in the Philippines: the country's own Senate, named
      else if (BARE_MEMBER_TITLES.has(m.title)) {
        // ("Del. Marisol Ferreira-Watts" beside the House of Delegates, newsdev81)
        const local = onlyBody(
          clusters,
          m.start,
          /\bsen/.test(m.title) ? OWN_SENATE : m.title === "del." ? OWN_DELEGATES : OWN_HOUSE,
        );
        if (local) add(c.id, local.id, role);
      }
      // "Cllr Niamh Brannigan": a councillor of the council the article describes
      // ("Councilwoman Joan Hurd, who voted against the measure along with Councilman Samuel Petrakis": a council
      // member's, the American way, 2026-12-07, newsdev50)
      const councilRole =
        m.title === "cllr"
          ? "councillor"
          : /^ald/.test(m.title)
            ? "alderman"
            : COUNCIL_MEMBER_TITLES.has(m.title)
              ? "council member"
              : "";
      if (councilRole) {
        const council = describedOrganization(clusters, "council", m.start);
        if (council && council.id !== org?.id) add(c.id, council.id, councilRole);
      }
      // "Mayor Renata Blaszczyk" in a story of the City of Ashford Falls, "Governor X" beside the Michoacán state
      // government: the one local government the article names
      // ("Deputy Mayor Alenka Hribar": the same council's)
      else if (MAYORS.has(m.title) || GOVERNORS.has(m.title)) {
        // ("Governor Shin Jae-won" in a story of the Bank of Korea, "South Korea's central bank": no state's governor
        // but the central bank's, when the article names one and no government of a state, newsdev70 and newsdev71)
        const government =
          localGovernment(clusters, m.start, m.title) ??
          (/^(?:governor|gov\.?)$/.test(m.title) && /\bcentral bank\b/i.test(doc.text)
            ? onlyBody(clusters, m.start, CENTRAL_BANK)
            : undefined);
        if (government && government.id !== org?.id) add(c.id, government.id, role);
      }
      // "Commissioner Janet Ostrowski" beside the Delmont County Board of Commissioners: the one board or
      // commission the article names
      // (not "Senior Assistant Commissioner X", a police rank, nor "Police Commissioner X": a bare title only)
      else if ((m.title === "commissioner" || m.title === "county commissioner") && !modifier?.cap) {
        const board = onlyBody(clusters, m.start, COMMISSIONS);
        if (board && board.id !== org?.id) add(c.id, board.id, role);
      }
      // "Sheriff Dale Brummett" beside the Brannock County Sheriff's Office
      else if (m.title === "sheriff") {
        const office = onlyBody(clusters, m.start, SHERIFF_OFFICE);
        if (office) add(c.id, office.id, role);
      } else if (JUDGE_TITLES.has(m.title)) {
        // "Judge Rhian Caddick" in a story of one court: that court's judge
        // ("U.S. District Judge Harold Whitcomb" beside the U.S. District Court for the Western District of Kentucky
        // and a court of appeals: the one court of the level written before the title, newsdev59)
        const level = COURT_LEVELS.exec(doc.tokens[at - 1]?.text ?? "")?.[0];
        const court =
          (level ? onlyBody(clusters, m.start, new RegExp(`\\b${level} Court\\b`)) : undefined) ??
          onlyBody(clusters, m.start, COURT, "court");
        // (a supreme court's members are its justices: "Judge Gonzalo Curiel" beside the Supreme Court sits on
        // another court)
        if (court && !(m.title === "judge" && /\bsupreme\b/i.test(court.name))) add(c.id, court.id, role);
      }
      // "GOP Sen. John McCain": the party in front is his, and so is the Senate the title implies
      const office = named?.kind === "party" && !country ? titleDefaultOrg(m.title) : undefined;
      if (office) {
        const body = findOrg(office);
        if (body && body.id !== named?.id) add(c.id, body.id, role);
      }
      // "Democratic Rep. Elaine Strickland-Moody", "Republican presidential nominee Ambrose Keel": a party's adjective
      // before an office's or a candidacy's title makes its holder the party's member (not "Republican strategist")
      const adjective = named ? undefined : partyAdjectiveBefore(doc.tokens, titleAt - modifiers);
      if (adjective && (BARE_MEMBER_TITLES.has(m.title) || PARTY_OFFICE_TITLES.has(m.title))) {
        const party = findOrg(adjective);
        if (party) add(c.id, party.id, "member");
      }
      previousTitled = m;
    }
    appositive(doc, m, { person: c, dateline, stateDateline, findOrg, add });
    const before =
      roleBefore(doc, m) ??
      roleOfOrganizationBefore(doc, m) ??
      memberForBefore(doc, m) ??
      countryOfficeBefore(doc, m) ??
      secretaryBefore(doc, m) ??
      impliedOrganization(doc, m);
    if (before) add(c.id, before.org, before.role);
    // "Frederick Fung of ADPL", "Troy Patterson of Slate Magazine", "Margaret O'Donnell of the Labour Party"
    // ("of the" only: "Sanders at the White House" is where he was, not whose)
    // ("Crown prosecutor Leanne Costa, of the Office of Public Prosecutions,": set off by a comma)
    const after = doc.tokens[m.last]?.text === "," && doc.tokens[m.last + 1]?.lower === "of" ? m.last + 1 : m.last;
    const preposition = doc.tokens[after]?.lower ?? "";
    const the = preposition === "of" && doc.tokens[after + 1]?.lower === "the";
    const next =
      doc.mentionByFirstToken.get(after + 1) ??
      (the
        ? (doc.mentionByFirstToken.get(after + 2) ?? describedPartyAt(doc, after + 2) ?? namedAfterNoun(doc, after + 2))
        : undefined);
    // ("Senator Marcela Ibarguren of the governing Alianza Republicana Federal (ARF)": a party set off by its
    // standing, whatever kind the name alone gave it; its member, newsdev59)
    const standing = the && !next && PARTY_STANDINGS.has(doc.tokens[after + 2]?.lower ?? "");
    const ofParty = standing ? doc.mentionByFirstToken.get(after + 3) : undefined;
    const of = next ?? ofParty;
    const org = of ? clusters[of.cluster] : undefined;
    if (org?.type === "Organization" && !org.country && /^(?:of|from|at)$/.test(preposition))
      add(c.id, org.id, ofParty ? "member" : null);
    // "Senator Lucia Benavides (D-Tucson)", "Labour Minister Jörg Wiesenthal-Kröger (CDU)"
    const party = partyInBrackets(doc, m, findOrg) ?? partyAfterComma(doc, m, findOrg);
    if (party) add(c.id, party.org, party.role);
    const member = oneOfTheMembers(doc, m);
    if (member !== undefined) add(c.id, member, "member");
    // ("The Independent Bushfire Inquiry, chaired by former Federal Court judge Margaret Okoye, delivered …", newsdev57)
    const chaired = chairedBy(doc, m);
    if (chaired) add(c.id, chaired.org, chaired.role);
    const works = workplace(doc, m) ?? ledBy(doc, m) ?? whoseRole(doc, m) ?? ledBySubject(doc, m) ?? whoLeads(doc, m);
    // ("X founded Y in 2009 and sits on Z's executive committee": each predicate's)
    const predicates = works ? [works] : rolesOfSubject(doc, m);
    const other =
      predicates.length > 0
        ? undefined
        : (whoseEmployer(doc, m) ??
          possessedRoleBefore(doc, m) ??
          theTitleOffice(doc, m) ??
          policeChief(doc, m) ??
          chamberLeader(doc, m, stateHouse));
    for (const w of other ? [other] : predicates) add(c.id, w.org, w.role);
  }
  for (const r of rolesOfPronounSubjects(doc)) add(r.person, r.org, r.role);
  // "Brisbane for Senate", "Kalvaitis for America": a campaign committee named for its candidate
  for (const [person, committee] of candidateCommittees(clusters)) add(person, committee, "candidate");
  return out;
}

/** Words that say where a party stands, between "of the" and its name ("of the governing …", "of the opposition …"). */
const PARTY_STANDINGS: ReadonlySet<string> = new Set([
  "governing",
  "ruling",
  "opposition",
  "conservative",
  "liberal",
  "centrist",
  "nationalist",
  "socialist",
  "left-wing",
  "right-wing",
  "far-right",
  "far-left",
  "centre-right",
  "center-right",
  "centre-left",
  "center-left",
]);

/** Bodies whose members vote, by the noun an article describes them with ("the board", "the council"). */
const VOTING_BODIES = ["board", "council", "commission", "committee"] as const;

/**
 * "Lorraine Whitaker, one of the four members who voted no, said …", "Carla Dunning, one of the two board members
 * who voted no,": the one voting body of the article (named by the noun before "members", or the one board,
 * council, commission or committee it describes) has the person as its member. Its cluster id, or undefined.
 */
function oneOfTheMembers(doc: AnalyzedText, m: Mention): number | undefined {
  const { tokens } = doc;
  const k = m.last;
  if (tokens[k]?.text !== "," || tokens[k + 1]?.lower !== "one" || tokens[k + 2]?.lower !== "of") return undefined;
  if (tokens[k + 3]?.lower !== "the" || !SMALL_NUMBERS.test(tokens[k + 4]?.lower ?? "")) return undefined;
  const noun = tokens[k + 5]?.lower === "members" ? undefined : tokens[k + 5]?.lower;
  if (tokens[k + (noun ? 6 : 5)]?.lower !== "members") return undefined;
  const { clusters } = doc.entities;
  const nouns = noun ? [noun] : VOTING_BODIES;
  const bodies = new Set(
    nouns.map((n) => describedOrganization(clusters, n, m.start)?.id).filter((id) => id !== undefined),
  );
  return bodies.size === 1 ? [...bodies][0] : undefined;
}

/**
 * "Rep. Colleen Brisbane" beside "Brisbane for Senate": each campaign committee whose name opens with the surname of
 * one person the article names (and of no other), and that person — the committee's candidate.
 */
function candidateCommittees(clusters: readonly Cluster[]): [number, number][] {
  const out: [number, number][] = [];
  for (const committee of clusters) {
    if (committee.type !== "Organization" || committee.mentions.length === 0) continue;
    // ("Friends of Anita Sorensen, the mayor's campaign committee": the committee named for the whole name)
    const friendOf = FRIENDS_OF.exec(committee.name)?.[1];
    const friend = friendOf ? clusters.find((c) => c.type === "Person" && c.name === friendOf) : undefined;
    if (friend) out.push([friend.id, committee.id]);
    const candidate = committee.kind === "campaign" ? committeeCandidate(clusters, committee) : undefined;
    if (candidate) out.push([candidate.id, committee.id]);
  }
  return out;
}

/** A candidate's committee named "Friends of" and the candidate's whole name. */
const FRIENDS_OF = /^Friends of (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+)$/u;

/**
 * "of the ruling Amanat party", "of the centrist Renaissance party", "of the ruling Democratic Party of Korea":
 * one or two lower-case modifiers from token `at`, then a party's (or group's, bloc's) name and its descriptor, or
 * a party's whole name — the name's mention.
 */
function describedPartyAt(doc: AnalyzedText, at: number): Mention | undefined {
  const { tokens } = doc;
  for (let k = at; k <= at + 1; k++) {
    const t = tokens[k] as Token | undefined;
    if (!t || t.cap || t.kind !== "word" || FUNCTION_WORDS.has(t.lower)) return undefined;
    const m = doc.mentionByFirstToken.get(k + 1);
    if (m && /^(?:party|bloc|alliance|coalition|group|movement)$/.test(tokens[m.last]?.lower ?? "")) return m;
    // ("of the ruling Democratic Party of Korea": a party named whole after the modifiers)
    if (m && doc.entities.clusters[m.cluster]?.kind === "party") return m;
  }
  return undefined;
}

/** The portfolio of a minister's title ("Deputy Minister of Economic Affairs" → "economic affairs"). */
const MINISTER_PORTFOLIO = /\bminister\s+(?:of|for)\s+(?:the\s+)?(.+)$/i;
/**
 * "Economy Minister", "Interior Minister": the portfolio before the title ("Climate and Environment Minister", two
 * joined by "and"; Kenya's "Education Cabinet Secretary", 2026-12-07, newsdev61).
 */
const PORTFOLIO_MINISTER = /(?:^|\s)((?:\p{L}+\s+and\s+)?\p{L}+)\s+(?:minister|cabinet\s+secretary)$/iu;

/**
 * "Agriculture Secretary Lorenzo Dimaculangan" beside the Department of Agriculture (a title the lexicon does not
 * list, so no part of the mention): a portfolio's capitalised word and "Secretary" right before the name, and the
 * one department of that portfolio the article names — the department's secretary (newsdev59).
 */
function secretaryBefore(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  const secretary = tokens[m.first - 1];
  const portfolio = tokens[m.first - 2];
  if (secretary?.text !== "Secretary" || !portfolio?.cap || portfolio.kind !== "word") return undefined;
  if (secretary.start !== portfolio.end + 1 || m.start !== secretary.end + 1) return undefined;
  const department = portfolioDepartment(doc.entities.clusters, portfolio.lower);
  return department ? { org: department.id, role: `${portfolio.lower} secretary` } : undefined;
}

/** The department the article names for a portfolio ("agriculture": the Department of Agriculture). */
function portfolioDepartment(clusters: readonly Cluster[], portfolio: string): Cluster | undefined {
  const forms = [`department of ${portfolio}`, `department of the ${portfolio}`, `${portfolio} department`];
  // ("Environment Secretary X" beside the Department of Environment and Natural Resources: the portfolio first of
  // the department's, 2026-12-07, newsdev65)
  const joined = [`department of ${portfolio} and `, `department of the ${portfolio} and `];
  const named = clusters.filter((c) => {
    if (c.type !== "Organization" || c.country) return false;
    const name = c.name.toLowerCase();
    return forms.some((f) => name.endsWith(f)) || joined.some((f) => name.startsWith(f) || name.includes(` ${f}`));
  });
  return named.length === 1 ? named[0] : undefined;
}

/** The ministry the article names for the portfolio of a minister's title ("Ministry of Economic Affairs"). */
function portfolioMinistry(clusters: readonly Cluster[], title: string): Cluster | undefined {
  const portfolio = (MINISTER_PORTFOLIO.exec(title) ?? PORTFOLIO_MINISTER.exec(title))?.[1]?.toLowerCase();
  if (!portfolio) return undefined;
  const forms = ["of", "for", "of the", "for the"].map((link) => `ministry ${link} ${portfolio}`);
  // ("Economy Minister Lucas Ferrándiz Oliva" beside "the Economy Ministry")
  const before = `${portfolio} ministry`;
  const named = clusters.filter((c) => {
    if (c.type !== "Organization" || c.country) return false;
    const name = c.name.toLowerCase();
    // ("Culture Minister X" beside the Ministry of Culture and National Heritage: the portfolio first of the ministry's,
    // newsdev60)
    return (
      forms.some(
        (form) =>
          name === form || name.endsWith(` ${form}`) || name.startsWith(`${form} and `) || name.startsWith(`${form}, `),
      ) ||
      // ("Climate and Environment Minister X", the mention's title its last portfolio only, beside the Ministry of
      // Climate and Environment, newsdev61)
      // ("Transport Minister Jens Albrecht" beside the Federal Ministry for Digital and Transport: a word before
      // "Ministry", 2026-12-07, newsdev67)
      (/^(?:[a-z]+ )?ministry (?:of|for) /.test(name) && name.endsWith(` and ${portfolio}`)) ||
      name === before
    );
  });
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The one organization of the article the organization noun right before a title (token `at`) describes: "union
 * president Carlos Núñez" → the union; "School board president Angela Ruiz-Whitcomb" → the school district (a
 * compound of organization nouns, named by its first).
 */
function nounOwner(doc: AnalyzedText, at: number, offset: number): Cluster | undefined {
  const { tokens } = doc;
  const { clusters } = doc.entities;
  const modifier = tokens[at - 1] as Token;
  const own = describedOrganization(clusters, modifier.lower, offset);
  if (own) return own;
  const compound = tokens[at - 2];
  const opensSentence = tokens[at - 3]?.sentence !== compound?.sentence;
  if (compound?.kind !== "word" || compound.sentence !== modifier.sentence || (compound.cap && !opensSentence))
    return undefined;
  return ORG_NOUNS.has(compound.lower) && ORG_NOUNS.has(modifier.lower)
    ? describedOrganization(clusters, compound.lower, offset)
    : undefined;
}

/**
 * Roles a country may be a person's in: an office of state ("Kenya’s health minister"), or a place in its
 * national team ("Zimbabwe coach Tendai Mavhunga", "the Sri Lanka captain"), which news names by the country.
 */
function countryRole(head: string): boolean {
  return STATE_ROLE_HEADS.has(head) || NATIONAL_TEAM_ROLES.has(head);
}
const NATIONAL_TEAM_ROLES = new Set(
  `coach captain skipper all-rounder batsman batter bowler spinner off-spinner leg-spinner wicketkeeper opener
  striker goalkeeper midfielder defender forward winger fly-half scrum-half playmaker`.split(/\s+/),
);

/** How the names of boards of commissioners and commissions end. */
// ("Stearns County Commissioner Ruth Bergquist" beside the Stearns County Board, newsdev73)
const COMMISSIONS = /\b(?:Board of (?:County )?Commissioners|Board of Elections|Commission|County Board)$/;

/** How the names of courts and sheriffs' offices end. */
const COURT = /\b(?:court|tribunal)$/i;
const SHERIFF_OFFICE = /\bsheriff['’]s office$/i;

/** A chamber by its name: the Senate, a state's Senate, the House, a state's House or Assembly. */
const SENATES = /(?:^|\s)Senate$/;
const HOUSES = /(?:^|\s)(?:House(?: of Representatives| of Delegates)?|Assembly)$/;

/**
 * "Majority Leader Roger Halvorsen (R-Wyo.)", "Minority Whip Dolores Achterberg", "House Minority Leader Lorna
 * Vance": a chamber's party leader sits in the chamber the title names, else in the one chamber the article names.
 */
function chamberLeader(
  doc: AnalyzedText,
  m: Mention,
  stateHouse: () => Cluster | undefined,
): { org: number; role: string } | undefined {
  const { tokens } = doc;
  // (the title's words right before the name part, whether the lexicon read them as a title or not)
  const office = tokens[m.first - 1];
  const side = tokens[m.first - 2];
  if (!/^(?:Leader|Whip)$/.test(office?.text ?? "") || !/^(?:Majority|Minority)$/.test(side?.text ?? ""))
    return undefined;
  const named = tokens[m.first - 3]?.text;
  const { clusters } = doc.entities;
  const chambers = (shape: RegExp) => clusters.filter((c) => c.type === "Organization" && shape.test(c.name));
  const pool =
    named === "Senate"
      ? chambers(SENATES)
      : named === "House"
        ? // (not the General Assembly a House sits in)
          chambers(HOUSES).filter((c) => !/\bGeneral Assembly$/.test(c.name))
        : [...chambers(SENATES), ...chambers(HOUSES)];
  const role = `${(side as Token).text.toLowerCase()} ${(office as Token).text.toLowerCase()}`;
  if (pool.length === 1) return { org: (pool[0] as Cluster).id, role };
  // ("House Minority Leader X" in a story of a state's legislature that names no House: the state's)
  const house = pool.length === 0 && named === "House" ? stateHouse() : undefined;
  if (house) return { org: house.id, role };
  // ("The bill's fate rests with the Senate, where Majority Leader X …" in a story of both chambers: the chamber
  // the sentence names before the title)
  const sentence = tokens[m.first]?.sentence;
  const inPool = new Set(pool.map((c) => c.id));
  const { mentions } = doc.entities;
  for (let i = mentionAtOrAfter(mentions, m.start) - 1; i >= 0; i--) {
    const o = mentions[i] as Mention;
    if (tokens[o.first]?.sentence !== sentence) break;
    if (inPool.has(o.cluster)) return { org: o.cluster, role };
  }
  return undefined;
}

/** A city's police force by its name ("Milwaukee Police Department", "Toronto Police Service"). */
const POLICE_FORCE = /\bPolice (?:Department|Service|Force)$/;

/**
 * "Police Chief Martin Oduya" (a rank no title lexicon holds) in a story of one police force: that force's chief.
 */
function policeChief(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  // ("Mwanza regional police commander Elias Mtweve": a commander of the force too, newsdev57)
  const head = tokens[m.first - 1]?.lower ?? "";
  if (!/^(?:chief|commander|commissioner)$/.test(head) || tokens[m.first - 2]?.lower !== "police") return undefined;
  const force = onlyBody(doc.entities.clusters, m.start, POLICE_FORCE);
  return force ? { org: force.id, role: `police ${head}` } : undefined;
}

/** Titles of judges, whose court the article names. */
const JUDGE_TITLES = new Set(["judge", "justice", "chief justice", "magistrate"]);
/** Levels of a court written before a judge's title ("U.S. District Judge", "Circuit Judge"). */
const COURT_LEVELS = /^(?:District|Circuit|Bankruptcy|Superior|County|Family)$/;

/**
 * The one body of the `kind` given or whose name ends so (`name`: a court, a sheriff's office) the article
 * names before `offset` — or, naming none before, the one it names at all — if there is exactly one
 * ("an appeal to the Supreme Court" after the Lahore High Court's judge is named leaves the judge the High
 * Court's).
 */
function onlyBody(clusters: readonly Cluster[], offset: number, name: RegExp, kind?: string): Cluster | undefined {
  const bodies = clusters.filter(
    (c) => c.type === "Organization" && !c.country && ((kind !== undefined && c.kind === kind) || name.test(c.name)),
  );
  const before = bodies.filter((c) => c.mentions.some((x) => x.start < offset));
  if (before.length > 0) return before.length === 1 ? before[0] : undefined;
  return bodies.length === 1 ? bodies[0] : undefined;
}

/** Titles of a city council's members in American news ("Councilwoman Joan Hurd"). */
// (and Chicago's aldermen: "Ald. Nicholas Brennan (19th)", newsdev72)
const COUNCIL_MEMBER_TITLES: ReadonlySet<string> = new Set([
  "councilman",
  "councilwoman",
  "councilmember",
  "ald.",
  "alderman",
  "alderwoman",
]);

/** Titles of a state's or province's governor ("Gov. Ellen Maddox"). */
// ("Premier Helen Castellano" beside the NSW Government; "Regent Siti Rahmawati" beside the Lumajang Regency
// Government, newsdev57)
const GOVERNORS = new Set(["governor", "gov.", "gov", "premier", "regent"]);
/** Titles of a city's mayors. */
const MAYORS = new Set(["mayor", "deputy mayor", "vice mayor", "executive mayor", "lord mayor"]);

/** A city's own government by its name ("City of Ashford Falls", "Municipality of Virac", "the Lima city government"). */
const CITY_GOVERNMENT = /^(?:City|Town|Municipality|Borough) of |\b(?:city|municipal) government$/;
/** A council a mayor heads ("Ōtūroa District Council", "Ashford Falls City Council"). */
const CITY_COUNCIL =
  /^(?!(?:Democrat|Democratic|Republican)\b).*\b(?:City|Town|District|Borough|County|Municipal) Council$/;
/** A state's or province's own government ("Michoacán state government", "Provincial Government of Catanduanes"). */
// ("Gov. Ellen Maddox" beside "the Office of the Governor" her statement came from, 2026-12-07, newsdev36)
// ("the NSW Government", "the Lumajang Regency Government": a state's or a regency's short name before "Government",
// newsdev57; "the Fukui Prefectural Government", a Japanese prefecture's, newsdev60)
const STATE_GOVERNMENT =
  /\b(?:state|provincial|regional) government$|\b(?:Prefectural|Provincial) Government$|^(?:Provincial |State |Regional )?Government of |^Office of the Governor$|Governor['’]s Office$|^(?:\p{Lu}{2,4}|\p{Lu}\p{Ll}+ Regency) Government$/u;

/** A minister's titles that name no portfolio. */
const BARE_MINISTER_TITLES: ReadonlySet<string> = new Set([
  "minister",
  "deputy minister",
  "vice minister",
  "vice-minister",
  "junior minister",
]);

/**
 * The one ministry the article names, if one ("the Ministry of Agriculture and Environment"); with a portfolio's word
 * before the title, only when the ministry's name holds it ("Disaster Management Minister X" beside the Ministry of
 * Disaster Management and Relief; not "Mining Minister X" beside the Finance Ministry).
 */
function soleMinistry(clusters: readonly Cluster[], portfolio?: string): Cluster | undefined {
  const ministries = clusters.filter(
    (c) => c.type === "Organization" && c.mentions.length > 0 && /^(?:\S+ )?Ministry\b/.test(c.name),
  );
  const only = ministries.length === 1 ? ministries[0] : undefined;
  return only && (portfolio === undefined || only.name.split(/\s+/).includes(portfolio)) ? only : undefined;
}

/** A central bank by its name ("Sveriges Riksbank", "Bank of Korea", "Reserve Bank of India", "Central Bank of Kenya"). */
const CENTRAL_BANK =
  /\b(?:Riksbank|Norges Bank|Bundesbank|Central Bank|Reserve Bank|National Bank|Bank of [A-Z][a-z]+)\b/;

/** A university system's board ("Arizona Board of Regents", "the Board of Regents of the University of …"). */
const BOARD_OF_REGENTS = /\bBoard of Regents\b/;

/**
 * The one local government a mayor's or a governor's title belongs to in the article: a city's own government
 * (else the one city, town or district council) for a mayor, a state's or province's government for a governor.
 */
function localGovernment(clusters: readonly Cluster[], offset: number, title: string): Cluster | undefined {
  // ("Regent Jorge Salcido" beside the Arizona Board of Regents: a university board's member, newsdev70)
  if (title === "regent") {
    const board = onlyBody(clusters, offset, BOARD_OF_REGENTS);
    if (board) return board;
  }
  if (GOVERNORS.has(title)) return onlyBody(clusters, offset, STATE_GOVERNMENT);
  return onlyBody(clusters, offset, CITY_GOVERNMENT) ?? onlyBody(clusters, offset, CITY_COUNCIL);
}

/** Titles of a chamber's members that say nothing of which chamber ("Senator", "Rep."). */
const BARE_MEMBER_TITLES: ReadonlySet<string> = new Set([
  "senator",
  "sen.",
  "state senator",
  "state sen.",
  "representative",
  "rep.",
  "state representative",
  "state rep.",
  "assemblyman",
  "assemblywoman",
  "del.",
]);

/** Most words of a descriptor between "of the" and an organization's name ("Reno consulting firm"). */
const MAX_DESCRIPTOR_WORDS = 3;

/**
 * "Mara Ellison of the Reno firm Sagebrush Strategies": the organization named right after a short descriptor from
 * token `at` that ends in an organization's noun (a place's name may open it).
 */
function namedAfterNoun(doc: AnalyzedText, at: number): Mention | undefined {
  const { tokens } = doc;
  for (let k = at; k < at + MAX_DESCRIPTOR_WORDS; k++) {
    const t = tokens[k];
    if (t?.kind !== "word" || (t.cap && k > at)) return undefined;
    if (!ORG_NOUNS.has(t.lower)) continue;
    const named = doc.mentionByFirstToken.get(k + 1);
    return named && doc.entities.clusters[named.cluster]?.type === "Organization" ? named : undefined;
  }
  return undefined;
}

/** Titles of offices and candidacies a party's adjective before them makes its member's ("Democratic Gov."). */
const PARTY_OFFICE_TITLES: ReadonlySet<string> = new Set([
  "gov.",
  "gov",
  "governor",
  "candidate",
  "nominee",
  "congressman",
  "congresswoman",
  "mayor",
]);

/** Races a candidacy's title may name between a party's adjective and itself. */
const RACES: ReadonlySet<string> = new Set(["presidential", "gubernatorial", "congressional", "mayoral", "senate"]);

/** "Democratic", "Republican" right before token `at` (or before its race), and the party it names. */
function partyAdjectiveBefore(tokens: readonly Token[], at: number): string | undefined {
  // ("Republican presidential nominee")
  const race = RACES.has(tokens[at - 1]?.lower ?? "") ? 1 : 0;
  return usPartyBy("adjective", tokens[at - 1 - race]?.text ?? "");
}

/** A country's own chambers, as `bareChambersOfState` names them abroad. */
/**
 * A national legislature other than the United States' named in the sentence of mention `m` ("Rep. Han
 * Ji-yeon of the Democratic Party of Korea, a member of the National Assembly’s labour committee"): not a
 * US chamber, not a state's, and not a bare "Senate" / "House" the article leaves to the United States.
 */
function foreignLegislatureBeside(doc: AnalyzedText, m: Mention): boolean {
  const sentence = doc.tokens[m.first]?.sentence;
  const s = sentence === undefined ? undefined : doc.sentences[sentence];
  if (!s) return false;
  const { mentions } = doc.entities;
  // (the sentence's mentions only, found by offset: a long document has many titled names)
  for (let i = mentionAtOrAfter(mentions, s.start); i < mentions.length; i++) {
    const other = mentions[i] as Mention;
    if (other.start >= s.end) break;
    if (other === m) continue;
    const c = doc.entities.clusters[other.cluster];
    if (c?.type !== "Organization" || c.kind !== "legislature" || US_BODIES.has(c.name)) continue;
    // (a national parliament by its head word, not "Democratic Senate" or "House and Senate", which US news has)
    if (NATIONAL_PARLIAMENT.test(c.name)) return true;
  }
  return false;
}

/** Head words of other countries' national parliaments ("National Assembly", "Bundestag", "Lok Sabha", "Dáil"). */
const NATIONAL_PARLIAMENT =
  /\b(?:Parliament|National Assembly|Legislative Council|Bundestag|Knesset|Duma|Diet|Sejm|Sabha|Dáil|Majlis|Mazhilis|Storting|Riksdag|Folketing|Cortes|Rada|Oireachtas|Seanad)\b/u;

const OWN_SENATE = /^Senate$/;
const OWN_HOUSE = /^House of Representatives$/;
const OWN_DELEGATES = /(?:^|\s)House of Delegates$/;

/**
 * The one state chamber the article names where a bare title would default to the United States chamber
 * ("Senator X" in a story of the Arizona State Senate), if exactly one; not the United States chamber itself.
 */
function stateChamber(clusters: readonly Cluster[], usChamber: string): Cluster | undefined {
  // (a story that names the United States chamber too leaves a bare title to its default)
  if (clusters.some((c) => c.name === usChamber && c.mentions.length > 0)) return undefined;
  // (or another country's, named by it: "Senator Marcela Ibarguren" in a report of the Argentine Senate, newsdev59)
  const named = clusters.filter(
    (c) => c.type === "Organization" && (isStateChamber(c.name, usChamber) || isForeignChamber(c.name, usChamber)),
  );
  return named.length === 1 ? named[0] : undefined;
}

/** The one legislature the article names that is no United States chamber ("the Oregon Legislative Assembly"). */
function stateLegislature(clusters: readonly Cluster[]): Cluster | undefined {
  const named = clusters.filter(
    (c) =>
      c.type === "Organization" &&
      c.kind === "legislature" &&
      c.mentions.length > 0 &&
      !/^United States /.test(c.name) &&
      c.name !== "Congress",
  );
  return named.length === 1 ? named[0] : undefined;
}

/** Verbs of leading an organization, and the role each gives (a past form: a former one; "founded": its founder). */
const LEAD_VERBS = new Map([
  ["heads", "head"],
  ["headed", "former head"],
  ["leads", "leader"],
  ["led", "former leader"],
  ["chairs", "chair"],
  ["chaired", "former chair"],
  ["runs", "head"],
  ["ran", "former head"],
  ["directs", "director"],
  ["directed", "former director"],
  ["manages", "manager"],
  ["managed", "former manager"],
  ["founded", "founder"],
  ["co-founded", "co-founder"],
  ["owns", "owner"],
]);

/** Words that may stand between "who" and a verb of holding a job ("who had worked", "who now heads"). */
const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set(["had", "has", "have", "now", "also", "currently", "still"]);

/** How far into a relative clause ("…, who has sold dried fish at the market for 31 years and chairs …") a lead verb is looked for. */
const MAX_RELATIVE_CLAUSE = 20;

/**
 * "Marta Ruiz, who heads Kinetra," / "Jan Berg, who founded the Oslo Climate Forum": a relative
 * clause on the name whose verb leads an organization (not a country: "who leads Kenya" is its head
 * of state, which a title says better) that follows it, perhaps after "the" — named, or described
 * ("who chairs the council": the one council, `describedOrganization`). The verb opens the clause or
 * follows "and" in it ("…, who has sold dried seafood there for 31 years and chairs the Hawkers'
 * Association,"). Also "…, who teaches at the University of X" (the verbs of `workplace`).
 */
function ledBy(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  // ("Gurpreet Singh Dhillon, 34, who had worked …": an age before the clause)
  const at = tokens[m.last + 1]?.kind === "number" && tokens[m.last + 2]?.text === "," ? m.last + 2 : m.last;
  if (tokens[at]?.text !== "," || tokens[at + 1]?.lower !== "who") return undefined;
  const sentence = tokens[at]?.sentence;
  const first = at + 2;
  // ("…, who had worked as a rider for Uber Eats": an auxiliary or an adverb may open the clause)
  const auxiliary = CLAUSE_AUXILIARIES.has(tokens[first]?.lower ?? "");
  for (let v = first; v < tokens.length && v - first < MAX_RELATIVE_CLAUSE; v++) {
    const verb = tokens[v];
    if (!verb || verb.sentence !== sentence || verb.kind === "punct" || verb.kind === "quote") break;
    const opensClause = v === first || (auxiliary && v - first <= 2);
    if (!opensClause && tokens[v - 1]?.lower !== "and") continue;
    const role = LEAD_VERBS.get(verb.lower);
    if (role === undefined) {
      if (!opensClause) continue;
      const works = workplace(doc, { ...m, last: v });
      if (works) return works;
      continue;
    }
    const org = ledOrganization(doc, v + 1);
    return org === undefined ? undefined : { org, role };
  }
  return undefined;
}

/** The organization a lead verb's object names at token `at`: a named one (not a country), or "the council" described. */
function ledOrganization(doc: AnalyzedText, at: number): number | undefined {
  const { tokens } = doc;
  const the = tokens[at]?.lower === "the";
  const first = doc.mentionByFirstToken.get(the ? at + 1 : at);
  // ("who heads the FAA's Air Traffic Organization": the body the possessor owns)
  const owned =
    first && (isPossessive(tokens[first.last]) || isBarePossessive(tokens, first.last))
      ? doc.mentionByFirstToken.get(first.last + 1)
      : undefined;
  const next = owned ?? first;
  if (next) {
    const org = doc.entities.clusters[next.cluster];
    return org?.type === "Organization" && !org.country ? next.cluster : undefined;
  }
  const noun = tokens[at + 1];
  if (!the || !noun) return undefined;
  if (isNoun(noun) && !isPossessive(tokens[at + 2])) {
    const described = describedOrganization(doc.entities.clusters, noun.lower, noun.start)?.id;
    if (described !== undefined) return described;
  }
  // "who chairs the anti-corruption group Transparency Solomon Islands", "who directs the neuromuscular disease
  // program at NINDS": lower-case words before the organization's name, or before "at" / "of" and its name
  for (let k = at + 1; k <= at + MAX_LED_WORDS; k++) {
    const t = tokens[k];
    if (t?.kind !== "word" || t.cap || t.sentence !== tokens[at]?.sentence) return undefined;
    const after = tokens[k + 1];
    const preposition = after?.lower === "at" || after?.lower === "of";
    const from = preposition ? (tokens[k + 2]?.lower === "the" ? k + 3 : k + 2) : k + 1;
    const named = doc.mentionByFirstToken.get(from);
    if (named && (preposition || after?.cap)) {
      const org = doc.entities.clusters[named.cluster];
      return org?.type === "Organization" && !org.country ? named.cluster : undefined;
    }
    if (preposition) return undefined;
  }
  return undefined;
}

/** How many lower-case words may stand between a lead verb's "the" and the organization ("the … program at X"). */
const MAX_LED_WORDS = 4;

/**
 * The organization whose possessive stands before the role words in front of token `at` (at most
 * four, modifiers of a title only): a named one ("Golden Harbour's former finance director"), or "the union's", "the company's"
 * (`describedOrganization`). Not a country (its offices are titles of their own).
 */
function possessorBefore(doc: AnalyzedText, at: number): { org: Cluster; from: number } | undefined {
  const { tokens } = doc;
  let k = at - 1;
  while (k >= 0 && at - k <= MAX_ROLE_WORDS && ROLE_MODIFIERS.has(tokens[k]?.lower ?? "")) k--;
  if (!isPossessive(tokens[k]) || tokens[k]?.sentence !== tokens[at]?.sentence) return undefined;
  const named = doc.mentionByLastToken.get(k) ?? doc.mentionByLastToken.get(k - 1);
  const c = named ? doc.entities.clusters[named.cluster] : undefined;
  if (c) return c.type === "Organization" && !c.country ? { org: c, from: k + 1 } : undefined;
  if (tokens[k - 1]?.lower === "group") return undefined;
  const described = theDescribed(doc, tokens[k - 2]?.lower === "the" ? k - 2 : k - 3, k - 1);
  return described ? { org: described, from: k + 1 } : undefined;
}

/** Verbs of holding a job: the person is the organization's where they do it ("teaches … at"). */
const WORK_VERBS = new Set(["teaches", "taught", "works", "worked", "lectures", "lectured", "serves", "served"]);
const MAX_WORK_WORDS = 4;

/**
 * "Mabuza teaches creative writing at the University of the Witwatersrand", "she works for Oxfam":
 * a person, a verb of holding a job right after, at most a few lower-case words, "at" or "for", and
 * an organization (not a country). The role is the verb phrase ("teaches creative writing").
 */
function workplace(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  const verb = tokens[m.last];
  if (!verb || !WORK_VERBS.has(verb.lower)) return undefined;
  for (let k = m.last + 1; k <= m.last + 1 + MAX_WORK_WORDS; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== verb.sentence) return undefined;
    if (t.lower === "at" || t.lower === "for") {
      const the = tokens[k + 1]?.lower === "the" ? 1 : 0;
      const next = doc.mentionByFirstToken.get(k + 1 + the);
      const org = next ? doc.entities.clusters[next.cluster] : undefined;
      if (org?.type !== "Organization" || org.country || !next) return undefined;
      const role = doc.text.slice(verb.start, (tokens[k - 1] as Token).end);
      return { org: next.cluster, role };
    }
    if (t.cap || t.kind !== "word") return undefined;
  }
  return undefined;
}

/** The person an appositive describes, how an organization is found by name, and where affiliations go. */
interface AppositiveOf {
  person: Cluster;
  /** The story's dateline country, whose offices bare titles may be (`defaultOffice`). */
  dateline: string | undefined;
  /** Whether that dateline names a US state (`defaultOffice`). */
  stateDateline: boolean;
  findOrg: (name: string) => Cluster | undefined;
  add: (person: number, org: number, role: string | null) => void;
}

/** Words that open a clause after a name's comma, not an appositive ("Trump, but …", "Trump, and …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["but", "and", "or", "yet", "so", "nor", "while"]);

/**
 * The one organization the article names "<place> <title>'s Office" ("Missouri Attorney General's Office") for a title
 * of two words or more, if one.
 */
function titleOffice(clusters: readonly Cluster[], title: string): Cluster | undefined {
  const lower = title.toLowerCase();
  // (a title of two words or more: "minister" would find the "Chief Minister’s Office", another office — or one word
  // that is the whole office's: "Comptroller Thomas Gallardo" beside "the Office of the State Comptroller", newsdev72)
  if (!title.includes(" ")) {
    const names = [`office of the ${lower}`, `office of the state ${lower}`];
    const own = clusters.filter(
      (c) => c.type === "Organization" && c.mentions.length > 0 && names.includes(c.name.toLowerCase()),
    );
    return own.length === 1 ? own[0] : undefined;
  }
  const suffix = ` ${lower}'s office`;
  // ("Secretary of State Harriet Osei-Bramble" beside the Michigan Department of State: a US state's secretary)
  const stateDepartment = lower === "secretary of state";
  // ("the Office of the Indiana Attorney General"; "the Kentucky Office of the Attorney General", newsdev59)
  // ("Auditor General Miriam Kessler" beside "the Department of the Auditor General", newsdev70)
  // ("Inspector General Ruth Calloway" beside the Office of Inspector General, no "the", newsdev73)
  const officeOf = (name: string) =>
    (name.startsWith("office of the ") && name.endsWith(` ${lower}`)) ||
    name.endsWith(` office of the ${lower}`) ||
    name === `department of the ${lower}` ||
    name === `office of ${lower}`;
  const offices = clusters.filter(
    (c) =>
      c.type === "Organization" &&
      c.mentions.length > 0 &&
      (c.name.toLowerCase().replace(/’/g, "'").endsWith(suffix) ||
        officeOf(c.name.toLowerCase()) ||
        (stateDepartment && STATE_DEPARTMENT.test(c.name))),
  );
  return offices.length === 1 ? offices[0] : undefined;
}

/** A US state's department of state ("Michigan Department of State"), not the federal one. */
const STATE_DEPARTMENT = /^(?!U\.S\.|US |United States)\p{Lu}[\p{L} ]* Department of State$/u;

/**
 * "The district attorney, Frances P. Kowalczyk, called …" beside the Dauphin County District Attorney’s Office: a
 * title of two words or more after "the", then the name set off by a comma — the office of that title the article
 * names.
 */
function theTitleOffice(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  if (tokens[m.first - 1]?.text !== ",") return undefined;
  for (let words = 2; words <= 3; words++) {
    const the = tokens[m.first - 2 - words];
    if (the?.lower !== "the") continue;
    const title = tokens
      .slice(m.first - 1 - words, m.first - 1)
      .map((t) => t.lower)
      .join(" ");
    const office = titleOffice(doc.entities.clusters, title);
    if (office) return { org: office.id, role: title };
  }
  return undefined;
}

/**
 * ", Republican of Kansas", ", Democrat of Oregon": The New York Times's party and state after a name's comma at
 * `comma`; the party's name and the token after the state, or undefined.
 */
function partyOfStateAfter(tokens: readonly Token[], comma: number): { party: string; end: number } | undefined {
  if (tokens[comma]?.text !== ",") return undefined;
  const party = usPartyBy("member", tokens[comma + 1]?.text ?? "");
  if (!party || tokens[comma + 2]?.lower !== "of") return undefined;
  let end = comma + 3;
  while (end < comma + 6 && tokens[end]?.cap && tokens[end]?.kind === "word") end++;
  const state = tokens
    .slice(comma + 3, end)
    .map((t) => t.text)
    .join(" ");
  return end > comma + 3 && PLACES.has(state.toLowerCase()) ? { party, end } : undefined;
}

/**
 * "Rep. Harold Brandvold (R-Neb.), chairman of the House Appropriations Committee,": the token after a party and
 * state notation in brackets right after the name (where the appositive's comma stands), if one is there.
 */
function afterPartyNotation(tokens: readonly Token[], k: number): number | undefined {
  // ("Rep. Delbert Voss, R-Mo., chairman of …": AP's notation between commas; the second comma opens the appositive)
  if (tokens[k]?.text === ",") {
    const notation = partyStateAfter(tokens, k);
    return notation && tokens[notation.close]?.text === "," ? notation.close : undefined;
  }
  if (tokens[k]?.text !== "(") return undefined;
  for (let j = k + 1; j < k + 9 && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.text === ")")
      return tokens[j + 1]?.text === "," && /^[RDI]\b/.test(tokens[k + 1]?.text ?? "") ? j + 1 : undefined;
    if (t.sentence !== tokens[k]?.sentence) return undefined;
  }
  return undefined;
}

/**
 * "Rep. Han Ji-yeon of the Democratic Party of Korea, a member of the National Assembly’s labour committee,":
 * the comma after "of <organization>" right after the name, when a person's role follows it (a role head
 * before the appositive's first preposition), opens the person's appositive, not the organization's ("X of
 * Acme, a subsidiary of …" describes Acme). Undefined otherwise.
 */
function ofOrganizationEnd(doc: AnalyzedText, m: Mention): number | undefined {
  const { tokens } = doc;
  if (tokens[m.last]?.lower !== "of") return undefined;
  const org = doc.mentionByFirstToken.get(m.last + (tokens[m.last + 1]?.lower === "the" ? 2 : 1));
  if (!org || doc.entities.clusters[org.cluster]?.type !== "Organization" || tokens[org.last]?.text !== ",")
    return undefined;
  let k = org.last + 1;
  if (!DETERMINERS.has(tokens[k]?.lower ?? "")) return undefined;
  for (k++; k < org.last + 6 && !PREPOSITIONS.has(tokens[k]?.lower ?? ""); k++)
    if ((tokens[k] as Token | undefined)?.kind !== "word") return undefined;
  return isRoleHead(tokens[k - 1]?.lower ?? "") && PREPOSITIONS.has(tokens[k]?.lower ?? "") ? org.last : undefined;
}

/**
 * "Senator Roger Tillman of Wyoming, the committee's Republican chairman,": the comma after a US state a legislator
 * is "of" (token k is "of"), where the appositive starts; else undefined (newsdev70).
 */
function ofStateEnd(tokens: readonly Token[], k: number): number | undefined {
  if (tokens[k]?.lower !== "of") return undefined;
  for (const words of [1, 2]) {
    const name = tokens.slice(k + 1, k + 1 + words);
    if (name.length !== words || !name.every((t) => t.cap && t.kind === "word")) continue;
    if (US_STATE_NAMES.has(name.map((t) => t.text).join(" ")) && tokens[k + 1 + words]?.text === ",")
      return k + 1 + words;
  }
  return undefined;
}

function appositive(doc: AnalyzedText, m: Mention, of: AppositiveOf) {
  const { tokens } = doc;
  // "Pimchanok, 34, a candidate of the New Dawn Party,": an age stands between the name and its appositive
  const aged =
    tokens[m.last]?.text === "," &&
    /^\d{1,3}$/.test(tokens[m.last + 1]?.text ?? "") &&
    tokens[m.last + 2]?.text === ",";
  // "Senator Thaddeus Wingfield, Republican of Kansas and the chairman of …": the party (when the article names it)
  // and its state set off after the name, then an appositive after "and" or a comma
  const partyOfState = aged ? undefined : partyOfStateAfter(tokens, m.last);
  if (partyOfState) {
    const party = of.findOrg(partyOfState.party);
    if (party) of.add(of.person.id, party.id, "member");
  }
  const at = partyOfState
    ? partyOfState.end
    : aged
      ? m.last + 2
      : (ofOrganizationEnd(doc, m) ?? afterPartyNotation(tokens, m.last) ?? ofStateEnd(tokens, m.last) ?? m.last);
  const comma = tokens[at];
  if (comma?.text !== "," && !(partyOfState && comma?.lower === "and")) return;
  // ("Ashworth, who was provost at the University of Toledo before coming to …,": a relative clause whose verb is
  // "is" or "was" holds the appositive, 2026-12-07, newsdev64)
  if (comma.text === "," && tokens[at + 1]?.lower === "who") seatAfter(doc, at + 2, of);
  // ("Attorney General Thomas Kiefer, whose Department of Justice defended the law,": a titled person's own office,
  // newsdev71)
  if (comma.text === "," && tokens[at + 1]?.lower === "whose" && m.title && !isHonorific(m.title)) {
    const owned = doc.mentionByFirstToken.get(at + 2);
    const body = owned ? doc.entities.clusters[owned.cluster] : undefined;
    if (body?.type === "Organization" && !body.country) of.add(of.person.id, body.id, m.title);
  }
  const relative = comma.text === "," ? relativeBeAt(tokens, at + 1) : 0;
  if (relative > 0) {
    relativeRole(doc, at + 1 + relative, of);
    return;
  }
  const first = at + 1;
  // ("Mikkel Bøgh-Andersen, the minister for climate, energy and utilities," beside the Ministry of Climate, Energy and
  // Utilities: a portfolio whose own commas the appositive's walk would cut, the ministry the article names for it)
  const listed = ministerOfListedPortfolio(doc, first);
  if (listed) {
    of.add(of.person.id, listed.ministry.id, listed.role);
    return;
  }
  const start = tokens[first];
  // ", told the Bulletin": a verb, not an appositive; ", but doesn't …": a clause
  if (start && !start.cap && (cueOf(start.lower) || CLAUSE_OPENERS.has(start.lower))) return;
  // ", MSF’s medical coordinator in Kenya": an organization's possessive opens the appositive
  const ownerStart = start?.cap === true && ownerAt(doc, first) !== undefined;
  // after an age, only "a …" / "the …" or an organization's possessive ("Leung, 52, was convicted at …" is a clause)
  // (or a bare role: "The Rev. Alvin Okafor, 66, pastor of New Hope Baptist Church,")
  if (aged && !ownerStart && !DETERMINERS.has(start?.lower ?? "") && !bareRole(tokens, first)) return;
  // ", spokesman for the ministry,": a bare role opens with role words and ends in a role's head before its first
  // preposition (", increased its stake in Valeant" and ", first began to buy …" are the sentence's predicate)
  // ("one of the commission's seven members" is for `conjunct`)
  const oneOf = start?.lower === "one" && tokens[first + 1]?.lower === "of";
  if (start && !start.cap && !DETERMINERS.has(start.lower) && !oneOf && !bareRole(tokens, first)) return;
  // (", Europe and Central Asia programme coordinator at the Committee to Protect Journalists (CPJ),": a region's
  // name before a bare role and its organization)
  const regional = start?.cap === true && regionalRole(doc, first);
  if (!ownerStart && !regional && (!start || start.sentence !== comma.sentence || start.cap)) {
    if (!start || !/^(?:former|deputy)$/i.test(start.text)) {
      if (!start || !DETERMINERS.has(start.lower)) return;
    }
  }
  // the appositive runs to the next comma, cue verb, "who" / "whose" or the sentence end ("a People Power
  // Party lawmaker whose district includes …")
  let end = first;
  while (end < tokens.length && end - first < 30) {
    const t = tokens[end] as Token;
    if (
      t.sentence !== comma.sentence ||
      t.text === "," ||
      t.text === "." ||
      t.kind === "quote" ||
      // (not the World Health Organization's acronym: ", the WHO’s incident manager for the response")
      (t.lower === "who" && t.text !== "WHO") ||
      (t.lower === "whose" && end > first)
    )
      break;
    if (
      end > first &&
      cueOf(t.lower) &&
      !t.cap &&
      !ROLE_PARTICIPLES.has(t.lower) &&
      !ROLE_HEADS.has(t.lower) &&
      !DETERMINERS.has(tokens[end - 1]?.lower ?? "")
    )
      break;
    end++;
  }
  // "…, Donald J. Trump, the senator said.": a description right before a speech verb with no comma closing it is
  // the subject of a tail attribution, not the name's appositive (unless the name opens its sentence)
  const cueAfter = QUOTE_CUES.has(cueOf(tokens[end]?.lower ?? "")?.base ?? "");
  if (cueAfter && tokens[m.first - 1]?.sentence === tokens[m.first]?.sentence) return;
  // conjuncts: "an intelligence expert at X and a former national security analyst for Y"
  let s = first;
  for (let k = first; k <= end; k++) {
    const t = tokens[k];
    // ("a senior at the University of Wisconsin-Eau Claire and legislative director of the United Council …": a
    // bare role after an organization, not "president and CEO of …")
    const isSplit =
      k === end ||
      (t?.lower === "and" &&
        (DETERMINERS.has(tokens[k + 1]?.lower ?? "") ||
          tokens[k + 1]?.lower === "another" ||
          (bareRole(tokens, k + 1) && organizationBetween(doc, s, k))));
    if (!isSplit) continue;
    conjunct(doc, s, k, of);
    s = k + 1;
  }
  // ("Lorraine Beckwith, a Pine Bluff Democrat who sits on the House Public Health Committee,": a seat on a body the
  // appositive's relative clause names, 2026-12-07, newsdev65)
  if (tokens[end]?.lower === "who") seatAfter(doc, end + 1, of);
}

/** "sits on the X" / "serves on the X" from token `k`: the person a member of organization X (no country). */
function seatAfter(doc: AnalyzedText, k: number, of: AppositiveOf): void {
  const { tokens } = doc;
  if (!/^(?:sits|serves|sat|served)$/.test(tokens[k]?.lower ?? "") || tokens[k + 1]?.lower !== "on") return;
  const named = doc.mentionByFirstToken.get(tokens[k + 2]?.lower === "the" ? k + 3 : k + 2);
  const org = named ? doc.entities.clusters[named.cluster] : undefined;
  if (org?.type === "Organization" && !org.country) of.add(of.person.id, org.id, "member");
}

/**
 * The role a relative clause gives from token `k` on, after its "who is" / "who was": an article (or none), at most
 * four lower-case role words ending in a role's head, "at", "of" or "for", and an organization's name ("provost at
 * the University of Toledo"); a country's is none.
 */
function relativeRole(doc: AnalyzedText, k: number, of: AppositiveOf): void {
  const { tokens } = doc;
  let from = /^(?:a|an|the)$/.test(tokens[k]?.lower ?? "") ? k + 1 : k;
  if (tokens[from]?.lower === "former") from++;
  let end = from;
  while (
    end < from + 4 &&
    tokens[end]?.kind === "word" &&
    !tokens[end]?.cap &&
    !/^(?:at|of|for)$/.test(tokens[end]?.lower ?? "")
  )
    end++;
  if (end === from || !isRoleHead(tokens[end - 1]?.lower ?? "") || !/^(?:at|of|for)$/.test(tokens[end]?.lower ?? ""))
    return;
  const named = doc.mentionByFirstToken.get(tokens[end + 1]?.lower === "the" ? end + 2 : end + 1);
  const org = named ? doc.entities.clusters[named.cluster] : undefined;
  if (org?.type !== "Organization" || org.country) return;
  of.add(of.person.id, org.id, doc.text.slice((tokens[from] as Token).start, (tokens[end - 1] as Token).end));
}

/** How many tokens of "who is", "who was" or "who is now" open a relative clause at token `k` (0 if none). */
function relativeBeAt(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.lower !== "who" || !/^(?:is|was)$/.test(tokens[k + 1]?.lower ?? "")) return 0;
  return /^(?:also|now)$/.test(tokens[k + 2]?.lower ?? "") ? 3 : 2;
}

const US_HOUSE = "United States House of Representatives";

/**
 * Whether a story datelined in a US state names that state's legislature (its General Assembly or Legislature, or "state
 * lawmakers", "the state Senate") but no House at all: not the United States House, not a state's House by name.
 */
function stateHouseUnnamed(doc: AnalyzedText, clusters: readonly Cluster[]): boolean {
  if (!datelineUsState(doc.text)) return false;
  const houses = clusters.some(
    (c) =>
      c.type === "Organization" &&
      c.mentions.length > 0 &&
      (c.name === US_HOUSE || (HOUSES.test(c.name) && !/\bGeneral Assembly$/.test(c.name))),
  );
  if (houses) return false;
  return (
    stateLegislature(clusters) !== undefined ||
    /\bstate (?:House|Senate|lawmakers|legislators|legislature)\b/.test(doc.text)
  );
}

/** Bodies a US state's name opens ("Nevada Supreme Court", "Ohio Legislature"). */
const STATE_BODIES = / (?:Supreme Court|Legislature|General Assembly|State Senate|House of Representatives)$/;

/** A state government's department after the state's name ("Oklahoma State Department of Health"). */
const STATE_GOVERNMENT_DEPARTMENT = / (?:State )?Department of /;

/**
 * Whether the article names a body of a US state (a state's name, then its court or legislature; or, of the fifty
 * states' names only, its department: "the Oklahoma State Department of Health", 2026-12-07, newsdev64).
 */
function namesStateBody(clusters: readonly Cluster[]): boolean {
  return clusters.some((c) => {
    if (c.type !== "Organization") return false;
    const department = STATE_GOVERNMENT_DEPARTMENT.exec(c.name);
    if (department !== null && US_STATE_NAMES.has(c.name.slice(0, department.index))) return true;
    const at = STATE_BODIES.exec(c.name);
    return at !== null && PLACES.has(c.name.slice(0, at.index).toLowerCase()) && !US_BODIES.has(c.name);
  });
}

/**
 * Whether a ministry or a department the article names has a word of the minister's portfolio ("Education Minister"
 * beside the Department of Education and Early Childhood Development; not "Fisheries Minister" beside the Ministry
 * for Primary Industries).
 */
function portfolioNamed(clusters: readonly Cluster[], title: string): boolean {
  const words = title.split(/\s+/).slice(0, -1);
  return clusters.some((c) => {
    if (c.type !== "Organization" || !/\b(?:Ministry|Department)\b/.test(c.name)) return false;
    const named = c.name.toLowerCase().split(/\s+/);
    return words.some((w) => named.includes(w));
  });
}

/** A minister's title with no organization of its own ("minister", "works and transport minister"). */
function ministerTitle(title: string): boolean {
  // (not a state's "chief minister" nor a devolved "first minister")
  return (
    /^(?:[a-z-]+ (?:and [a-z-]+ )?)?minister$/.test(title) &&
    !/^(?:chief|first|deputy chief) /.test(title) &&
    titleDefaultOrg(title) === undefined
  );
}

/** Participles of leading a body, with the role they give ("chaired by X" → chair). */
const LED_BY = new Map([
  ["chaired", "chair"],
  ["headed", "head"],
  ["led", "leader"],
]);

/**
 * "<organization>, chaired by former Federal Court judge Margaret Okoye," — the person `m` a few title words after
 * "chaired by", "headed by" or "led by" that follows an organization's name and its comma: that organization.
 */
function chairedBy(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  let by = m.first - 1;
  while (by > m.first - 7 && by > 0 && tokens[by]?.lower !== "by" && tokens[by]?.kind === "word") by--;
  const role = LED_BY.get(tokens[by - 1]?.lower ?? "");
  if (tokens[by]?.lower !== "by" || role === undefined || tokens[by - 2]?.text !== ",") return undefined;
  const org = doc.mentionByLastToken.get(by - 3);
  const c = org ? doc.entities.clusters[org.cluster] : undefined;
  return c?.type === "Organization" && !c.country ? { org: c.id, role } : undefined;
}

/** How many words a portfolio after "the minister for" may run to. */
const MAX_PORTFOLIO_WORDS = 12;

/**
 * "the minister for climate, energy and utilities" at token `first`: the ministry the article names for the whole
 * portfolio (commas and all), else undefined.
 */
function ministerOfListedPortfolio(doc: AnalyzedText, first: number): { ministry: Cluster; role: string } | undefined {
  const { tokens } = doc;
  const opening = tokens[first]?.lower === "the" ? first + 1 : first;
  // ("Rodrigo Sepúlveda Lagos, the undersecretary of mining,", "the deputy minister of mining": a minister's deputy
  // is the ministry's too, newsdev71)
  let k = opening;
  if (/^(?:deputy|vice|assistant|junior)$/.test(tokens[k]?.lower ?? "")) k++;
  const head = tokens[k]?.lower ?? "";
  const deputy = /^(?:undersecretary|under-secretary|vice-minister|viceminister)$/.test(head);
  if ((head !== "minister" && !deputy) || !/^(?:of|for)$/.test(tokens[k + 1]?.lower ?? "")) return undefined;
  const sentence = tokens[k]?.sentence;
  // the portfolio may end at each comma on the way, or where the sentence does
  for (let e = k + 3; e <= k + 2 + MAX_PORTFOLIO_WORDS; e++) {
    const t = tokens[e];
    const ends = !t || t.sentence !== sentence;
    if (!ends && t.text !== ",") continue;
    const portfolio = doc.text.slice((tokens[k + 1] as Token).start, (tokens[e - 1] as Token).end);
    const ministry = portfolioMinistry(doc.entities.clusters, `minister ${portfolio}`);
    if (ministry) {
      const role =
        k === opening && !deputy
          ? "minister"
          : doc.text.slice((tokens[opening] as Token).start, (tokens[e - 1] as Token).end);
      return { ministry, role };
    }
    if (ends) return undefined;
  }
  return undefined;
}

/** Whether an organization's mention ends right before token `to`, starting at or after `from`. */
function organizationBetween(doc: AnalyzedText, from: number, to: number): boolean {
  const org = doc.mentionByLastToken.get(to - 1);
  return org !== undefined && org.first >= from && doc.entities.clusters[org.cluster]?.type === "Organization";
}

/**
 * Whether a bare role (no article) opens at token `first`: perhaps "now" or "then", role words ("president and
 * CEO", "senior associate") up to a role's head, then a preposition, a comma or the sentence's end.
 */
function bareRole(tokens: readonly Token[], first: number): boolean {
  let from = WHEN_HELD.has(tokens[first]?.lower ?? "") ? first + 1 : first;
  if (from > first && DETERMINERS.has(tokens[from]?.lower ?? "")) from++;
  let k = from;
  for (; k < from + MAX_BARE_ROLE_WORDS; k++) {
    const t = tokens[k];
    if (t?.kind !== "word" || PREPOSITIONS.has(t.lower) || t.lower === "to") break;
    // ("deputy national security adviser and another person at the meeting": the first conjunct is the role)
    if (t.lower === "and" && k > from && isRoleHead((tokens[k - 1] as Token).lower)) break;
    // ("former White House press secretary": an organization's name inside the role)
    if (!isRoleWord(t) && t.lower !== "and" && !(t.cap && k > from)) return false;
  }
  const head = tokens[k - 1];
  if (k === from || !head) return false;
  const word = head.lower.replace(/^(?:co|vice|then|ex)-/, "");
  return isRoleHead(word) || BARE_ROLE_HEADS.has(word) || ACRONYM_ROLE.test(head.text);
}
/**
 * Whether the appositive from token `first` is a region's name — capitalised words, "and" between them — then a
 * bare role and "at", "for" or "of" ("Europe and Central Asia programme coordinator at", "Asia director at").
 */
function regionalRole(doc: AnalyzedText, first: number): boolean {
  const { tokens } = doc;
  let k = first;
  while (k < first + MAX_REGION_WORDS && (tokens[k]?.cap || (k > first && tokens[k]?.lower === "and"))) {
    // (not a person's possessive: "President Tobias Renwick’s nominee for the Supreme Court")
    if (isPossessive(tokens[k]) || isPossessive(tokens[k + 1]) || doc.mentionByFirstToken.has(k)) {
      const m = doc.mentionByFirstToken.get(k);
      if (!m || doc.entities.clusters[m.cluster]?.type !== "Organization" || isPossessive(tokens[m.last])) return false;
    }
    k++;
  }
  if (k === first || tokens[k - 1]?.lower === "and" || tokens[k]?.cap !== false || !bareRole(tokens, k)) return false;
  let p = k;
  while (p < k + MAX_BARE_ROLE_WORDS && tokens[p]?.kind === "word" && !PREPOSITIONS.has(tokens[p]?.lower ?? "")) p++;
  return REGIONAL_ROLE_PREPOSITIONS.has(tokens[p]?.lower ?? "");
}
const MAX_REGION_WORDS = 5;
const REGIONAL_ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "for", "of"]);

/** Words before a bare role that say when it is held ("now a partner", "then ambassador"). */
const WHEN_HELD: ReadonlySet<string> = new Set(["now", "then", "currently", "formerly", "once"]);
/** Heads of roles the title lexicon does not list ("publisher", "senior associate"). */
const BARE_ROLE_HEADS: ReadonlySet<string> = new Set([
  "publisher",
  "associate",
  "administrator",
  "assistant",
  "partner",
  "critic",
]);
/** A role written as capitals ("CEO", "CFO"). */
const ACRONYM_ROLE = /^\p{Lu}{2,4}$/u;
const MAX_BARE_ROLE_WORDS = 6;

/** Capitalised words before a title that say when or how it is held ("Former President", "Acting Secretary"). */
const TITLE_PREMODIFIERS = new Set([
  "former",
  "acting",
  "deputy",
  "then",
  "late",
  "outgoing",
  "incoming",
  "interim",
  "retired",
  "current",
  "vice",
]);

/** Nouns of a seat in a legislature ("a lawmaker from the DAB", "an independent legislator"). */
const LEGISLATOR_WORDS: ReadonlySet<string> = new Set(["lawmaker", "legislator", "parliamentarian"]);
/** Names of legislatures besides the ones of kind "legislature". */
const LEGISLATURE =
  /\b(?:Parliament|Legislative Council|Legislative Assembly|National Assembly|Congress|Bundestag|Knesset|Duma)\b/;

/** Members of a body, by the noun that describes the body ("a councillor" sits on "the council"). */
const MEMBER_OF: ReadonlyMap<string, string> = new Map([
  ["councillor", "council"],
  ["councilor", "council"],
  ["councilman", "council"],
  ["councilwoman", "council"],
  ["alderman", "council"],
  ["trustee", "board"],
]);

/** Numbers that may stand in "one of the commission's seven members". */
const SMALL_NUMBERS = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

function conjunct(
  doc: AnalyzedText,
  from: number,
  last: number,
  { person, dateline, stateDateline, findOrg, add }: AppositiveOf,
) {
  const { tokens } = doc;
  // "one of the commission's seven members": one member of the organization the possessive names
  const oneOf = tokens[from]?.lower === "one" && tokens[from + 1]?.lower === "of" && tokens[from + 2]?.lower === "the";
  const first = oneOf ? from + 2 : from;
  if (first >= last) return;
  let s = first;
  if (DETERMINERS.has(tokens[s]?.lower ?? "")) s++;
  const startOff = (tokens[s] as Token).start;
  const endOff = (tokens[last - 1] as Token).end;
  // "Gov. Robert Hallstrom, a Republican who signed …", "a Democrat in her second term", "a first-term Republican":
  // the party's member (the party the article names; not "a Republican pollster", "a former Democrat")
  const member = partyMemberAt(tokens, s, last);
  if (member) {
    const party = findOrg(member);
    if (party) add(person.id, party.id, "member");
  }
  // "a lawmaker from the DAB", "an independent lawmaker": a seat in the one legislature the article names
  // ("a member of parliament for Kandy": the same, newsdev60)
  for (let k = s; k < last && k < s + MAX_ROLE_WORDS; k++) {
    const word = tokens[k] as Token;
    const mp = word.lower === "member" && tokens[k + 1]?.lower === "of" && tokens[k + 2]?.text === "parliament";
    if (!LEGISLATOR_WORDS.has(word.lower) && !mp) continue;
    const body = onlyBody(doc.entities.clusters, startOff, LEGISLATURE, "legislature");
    if (body && !body.country) add(person.id, body.id, mp ? "member of parliament" : word.lower);
    break;
  }
  // the last organization in the conjunct
  let org: Mention | undefined;
  const mentions = doc.entities.mentions;
  for (let i = mentionAtOrAfter(mentions, startOff); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= endOff) break;
    if (m.start >= startOff && m.end <= endOff && doc.entities.clusters[m.cluster]?.type === "Organization") {
      // (an acronym in brackets after the name is the same organization: the name's mention says where it stands)
      // (not when the name opens the conjunct: "Filippo Grandi, the United Nations High Commissioner for Refugees
      // (UNHCR)" holds the office the name says, read from the acronym's side)
      if (org?.cluster === m.cluster && tokens[m.first - 1]?.text === "(" && org.first > s) continue;
      // ("a trade analyst at the consultancy Meridian Asia Advisory in Singapore": the country where the organization
      // stands is no organization of the role, newsdev81)
      if (org && doc.entities.clusters[m.cluster]?.country && tokens[m.first - 1]?.lower === "in") continue;
      org = m;
    }
  }
  // "the Sierra Club's executive director", "a Sierra Club spokeswoman": the organization first, then the role
  // ("MSF’s medical coordinator in Kenya": the owner, not the last organization)
  const possessor = ownerAt(doc, s);
  // ("Shinji Arakawa, one of the NRA's five commissioners,": one member of the body the possessive names, newsdev60)
  if (oneOf && possessor) {
    let k = possessor.last + 1;
    if (SMALL_NUMBERS.test(tokens[k]?.lower ?? "")) k++;
    const plural = tokens[k];
    const single = plural?.lower.replace(/s$/, "") ?? "";
    if (k === last - 1 && plural?.kind === "word" && !plural.cap && /s$/.test(plural.lower) && isRoleHead(single)) {
      add(person.id, possessor.cluster, single);
      return;
    }
  }
  const owner = possessor ?? (org?.first === s ? org : undefined);
  const owned = owner ? roleAfterOrganization(doc, owner, last) : null;
  if (owner && owned) {
    add(person.id, owner.cluster, owned);
    return;
  }
  // "Gloria Achterberg, the committee's top Democrat,": a party's member on the body the possessive names — the body
  // named, or the article's one so described — and the party's (where the article names it)
  const partyWord = usPartyBy("member", tokens[last - 1]?.text ?? "");
  if (partyWord && last - s <= 5) {
    const noun = tokens[s] as Token;
    const described =
      owner === undefined && !noun.cap && isPossessive(tokens[s + 1])
        ? describedOrganization(doc.entities.clusters, noun.lower, noun.start)
        : undefined;
    const body = owner ? doc.entities.clusters[owner.cluster] : described;
    if (body) {
      add(person.id, body.id, doc.text.slice(startOff, endOff).trim());
      const party = findOrg(partyWord);
      if (party) add(person.id, party.id, "member");
      return;
    }
  }
  // an organization's possessive with no role after it ("MSNBC’s Alex Seitz-Wald and …") gives none
  if (possessor && s === first) return;
  if (org) {
    // role: up to the preposition before the organization (skipping "the", "Britain’s")
    let p = org.first - 1;
    while (p > s && !PREPOSITIONS.has(tokens[p]?.lower ?? "")) p--;
    const roleEnd = p > s ? (tokens[p - 1] as Token).end : (tokens[org.first - 1] as Token | undefined)?.end;
    // ("the top Democrat on the … Committee": "on" is no preposition the walk stops at, but it ends no role)
    const role =
      roleEnd && roleEnd > startOff
        ? doc.text
            .slice(startOff, roleEnd)
            .trim()
            .replace(/\s+on(?:\s+the)?$/, "")
        : null;
    // "a fisherman from General Santos City in the southern Philippines": a country is a person's
    // only through an office of state ("Kenya's health minister")
    const roleHead = role
      ?.toLowerCase()
      .split(/\s+/)
      .filter((w) => !PREPOSITIONS.has(w) && w !== "to")
      .at(-1);
    const stateRole = countryRole(roleHead ?? "");
    if (doc.entities.clusters[org.cluster]?.country && !stateRole) return;
    if (role && role.split(/\s+/).length <= 8) {
      add(person.id, org.cluster, role);
      // ("the top Democrat on the Senate Energy and Natural Resources Committee": the party's member too, newsdev70)
      const member = /^(?:the )?(?:top|ranking|senior) (Democrat|Republican)$/.exec(role)?.[1];
      const party = member ? findOrg(usPartyBy("member", member) ?? "") : undefined;
      if (party) add(person.id, party.id, "member");
      // "director of Military Sciences at …": a department the tagger found inside the role is part of it
      // ("an EKRE member of the Riigikogu", "a Nepali Congress member of the House of Representatives": a party
      // before "member" is the person's too, newsdev74)
      for (let i = mentionAtOrAfter(mentions, startOff); i < mentions.length; i++) {
        const m = mentions[i] as Mention;
        if (m.start >= (roleEnd as number)) break;
        const party = doc.entities.clusters[m.cluster];
        if (party?.kind === "party" && m.end <= (roleEnd as number) && /\bmember$/.test(role)) {
          add(person.id, party.id, "member");
          continue;
        }
        if (m.tagged === "ORG" && m.end <= (roleEnd as number)) m.tentative = true;
      }
    }
    return;
  }
  // ", the company's late chairman,": the role belongs to the one organization the noun describes
  const ownerNoun = tokens[s] as Token;
  // ("the Chamber's executive vice president": American style capitalises a body's short name after "the")
  const shortName = s === first + 1 && tokens[first]?.text === "the" && /^\p{Lu}\p{Ll}+$/u.test(ownerNoun.text);
  if (s > first && tokens[first]?.lower === "the" && (isNoun(ownerNoun) || shortName) && isPossessive(tokens[s + 1])) {
    const described = describedOrganization(doc.entities.clusters, ownerNoun.lower, ownerNoun.start);
    // ("Senator Roger Tillman of Wyoming, the committee's Republican chairman,": a US party's adjective before the
    // role makes its holder the party's member too, newsdev70)
    const partyAt = s + 2 + (oneOf && SMALL_NUMBERS.test(tokens[s + 2]?.lower ?? "") ? 1 : 0);
    const partyOfRole = usPartyBy("adjective", tokens[partyAt]?.text ?? "");
    const roleFirst = partyAt + (partyOfRole !== undefined ? 1 : 0);
    // ("the company’s vice-president for trust and safety": the role's head stands before its preposition)
    let roleEnd = roleFirst;
    while (roleEnd < last && !PREPOSITIONS.has(tokens[roleEnd]?.lower ?? "")) roleEnd++;
    // "one of … members" is a member
    const lastWord = tokens[roleEnd - 1]?.lower ?? "";
    const head = oneOf ? lastWord.replace(/s$/, "") : lastWord;
    // ("the group's deputy director" is an advocacy group's as often as a company's: only a "… Group")
    // (or the one the article introduced as a group: "WildEarth Guardians, a Santa Fe-based environmental group")
    // (or an advocacy group by its name's last word, "the Heart Rhythm Patients Coalition")
    const sure =
      ownerNoun.lower !== "group" ||
      /\bgroup\b/i.test(described?.name ?? "") ||
      described?.introducedAs?.has("group") ||
      (described !== undefined && isAdvocacyGroup(described));
    if (
      described &&
      sure &&
      roleEnd > roleFirst &&
      roleEnd - roleFirst <= MAX_ROLE_WORDS &&
      roleWordsBetween(tokens, roleFirst, roleEnd) &&
      isRoleHead(head.replace(/^(?:co|vice)-/, ""))
    ) {
      add(person.id, described.id, oneOf ? head : doc.text.slice((tokens[roleFirst] as Token).start, endOff).trim());
      const party = partyOfRole !== undefined ? findOrg(partyOfRole) : undefined;
      if (party) add(person.id, party.id, "member");
    }
    return;
  }
  // "a spokesman for the attorney general’s office", "a spokesman for the sheriff's office": the one office the
  // article names whose name ends so
  const office = possessedOffice(doc, s, last);
  if (office) {
    add(person.id, office.org.id, office.role);
    return;
  }
  // "an attorney at the centre", "a student at the university": the one organization so described (not "a
  // co-author of the paper", a study's)
  const noun = tokens[last - 1] as Token;
  const authorOf = noun.lower === "paper" && /author$/.test(tokens[last - 4]?.lower ?? "");
  if (
    !authorOf &&
    (s > first || bareRole(tokens, first)) &&
    last - 3 > s &&
    tokens[last - 2]?.lower === "the" &&
    // ("special counsel to the board", newsdev59)
    (PREPOSITIONS.has(tokens[last - 3]?.lower ?? "") || tokens[last - 3]?.lower === "to") &&
    isNoun(noun) &&
    roleWordsBetween(tokens, s, last - 3)
  ) {
    const described = describedOrganization(doc.entities.clusters, noun.lower, noun.start);
    const roleEnd = (tokens[last - 4] as Token).end;
    if (described && roleEnd > startOff) add(person.id, described.id, doc.text.slice(startOff, roleEnd).trim());
    if (described) return;
  }
  // ("Ronald Pickett, executive director of the port authority," beside the Mississippi State Port Authority: one
  // lower-case modifier before the noun, the one organization whose name holds both words, 2026-12-07, newsdev65)
  if (
    (s > first || bareRole(tokens, first)) &&
    last - 4 > s &&
    tokens[last - 3]?.lower === "the" &&
    (PREPOSITIONS.has(tokens[last - 4]?.lower ?? "") || tokens[last - 4]?.lower === "to") &&
    roleWordsBetween(tokens, s, last - 4)
  ) {
    const described = theDescribed(doc, last - 3, last - 1);
    const roleEnd = (tokens[last - 5] as Token).end;
    if (described && !described.country && roleEnd > startOff) {
      add(person.id, described.id, doc.text.slice(startOff, roleEnd).trim());
      return;
    }
  }
  // ("a spokesman for the finance ministry" beside the Ministry of Finance, Planning and Economic Development: the
  // ministry of the portfolio the article names, newsdev60)
  if (
    s > first &&
    last - 4 > s &&
    tokens[last - 1]?.lower === "ministry" &&
    tokens[last - 3]?.lower === "the" &&
    /^(?:for|of|at|in|to)$/.test(tokens[last - 4]?.lower ?? "") &&
    tokens[last - 2]?.kind === "word" &&
    !tokens[last - 2]?.cap &&
    roleWordsBetween(tokens, s, last - 4)
  ) {
    const ministry = portfolioMinistry(doc.entities.clusters, `${tokens[last - 2]?.lower} minister`);
    if (ministry) {
      add(person.id, ministry.id, doc.text.slice(startOff, (tokens[last - 5] as Token).end).trim());
      return;
    }
  }
  // "an independent councillor", "a trustee": a seat on the one council or board the article names
  const memberOf = MEMBER_OF.get(tokens[last - 1]?.lower ?? "");
  if (memberOf && s < last && roleWordsBetween(tokens, s, last)) {
    const body = describedOrganization(doc.entities.clusters, memberOf, (tokens[last - 1] as Token).start);
    if (body) {
      add(person.id, body.id, doc.text.slice(startOff, endOff).trim());
      return;
    }
  }
  const role = doc.text.slice(startOff, endOff).trim().toLowerCase();
  const bare = role.replace(/^former\s+/, "");
  // "the French president", "the British prime minister": a nationality before an office of state
  const words = doc.text.slice(startOff, endOff).trim().split(/\s+/);
  const nationality = words.length >= 2 && words.length <= 4 ? countryOf(words[0] as string) : undefined;
  if (nationality?.form === "adjective" && STATE_ROLE_HEADS.has((words.at(-1) as string).toLowerCase())) {
    const country = findOrg(nationality.country.name);
    if (country) add(person.id, country.id, words.slice(1).join(" "));
    return;
  }
  // the role must be a known title, whole ("deputy national security adviser"); "the president" is the
  // United States' only for its presidents (else the dateline's country's, as for a title before the name)
  const orgName = defaultOffice(bare, person.name, dateline, false, stateDateline);
  if (orgName) {
    const c = findOrg(orgName);
    if (c) add(person.id, c.id, doc.text.slice(startOff, endOff).trim());
  }
}

/** Most lower-case words before a party's member word ("a first-term Republican", "a longtime registered Democrat"). */
const MAX_MEMBER_MODIFIERS = 2;

/**
 * The US party whose member word ("Republican", "Democrat") heads the conjunct [s, last) after at most two
 * lower-case modifiers ("first-term", "registered"; not "former"), the conjunct ending there or going on with a
 * preposition ("a Democrat in her second term").
 */
function partyMemberAt(tokens: readonly Token[], s: number, last: number): string | undefined {
  let k = s;
  while (
    k < s + MAX_MEMBER_MODIFIERS &&
    tokens[k]?.kind === "word" &&
    !tokens[k]?.cap &&
    !FORMER.test(tokens[k]?.lower ?? "")
  )
    k++;
  // ("a Wilmington Republican": a place's name before the member's word)
  const place = tokens[k]?.cap && usPartyBy("member", tokens[k + 1]?.text ?? "") !== undefined ? 1 : 0;
  const word = tokens[k + place];
  k += place;
  if (!word?.cap || k >= last) return undefined;
  const party = usPartyBy("member", word.text);
  return party && (k + 1 === last || PREPOSITIONS.has(tokens[k + 1]?.lower ?? "")) ? party : undefined;
}
/** Words that make a party's member word a former member's ("a former Democrat", "a lapsed Republican"). */
const FORMER = /^(?:former|ex-.*|one-time|onetime|lapsed)$/;

/**
 * Tokens [s, last): role words, "for" (or "at", "with", "in"), "the", lower-case words, a possessive and "office"
 * ("spokesman for the attorney general’s office"): the one organization of the article whose name ends with those
 * words' office ("Texas Attorney General’s Office"), and the role.
 */
function possessedOffice(doc: AnalyzedText, s: number, last: number): { org: Cluster; role: string } | undefined {
  const { tokens } = doc;
  if (tokens[last - 1]?.lower !== "office") return undefined;
  const possessive = last - 2;
  if (!isPossessive(tokens[possessive]) && !isBarePossessive(tokens, possessive)) return undefined;
  let the = possessive - 1;
  while (the > s && tokens[the]?.kind === "word" && !tokens[the]?.cap && tokens[the]?.lower !== "the") the--;
  if (tokens[the]?.lower !== "the" || the === possessive - 1 || !PREPOSITIONS.has(tokens[the - 1]?.lower ?? ""))
    return undefined;
  const words = tokens
    .slice(the + 1, possessive)
    .map((t) => t.lower)
    .join(" ");
  const suffix = ` ${words}'s office`;
  const offices = doc.entities.clusters.filter(
    (c) =>
      c.type === "Organization" && c.mentions.length > 0 && c.name.toLowerCase().replace(/’/g, "'").endsWith(suffix),
  );
  if (offices.length !== 1 || the - 1 <= s) return undefined;
  const role = doc.text.slice((tokens[s] as Token).start, (tokens[the - 2] as Token).end);
  return { org: offices[0] as Cluster, role };
}

/** Function words and verbs that never stand inside a role. */
const NOT_ROLE_WORDS = new Set([
  // ("will sue, its legal director, Molly Gaertner, said": the possessive opens the role, mid-sentence too)
  "its",
  "their",
  "and",
  "or",
  "to",
  "is",
  "was",
  "are",
  "were",
  "has",
  "have",
  "had",
  "will",
  "would",
  "met",
  "as",
  "by",
  "on",
]);
/** Role words that look like verb forms ("managing editor", "acting director", "housing spokesperson"). */
const ROLE_PARTICIPLES = new Set([
  // ("the committee's ranking member"), 2026-12-06
  "ranking",
  "managing",
  "acting",
  "outgoing",
  "incoming",
  "founding",
  "leading",
  "retired",
  "elected",
  "appointed",
  // nouns in -ing that name a field ("housing spokesperson", "marketing director", "nursing officer")
  "housing",
  "planning",
  "sporting",
  "marketing",
  "training",
  "nursing",
  "fundraising",
  "accounting",
  "engineering",
  "publishing",
  "licensing",
  "policing",
  "teaching",
  "campaigning",
  "programming",
  "purchasing",
]);

/**
 * How many lower-case role modifiers ("deputy", "acting", "senior") stand right before token `at`, at most
 * two: "State Department deputy spokesperson X".
 */
function roleModifiersBefore(tokens: readonly Token[], at: number): number {
  let n = 0;
  while (n < 2) {
    const t = tokens[at - 1 - n];
    if (!t || t.cap || !(ROLE_MODIFIERS.has(t.lower) || TITLE_OPENERS.has(t.lower))) break;
    n++;
  }
  return n;
}

/** Lower-case words that open a title's role besides `ROLE_MODIFIERS` ("acting", "press", "principal"). */
const TITLE_OPENERS = new Set(["acting", "press", "principal", "outgoing", "incoming"]);

/** Words that may stand between an organization's possessive and a title ("Acme's former finance director"). */
const ROLE_MODIFIERS = new Set([
  ...ROLE_PARTICIPLES,
  "former",
  "late",
  "deputy",
  "chief",
  "senior",
  "general",
  "executive",
  "finance",
  "financial",
  "vice",
  "assistant",
  "associate",
  "interim",
  "regional",
  "national",
]);

/** A lowercase word that can be part of a role: no verb ("the FBI interviewed former adviser Carter Page"), no function word. */
function isRoleWord(t: Token | undefined): boolean {
  if (t?.kind !== "word") return false;
  // "a Labour MP": a member of parliament's title is capitalised
  if (t.cap) return MEMBER_TITLES.has(t.text);
  if (ROLE_HEADS.has(t.lower) || ROLE_PARTICIPLES.has(t.lower)) return true;
  if (NOT_ROLE_WORDS.has(t.lower) || PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower)) return false;
  return !/(?:ed|ing)$/.test(t.lower) && cueOf(t.lower) === undefined;
}

/** "and" joining two role words ("founder and managing director"), both before `end`. */
function andBetweenRoles(tokens: readonly Token[], i: number, end = tokens.length): boolean {
  return tokens[i]?.lower === "and" && i + 1 < end && isRoleWord(tokens[i - 1]) && isRoleWord(tokens[i + 1]);
}

/** Longest role in words after its organization ("executive director of policy"). */
const MAX_ROLE_WORDS = 4;

/** The organization (not a country) whose possessive starts at token i ("MSF’s …"), if any. */
function ownerAt(doc: AnalyzedText, i: number): Mention | undefined {
  const m = doc.mentionByFirstToken.get(i);
  const c = m ? doc.entities.clusters[m.cluster] : undefined;
  // ("Lena Castellanos, Brightwater Studios’ chief lobbyist in Raleigh,": a plural name's bare apostrophe too)
  if (!m || c?.type !== "Organization") return undefined;
  if (!isPossessive(doc.tokens[m.last]) && !isBarePossessive(doc.tokens, m.last)) return undefined;
  // a country's only through an office of state ("…, Ecuador's foreign minister,"; not "Britain's leading economist")
  return !c.country || stateRoleAfter(doc.tokens, m.last + 1) ? m : undefined;
}

/** The lower-case words from token i (at most `MAX_ROLE_WORDS`) end in an office of state ("foreign minister", "ambassador"). */
function stateRoleAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < i + MAX_ROLE_WORDS; k++) {
    const t = tokens[k];
    if (t?.kind !== "word" || t.cap) return false;
    if (STATE_ROLE_HEADS.has(t.lower)) {
      const next = tokens[k + 1];
      return next?.kind !== "word" || next.cap || PREPOSITIONS.has(next.lower);
    }
  }
  return false;
}

/**
 * The role that follows an organization, before token `end` (exclusive) and before a preposition:
 * "'s executive director", "spokeswoman", "’s medical coordinator (in Kenya)". Lowercase words only,
 * at most four, the last a role head; null otherwise.
 */
function roleAfterOrganization(doc: AnalyzedText, org: Mention, end: number): string | null {
  const { tokens } = doc;
  let k = org.last;
  // ("the Dravida Munnetra Kazhagam (DMK) candidate": the acronym in brackets is the name's)
  if (tokens[k]?.text === "(" && tokens[k + 2]?.text === ")" && k + 3 < end) k += 3;
  if (isPossessive(tokens[k]) || tokens[k]?.text === "'" || tokens[k]?.text === "’") k++;
  // "’s medical coordinator in Kenya": the role ends before a preposition ("’s chief of mission in Yemen",
  // "’s head of research": an "of" before a lower-case noun after a role head stays inside)
  let last = k;
  while (last < end && !PREPOSITIONS.has(tokens[last]?.lower ?? "")) last++;
  const head = last - 1;
  const ofNoun = tokens[last + 1];
  const ofInside =
    tokens[last]?.lower === "of" &&
    last > k &&
    last + 1 < end &&
    ofNoun !== undefined &&
    isNoun(ofNoun) &&
    !DETERMINERS.has(ofNoun.lower) &&
    ROLE_HEADS.has(tokens[head]?.lower ?? "");
  if (ofInside) {
    last += 2;
    while (last < end && !PREPOSITIONS.has(tokens[last]?.lower ?? "")) last++;
  }
  if (k >= last || last - k > MAX_ROLE_WORDS + (ofInside ? 2 : 0)) return null;
  // "'s founder and managing director": "and" only between role words
  for (let i = k; i < last; i++)
    if (!isRoleWord(tokens[i] as Token) && !(ofInside && i === head + 1) && !andBetweenRoles(tokens, i)) return null;
  if (!isRoleHead(tokens[head]?.lower ?? "")) return null;
  return doc.text.slice((tokens[k] as Token).start, (tokens[last - 1] as Token).end);
}

/**
 * Forms of address written before a name that no title lexicon holds ("Chief Samuel Nayokpuk", "Haji Rosli"), and
 * police and military ranks ("A department spokeswoman, Lt. Karen Holtz,").
 */
const FORMS_OF_ADDRESS = new Set([
  "Chief",
  "Haji",
  "Hajjah",
  "Datuk",
  "Dato",
  "Dato'",
  "Dato’",
  "Lt.",
  "Sgt.",
  "Capt.",
  "Det.",
  "Cpl.",
  "Insp.",
  // ("A Marine Corps spokesman, Maj. Quentin Abara-Lindqvist,", 2026-12-07, newsdev81)
  "Maj.",
  "Col.",
  "Cmdr.",
  "Gen.",
  "Adm.",
]);
/** Most lower-case words of a role's field after its head ("on health cases", "for the region"). */
const MAX_FIELD_WORDS = 3;
// ("Its head of advocacy, Sophie Tran,": a head and its field after "of", newsdev71)
const FIELD_PREPOSITIONS = new Set(["on", "for", "of"]);

/**
 * "lead attorney on health cases", "spokesman on education": where a role ends when a preposition and a few lower-case
 * words of its field follow its head, before the comma at `end`; `end` itself when none do.
 */
function beforeRoleField(tokens: readonly Token[], end: number): number {
  // ("Its spokesperson in Manabí, Jorge Alcívar,": a place's name after "in", one to three capitalised words, newsdev56)
  let place = end - 1;
  while (place > end - 4 && tokens[place]?.cap && tokens[place]?.kind === "word") place--;
  if (place < end - 1 && tokens[place]?.lower === "in" && isRoleHead(tokens[place - 1]?.lower ?? "")) return place;
  for (let k = end - 1; k >= end - 1 - MAX_FIELD_WORDS && k > 0; k--) {
    const t = tokens[k] as Token;
    if (FIELD_PREPOSITIONS.has(t.lower) && k < end - 1) return isRoleHead(tokens[k - 1]?.lower ?? "") ? k : end;
    if (t.kind !== "word" || t.cap || FUNCTION_WORDS.has(t.lower)) return end;
  }
  return end;
}

/**
 * A role between an organization and the name, with no title the lexicon knows: "Google chief
 * executive Sundar Pichai", and the appositive in front, "the Sierra Club's executive director,
 * Michael Brune," / "A Sierra Club spokeswoman, Jane Doe,".
 */
function roleBefore(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  let end = tokenAtOrAfter(tokens, m.start);
  // ("Its chairman, Chief Samuel Nayokpuk,": a chief's or a hajji's form of address after the comma)
  if (FORMS_OF_ADDRESS.has(tokens[end - 1]?.text ?? "") && tokens[end - 2]?.text === ",") end--;
  const comma = tokens[end - 1]?.text === ",";
  if (comma) end--;
  // ("Rovers chairman Sir Alasdair McCallum": an honorific is no role of its own)
  else if (m.title && !isHonorific(m.title)) return undefined;
  // ("Its lead attorney on health cases, Rachel Dunnigan-Shaw,": the role's field after it is no part of the walk)
  const fieldEnd = end;
  if (comma) end = beforeRoleField(tokens, end);
  // (a field after "of" stays in the role: "Its head of advocacy, Sophie Tran," is the head of advocacy)
  const found = roleBeforeField(doc, tokens, end, comma);
  if (found && tokens[end]?.lower === "of" && fieldEnd > end)
    found.role = `${found.role} ${doc.text.slice((tokens[end] as Token).start, (tokens[fieldEnd - 1] as Token).end)}`;
  return found;
}

/** `roleBefore` once the role's field is set aside: the role's words end before token `end`. */
function roleBeforeField(
  doc: AnalyzedText,
  tokens: readonly Token[],
  end: number,
  comma: boolean,
): { org: number; role: string } | undefined {
  const { clusters } = doc.entities;
  // walk left over the lowercase role words to the organization
  let k = end - 1;
  while (k >= 0 && end - k <= MAX_ROLE_WORDS && (isRoleWord(tokens[k] as Token) || andBetweenRoles(tokens, k, end)))
    k--;
  const orgMention =
    doc.mentionByLastToken.get(k) ?? (isPossessive(tokens[k]) ? doc.mentionByLastToken.get(k - 1) : undefined);
  if (!orgMention)
    return (
      pronounRoleBefore(doc, k, end, comma) ??
      namedElsewhereRoleBefore(doc, k, end, comma) ??
      describedRoleBefore(doc, k, end, comma) ??
      nounRoleBefore(doc, k, end) ??
      // ("prices,” union leader Park Seong-ho told …": the organization's noun read as a role word)
      // (not "His campaign manager, Tasha Greenidge,": a person's own campaign, not the one the article names)
      (ORG_NOUNS.has(tokens[k + 1]?.lower ?? "") && !PERSONAL_POSSESSIVES.has(tokens[k]?.lower ?? "")
        ? nounRoleBefore(doc, k + 1, end)
        : undefined)
    );
  const org = clusters[orgMention.cluster];
  if (org?.type !== "Organization") return undefined;
  // a country's own only in an office of state ("Kenya’s health minister, Amina Otieno,")
  if (org.country && !countryRole(tokens[end - 1]?.lower ?? "")) return undefined;
  if (tokens[k]?.sentence !== tokens[end]?.sentence) return undefined;
  if (comma) {
    // the appositive opens its clause: "The Sierra Club's executive director, Michael Brune, said"
    const opener = tokens[orgMention.first - 1];
    const det = opener && DETERMINERS.has(opener.lower) ? tokens[orgMention.first - 2] : opener;
    if (!opensAppositive(det, tokens[end])) return undefined;
  }
  const role = roleAfterOrganization(doc, orgMention, end);
  return role ? { org: orgMention.cluster, role: role.replace(/^['’]s\s+/, "") } : undefined;
}

/**
 * "the chair of Skelby Town Council, Deirdre Flanagan,", "The First Minister of Wales, Rhian Evans,", "A spokesman
 * for the Michigan Department of State, Kevin Dunleavy,": a role of (for, at) a named organization (a country's only
 * for an office of state) set off in front of the name, opening its clause. The role is the words between the
 * article and "of" (capitalised or not), ending in a role's head.
 */
function roleOfOrganizationBefore(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  const at = tokenAtOrAfter(tokens, m.start);
  if (tokens[at - 1]?.text !== ",") return undefined;
  const orgMention = doc.mentionByLastToken.get(at - 2);
  // ("A spokeswoman for the state board, Tanya Lindqvist,": an organization described, not named)
  const theAt = tokens[at - 3]?.lower === "the" ? at - 3 : at - 4;
  const org = orgMention ? doc.entities.clusters[orgMention.cluster] : theDescribed(doc, theAt, at - 2);
  if (org?.type !== "Organization") return undefined;
  const first = orgMention ? orgMention.first : theAt + 1;
  const of = tokens[first - 1]?.lower === "the" ? first - 2 : first - 1;
  const head = tokens[of - 1];
  // ("A spokesman for the Michigan Department of State, Kevin Dunleavy,", "a professor at Lakehead University, X,")
  if (!/^(?:of|for|at)$/.test(tokens[of]?.lower ?? "") || !head || !ROLE_HEADS.has(head.lower)) return undefined;
  // ("A lawyer for Elektroservis-Yug, Yevhen Moroz,": counsel for a client is not on its staff)
  if (tokens[of]?.lower === "for" && RETAINED_ROLES.has(head.lower)) return undefined;
  if (org.country && !STATE_ROLE_HEADS.has(head.lower)) return undefined;
  let k = of - 1;
  while (k > of - 1 - MAX_ROLE_WORDS && tokens[k]?.kind === "word" && !DETERMINERS.has(tokens[k]?.lower ?? "")) {
    const t = tokens[k] as Token;
    // ("the next president of the United States, Donald J. Trump": a role foreseen is not held)
    if ((!t.cap && !isRoleWord(t)) || FORESEEN.has(t.lower)) return undefined;
    k--;
  }
  if (!DETERMINERS.has(tokens[k]?.lower ?? "") || tokens[k]?.sentence !== tokens[at]?.sentence) return undefined;
  if (!opensAppositive(tokens[k - 1], tokens[at])) return undefined;
  return { org: org.id, role: doc.text.slice((tokens[k + 1] as Token).start, head.end).toLowerCase() };
}

/** The sentence of the quotation mark that opens the quotation a closing mark at or before token `k` ends. */
function quotationOpeningSentence(tokens: readonly Token[], k: number): number {
  let close = k;
  while (close > 0 && tokens[close]?.kind !== "quote") close--;
  let open = close - 1;
  while (open > 0 && tokens[open]?.kind !== "quote") open--;
  return (tokens[open] ?? tokens[k])?.sentence ?? 0;
}

/**
 * "High Plains chief executive Morten Adeyemi-Sorensen told analysts …": capitalised words opening the sentence (which
 * the entity layer leaves untyped there), ending at token `k` right before the role, that the article writes elsewhere
 * as a mention of one organization ("asked High Plains about the plant" beside High Plains Power) name that
 * organization: the role is its (2026-12-07, newsdev81).
 */
function namedElsewhereRoleBefore(
  doc: AnalyzedText,
  k: number,
  end: number,
  comma: boolean,
): { org: number; role: string } | undefined {
  const { tokens } = doc;
  if (comma || k + 1 >= end || !isRoleHead(tokens[end - 1]?.lower ?? "")) return undefined;
  let first = k;
  while (first > k - 3 && tokens[first]?.cap && tokens[first]?.kind === "word") first--;
  first++;
  if (first > k || tokens[first - 1]?.sentence === tokens[first]?.sentence) return undefined;
  const words = doc.text.slice((tokens[first] as Token).start, (tokens[k] as Token).end);
  const orgs = new Set(
    doc.entities.mentions
      .filter((m) => m.text === words && doc.entities.clusters[m.cluster]?.type === "Organization")
      .map((m) => m.cluster),
  );
  if (orgs.size !== 1) return undefined;
  const org = [...orgs][0] as number;
  if (doc.entities.clusters[org]?.country) return undefined;
  return { org, role: doc.text.slice((tokens[k + 1] as Token).start, (tokens[end - 1] as Token).end) };
}

/** Prepositions that open a sentence's opening phrase ("In an interview with X, its chairman, …"). */
const OPENING_PREPOSITIONS = new Set(["in", "at", "on", "with", "from", "during", "after", "speaking", "according"]);

/** Possessive pronouns of people. */
const PERSONAL_POSSESSIVES = new Set(["his", "her", "their", "my", "our", "your"]);

/** Roles held for a client, not in an organization ("a lawyer for the company"). */
const RETAINED_ROLES = new Set(["lawyer", "lawyers", "attorney", "counsel", "solicitor", "barrister", "advocate"]);

/** Words that make a role one a person is expected to hold, not one they hold. */
const FORESEEN = new Set(["next", "future", "potential", "possible", "likely", "presumptive"]);

/**
 * "The Labour MP for Skelby, Priya Nandakumar,": a party, a member's title and the seat ("for" and a few
 * capitalised words) set off in front of the name — the member is the party's.
 */
function memberForBefore(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  const at = tokenAtOrAfter(tokens, m.start);
  if (tokens[at - 1]?.text !== ",") return undefined;
  let k = at - 2;
  while (k > at - 2 - MAX_ROLE_WORDS && tokens[k]?.cap && tokens[k]?.kind === "word") k--;
  if (k === at - 2 || tokens[k]?.lower !== "for" || !MEMBER_TITLES.has(tokens[k - 1]?.text ?? "")) return undefined;
  const party = doc.mentionByLastToken.get(k - 2);
  const org = party ? doc.entities.clusters[party.cluster] : undefined;
  if (!party || org?.type !== "Organization" || org.country) return undefined;
  const opener = tokens[party.first - 1];
  if (!opener || !DETERMINERS.has(opener.lower) || opener.sentence !== tokens[at]?.sentence) return undefined;
  if (!opensAppositive(tokens[party.first - 2], tokens[at])) return undefined;
  return { org: org.id, role: (tokens[k - 1] as Token).text };
}

/**
 * Whether a role appositive in front of a name ("the Sierra Club's executive director, Michael Brune,")
 * stands where a noun phrase starts: at the start of its sentence or clause, or right after a speech
 * verb or a preposition ("said the group's chair, Deborah A. Whitcombe"; "according to the company's
 * founder, Zhang Wei"), not after another word it could belong to.
 */
function opensAppositive(before: Token | undefined, name: Token | undefined): boolean {
  if (!before || before.sentence !== name?.sentence || before.kind !== "word") return true;
  // ("a dinner hosted by the campaign’s finance chair, Gloria Benavides-Strand")
  // ("But a spokeswoman for the department, Ilse Marchetti, denied …": a conjunction opens the clause, newsdev81)
  return (
    cueOf(before.lower) !== undefined || PREPOSITIONS.has(before.lower) || /^(?:to|by|but|and|yet)$/.test(before.lower)
  );
}

/**
 * Tokens [from, to) can be a role after its article ("third-year engineering student", "founder and
 * chairman"): lower-case words, no function word, no verb the role lexicon knows as one.
 */
function roleWordsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.text === "-" && i > from) continue; // "third-year"
    if (andBetweenRoles(tokens, i, to)) continue;
    // "the newspaper's Ankara bureau chief", "its Moscow correspondent": a city or a country where the role is held
    if (t.cap && i + 1 < to && (WORLD_CITIES.has(t.text) || countryOf(t.text) !== undefined)) continue;
    if (t.kind !== "word" || t.cap || NOT_ROLE_WORDS.has(t.lower) || PREPOSITIONS.has(t.lower)) return false;
    // ("special counsel": a role's head that is also a cue's form)
    if (ROLE_PARTICIPLES.has(t.lower) || ROLE_HEADS.has(t.lower)) continue;
    if (DETERMINERS.has(t.lower) || cueOf(t.lower) !== undefined) return false;
  }
  return true;
}

/** A lower-case word that can name an organization ("council", "university"). */
function isNoun(t: Token): boolean {
  return t.kind === "word" && !t.cap && /^\p{Ll}+$/u.test(t.text);
}

/**
 * "The council's leader, Margaret O'Donnell," / "the company's founder and chairman, Zhang Wei,": a
 * definite description of an organization (`describedOrganization`) owns the role in front of the
 * name. `k`: where the walk over role words stopped; `end`: the token after the role.
 */
function describedRoleBefore(
  doc: AnalyzedText,
  k: number,
  end: number,
  comma: boolean,
): { org: number; role: string } | undefined {
  const { tokens } = doc;
  // the walk over role words stops at "the", or on the possessive or the noun when the role is long
  let at = k;
  while (at > k - 3 && at > 0 && tokens[at]?.lower !== "the") at--;
  k = at;
  // ("The state board's chairman, Gerald Ostrowski,": a modifier between "the" and the noun)
  const possessive = isPossessive(tokens[k + 2]) ? k + 2 : k + 3;
  if (tokens[k]?.lower !== "the" || !isPossessive(tokens[possessive])) return undefined;
  const role = possessive + 1;
  if (end - role > MAX_ROLE_WORDS) return undefined;
  if (role >= end || !isRoleHead(tokens[end - 1]?.lower ?? "")) return undefined;
  if (tokens[k]?.sentence !== tokens[end]?.sentence) return undefined;
  // the appositive opens its clause, as for a named organization
  if (comma && !opensAppositive(tokens[k - 1], tokens[end])) return undefined;
  const org = theDescribed(doc, k, possessive - 1);
  if (!org) return undefined;
  return { org: org.id, role: doc.text.slice((tokens[role] as Token).start, (tokens[end - 1] as Token).end) };
}

/**
 * The organization "the board" or "the state board" (tokens [the, noun]) stands for: the one the noun describes
 * (`describedOrganization`), or, with one lower-case modifier, the one organization named before whose name holds
 * both words in a row ("the state board" → the Maryland State Board of Elections, beside a county's board).
 */
function theDescribed(doc: AnalyzedText, the: number, noun: number): Cluster | undefined {
  const { tokens } = doc;
  const n = tokens[noun];
  if (tokens[the]?.lower !== "the" || !n || !isNoun(n)) return undefined;
  if (noun === the + 1) return describedOrganization(doc.entities.clusters, n.lower, n.start);
  const modifier = tokens[the + 1] as Token;
  if (noun !== the + 2 || !isNoun(modifier) || FUNCTION_WORDS.has(modifier.lower)) return undefined;
  return organizationNamedBy(doc.entities.clusters, `${modifier.lower} ${n.lower}`, n.start);
}

/**
 * "Council leader Imran Chaudhry said …", "the council leader, Imran Chaudhry,": an organization noun (capitalised
 * only as a sentence's first word) before the role words stands for the one organization of the article it
 * describes (`describedOrganization`). `k`: where the walk over role words stopped; `end`: the token after the role.
 */
function nounRoleBefore(doc: AnalyzedText, k: number, end: number): { org: number; role: string } | undefined {
  const { tokens } = doc;
  const noun = tokens[k];
  if (noun?.kind !== "word" || !ORG_NOUNS.has(noun.lower) || k + 1 >= end) return undefined;
  if (noun.cap && tokens[k - 1]?.sentence === noun.sentence) return undefined;
  if (!isRoleHead(tokens[end - 1]?.lower ?? "") || !roleWordsBetween(tokens, k + 1, end)) return undefined;
  const org = describedOrganization(doc.entities.clusters, noun.lower, noun.start);
  if (!org || org.country) return undefined;
  return { org: org.id, role: doc.text.slice(noun.start, (tokens[end - 1] as Token).end).toLowerCase() };
}

/**
 * "The Coastal Communities Alliance was founded in 2023. Its leader, Tomás Mac Giolla Rua, …": "its"
 * opening the clause, role words, a comma and the name — the role is the nearest organization's named
 * before it in that sentence or the one before (not a country's). `k`: the token the walk over role
 * words stopped at; `end`: the token after the role.
 */
/**
 * The organization named right before a speech verb in tokens [from, to) ("Karrabee said", "the ministry
 * told"), the first such; not a country.
 */
function speakingOrganization(doc: AnalyzedText, from: number, to: number): Cluster | undefined {
  const { tokens, entities } = doc;
  for (let i = mentionAtOrAfter(entities.mentions, (tokens[from] as Token).start); i < entities.mentions.length; i++) {
    const m = entities.mentions[i] as Mention;
    if (m.first >= to) return undefined;
    const verb = tokens[m.last];
    if (!verb || verb.cap || !cueOf(verb.lower)) continue;
    const c = entities.clusters[m.cluster];
    return c?.type === "Organization" && !c.country ? c : undefined;
  }
  return undefined;
}

function pronounRoleBefore(
  doc: AnalyzedText,
  k: number,
  end: number,
  comma: boolean,
): { org: number; role: string } | undefined {
  const { tokens } = doc;
  const its = tokens[k];
  const plural = its?.lower === "their";
  if (!comma || !(its?.lower === "its" || plural) || k + 1 >= end || end - (k + 1) > MAX_ROLE_WORDS) return undefined;
  if (!isRoleHead(tokens[end - 1]?.lower ?? "") || !roleWordsBetween(tokens, k + 1, end)) return undefined;
  // the clause opens with "Its" (a sentence start, or after a comma or a conjunction, or after the quotation the
  // sentence opens with: "“No theatre is being punished,” its spokeswoman, Hana Šimková, told Czech Radio")
  const before = tokens[k - 1];
  const sentence = doc.sentences[its.sentence];
  // (or after the verb that follows it: "“… by one contractor, not by an industry,” said its president, Kevin Dalli.",
  // 2026-12-07, newsdev76)
  const verbAfterQuote = /^(?:said|says|added|adds)$/.test(before?.lower ?? "") && tokens[k - 2]?.kind === "quote";
  // (a quotation of several sentences opens the first of them: "“Nobody is against safety. But …,” its secretary")
  const quoted =
    before?.kind === "quote" || verbAfterQuote ? doc.sentences[quotationOpeningSentence(tokens, k - 1)] : undefined;
  const quoteTail = quoted !== undefined && tokens[quoted.first]?.kind === "quote" && !plural;
  if (
    before &&
    before.sentence === its.sentence &&
    before.text !== "," &&
    !CLAUSE_OPENERS.has(before.lower) &&
    !quoteTail
  )
    return undefined;
  const { mentions, clusters } = doc.entities;
  const role = doc.text.slice((tokens[k + 1] as Token).start, (tokens[end - 1] as Token).end);
  // ("In an interview with the South China Morning Post, its chairman, …": after an opening phrase, as if it opened
  // the sentence — the organization in the phrase is where it spoke, not whose)
  const afterOpening =
    before?.text === "," &&
    sentence !== undefined &&
    OPENING_PREPOSITIONS.has(tokens[sentence.first]?.lower ?? "") &&
    !tokens.slice(sentence.first, k - 1).some((t) => t.text === ",");
  const opensSentence = before?.sentence !== its.sentence || afterOpening || quoteTail;
  // "The union disputed that account. Its regional director, …": the sentence before opens with an
  // organization described by its noun
  // (after a quotation of several sentences, the sentence before the quotation opens: "The Union of Ferry Owners …
  // said …. “Nobody is against safety. But …,” its secretary, Ali Bacar El-Anrif, said", newsdev81)
  const previous = doc.sentences[(quoteTail ? quotationOpeningSentence(tokens, k - 1) : its.sentence) - 1];
  const opener = previous && tokens[previous.first]?.lower === "the" ? tokens[previous.first + 1] : undefined;
  if (opener && isNoun(opener) && !plural && opensSentence) {
    const described = describedOrganization(clusters, opener.lower, opener.start);
    if (described && !described.country) return { org: described.id, role };
  }
  // "Ridgeline Pipfruit, one of the largest RSE employers in the region, disputed … Its general manager, …":
  // the organization the sentence before opens with, not one named inside its appositive
  if (previous && !plural && opensSentence) {
    const first = tokens[previous.first]?.lower === "the" ? previous.first + 1 : previous.first;
    const subject = doc.mentionByFirstToken.get(first);
    const c = subject ? clusters[subject.cluster] : undefined;
    if (subject && c?.type === "Organization" && !c.country && !isPossessive(tokens[subject.last]))
      return { org: c.id, role };
    // "In a statement to the ASX, Karrabee said it would … Its managing director, …": the organization that
    // speaks in the sentence before, after an opening phrase
    const speaker = speakingOrganization(doc, previous.first, previous.last);
    if (speaker) return { org: speaker.id, role };
    if (afterOpening) return undefined;
  }
  // ("The commission has 30 days to decide whether to open an investigation, its executive secretary, Marcus Dell, told
  // reporters": mid-sentence, the organization the sentence itself opens with, described by its noun, when no
  // organization is named between them, 2026-12-07, newsdev64)
  if (!opensSentence && !plural && sentence !== undefined && tokens[sentence.first]?.lower === "the") {
    const noun = tokens[sentence.first + 1];
    const between = mentions.some(
      (m) => m.start > (noun?.start ?? 0) && m.end <= its.start && clusters[m.cluster]?.type === "Organization",
    );
    const described =
      noun && isNoun(noun) && !between ? describedOrganization(clusters, noun.lower, noun.start) : undefined;
    if (described && !described.country) return { org: described.id, role };
  }
  for (let i = mentionAtOrAfter(mentions, its.start) - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    const first = tokens[m.first] as Token;
    if (first.sentence < its.sentence - 1) return undefined;
    // (not an organization the quotation names: it is not the speaker's)
    if (quoteTail && first.sentence === its.sentence) continue;
    const c = clusters[m.cluster];
    if (c?.type !== "Organization") continue;
    if (c.country) return undefined;
    // ("Their housing spokesperson" is the Liberal Democrats', an organization named in the plural)
    if (plural && !/s$/.test(c.name)) return undefined;
    return { org: c.id, role };
  }
  return undefined;
}
