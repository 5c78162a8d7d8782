import { type AnalyzedText, tokenAtOrAfter } from "../document.js";
import { describedOrganization } from "../entities/described-org.js";
import type { Cluster, Mention } from "../entities/types.js";
import { cueOf } from "../lexicon/cues.js";
import { ORG_NOUNS } from "../lexicon/organizations.js";
import { isRoleHead } from "../lexicon/titles.js";
import type { Sentence } from "../text/sentences.js";
import { isBarePossessive, isPossessive, type Token } from "../text/tokens.js";
import { contentClaim, contentEnd, MIN_WORDS, wireDash, wordsBetween } from "./content.js";
import {
  DOCUMENT_PARTICIPLES,
  fromMention,
  nameSetOffAfter,
  pastOpeningPhrase,
  resolveNounPhrase,
  speakerStartingAt,
} from "./speaker.js";
import type { ClaimScan, SpeakerRef } from "./types.js";

/** "According to X, CONTENT." and "CONTENT, according to X." */
export function according(scan: ClaimScan, s: Sentence, i: number) {
  const { doc, mask, stopAtQuotes, anon, claims } = scan;
  const { tokens } = doc;
  const cue = { start: (tokens[i] as Token).start, end: (tokens[i + 1] as Token).end };
  let k = i + 2;
  while (k < s.last && tokens[k]?.text !== ",") k++;
  const author = documentAuthor(doc, i + 2, Math.min(k, s.last));
  // ("according to a study led by X …. The study … found": "the study" is X's from here on)
  if (author?.cluster !== undefined)
    for (let j = i + 2; j < Math.min(k, s.last); j++) {
      const noun = tokens[j]?.lower ?? "";
      if (DOCUMENT_NOUNS.test(noun)) {
        anon.set(noun, author);
        if (REPORTS.test(noun) && !anon.has("report")) anon.set("report", author);
        // ("according to a study led by Sanne de Groot …. The researchers found …": the study's team, its leader's)
        if (/^(?:study|research)$/.test(noun) && !anon.has("researchers")) anon.set("researchers", author);
        break;
      }
    }
  let speaker = author ?? speakerStartingAt(doc, i + 2, anon);
  // ("According to the report, Boyd complained …": the source ends at the phrase's comma; the name after it is the
  // content's subject, not an appositive of the source)
  // (a name set off by a second comma is the source's appositive: "According to the company's founder, Zhang Wei, …")
  const past = speaker && k < s.last && speaker.end > (tokens[k] as Token).start;
  if (past && speaker && tokens[tokenAtOrAfter(tokens, speaker.end)]?.text !== ",")
    speaker = k - 1 >= i + 2 ? resolveNounPhrase(doc, i + 2, k - 1, anon) : null;
  // "according to early results of exit polls conducted for …": the whole phrase is the source
  const phraseEnd = Math.min(k, s.last) - 1;
  if ((!speaker || speaker.end < (tokens[phraseEnd]?.end ?? 0) - 40) && phraseEnd >= i + 2) {
    let e = phraseEnd;
    while (e > i + 2 && /^[.,;:!?]$/.test(tokens[e]?.text ?? "")) e--;
    const from = tokens[i + 2] as Token;
    const to = tokens[e] as Token;
    if (!speaker) speaker = { start: from.start, end: to.end, anonymous: doc.text.slice(from.start, to.end) };
  }
  // ("TACUAREMBÓ, Uruguay — According to Uruguay XXI, …": after a dateline's dash too)
  const afterDash = /^[—–-]{1,2}$/.test(tokens[i - 1]?.text ?? "") && tokens[i - 1]?.sentence === tokens[i]?.sentence;
  if (i === s.first || (i === s.first + 1 && tokens[s.first]?.kind !== "word") || afterDash) {
    // "According to Tomas Villanueva, the director of the department, the agency …", "According to the Korean
    // Patients' Rights Network, a civic group, more than 300 …": the name's appositive is not the content
    const named = doc.mentionByLastToken.get(k - 1);
    const type = named ? doc.entities.clusters[named.cluster]?.type : undefined;
    // ("According to the department’s latest Blue Drop assessment, published in December, water …": the document's
    // participle set off after it is the source's too)
    // ("According to the state broadcaster, the National Communications Network (NCN), the National Assembly …": a
    // description's name set off after it is the source, and its mention, newsdev81)
    const nameAfter = type === undefined ? namedAppositive(doc, k, s) : undefined;
    if (nameAfter && (!speaker || speaker.cluster === undefined)) speaker = fromMention(doc, nameAfter.mention);
    const c =
      (nameAfter
        ? nameAfter.comma
        : type === "Person" || type === "Organization"
          ? appositiveEnd(tokens, k, s)
          : participleAside(tokens, k, s)) + 1;
    const end = contentEnd(tokens, c, s, mask, stopAtQuotes);
    if (wordsBetween(tokens, c, end) < MIN_WORDS) return;
    claims.push(contentClaim(scan, c, end, cue, speaker, "according-to-front"));
    return;
  }
  let stop = i;
  while (stop > s.first && tokens[stop - 1]?.text === ",") stop--;
  let first = afterDatelineDash(tokens, s.first, stop);
  while (first < stop && tokens[first]?.kind === "punct") first++;
  if (wordsBetween(tokens, first, stop) < MIN_WORDS) return;
  // "FINMA has appointed an administrator …, according to a statement released on Monday": a document no one
  // is named the author of is the clause's subject's own
  if (speaker && speaker.cluster === undefined && authorlessDocument(tokens, i + 2, Math.min(k, s.last))) {
    const own = namedSubject(doc, first, stop);
    if (own) speaker = { ...fromMention(doc, own), start: speaker.start, end: speaker.end };
  }
  claims.push(contentClaim(scan, first, stop, cue, speaker, "according-to-back"));
}

