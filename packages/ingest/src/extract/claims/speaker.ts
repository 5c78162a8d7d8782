import { type AnalyzedText, mentionAtOrAfter, tokenAtOrAfter } from "../document.js";
import { committeeCandidate } from "../entities/campaign-committees.js";
import { modifiersAfterThe } from "../entities/described-names.js";
import { describedOrganization } from "../entities/described-org.js";
import { resolveSourcePronoun } from "../entities/pronouns.js";
import { attach } from "../entities/resolve.js";
import { roleReferent } from "../entities/role-referent.js";
import type { Cluster, Mention } from "../entities/types.js";
import { WEEKDAYS } from "../lexicon/calendar.js";
import { countryOf } from "../lexicon/countries.js";
import { cueOf, QUOTE_CUES } from "../lexicon/cues.js";
import { AUX_ADVERBS, FUNCTION_WORDS, isNounPhraseBoundary, NP_BOUNDARY, PRONOUNS } from "../lexicon/function-words.js";
import { NOT_SPEAKER_NAMES } from "../lexicon/not-speaker-names.js";
import { ORG_DESCRIPTORS, ORG_NOUNS } from "../lexicon/organizations.js";
import { HONORIFICS, isRoleHead, MEMBER_TITLES, ROLE_HEADS, ROLE_NOUNS, titlesWithHead } from "../lexicon/titles.js";
import { datelineDash } from "../text/dateline.js";
import type { Token } from "../text/tokens.js";
import { isBarePossessive, isPossessive } from "../text/tokens.js";
import { AUXILIARIES } from "./content.js";
import { placeBeforeLocation } from "./located-place.js";
import { partyStateAside } from "./party-state.js";
import { quantitySource } from "./quantity-source.js";
import { DOCUMENTS_WITH_MAKERS, SPEAKING_DOCUMENTS } from "./speaking-documents.js";
import type { SpeakerRef } from "./types.js";

/** Capitalized group nouns that describe people, not name them. */
const GROUPS = new Set([
  "democrats",
  "republicans",
  "conservatives",
  "liberals",
  "progressives",
  "police",
  "democrat",
  "republican",
]);
const DETERMINERS = new Set([
  "both",
  "all",
  "most",
  "few",
  "these",
  "those",
  "his",
  "her",
  "their",
  "its",
  "our",
  "only",
  "about",
  "a",
  "an",
  "the",
  "another",
  "one",
  "some",
  "several",
  "two",
  "three",
  "many",
  "other",
]);
const MAX_NP = 8;
/** No mention (title and name) is longer than this; bounds the look-back of binary searches. */
const MAX_MENTION_CHARS = 200;

/** Anonymous sources seen so far in the document, by head noun ("official" → description). */
export type AnonymousMemory = Map<string, SpeakerRef>;

/** Skips auxiliaries and adverbs leftwards from token index k (inclusive); returns the new index. */
export function skipAuxLeft(tokens: Token[], k: number, sentence: number): number {
  let i = k;
  for (;;) {
    const t = tokens[i];
    if (!t || i < 0 || t.sentence !== sentence) return i;
    if ((AUX_ADVERBS.has(t.lower) || isLyAdverb(t.lower) || /^['’]s$/.test(t.text)) && !t.cap) {
      i--;
      continue;
    }
    // "on Wednesday", "last week", "(R-Iowa)" between the subject and its verb
    const before = tokens[i - 1];
    // "Trump and Sanders have both argued", "they all said": a floating quantifier
    if (
      /^(?:both|all|each)$/.test(t.lower) &&
      before?.sentence === sentence &&
      before.kind === "word" &&
      !/^(?:of|for|to|with|and|or|the|a|an|in|on|at|by|from)$/.test(before.lower)
    ) {
      i--;
      continue;
    }
    // "have in the past said", "in recent days"
    if ((t.lower === "past" || t.lower === "days" || t.lower === "weeks") && tokens[i - 2]?.lower === "in") {
      i -= 3;
      continue;
    }
    // "McConnell, …, who in 2010 said"
    if (/^(?:19|20)\d\d$/.test(t.text) && before?.lower === "in" && tokens[i - 2]?.lower === "who") {
      i -= 2;
      continue;
    }
    // "The State Department less than two weeks ago said"
    const ago = beforeAgo(tokens, i, sentence);
    if (ago !== i) {
      i = ago;
      continue;
    }
    // "Fiorina a month later announced"
    if (TIME_WORDS.has(t.lower) && before && /^(?:on|last|this|earlier|late|early|next|a|one)$/.test(before.lower)) {
      i -= 2;
      continue;
    }
    if (t.text === "," && isLyAdverb(tokens[i - 1]?.lower ?? "")) {
      i--;
      continue;
    }
    // "The justice -- who has been involved in a scuffle -- said"
    if (t.text === "--" || t.text === "—" || t.text === "–" || (t.text === "-" && tokens[i - 1]?.end !== t.start)) {
      let j = i - 1;
      while (j > 0 && i - j < 40 && tokens[j]?.sentence === sentence && tokens[j]?.text !== t.text) j--;
      if (tokens[j]?.text === t.text && j < i) {
        i = j - 1;
        continue;
      }
    }
    const bracketed = beforeBrackets(tokens, i);
    if (bracketed !== i) {
      i = bracketed;
      continue;
    }
    return i;
  }
}

/**
 * The mention that ends at token k, before a bracketed party and state ("Gov. John Kasich (R-OH)") or a member's
 * post-nominal ("Aoife Ní Riain TD", "Sharon Ashdown MP").
 */
function nameEndingAt(doc: AnalyzedText, k: number): Mention | undefined {
  const { tokens } = doc;
  const named = doc.mentionByLastToken.get(beforeBrackets(tokens, k));
  if (named || !MEMBER_TITLES.has(tokens[k]?.text ?? "")) return named;
  const person = doc.mentionByLastToken.get(k - 1);
  return person && doc.entities.clusters[person.cluster]?.type === "Person" ? person : undefined;
}

/**
 * Nouns and verbs that end in "-ly" ("the Guarani-Kaiowá assembly, said", "The family said"; a paper's "daily" and
 * "weekly": "New Vision, the state-owned daily, reported …", newsdev60).
 */
const LY_NOT_ADVERBS = new Set(
  `assembly family rally ally supply reply apply comply imply multiply monopoly anomaly bully tally folly jelly belly
  homily melancholy assemblyman assemblywoman daily weekly`.split(/\s+/),
);

/** A word that is an "-ly" adverb ("quickly", "reportedly"), not a noun such as "assembly" or "family". */
function isLyAdverb(word: string): boolean {
  return /ly$/.test(word) && word.length > 4 && !LY_NOT_ADVERBS.has(word);
}

/** The token before a bracketed aside of at most 8 tokens ending at `k` ("(R-OH)"), else `k`. */
function beforeBrackets(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ")") return k;
  let j = k - 1;
  while (j > 0 && k - j < 8 && tokens[j]?.text !== "(") j--;
  return tokens[j]?.text === "(" ? j - 1 : k;
}

/** Units of "two weeks ago". */
const AGO_UNITS = /^(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;
/** What counts them: "two", "a few", "several", "10". */
const AGO_COUNTS = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|some|\d+)$/;
/** Hedges before the count: "less than two weeks ago", "nearly a year ago". */
const AGO_HEDGES = /^(?:about|nearly|almost|just|only|roughly|some|than)$/;

/** The token before "[less than] two weeks ago" ending at `i` (on "ago"), or `i` when it is none. */
function beforeAgo(tokens: readonly Token[], i: number, sentence: number): number {
  if (tokens[i]?.lower !== "ago" || !AGO_UNITS.test(tokens[i - 1]?.lower ?? "")) return i;
  let j = i - 2;
  if (!AGO_COUNTS.test(tokens[j]?.lower ?? "")) return i;
  j--;
  if (tokens[j]?.lower === "a" && tokens[j + 1]?.lower === "few") j--;
  while (tokens[j]?.sentence === sentence && AGO_HEDGES.test(tokens[j]?.lower ?? "")) {
    j--;
    if (tokens[j + 1]?.lower === "than" && /^(?:less|more|fewer)$/.test(tokens[j]?.lower ?? "")) j--;
  }
  return j;
}

const TIME_WORDS = new Set([
  ...WEEKDAYS,
  "week",
  "month",
  "year",
  "night",
  "morning",
  "afternoon",
  "evening",
  "weekend",
  "day",
]);

/** Most words of a restrictive relative clause between a speaker's noun and the cue ("who took part in the auction"). */
const MAX_RELATIVE_WORDS = 10;

/**
 * The unnamed source a restrictive relative clause ending at token `end` describes ("A bidder who took part in the
 * auction", "a man who lives nearby"): the noun phrase right before "who" (no comma: "X, who …," is an aside read
 * elsewhere) when it is an unnamed source, its description running to the clause's end; null otherwise.
 */
function restrictiveRelativeSubject(doc: AnalyzedText, end: number, anon: AnonymousMemory): SpeakerRef | null {
  const { tokens } = doc;
  if (tokens[end]?.kind !== "word") return null;
  for (let k = end - 1; k >= Math.max(1, end - MAX_RELATIVE_WORDS); k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || t.sentence !== tokens[end]?.sentence) return null;
    if (t.lower !== "who") continue;
    if (tokens[k - 1]?.kind !== "word" || tokens[k - 1]?.cap) return null;
    const head = speakerEndingAt(doc, k - 1, anon);
    if (!head || head.anonymous === undefined || head.cluster !== undefined) return null;
    return {
      ...head,
      end: (tokens[end] as Token).end,
      anonymous: `${head.anonymous} ${doc.text.slice(t.start, (tokens[end] as Token).end)}`,
    };
  }
  return null;
}

/**
 * The index of "behind" when the tokens up to `end` are "behind" and its object ("behind it", "behind the bill", at
 * most four words with no punctuation), after a word of the noun phrase it modifies; -1 otherwise.
 */
function behindPhraseStart(tokens: readonly Token[], end: number): number {
  // (not an appositive's, set off by its comma: "Safe Distance Colorado, the coalition behind the measure, told …")
  if (tokens[end]?.kind !== "word") return -1;
  for (let k = end - 1; k >= Math.max(1, end - 4); k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || t.sentence !== tokens[end]?.sentence) return -1;
    if (t.lower === "behind") return tokens[k - 1]?.kind === "word" ? k : -1;
  }
  return -1;
}

/**
 * The speaker noun phrase that ends at token index `end` (inclusive), walking left. Skips a
 * relative "who" and an appositive (", a former officer at MI6,") back to the name it describes.
 */
