import { type AnalyzedText, tokenAtOrAfter } from "../document.js";
import { ORG_NOUNS } from "../lexicon/organizations.js";
import { ABBREVIATED, ROLE_NOUNS, titlesWithHead } from "../lexicon/titles.js";
import { isPossessive, type Token } from "../text/tokens.js";
import { type AnonymousMemory, makerInRelative } from "./speaker.js";
import type { DraftClaim, SpeakerRef } from "./types.js";

/**
 * "CORPUS CHRISTI, Texas — A federal judge on Thursday blocked Texas from enforcing …, ruling that …" and, below,
 * "U.S. District Judge Marisol Ybarra wrote …": a story's lead describes the person it names later. A claim of the
 * first paragraph that holds claims, whose speaker is an unnamed source described by "a"/"an" and a title's head
 * ("a federal judge"), is the one person the article names after it holding that title. The body starts at
 * `bodyStart` (after the headline). Rewrites those speakers in place; `claims` sorted.
 */
export function leadDescriptionsNamedLater(
  doc: AnalyzedText,
  claims: DraftClaim[],
  bodyStart = 0,
  anon?: AnonymousMemory,
): void {
  const { tokens } = doc;
  // (the headline's claims are no lead's)
  const lead = claims.find((c) => c.speaker && c.start >= bodyStart)?.speaker;
  if (!lead) return;
  const leadParagraph = paragraphOf(doc, lead.start);
  for (const c of claims) {
    const speaker = c.speaker;
    if (c.start < bodyStart || !speaker || speaker.anonymous === undefined || speaker.cluster !== undefined) continue;
    if (paragraphOf(doc, speaker.start) !== leadParagraph) break;
    const head = (tokens[tokenAtOrAfter(tokens, speaker.end) - 1] as Token).lower;
    // ("…, legislative auditors said Tuesday." and, below, "The 41-page review by the Legislative Office of
    // Performance Audit found …": a bare plural of an office's investigators, the organization named next whose name
    // holds their work's word)
    const bare = INVESTIGATORS.exec(head);
    if (bare) {
      const office = organizationOfWork(doc, speaker.end, bodyStart, bare[1] as string);
      if (office !== undefined) nameSpeaker(claims, speaker, office);
      continue;
    }
    // ("At least 31 people died when an overloaded passenger ferry capsized …, police said." and, below, "Simon
    // Maganga, the Tanzania Police Force’s commander …": a bare "police" is the one police force named later,
    // 2026-12-07, newsdev66)
    if (doc.text.slice(speaker.start, speaker.end).toLowerCase() === "police") {
      const force = onlyOrganizationNamedAfter(doc, speaker.end, bodyStart, (name) => /\bpolice\b/.test(name));
      if (force !== undefined) nameSpeaker(claims, speaker, force);
      continue;
    }
    // ("WASHINGTON (AP) — The White House's pick for surgeon general denied …" and, next, "Dr. Teresa Villanueva-Haas, a
    // pediatrician who …, faced …": a nominee's description, the person the next paragraph opens with, 2026-12-07,
    // newsdev77)
    if (nomineeDescription(doc, speaker)) {
      const nominee = personOpeningNext(doc, leadParagraph);
      if (nominee !== undefined) nameSpeaker(claims, speaker, nominee);
      continue;
    }
    // ("The nation's hospitals are spending millions to sink a bill …, but the freshman senator behind it says …" and,
    // next, "… the bill from Sen. Marguerite Oyelaran-Fisk (R-Neb.) …": a definite description in a lead that names no
    // person before it is the one holder of its title named after it, 2026-12-08, newsdev86)
    const opener = (tokens[tokenAtOrAfter(tokens, speaker.start)] as Token).text;
    if (/^the$/i.test(opener) && !personNamedBefore(doc, speaker.start)) {
      const holder = titleHolderNamedLater(doc, head, speaker.end);
      if (holder !== undefined) nameSpeaker(claims, speaker, holder);
      continue;
    }
    // (an indefinite description only: "a federal judge", "A Texas business group")
    if (!/^(?:a|an)$/i.test(opener)) continue;
    const referent =
      documentMaker(doc, speaker, anon) ??
      suitMaker(doc, speaker) ??
      // ("a voting-rights group said …" and, two paragraphs below, "The Maryland Voting Rights Coalition, which has
      // sued …": the one organization named later whose name holds the description's modifiers in a row — before
      // the organization the next paragraph names first: "A civil rights group sued …" and "The lawsuit, filed in
      // U.S. District Court … by the Southeast Civil Rights Law Project", 2026-12-07, newsdev65)
      organizationNamedAfter(doc, speaker, bodyStart) ??
      // ("AUSTIN — A Texas business group stepped up …, warning …" and, below, "The Greater Lone Star Chamber of
      // Commerce released a study …": an organization's noun in the description, the organization the next
      // paragraph names first)
      organizationNamedNext(doc, speaker, leadParagraph) ??
      // ("WASHINGTON — A drug company executive defended …, telling senators that …" and, below, "Graham Whitlock,
      // chief executive of Calloway Pharmaceuticals, said …": the person the next paragraph opens with, its
      // appositive holding the description's noun)
      personNamedNext(doc, head, leadParagraph, organizationsIn(doc, speaker)) ??
      titleHolderNamedLater(doc, head, speaker.end) ??
      // ("A county clerk in Colorado …": the role before the description's place)
      titleHolderNamedLater(doc, descriptionHead(doc, speaker), speaker.end) ??
      // ("A lawyer for Minnesota restaurant owners told a federal appeals court …" and, three paragraphs below,
      // "Gregory Vance, a lawyer at the Minneapolis firm Hale & Brennan who argued for the coalition, said …", 2026-12-07,
      // newsdev76)
      personIntroducedLater(doc, descriptionHead(doc, speaker), leadParagraph);
    if (referent === undefined) continue;
    nameSpeaker(claims, speaker, referent);
    for (const d of claims)
      if (d.speaker && (suitOf(doc, d.speaker, speaker) || sameDescriptionAgain(doc, d.speaker, speaker)))
        d.speaker = { start: d.speaker.start, end: d.speaker.end, cluster: referent };
  }
}

