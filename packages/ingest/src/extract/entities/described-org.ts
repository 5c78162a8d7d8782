import { COMPANY_NAME_ENDS, ORG_HEADS } from "../lexicon/organizations.js";
import type { Cluster } from "./types.js";

/** Nouns that stand for "the company" whatever its name says. */
const COMPANY_NOUNS = new Set([
  "company",
  "firm",
  "carmaker",
  "automaker",
  "airline",
  "group",
  // trades business news calls a company by (2026-12-06: "according to the shipbuilder’s latest filing")
  "shipbuilder",
  "chipmaker",
  "drugmaker",
  "steelmaker",
  "lender",
  "insurer",
  "retailer",
  "manufacturer",
  "conglomerate",
  "miner",
  "telecom",
  "carrier",
  "startup",
  "start-up",
  // ("said the chain’s general manager, Daniel Hartley" of a supermarket chain, 2026-12-07, newsdev71)
  "chain",
]);
/** Names a chain of shops or restaurants ends with ("FreshWay Supermarkets", "Maple Basket Grocers"). */
const CHAIN_NAMES = /\b(?:Grocers|Supermarkets?|Stores|Markets|Mart|Pharmacy|Pharmacies|Restaurants|Hotels|Retail)$/;

/** Nouns that stand for the one organization of their kind even when its name does not hold them ("the union"). */
const KIND_NOUNS = new Set([
  // ("the agency" after the Federal Aviation Administration, the one agency named, 2026-12-07, newsdev40)
  "agency",
  "union",
  "university",
  "court",
  "council",
  "ministry",
  "commission",
  "federation",
  "association",
  "bank",
  "school",
]);
/** Nouns of organizations besides the lexicon's heads ("the municipality", "the festival"). */
const MORE_NOUNS = new Set([
  "municipality",
  "festival",
  "club",
  "team",
  "museum",
  "library",
  "hospital",
  // ("The clinic’s medical director, Dr. Ruth Abernathy," after the Tulsa Women’s Clinic; "the consortium’s interim
  // report" after the Consortium for Democratic Elections in Ethiopia, 2026-12-07, newsdev64)
  "clinic",
  "consortium",
  // ("said Liina Tammsaar, the embassy’s press attaché" after the Embassy of Estonia, 2026-12-07, newsdev65)
  "embassy",
  "charity",
  "trust",
  "district",
  "diocese",
  "newspaper",
  "paper",
  "authority",
  "regulator",
  // "Gregory Ashby-Lyle, the chamber's executive vice president" after the U.S. Chamber of Commerce; "the
  // chamber" after the Chamber of Deputies (2026-12-06, newsdev25)
  "chamber",
  // "according to the cooperative’s own count" after the Suru Women Rice Growers Cooperative (2026-12-06, newsdev30)
  "cooperative",
  "co-operative",
  "collective",
  // "City spokesman Terrell Vance" beside the City of Millhaven: the one city government named "City of …" (never a
  // council or a university of the city)
  "city",
  // "the campaign’s finance chair, Gloria Benavides-Strand" after Castellanos-Ward for America: the one campaign
  // committee named (2026-12-07, newsdev34)
  "campaign",
  // "Rep. Luis Andrade, the panel's ranking Democrat," after the Assembly's Colleges and Universities Committee: the
  // one committee named (2026-12-07, newsdev37)
  "panel",
  // "has directed the theatre since 2011" after the Blue Rooster Puppet Theatre (2026-12-07, newsdev37)
  "theatre",
  "theater",
  // "Kyle Imboden, a spokesman for the system," after the University of Missouri System: the one named "… System"
  // (2026-12-07, newsdev39; only as its name's head word)
  "system",
  // "Denise Kowalczyk, the division's director" after the General Assembly's Oversight Division; "The lottery's
  // executive director" after the Missouri Lottery Commission (2026-12-07, newsdev44)
  "division",
  "lottery",
  // "The lodge’s president, Sgt. Mark Delacroix," after the Fraternal Order of Police Lodge 12 (2026-12-07, newsdev50)
  "lodge",
  // "the secretariat’s director, Mariela Cedeño Villacís," after the National Secretariat for Risk Management; "Radek
  // Hořejší, the movement's leader," after the Prosperity Movement (2026-12-07, newsdev56)
  "secretariat",
  "movement",
  // ("A spokesperson for the utility, Geneviève Tremblay-Ouellet," after Hydro-Québec; "the utility's allowed profit"
  // after Georgia Power beside its parent Southern Co.: by its name's shape, `NAME_SHAPES`, 2026-12-07, newsdev56)
  "utility",
]);
/** Words of advocacy groups' names, which "the group" stands for when no company is named, wherever they stand in it. */
// ("Marisol Vega, a staff attorney for the group," after the American Civil Liberties Union of Ohio, 2026-12-07,
// newsdev66)
const GROUP_NAME_WORDS = new Set(["coalition", "alliance", "project", "movement", "initiative", "liberties"]);
/** Words that make an advocacy group's name only as its last ("Open Ledger Network", "Heritage Action", "… Fund"). */
// ("Dale Prentice, the group's president," after the Laguna Vista Taxpayers Association, 2026-12-07, newsdev66)
const GROUP_NAME_ENDS = new Set(["network", "action", "fund", "association"]);