/**
 * "…, the National Communications Network (NCN), …": after the comma at `k`, an organization's name (its "the" and an
 * acronym in brackets with it) closed by another comma — the name's mention and that comma.
 */
function namedAppositive(doc: AnalyzedText, k: number, s: Sentence): { mention: Mention; comma: number } | undefined {
  const { tokens } = doc;
  // (a body's or a person's description, not a document's: "According to the indictment, Turquoise Trail Strategies,
  // the lobbying firm Whitlock owns, paid …" has its content open at the name)
  const head = tokens[k - 1]?.lower ?? "";
  if (!ORG_NOUNS.has(head) && !MEDIUM_WORDS.test(head) && !isRoleHead(head)) return undefined;
  const first = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
  const mention = doc.mentionByFirstToken.get(first);
  // (an organization's name: a person's, "According to the company's founder, Zhang Wei, …", the speaker rules read)
  if (!mention || doc.entities.clusters[mention.cluster]?.type !== "Organization") return undefined;
  let after = mention.last;
  if (tokens[after]?.text === "(" && tokens[after + 2]?.text === ")") after += 3;
  return after < s.last && tokens[after]?.text === "," ? { mention, comma: after } : undefined;
}

/** Nouns that describe a news organization ("the state broadcaster", "the wire service"). */
const MEDIUM_WORDS = /^(?:broadcaster|newspaper|daily|weekly|outlet|network|channel|station|service|agency|tabloid)$/;

/** Most tokens of such an aside. */
const MAX_PARTICIPLE_ASIDE = 8;

/** The comma closing a participle's aside that opens at the comma `k` (", published in December,"), else `k`. */
function participleAside(tokens: readonly Token[], k: number, s: Sentence): number {
  if (!DOCUMENT_PARTICIPLES.test(tokens[k + 1]?.lower ?? "")) return k;
  for (let j = k + 2; j < s.last && j - k <= MAX_PARTICIPLE_ASIDE; j++) if (tokens[j]?.text === ",") return j;
  return k;
}

/** "a statement", "a statement released on Monday", "its filing": a document's noun after an article, no "by" after it. */
function authorlessDocument(tokens: readonly Token[], from: number, end: number): boolean {
  if (!/^(?:a|an|the|its|their)$/.test(tokens[from]?.lower ?? "")) return false;
  if (!DOCUMENT_NOUNS.test(tokens[from + 1]?.lower ?? "")) return false;
  for (let k = from + 2; k < end; k++) if (/^(?:by|from|of)$/.test(tokens[k]?.lower ?? "")) return false;
  return true;
}

/**
 * The organization or person that opens the clause from token `first` (after a dateline's dash, and after a few
 * describing words: "Swiss financial regulator FINMA has …"), before `stop`; no preposition on the way.
 */