export function speakerEndingAt(doc: AnalyzedText, end: number, anon: AnonymousMemory): SpeakerRef | null {
  const { tokens } = doc;
  // ("Hebridean Sea Farms Ltd., which runs …, said": a legal form's stop, a token of its own before the comma)
  const stop =
    tokens[end]?.text === "." && tokens[end]?.start === tokens[end - 1]?.end && doc.mentionByLastToken.has(end - 1);
  if (stop) return speakerEndingAt(doc, end - 1, anon);
  const endTok = tokens[end];
  if (!endTok) return null;
  const sentence = endTok.sentence;
  let k = end;
  // ("the British magazine Kerrang! called it": a name whose exclamation mark is its own)
  const exclaimed = endTok.text === "!" ? doc.mentionByLastToken.get(end) : undefined;
  if (exclaimed) return fromMention(doc, exclaimed);
  // ("Democrats in the Senate said …": a party's members, where they sit after "in")
  const seat = doc.mentionByLastToken.get(end);
  const inThe = seat ? (tokens[seat.first - 1]?.lower === "the" ? seat.first - 2 : seat.first - 1) : -1;
  const seated = tokens[inThe]?.lower === "in" ? doc.mentionByLastToken.get(inThe - 1) : undefined;
  if (seated && doc.entities.clusters[seated.cluster]?.kind === "party" && /s$/.test(seated.text))
    return fromMention(doc, seated);
  if (tokens[k]?.lower === "who" || tokens[k]?.lower === "which") {
    // the relative pronoun is the mention ("Mr. Sanders, who said …"); it stands for its antecedent
    const rel = tokens[k] as Token;
    // "which" keeps to a comma: after a dash or bracket it is mostly a thing ("The falloff - which reveals …")
    // ("the study -- which notes that …": a thing that speaks, after a spaced dash)
    k =
      rel.lower === "who"
        ? antecedentEnd(tokens, k - 1)
        : tokens[k - 1]?.text === "," || tokens[k - 1]?.text === "--"
          ? k - 2
          : k - 1;
    // ("The National Landlords’ Association (ANS), which says …": the name before its acronym in brackets, newsdev61)
    if (rel.lower === "which" && tokens[k]?.text === ")") k = beforeBrackets(tokens, k);
    const found = k >= 0 ? speakerEndingAt(doc, k, anon) : null;
    // "Alan Berger, a gynecologist from Englewood, New Jersey, who said": not the place, the person
    // the appositive describes ("Jane Doe, a spokeswoman for Acme, who": not Acme)
    // … unless the word before "who" ends a person's name ("Mr. Sanders, who"); a role or a phrase
    // that merely names someone ("a staff member for the Sanders campaign in Philadelphia who") is
    // the appositive's, and so is its person
    const named = doc.mentionByLastToken.get(k);
    // ("a cooler reception from Democrats, who say …": the party's members, named in the plural, are people)
    const members =
      named !== undefined && doc.entities.clusters[named.cluster]?.kind === "party" && /s$/.test(named.text);
    const isName = named !== undefined && (doc.entities.clusters[named.cluster]?.type === "Person" || members);
    if (members && rel.lower === "who") return { ...fromMention(doc, named), start: rel.start, end: rel.end };
    const phrase = rel.lower === "who" && k >= 0 && !isName ? nounPhraseEndingAt(tokens, k, rel.sentence) : null;
    // ("said Dr. Kate Lindqvist, Forest & Bird's chief conservation adviser, who said …": the phrase opens at the
    // possessor's whole name, not at its last word, 2026-12-07, newsdev64)
    const possessor = phrase ? doc.mentionByLastToken.get(phrase.first) : undefined;
    const phraseFirst = phrase ? Math.min(phrase.first, possessor?.first ?? phrase.first) : -1;
    const appositive = phrase ? personBeforeAppositive(doc, (tokens[phraseFirst] as Token).start, k) : null;
    // "Warren is the party unifier who speaks …": a predicate noun's "who" is the copula's subject
    const subject =
      !appositive && (!found || found.anonymous !== undefined) && phrase
        ? predicateSubject(doc, phrase.first, rel.sentence)
        : undefined;
    const antecedent = appositive ?? (subject ? fromMention(doc, subject) : found);
    if (!antecedent) return null;
    return { ...antecedent, start: rel.start, end: rel.end };
  }
  // ("A bidder who took part in the auction told …", "A man who lives nearby said …": the one a restrictive relative
  // clause describes speaks, not the clause's last noun, 2026-12-08, newsdev86)
  const described = restrictiveRelativeSubject(doc, end, anon);
  if (described) return described;
  // ("the freshman senator behind it says …", "the senator behind the bill says …": the one behind a thing speaks,
  // not the thing, 2026-12-08, newsdev86)
  const behind = behindPhraseStart(tokens, k);
  if (behind > 0) return speakerEndingAt(doc, behind - 1, anon);
  // "Police in Lagos, Nigeria said": the country after the place's comma is no speaker
  k = placeBeforeLocation(doc.text, tokens, k) ?? k;
  // "The sheriff of Marion County, Oregon, says": the state set off by commas on both sides
  const located = tokens[k]?.text === "," ? placeBeforeLocation(doc.text, tokens, k - 1) : undefined;
  if (located !== undefined && officeOfPlace(tokens, located)) return speakerEndingAt(doc, located, anon);
  if (tokens[k]?.text === ",") {
    // ("Chen Wei-lun, a director of Taiwan's Fong Hsin Ocean Fishery, which has held Palauan licences since 2012,
    // denied …": a relative clause on the description's organization, set off by commas, is passed over, 2026-12-07,
    // newsdev82)
    // (a person's only: "The National Mining Association, which represents coal producers, has long maintained …" keeps
    // the organization the relative clause is on)
    const relative = whichAsideOpening(tokens, k);
    const described = relative > 0 ? speakerEndingAt(doc, relative, anon) : null;
    if (described?.cluster !== undefined && doc.entities.clusters[described.cluster]?.type === "Person")
      return described;
    // "One Republican presidential hopeful, Carly Fiorina, says": the name right before the comma
    // (or before its bracketed party and state: "…, Gov. John Kasich (R-OH), said")
    // ("the parent, Ardent Steel Corp., said": the abbreviation's period is no part of the name's mention)
    // ("An association of BAC bondholders, the Associação de Lesados do BAC (ALBAC), said": past the name's
    // acronym in brackets, newsdev57)
    const bracketed = tokens[k - 1]?.text === ")" && tokens[k - 3]?.text === "(" && tokens[k - 2]?.kind === "word";
    const dot = bracketed ? 3 : tokens[k - 1]?.text === "." && tokens[k - 1]?.start === tokens[k - 2]?.end ? 1 : 0;
    const named = nameEndingAt(doc, k - 1 - dot);
    // ("Derek Ames, a spokesman for Kowalczyk's campaign committee, Kowalczyk for Congress, said": the person the
    // sentence opens with, whose description the organization's name only ends, newsdev58)
    const opener =
      named && doc.entities.clusters[named.cluster]?.type === "Organization" ? personOpening(doc, k) : undefined;
    if (opener) return fromMention(doc, opener);
    // (the span opens at the description: "…, its owner, Southern Plains Media Group, said" leaves "its owner" out of
    // the content before it)
    if (named && doc.entities.clusters[named.cluster]?.type === "Person" && describedAfterComma(tokens, named.first))
      return { ...fromMention(doc, named), start: descriptionStart(tokens, named.first) };
    // ("Another survivor, a fisherman who gave his name only as Baraka, said": the name a source gave, newsdev57)
    if (named && doc.entities.clusters[named.cluster]?.type === "Person" && givenNameBefore(tokens, named.first))
      return fromMention(doc, named);
    // "Her publisher, Lagoon House Books, said", "The council's leader, Margaret O'Donnell of the Labour
    // Party, said": a name that is itself the appositive
    const inner = named ? speakerEndingAt(doc, k - 1 - dot, anon) : null;
    const innerFirst = inner ? tokenAtOrAfter(tokens, inner.start) : -1;
    if (inner?.cluster !== undefined && describedAfterComma(tokens, innerFirst))
      return { ...inner, start: descriptionStart(tokens, innerFirst) };
    // "The bill's rapporteur …, Élodie Marchetti-Roux of the centrist Renaissance party, said": the person before
    // "of" and the organization set off by the comma
    const ofPerson = personBeforeOfPhrase(doc, k);
    if (ofPerson) return fromMention(doc, ofPerson);
    // "Mr. Halvorsen’s closest rival, Senator Eleanor Vasquez-Reid of Ohio, told …": the person of a place set off
    // as the description's appositive
    const ofPlace = personOfPlace(doc, k - 1);
    if (ofPlace && describedAfterComma(tokens, ofPlace.first)) return fromMention(doc, ofPlace);
    const app = appositiveHead(doc, k, anon);
    if (app) return app;
    // ("A letter sent to senators last week, signed by former Chief Justice Miriam Sandoval and 30 other retired judges,
    // said …": the document's first signer speaks, and the document is hers from here on — "The letter noted …")
    const signer = documentSigner(doc, k, anon);
    if (signer) return signer;
    return null;
  }
  // "Police Regional Office 9 said": a name that ends in its number (no quantity that speaks)
  const numbered = tokens[k]?.kind === "number" ? doc.mentionByLastToken.get(k) : undefined;
  if (numbered && doc.entities.clusters[numbered.cluster]?.type === "Organization") return fromMention(doc, numbered);
  // "Workers’ Commissions (CCOO) union said": an organization, its acronym in brackets, its descriptor
  const descriptor = tokens[k];
  if (
    descriptor &&
    !descriptor.cap &&
    ORG_DESCRIPTORS.get(descriptor.lower) !== undefined &&
    tokens[k - 1]?.text === ")" &&
    tokens[k - 3]?.text === "("
  ) {
    const named = doc.mentionByLastToken.get(k - 4);
    const c = named ? doc.entities.clusters[named.cluster] : undefined;
    if (named && c?.type === "Organization" && !c.country) return { ...fromMention(doc, named), end: endTok.end };
  }
  const np = nounPhraseEndingAt(tokens, k, sentence);
  if (!np) return quantitySource(doc, k);
  let fromNp = resolveNounPhrase(doc, np.first, np.last, anon) ?? quantitySource(doc, k);
  // "several GOP leaders on the ground told": the head noun phrase is before the preposition
  const prep = tokens[np.first - 1];
  // ("a person close to Leung's family said": an adjective and its preposition after the head)
  const linked = prep?.lower === "to" && LINKING_ADJECTIVES.has(tokens[np.first - 2]?.lower ?? "") ? 1 : 0;
  // ("An aide to the House majority leader said", "an adviser to Senator Smith said": the aide speaks, whoever
  // the phrase after "to" names)
  const servant = prep?.lower === "to" && ROLES_TO.has(tokens[np.first - 2]?.lower ?? "");
  // ("A spokeswoman for the administration said": an unnamed member of the organization a description names, as
  // of one a name names — `unnamedMember`)
  // "Democrats on the House Homeland Security Committee have accused …": a party's members on a body speak as the
  // party (the gold READMEs, newsdev27: "a Senate where Democrats say X" is the party's)
  // ("The campaign of former Ohio Sen. Reid Haverford on Monday accused …": the committee the article names for the
  // candidate speaks)
  if (prep?.lower === "of" && tokens[np.first - 2]?.lower === "campaign" && fromNp?.cluster !== undefined) {
    const candidate = doc.entities.clusters[fromNp.cluster];
    const committee = candidate?.type === "Person" ? campaignCommittee(doc, candidate) : undefined;
    const the = tokens[np.first - 3]?.lower === "the" ? np.first - 3 : np.first - 2;
    if (committee) return { start: (tokens[the] as Token).start, end: endTok.end, cluster: committee.id };
  }
  const members = prep?.lower === "on" ? doc.mentionByLastToken.get(np.first - 2) : undefined;
  if (members && members.first === np.first - 2 && doc.entities.clusters[members.cluster]?.kind === "party")
    return fromMention(doc, members);
  // ("Analysts at Daehan Securities estimated …": experts at a named firm are unnamed sources, the firm their
  // affiliation — the authored golds, newsdev55 and newsdev57)
  const experts =
    prep !== undefined &&
    /^(?:at|with|from)$/.test(prep.lower) &&
    EXPERTS.test(tokens[np.first - 2]?.lower ?? "") &&
    fromNp?.cluster !== undefined &&
    doc.entities.clusters[fromNp.cluster]?.type === "Organization";
  const describedOrganization =
    experts ||
    (fromNp?.cluster !== undefined &&
      doc.mentionByLastToken.get(k) === undefined &&
      doc.entities.clusters[fromNp.cluster]?.type === "Organization" &&
      !doc.entities.clusters[fromNp.cluster]?.country);
  // ("A senior Department of Veterans Affairs official said": an "of" inside a name is no head's preposition; the
  // unnamed official speaks, newsdev56)
  const nameAcross =
    prep?.lower === "of" && fromNp?.anonymous !== undefined
      ? doc.entities.mentions.find((m) => m.start < prep.start && m.end > prep.end && m.end <= endTok.end)
      : undefined;
  const ofInName = nameAcross !== undefined && fromNp !== null;
  if (nameAcross && fromNp) {
    // the description from the name's determiner and modifiers ("A senior Department of … official")
    let from = tokenAtOrAfter(tokens, nameAcross.start);
    while (from > 0 && from > nameAcross.first - 4) {
      const before = tokens[from - 1] as Token;
      const article = /^(?:a|an|the|one)$/.test(before.lower);
      if (before.kind !== "word" || (before.cap && !article)) break;
      from--;
      if (article) break;
    }
    const det = /^(?:a|an|the|one)$/i.test((tokens[from] as Token).text);
    fromNp.start = (tokens[from] as Token).start;
    fromNp.anonymous = doc.text.slice((tokens[det ? from + 1 : from] as Token).start, endTok.end);
  }
  if (
    // ("Two people close to Mr. Halvorsen said": the people, whoever they are close to)
    (!fromNp || fromNp.anonymous !== undefined || servant || describedOrganization || linked > 0) &&
    !ofInName &&
    prep &&
    (HEAD_PREPOSITIONS.has(prep.lower) || linked || servant) &&
    np.first >= 2 + linked
  ) {
    const head = nounPhraseEndingAt(tokens, np.first - 2 - linked, sentence);
    let headRef = head ? resolveNounPhrase(doc, head.first, head.last, anon) : null;
    /** The last token of the phrase `headRef` describes. */
    let described = head?.last ?? -1;
    // "An engineer at one of Qingfeng's battery suppliers said": one more preposition back, to an unnamed source
    // ("A Monmouth University poll of likely voters in New Hampshire found": past the voters to the poll's maker)
    const prep2 = head ? tokens[head.first - 1] : undefined;
    if (
      (!headRef || headRef.anonymous !== undefined) &&
      head &&
      prep2 &&
      HEAD_PREPOSITIONS.has(prep2.lower) &&
      head.first >= 2
    ) {
      const outer = nounPhraseEndingAt(tokens, head.first - 2, sentence);
      const outerRef = outer ? resolveNounPhrase(doc, outer.first, outer.last, anon) : null;
      const madeBy =
        outerRef?.cluster !== undefined && outer !== null && MADE_DOCUMENTS.test(tokens[outer.last]?.lower ?? "");
      if (outer && ((!headRef && outerRef?.anonymous !== undefined) || madeBy) && outerRef) {
        head.first = outer.first;
        headRef = outerRef;
        described = outer.last;
      }
    }
    // the unnamed source is described with what follows its noun ("spokesman for the Sanders campaign", not
    // "spokesman"); its entry in `anon` is this object, so "the spokesman" later reads the same (a description
    // taken from there already ends otherwise, and is not extended twice)
    const noun = tokens[described];
    if (headRef?.anonymous !== undefined && noun && headRef.anonymous.endsWith(noun.text))
      headRef.anonymous += doc.text.slice(noun.end, endTok.end);
    // (a described organization stays the speaker unless a role noun heads the phrase: "the head of the company")
    if (headRef && (!describedOrganization || headRef.anonymous !== undefined))
      fromNp = {
        ...headRef,
        start: Math.min(headRef.start, (tokens[head?.first ?? 0] as Token).start),
        end: endTok.end,
      };
  }
  // ", a review of tax records by The New York Times has found": the maker of a document the phrase opens with
  // speaks, the phrase from its article its mention
  // ("The 41-page review by the Legislative Office of Performance Audit found": the maker's name holds an "of", and a
  // number and a hyphen may modify the document)
  const makerFirst = fromNp ? tokenAtOrAfter(tokens, fromNp.start) : np.first;
  const byAt = tokens[makerFirst - 1]?.lower === "the" ? makerFirst - 2 : makerFirst - 1;
  const by = prep?.lower === "by" ? np.first - 1 : tokens[byAt]?.lower === "by" ? byAt : -1;
  if (fromNp?.cluster !== undefined && by > 0) {
    const noun = tokens[by - 1];
    for (let d = by - 1; d >= Math.max(0, by - 7); d--) {
      const t = tokens[d] as Token;
      const modifier = t.kind === "word" || t.kind === "number" || (t.text === "-" && d < by - 1);
      if (t.sentence !== endTok.sentence || !modifier) break;
      if (/^(?:a|an|the)$/.test(t.lower)) {
        const document = MADE_DOCUMENTS.test(tokens[d + 1]?.lower ?? "")
          ? (tokens[d + 1] as Token)
          : MADE_DOCUMENTS.test(noun?.lower ?? "")
            ? noun
            : undefined;
        if (document) {
          // ("The review also found …": the document is its maker's from here on)
          anon.set(document.lower, { start: t.start, end: endTok.end, cluster: fromNp.cluster });
          return { ...fromNp, start: t.start, end: endTok.end };
        }
        break;
      }
    }
  }
  // "The Okeanos Institute of Marine Sciences at the University of the Azores said": a body at its parent speaks
  const parent = fromNp?.cluster !== undefined ? doc.entities.clusters[fromNp.cluster] : undefined;
  const parentMention = doc.mentionByLastToken.get(k);
  if (parent?.type === "Organization" && !parent.country && parentMention) {
    const at = tokens[parentMention.first - 1]?.lower === "the" ? parentMention.first - 2 : parentMention.first - 1;
    const unit = tokens[at]?.lower === "at" ? doc.mentionByLastToken.get(at - 1) : undefined;
    const unitCluster = unit ? doc.entities.clusters[unit.cluster] : undefined;
    if (unit && unitCluster?.type === "Organization" && !unitCluster.country)
      return { ...fromMention(doc, unit), end: endTok.end };
  }
  // "Frederick Fung of ADPL said": the person the organization qualifies is the speaker
  // ("Jane Okafor of the University of Lagos said": the organization's own "of" is inside its name, so
  // the phrase starts where its mention starts, not at the noun phrase's last "of")
  const ofPerson =
    fromNp?.cluster !== undefined
      ? (personOfOrganization(doc, organizationPhraseStart(doc, k, np.first)) ??
        personOfDescribedOrganization(doc, np.first, fromNp))
      : undefined;
  if (ofPerson) return { start: ofPerson.start, end: endTok.end, cluster: ofPerson.cluster };
  // "Matthew Dunn, a former officer at British intelligence agency MI6 warned"
  if (fromNp && (fromNp.cluster === undefined || doc.entities.clusters[fromNp.cluster]?.type !== "Person")) {
    const prevTok = tokens[np.first - 1];
    if (prevTok && NP_BOUNDARY.has(prevTok.lower)) {
      const app = appositiveBefore(doc, np.first - 1, sentence);
      if (app) return app;
    }
  }
  // "A senior official at Athletics Kenya (, who …,) said": an unnamed member speaks, not the organization
  const member = fromNp?.cluster !== undefined ? unnamedMember(doc, doc.mentionByLastToken.get(k), endTok, anon) : null;
  return member ?? fromNp;
}