/** Name words besides the noun itself that let a name be so described ("the regulator" → the Nigerian Electricity Regulatory Commission). */
const NAME_FORMS: ReadonlyMap<string, readonly string[]> = new Map([["regulator", ["regulatory"]]]);
/** Names a noun describes whose words do not hold it ("the hospital" → the Calumet VA Medical Center). */
const NAME_SHAPES: ReadonlyMap<string, RegExp> = new Map([
  ["hospital", /\bMedical (?:Center|Centre)$/],
  ["utility", /\b(?:Power|Energy|Electric|Electricity|Gas|Water|Utilities|Hydro)\b|^Hydro-/],
  // "The union's president, Sgt. Travis Beyer," after the Delmont County Deputies Association: a workers' association
  // (its members' plural before "Association"; not the Ghana Football Association) (2026-12-07, newsdev38)
  ["union", /\p{Lu}\p{Ll}+s(?:'|’)? Association$|\bEducation Association$/u],
  // a candidate's campaign committee ("Carver for Congress", "Hutchins for America", 2026-12-07, newsdev71)
  ["campaign", /\bfor (?:Congress|Senate|President|America|Governor|Mayor)$|\bCampaign Committee$/],
]);
/**
 * Nouns that describe an organization only when they head its name: "the district" is the "… School
 * District", never the "Sham Shui Po District Council" (there it is the place).
 */
const HEAD_ONLY = new Set(["district", "system", "division"]);
/** Nouns that stand for the one organization of these kinds ("the club" → FC Rijnstad, a team; Club Atlético …, an association). */
const NOUN_KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["club", ["association", "team"]],
  ["team", ["team"]],
  ["campaign", ["campaign"]],
  ["panel", ["committee"]],
  // "Marcela Gaitán, the newspaper's editor": the one news organization named before
  ["newspaper", ["media"]],
  ["paper", ["media"]],
  // "the authority had to save £4.2 million": a local council (British usage) or an agency, when only one is named
  ["authority", ["council", "agency"]],
  // "the regulator": the one agency, commission or authority named (a securities regulator, a data protection
  // commission)
  ["regulator", ["agency", "commission", "authority"]],
  // ("the agency" after the Federal Aviation Administration, whose "Administration" reads as a government's)
  ["agency", ["agency", "government"]],
]);

/**
 * The organization a definite description names ("the council", "the university", "the centre",
 * "the company"): the one organization named before `offset` in the document whose name has that
 * noun as a word ("Wendham Borough Council", "University of Jordan"), or, for "the company" and its
 * like, the one company; among several, or when no name holds the noun, the one of the kind the noun
 * names ("the union" → Sindicato de Pilotos de AeroAndes). `prefer` (the speaker's own organization, for
 * a description inside what they said) wins when several names hold the noun and it is one of them, or
 * when none does and its kind may be so called (`mayDescribe`). Otherwise undefined when two candidates
 * compete or the noun is no organization's head: an affiliation is only drawn when the article leaves no
 * doubt.
 */