/**
 * "The clerk denied …" below "A county clerk … refused …, saying …": a definite description that the speaker rules
 * read as the lead's unnamed source again (the same description) is the person the lead's stands for (2026-12-08,
 * newsdev86).
 */
function sameDescriptionAgain(doc: AnalyzedText, speaker: SpeakerRef, lead: SpeakerRef): boolean {
  return (
    speaker.start > lead.start &&
    speaker.cluster === undefined &&
    speaker.anonymous !== undefined &&
    speaker.anonymous === lead.anonymous &&
    /^the\s/i.test(doc.text.slice(speaker.start, speaker.end))
  );
}

/** Gives every claim whose speaker is the description `speaker` (the same span) the entity `cluster`. */
function nameSpeaker(claims: DraftClaim[], speaker: { start: number; end: number }, cluster: number): void {
  for (const d of claims)
    if (d.speaker?.start === speaker.start && d.speaker.end === speaker.end)
      d.speaker = { start: speaker.start, end: speaker.end, cluster };
}

/** A suit's nouns, and the forms of "sue" that bring one. */
const SUIT_NOUNS = /^(?:lawsuit|suit|complaint)$/;
const SUING = /^(?:sued|sues)$/;

/**
 * ("A voting-rights group sued the Pinal County Recorder's Office …" and "The lawsuit, filed in U.S. District Court in
 * Phoenix by Fair Ballot Arizona, says …"): the one who filed the suit a lead's "sued" brings, named after "by" in the
 * suit's appositive, 2026-12-07, newsdev76.
 */
