import { type AnalyzedText, mentionAtOrAfter } from "../document.js";
import type { Mention } from "../entities/types.js";
import { MONTHS, WEEKDAYS } from "../lexicon/calendar.js";
import { cueOf } from "../lexicon/cues.js";
import { FUNCTION_WORDS, NP_BOUNDARY, PRONOUNS } from "../lexicon/function-words.js";
import { ORG_NOUNS } from "../lexicon/organizations.js";
import { MEMBER_TITLES, ROLE_NOUNS } from "../lexicon/titles.js";
import { datelineDash } from "../text/dateline.js";
import type { Sentence } from "../text/sentences.js";
import { isPossessive, type Token } from "../text/tokens.js";
import {
  type AnonymousMemory,
  makerInRelative,
  nounPhraseEndingAt,
  resolveNounPhrase,
  skipAuxLeft,
  speakerEndingAt,
  surnamed,
} from "./speaker.js";
import { DOCUMENTS_WITH_MAKERS } from "./speaking-documents.js";
import type { SpeakerRef } from "./types.js";

/**
 * The subject of the clause a participle cue belongs to ("Albright urged women to vote for Clinton,
 * saying …" → Albright): the first name or pronoun of the sentence after an opening phrase, else
 * the nearest one before the cue. `coordinated`: the cue is a second finite verb after "and" ("… accused …, and
 * said …"), whose subject may be a place's possessive description after a dateline.
 */