export function describedOrganization(
  clusters: readonly Cluster[],
  noun: string,
  offset: number,
  prefer?: Cluster,
): Cluster | undefined {
  const company = COMPANY_NOUNS.has(noun);
  // "its Montreal studio, Lanternfish Games … the studio's head": the one organization the article
  // introduced with that noun (not "the company": "its parent company, X" does not make X the company
  // the article is about)
  const introduced =
    noun === "company" || noun === "firm"
      ? []
      : clusters.filter((c) => c.introducedAs?.has(noun) && isOrganizationBefore(c, offset));
  if (introduced.length === 1) return introduced[0];
  if (!company && !ORG_HEADS.has(noun) && !MORE_NOUNS.has(noun)) return undefined;
  const named: Cluster[] = [];
  for (const c of clusters) {
    if (!isOrganizationBefore(c, offset)) continue;
    const words = nameWords(c);
    // ("the chain": a shop's or a restaurant's chain by the name's last word, not any company, newsdev64 and newsdev71)
    const fits = company
      ? noun === "chain"
        ? CHAIN_NAMES.test(c.name)
        : isCompanyCluster(c) || words.includes(noun)
      : noun === "city"
        ? words[0] === "city" && words[1] === "of"
        : HEAD_ONLY.has(noun)
          ? words.at(-1) === noun
          : words.includes(noun) ||
            (NAME_FORMS.get(noun) ?? []).some((form) => words.includes(form)) ||
            (NAME_SHAPES.get(noun)?.test(c.name) ?? false) ||
            // ("the campaign paid for a week at a resort" beside Carver for Congress: a candidate's campaign committee,
            // by its kind or its name's shape, 2026-12-07, newsdev71)
            (noun === "campaign" && c.kind === "campaign");
    if (fits) named.push(c);
  }
  if (named.length === 1) return named[0];
  // in the words of someone who speaks for an organization, "the union", "the party", "the team" is
  // their own when it may be: it is among those named so, or none is and nothing in its kind or name
  // says otherwise
  if (prefer && (named.includes(prefer) || (named.length === 0 && mayDescribe(prefer, noun, company)))) return prefer;
  // ("A company spokesman" after "Chaiyaphruek Construction, the Bangkok-based company that built the dam" and the
  // utility Electricité du Laos: among several companies, the one the article introduced with the noun after its
  // name's comma — not "the state copper company Codelco", named in passing, newsdev67 — and named last, newsdev70)
  if (company && named.length > 1) {
    const lastBefore = (c: Cluster) => Math.max(...c.mentions.filter((m) => m.start < offset).map((m) => m.start));
    const latest = named.reduce((a, b) => (lastBefore(b) > lastBefore(a) ? b : a));
    const introducedSo = named.filter((c) => c.appositiveAs?.has(noun));
    if (introducedSo.length === 1 && introducedSo[0] === latest) return latest;
  }
  // "Spanish regulators fined Kinetra. The company said …": the one organization of no known kind
  // stands for "the company" ("the firm", "the airline" …; not "the group", as often an advocacy
  // group's) when no company is named
  if (company && noun !== "group" && named.length === 0) {
    const unknown = clusters.filter((c) => isOrganizationBefore(c, offset) && ofNoKnownKind(c));
    if (unknown.length === 1) return unknown[0];
  }
  // ("Alicia Fontaine, the group’s executive director," after the Heart Rhythm Patients Coalition: "the group" is
  // the one advocacy group named before — a coalition, an alliance, a project, a network — when no company is)
  if (noun === "group" && named.length === 0) {
    const groups = clusters.filter((c) => isOrganizationBefore(c, offset) && isAdvocacyGroup(c));
    if (groups.length === 1) return groups[0];
  }
  // "Shares in Volta Mobile’s parent company … fell. The company denied …": among several that may be
  // "the company", the one the article is about — named at least three times before, and at least
  // twice as often as any other
  if (company && noun !== "group") {
    const dominant = dominantOrganization(
      clusters.filter(
        (c) =>
          isOrganizationBefore(c, offset) && (isCompanyCluster(c) || ofNoKnownKind(c) || nameWords(c).includes(noun)),
      ),
      offset,
    );
    if (dominant) return dominant;
  }
  // "the university" between the University of Jordan and the University of Jordan Student Union: the
  // one whose kind the noun names (a union's name holds "university" too); "the union" of the
  // Sindicato de Pilotos, whose name holds no English noun: the one organization of that kind
  const kinds = NOUN_KINDS.get(noun) ?? [ORG_HEADS.get(noun)];
  const kind = kinds[0];
  if (kind === undefined || company) return undefined;
  // (only for nouns of one clear kind: "the network", "the administration", "the party" in US news name
  // several possible organizations, "the body" in a crime report none)
  const pool =
    named.length > 0 || !(KIND_NOUNS.has(noun) || NOUN_KINDS.has(noun))
      ? named
      : clusters.filter((c) => isOrganizationBefore(c, offset));
  const ofKind = pool.filter((c) => c.kind !== undefined && kinds.includes(c.kind));
  // ("the team's head coach" in a story of the Panthers that names the Falcons once: the one the article is about)
  return ofKind.length === 1 ? ofKind[0] : dominantOrganization(ofKind, offset);
}

/** Whether "the <noun>" may stand for `c` when no organization's name holds the noun. */
function mayDescribe(c: Cluster, noun: string, company: boolean): boolean {
  if (c.type !== "Organization" || c.country) return false;
  if (company) return isCompanyCluster(c) || ofNoKnownKind(c);
  const kinds = SPEAKER_NOUN_KINDS.get(noun) ?? NOUN_KINDS.get(noun) ?? [ORG_HEADS.get(noun)];
  return c.kind !== undefined && kinds.includes(c.kind);
}

/** Whether "the <noun>" may stand for organization `c` (a company noun for a company or an organization of no kind). */
export function mayBeDescribedAs(c: Cluster, noun: string): boolean {
  return mayDescribe(c, noun, COMPANY_NOUNS.has(noun));
}