function namedSubject(doc: AnalyzedText, first: number, stop: number) {
  const { tokens } = doc;
  let from = first;
  for (let k = first; k < Math.min(stop, first + 8); k++) if (/^[—–-]{1,2}$/.test(tokens[k]?.text ?? "")) from = k + 1;
  for (let k = from; k < Math.min(stop, from + 5); k++) {
    const m = doc.mentionByFirstToken.get(k);
    const c = m ? doc.entities.clusters[m.cluster] : undefined;
    if (m && c && !c.country && (c.type === "Organization" || c.type === "Person"))
      return isPossessive(tokens[m.last]) ? undefined : m;
    const t = tokens[k] as Token;
    if (t.kind !== "word" || /^(?:of|at|in|for|on|by|with|from|to|and|or)$/.test(t.lower)) return undefined;
  }
  return undefined;
}

/** Nouns of what an organization publishes: its figures, data, estimates, reports. */
const DOCUMENT_NOUNS =
  /^(?:figures|data|estimate|estimates|report|reports|survey|study|poll|analysis|count|tally|calculations|records|statistics|projections|forecast|notice|filing|filings|accounts|announcement|statement|indictment|complaint|results|returns|post|list|rankings|disclosure|disclosures|memo|letter|audit|review)$/;
/** Documents filed with a body, not made by it ("FEC filings"). */
const FILED_WITH = /^(?:filings|filing|disclosures)$/;
/** Documents an article goes on to call "the report" ("an audit released Tuesday by X …. The 48-page report found …"). */
const REPORTS = /^(?:audit|review|study|analysis|survey)$/;

/** Where an organization publishes ("on the regulator’s website", "on its Facebook page"). */
const OUTLET_NOUNS = /^(?:website|site|page|account|feed|channel|blog)$/;

/**
 * "according to ECP figures", "according to an estimate by the risk-modelling firm Kestrel Analytics reported by
 * Reuters", "according to data from the World Bank": the one who made the document the phrase names — a name
 * right before its noun, or the first name after its "by" / "from" — when tokens [from, end) are that phrase.
 */