/**
 * "the sheriff of Marion County" ending at token `placeLast`: an office or a role "of" the place (not "the
 * massacre Tuesday in San Bernardino"), so that a state set off by commas after the place ends the speaker.
 */
function officeOfPlace(tokens: readonly Token[], placeLast: number): boolean {
  let p = placeLast;
  while (p > placeLast - 4 && tokens[p]?.cap && tokens[p]?.kind === "word") p--;
  const role = tokens[p - 1]?.lower ?? "";
  return tokens[p]?.lower === "of" && (ROLE_NOUNS.has(role) || ROLE_HEADS.has(role) || titlesWithHead(role).length > 0);
}

/** Prepositions that tie an unnamed member to the organization after it ("an official at", "a spokesman for"). */
const MEMBER_PREPOSITIONS = new Set(["at", "for", "of", "from", "with"]);
const INDEFINITES = new Set(["a", "an", "one", "another"]);

/**
 * "A senior nurse at Kenyatta National Hospital", "a spokesman for Google": an indefinite role noun
 * phrase, a preposition, and the organization's mention `org` — the unnamed member is the source (the
 * gold's "senior nurse", anonymous), as "a Google spokesman" already is.
 */
function unnamedMember(
  doc: AnalyzedText,
  org: Mention | undefined,
  endTok: Token,
  anon: AnonymousMemory,
): SpeakerRef | null {
  const { tokens } = doc;
  if (!org || doc.entities.clusters[org.cluster]?.type !== "Organization") return null;
  // ("an official at Brazil's Ministry of the Environment": a country's possessive before the organization)
  const country =
    isPossessive(tokens[org.first - 1]) && countryOf(tokens[org.first - 2]?.text ?? "")?.form === "name" ? 2 : 0;
  const orgFirst = org.first - country;
  // "an official at the Department of Space"
  const at = tokens[orgFirst - 1]?.lower === "the" ? orgFirst - 2 : orgFirst - 1;
  const prep = tokens[at];
  if (!prep || !MEMBER_PREPOSITIONS.has(prep.lower) || at < 1) return null;
  const headTok = tokens[at - 1] as Token;
  if (headTok.cap || headTok.sentence !== endTok.sentence) return null;
  if (!ROLE_NOUNS.has(headTok.lower) && !ROLE_HEADS.has(headTok.lower)) return null;
  const phrase = nounPhraseEndingAt(tokens, at - 1, endTok.sentence);
  const det = phrase ? tokens[phrase.first] : undefined;
  if (!phrase || !det || !INDEFINITES.has(det.lower)) return null;
  // not an appositive of a name before it ("Joe Devanny, an expert at X and a former analyst for Y, said")
  const before = tokens[phrase.first - 1];
  if (before && before.sentence === det.sentence && (before.text === "," || /^(?:and|or)$/.test(before.lower)))
    return null;
  const from = (tokens[phrase.first + 1] as Token).start;
  const ref: SpeakerRef = { start: det.start, end: endTok.end, anonymous: doc.text.slice(from, endTok.end) };
  anon.set(headTok.lower, ref);
  return ref;
}

/** Quantifiers that are a source on their own ("all agreed", "few believe", "nobody expected"). */
const QUANTIFIER_SOURCES = new Set(["all", "few", "none", "nobody", "everybody", "several"]);

/** Copulas whose complement describes their subject. */
const COPULAS = new Set(["is", "was", "are", "were", "remains", "remained", "became", "becomes"]);
/** What joins a list of predicate nouns ("a serial liar, rampant xenophobe, racist and birther"). */
const LIST_JOINERS = new Set([",", "and", "or", "a", "an", "the"]);
/** How far a copula and its subject may stand before a predicate noun phrase. */
const MAX_PREDICATE = 16;
const MAX_SUBJECT_GAP = 12;

/**
 * "Elizabeth Warren is the party unifier who speaks …", "Donald Trump regularly incites violence and is a
 * serial liar, rampant xenophobe and birther who has pledged …": the person named as the subject of the
 * copula before a predicate noun phrase (its first token `first`), whom a "who" after it means. The phrase
 * may close a list of predicate nouns; the subject is the nearest name before the copula with no
 * punctuation or other name between. Pure.
 */
function predicateSubject(doc: AnalyzedText, first: number, sentence: number): Mention | undefined {
  const { tokens } = doc;
  let k = first - 1;
  for (; k >= 0 && first - k <= MAX_PREDICATE; k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return undefined;
    if (COPULAS.has(t.lower)) break;
    const listWord = LIST_JOINERS.has(t.lower) || (t.kind === "word" && !t.cap && !FUNCTION_WORDS.has(t.lower));
    if (!listWord) return undefined;
  }
  if (!COPULAS.has(tokens[k]?.lower ?? "")) return undefined;
  for (let j = k - 1; j >= 0 && k - j <= MAX_SUBJECT_GAP; j--) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence || t.kind === "punct") return undefined;
    const m = doc.mentionByLastToken.get(j);
    if (m) return doc.entities.clusters[m.cluster]?.type === "Person" ? m : undefined;
  }
  return undefined;
}

/** What may stand between a relative pronoun and its antecedent: "Mr. Sanders, who", "Graham—who", "Duke (who". */
const RELATIVE_SEPARATORS = new Set([",", "—", "–", "--", "-", "("]);
/** How far back a parenthesis after the antecedent may open: "Rep. Zoe Lofgren (D-Calif.), who". */
const MAX_PARENTHESIS = 8;

/**
 * The last token of a relative pronoun's antecedent, walking left from `k` (the token before the
 * pronoun): over one comma, dash or opening bracket, an age (", 62,"), then one short parenthesis. Pure.
 */
export function antecedentEnd(tokens: readonly Token[], k: number): number {
  let i = k;
  if (RELATIVE_SEPARATORS.has(tokens[i]?.text ?? "")) i--;
  // "Sue Seedorff-Keninger, 62, who": an age between
  if (tokens[i]?.kind === "number" && tokens[i - 1]?.text === ",") i -= 2;
  if (tokens[i]?.text !== ")") return i;
  for (let j = i - 1; j >= 0 && i - j <= MAX_PARENTHESIS; j--) if (tokens[j]?.text === "(") return j - 1;
  return i;
}

/**
 * The person named first after "signed by" (or "written by") in the phrase the comma at `comma` closes, when the
 * sentence opens with a document's noun ("A letter …, signed by X and 30 other retired judges, said"): that person,
 * remembered in `anon` as the document's maker (2026-12-07, newsdev66). Else null.
 */
function documentSigner(doc: AnalyzedText, comma: number, anon: AnonymousMemory): SpeakerRef | null {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[comma]?.sentence ?? -1];
  if (!sentence) return null;
  const opener = /^(?:a|an|the)$/.test(tokens[sentence.first]?.lower ?? "") ? sentence.first + 1 : sentence.first;
  const noun = tokens[opener];
  if (!noun || !SPEAKING_DOCUMENTS.test(noun.lower)) return null;
  let q = comma - 1;
  while (q > opener && tokens[q]?.text !== ",") q--;
  if (!/^(?:signed|written)$/.test(tokens[q + 1]?.lower ?? "") || tokens[q + 2]?.lower !== "by") return null;
  for (let k = q + 3; k < comma; k++) {
    const m = doc.mentionByFirstToken.get(k);
    if (!m) continue;
    if (doc.entities.clusters[m.cluster]?.type !== "Person") return null;
    const ref = fromMention(doc, m);
    anon.set(noun.lower, { start: ref.start, end: ref.end, cluster: ref.cluster });
    return ref;
  }
  return null;
}

/** Names of offices whose work is audits and inspections ("Office of Inspector General", "… Audit Service"). */
const AUDITOR_NAMES = /\b(?:Inspector General|Auditor|Audit|Accountability Office|Comptroller)\b/;

/** The one organization named before `offset` whose name is an auditor's (`AUDITOR_NAMES`): its id, or undefined. */
function onlyAuditorBefore(doc: AnalyzedText, offset: number): number | undefined {
  const found = doc.entities.clusters.filter(
    (c) => c.type === "Organization" && AUDITOR_NAMES.test(c.name) && c.mentions.some((m) => m.end <= offset),
  );
  return found.length === 1 ? found[0]?.id : undefined;
}

/** Where the phrase of the organization mention ending at token k starts ("the" included), or `npFirst` when no longer. */
function organizationPhraseStart(doc: AnalyzedText, k: number, npFirst: number): number {
  const org = doc.mentionByLastToken.get(k);
  if (!org || org.first >= npFirst) return npFirst;
  // ("of the opposition Democratic Party": a modifier or two between "the" and the name)
  const modifiers = modifiersAfterThe(doc.tokens, org.first) ?? 0;
  return org.first - modifiers - (doc.tokens[org.first - modifiers - 1]?.lower === "the" ? 1 : 0);
}

/** "Frederick Fung of ADPL": the person mention right before "of|from|at" + the organization starting at `orgFirst`. */
function personOfOrganization(doc: AnalyzedText, orgFirst: number): Mention | undefined {
  // "Bambang Sutrisno of the Prosperous Justice Party said": the noun phrase may start at "the" (and a modifier
  // or two after it: "of the opposition Democratic Party")
  let the = doc.tokens[orgFirst]?.lower === "the" ? 1 : 0;
  while (the > 0 && the < 3 && !doc.mentionByFirstToken.has(orgFirst + the)) the++;
  const org = doc.mentionByFirstToken.get(orgFirst + the);
  if (!org || doc.entities.clusters[org.cluster]?.type !== "Organization") return undefined;
  if (!OF_AFFILIATION.has(doc.tokens[orgFirst - 1]?.lower ?? "")) return undefined;
  const person = doc.mentionByLastToken.get(orgFirst - 2);
  return person && doc.entities.clusters[person.cluster]?.type === "Person" ? person : undefined;
}

/**
 * The person named right after a comma (or opening the sentence) and right before "of" / "from" / "at" and a
 * phrase holding an organization that runs to the comma at `comma` ("…, Élodie Marchetti-Roux of the centrist
 * Renaissance party, said"), if any.
 */
function personBeforeOfPhrase(doc: AnalyzedText, comma: number): Mention | undefined {
  const { tokens } = doc;
  let organization = false;
  for (let q = comma - 1; q > 0 && comma - q <= 8; q--) {
    const t = tokens[q] as Token;
    if (t.text === "," || t.kind === "quote" || t.sentence !== tokens[comma]?.sentence) return undefined;
    const m = doc.mentionByFirstToken.get(q);
    if (m && m.last <= comma && doc.entities.clusters[m.cluster]?.type === "Organization") organization = true;
    if (!OF_AFFILIATION.has(t.lower)) continue;
    const person = doc.mentionByLastToken.get(q - 1);
    if (!organization || !person || doc.entities.clusters[person.cluster]?.type !== "Person") return undefined;
    const before = tokens[person.first - 1];
    return before?.text === "," || before?.sentence !== t.sentence ? person : undefined;
  }
  return undefined;
}

/**
 * "Jonathan Pierce-Abernathy of the Houston law firm Brightwater Kemp LLP": the person right before "of|from|at"
 * and a noun phrase starting at `npFirst` that resolved to an organization (`ref`) with descriptor words in front
 * of its name.
 */
function personOfDescribedOrganization(doc: AnalyzedText, npFirst: number, ref: SpeakerRef): Mention | undefined {
  if (ref.cluster === undefined || doc.entities.clusters[ref.cluster]?.type !== "Organization") return undefined;
  if (!OF_AFFILIATION.has(doc.tokens[npFirst - 1]?.lower ?? "")) return undefined;
  const person = doc.mentionByLastToken.get(npFirst - 2);
  return person && doc.entities.clusters[person.cluster]?.type === "Person" ? person : undefined;
}

/** Roles held "to" someone ("an aide to the leader", "an adviser to the president"): the role's holder speaks. */
const ROLES_TO: ReadonlySet<string> = new Set(
  "aide aides adviser advisers advisor advisors assistant spokesman spokeswoman spokesperson counsel consultant".split(
    " ",
  ),
);

/** Adjectives that tie a source to what follows "to" ("a person close to the family"). */
const LINKING_ADJECTIVES = new Set(["close", "closer", "closest", "loyal", "near"]);

/** Plural nouns of experts whose firm a name after "at" gives ("Analysts at Goldman Sachs"). */
const EXPERTS = /^(?:analysts|economists|strategists|researchers|scientists|experts)$/;

/** Prepositions after a noun phrase's head ("the spokesman for …", "an official in …"). */
// ("An independent inquiry into last summer's bushfires in New South Wales has found": "into" too, newsdev57)
const HEAD_PREPOSITIONS = new Set(["on", "in", "at", "from", "for", "with", "across", "around", "of", "into"]);

const OF_AFFILIATION = new Set(["of", "from", "at"]);