/** Kinds a speaker's own organization may have for "the union" / "the party" in their words (a teachers' association is their union). */
const SPEAKER_NOUN_KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["union", ["union", "association"]],
  ["party", ["party", "alliance"]],
]);

/** The candidate named at least three times before `offset` and at least twice as often as any other. */
function dominantOrganization(candidates: readonly Cluster[], offset: number): Cluster | undefined {
  const counts = candidates
    .map((c) => ({ c, n: c.mentions.filter((m) => m.start < offset).length }))
    .sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  if (!first || first.n < 3 || (second && first.n < 2 * second.n)) return undefined;
  return first.c;
}

/** An organization no lexicon or name head gave a kind ("Kinetra", "Volta Mobile"). */
const ofNoKnownKind = (c: Cluster) => c.kind === undefined || c.kind === "organization";

function isOrganizationBefore(c: Cluster, offset: number): boolean {
  return c.type === "Organization" && !c.country && c.mentions.some((m) => m.start < offset);
}

/**
 * "the coast guard": the one organization named before `offset` whose name holds these words in a row
 * ("Philippine Coast Guard"); undefined for none or several.
 */
export function organizationNamedBy(clusters: readonly Cluster[], words: string, offset: number): Cluster | undefined {
  const phrase = ` ${words} `;
  const holders = clusters.filter(
    (c) => isOrganizationBefore(c, offset) && ` ${c.name.toLowerCase()} `.includes(phrase),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/** Whether an organization's name ends as an advocacy group's does ("… Coalition", "… Alliance", "… Project"). */
export function isAdvocacyGroup(c: Cluster): boolean {
  if (c.type !== "Organization") return false;
  const words = nameWords(c);
  // ("the Coalition for Fiscal Integrity": a coalition's word may open the name too)
  // ("Idaho Families for Education Freedom", "Georgians for Fair Insurance": people in the plural "for" a cause of two
  // words or more — not a campaign's committee, "Citizens for Halloran", "Castellanos-Ward for America")
  const cause = words.indexOf("for");
  return (
    words.some((w) => GROUP_NAME_WORDS.has(w)) ||
    GROUP_NAME_ENDS.has(words.at(-1) ?? "") ||
    (cause > 0 &&
      /s$/.test(words[cause - 1] ?? "") &&
      words.length - cause - 1 >= 2 &&
      !words.some((w) => ORG_HEADS.has(w)))
  );
}

function nameWords(c: Cluster): string[] {
  return c.name.toLowerCase().split(/[\s-]+/);
}

/** A company by its kind or the legal form that ends its name ("Orion Motors Inc."). */
function isCompanyCluster(c: Cluster): boolean {
  // (a company word ending a public body's portfolio is none: "the Brazilian Institute of Environment and Renewable
  // Natural Resources")
  const words = nameWords(c);
  return (
    c.type === "Organization" &&
    !c.country &&
    (c.kind === "company" || (COMPANY_NAME_ENDS.has(words.at(-1) ?? "") && !words.includes("of")))
  );
}

const isCountryCluster = (c: Cluster) => c.country === true;

/** Plural nouns that stand for every organization of a kind named so far ("the companies", "both governments"). */
const COLLECTIVE_NOUNS = new Map<string, (c: Cluster) => boolean>([
  ["companies", isCompanyCluster],
  ["firms", isCompanyCluster],
  ["governments", isCountryCluster],
  ["countries", isCountryCluster],
  ["nations", isCountryCluster],
]);

/**
 * "the companies", "both governments", "neither government", "the two countries": the organizations of
 * that kind the article named before `offset`, when there are two or three of them (a collective phrase
 * that denotes exactly named entities); none otherwise.
 */
export function collectiveOrganizations(clusters: readonly Cluster[], noun: string, offset: number): Cluster[] {
  const plural = noun.endsWith("s") ? noun : `${noun}s`;
  const fits = COLLECTIVE_NOUNS.get(plural);
  if (!fits) return [];
  const named = clusters.filter(
    (c) => c.type === "Organization" && fits(c) && c.mentions.some((m) => m.start < offset),
  );
  return named.length >= 2 && named.length <= 3 ? named : [];
}

/**
 * "the country’s travellers", "could try to leave the country": the country the article is about — the
 * one country named before `offset`, or the one named at least twice as often as any other (and twice
 * at least). Undefined when none stands out.
 */
export function describedCountry(clusters: readonly Cluster[], offset: number): Cluster | undefined {
  const counts = clusters
    .filter((c) => c.type === "Organization" && c.country)
    .map((c) => ({ c, n: c.mentions.filter((m) => m.start < offset).length }))
    .filter(({ n }) => n > 0)
    .sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  if (!first) return undefined;
  if (!second) return first.c;
  return first.n >= 2 && first.n >= 2 * second.n ? first.c : undefined;
}