function documentAuthor(doc: AnalyzedText, from: number, end: number): SpeakerRef | null {
  const { tokens } = doc;
  const owner = doc.mentionByFirstToken.get(from);
  // ("according to FEC filings": what is filed with a body is the filers', no words of the body's; the authored golds
  // keep "FEC filings" as the unnamed source, newsdev17, 25, 37 and 57)
  if (owner && owner.last < end && FILED_WITH.test(tokens[owner.last]?.lower ?? "")) {
    const opening = tokens[from] as Token;
    const noun = tokens[owner.last] as Token;
    return { start: opening.start, end: noun.end, anonymous: doc.text.slice(opening.start, noun.end) };
  }
  if (owner && owner.last < end && DOCUMENT_NOUNS.test(tokens[owner.last]?.lower ?? "")) return fromMention(doc, owner);
  // ("according to Calderbridge’s most recent accounts": the owner's possessive, a few modifiers, the document)
  if (owner && isPossessive(tokens[owner.last])) {
    for (let k = owner.last + 1; k < end && k - owner.last <= 4; k++) {
      const t = tokens[k] as Token;
      if (DOCUMENT_NOUNS.test(t.lower)) return fromMention(doc, owner);
      if (t.cap || t.kind !== "word") break;
    }
  }
  // ("The group raised $38 million …, according to its latest filing": the organization the sentence opens with)
  if (/^(?:its|their)$/.test(tokens[from]?.lower ?? "")) {
    for (let k = from + 1; k < end && k - from <= 4; k++) {
      const t = tokens[k] as Token;
      if (DOCUMENT_NOUNS.test(t.lower)) return sentenceSubjectOrganization(doc, from);
      if (t.cap || t.kind !== "word") break;
    }
  }
  // ("according to university records", "according to city records": a body's noun right before the document, the
  // one organization of the article it describes)
  const keeper = tokens[from];
  if (keeper && RECORD_KEEPERS.test(keeper.text) && DOCUMENT_NOUNS.test(tokens[from + 1]?.lower ?? "")) {
    const org = describedOrganization(doc.entities.clusters, keeper.lower, keeper.start);
    if (org) return { start: keeper.start, end: (tokens[from + 1] as Token).end, cluster: org.id };
  }
  // ("according to a notice the city mailed to residents": the maker a relative clause after the document names)
  const made = makerInRelative(doc, from, end);
  if (made) return made;
  // ("according to the shipbuilder’s latest filing", "the central bank's latest figures": the one organization
  // the noun before the possessive describes)
  const possessive = tokens[from]?.lower === "the" ? [2, 3].find((n) => isPossessive(tokens[from + n])) : undefined;
  if (possessive !== undefined && !tokens[from + 1]?.cap && !tokens[from + possessive - 1]?.cap)
    for (let k = from + possessive + 1; k < end && k - from <= 8; k++) {
      const t = tokens[k] as Token;
      if (DOCUMENT_NOUNS.test(t.lower)) return describedNounAt(doc, from, from + possessive - 1);
      if (t.cap || t.kind !== "word") break;
    }
  let k = from;
  if (/^(?:a|an|the|new|latest|its|their)$/.test(tokens[k]?.lower ?? "")) k++;
  // ("according to the OIG report", "a Reuters analysis": a name right after the article, then its document)
  const named = k > from ? doc.mentionByFirstToken.get(k) : undefined;
  if (named && named.last < end && DOCUMENT_NOUNS.test(tokens[named.last]?.lower ?? "")) return fromMention(doc, named);
  while (k < end && k - from < 4 && !DOCUMENT_NOUNS.test(tokens[k]?.lower ?? "")) {
    if ((tokens[k] as Token).cap) return null;
    k++;
  }
  if (!DOCUMENT_NOUNS.test(tokens[k]?.lower ?? "")) return null;
  // ("survey results published on Monday by …": a document's nouns one after the other)
  while (k + 1 < end && DOCUMENT_NOUNS.test(tokens[k + 1]?.lower ?? "")) k++;
  // ("according to a notice the company filed with …", "a report Acme published": a relative clause with no
  // "that" names its maker)
  const maker = makerOfRelative(doc, k + 1, end);
  if (maker) return maker;
  // ("a study led by Beatriz Nogueira", "a poll conducted by Ipsos", "figures released on Monday by …")
  const by = MADE_BY.has(tokens[k + 1]?.lower ?? "") ? byAfterParticiple(tokens, k + 2, end) : k + 1;
  // ("a notice on the regulator’s website": the one whose website it is)
  const on = tokens[k + 1]?.lower === "on" || tokens[k + 1]?.lower === "in" ? k + 2 : -1;
  if (on > 0) return publisherOf(doc, on, end);
  // ("the latest rating list of the International Chess Federation": an organization's document "of" it)
  if (tokens[by]?.lower === "of") {
    const at = tokens[by + 1]?.lower === "the" ? by + 2 : by + 1;
    const m = doc.mentionByFirstToken.get(at);
    const c = m ? doc.entities.clusters[m.cluster] : undefined;
    return m && c?.type === "Organization" && !c.country && m.last <= end ? fromMention(doc, m) : null;
  }
  if (!/^(?:by|from)$/.test(tokens[by]?.lower ?? "")) return null;
  for (let j = by + 1; j < end && j - by <= 5; j++) {
    const m = doc.mentionByFirstToken.get(j);
    if (!m) continue;
    // ("a report released Tuesday by the Department of Veterans Affairs' Office of Inspector General": the office
    // the department owns made it)
    const possessed = isPossessive(doc.tokens[m.last]) || isBarePossessive(doc.tokens, m.last);
    const owned = possessed ? doc.mentionByFirstToken.get(m.last + 1) : undefined;
    // (not a poll its owner runs: "a survey by Arizona State University's Copper State Poll" is the university's)
    if (
      owned &&
      owned.last <= end &&
      doc.entities.clusters[owned.cluster]?.type === "Organization" &&
      !DOCUMENT_NOUNS.test(doc.tokens[owned.last - 1]?.lower ?? "")
    )
      return fromMention(doc, owned);
    return m.last <= end ? fromMention(doc, m) : null;
  }
  // ("figures published by the council on Friday": the one organization the noun describes)
  return describedAt(doc, by + 1, end);
}

/** Verbs of putting out a document in a relative clause after it ("the company filed", "Acme published"). */
const MAKING = /^(?:filed|issued|published|released|sent|posted|submitted|wrote|prepared|commissioned)$/;

/** "the company filed", "Harmon-Reese filed" from token `at` (before `end`): the organization or person named. */
function makerOfRelative(doc: AnalyzedText, at: number, end: number): SpeakerRef | null {
  const { tokens } = doc;
  const named = doc.mentionByFirstToken.get(at);
  if (named && named.last < end && MAKING.test(tokens[named.last]?.lower ?? "")) {
    const c = doc.entities.clusters[named.cluster];
    return c && !c.country ? fromMention(doc, named) : null;
  }
  if (tokens[at]?.lower === "the" && at + 2 < end && MAKING.test(tokens[at + 2]?.lower ?? ""))
    return describedAt(doc, at, end);
  // ("according to a financial disclosure he filed with the Office of Government Ethics": the one the pronoun is)
  if (/^(?:he|she)$/.test(tokens[at]?.lower ?? "") && at + 1 < end && MAKING.test(tokens[at + 1]?.lower ?? "")) {
    const ref = resolveNounPhrase(doc, at, at, new Map());
    return ref?.cluster !== undefined ? ref : null;
  }
  return null;
}