export function subjectBefore(
  doc: AnalyzedText,
  s: Sentence,
  i: number,
  anon: AnonymousMemory,
  coordinated = false,
): SpeakerRef | null {
  const { tokens } = doc;
  // "CHIȘINĂU, Moldova — Moldova’s Central Electoral Commission … struck …, saying": the dateline is no subject
  let start = afterDateline(doc, s.first, i);
  // ("Even the American Civil Liberties Union of Ohio … sent …, arguing …": a focusing adverb before the subject;
  // "But state Sen. Roy Caudill, who has defended Sizemore, accused … and said …": a conjunction, no opening phrase)
  if (/^(?:even|still|also|meanwhile|but|and|yet)$/.test(tokens[start]?.lower ?? "") && start + 1 < i) start++;
  // "Speaking at a town hall in Salem, Trump …": skip an opening phrase
  const first = tokens[start];
  if (first && (NP_BOUNDARY.has(first.lower) || /ing$/.test(first.lower) || first.lower === "after")) {
    let k = start;
    while (k < i && tokens[k]?.text !== ",") k++;
    if (k < i) start = k + 1;
    // ("Writing in Variety, where she is chief film critic, Jessica Hale called …": a relative clause on the
    // opening phrase's last noun is part of it)
    // (and a list in it goes on after "and": "Standing with X, who co-founded Y, and Z, Mark-Viverito accused …")
    let relative = false;
    while (
      /^(?:where|which|who|when)$/.test(tokens[start]?.lower ?? "") ||
      (relative && tokens[start]?.lower === "and")
    ) {
      relative = true;
      k = start;
      while (k < i && tokens[k]?.text !== ",") k++;
      if (k >= i) break;
      start = k + 1;
    }
  }
  // "The company denied that it had ignored Yoon's requests, saying …": an article and a noun that stand for one
  // organization of the article open the clause (not the person named in the object)
  const noun = tokens[start + 1];
  // (not "The union’s secretary-treasurer, Graham Lutz, told …": a possessor is no subject)
  if (
    /^(?:the|this)$/.test(tokens[start]?.lower ?? "") &&
    noun?.kind === "word" &&
    !noun.cap &&
    start + 1 < i &&
    !isPossessive(tokens[start + 2])
  ) {
    const ref = resolveNounPhrase(doc, start, start + 1, anon);
    if (ref?.cluster !== undefined && doc.entities.clusters[ref.cluster]?.type === "Organization") return ref;
  }
  // "Those voters hold …, but view her …", "Emanuel fired his chief, …, acknowledging": the phrase opening the clause
  // ("The Republican National Committee said … and called her …": the article before a name opens no phrase of its own)
  // (not when the name modifies a role after it: "the White House press secretary said … and accused …")
  const named = tokens[start]?.lower === "the" ? doc.mentionByFirstToken.get(start + 1) : undefined;
  const after = named ? tokens[named.last] : undefined;
  // ("The Republican National Committee sent a letter accusing …": a verb after the name, no role it modifies)
  const verbAfter = after !== undefined && (/[a-z]ed$/.test(after.lower) || VERBS_AFTER_NAME.test(after.lower));
  const articleOfName =
    named !== undefined && !(after?.kind === "word" && !after.cap && !cueOf(after.lower) && !verbAfter);
  if (!doc.mentionByFirstToken.has(start) && !articleOfName) {
    const np = openingNounPhrase(tokens, start, i);
    // ("A Harmon-Reese spokeswoman, Lindsey Carver, denied …, saying …": the name the description's appositive gives;
    // "A spokeswoman for Boyce, Amanda Reese, denied … and said …": past whom the role is for)
    const whose =
      np && /^(?:for|of|at|to)$/.test(tokens[np.last + 1]?.lower ?? "")
        ? doc.mentionByFirstToken.get(tokens[np.last + 2]?.lower === "the" ? np.last + 3 : np.last + 2)
        : undefined;
    // ("A DEA spokeswoman in Detroit, Erin Castillo, declined … but said …": past a place that is no mention, newsdev57)
    const placed =
      np && !whose && tokens[np.last + 1]?.lower === "in" ? capitalisedWordsEnd(tokens, np.last + 2, i) : -1;
    const comma = whose ? whose.last : placed > 0 ? placed : np ? np.last + 1 : -1;
    const named = np && tokens[comma]?.text === "," ? doc.mentionByFirstToken.get(comma + 1) : undefined;
    if (named && named.last < i && doc.entities.clusters[named.cluster]?.type === "Person")
      return speakerEndingAt(doc, named.last - 1, anon);
    const ref = np ? resolveNounPhrase(doc, np.first, np.last, anon) : null;
    if (ref) return ref;
  }
  // the first person or pronoun of the clause (places and organizations in an opening phrase are skipped;
  // "… to President Obama's approach": the object of a preposition is not the subject)
  for (let k = start; k < Math.min(i, start + 6); k++) {
    const t = tokens[k] as Token;
    const m = doc.mentionByFirstToken.get(k);
    const object = PREPOSITIONS.has(tokens[k - 1]?.lower ?? "") && k > start;
    // ("The Court of Appeals on Thursday acquitted …, ruling …": a name right after the article that opens the clause)
    const opens =
      k === start ||
      (k === start + 1 && tokens[start]?.lower === "the" && m !== undefined && !isPossessive(tokens[m.last])) ||
      (m !== undefined && namedAfterDescriptor(doc, start, m));
    // ("U.S. District Judge Miriam Castellanos-Reyes … struck down …, ruling …": a country that modifies the title
    // of the person named after it is not the subject)
    const modifiesTitle =
      m !== undefined &&
      doc.entities.clusters[m.cluster]?.country === true &&
      [0, 1, 2].some(
        (n) => doc.entities.clusters[doc.mentionByFirstToken.get(m.last + n)?.cluster ?? -1]?.type === "Person",
      );
    if (m && !object && !modifiesTitle && (opens || doc.entities.clusters[m.cluster]?.type === "Person")) {
      // "Volta Mobile’s chief executive, Kwabena Asante-Mensah, apologised and said …": a possessor opening
      // the clause is not its subject; the person its appositive names is
      // ("New Dawn Party secretary-general Thanawat Chaiyaporn said …, and accused …": the person after the
      // organization's role words)
      const named = isPossessive(tokens[m.last])
        ? appositiveAfterPossessor(doc, m.last + 1, i)
        : personAfterRole(doc, m, i);
      if (named) return speakerEndingAt(doc, named.last - 1, anon);
      // ("Moldova’s Central Electoral Commission (CEC) on Monday struck …, saying …": the organization the
      // possessor owns)
      const owned = isPossessive(tokens[m.last]) ? doc.mentionByFirstToken.get(m.last + 1) : undefined;
      if (owned && owned.last <= i && doc.entities.clusters[owned.cluster]?.type === "Organization") {
        const ref = speakerEndingAt(doc, owned.last - 1, anon);
        if (ref) return ref;
      }
      const ref = speakerEndingAt(doc, m.last - 1, anon);
      if (ref) return ref;
    }
    if (PRONOUNS.get(t.lower) && t.lower !== "it") return resolveNounPhrase(doc, k, k, anon);
  }
  for (let k = i - 1; k >= s.first; k--) {
    const t = tokens[k] as Token;
    const m = doc.mentionByLastToken.get(k);
    if (m && doc.entities.clusters[m.cluster]?.type === "Person") return speakerEndingAt(doc, k, anon);
    if (PRONOUNS.get(t.lower) && t.lower !== "it") return resolveNounPhrase(doc, k, k, anon);
  }
  // the words opening the sentence (after a dateline), up to its verb ("The company denied that …, saying …": "The
  // company"; "RALEIGH, N.C. — A federal appeals court on Tuesday struck down …, ruling …")
  const opening = afterDatelineDescription(doc, s.first, i, coordinated);
  let k = opening;
  while (
    k < i &&
    k - opening < 6 &&
    tokens[k]?.kind === "word" &&
    !NP_BOUNDARY.has(tokens[k]?.lower ?? "") &&
    !(k > opening && openingVerb(tokens[k] as Token) && !COMPOUND_HEADS.test(tokens[k + 1]?.lower ?? ""))
  )
    k++;
  if (k > opening) return resolveNounPhrase(doc, opening, k - 1, anon);
  return null;
}