/** The speaker noun phrase that starts at token index `start` ("said Peter Roberts, director ..."). */
export function speakerStartingAt(doc: AnalyzedText, start: number, anon: AnonymousMemory): SpeakerRef | null {
  const { tokens } = doc;
  const first = tokens[start];
  if (!first) return null;
  const m = doc.mentionByFirstToken.get(start) ?? mentionCovering(doc, start);
  // ("according to Brazil’s Chico Mendes Institute for Biodiversity Conservation": the body a country's possessive owns)
  const owned =
    m && doc.entities.clusters[m.cluster]?.country && isPossessive(tokens[m.last])
      ? doc.mentionByFirstToken.get(m.last + 1)
      : undefined;
  if (owned && doc.entities.clusters[owned.cluster]?.type === "Organization") return fromMention(doc, owned);
  if (m) return fromMention(doc, personAfterOrganization(doc, m) ?? m);
  let k = start;
  while (k < tokens.length && k - start < MAX_NP) {
    const t = tokens[k] as Token;
    // "said the 46-year-old": a hyphen between two words with no space is inside the phrase
    // ("according to the farmers' union Coldiretti": a plural's bare apostrophe is inside the phrase)
    if ((isJoiningHyphen(tokens, k) || isBarePossessive(tokens, k)) && k > start) {
      k++;
      continue;
    }
    if (t.sentence !== first.sentence || t.kind === "punct" || t.kind === "quote" || isNounPhraseBoundary(t)) break;
    k++;
  }
  if (k === start) return null;
  // "…, said most of the group's members had recovered …": a lone quantifier after the verb opens its content
  if (k === start + 1 && DETERMINERS.has(first.lower)) return null;
  const described = resolveNounPhrase(doc, start, k - 1, anon) ?? personAfterTitles(doc, start);
  // "said the group's chair, Deborah A. Whitcombe, 71": the person the description names, the span both
  // ("said the mayor of Wandilla Shire Council, Cr Janine Pollard": past the organization the role is of)
  if (described?.anonymous !== undefined && /^(?:of|at|for)$/.test(tokens[k]?.lower ?? "")) {
    const org = doc.mentionByFirstToken.get(tokens[k + 1]?.lower === "the" ? k + 2 : k + 1);
    // (its acronym in brackets after it: "the general secretary of the Professional Footballers Association of
    // Ghana (PFAG), Kwame Asamoah-Darko")
    const bracketed = org && tokens[org.last]?.text === "(" && tokens[org.last + 2]?.text === ")" ? 3 : 0;
    if (
      org &&
      doc.entities.clusters[org.cluster]?.type === "Organization" &&
      tokens[org.last + bracketed]?.text === ","
    )
      k = org.last + bracketed;
    // ("the council’s director of works, Eng. Tafadzwa Mlambo": a portfolio of a word or two)
    else if (
      tokens[k]?.lower === "of" &&
      [2, 3].some(
        (n) => tokens[k + n]?.text === "," && tokens.slice(k + 1, k + n).every((t) => t.kind === "word" && !t.cap),
      )
    )
      k = tokens[k + 2]?.text === "," ? k + 2 : k + 3;
    // ("the European Space Agency's mission manager for CryoSat-2, Dr. Henrike Vollmer": what the role is for, a
    // few words of any kind, before the comma and the person's name)
    else if (tokens[k]?.lower === "for") {
      const comma = [2, 3, 4, 5].find(
        (n) =>
          tokens[k + n]?.text === "," &&
          tokens
            .slice(k + 1, k + n)
            .every((t) => t.sentence === first.sentence && t.kind !== "quote" && t.text !== ","),
      );
      if (comma !== undefined) k += comma;
    }
  }
  if (described?.anonymous !== undefined && tokens[k]?.text === ",") {
    // (a title the mention leaves out may stand first: "the trust's country director, Rev. Samuel Ekai Lokwang")
    const named = [1, 2, 3]
      .map((n) => doc.mentionByFirstToken.get(k + n))
      .find((x, n) => x !== undefined && tokens.slice(k + 1, k + 1 + n).every((t) => t.cap || t.text === "."));
    if (named && doc.entities.clusters[named.cluster]?.type === "Person")
      return { start: described.start, end: named.end, cluster: named.cluster };
  }
  return described;
}

/** Words a run of titles may hold besides capitalized ones and role heads. */
const TITLE_RUN_WORDS = new Set(["former", "and", "of", "the", "then", "vice", "deputy", "acting", "ex"]);
const MAX_TITLE_RUN = 14;

/**
 * "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": a person
 * whose name closes a run of titles (capitalized words, role heads, "former", "and", "of" and the
 * periods of abbreviated titles) that the noun phrase alone stops short of, at "and" or at "Gov.".
 * Only a name that ends the phrase (a comma, a period or the sentence's end after it) is taken.
 */
function personAfterTitles(doc: AnalyzedText, start: number): SpeakerRef | null {
  const { tokens } = doc;
  for (let k = start; k < tokens.length && k - start < MAX_TITLE_RUN; k++) {
    const t = tokens[k] as Token;
    const named = doc.mentionByFirstToken.get(k);
    if (named && k > start && doc.entities.clusters[named.cluster]?.type === "Person") {
      const after = tokens[named.last + 1];
      const ends = !after || after.text === "," || after.text === "." || after.sentence !== t.sentence;
      return ends ? fromMention(doc, named) : null;
    }
    const abbreviation = t.text === "." && /^[A-Z][a-z]{0,3}$/.test(tokens[k - 1]?.text ?? "") && k > start;
    const titleWord = t.kind === "word" && (t.cap || TITLE_RUN_WORDS.has(t.lower) || ROLE_HEADS.has(t.lower));
    if (!abbreviation && !titleWord) return null;
  }
  return null;
}

/**
 * "said European Council President Donald Tusk", "PolitiFact Executive Director Aaron Sharockman
 * responded": an organization whose next mention is a person with a title in front, with nothing
 * between them but that title. The person is the speaker.
 */
function personAfterOrganization(doc: AnalyzedText, m: Mention): Mention | undefined {
  if (doc.entities.clusters[m.cluster]?.type !== "Organization") return undefined;
  const mentions = doc.entities.mentions;
  const next = mentions[mentionAtOrAfter(mentions, m.end)];
  if (!next || doc.entities.clusters[next.cluster]?.type !== "Person") return undefined;
  // (an honorific is no title of office: "said ELOG's chairperson, Dr Amina Jeptoo Kirui", newsdev71)
  if (next.title && !HONORIFICS.has(next.title))
    return /^\s+$/.test(doc.text.slice(m.end, next.start)) ? next : undefined;
  // "said Qingfeng chief executive Li Na", "Almagro coach José Luis Ferreyra": lower-case role words between
  // ("said Ridgeline’s general counsel, Paul Everhart": after the organization's possessive, before the name's comma)
  const between = doc.text.slice(m.end, next.start).trim();
  const appositive = /^['’]s?\s/.test(between) && between.endsWith(",");
  const written = (appositive ? between.replace(/^['’]s?\s+/, "").slice(0, -1) : between).split(/\s+/);
  // ("said BC Ferries’ director of fleet operations, Harjit Sandhu": the role's head before its "of", in the appositive)
  const of = appositive ? written.findIndex((w) => w === "of" || w === "for") : -1;
  const words = of > 0 ? written.slice(0, of) : written;
  const roleWords = words.length <= 4 && words.every((w) => /^\p{Ll}[\p{L}-]*$/u.test(w) && !FUNCTION_WORDS.has(w));
  const field = of < 0 || written.slice(of + 1).every((w) => /^\p{Ll}[\p{L}-]*$/u.test(w) && written.length - of <= 4);
  // ("said IPMA meteorologist Cláudia Raposo Leal": a specialist's job noun by its ending too, newsdev72)
  return roleWords && field && isRoleHead(words.at(-1) ?? "") ? next : undefined;
}

function mentionCovering(doc: AnalyzedText, index: number): Mention | undefined {
  const t = doc.tokens[index];
  if (!t) return undefined;
  // a title in front of the name: "President Trump" starts at the title token
  const mentions = doc.entities.mentions;
  for (let i = mentionAtOrAfter(mentions, t.start - MAX_MENTION_CHARS); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start <= t.start && m.end > t.start) return m;
    if (m.start > t.end) break;
  }
  return undefined;
}

/** The noun phrase that ends at token `end` (inclusive): a pronoun, or up to eight words back to a determiner. */
export function nounPhraseEndingAt(
  tokens: Token[],
  end: number,
  sentence: number,
): { first: number; last: number } | null {
  let i = end;
  const endTok = tokens[end];
  if (endTok?.kind !== "word" || endTok.sentence !== sentence) return null;
  if (isNounPhraseBoundary(endTok) && !PRONOUNS.get(endTok.lower)) return null;
  while (i > 0 && end - i < MAX_NP) {
    const prev = tokens[i - 1] as Token;
    if (prev.sentence !== sentence) break;
    if (possessiveAt(tokens, i - 1)) {
      i--;
      continue;
    }
    // "the 46-year-old said": the number and the hyphen before "year-old" are the phrase's
    if (isJoiningHyphen(tokens, i - 1) && i - 2 >= 0) {
      i--;
      continue;
    }
    if (prev.kind !== "word" && prev.kind !== "number") break;
    if (isNounPhraseBoundary(prev) || PRONOUNS.get(prev.lower) || (AUX_ADVERBS.has(prev.lower) && !prev.cap)) break;
    i--;
    if (DETERMINERS.has(prev.lower)) break;
  }
  if (PRONOUNS.get(endTok.lower)) return { first: end, last: end };
  return { first: i, last: end };
}

/** True when tokens[k] marks a possessive: "’s" ("Trump’s") or a bare apostrophe ("Sanders’"). */
function possessiveAt(tokens: readonly Token[], k: number): boolean {
  return isPossessive(tokens[k]) || isBarePossessive(tokens, k);
}

/** Documents a party files besides those it makes (`MADE_DOCUMENTS`), which speak for it too ("the group's complaint"). */
const FILED_DOCUMENTS = /^(?:complaint|lawsuit|suit|petition|motion|brief|records|figures|data|plan|proposal)$/;

/**
 * The organization whose description owns the document phrase tokens[first..last] with a possessive ("The group’s"
 * → the group the article introduced); null when the owner is none, a person, or a country.
 */
function documentOwner(doc: AnalyzedText, first: number, last: number, anon: AnonymousMemory): SpeakerRef | null {
  const { tokens } = doc;
  for (let k = first + 1; k < last; k++) {
    if (!possessiveAt(tokens, k)) continue;
    // ("The group’s": the possessive's own token, or the noun's bare apostrophe: "The members' count")
    const ownerLast = /^['’]s?$/.test(tokens[k]?.text ?? "") ? k - 1 : k;
    if (ownerLast < first) return null;
    const owner = resolveNounPhrase(doc, first, ownerLast, anon);
    const c = owner?.cluster !== undefined ? doc.entities.clusters[owner.cluster] : undefined;
    return c?.type === "Organization" && !c.country && owner ? owner : null;
  }
  return null;
}

/** The nouns `ad-makers.ts` remembers an ad under (singular). */
const AD_NOUN_WORDS = ["ad", "advert", "advertisement", "commercial", "spot"];
/** The voice of an ad ("the ad's narrator"). */
const AD_VOICES = new Set(["narrator", "voice", "announcer", "voiceover", "voice-over"]);

/** Documents an organization makes, which speak for it ("a CNN poll", "the CBO report"). */
// ("According to the commission's findings, …", 2026-12-07, newsdev51; "the department’s latest Blue Drop assessment",
// newsdev52)
const MADE_DOCUMENTS =
  /^(?:survey|poll|report|study|analysis|audit|review|filing|forecast|estimate|tally|count|memo|statement|findings|assessment)$/;

/**
 * The person whose name opens the sentence of the comma at token `comma`, set off by a comma and a description ("a
 * spokesman for …") that runs to that comma with no other person and no verb of saying in it.
 */
function personOpening(doc: AnalyzedText, comma: number): Mention | undefined {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[comma]?.sentence ?? -1];
  if (!sentence) return undefined;
  const dash = datelineDash(tokens, sentence.first, sentence.last);
  const first = dash >= 0 ? dash + 1 : sentence.first;
  const person = doc.mentionByFirstToken.get(first);
  if (!person || doc.entities.clusters[person.cluster]?.type !== "Person" || tokens[person.last]?.text !== ",")
    return undefined;
  if (!/^(?:a|an)$/.test(tokens[person.last + 1]?.lower ?? "")) return undefined;
  for (let k = person.last + 1; k < comma; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "quote" || (cueOf(t.lower) && !t.cap && !ROLE_NOUNS.has(t.lower))) return undefined;
    const m = doc.mentionByFirstToken.get(k);
    // (a person's possessive may stand in the description: "Kowalczyk's campaign committee")
    if (m && doc.entities.clusters[m.cluster]?.type === "Person" && !isPossessive(tokens[m.last])) return undefined;
  }
  return person;
}

/**
 * "the prosecutor’s office" (tokens [first, last]): the one organization of the article whose name ends in the role's
 * possessive and "Office" ("… Public Prosecutor’s Office") or is "Office of the …" that role.
 */
function roleOffice(doc: AnalyzedText, first: number, last: number): Cluster | undefined {
  const { tokens } = doc;
  if (tokens[first]?.lower !== "the" || last !== first + 3 || !isPossessive(tokens[first + 2])) return undefined;
  const role = (tokens[first + 1] as Token).lower;
  // (any office so named counts against the one: "… Prosecutor’s Office in Čačak" beside "… Prosecutor’s Office")
  const holds = new RegExp(`\\b${role}['’]s office\\b|^office of the (?:\\w+ )*${role}\\b`, "i");
  const named = doc.entities.clusters.filter((c) => c.type === "Organization" && holds.test(c.name));
  return named.length === 1 && /office$/i.test(named[0]?.name ?? "") ? named[0] : undefined;
}

/** Kinds of organization no one calls "the agency". */
const NO_AGENCY_KINDS = new Set(["company", "party", "media", "union", "court", "legislature", "team", "university"]);

/**
 * The organization that opens (past an opening phrase) the sentence before the one of token `at`, in the same
 * paragraph, when its kind may be called "the agency".
 */
function previousSubjectBody(doc: AnalyzedText, at: number): Cluster | undefined {
  const { tokens } = doc;
  const own = doc.sentences[tokens[at]?.sentence ?? -1];
  const previous = own ? doc.sentences[own.index - 1] : undefined;
  if (!own || !previous || previous.paragraph !== own.paragraph) return undefined;
  let k = pastOpeningPhrase(tokens, previous);
  if (tokens[k]?.lower === "the") k++;
  const m = doc.mentionByFirstToken.get(k);
  const c = m ? doc.entities.clusters[m.cluster] : undefined;
  return c?.type === "Organization" && !c.country && !NO_AGENCY_KINDS.has(c.kind ?? "") ? c : undefined;
}

/** "gave his name only as", "gave only her first name," right before token `first`. */
function givenNameBefore(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === "as") k--;
  if (tokens[k]?.lower === "only") k--;
  if (tokens[k]?.lower !== "name") return false;
  k--;
  if (tokens[k]?.lower === "first") k--;
  if (/^(?:his|her|their)$/.test(tokens[k]?.lower ?? "")) k--;
  if (tokens[k]?.lower === "only") k--;
  return /^(?:gave|give|gives|giving)$/.test(tokens[k]?.lower ?? "");
}

/** How many sentences back "its report" may stand from "The report said". */
const ITS_DOCUMENT_SENTENCES = 3;

/**
 * "… delivered its 340-page report to …" in one of the sentences before token `before`: the organization that opens
 * that sentence (past an opening phrase), when "its" and at most three modifiers stand before the document's noun.
 */
function itsDocumentOwner(doc: AnalyzedText, noun: string, before: number): number | undefined {
  const { tokens } = doc;
  const sentence = tokens[before]?.sentence ?? 0;
  for (let k = before - 1; k >= 0 && (tokens[k]?.sentence ?? 0) >= sentence - ITS_DOCUMENT_SENTENCES; k--) {
    if (tokens[k]?.lower !== noun) continue;
    let j = k - 1;
    while (
      j > k - 4 &&
      j >= 0 &&
      tokens[j]?.lower !== "its" &&
      (tokens[j]?.kind === "word" || tokens[j]?.kind === "number" || tokens[j]?.text === "-") &&
      !tokens[j]?.cap
    )
      j--;
    if (tokens[j]?.lower !== "its") continue;
    return organizationOpening(doc, tokens[j]?.sentence ?? -1);
  }
  return undefined;
}

/** The organization (no country) whose mention opens sentence `index`, past an opening phrase and "the": its id. */
function organizationOpening(doc: AnalyzedText, index: number): number | undefined {
  const s = doc.sentences[index];
  if (!s) return undefined;
  let at = pastOpeningPhrase(doc.tokens, s);
  if (doc.tokens[at]?.lower === "the") at++;
  const m = doc.mentionByFirstToken.get(at);
  const c = m ? doc.entities.clusters[m.cluster] : undefined;
  return c?.type === "Organization" && !c.country ? c.id : undefined;
}

/** Nouns of a political or commercial advertisement. */
const AD_NOUNS = /^(?:ad|ads|advertisement|advertisements|spot|spots|commercial|commercials)$/;

/** Verbs of putting ads on the air ("began airing … ads", "is running ads", "launched an ad"). */
const AIRING_VERBS =
  /^(?:airing|aired|air|airs|running|runs|ran|launched|launches|launching|released|unveiled|placed)$/;

/**
 * The organization that opens a sentence (of the three before token `before`) in which an airing verb puts ads
 * on the air within five words ("The American Hospital Association began airing television and digital ads"): its
 * cluster id, or undefined.
 */
function adSponsor(doc: AnalyzedText, before: number): number | undefined {
  const { tokens } = doc;
  const sentence = tokens[before]?.sentence ?? 0;
  for (let k = before - 1; k >= 0 && (tokens[k]?.sentence ?? 0) >= sentence - ITS_DOCUMENT_SENTENCES; k--) {
    if (!AD_NOUNS.test(tokens[k]?.lower ?? "")) continue;
    let aired = false;
    for (let j = k - 1; j >= Math.max(0, k - 5) && !aired; j--) aired = AIRING_VERBS.test(tokens[j]?.lower ?? "");
    if (!aired) continue;
    return organizationOpening(doc, tokens[k]?.sentence ?? -1);
  }
  return undefined;
}

/** Verbs of making a document, in the past, after its maker in a relative clause ("which X filed"). */
const MAKING_VERBS = /^(?:filed|released|wrote|issued|published|sent|signed|submitted|commissioned|prepared|drafted)$/;

/** Most tokens from a document's participle to its "by" ("filed with the Tamarack County Clerk's Office by"). */
const MAX_FILED_WITH = 12;

/**
 * ", which Attorney General Dana Whitfield filed …" or ", filed by Derek Mulvaney" right after the document phrase
 * ending at token `last`: the maker's cluster (a person or an organization, not a country), else undefined.
 */
export function makerInRelative(doc: AnalyzedText, last: number): number | undefined {
  const { tokens } = doc;
  if (tokens[last + 1]?.text !== ",") return undefined;
  // ("The complaint, filed by Derek Mulvaney, a retired science teacher …, says …": a participle and "by", newsdev57)
  // ("The petition, filed with the Tamarack County Clerk's Office by the group Yes for …, says": past where it was
  // filed, 2026-12-08, newsdev87)
  if (MAKING_VERBS.test(tokens[last + 2]?.lower ?? "")) {
    let byAt = last + 3;
    while (byAt < last + MAX_FILED_WITH && tokens[byAt] && tokens[byAt]?.lower !== "by" && tokens[byAt]?.text !== ",")
      byAt++;
    if (tokens[byAt]?.lower === "by") {
      const by = tokens[byAt + 1];
      const m = by ? doc.entities.mentions[mentionAtOrAfter(doc.entities.mentions, by.start)] : undefined;
      const c = m && m.first - (byAt + 1) <= 3 ? doc.entities.clusters[m.cluster] : undefined;
      return c && !c.country ? c.id : undefined;
    }
  }
  if (tokens[last + 2]?.lower !== "which") return undefined;
  const from = tokens[last + 3];
  // (the maker's mention holds its title: "Attorney General Dana Whitfield")
  const m = from ? doc.entities.mentions[mentionAtOrAfter(doc.entities.mentions, from.start)] : undefined;
  if (!m || m.first - (last + 3) > 3 || !MAKING_VERBS.test(tokens[m.last]?.lower ?? "")) return undefined;
  const c = doc.entities.clusters[m.cluster];
  return c && !c.country ? c.id : undefined;
}

/** "’s editorial board", "’s editors", "’s editorial page": the words after an organization's possessive that are its voice. */
function editorialVoice(tokens: readonly Token[], orgLast: number, last: number): boolean {
  const words = tokens
    .slice(orgLast + (isPossessive(tokens[orgLast]) ? 1 : 0), last + 1)
    .map((t) => t.lower)
    .join(" ");
  return /^(?:editorial board|editors|editorial page|editorial page editors|editorial writers)$/.test(words);
}

/** The one campaign committee of the article whose candidate is `person` (`committeeCandidate`), if one is. */
function campaignCommittee(doc: AnalyzedText, person: Cluster): Cluster | undefined {
  const committees = doc.entities.clusters.filter((c) => committeeCandidate(doc.entities.clusters, c) === person);
  return committees.length === 1 ? committees[0] : undefined;
}

/** The one organization (no country) named before `offset` whose name's words hold both `modifier` and `noun`. */
function organizationWithWords(doc: AnalyzedText, modifier: string, noun: string, offset: number): Cluster | undefined {
  const found = doc.entities.clusters.filter((c) => {
    if (c.type !== "Organization" || c.country || !c.mentions.some((m) => m.start < offset)) return false;
    const words = c.name.toLowerCase().split(/\s+/);
    return words.includes(modifier) && words.includes(noun);
  });
  return found.length === 1 ? found[0] : undefined;
}

/** "Her campaign said": the gender of a possessive pronoun that opens a described source. */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, "m" | "f"> = new Map([
  ["his", "m"],
  ["her", "f"],
]);

/** True when tokens[k] is a hyphen written between two words or numbers with no space ("46-year-old"). */
function isJoiningHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (t?.text !== "-" || !before || !after) return false;
  if (before.end !== t.start || after.start !== t.end) return false;
  return (before.kind === "word" || before.kind === "number") && (after.kind === "word" || after.kind === "number");
}