function suitMaker(doc: AnalyzedText, speaker: { start: number; end: number }): number | undefined {
  const { tokens } = doc;
  const verb = tokenAtOrAfter(tokens, speaker.end);
  if (!SUING.test(tokens[verb]?.lower ?? "")) return undefined;
  for (let k = verb + 1; k + 1 < tokens.length; k++) {
    if (!SUIT_NOUNS.test(tokens[k]?.lower ?? "") || tokens[k - 1]?.lower !== "the") continue;
    if (tokens[k + 1]?.text !== ",") return undefined;
    for (let j = k + 2; j < tokens.length && j <= k + 16 && tokens[j]?.text !== ","; j++) {
      if (tokens[j]?.lower !== "by") continue;
      const m = doc.mentionByFirstToken.get(tokens[j + 1]?.lower === "the" ? j + 2 : j + 1);
      const c = m ? doc.entities.clusters[m.cluster] : undefined;
      return c && !c.country && (c.type === "Organization" || c.type === "Person") ? c.id : undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * ("A civil liberties group sued an Alabama sheriff's office …, accusing it of …" and "The lawsuit, filed in …, says
 * …"): an unnamed suit after a lead whose description is the subject of "sued" speaks for whom that description
 * names, 2026-12-07, newsdev76.
 */
function suitOf(
  doc: AnalyzedText,
  s: { start: number; end: number; anonymous?: string; cluster?: number },
  filer: { start: number; end: number },
): boolean {
  if (s.cluster !== undefined || s.anonymous === undefined || s.start < filer.end) return false;
  const words = doc.text.slice(s.start, s.end).toLowerCase().split(/\s+/);
  if (words[0] !== "the" || words.length !== 2 || !SUIT_NOUNS.test(words[1] ?? "")) return false;
  const { tokens } = doc;
  const verb = tokens[tokenAtOrAfter(tokens, filer.end)];
  return verb !== undefined && SUING.test(verb.lower);
}

/**
 * ("according to a federal audit released Tuesday" … "The audit, by the … Office of Inspector General, found"): the
 * maker the article names later of a document the description names, as remembered in `anon`.
 */
function documentMaker(
  doc: AnalyzedText,
  speaker: { start: number; end: number },
  anon: AnonymousMemory | undefined,
): number | undefined {
  const document = doc.text
    .slice(speaker.start, speaker.end)
    .toLowerCase()
    .split(/\s+/)
    .find((w) => LEAD_DOCUMENTS.test(w));
  if (!document) return undefined;
  const remembered = anon?.get(document)?.cluster;
  if (remembered !== undefined) return remembered;
  // ("The complaint, filed by Derek Mulvaney, …, says": the maker a later "The <document>, filed by X" names)
  const { tokens } = doc;
  for (let k = tokenAtOrAfter(tokens, speaker.end); k < tokens.length; k++)
    if (tokens[k]?.lower === document && tokens[k - 1]?.lower === "the") {
      const maker = makerInRelative(doc, k);
      if (maker !== undefined) return maker;
    }
  return undefined;
}

/** Whether the article names a person before offset `before`. */
function personNamedBefore(doc: AnalyzedText, before: number): boolean {
  return doc.entities.mentions.some((m) => m.start < before && doc.entities.clusters[m.cluster]?.type === "Person");
}

/** The one person the article names only after `after` who holds a title with the description's head ("judge"). */
function titleHolderNamedLater(doc: AnalyzedText, head: string, after: number): number | undefined {
  // ("A county clerk in western Colorado … refused …, saying …" and, next, "Elk Basin County Clerk Marisol de la
  // Vega-Ibarra said …": a county's office-holder, whose title no list has, 2026-12-08, newsdev86)
  // ("the freshman senator" and, later, "Sen. Marguerite Oyelaran-Fisk": the title's abbreviation before a name)
  if (head === "") return undefined;
  const titles = [...titlesWithHead(head), `county ${head}`, ...(ABBREVIATED.get(head) ?? [])];
  const holders = doc.entities.clusters.filter(
    (p) =>
      p.type === "Person" &&
      titles.some((t) => p.titles.has(t)) &&
      p.mentions.length > 0 &&
      p.mentions.every((m) => m.start > after),
  );
  return holders.length === 1 ? holders[0]?.id : undefined;
}

/** Longest description a lead's organization noun heads, in words ("A union representing corrections officers"). */
const MAX_HEAD_POSITION = 4;

/**
 * The organization a lead's indefinite description stands for: one of an organization's nouns among its first words
 * ("a Texas business group", "a voting-rights group", "a union representing …"), and the first organization the
 * next paragraph names that no earlier sentence named (no country): its cluster id, or undefined.
 */
function organizationNamedNext(
  doc: AnalyzedText,
  speaker: { start: number; end: number },
  leadParagraph: number,
): number | undefined {
  const { tokens } = doc;
  const from = tokenAtOrAfter(tokens, speaker.start);
  // ("A Florida county is preparing to sue …, saying …" and, next, "The Palmetto County Board of County Commissioners
  // voted …"; "An Oregon county voted …" and, next, "…, Commissioner X, who chairs the Juniper County Board of
  // Commissioners, told …": a place's noun, the body the next paragraph names whose name holds it, 2026-12-07,
  // newsdev78)
  const next = doc.sentences.find((x) => x.paragraph === leadParagraph + 1);
  const last = tokens[tokenAtOrAfter(tokens, speaker.end) - 1];
  if (last && PLACE_BODY_NOUNS.test(last.lower) && !last.cap) {
    const body = next
      ? doc.entities.mentions
          .filter((m) => m.start >= next.start && m.end <= next.end)
          .map((m) => doc.entities.clusters[m.cluster])
          .find((c) => c?.type === "Organization" && !c.country && bodyOfPlaceNoun(c.name, last.lower))
      : undefined;
    if (body && next && body.mentions.every((m) => m.start >= next.start)) return body.id;
  }
  let noun = false;
  for (let k = from + 1; k <= from + MAX_HEAD_POSITION && (tokens[k]?.end ?? Infinity) <= speaker.end; k++)
    // (the head, not a modifier of a role: "A drug company executive")
    // ("A campaign watchdog filed a complaint …": a watchdog is an organization too)
    if (
      // ("An independent inquiry into last summer's bushfires … has found" and, below, "The Independent Bushfire
      // Inquiry, chaired by …": an inquiry too, newsdev57)
      (ORG_NOUNS.has((tokens[k] as Token).lower) || /^(?:watchdog|inquiry)$/.test((tokens[k] as Token).lower)) &&
      !(tokens[k] as Token).cap &&
      !ROLE_NOUNS.has(tokens[k + 1]?.lower ?? "")
    )
      noun = true;
  if (!noun) return undefined;
  // (or, when a person opens it, the organization its first sentence names: "Darnell Whitaker, president of the
  // Alabama Correctional Officers Union, said …" after "A union representing corrections officers … said …")
  if (!next) return undefined;
  // (past a fronted prepositional phrase: "In a 212-page filing with the Iowa Utilities Board, Prairie Crossing
  // Pipeline LLC said …" after "A Texas company that wants to build a crude oil pipeline … asked …", 2026-12-07,
  // newsdev76)
  const comma = FRONTED_PREPOSITIONS.test(tokens[next.first]?.lower ?? "")
    ? tokens.slice(next.first, next.last).find((t) => t.text === ",")
    : undefined;
  const subjectFrom = comma ? comma.end : next.start;
  const named = doc.entities.mentions.filter((m) => m.start >= subjectFrom && m.end <= next.end);
  const opening = named[0] ? doc.entities.clusters[named[0].cluster] : undefined;
  // (the organization the person is "of", "at" or "for": not "Delacroix … is running fourth among the candidates
  // seeking the Republican Party’s presidential nomination" after "a nonpartisan think tank said", newsdev62)
  const ofPerson = (m: { first: number }) => {
    const before = tokens[m.first - 1]?.lower === "the" ? m.first - 2 : m.first - 1;
    return /^(?:of|at|for)$/.test(tokens[before]?.lower ?? "");
  };
  const cluster =
    opening?.type === "Person"
      ? named
          .filter(ofPerson)
          .map((m) => doc.entities.clusters[m.cluster])
          .find((c) => c?.type === "Organization" && !c.country)
      : opening;
  if (cluster?.type !== "Organization" || cluster.country) return undefined;
  return cluster.mentions.every((m) => m.start >= next.start) ? cluster.id : undefined;
}

/**
 * The one organization first named after a lead's description (`speaker`) whose name holds, in a row, the two
 * words or more that modify the description's organization noun ("voting-rights group" → "… Voting Rights …"):
 * its cluster id, or undefined.
 */
function organizationNamedAfter(
  doc: AnalyzedText,
  speaker: { start: number; end: number },
  bodyStart: number,
): number | undefined {
  const words = doc.text
    .slice(speaker.start, speaker.end)
    .toLowerCase()
    .split(/[\s-]+/);
  const noun = words.findIndex((w, i) => i > 0 && ORG_NOUNS.has(w));
  // ("a workers' union warned …" and, two paragraphs below, "The Namibia Food and Allied Workers Union (NAFAU) said
  // …": one members' possessive, then the noun, both in the name, 2026-12-08, newsdev86)
  const members = noun === 2 && /^\p{Ll}+s['’]$/u.test(words[1] ?? "");
  const modifiers = members ? [(words[1] as string).slice(0, -1), words[noun] as string] : words.slice(1, noun);
  if (noun < 0 || modifiers.length < 2 || modifiers.some((w) => !/^\p{Ll}+$/u.test(w))) return undefined;
  const phrase = ` ${modifiers.join(" ")} `;
  return onlyOrganizationNamedAfter(doc, speaker.end, bodyStart, (name) =>
    ` ${name.replace(/-/g, " ")} `.includes(phrase),
  );
}

/**
 * The one organization (no country) the article names first after `after` — a headline's word before `bodyStart`
 * aside ("Audit" over "… Performance Audit") — whose lower-cased name `fits`: its cluster id, or undefined.
 */
function onlyOrganizationNamedAfter(
  doc: AnalyzedText,
  after: number,
  bodyStart: number,
  fits: (lowerName: string) => boolean,
): number | undefined {
  const named = doc.entities.clusters.filter(
    (c) =>
      c.type === "Organization" &&
      !c.country &&
      c.mentions.length > 0 &&
      c.mentions.every((m) => m.start >= after || m.start < bodyStart) &&
      fits(c.name.toLowerCase()),
  );
  return named.length === 1 ? named[0]?.id : undefined;
}

/** Plurals of an office's investigators and the stem of their work ("auditors" → "audit", "inspectors" → "inspect"). */
const INVESTIGATORS = /^(audit|inspect|investigat|regulat|examin)(?:ors|ers)$/;

/**
 * The one organization first named after `after` (no country) whose name holds a word opening with `stem`
 * ("audit" → "the Legislative Office of Performance Audit"): its cluster id, or undefined.
 */
function organizationOfWork(doc: AnalyzedText, after: number, bodyStart: number, stem: string): number | undefined {
  return onlyOrganizationNamedAfter(doc, after, bodyStart, (name) => name.split(/\s+/).some((w) => w.startsWith(stem)));
}

/** Longest appositive between a person's name and the noun that repeats the lead's description, in words. */
const MAX_APPOSITIVE_WORDS = 6;

/**
 * The person the paragraph after the lead opens with, named there first, whose appositive right after the name holds
 * the lead description's noun (`head`, a role noun: "executive", "official"): the person's cluster id, or undefined.
 */
function personNamedNext(
  doc: AnalyzedText,
  head: string,
  leadParagraph: number,
  described: ReadonlySet<number>,
): number | undefined {
  const { tokens } = doc;
  if (!ROLE_NOUNS.has(head)) return undefined;
  const next = doc.sentences.find((x) => x.paragraph === leadParagraph + 1);
  const named = next ? doc.entities.mentions.find((m) => m.start >= next.start && m.end <= next.end) : undefined;
  const cluster = named ? doc.entities.clusters[named.cluster] : undefined;
  if (!named || !next || cluster?.type !== "Person" || named.first !== next.first) return undefined;
  if (!cluster.mentions.every((m) => m.start >= next.start) || tokens[named.last]?.text !== ",") return undefined;
  for (let k = named.last + 1; k <= named.last + MAX_APPOSITIVE_WORDS && k < next.last; k++) {
    const t = tokens[k] as Token;
    if (t.lower === head) return cluster.id;
    // ("A senior Federal Aviation Administration official … told …" and, below, "Diane Whitlock, who heads the FAA's
    // Air Traffic Organization, told …": the organization the description names, in the appositive)
    const m = doc.mentionByFirstToken.get(k);
    if (m && described.has(m.cluster)) return cluster.id;
    if (t.kind !== "word" && !isPossessive(t)) return undefined;
  }
  return undefined;
}

/**
 * The one person first named after the lead paragraph at the opening of a sentence, right before ", a …" or ", an …"
 * whose next few words hold the description's head ("Gregory Vance, a lawyer at …"); undefined when none or several.
 */
function personIntroducedLater(doc: AnalyzedText, head: string, leadParagraph: number): number | undefined {
  const { tokens } = doc;
  if (!ROLE_NOUNS.has(head)) return undefined;
  const found = new Set<number>();
  for (const sentence of doc.sentences) {
    if (sentence.paragraph <= leadParagraph) continue;
    const named = doc.mentionByFirstToken.get(sentence.first);
    const cluster = named ? doc.entities.clusters[named.cluster] : undefined;
    if (!named || cluster?.type !== "Person" || tokens[named.last]?.text !== ",") continue;
    if (!/^(?:a|an)$/.test(tokens[named.last + 1]?.lower ?? "")) continue;
    const first = Math.min(...cluster.mentions.map((m) => m.start));
    if (first < named.start) continue;
    for (let k = named.last + 2; k <= named.last + 4 && k < sentence.last; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== "word") break;
      if (t.lower === head) found.add(cluster.id);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Nouns of one chosen for an office ("The White House's pick for surgeon general", "the president's nominee to …"). */
const NOMINEE_NOUNS = /^(?:pick|nominee|choice)$/;

/** Whether a speaker's description is a nominee's: a nominee's noun right before "for" or "to". */
function nomineeDescription(doc: AnalyzedText, speaker: { start: number; end: number }): boolean {
  const { tokens } = doc;
  for (let k = tokenAtOrAfter(tokens, speaker.start); k < tokens.length && (tokens[k] as Token).end <= speaker.end; k++)
    if (NOMINEE_NOUNS.test((tokens[k] as Token).lower) && /^(?:for|to)$/.test(tokens[k + 1]?.lower ?? "")) return true;
  return false;
}

/** The person the paragraph after the lead opens with (a title before the name allowed), first named there. */
function personOpeningNext(doc: AnalyzedText, leadParagraph: number): number | undefined {
  const next = doc.sentences.find((x) => x.paragraph === leadParagraph + 1);
  if (!next) return undefined;
  const named = doc.entities.mentions.find((m) => m.start >= next.start && m.end <= next.end);
  const cluster = named ? doc.entities.clusters[named.cluster] : undefined;
  if (!named || cluster?.type !== "Person") return undefined;
  // (the name opens the sentence, a title before it part of the mention: "Dr. Teresa Villanueva-Haas")
  if (named.start !== (doc.tokens[next.first] as Token).start) return undefined;
  return cluster.mentions.every((m) => m.start >= next.start) ? cluster.id : undefined;
}

/** The first role noun of a description, before its "for" or "of" phrase ("lawyer" of "a lawyer for … owners"). */
function descriptionHead(doc: AnalyzedText, speaker: { start: number; end: number }): string {
  const { tokens } = doc;
  for (
    let k = tokenAtOrAfter(tokens, speaker.start);
    k < tokens.length && (tokens[k] as Token).end <= speaker.end;
    k++
  ) {
    const t = tokens[k] as Token;
    if (/^(?:for|of|at|with|from|in)$/.test(t.lower)) break;
    if (ROLE_NOUNS.has(t.lower)) return t.lower;
  }
  return "";
}

/** Whether a name holds a place's noun capitalised right before an organization's noun ("… County Board of …"). */
function bodyOfPlaceNoun(name: string, noun: string): boolean {
  const words = name.split(/\s+/);
  const capitalised = noun.charAt(0).toUpperCase() + noun.slice(1);
  return words.some((w, k) => w === capitalised && ORG_NOUNS.has((words[k + 1] ?? "").toLowerCase()));
}

/** Nouns of a place whose government a lead may stand for ("A Florida county", "An Ohio city"). */
const PLACE_BODY_NOUNS = /^(?:county|city|town|parish|village|municipality)$/;

/** Prepositions that open a sentence's fronted phrase before its subject ("In a filing with …, X said"). */
const FRONTED_PREPOSITIONS = /^(?:in|with|after|at|during|under|on)$/;

/** The organizations (no country) named inside a speaker's description. */
function organizationsIn(doc: AnalyzedText, speaker: { start: number; end: number }): Set<number> {
  const out = new Set<number>();
  for (const m of doc.entities.mentions) {
    const c = doc.entities.clusters[m.cluster];
    if (m.start >= speaker.start && m.end <= speaker.end && c?.type === "Organization" && !c.country) out.add(c.id);
  }
  return out;
}

/** Documents a lead may cite before the article names their maker. */
// ("according to an ethics complaint filed this week" and, below, "The complaint, filed by Derek Mulvaney, …, says",
// newsdev57)
const LEAD_DOCUMENTS = /^(?:audit|report|study|review|analysis|survey|investigation|complaint|lawsuit|memo)$/;

/** The index of the paragraph that holds `offset`. */
function paragraphOf(doc: AnalyzedText, offset: number): number {
  return doc.paragraphs.find((p) => p.start <= offset && offset < p.end)?.index ?? -1;
}