/**
 * "The drivers’ group PISTON has called a strike … and accused …": an organization named right after the description
 * that opens the clause at `start` (lower-case words, a plural's apostrophe, then an organization's noun).
 */
function namedAfterDescriptor(doc: AnalyzedText, start: number, m: Mention): boolean {
  const { tokens } = doc;
  if (doc.entities.clusters[m.cluster]?.type !== "Organization" || !ORG_NOUNS.has(tokens[m.first - 1]?.lower ?? ""))
    return false;
  if (tokens[start]?.lower !== "the" || m.first - start < 3) return false;
  return tokens.slice(start + 1, m.first).every((t) => (t.kind === "word" && !t.cap) || /^['’]s?$/.test(t.text));
}

/** Nouns a word in "-s" before them modifies, no verb ("an appeals court", "a sales tax"). */
const COMPOUND_HEADS = /^(?:court|courts|panel|process|judge|judges|tax|taxes)$/;

/**
 * After a dateline ("RALEIGH, N.C. — A federal appeals court …"), where an article's description opens the clause
 * (an article and a lower-case word); else `first`.
 */
function afterDatelineDescription(doc: AnalyzedText, first: number, limit: number, coordinated: boolean): number {
  const dash = datelineDash(doc.tokens, first, limit);
  const article = doc.tokens[dash + 1];
  const noun = doc.tokens[dash + 2];
  // ("COLUMBUS, Ohio (AP) — Ohio’s state treasurer on Tuesday accused …, and said …": a place's possessive in the
  // article's place, for a second verb after "and" — a participle after a comma may be the reported clause's own:
  // "… said on Wednesday it had started proceedings, alleging that …")
  const possessor = coordinated && article?.cap === true && isPossessive(noun) && doc.tokens[dash + 3]?.cap === false;
  return dash >= 0 && ((/^(?:A|An|The)$/.test(article?.text ?? "") && noun?.kind === "word" && !noun.cap) || possessor)
    ? dash + 1
    : first;
}

/**
 * Where a sentence opening at `first` starts after a dateline ("NAIROBI, Kenya —", "LIMA, Peru (AP) —",
 * "BUDAPEST (Reuters) -"): the token after its dash, when a word in capitals opens the sentence, only
 * capitalised words, commas and a bracketed agency stand before the dash and a name opens the clause after it
 * (`namedSubjectAt`); else `first`.
 */
function afterDateline(doc: AnalyzedText, first: number, limit: number): number {
  const dash = datelineDash(doc.tokens, first, limit);
  // ("AUSTIN — A Texas business group stepped up …, warning …": an indefinite description opens the clause too)
  const described = /^(?:a|an)$/.test(doc.tokens[dash + 1]?.lower ?? "");
  return dash >= 0 && (namedSubjectAt(doc, dash + 1) || described) ? dash + 1 : first;
}

/**
 * Whether a person's name, or a possessor and the organization it owns ("Moldova’s Central Electoral
 * Commission"), opens the clause at token k: what a dateline may be skipped for (the words a story opens with
 * otherwise, "Hundreds of members of …", are left as they were read).
 */
function namedSubjectAt(doc: AnalyzedText, k: number): boolean {
  // ("CEBU CITY, Philippines — The Court of Appeals on Thursday acquitted …": an organization after its article)
  const the = doc.tokens[k]?.lower === "the";
  const m = doc.mentionByFirstToken.get(the ? k + 1 : k);
  if (!m) return false;
  const cluster = doc.entities.clusters[m.cluster];
  if (cluster?.type === "Person" && !the) return true;
  if (the && cluster?.type === "Organization" && !cluster.country && !isPossessive(doc.tokens[m.last])) return true;
  const owned = isPossessive(doc.tokens[m.last]) ? doc.mentionByFirstToken.get(m.last + 1) : undefined;
  return owned !== undefined && doc.entities.clusters[owned.cluster]?.type === "Organization";
}

/** A lower-case word that is a clause's verb rather than part of its subject: a cue ("denied") or a past form ("defended"). */
function openingVerb(t: Token): boolean {
  // ("A federal judge on Thursday blocked …": a person's noun that is a cue's form too ends no subject)
  return !t.cap && !ROLE_NOUNS.has(t.lower) && (cueOf(t.lower) !== undefined || /[a-z]ed$/.test(t.lower));
}

/**
 * "’s chief executive, Kwabena Asante-Mensah," from token `from` (after a possessive): lower-case role
 * words, a comma, a person's name and a comma before `limit`; the name's mention, or undefined.
 */
function appositiveAfterPossessor(doc: AnalyzedText, from: number, limit: number): Mention | undefined {
  const { tokens } = doc;
  let k = from;
  while (k < limit && k - from < 5 && (tokens[k] as Token).kind === "word" && !(tokens[k] as Token).cap) k++;
  if (k === from || tokens[k]?.text !== ",") return undefined;
  // (an organization's name may open with "the": "South Korea's central bank, the Bank of Korea (BOK), …", newsdev71)
  const m =
    doc.mentionByFirstToken.get(k + 1) ??
    (tokens[k + 1]?.lower === "the" ? doc.mentionByFirstToken.get(k + 2) : undefined);
  // (a member's post-nominal may close the name: ", Aoife Ní Riain TD,"; an acronym in brackets too: "the Bank of Korea
  // (BOK),")
  const bracketed = m && tokens[m.last]?.text === "(" && tokens[m.last + 2]?.text === ")" ? m.last + 3 : undefined;
  const close = MEMBER_TITLES.has(tokens[m?.last ?? -1]?.text ?? "") ? (m?.last ?? 0) + 1 : (bracketed ?? m?.last);
  // (or an organization's: "Sweden’s central bank, Sveriges Riksbank, on Wednesday left …, saying …", newsdev70)
  const named = doc.entities.clusters[m?.cluster ?? -1];
  const renames = named?.type === "Person" || (named?.type === "Organization" && !named.country);
  if (!m || !renames || tokens[close ?? -1]?.text !== ",") return undefined;
  return (close ?? m.last) < limit ? m : undefined;
}

/** "New Dawn Party secretary-general Thanawat Chaiyaporn": lower-case role words after an organization, then a person. */
function personAfterRole(doc: AnalyzedText, org: Mention, limit: number): Mention | undefined {
  const { tokens } = doc;
  // ("Delacorte spokesman Reid Castellanos said … and accused …": a person's name modifying a role noun too)
  const type = doc.entities.clusters[org.cluster]?.type;
  if (type !== "Organization" && type !== "Person") return undefined;
  let k = org.last;
  // ("House Majority Leader Thomas Pruett (R-Rockingham) said … and warned …": a person whose title follows the
  // organization's name)
  const titled = doc.entities.mentions[mentionAtOrAfter(doc.entities.mentions, tokens[k]?.start ?? Number.MAX_VALUE)];
  if (
    type === "Organization" &&
    titled !== undefined &&
    titled.start === tokens[k]?.start &&
    titled.title !== undefined &&
    titled.last <= limit &&
    doc.entities.clusters[titled.cluster]?.type === "Person"
  )
    return titled;
  while (k < limit && k - org.last < 3 && (tokens[k] as Token).kind === "word" && !(tokens[k] as Token).cap) k++;
  if (k === org.last || FUNCTION_WORDS.has((tokens[k - 1] as Token).lower)) return undefined;
  if (type === "Person" && (k - org.last !== 1 || !ROLE_NOUNS.has((tokens[k - 1] as Token).lower))) return undefined;
  const m = doc.mentionByFirstToken.get(k);
  return m && m.last <= limit && doc.entities.clusters[m.cluster]?.type === "Person" ? m : undefined;
}

const PREPOSITIONS = new Set(["to", "of", "for", "with", "about", "by", "at", "on", "in", "from", "against", "over"]);
const QUANTIFIERS = /^(?:the|a|an|some|many|most|those|these|several|all|both|few|other|\d[\d,.]*)$/;

/**
 * The noun phrase opening a clause at `start`, when it ends in a role noun ("some senators",
 * "Those voters") or is a capitalized run ("Emanuel"); null otherwise.
 */
function openingNounPhrase(tokens: Token[], start: number, limit: number): { first: number; last: number } | null {
  const first = tokens[start];
  if (first?.kind !== "word") return null;
  if (first.cap && !QUANTIFIERS.test(first.lower)) {
    let j = start;
    while (j + 1 < limit && tokens[j + 1]?.cap && tokens[j + 1]?.kind === "word") j++;
    const next = tokens[j + 1];
    return next && next.kind === "word" && !next.cap && !NP_BOUNDARY.has(first.lower)
      ? { first: start, last: j }
      : null;
  }
  for (let j = start; j < Math.min(limit, start + 5); j++) {
    const t = tokens[j] as Token;
    if (t.kind !== "word" || (NP_BOUNDARY.has(t.lower) && j > start)) return null;
    // (not a modifier of a role or of another organization's noun: "A council spokesperson denied …", "A campaign
    // watchdog filed …")
    const after = tokens[j + 1]?.lower ?? "";
    const compound = ROLE_NOUNS.has(after) || ORG_NOUNS.has(after);
    if (ROLE_NOUNS.has(t.lower) && j > start && !compound) return { first: start, last: j };
    // ("A Texas business group stepped up its fight …, warning …": an organization's noun after "a" heads it)
    if (ORG_NOUNS.has(t.lower) && j > start && /^(?:a|an)$/.test(first.lower) && !tokens[j + 1]?.cap && !compound)
      return { first: start, last: j };
    if (j === start && !QUANTIFIERS.test(t.lower)) return null;
  }
  return null;
}

/** Past forms and auxiliaries that follow a clause's subject ("The Republican National Committee sent …"). */
const VERBS_AFTER_NAME =
  /^(?:sent|won|lost|took|made|began|ran|gave|brought|put|set|held|kept|left|met|paid|sought|spent|built|chose|drew|fell|got|hit|led|let|rose|sold|shut|stood|struck|went|has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did|does)$/;

/** Participles of making a document before "by" and its maker. */
const PARTICIPLES_OF_MAKING = /^(?:filed|released|published|issued|commissioned|prepared|written|conducted|compiled)$/;

/** Most words of a document's "of" phrase ("of 400 likely primary voters"). */
const MAX_OF_PHRASE = 6;

/** Token `k` when it is a document's noun, or the document's noun before the "of" phrase ending at `k`; else -1. */
function documentNounAt(tokens: readonly Token[], k: number, first: number): number {
  if (DOCUMENTS_WITH_MAKERS.test(tokens[k]?.lower ?? "")) return k;
  for (let q = k - 1; q > first && k - q <= MAX_OF_PHRASE; q--) {
    const t = tokens[q] as Token;
    if (t.lower === "of") return DOCUMENTS_WITH_MAKERS.test(tokens[q - 1]?.lower ?? "") ? q - 1 : -1;
    if (t.kind === "punct" || t.kind === "quote") return -1;
  }
  return -1;
}

/** Words of a date between a participle of making and its "by" ("conducted April 2-5 by …", "released last week by …"). */
const DATE_WORDS = new RegExp(`^(?:${[...MONTHS, ...WEEKDAYS].join("|")}|last|this|week|month|year|on|in|early|late)$`);

/**
 * The person or organization named right after "by" in tokens [from, end), when only date words (and numbers)
 * stand between `from` and the "by" ("April 2-5 by Peachtree Research …").
 */
function makerAfterBy(doc: AnalyzedText, from: number, end: number): Mention | undefined {
  const { tokens } = doc;
  for (let k = from; k < end && k - from <= 5; k++) {
    const t = tokens[k] as Token;
    if (t.lower === "by") return doc.mentionByFirstToken.get(tokens[k + 1]?.lower === "the" ? k + 2 : k + 1);
    if (!(t.kind === "number" || t.text === "-" || t.text === "–" || DATE_WORDS.test(t.lower))) return undefined;
  }
  return undefined;
}

/**
 * "A survey by the pollster IBRiS for the daily Rzeczpospolita, published on Monday, found …": the subject ending at
 * token `end` (past one interrupter set off by commas that a participle of making opens) is a document made by one
 * organization for another — the maker speaks through its document, not the client after "for" (newsdev60). The
 * document's noun as the speaker's mention, or null.
 */
export function commissionedDocumentMaker(
  doc: AnalyzedText,
  s: Sentence,
  end: number,
  anon: AnonymousMemory,
): SpeakerRef | null {
  const { tokens } = doc;
  let k = end;
  if (tokens[k]?.text === ",") {
    let j = k - 1;
    while (j > s.first && k - j < 12 && tokens[j]?.text !== ",") j--;
    if (tokens[j]?.text !== "," || !PARTICIPLES_OF_MAKING.test(tokens[j + 1]?.lower ?? "")) return null;
    k = j - 1;
  }
  const made = makerBeforeClient(doc, k, s.first);
  const cluster = made ? doc.entities.clusters[made.maker.cluster] : undefined;
  if (!made || cluster?.type !== "Organization") return null;
  const noun = tokens[made.document] as Token;
  const ref: SpeakerRef = { start: noun.start, end: noun.end, cluster: cluster.id };
  anon.set(noun.lower, ref);
  return ref;
}

/** Most words between "by" and its maker ("by the pollster IBRiS") or between "for" and its client. */
const MAX_BY_WORDS = 4;

/**
 * "A survey by the pollster IBRiS for the daily Rzeczpospolita" ending at token `k`: a document's noun, "by" and its
 * maker's name (after "the" and lower-case words), then "for" and its client's — the maker, and the token of the
 * document's noun. Undefined for any other phrase.
 */
function makerBeforeClient(
  doc: AnalyzedText,
  k: number,
  first: number,
): { maker: Mention; document: number } | undefined {
  const { tokens } = doc;
  const client = doc.mentionByLastToken.get(k);
  if (!client) return undefined;
  let f = client.first - 1;
  while (f > first && client.first - f <= MAX_BY_WORDS && tokens[f]?.lower !== "for") {
    if (tokens[f]?.kind !== "word" || (tokens[f]?.cap && tokens[f]?.lower !== "the")) return undefined;
    f--;
  }
  if (tokens[f]?.lower !== "for") return undefined;
  const maker = doc.mentionByLastToken.get(f - 1);
  if (!maker) return undefined;
  let b = maker.first - 1;
  while (b > first && maker.first - b <= MAX_BY_WORDS && tokens[b]?.lower !== "by") {
    if (tokens[b]?.kind !== "word" || tokens[b]?.cap) return undefined;
    b--;
  }
  if (tokens[b]?.lower !== "by" || !DOCUMENTS_WITH_MAKERS.test(tokens[b - 1]?.lower ?? "")) return undefined;
  return { maker, document: b - 1 };
}

/** How an interrupter between a subject and its verb starts: ", who …,", ", a former aide,", ", in fact,". */
const INTERRUPTER_START =
  /^(?:who|which|a|an|the|by|in|for|however|too|meanwhile|though|also|like|along|both|at|on|now|then|after|once|unlike|as|his|her|their|its|whose|president|former|chair|chairman|chairwoman|director|spokesman|spokeswoman|who's|including|such|among|especially|not|one|published|released|issued|written|obtained|seen|prepared|commissioned|compiled|signed|posted|sent|filed|led|funded|backed|based|founded|dated|leaked|conducted|carried|passed|adopted)$/;

/**
 * The subject of a clause whose verb is at token `i` when no known speaker ends right before it:
 * walks left over auxiliaries, one parenthesis and up to two interrupters (", who …,", ", a …,",
 * ", in fact,") to the noun phrase before them ("The former governor, who dropped his bid, noted
 * that …"; "Puerto Rico has been warning that …"). A phrase that names no entity becomes an
 * unnamed source described by its own words. Used only where the verb takes a content clause.
 */
export function looseSubject(
  doc: AnalyzedText,
  s: Sentence,
  i: number,
  anon: AnonymousMemory,
  strict = false,
): SpeakerRef | null {
  const { tokens } = doc;
  let k = skipAuxLeft(tokens, i - 1, s.index);
  // ("The audit, by the U.S. Department of Labor's Office of Inspector General, found …": its maker, set off)
  let maker: Mention | undefined;
  for (let hops = 0; hops < 3; hops++) {
    const t = tokens[k];
    if (!t || k < s.first) return null;
    if (t.text === ")") {
      let j = k - 1;
      while (j > s.first && k - j < 10 && tokens[j]?.text !== "(") j--;
      if (tokens[j]?.text !== "(") return null;
      k = j - 1;
      continue;
    }
    if (t.text === ",") {
      let j = k - 1;
      while (j > s.first && k - j < 30 && tokens[j]?.text !== "," && tokens[j]?.kind !== "quote") j--;
      if (tokens[j]?.text !== "," || !INTERRUPTER_START.test(tokens[j + 1]?.lower ?? "")) return null;
      // (or after a participle of making: "The complaint, filed by the Lone Star Accountability Project, says …")
      const by =
        tokens[j + 1]?.lower === "by" ||
        (PARTICIPLES_OF_MAKING.test(tokens[j + 1]?.lower ?? "") && tokens[j + 2]?.lower === "by");
      if (by) maker = doc.mentionByLastToken.get(k - 1);
      // ("The letter, which Brackett drafted, says …": the one a relative clause says made the document, 2026-12-07,
      // newsdev77)
      else if (tokens[j + 1]?.lower === "which" && documentNounAt(tokens, j - 1, s.first) === j - 1) {
        const made = makerInRelative(doc, j - 1);
        if (made !== undefined) {
          const noun = tokens[j - 1] as Token;
          const ref: SpeakerRef = { start: noun.start, end: noun.end, cluster: made };
          anon.set(noun.lower, ref);
          return ref;
        }
      }
      // ("A survey of 400 likely primary voters, conducted April 2-5 by Peachtree Research for Dressler’s campaign,
      // found …": the maker right after "by", past the dates of the making)
      else if (PARTICIPLES_OF_MAKING.test(tokens[j + 1]?.lower ?? "")) maker = makerAfterBy(doc, j + 2, k);
      k = j - 1;
      continue;
    }
    break;
  }
  // (the document's noun before its "of" phrase: "A survey of 400 likely primary voters")
  const documentAt = maker ? documentNounAt(tokens, k, s.first) : -1;
  const made = documentAt >= 0 && maker ? doc.entities.clusters[maker.cluster] : undefined;
  if (made && (made.type === "Organization" || made.type === "Person")) {
    const noun = tokens[documentAt] as Token;
    const ref: SpeakerRef = { start: noun.start, end: noun.end, cluster: made.id };
    anon.set(noun.lower, ref);
    return ref;
  }
  const known = speakerEndingAt(doc, k, anon);
  if (known) return known;
  const rel = tokens[k] as Token;
  if (rel.lower === "who") {
    // "those who fear …": the relative pronoun is the source mention, described by its antecedent
    const at = tokens[k - 1]?.text === "," ? k - 2 : k - 1;
    const np = at >= s.first ? nounPhraseEndingAt(tokens, at, s.index) : null;
    const from = np ? (tokens[np.first] as Token).start : rel.start;
    return {
      start: rel.start,
      end: rel.end,
      anonymous: doc.text.slice(from, np ? (tokens[at] as Token).end : rel.end),
    };
  }
  const np = nounPhraseEndingAt(tokens, k, s.index);
  if (!np) return null;
  const head = tokens[np.last] as Token;
  if (head.kind !== "word" || FUNCTION_WORDS.has(head.lower) || NP_BOUNDARY.has(head.lower)) return null;
  // without "that" the cue may be a noun ("raised questions"): the head must name or describe people
  if (strict && !head.cap && !ROLE_NOUNS.has(head.lower)) return null;
  const first = tokens[np.first] as Token;
  const person = np.first === np.last ? surnamed(doc, head.text) : undefined;
  if (person) return { start: head.start, end: head.end, cluster: person.id };
  return { start: first.start, end: head.end, anonymous: doc.text.slice(first.start, head.end) };
}

/** The token after one to three capitalised words from `from` (before `limit`), or -1 when none opens there. */
function capitalisedWordsEnd(tokens: readonly Token[], from: number, limit: number): number {
  let k = from;
  while (k < limit && k - from < 3 && tokens[k]?.cap && tokens[k]?.kind === "word") k++;
  return k > from ? k : -1;
}