/** A mention as a speaker: its span and, when it has one, its entity. */
export function fromMention(_doc: AnalyzedText, m: Mention): SpeakerRef {
  const ref: SpeakerRef = { start: m.start, end: m.end };
  if (m.cluster >= 0) ref.cluster = m.cluster;
  return ref;
}

/**
 * "The central bank said … . It also said …": a sentence-initial "it" that speaks is the organization the
 * sentence before opens with — named ("Volta Mobile said …") or described ("The central bank …", the one
 * the article names of that kind), perhaps after an opening phrase ("In a statement, the ministry said …") —
 * not a country's, and not when that sentence opens with anything else.
 */
function documentSubjectBefore(doc: AnalyzedText, at: number, anon: AnonymousMemory): number | undefined {
  const { tokens } = doc;
  const it = tokens[at] as Token;
  if (tokens[at - 1]?.sentence === it.sentence) return undefined;
  const previous = doc.sentences[it.sentence - 1];
  if (!previous || tokens[previous.first]?.lower !== "the") return undefined;
  for (let k = previous.first + 1; k < previous.last && k <= previous.first + 4; k++) {
    const t = tokens[k] as Token;
    if (t.cap || t.kind === "quote" || (t.kind === "punct" && t.text !== "-")) return undefined;
    const maker = anon.get(t.lower)?.cluster;
    if (maker !== undefined) return maker;
  }
  return undefined;
}

function subjectOrganizationBefore(doc: AnalyzedText, at: number): Cluster | undefined {
  const { tokens } = doc;
  const it = tokens[at] as Token;
  // ("Data from the flight recorders showed no mechanical fault, it said.": a tail's "it" reads back the same)
  // ('"Every contact was tracked," it said.': after a quotation's closing mark too)
  const before = tokens[at - 1]?.kind === "quote" ? tokens[at - 2] : tokens[at - 1];
  const tail = before?.text === "," && cueOf(tokens[at + 1]?.lower ?? "") !== undefined;
  if (tokens[at - 1]?.sentence === it.sentence && !tail) return undefined;
  const previous = doc.sentences[it.sentence - 1];
  if (!previous) return undefined;
  // "In a statement, the ministry said … . It blamed …": past an opening phrase to the subject
  let k = pastOpeningPhrase(tokens, previous);
  const opening = k;
  if (tokens[k]?.lower === "the") k++;
  let m = doc.mentionByFirstToken.get(k);
  // ("In a statement, Egypt's Foreign Ministry called …. It said …": past a country's possessive to its body)
  if (m && doc.entities.clusters[m.cluster]?.country && isPossessive(tokens[m.last])) {
    k = m.last + 1;
    m = doc.mentionByFirstToken.get(k);
  }
  const named = m ? doc.entities.clusters[m.cluster] : undefined;
  if (named?.type === "Organization" && !named.country) return named;
  // ("The group, the Keystone Accountability Project, asked …. Its complaint says …")
  const set = m ? undefined : nameSetOffAfter(doc, k);
  if (set) return doc.entities.clusters[set.cluster];
  // ("Prices … have fallen …, according to the farmers' union Coldiretti. It said …": the organization the sentence
  // before was according to, when no organization opens it)
  const source = accordingToOrganization(doc, previous.first, previous.last) ?? tailOrganization(doc, previous);
  if (source) return source;
  if (named || k === opening) return undefined;
  const noun = tokens[k + 1] && describesKind(tokens[k] as Token) ? (tokens[k + 1] as Token) : (tokens[k] as Token);
  if (noun.cap || noun.kind !== "word") return undefined;
  return describedOrganization(doc.entities.clusters, noun.lower, noun.start);
}

/**
 * "The group, Clean Congress Georgia, has reserved …", "The group, the Keystone Accountability Project, asked …": the
 * organization's mention (no country) set off by commas right after the description's noun at token `noun`.
 */
export function nameSetOffAfter(doc: AnalyzedText, noun: number): Mention | undefined {
  const { tokens } = doc;
  if (tokens[noun + 1]?.text !== ",") return undefined;
  const set = doc.mentionByFirstToken.get(tokens[noun + 2]?.lower === "the" ? noun + 3 : noun + 2);
  const c = set ? doc.entities.clusters[set.cluster] : undefined;
  return set && c?.type === "Organization" && !c.country && tokens[set.last]?.text === "," ? set : undefined;
}

/** Most tokens between a tail's comma and its organization's name ("…, the industry body Canegrowers said"). */
const MAX_TAIL_DESCRIPTION = 5;

/**
 * "Queensland's mills crushed 27.1 million tonnes …, the industry body Canegrowers said on Tuesday. It blamed …": the
 * organization (no country) that speaks in the tail of sentence `s` — named right before a verb of saying that a
 * comma and a few words of description precede.
 */