/** Bodies' nouns that keep records, written bare before them ("university records", "county figures"). */
const RECORD_KEEPERS = /^(?:university|city|county|district|company|school|hospital|agency|department)$/;

/** Verbs of sending a document out, in a relative clause after it ("a notice the city mailed"). */
const SENT_OUT = /^(?:mailed|sent|released|issued|published|filed|posted|distributed|prepared|wrote|delivered)$/;

/**
 * "a notice the city mailed to residents", "a letter that Kinetra sent": the organization (no country) a relative
 * clause right after the document's noun (within tokens [from, end)) names as its subject, before a verb of sending.
 */
function makerInRelative(doc: AnalyzedText, from: number, end: number): SpeakerRef | null {
  const { tokens } = doc;
  let k = from;
  while (k < end && k - from <= 4 && !DOCUMENT_NOUNS.test(tokens[k]?.lower ?? "")) k++;
  if (k >= end || !DOCUMENT_NOUNS.test(tokens[k]?.lower ?? "")) return null;
  let at = k + 1;
  if (tokens[at]?.lower === "that") at++;
  const named = doc.mentionByFirstToken.get(at);
  const c = named ? doc.entities.clusters[named.cluster] : undefined;
  if (named && c?.type === "Organization" && !c.country && SENT_OUT.test(tokens[named.last]?.lower ?? ""))
    return fromMention(doc, named);
  const noun = tokens[at + 1];
  if (tokens[at]?.lower !== "the" || !noun || noun.cap || !SENT_OUT.test(tokens[at + 2]?.lower ?? "")) return null;
  // (in a lead, "the city" may come before the article names the City of Portage Creek: the one so described anywhere)
  const org = describedOrganization(doc.entities.clusters, noun.lower, doc.text.length);
  return org ? { start: (tokens[at] as Token).start, end: noun.end, cluster: org.id } : null;
}

/**
 * The organization that opens the sentence of token `at` — named ("Kinetra raised …") or described by "the" and
 * its noun ("The group raised …") — if any.
 */
function sentenceSubjectOrganization(doc: AnalyzedText, at: number): SpeakerRef | null {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[at]?.sentence ?? -1];
  if (!sentence) return null;
  // ("Under him, the department equipped …, according to its annual reports": after a short opening phrase)
  const first = pastOpeningPhrase(tokens, sentence);
  const named = doc.mentionByFirstToken.get(first);
  const cluster = named ? doc.entities.clusters[named.cluster] : undefined;
  if (named && cluster) return cluster.type === "Organization" && !cluster.country ? fromMention(doc, named) : null;
  // ("The group, Clean Congress Georgia, has reserved …": the description's name set off after it)
  const set = tokens[first]?.lower === "the" ? nameSetOffAfter(doc, first + 1) : undefined;
  if (set) return fromMention(doc, set);
  return describedAt(doc, first, sentence.last);
}

/** "the regulator’s website", "Ukrenergo's website": the organization whose outlet the words from `at` name. */
function publisherOf(doc: AnalyzedText, at: number, end: number): SpeakerRef | null {
  const { tokens } = doc;
  const named = doc.mentionByFirstToken.get(at);
  if (named && isPossessive(tokens[named.last]) && OUTLET_NOUNS.test(tokens[named.last + 1]?.lower ?? ""))
    return fromMention(doc, named);
  // (a modifier may stand before the outlet's noun: "the company’s engineering blog")
  if (
    isPossessive(tokens[at + 2]) &&
    (OUTLET_NOUNS.test(tokens[at + 3]?.lower ?? "") ||
      (!tokens[at + 3]?.cap && OUTLET_NOUNS.test(tokens[at + 4]?.lower ?? "")))
  )
    return describedAt(doc, at, end);
  return null;
}

/** "the council", "the regulator" at token `at` (before `end`): the one organization of the article it describes. */
function describedAt(doc: AnalyzedText, at: number, end: number): SpeakerRef | null {
  const the = doc.tokens[at];
  const noun = doc.tokens[at + 1];
  if (the?.lower !== "the" || !noun || noun.cap || noun.kind !== "word" || at + 1 >= end) return null;
  // ("The campaign had $6.1 million …, according to its most recent filing": the one campaign committee named)
  const org =
    describedOrganization(doc.entities.clusters, noun.lower, noun.start) ??
    (noun.lower === "campaign" ? onlyCampaign(doc.entities.clusters, noun.start) : undefined);
  return org ? { start: the.start, end: noun.end, cluster: org.id } : null;
}