function tailOrganization(doc: AnalyzedText, s: { first: number; last: number }): Cluster | undefined {
  const { tokens } = doc;
  for (let i = s.last - 1; i > s.first + 1; i--) {
    const t = tokens[i] as Token;
    if (t.kind !== "word" || !QUOTE_CUES.has(cueOf(t.lower)?.base ?? "")) continue;
    // ("…, the Vietnam Food Association (VFA) said on Friday.": its short name in brackets between)
    const bracketed = tokens[i - 1]?.text === ")" && tokens[i - 3]?.text === "(";
    const m = doc.mentionByLastToken.get(bracketed ? i - 4 : i - 1);
    const c = m ? doc.entities.clusters[m.cluster] : undefined;
    if (!m || c?.type !== "Organization" || c.country) return undefined;
    for (let k = m.first - 1; k >= s.first && m.first - k <= MAX_TAIL_DESCRIPTION + 1; k--) {
      const w = tokens[k] as Token;
      if (w.text === ",") return c;
      if (w.kind !== "word" || w.cap) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The organization (no country) named within five words after "according to" in tokens [first, last), the name
 * closing the sentence or set off by a comma: "…, according to the farmers' union Coldiretti."
 */
function accordingToOrganization(doc: AnalyzedText, first: number, last: number): Cluster | undefined {
  const { tokens } = doc;
  for (let k = first; k + 1 < last; k++) {
    if (tokens[k]?.lower !== "according" || tokens[k + 1]?.lower !== "to") continue;
    // ("…, according to the institute. …, it said.": the one organization the article describes so, closing the
    // sentence, newsdev61)
    const noun = tokens[k + 3];
    if (tokens[k + 2]?.lower === "the" && noun?.kind === "word" && !noun.cap && k + 4 >= last - 1) {
      const described = describedOrganization(doc.entities.clusters, noun.lower, noun.start);
      if (described && !described.country) return described;
    }
    for (let j = k + 2; j < last && j <= k + 7; j++) {
      const m = doc.mentionByFirstToken.get(j);
      if (!m) continue;
      const c = doc.entities.clusters[m.cluster];
      // (or its appositive follows: "…, according to figures published on Tuesday by Salmon Scotland, the industry's
      // trade body.")
      const closes = m.last >= last - 1 || /^[.,]$/.test(tokens[m.last]?.text ?? "");
      return c?.type === "Organization" && !c.country && closes ? c : undefined;
    }
  }
  return undefined;
}

/** Words that open a phrase before a sentence's subject ("In a statement, …", "On Tuesday, …"). */
const OPENING_PREPOSITIONS = new Set([
  ...["in", "on", "at", "after", "earlier", "later", "late", "last", "speaking"],
  // ("Under him, the department equipped …")
  ...["under", "since", "before", "during", "until", "by", "from", "over", "for", "this"],
]);
/** Most tokens of an opening phrase before its comma. */
const MAX_OPENING_PHRASE = 8;

/**
 * Where the clause of sentence `s` starts past an opening phrase and its comma ("In a statement, the ministry said
 * …", "Under him, the department equipped …"): the token after the comma, else the sentence's first.
 */
export function pastOpeningPhrase(tokens: readonly Token[], s: { first: number; last: number }): number {
  // ("ÍSAFJÖRÐUR, Iceland — The authority said …": past a wire dateline first)
  const dash = datelineDash(tokens, s.first, s.last);
  const k = dash >= 0 && dash + 1 < s.last ? dash + 1 : s.first;
  if (!OPENING_PREPOSITIONS.has(tokens[k]?.lower ?? "")) return k;
  let comma = k + 1;
  while (comma < s.last && comma - k <= MAX_OPENING_PHRASE && tokens[comma]?.text !== ",") comma++;
  if (tokens[comma]?.text !== ",") return k;
  // ("In a statement read on the state broadcaster, the Malawi Broadcasting Corporation (MBC), the ministry said":
  // the phrase's last noun set off by an appositive name, newsdev59)
  const the = tokens[comma + 1]?.lower === "the" ? comma + 2 : comma + 1;
  let close = the;
  while (close < s.last && close - the <= 6 && (tokens[close]?.cap || tokens[close]?.kind !== "word")) {
    if (tokens[close]?.text === ",") break;
    close++;
  }
  // (a name with its article, "the Malawi Broadcasting Corporation": not the subject set off after a bare opening
  // phrase, "In a statement, DICAPI, the Peruvian Navy's coast guard directorate, denied …")
  const appositive =
    the === comma + 2 &&
    !tokens[comma - 1]?.cap &&
    tokens[the]?.cap &&
    close > the &&
    tokens[close]?.text === "," &&
    close + 1 < s.last;
  return appositive ? close + 1 : comma + 1;
}

/** Modifiers that say which kind of organization a noun is ("the central bank", "the state broadcaster"). */
const KIND_MODIFIERS = new Set(
  "central national federal state regional provincial local municipal ruling governing opposition parent state-owned".split(
    " ",
  ),
);

/**
 * A nationality adjective in the singular ("Swiss", "Iranian"); not its plural ("Iranians", "Americans": the
 * people, the country as a speaker).
 */
function singularNationality(text: string): boolean {
  if (countryOf(text)?.form !== "adjective") return false;
  return !(text.endsWith("s") && countryOf(text.slice(0, -1))?.form === "adjective");
}

/** A word between "the" and an organization noun that keeps the noun's one referent: a kind, or a nationality. */
function describesKind(t: Token): boolean {
  if (KIND_MODIFIERS.has(t.lower)) return true;
  return t.cap && countryOf(t.text)?.form === "adjective";
}

/**
 * Resolves the noun phrase tokens[first..last] to a speaker: a named entity (the person in it
 * first, "Stein spokeswoman Melezia Figueroa"), a pronoun, the organization of a plural role
 * ("White House officials"), or an unnamed source described by a role noun.
 */
export function resolveNounPhrase(
  doc: AnalyzedText,
  first: number,
  last: number,
  anon: AnonymousMemory,
): SpeakerRef | null {
  const { tokens } = doc;
  const startTok = tokens[first] as Token;
  const endTok = tokens[last] as Token;
  const head = endTok.lower;
  if (first === last && PRONOUNS.get(head)) {
    const ref: SpeakerRef = { start: endTok.start, end: endTok.end };
    const g = PRONOUNS.get(head);
    if (g === "m" || g === "f") {
      const c = resolveSourcePronoun(doc, endTok.start, g);
      if (c) ref.cluster = c.id;
    } else if (head === "it") {
      const c = subjectOrganizationBefore(doc, first);
      if (c) ref.cluster = c.id;
      // ("The 26-page plan argues …. It says …": the document the sentence before opened with, its maker's)
      else {
        const maker = documentSubjectBefore(doc, first, anon);
        if (maker !== undefined) ref.cluster = maker;
      }
    }
    return ref;
  }
  // "A Senate Republican aide familiar with the talks", "a Ridgeline pharmacist in Morristown": an indefinite
  // description whose role noun a postmodifier follows is an unnamed source, not the body that qualifies the role
  const unnamed = INDEFINITES.has(startTok.lower) ? roleBeforePostmodifier(tokens, first + 1, last) : -1;
  if (unnamed >= 0) {
    const ref: SpeakerRef = {
      start: startTok.start,
      end: endTok.end,
      anonymous: doc.text.slice((tokens[first + 1] as Token).start, endTok.end),
    };
    if (!anon.has((tokens[unnamed] as Token).lower)) anon.set((tokens[unnamed] as Token).lower, ref);
    return ref;
  }
  // mentions inside the phrase
  let person: Mention | undefined;
  let org: Mention | undefined;
  const mentions = doc.entities.mentions;
  for (let i = mentionAtOrAfter(mentions, startTok.start - MAX_MENTION_CHARS); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.end <= startTok.start) continue;
    if (m.start >= endTok.end) break;
    const c = doc.entities.clusters[m.cluster];
    if (!c) continue;
    if (c.type === "Person") person = m;
    else org = m;
  }
  if (person && person.end >= endTok.end - 1) return fromMention(doc, person);
  // ("School boards say …": an organization's noun capitalised only because it opens the sentence, then lower-case
  // words ending in a plural, is an unnamed group, not an organization "School", 2026-12-07, newsdev82)
  if (
    (org === undefined || (org.start === startTok.start && org.last - org.first === 1)) &&
    person === undefined &&
    last > first &&
    tokens[first - 1]?.sentence !== startTok.sentence &&
    ORG_NOUNS.has(startTok.lower) &&
    /[a-z]s$/.test(endTok.text) &&
    tokens.slice(first + 1, last + 1).every((t) => t.kind === "word" && !t.cap)
  )
    return { start: startTok.start, end: endTok.end, anonymous: doc.text.slice(startTok.start, endTok.end) };
  // "The group’s 41-page complaint argues …", "according to the cooperative’s own count": a document an
  // organization's description owns speaks for the organization, the whole phrase its mention (newsdev26 vq03)
  const owned = MADE_DOCUMENTS.test(head) || FILED_DOCUMENTS.test(head);
  // ("The group, the Keystone Accountability Project, asked the commission to investigate. Its complaint says …": a
  // sentence's "Its" document, the organization the sentence before opens with)
  const its = /^(?:its|their)$/.test(startTok.lower)
    ? first
    : /^(?:its|their)$/.test(tokens[first - 1]?.lower ?? "")
      ? first - 1
      : -1;
  if (owned && its >= 0 && last - its <= 3) {
    const org = subjectOrganizationBefore(doc, its);
    if (org) return { start: (tokens[its] as Token).start, end: endTok.end, cluster: org.id };
  }
  // ("The 112-page complaint, which Attorney General Dana Whitfield filed in …, says …": the one the relative clause
  // right after the document says made it, newsdev57)
  const maker = owned ? makerInRelative(doc, last) : undefined;
  if (maker !== undefined) {
    // (and "according to an ethics complaint filed this week" in the lead is the same maker's: `lead-descriptions.ts`)
    if (anon.get(head)?.cluster === undefined)
      anon.set(head, { start: startTok.start, end: endTok.end, cluster: maker });
    return { start: startTok.start, end: endTok.end, cluster: maker };
  }
  const owner = !person && !org && owned ? documentOwner(doc, first, last, anon) : null;
  if (owner) return { ...owner, start: startTok.start, end: endTok.end };
  // "A Pemberton University Polling Institute survey released Tuesday found …", "a CNN poll found": a document
  // its maker's name modifies speaks for the maker
  if (
    org &&
    !person &&
    org.last === last &&
    MADE_DOCUMENTS.test(head) &&
    doc.entities.clusters[org.cluster]?.country !== true
  )
    return { ...fromMention(doc, org), start: startTok.start, end: endTok.end };
  // "Trump’s leaks worried …": a possessor is not the subject; "Trump’s campaign said" is described
  let possessed = false;
  for (let k = first; k < last; k++) if (possessiveAt(tokens, k)) possessed = true;
  // "Spain’s Workers’ Commissions (CCOO) union said", "Spain’s Unia union said": a country's possessive, then
  // an organization named right before its descriptor
  if (
    possessed &&
    org &&
    !endTok.cap &&
    ORG_DESCRIPTORS.get(head) !== undefined &&
    (org.last === last || (org.last === last - 3 && tokens[last - 3]?.text === "(")) &&
    doc.entities.clusters[org.cluster]?.country !== true
  )
    return { ...fromMention(doc, org), start: startTok.start, end: endTok.end };
  // "The Philadelphia Inquirer’s editorial board wrote": a paper's editorial board, or its editors, speak as the paper
  if (
    possessed &&
    org &&
    editorialVoice(tokens, org.last, last) &&
    doc.entities.clusters[org.cluster]?.country !== true
  )
    return { ...fromMention(doc, org), start: startTok.start, end: endTok.end };
  // ("“…,” the narrator says over footage of the Senate floor" after "The 30-second spot, paid for by X,": the voice
  // of the one ad the article has introduced, when all its ads are one maker's)
  if (startTok.lower === "the" && last === first + 1 && AD_VOICES.has(head)) {
    const makers = new Set(AD_NOUN_WORDS.map((noun) => anon.get(noun)?.cluster).filter((c) => c !== undefined));
    if (makers.size === 1) return { start: startTok.start, end: endTok.end, cluster: [...makers][0] as number };
  }
  // "the ad's narrator says": the voice of an ad speaks for the one who runs it (`ad-makers.ts`)
  if (
    possessed &&
    startTok.lower === "the" &&
    last === first + 3 &&
    possessiveAt(tokens, first + 2) &&
    AD_VOICES.has(head)
  ) {
    const maker = anon.get(tokens[first + 1]?.lower ?? "");
    if (maker?.cluster !== undefined) return { start: startTok.start, end: endTok.end, cluster: maker.cluster };
  }
  // ("The prosecutor’s office rejected …" beside the Istanbul Chief Public Prosecutor’s Office: the one office the
  // article names whose name ends in the role's "Office", newsdev59)
  const office = possessed && head === "office" ? roleOffice(doc, first, last) : undefined;
  if (office) return { start: startTok.start, end: endTok.end, cluster: office.id };
  // ("according to ministry figures": the numbers of the one organization the article describes by the noun before
  // them, newsdev63)
  if (
    last === first + 1 &&
    /^(?:figures|data|statistics)$/.test(head) &&
    !startTok.cap &&
    ORG_NOUNS.has(startTok.lower)
  ) {
    const described = describedOrganization(doc.entities.clusters, startTok.lower, startTok.start);
    if (described && !described.country) return { start: startTok.start, end: endTok.end, cluster: described.id };
  }
  // ("Thomas Carver’s presidential campaign on Monday accused …" beside Carver for President: the committee the article
  // names for the candidate whose possessive opens the phrase, newsdev63)
  if (possessed && head === "campaign" && person && doc.entities.clusters[person.cluster]?.type === "Person") {
    const committee = campaignCommittee(doc, doc.entities.clusters[person.cluster] as Cluster);
    if (committee) return { start: startTok.start, end: endTok.end, cluster: committee.id };
  }
  // ("The St. Odile Parish Council’s resolution, passed 6-1, says …": a document whose maker's name owns it speaks for
  // the maker, the document its mention, 2026-12-07, newsdev77)
  if (possessed && !endTok.cap && (SPEAKING_DOCUMENTS.test(head) || /^(?:resolution|indictment)$/.test(head))) {
    const owner = possessiveAt(tokens, last - 1) ? doc.mentionByLastToken.get(last - 2) : undefined;
    const c = owner ? doc.entities.clusters[owner.cluster] : undefined;
    if (c && !c.country && (c.type === "Organization" || c.type === "Person"))
      return { start: startTok.start, end: endTok.end, cluster: c.id };
  }
  if (possessed && !endTok.cap) {
    // "the paper's editorial board wrote" is described; "Trump’s leaks worried …" is not a source
    // … and so is "Connecticut’s tax commissioner said": a job noun after the possessor
    // ("Farmers' unions said …": the members' plural possessive a sentence opens with, then a lower-case plural, is an
    // unnamed group, 2026-12-07, newsdev81)
    const groups =
      tokens[first - 1]?.sentence !== startTok.sentence &&
      isBarePossessive(tokens, first + 1) &&
      last === first + 2 &&
      /[a-z]s$/.test(endTok.text);
    if (!ROLE_NOUNS.has(head) && !ROLE_HEADS.has(head) && !DETERMINERS.has(startTok.lower) && !groups) return null;
    return { start: startTok.start, end: endTok.end, anonymous: doc.text.slice(startTok.start, endTok.end) };
  }
  // a lone determiner-like word is its own description ("most are planning …"); a participle standing
  // as the head keeps its determiner ("those surveyed said": "those surveyed", not "surveyed")
  const participleHead = last === first + 1 && /^(?:those|these)$/.test(startTok.lower) && /ed$/.test(head);
  const detSkip = DETERMINERS.has(startTok.lower) && first < last && !participleHead ? first + 1 : first;
  const descStart = (tokens[detSkip] as Token).start;
  const sentenceInitial = tokens[first - 1]?.sentence !== startTok.sentence;
  // "The municipality said …": the one organization of the article so described speaks
  // (or over a place's "-based": "the Nashville-based company said")
  const based = last - first === 2 && /^\p{Lu}[\p{L}.]*-based$/u.test(tokens[first + 1]?.text ?? "");
  if ((last - first === 1 || based) && /^(?:the|this)$/.test(startTok.lower) && !endTok.cap) {
    // ("The United Nations Children’s Fund (UNICEF) said …. The agency said …": the body the sentence before opens
    // with, in the same paragraph, newsdev57 and newsdev58)
    const previous = head === "agency" ? previousSubjectBody(doc, first) : undefined;
    if (previous) return { start: startTok.start, end: endTok.end, cluster: previous.id };
    const described = describedOrganization(doc.entities.clusters, head, startTok.start);
    if (described) return { start: startTok.start, end: endTok.end, cluster: described.id };
  }
  // ("the hospital association’s annual report" beside the Idaho Hospital Association and the Idaho Medical
  // Association: the one organization named before whose name holds both the noun and its modifier)
  if (last - first === 2 && startTok.lower === "the" && !endTok.cap && !(tokens[first + 1] as Token).cap) {
    const modified = organizationWithWords(doc, (tokens[first + 1] as Token).lower, head, startTok.start);
    if (modified) return { start: startTok.start, end: endTok.end, cluster: modified.id };
  }
  // "all agreed", "few believe", "no one expected": a quantifier standing alone is its own description
  // ("one" only after "no": "one" alone is a number more often)
  const noOne = head === "one" && tokens[last - 1]?.lower === "no" && last - first <= 1;
  if ((first === last && QUANTIFIER_SOURCES.has(head)) || noOne) {
    const from = noOne ? (tokens[last - 1] as Token) : startTok;
    return { start: from.start, end: endTok.end, anonymous: doc.text.slice(from.start, endTok.end) };
  }
  // "The Peruvian National Police said": a name of several words that a group's noun ends is the organization
  if (org && endTok.cap && org.end >= endTok.end && org.start < endTok.start && GROUPS.has(head))
    return fromMention(doc, org);
  // "The 26-page plan argues …" after "X released an immigration plan": the document speaks for its maker
  // ("The long report found …": the article and its modifiers may stand before the phrase the walk kept)
  const theBefore = [1, 2, 3].some(
    (n) =>
      tokens[first - n]?.lower === "the" &&
      tokens.slice(first - n + 1, first).every((t) => t.kind !== "punct" && !t.cap && t.sentence === startTok.sentence),
  );
  const document = (startTok.lower === "the" || theBefore) && !endTok.cap ? anon.get(head) : undefined;
  if (document?.cluster !== undefined && tokens.slice(first + 1, last).every((t) => !t.cap))
    return { start: startTok.start, end: endTok.end, cluster: document.cluster };
  // ("The Independent Bushfire Inquiry, chaired by …, delivered its 340-page report …. The report said …": the
  // organization whose "its" owned the document last, newsdev57)
  const itsOwner =
    document === undefined && startTok.lower === "the" && last === first + 1 && MADE_DOCUMENTS.test(head)
      ? itsDocumentOwner(doc, head, first)
      : undefined;
  if (itsOwner !== undefined) return { start: startTok.start, end: endTok.end, cluster: itsOwner };
  // ("The American Hospital Association began airing television and digital ads on Monday …. The ads warn that …": the
  // one who put the ads on the air, 2026-12-08, newsdev86)
  const sponsor =
    document === undefined && startTok.lower === "the" && AD_NOUNS.test(head) ? adSponsor(doc, first) : undefined;
  if (sponsor !== undefined) return { start: startTok.start, end: endTok.end, cluster: sponsor };
  // ("“…,” the narrator says in one of the spots.": an ad's narrator speaks for the one who put the ads on the air)
  const narrated =
    startTok.lower === "the" &&
    head === "narrator" &&
    tokens.slice(last + 1, last + 7).some((w) => AD_NOUNS.test(w.lower))
      ? adSponsor(doc, first)
      : undefined;
  if (narrated !== undefined) return { start: startTok.start, end: endTok.end, cluster: narrated };
  // ("…, the VA’s Office of Inspector General said on Thursday. ¶ The report found …": with no report remembered, the
  // one office of audit or inspection the article names before — its reports are what it says, 2026-12-07,
  // newsdev68)
  // ("The 58-page review found …": its length between, 2026-12-07, newsdev83; "In one case, auditors wrote, …": the
  // office's auditors, with no article)
  const measured = tokens
    .slice(first + 1, last)
    .every((t) => t.kind === "number" || t.text === "-" || (t.kind === "word" && !t.cap));
  const auditor =
    document === undefined &&
    ((startTok.lower === "the" && last > first && measured && /^(?:report|audit|review)$/.test(head)) ||
      (first === last && head === "auditors"))
      ? onlyAuditorBefore(doc, startTok.start)
      : undefined;
  if (auditor !== undefined) return { start: startTok.start, end: endTok.end, cluster: auditor };
  if (ROLE_NOUNS.has(head) && (!endTok.cap || (sentenceInitial && first === last) || GROUPS.has(head))) {
    // "the official" refers back to the unnamed source described earlier
    if (startTok.lower === "the" && last - first === 1 && anon.has(head)) {
      const prior = anon.get(head) as SpeakerRef;
      // ("The study … found" after "according to a study led by X": the one who made it, `according.ts`)
      if (prior.cluster !== undefined) return { start: startTok.start, end: endTok.end, cluster: prior.cluster };
      return { start: startTok.start, end: endTok.end, ...(prior.anonymous ? { anonymous: prior.anonymous } : {}) };
    }
    // ("A Republican strategist close to the Vandermeer campaign, who requested anonymity, said …. “…,” the
    // strategist said": the unnamed source an indefinite description introduced before, read in any order)
    const introduced =
      startTok.lower === "the" && last - first === 1 && ROLE_HEADS.has(head)
        ? indefiniteDescriptionBefore(doc, first, head)
        : undefined;
    if (introduced) return { start: startTok.start, end: endTok.end, anonymous: introduced };
    // ("Moldovan officials have called the ban …", "Thai officials said": a nationality's officials are an unnamed
    // source, not their country, as the sets annotate them, 2026-12-07, newsdev78)
    const nationality =
      org !== undefined &&
      doc.entities.clusters[org.cluster]?.country === true &&
      countryOf(org.text)?.form === "adjective";
    if (org && nationality && /s$/.test(head) && org.end <= endTok.start)
      return { start: startTok.start, end: endTok.end, anonymous: doc.text.slice(startTok.start, endTok.end) };
    if (org && /s$/.test(head) && org.end <= endTok.start)
      return { ...fromMention(doc, org), start: startTok.start, end: endTok.end };
    // "A Trump adviser said", "Clinton aides say", "the Sanders campaign said": the person only qualifies
    // the role; an unnamed adviser speaks, not Trump (a person ending the phrase was taken above)
    const referent = roleReferent(doc, first, last);
    if (referent) return { start: startTok.start, end: endTok.end, cluster: referent.id };
    // "Her campaign said …": the description names whose ("Hillary Clinton's campaign"), not just "campaign"
    const gender = first < last ? POSSESSIVE_PRONOUNS.get(startTok.lower) : undefined;
    const owner = gender ? resolveSourcePronoun(doc, startTok.start, gender) : undefined;
    // ("his campaign said" beside "Darrow for Senate": the candidate's committee the article names speaks)
    const committee = owner && head === "campaign" && last === first + 1 ? campaignCommittee(doc, owner) : undefined;
    if (committee) return { start: startTok.start, end: endTok.end, cluster: committee.id };
    const description = `${owner ? `${owner.name}'s ` : ""}${doc.text.slice(descStart, endTok.end)}`;
    const ref: SpeakerRef = { start: startTok.start, end: endTok.end, anonymous: description };
    anon.set(head, ref);
    const singular = head.replace(/s$/, "");
    if (!anon.has(singular)) anon.set(singular, ref);
    return ref;
  }
  if (person) return fromMention(doc, person);
  // ("A Labour MP, who asked not to be named, said …": an indefinite member of a parliament, the party only his,
  // is an unnamed source, 2026-12-08, newsdev86)
  if (/^(?:a|an)$/i.test(startTok.text) && last > first && MEMBER_TITLES.has(endTok.text))
    return { start: startTok.start, end: endTok.end, anonymous: doc.text.slice(descStart, endTok.end) };
  // "the Swiss drugmaker said": a nationality modifying a lower-case head describes the speaker, which is no
  // country (a role noun, "Russian officials", "the Iranian foreign ministry", was taken above; "the German
  // government" is a mention of its own)
  const nationalityOnly =
    org !== undefined &&
    org.end < endTok.start &&
    !endTok.cap &&
    singularNationality(doc.text.slice(org.start, org.end));
  if (org && !nationalityOnly) return fromMention(doc, org);
  // ("Nepalese tea exporters say …": a nationality opening lower-case words in the plural is an unnamed group)
  const nationality = org ? nationalityOnly && org.start === startTok.start : singularNationality(startTok.text);
  if (nationality && last > first && /[a-z]s$/.test(endTok.text))
    return { start: startTok.start, end: endTok.end, anonymous: doc.text.slice(startTok.start, endTok.end) };
  // an unknown capitalized name as the subject of a cue: a person
  const unknown =
    doc.entities.unknown.find((u) => u.start >= startTok.start && u.end <= endTok.end) ??
    unknownHead(doc, startTok, endTok, first, last);
  // ("Hispanic", "Christian", "Reportedly" are not names; "Meenakshi Ganguly" is). An -ing form
  // opening the sentence is capitalized by its place alone: "Getting the media to …", "Utilizing …"
  const openingWord =
    unknown !== undefined &&
    sentenceInitial &&
    unknown.start === startTok.start &&
    !unknown.name.includes(" ") &&
    /[a-z]ing$/.test(startTok.text);
  // ("Several veterans said …": a determiner capitalised by its place opens the phrase; the noun after it speaks)
  const determinerWord =
    unknown?.start === startTok.start &&
    unknown.name.toLowerCase() === startTok.lower &&
    last > first &&
    DETERMINERS.has(startTok.lower);
  if (
    unknown &&
    !openingWord &&
    !determinerWord &&
    !NOT_SPEAKER_NAMES.has(unknown.name.toLowerCase()) &&
    (unknown.name.includes(" ") || !/(?:ic|ian|ly)$/.test(unknown.name))
  ) {
    return unknownSpeaker(doc, unknown);
  }
  // any other noun phrase ("A news report published Wednesday", "the billionaire magnate")
  if (
    endTok.kind === "word" &&
    !FUNCTION_WORDS.has(head) &&
    !endTok.cap &&
    last - first >= 1 &&
    DETERMINERS.has(startTok.lower)
  ) {
    const referent = roleReferent(doc, first, last);
    if (referent) return { start: startTok.start, end: endTok.end, cluster: referent.id };
    return { start: startTok.start, end: endTok.end, anonymous: doc.text.slice(descStart, endTok.end) };
  }
  return null;
}

/**
 * The first lower-case role noun in tokens [from, last) when a postmodifier's opener follows it ("aide familiar
 * with …", "pharmacist in …"); -1 otherwise, or when a role noun before it is followed by something else.
 */
function roleBeforePostmodifier(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from; k < last; k++) {
    const t = tokens[k] as Token;
    if (t.cap || !ROLE_NOUNS.has(t.lower)) continue;
    return POSTMODIFIER_OPENERS.has(tokens[k + 1]?.lower ?? "") ? k : -1;
  }
  return -1;
}

/** How far back (in tokens) an indefinite description may introduce the unnamed source "the <noun>" stands for. */
const INTRODUCTION_REACH = 120;
/** Words that may follow a description's head noun ("close to the campaign", "familiar with", "who", "in Ohio"). */
const POSTMODIFIER_OPENERS: ReadonlySet<string> = new Set([
  "close",
  "familiar",
  // ("A technician employed by the municipality at the works, who spoke on condition of anonymity, told …",
  // 2026-12-07, newsdev52)
  "employed",
  "who",
  "with",
  "in",
  "at",
  "for",
  "from",
  "on",
  "of",
  "to",
  "said",
  "says",
  "told",
]);
/** Most words between an indefinite article and its role noun ("a senior Republican"). */
const MAX_INTRODUCTION_MODIFIERS = 3;

/**
 * "A Republican strategist close to the Vandermeer campaign, who requested anonymity …": the description an
 * indefinite article opened, with the role noun `head`, within the last few sentences before token `before` — the
 * words after the article up to the phrase's comma (or a "who", a cue) — when no person is named between the
 * article and the noun; undefined otherwise.
 */
function indefiniteDescriptionBefore(doc: AnalyzedText, before: number, head: string): string | undefined {
  const { tokens } = doc;
  for (let k = before - 1; k >= 0 && k > before - INTRODUCTION_REACH; k--) {
    // (the noun heads its phrase: "a campaign role" is no campaign)
    const next = tokens[k + 1];
    if ((tokens[k] as Token).lower !== head || (next && next.kind === "word" && !POSTMODIFIER_OPENERS.has(next.lower)))
      continue;
    let a = k - 1;
    while (
      a > k - 1 - MAX_INTRODUCTION_MODIFIERS &&
      tokens[a]?.kind === "word" &&
      !INDEFINITES.has(tokens[a]?.lower ?? "")
    )
      a--;
    const article = tokens[a];
    if (!article || !/^(?:a|an)$/.test(article.lower) || doc.mentionByFirstToken.has(a + 1)) continue;
    let end = k;
    while (
      tokens[end + 1] &&
      tokens[end + 1]?.sentence === article.sentence &&
      tokens[end + 1]?.text !== "," &&
      tokens[end + 1]?.lower !== "who" &&
      !cueOf(tokens[end + 1]?.lower ?? "") &&
      end - k < 8
    )
      end++;
    return doc.text.slice((tokens[a + 1] as Token).start, (tokens[end] as Token).end);
  }
  return undefined;
}

/**
 * "said Meenakshi Ganguly of Human Rights Watch": an unknown run joined by "of" whose head (the
 * phrase up to "of") is the speaker; the head becomes its own unknown mention.
 */
function unknownHead(
  doc: AnalyzedText,
  startTok: Token,
  endTok: Token,
  first: number,
  last: number,
): Mention | undefined {
  const run = doc.entities.unknown.find((u) => u.start === startTok.start && u.end > endTok.end);
  if (!run || last === first || doc.tokens[last + 1]?.lower !== "of") return undefined;
  const head: Mention = {
    ...run,
    end: endTok.end,
    text: doc.text.slice(startTok.start, endTok.end),
    name: doc.text.slice(startTok.start, endTok.end),
    last: last + 1,
  };
  doc.entities.unknown = [...doc.entities.unknown, head];
  return head;
}

/**
 * An unresolved capitalized run as a speaker: a person, unless the entity tagger read it as no
 * name at all ("Estimates", "Hundreds", "I'll") and it is no surname of the article's people
 * (`surnamed`), which keeps the span as an unnamed source.
 */
function unknownSpeaker(doc: AnalyzedText, m: Mention): SpeakerRef {
  if (m.tagged === "O" && !surnamed(doc, m.name))
    return { start: m.start, end: m.end, anonymous: m.name, capitalized: true };
  const c = promote(doc, m);
  return { start: m.start, end: m.end, cluster: c.id };
}

/**
 * The person of the article whose surname is this one capitalized word, when it is not their whole
 * name: "Dallas Mavericks owner Mark Cuban … , Cuban said" (the entity layer reads "Cuban" alone as a
 * nationality).
 */
export function surnamed(doc: AnalyzedText, word: string): Cluster | undefined {
  if (!/^\p{Lu}/u.test(word) || word.includes(" ")) return undefined;
  return doc.entities.clusters.find((c) => c.type === "Person" && c.lastName === word && c.name !== word);
}

/** Turns an unresolved capitalized run into a person (it is the subject of a speech verb). */
function promote(doc: AnalyzedText, m: Mention): Cluster {
  const { clusters } = doc.entities;
  const existing = clusters.find((c) => c.type === "Person" && (c.name === m.name || c.lastName === m.name));
  if (existing) {
    attach(existing, m);
    return existing;
  }
  const c: Cluster = {
    id: clusters.length,
    type: "Person",
    name: m.name,
    forms: new Set([m.name]),
    mentions: [],
    gender: "u",
    titles: new Set(),
    lastName: m.name.split(" ").at(-1) ?? m.name,
  };
  clusters.push(c);
  attach(c, m);
  doc.entities.unknown = doc.entities.unknown.filter((u) => u !== m);
  // later bare uses of the same name are this person too
  for (const u of [...doc.entities.unknown]) {
    if (u.name === m.name || u.name === c.lastName) {
      attach(c, u);
      doc.entities.unknown = doc.entities.unknown.filter((x) => x !== u);
    }
  }
  doc.entities.mentions = [...doc.entities.mentions, ...c.mentions].sort((a, b) => a.start - b.start);
  for (const x of c.mentions) {
    doc.mentionByFirstToken.set(x.first, x);
    doc.mentionByLastToken.set(x.last - 1, x);
  }
  return c;
}

/**
 * Whether the name starting at `first` opens an appositive: a comma right before it, or a comma
 * and a short description with no preposition or verb ("The chair of the judges, the South African
 * poet T. S. Mabuza, said"; not "X, the wife of Y, said", "X, including the Asbury Park Press, said").
 */
function describedAfterComma(tokens: readonly Token[], first: number): boolean {
  for (let q = first - 1; q >= 0 && first - q <= 6; q--) {
    const t = tokens[q] as Token;
    if (t.text === ",") return true;
    if (t.sentence !== tokens[first]?.sentence || t.kind !== "word") return false;
    // (a possessive is no plural or verb: "His challenger, former sheriff’s Lt. Monica Serrano, says", newsdev60)
    if (
      DESCRIPTION_STOPS.has(t.lower) ||
      HEAD_PREPOSITIONS.has(t.lower) ||
      (/(?:ed|s|ing)$/.test(t.lower) && !t.cap && !isPossessive(t))
    )
      return false;
  }
  return false;
}

/**
 * Where the short description before a name set off by its comma starts ("its owner, Southern Plains Media Group"):
 * the token after the comma before it, when that comma comes after a comma of its own ("…, its owner, X, said");
 * else the name's own start. `first`: the name's first token.
 */
function descriptionStart(tokens: readonly Token[], first: number): number {
  const own = (tokens[first] as Token).start;
  if (tokens[first - 1]?.text !== ",") return own;
  // the description's words, back from the comma before the name (words only: no quotation mark on the way)
  let q = first - 2;
  while (q > 0 && first - q <= 6 && tokens[q]?.kind === "word" && tokens[q - 1]?.text !== ",") q--;
  if (tokens[q]?.kind !== "word" || tokens[q - 1]?.text !== "," || q >= first - 1) return own;
  return (tokens[q] as Token).start;
}

/** How many tokens the description opening a sentence before its appositive name may take. */
const MAX_OPENING_DESCRIPTION = 8;

/**
 * "Mr. Trump's former campaign manager, Corey Lewandowski, said …": whether the comma at `comma` closes a
 * person's name set off as the appositive of a short description that opens the sentence (no comma, quote
 * or cue word in it) — the clause's subject, not content a tail attribution ("…, said X") would report.
 */
export function closesOpeningAppositive(doc: AnalyzedText, comma: number, sentenceFirst: number): boolean {
  const { tokens } = doc;
  if (tokens[comma]?.text !== ",") return false;
  const named = nameEndingAt(doc, comma - 1);
  // (an organization too: "The contractor, Kuzeyyıldız İnşaat, denied …")
  const c = named ? doc.entities.clusters[named.cluster] : undefined;
  if (!named || !c || (c.type !== "Person" && (c.type !== "Organization" || c.country))) return false;
  if (!describedAfterComma(tokens, named.first)) return false;
  let open = named.first - 1;
  while (open > sentenceFirst && tokens[open]?.text !== ",") open--;
  if (tokens[open]?.text !== ",") return false;
  if (open - sentenceFirst > MAX_OPENING_DESCRIPTION) return false;
  for (let k = sentenceFirst; k < open; k++) {
    const t = tokens[k] as Token;
    // (nor a clause with its auxiliary: "The government will pay growers an advance, Aisea Nakauvadra, the minister
    // for sugar, said on Sunday." is the minister's content, 2026-12-08, newsdev87)
    if (t.kind === "quote" || t.text === "," || cueOf(t.lower) !== undefined || AUXILIARIES.has(t.lower)) return false;
  }
  return true;
}

/** Words that end a description in front of a name: it is a clause, not an appositive. */
const DESCRIPTION_STOPS = new Set([
  "and",
  "or",
  "but",
  "that",
  "who",
  "which",
  "to",
  "by",
  "as",
  "than",
  "said",
  "says",
]);

/** "NAME, a former analyst ..., said": from the comma ending the appositive back to NAME. */
function appositiveHead(doc: AnalyzedText, comma: number, anon: AnonymousMemory): SpeakerRef | null {
  const { tokens } = doc;
  const sentence = tokens[comma]?.sentence;
  for (let q = comma - 1; q >= 0 && comma - q < 30; q--) {
    const t = tokens[q] as Token;
    if (t.sentence !== sentence || t.kind === "quote") return null;
    if (t.text !== ",") continue;
    // "Sen. Dwight Castellow, R-Idaho, the committee's chairman, called": over AP's party and state to the name
    const party = partyStateAside(tokens, q);
    if (party > 0) {
      q = party + 1;
      continue;
    }
    // "The National Water Commission (CONAGUA), which operates …, said": the name before its acronym
    const e = tokens[q - 1]?.text === ")" && tokens[q - 3]?.text === "(" ? q - 4 : q - 1;
    const m = nameEndingAt(doc, e);
    // ("…, a surrogate for Senator Ingrid Solberg, Mr. Haldane’s closest rival, said": a person a preposition
    // governs is inside an appositive, not the one it describes)
    // ("Jonah Pell, campaign manager for former Sen. Carol Whitaker, the front-runner for …, told": over a modifier of
    // the title, newsdev70)
    const before = m !== undefined ? tokenAtOrAfter(tokens, m.start) - 1 : -1;
    const modified = /^(?:former|late|then|fellow)$/.test(tokens[before]?.lower ?? "") ? before - 1 : before;
    const governed = m !== undefined && /^(?:for|of|to|with|at|by)$/.test(tokens[modified]?.lower ?? "");
    if (m && !governed && doc.entities.clusters[m.cluster]?.type === "Person") return fromMention(doc, m);
    if (m && governed) continue;
    // "Mandy Tsang of the Hong Kong Bondholders Alliance, which represents …, said": the person of it
    // ("Sen. Chiara Lombardi of the opposition Democratic Party (PD), who …": a modifier or two after "the")
    const ofPerson = m ? personOfOrganization(doc, organizationPhraseStart(doc, m.last - 1, m.first + 1)) : undefined;
    if (ofPerson) return fromMention(doc, ofPerson);
    // "Keisha Donovan, president of the Harlan Creek Education Association, which represents …, said": the
    // person whose appositive the organization ends
    if (m && doc.entities.clusters[m.cluster]?.type === "Organization") {
      const from = tokens[m.first - 1]?.lower === "the" ? m.first - 1 : m.first;
      const described = personBeforeAppositive(doc, (tokens[from] as Token).start, m.last - 1);
      if (described) return described;
    }
    // "An official at the Department of Space, who asked not to be named, said": the member, not the organization
    if (m) return unnamedMember(doc, m, tokens[q - 1] as Token, anon) ?? fromMention(doc, m);
    // an unknown name before the appositive ("Rashad Robinson, Color of Change's director, said")
    const endBefore = tokens[q - 1]?.end;
    const unknown = doc.entities.unknown.find((u) => u.end === endBefore);
    if (unknown) return unknownSpeaker(doc, unknown);
    const prev = tokens[q - 1];
    if (prev && PRONOUNS.get(prev.lower)) return speakerEndingAt(doc, q - 1, new Map());
    // "Gov. Thomas R. Caldwell of Wisconsin, seeking the nomination, said": a person and the place they are of
    const ofPlace = personOfPlace(doc, q - 1);
    if (ofPlace) return fromMention(doc, ofPlace);
    // ("The challengers, 14 Democratic voters from across the state, argue …": a description opening the sentence)
    const opening = describedOpening(doc, q, anon);
    if (opening) return opening;
    // ("Residents on the city’s north side, where most of the remaining lead lines are, said …": a relative clause of
    // place on the subject's last noun, set off by commas; the subject before it speaks, newsdev60)
    if (tokens[q + 1]?.lower === "where" && q - 1 >= 0 && tokens[q - 1]?.kind === "word") {
      // (an unnamed one only: "Chief Raymond Flett of Red Willow Cree Nation in northern Manitoba, where …" is the
      // chief's, whom the place's phrase does not reach)
      const subject = speakerEndingAt(doc, q - 1, anon);
      if (subject?.anonymous !== undefined) return subject;
    }
    // "A Monmouth University poll of likely voters in New Hampshire, conducted after the debate, found": a document
    // its participle describes, its maker before it
    if (DOCUMENT_PARTICIPLES.test(tokens[q + 1]?.lower ?? "")) {
      // ("The lawsuit, filed in U.S. District Court in Baltimore by Students for an Open Campus …, says …": the one
      // the appositive says filed it)
      const by = makerAfterBy(doc, q + 2, comma);
      // (and the document speaks for its maker from here on: "The 23-count indictment, brought by the … Attorney
      // General's Office …, accuses …. According to the indictment, …", 2026-12-07, newsdev76)
      const noun = tokens[q - 1] as Token;
      if (by?.cluster !== undefined && DOCUMENTS_WITH_MAKERS.test(noun.lower) && !anon.has(noun.lower))
        anon.set(noun.lower, { start: by.start, end: by.end, cluster: by.cluster });
      if (by) return by;
      const made = speakerEndingAt(doc, q - 1, anon);
      if (made?.cluster !== undefined) return made;
    }
  }
  return null;
}

/**
 * The description of lower-case words in the plural after "the" that opens the sentence and ends right before the
 * comma at `q` ("The challengers, …"): an unnamed source; null otherwise.
 */
function describedOpening(doc: AnalyzedText, q: number, anon: AnonymousMemory): SpeakerRef | null {
  const { tokens } = doc;
  const head = tokens[q - 1];
  // (people in the plural: "The audit, by the … Office of Inspector General, found" is its maker's, read elsewhere)
  if (!head || head.cap || head.kind !== "word" || FUNCTION_WORDS.has(head.lower) || !/[^s]s$/.test(head.lower))
    return null;
  if (MADE_DOCUMENTS.test(head.lower) || FILED_DOCUMENTS.test(head.lower) || anon.has(head.lower)) return null;
  let first = q - 1;
  while (first > q - 4 && tokens[first - 1]?.kind === "word" && !tokens[first - 1]?.cap) first--;
  const the = tokens[first - 1];
  if (the?.lower !== "the" || tokens[first - 2]?.sentence === the.sentence) return null;
  return resolveNounPhrase(doc, first - 1, q - 1, anon);
}

/** Participles that describe a document after its comma ("conducted after the debate", "released on Monday"). */
export const DOCUMENT_PARTICIPLES =
  /^(?:conducted|released|published|commissioned|carried|taken|issued|filed|brought)$/;

/**
 * The organization or person named right after "by" in tokens [from, to) ("filed … by the Office of the Attorney
 * General in 2014"): a document's maker in its appositive; null when none (a country is no filer).
 */
function makerAfterBy(doc: AnalyzedText, from: number, to: number): SpeakerRef | null {
  const { tokens } = doc;
  for (let k = from; k < to; k++) {
    if (tokens[k]?.lower !== "by") continue;
    const m = doc.mentionByFirstToken.get(tokens[k + 1]?.lower === "the" ? k + 2 : k + 1);
    const c = m ? doc.entities.clusters[m.cluster] : undefined;
    return m && c && !c.country ? fromMention(doc, m) : null;
  }
  return null;
}

/** "Gov. Thomas R. Caldwell of Wisconsin" ending at token `end`: the person before "of" and a place (no mention). */
function personOfPlace(doc: AnalyzedText, end: number): Mention | undefined {
  const { tokens } = doc;
  let k = end;
  while (k > end - 3 && tokens[k]?.cap && tokens[k]?.kind === "word" && !doc.mentionByLastToken.has(k)) k--;
  if (k === end || tokens[k]?.lower !== "of") return undefined;
  const m = doc.mentionByLastToken.get(k - 1);
  return m && doc.entities.clusters[m.cluster]?.type === "Person" ? m : undefined;
}

/**
 * The person an appositive chain ending at token `end` describes: "Alan Berger, a gynecologist from
 * Englewood, New Jersey" → Alan Berger. Walks left over commas within the sentence (at most
 * MAX_APPOSITIVE tokens) to a person named right before ", a|an|the|<lower-case word>"; a clause
 * word (and, that, said …) or a quotation mark on the way means it is no appositive.
 */
function personBeforeAppositive(doc: AnalyzedText, phraseStart: number, end: number): SpeakerRef | null {
  const { tokens } = doc;
  const start = tokenAtOrAfter(tokens, phraseStart);
  // (the phrase's article, if it was left out: "…, a retired librarian from Huxley, who")
  const first = DETERMINERS.has(tokens[start - 1]?.lower ?? "") && tokens[start - 2]?.text === "," ? start - 1 : start;
  // the phrase must itself be in the appositive: right after its comma or its preposition
  // ("…, putting those who support …" is a clause, not an appositive)
  // ("Mitch McConnell, now the Senate majority leader, who": over "now", "then", "also")
  const adverb = /^(?:now|then|also|formerly|still)$/.test(tokens[first - 1]?.lower ?? "") ? 1 : 0;
  const before = tokens[first - 1 - adverb];
  if (!before || !(before.text === "," || (!adverb && APPOSITIVE_PREPOSITIONS.has(before.lower)))) return null;
  const sentence = tokens[end]?.sentence;
  for (let q = first - 1 - adverb; q >= 1 && end - q < MAX_APPOSITIVE; q--) {
    const t = tokens[q] as Token;
    // (an "-ed" word right after an article is an adjective: "a retired librarian")
    const adjective = DETERMINERS.has(tokens[q - 1]?.lower ?? "");
    if (t.sentence !== sentence || t.kind === "quote" || DESCRIPTION_STOPS.has(t.lower) || (verbLike(t) && !adjective))
      return null;
    if (t.text !== ",") continue;
    const next = tokens[q + 1];
    // ("Marianne Oyler, 71, a retired librarian from Huxley, who said": over the age between the name and the role)
    const aged =
      tokens[q - 1]?.kind === "number" && tokens[q - 2]?.text === "," && /^\d{1,3}$/.test(tokens[q - 1]?.text ?? "");
    const m = doc.mentionByLastToken.get(aged ? q - 3 : q - 1);
    if (m && doc.entities.clusters[m.cluster]?.type === "Person" && next && !verbLike(next))
      return next.cap && !DETERMINERS.has(next.lower) && q + 1 !== first ? null : fromMention(doc, m);
    if (aged) q -= 2;
  }
  return null;
}

/** Most tokens of a "which" clause set off by commas before a cue. */
const MAX_WHICH_ASIDE = 15;

/**
 * The comma that opens a ", which …," clause closed by the comma at `k`, when the words before that comma end an
 * organization's name; else -1.
 */
function whichAsideOpening(tokens: readonly Token[], k: number): number {
  let open = k - 1;
  while (open > 0 && k - open <= MAX_WHICH_ASIDE && tokens[open]?.text !== "," && tokens[open]?.kind !== "quote")
    open--;
  if (tokens[open]?.text !== "," || tokens[open + 1]?.lower !== "which" || open + 2 >= k) return -1;
  return tokens[open - 1]?.cap ? open : -1;
}

const APPOSITIVE_PREPOSITIONS = new Set(["of", "from", "in", "at", "for", "with"]);
/** A lower-case word that reads as a verb: "putting", "elected", "is". */
const verbLike = (t: Token) =>
  !t.cap && (/(?:ing|ed)$/.test(t.lower) || ["is", "are", "was", "were", "has", "have", "had"].includes(t.lower));

const MAX_APPOSITIVE = 16;

/** "Matthew Dunn, a former officer at ... MI6 warned": the person before an appositive comma. */
function appositiveBefore(doc: AnalyzedText, from: number, sentence: number): SpeakerRef | null {
  const { tokens } = doc;
  for (let q = from; q >= 0 && from - q < 20; q--) {
    const t = tokens[q] as Token;
    if (t.sentence !== sentence || t.kind === "quote") return null;
    if (t.text !== ",") continue;
    const next = tokens[q + 1];
    const m = doc.mentionByLastToken.get(q - 1);
    if (m && doc.entities.clusters[m.cluster]?.type === "Person" && next && (!next.cap || DETERMINERS.has(next.lower)))
      return fromMention(doc, m);
    return null;
  }
  return null;
}