/** "the central bank" from token `the` to the noun at `noun`: the one organization of the article the noun describes. */
function describedNounAt(doc: AnalyzedText, the: number, noun: number): SpeakerRef | null {
  const first = doc.tokens[the] as Token;
  const head = doc.tokens[noun] as Token;
  const org = describedOrganization(doc.entities.clusters, head.lower, head.start);
  return org ? { start: first.start, end: head.end, cluster: org.id } : null;
}

/** The "by" at token `from` or after a short time phrase ("on Monday", "last week") before `end`; else `from`. */
function byAfterParticiple(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end && k - from <= 3; k++) {
    const t = tokens[k] as Token;
    if (t.lower === "by") return k;
    if (
      t.kind !== "word" ||
      !/^(?:on|last|this|earlier|in|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|today|yesterday|up)$/.test(
        t.lower,
      )
    )
      return from;
  }
  return from;
}

/** Participles between a document and its maker ("a study led by …", "a survey conducted by …"). */
const MADE_BY: ReadonlySet<string> = new Set([
  "led",
  "conducted",
  "commissioned",
  "published",
  "carried",
  "released",
  "run",
  "drawn",
  "prepared",
  "compiled",
  "issued",
  "filed",
]);

/**
 * Where a name's appositive after the comma at `k` ends: "…, the director of the department," — an article,
 * lower-case words (capitalised ones as in an organization's name) and another comma within a few words; else `k`.
 */
function appositiveEnd(tokens: readonly Token[], k: number, s: Sentence): number {
  // ("According to The Washington Post, which first reported the cancellation, the university …": a relative clause
  // on the source, to its closing comma)
  if (/^(?:which|who)$/.test(tokens[k + 1]?.lower ?? "")) {
    for (let j = k + 2; j < s.last && j - k <= 16; j++) {
      const t = tokens[j] as Token;
      if (t.text === ",") return j;
      if (t.kind === "quote") return k;
    }
    return k;
  }
  if (!/^(?:the|a|an)$/.test(tokens[k + 1]?.lower ?? "")) return k;
  for (let j = k + 2; j < s.last && j - k <= 12; j++) {
    const t = tokens[j] as Token;
    // ("According to Agerpres, the mayor's assets, including two houses, remain frozen": what opens after the
    // comma is an aside inside the content, so the words before it are the content's subject)
    if (t.text === ",") return CONTENT_ASIDES.test(tokens[j + 1]?.lower ?? "") ? k : j;
    if (t.kind !== "word" || cueOf(t.lower) !== undefined || CLAUSE_VERBS.has(t.lower)) return k;
  }
  return k;
}
/** Words that open an aside within a clause, never what follows an appositive. */
const CONTENT_ASIDES = /^(?:including|notably|especially|particularly)$/;
/** Verbs that make the words after "According to X," a clause, not an appositive ("an email was sent …"). */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  "is",
  "was",
  "are",
  "were",
  "has",
  "had",
  "have",
  "will",
  "would",
  "can",
  "could",
]);

/** The one campaign committee the article names before `offset` ("Quintanilla for President"), if one. */
function onlyCampaign(clusters: readonly Cluster[], offset: number): Cluster | undefined {
  const named = clusters.filter(
    (c) => c.type === "Organization" && c.kind === "campaign" && c.mentions.some((m) => m.start < offset),
  );
  return named.length === 1 ? named[0] : undefined;
}

/** Most tokens of a dateline before its dash ("OLYMPIA, Wash. (AP) —"). */
const MAX_DATELINE_TOKENS = 10;

/**
 * "OLYMPIA, Wash. — Washington paid out …, according to a federal audit": the token after a dateline's dash that
 * opens the sentence (capitals, commas, a state's abbreviation, an agency's bracket before it), else `first`.
 */
function afterDatelineDash(tokens: readonly Token[], first: number, stop: number): number {
  for (let k = first; k < Math.min(stop, first + MAX_DATELINE_TOKENS); k++) {
    const t = tokens[k] as Token;
    if (/^(?:—|–|--)$/.test(t.text) || wireDash(tokens, k)) return k > first ? k + 1 : first;
    if (t.kind === "word" && !t.cap) return first;
  }
  return first;
}
