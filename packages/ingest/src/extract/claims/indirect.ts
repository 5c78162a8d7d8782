import { type AnalyzedText, tokenAtOrAfter } from "../document.js";
import { CALENDAR_WORDS, MONTHS, WEEKDAYS } from "../lexicon/calendar.js";
import {
  adjectivalRepeat,
  CUE_NOUNS,
  cueOf,
  QUOTE_CUES,
  STANCE_CUES,
  VERDICT_VERBS,
  WEAK_CUES,
  WISH_CUES,
} from "../lexicon/cues.js";
import { AUX_ADVERBS, FUNCTION_WORDS, PRONOUNS } from "../lexicon/function-words.js";
import { isRoleHead, ROLE_NOUNS } from "../lexicon/titles.js";
import { datelineDash } from "../text/dateline.js";
import type { Sentence } from "../text/sentences.js";
import { isPossessive, type Token } from "../text/tokens.js";
import { according } from "./according.js";
import { anonymityAsideBefore, bareAnonymityAside, isAnonymityFormula } from "./anonymity-formula.js";
import { askedClaim } from "./asked.js";
import type { ClaimUnit } from "./claim-unit.js";
import {
  AUXILIARIES,
  CLAUSE_CUT,
  contentClaim,
  contentEnd,
  MIN_WORDS,
  mainVerbAfter,
  wireDash,
  wordsBetween,
} from "./content.js";
import { quotedAsSaying } from "./direct.js";
import { discourseMarker } from "./discourse-marker.js";
import { openingInquiry } from "./inquiry-subject.js";
import { isNamingCall, namesInDescribingClause } from "./naming.js";
import { nounCue } from "./noun-cue.js";
import { openingPhraseSource } from "./opening-phrase.js";
import { isModifierParticiple } from "./participle.js";
import { partyStateAside } from "./party-state.js";
import { passiveAuxiliary } from "./passive.js";
import { isRolePlural } from "./role-plural.js";
import { type AnonymousMemory, closesOpeningAppositive, skipAuxLeft, speakerEndingAt } from "./speaker.js";
import { SPEAKING_DOCUMENTS } from "./speaking-documents.js";
import { commissionedDocumentMaker, looseSubject, subjectBefore } from "./subject.js";
import { commaBefore, participleAt, possessorStart, tailForm } from "./tail-form.js";
import { thatClause } from "./that-clause.js";
import { contentAfterDay, dayPhraseEnd } from "./time-phrase.js";
import { isHeadlineCue } from "./title-case.js";
import type { ClaimScan, DraftClaim, SpeakerRef } from "./types.js";
import { afterMediumNoun, viaAfter } from "./via.js";

/** Verbs that open a tail attribution after a comma (", said X", ", added X", ", wrote X"). */
const TAIL_VERBS = new Set(["say", "add", "write"]);

/** A cue with a speaker, kept even when its content is too short to be a claim (for carry-over). */
export interface CueEvent {
  at: number;
  paragraph: number;
  speaker: SpeakerRef;
  cue: { start: number; end: number };
}

/** Days and months: "said Thursday in an email" has no content after the cue. */
const TIME_START = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  "during",
  "echoing",
  "according",
  "tonight",
  "afterward",
  "afterwards",
  // ("answered within the hour")
  "within",
]);

/** Nouns naming where something was said ("said in a statement that"), not a competing cue. */
const VENUES = new Set([
  // ("said in a note attached to the bill that …", 2026-12-06: a note is where, not "noted")
  "note",
  "statement",
  "interview",
  "testimony",
  "message",
  "release",
  "letter",
  "speech",
  "email",
  "post",
  "report",
  // ("wrote in a review published by the magazine that …")
  "review",
  "column",
  "editorial",
  // ("wrote in an op-ed published Sunday in the Omaha World-Herald that …", 2026-12-08, newsdev86)
  "op-ed",
  "essay",
  // ("said in advice published on Friday that …", 2026-12-07, newsdev50)
  "advice",
  "guidance",
  "bulletin",
  // ("said in a written dissent that …", 2026-12-07, newsdev59)
  "dissent",
  // ("saying in remarks carried by Radio Television Brunei (RTB) that …", 2026-12-07, newsdev81)
  "remarks",
  "opinion",
  // ("denied in a video posted on Facebook on Wednesday night that …", newsdev61)
  "video",
]);

/** Where a statement was posted or aired: "said on Twitter", "wrote on his Facebook page", "said on stage". */
const MEDIA = new Set([
  "twitter",
  "x",
  "telegram",
  "tiktok",
  "weibo",
  "wechat",
  "linkedin",
  "bluesky",
  "reddit",
  "whatsapp",
  "facebook",
  "instagram",
  "youtube",
  "medium",
  "media",
  "stage",
  "air",
  "camera",
  "television",
  "tv",
  "radio",
  "trail",
  "page",
  "account",
  "website",
  "blog",
  "podcast",
]);

/** "on" opening a phrase of up to four words that ends in a medium: where, not what, was said. */
function onMedium(tokens: Token[], c: number, last: number, mask: Uint8Array): boolean {
  if (tokens[c]?.lower !== "on") return false;
  // "said on NBC's “Meet the Press” that …": a programme's quoted title, perhaps after its network's name
  for (let k = c + 1; k < last && k <= c + 4; k++) {
    if (tokens[k]?.kind !== "quote") continue;
    const after = afterShortQuote(tokens, mask, k + 1);
    if (after > 0 && tokens[after]?.lower === "that") return true;
  }
  // "posted on Truth Social that …": a capitalised name right before "that" is a platform
  for (let k = c + 1; k < last && k <= c + 4 && (tokens[k] as Token).cap; k++)
    if (tokens[k + 1]?.lower === "that") return true;
  for (let k = c + 1; k < last && k <= c + 4; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") return false;
    if (MEDIA.has(t.lower)) return true;
  }
  return false;
}

/** Subject pronouns that cannot belong to a phrase such as "in a statement" or "on Sunday". */
const SUBJECT_PRONOUNS = new Set(["it", "he", "she", "they", "we", "i"]);

/**
 * The first subject pronoun in [from, to) that follows a word of the phrase (not a preposition or
 * a determiner: "in a statement it …", "on Telegram they …"), or -1.
 */
function pronounClauseIn(tokens: readonly Token[], from: number, to: number): number {
  for (let p = from + 1; p < to; p++) {
    const t = tokens[p] as Token;
    if (!SUBJECT_PRONOUNS.has(t.lower)) continue;
    const before = tokens[p - 1] as Token;
    return before.kind === "word" &&
      !NOT_CONTENT_START.has(before.lower) &&
      !/^(?:a|an|the|his|her|its|their|our|my|your)$/.test(before.lower)
      ? p
      : -1;
  }
  return -1;
}

/** Prepositions that, still at the start of the content after the phrase skip, open no content. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "among", "up"]);

const NOT_CONTENT_START = new Set([
  "as",
  "by",
  "at",
  "in",
  "from",
  "with",
  "during",
  "after",
  "before",
  "when",
  "while",
  "up",
  "out",
  // ("said outside the court that …", "told reporters outside the chamber"), 2026-12-06
  "outside",
  "off",
  "into",
  "later",
  "earlier",
  "yesterday",
  "today",
  "last",
  "this",
  "here",
  "and",
  "but",
  "or",
  "himself",
  "herself",
  "themselves",
  "itself",
  "so",
  "too",
  "again",
  "back",
  "down",
]);

/**
 * Reported speech, paraphrase and attributed belief, sentence by sentence (the cues of direct
 * quotes, `quoteCues`, are skipped):
 * "X said (that) …", "X told Y (that) …", "According to X, …", "…, X said." / "…, said X.",
 * "X denied/defended …", "the claim by X that …", "…, saying …". Content stops at the sentence end,
 * a dash, a semicolon or a participle clause. Quotes already attributed (`stopAtQuotes`) end it.
 */
export function indirectClaims(
  doc: AnalyzedText,
  mask: Uint8Array,
  stopAtQuotes: Set<number>,
  anon: AnonymousMemory,
  quoteCues: ReadonlyMap<number, SpeakerRef> = new Map(),
  unit: ClaimUnit = "quotation",
): { claims: DraftClaim[]; events: CueEvent[] } {
  const { tokens } = doc;
  const claims: DraftClaim[] = [];
  const scan: ClaimScan = { doc, mask, stopAtQuotes, anon, claims };
  const events: CueEvent[] = [];
  for (const s of doc.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i] as Token;
      if (mask[i] || t.kind !== "word") continue;
      // the cue of a direct quote ("“…,” Trump told NBC’s “Today” on Monday.") introduces nothing more
      const quoted = quoteCues.get(t.start);
      if (quoted) {
        events.push(cueEvent(t, s, quoted));
        continue;
      }
      if (t.lower === "according" && tokens[i + 1]?.lower === "to") {
        according(scan, s, i);
        continue;
      }
      // (a question put to someone is PolNeAR's claim, not the quotation unit's: the answer is the claim there)
      const asked = unit === "attribution" ? askedClaim(scan, s, i) : null;
      if (asked) {
        claims.push(asked);
        continue;
      }
      if (CUE_NOUNS.has(t.lower) && (nounCue(scan, s, i) || determinedNoun(tokens, i))) continue;
      // ("LINCOLN, Neb. (Reuters) - A federal judge on Friday blocked …": a role's noun that is also a verb, after its
      // determiner)
      if (ROLE_NOUNS.has(t.lower) && determinedNoun(tokens, i)) continue;
      // "A federal judge refused …": a cue that is also a person's noun is that noun after a determiner
      if (ROLE_NOUNS.has(t.lower) && determinedNoun(tokens, i)) continue;
      // ("The American Farm Bureau Federation, the largest farm lobby, urged …": a bare form after a determiner and
      // its modifiers, closing an appositive, is a noun)
      if (tokens[i + 1]?.text === "," && cueOf(t.lower)?.base === t.lower && determinedNoun(tokens, i)) continue;
      // ("wrote in an op-ed published Sunday in the Omaha World-Herald that …": a document's participle of issue
      // modifies it; the writer's cue before it governs the "that", 2026-12-08, newsdev86)
      if (ISSUE_PARTICIPLES.test(t.lower) && SPEAKING_DOCUMENTS.test(tokens[i - 1]?.lower ?? "")) continue;
      // ("riders on the authority's two rail lines": a bare form after a count, before a noun it modifies, 2026-12-08,
      // newsdev86)
      if (countedModifier(tokens, i) && cueOf(t.lower)?.base === t.lower) continue;
      // ("Contract talks between the City of Carverton and its police union have stalled …": "talks between" are
      // negotiations, a noun, 2026-12-07, newsdev66)
      if (t.lower === "talks" && tokens[i + 1]?.lower === "between") continue;
      // ("had been inspected in July and found to meet all requirements": a passive participle joined by "and", no one
      // finding, 2026-12-07, newsdev67)
      if (t.lower === "found" && tokens[i - 1]?.lower === "and" && tokens[i + 1]?.lower === "to") continue;
      // ("A federal judge on Tuesday released Mississippi's Pearl Bend School District from a desegregation order …":
      // someone set free from something, no document released, 2026-12-07, newsdev81)
      if (t.lower === "released" && releasedFrom(tokens, i + 1, s.last)) continue;
      // ("Wyoming lawmakers have found a new way to fight for coal: …": a way found is a means, no finding that something is
      // so, 2026-12-07, newsdev81)
      if (/^(?:find|finds|found|finding)$/.test(t.lower) && wayFoundAt(tokens, i + 1)) continue;
      // ("…, a practice known in the industry as spread pricing": "known … as" names a thing, 2026-12-07, newsdev66)
      if (t.lower === "known" && tokens.slice(i + 1, i + 6).some((w) => w.lower === "as")) continue;
      // ("after interviewing 22 lawyers and judges who had appeared before her": a role's plural, `isRolePlural`)
      if (isRolePlural(tokens, i)) continue;
      // ("more than 3,000 extension workers and volunteers had been sent": a plural joined to a plural noun by "and",
      // before the clause's auxiliary, is a subject noun, 2026-12-07, newsdev69)
      if (
        /[^s]s$/.test(t.lower) &&
        tokens[i - 1]?.lower === "and" &&
        /[^s]s$/.test(tokens[i - 2]?.lower ?? "") &&
        !tokens[i - 2]?.cap &&
        AUXILIARIES.has(tokens[i + 1]?.lower ?? "")
      )
        continue;
      // ("Brennan, a former union electrician, shot back that Kowalczyk had spent six years …": a retort's phrasal verb
      // before "that", read as "responded", 2026-12-07, newsdev66)
      const retort = RETORTS.test(t.lower) && tokens[i + 1]?.lower === "back" && tokens[i + 2]?.lower === "that";
      const cue = retort ? cueOf("responded") : cueOf(t.lower);
      if (!cue) {
        // ("The Southern Ballot Rights Project … filed the suit in …. The complaint says …": the suit one files speaks
        // for the one who filed it, newsdev62)
        if (/^(?:filed|brought)$/.test(t.lower) && /^(?:a|an|the|its|their)$/.test(tokens[i + 1]?.lower ?? "")) {
          const noun = tokens[i + 2]?.lower === "federal" ? tokens[i + 3] : tokens[i + 2];
          if (SUITS.includes(noun?.lower ?? "")) {
            const filer = speakerEndingAt(doc, skipAuxLeft(tokens, i - 1, s.index), anon);
            if (filer?.cluster !== undefined) rememberSuit(anon, filer);
          }
        }
        thatClause(scan, s, i);
        continue;
      }
      if (t.cap && !isHeadlineCue(tokens, i, s)) continue;
      // ("repeat violators face fines", "repeated breakdowns at ageing mills": an adjective before a plural)
      if (adjectivalRepeat(t.lower, tokens[i + 1]?.lower)) continue;
      const prev = tokens[i - 1];
      // ("more than 2,300 written comments, most of them opposed to the pipeline": an absolute phrase's adjective, no
      // one's stance, 2026-12-07, newsdev76)
      if (cue.base === "oppose" && t.lower === "opposed" && tokens[i + 1]?.lower === "to" && prev?.lower === "them")
        continue;
      // ("since the European Union ended guaranteed prices in 2017": a participle before the plural it describes, after
      // a verb, is an adjective, 2026-12-07, newsdev79)
      if (
        t.lower === "guaranteed" &&
        /ed$/.test(prev?.lower ?? "") &&
        tokens[i + 1]?.kind === "word" &&
        !tokens[i + 1]?.cap &&
        /[^s]s$/.test(tokens[i + 1]?.lower ?? "")
      )
        continue;
      // ("the effect was felt at once": a passive "felt" reports no one's view, 2026-12-07, newsdev66)
      if (cue.base === "feel" && /^(?:was|were|is|are|been|be)$/.test(prev?.lower ?? "")) continue;
      // "used much of their time to criticize the media": an attribution of the clause's subject
      const infinitive = prev?.lower === "to" && unit === "attribution" && !t.lower.endsWith("ing");
      // ("most of them on those pitches", "his remarks": after a determiner the form is a noun)
      if (prev && /^(?:to|a|an|the|those|these|his|its|their|our|my|your)$/.test(prev.lower) && !infinitive) continue;
      // ("the London label Cinder Street Records": a name between the article and the form makes it a noun)
      // (only the bare form after a singular word that names nobody: not "The I.R.S. said …", "The Democrats say …")
      if (
        prev?.cap &&
        prev.kind === "word" &&
        /^(?:a|an|the)$/.test(tokens[i - 2]?.lower ?? "") &&
        t.lower === cue.base &&
        !/s$/.test(prev.lower) &&
        !doc.mentionByLastToken.has(i - 1)
      )
        continue;
      // ("to revoke the air permit for a … plant": a bare form after an article and a singular lower-case noun is a
      // compound's head, no verb — not after a collective noun that takes a plural verb, "the police say", 2026-12-07,
      // newsdev77)
      if (
        t.lower === cue.base &&
        prev?.kind === "word" &&
        !prev.cap &&
        !/s$/.test(prev.lower) &&
        !/ly$/.test(prev.lower) &&
        !FUNCTION_WORDS.has(prev.lower) &&
        !PLURAL_COLLECTIVES.has(prev.lower) &&
        /^(?:the|a|an)$/.test(tokens[i - 2]?.lower ?? "") &&
        // (not a noun of a preposition's phrase after the subject: "Supporters of the bill say …", "Fishermen along the
        // coast say …")
        !/^(?:of|for|to|in|on|at|with|from|by|about|against|along|across|near|around|over|under|through)$/.test(
          tokens[i - 3]?.lower ?? "",
        )
      )
        continue;
      // ("On his afternoon show on KSL NewsRadio, …": a preposition, a determiner and a modifier before the form)
      if (
        t.lower === cue.base &&
        /^(?:on|in|at|during|for|from)$/.test(tokens[i - 3]?.lower ?? "") &&
        /^(?:a|an|the|his|her|its|their|our|my|your)$/.test(tokens[i - 2]?.lower ?? "") &&
        prev?.kind === "word" &&
        !prev.cap &&
        // (not "Hoteliers on the island say …": a plural noun opening the sentence is the verb's subject, newsdev78)
        !(cue.base === "say" && i - 4 === s.first && /[^s]s$/.test(tokens[s.first]?.lower ?? ""))
      )
        continue;
      // ("A federal appeals court struck down …": a noun that modifies the noun after it)
      if (/^(?:court|courts|panel|process|judge|judges|page)$/.test(tokens[i + 1]?.lower ?? "") && /s$/.test(t.lower))
        continue;
      // passive "was called", "is not expected", "are said": the subject is not the source
      if (passiveAuxiliary(tokens, i) >= 0) continue;
      // "a program called Sandy Hook Promise": naming, nobody speaks
      if (isNamingCall(tokens, i)) continue;
      // "Having said that, …", "That said, …", "That being said, …": a discourse marker, nobody speaks
      if (cue.base === "say" && discourseMarker(tokens, i)) continue;
      // "added to his portfolio", "adds up to", "adds 45 minutes to each day": adding things, not words
      if (cue.base === "add" && (/^(?:to|up)$/.test(tokens[i + 1]?.lower ?? "") || addsQuantityTo(tokens, i))) continue;
      // ("…, the largest escape reported in the country this year": a participle after a superlative's noun modifies it)
      if (
        /ed$/.test(t.lower) &&
        prev?.kind === "word" &&
        !prev.cap &&
        /^(?:[a-z]{2,}est|first|only|best|worst)$/.test(tokens[i - 2]?.lower ?? "") &&
        tokens[i - 3]?.lower === "the" &&
        !/^(?:honest|interest|modest|earnest|protest|request|suggest|test)$/.test(tokens[i - 2]?.lower ?? "")
      )
        continue;
      // ("said in advice published on Friday that …": a participle after the message a cue before it went out in)
      if (
        /ed$/.test(t.lower) &&
        (MESSAGE_NOUNS.has(prev?.lower ?? "") || VENUES.has(prev?.lower ?? "")) &&
        /^(?:in|with|through|via)$/.test(tokens[i - 2]?.lower ?? "") &&
        cueOf(tokens[i - 3]?.lower ?? "")?.base === "say"
      )
        continue;
      // "In a 31-page written response to the ethics office": the participle as an adjective before a document's noun
      if (t.lower === "written" && WRITTEN_DOCUMENTS.test(tokens[i + 1]?.lower ?? "")) continue;
      // ("a budget outline written by the other party": a participle after its noun, its agent after "by" — no one
      // speaks, in the quotation unit)
      if (
        unit !== "attribution" &&
        /^(?:written|drafted|authored)$/.test(t.lower) &&
        tokens[i + 1]?.lower === "by" &&
        prev?.kind === "word" &&
        !prev.cap
      )
        continue;
      // "a Ministry of Health report published on Friday": a cue noun a participle describes, no verb
      if (CUE_NOUNS.has(t.lower) && issuedDocument(tokens, i + 1)) continue;
      // ", a species declared extinct in the wild": a participle after an appositive's noun, no one speaking
      if (
        /ed$/.test(t.lower) &&
        prev?.kind === "word" &&
        !prev.cap &&
        /^(?:a|an)$/.test(tokens[i - 2]?.lower ?? "") &&
        tokens[i - 3]?.text === ","
      )
        continue;
      // "thanked volunteers who had …": a plural noun after a past verb is its object, no verb of its own
      if (/[^s]s$/.test(t.lower) && prev?.kind === "word" && !prev.cap && /[^e]ed$/.test(prev.lower)) continue;
      // "higher than reported", "as reported": a comparison with what was reported, no report of anyone's
      if (/^(?:than|as)$/.test(prev?.lower ?? "") && /(?:ed|en)$/.test(t.lower)) continue;
      // "Jordan Libowitz, chief counsel of CREW": a job's noun after its modifier, no verb
      if (
        t.lower === "counsel" &&
        /^(?:chief|general|special|senior|associate|deputy|legal|outside)$/.test(prev?.lower ?? "")
      )
        continue;
      // "fees charged to retailers": a price, not an accusation
      if (cue.base === "charge" && tokens[i + 1]?.lower === "to") continue;
      // "because of a battery fault, the regulator said": a noun before the comma, no verb with an object
      if (t.lower === "fault" && tokens[i + 1]?.kind === "punct") continue;
      // "will recall 86,000 of its SUVs", "recalls 2 million cars": a product recall, not a memory
      if (
        cue.base === "recall" &&
        (tokens[i + 1]?.kind === "number" ||
          (/^(?:about|nearly|more|some)$/.test(tokens[i + 1]?.lower ?? "") && tokens[i + 2]?.kind === "number"))
      )
        continue;
      // ("In its March survey report, IPMA … estimated …", "In a 38-page review released Tuesday, …": a determiner and
      // a few modifiers before a cue that is a noun too make it the noun)
      if (NOUN_CUES.test(t.lower) && possessedNoun(tokens, i)) continue;
      // ("Ash dieback, the fungal disease first found in Ireland in 2012, has now reached …": a finding of a thing in a
      // place is no finding that something is so)
      if (
        t.lower === "found" &&
        /^(?:in|on|at|near|inside|off)$/.test(tokens[i + 1]?.lower ?? "") &&
        !thatSoon(tokens, i)
      )
        continue;
      // ("spent nearly two hours Saturday taking questions from homeowners …": the object of a verb of handling
      // questions, a noun)
      if (
        /^questions?$/.test(t.lower) &&
        /^(?:take|takes|taking|took|taken|field|fields|fielding|fielded|answer|answers|answering|answered|raise|raises|raising|raised|pose|poses|posed|posing)$/.test(
          prev?.lower ?? "",
        )
      )
        continue;
      // "Trump’s leaks": a noun after a possessive
      if (prev && /^['’]s$/.test(prev.text)) continue;
      // "the Kyiv think tank DiXi Group": a think tank, no thinking
      if (t.lower === "think" && /^tanks?$/.test(tokens[i + 1]?.lower ?? "")) continue;
      // "Presiding judge Katrien De Wachter said": a title the name's mention holds, no verb
      const titled = doc.mentionByFirstToken.get(i + 1);
      if (titled && titled.start <= t.start) continue;
      // "Social media posts said …", "Media reports said …": a noun heading the subject of the cue right after it
      const next = tokens[i + 1];
      if (t.lower.endsWith("s") && next?.kind === "word" && !next.cap && QUOTE_CUES.has(cueOf(next.lower)?.base ?? ""))
        continue;
      // "the debt ceiling talks of 2011", "peace talks with …": "talks" after a noun no one is (not "the president
      // talks about …") is the noun
      if (
        t.lower === "talks" &&
        prev?.kind === "word" &&
        !prev.cap &&
        !ROLE_NOUNS.has(prev.lower) &&
        !isRoleHead(prev.lower) &&
        !PRONOUNS.get(prev.lower) &&
        !FUNCTION_WORDS.has(prev.lower)
      )
        continue;
      // "a battery-cooling fault that could cause fires", "a veiled threat": a noun after "a" or "an"
      if (t.lower === cue.base && !ROLE_NOUNS.has(t.lower) && afterIndefiniteArticle(tokens, i)) continue;
      // "her previous support for trade deals", "strong support from whites", "attacks on his personal life"
      if (NOUN_OR_VERB_CUES.has(t.lower) && prev && NOUN_MODIFIERS.has(prev.lower)) continue;
      // "a statement released through his management company": the document issued, nobody speaking
      if (issuedDocument(tokens, i)) continue;
      // "the statement quoted him as saying": the quotation before it is his (direct.ts), not this content
      if (/^quot/.test(t.lower) && asSayingWithin(tokens, i + 1, s.last)) continue;
      // progressive "is arguing" behaves like a finite verb
      const progressive = prev !== undefined && /^(?:is|are|was|were|been|’s|'s|am)$/.test(prev.lower);
      const ing = t.lower.endsWith("ing") && !progressive;
      // speaker: left noun phrase; for ", saying" / "by defending" the subject before; for a cue in a
      // participial phrase opening the sentence, the main clause's subject after it
      let speaker: SpeakerRef | null = null;
      // the source an anonymity aside describes, or the one "quoted … as saying": the form itself says who
      // speaks (the ranker leaves it)
      let fromAside = false;
      // "A council officer, speaking on condition of anonymity, said …": the comma opening such an aside
      const aside = prev?.text === "," ? anonymityAsideBefore(doc, s.first, i - 1) : -1;
      const partyAside = prev?.text === "," ? partyStateAside(tokens, i - 1) : -1;
      // "A pilot who asked not to be named because he feared dismissal said …": the same without commas
      const bare = aside < 0 && prev?.text !== "," ? bareAnonymityAside(doc, s.first, i, s.last) : -1;
      if (bare === -2) continue;
      const opening = openingPhraseSource(doc, s, i, anon);
      if (opening) {
        speaker = opening.speaker;
      } else if (infinitive) {
        speaker = subjectBefore(doc, s, i, anon);
        if (!speaker) continue;
      } else if (t.lower === "saying" && prev?.lower === "as" && quotedBefore(tokens, i - 2, s.first)) {
        // "Kazinform quoted Abenov as saying that …": the one quoted speaks (the form says so: the ranker leaves it)
        speaker = quotedAsSaying(doc, i - 2, anon);
        if (!speaker) continue;
        fromAside = true;
      } else if (ing && citingAside(tokens, i - 1, s.last, mask) > 0) {
        // "reported, citing government sources, that …": the aside names the report's source; the cue
        // before it carries the content
        continue;
      } else if (ing && absoluteWith(doc, i)) {
        // ("…, with Garrity saying he would move every new state worker into a 401(k)-style plan and Vasquez-Moore
        // accusing him of …": a "with" clause's named subject speaks, 2026-12-07, newsdev69)
        speaker = speakerEndingAt(doc, i - 1, anon);
        if (!speaker) continue;
      } else if (ing && isModifierParticiple(tokens, i)) {
        // "pastors supporting Mr. Cruz", "with polls showing …": the noun it modifies is the source
        speaker = speakerEndingAt(doc, i - 1, anon);
        if (!speaker) continue;
      } else if (ing) {
        // ", forcefully denouncing the Castro regime": an adverb may stand between
        // (or a closing quotation mark: 'wrote that the veto was “the right call,” arguing that …')
        const lead =
          prev && (/ly$/.test(prev.lower) || prev.kind === "quote") && tokens[i - 2]?.text === ","
            ? tokens[i - 2]
            : prev;
        // ("sent the university a letter Monday arguing that …": a document the subject sent argues for it)
        // ("The Greater Lone Star Chamber of Commerce released a study estimating that …", "filed a federal lawsuit
        // Monday accusing …": a study the subject released, a suit it filed, argues for it, whoever the subject is)
        const released =
          (RELEASED_DOCUMENTS.test(lead?.lower ?? "") && releasedBefore(tokens, i - 1, s.first)) ||
          (CALENDAR_WORDS.has(lead?.lower ?? "") &&
            RELEASED_DOCUMENTS.test(tokens[i - 2]?.lower ?? "") &&
            releasedBefore(tokens, i - 2, s.first)) ||
          filedWithBefore(tokens, i, s.first);
        const letter =
          released ||
          SENT_DOCUMENTS.test(lead?.lower ?? "") ||
          (CALENDAR_WORDS.has(lead?.lower ?? "") && SENT_DOCUMENTS.test(tokens[i - 2]?.lower ?? ""));
        if (letter) {
          // (a named sender only: "The DNC issued a statement apologizing …" is left as it was)
          speaker = subjectBefore(doc, s, i, anon);
          if (speaker === null || (speaker.cluster === undefined && !released)) continue;
        } else if (!lead || !(lead.text === "," || lead.lower === "by")) continue;
        // "…, Mr. Manafort said, adding that …": the speaker of the cue just before
        // (not a verb inside what was just reported: "The company denied that it had ignored warnings,
        // saying …" is the company's, not the "it" of "had ignored")
        const lastEvent = events.findLast((e) => !claims.some((c) => c.start <= e.at && e.at < c.end));
        // (however long the quotation it just closed: '…, wrote that the veto was “the right call made for the
        // wrong reasons,” arguing …')
        const closed = prev?.kind === "quote" && lastEvent && claims.at(-1)?.end === prev.end;
        // ("Kentucky’s attorney general sued one of the nation’s largest pharmacy benefit managers on Tuesday, accusing
        // …": a long object after the sentence's own cue — its one cue before the participle, one that reported no
        // content of its own — and no subject the rules find before the participle: the cue's speaker, 2026-12-07,
        // newsdev66)
        // ("WASHINGTON (AP) — The White House's pick for surgeon general denied Thursday that …, telling a Senate
        // committee that …": the cue of the subject that opens the sentence, however far back, 2026-12-07, newsdev77)
        // ("A spokeswoman for the governor, Jocelyn Baptiste-Kraus, denied that …, saying …": a named denier's too,
        // wherever the name stands, newsdev79)
        const afterDenial =
          lastEvent !== undefined &&
          lastEvent.at >= s.start &&
          // (a denial's: after "said … it had started proceedings, alleging …" the participle may be the reported
          // clause's own, newsdev9)
          cueOf(doc.text.slice(lastEvent.cue.start, lastEvent.cue.end).toLowerCase())?.denial === true &&
          (lastEvent.speaker.cluster !== undefined ||
            lastEvent.speaker.start === tokens[Math.max(s.first, datelineDash(tokens, s.first, i) + 1)]?.start);
        if (!letter)
          speaker =
            lead?.text === "," &&
            lastEvent &&
            lastEvent.at >= s.start &&
            (t.start - lastEvent.at < 60 || closed || afterDenial)
              ? lastEvent.speaker
              : (subjectBefore(doc, s, i, anon) ??
                (lead?.text === "," &&
                lastEvent &&
                lastEvent.at >= s.start &&
                events.filter((e) => e.at >= s.start && e.at < t.start).length === 1 &&
                !claims.some((c) => c.cue?.start === lastEvent.cue.start)
                  ? lastEvent.speaker
                  : null));
      } else if (partyAside > s.first) {
        // "Sen. Corbin Ashdown, R-S.C., said …": AP's party and state between commas, the subject before them
        speaker = speakerEndingAt(doc, partyAside - 1, anon);
        if (!speaker) continue;
      } else if (aside > s.first) {
        // the subject is before the anonymity aside ("A senior manager at the trust, who asked not to be named,":
        // the unnamed manager, not the trust)
        // ("Democrats control both chambers, but a senior Democratic aide in the state House, who requested anonymity
        // …, said …": the description opens the clause after ", but", 2026-12-07, newsdev79)
        let clause = s.first;
        for (let k = s.first + 1; k < aside; k++)
          if (/^(?:but|and|yet)$/.test(tokens[k]?.lower ?? "") && tokens[k - 1]?.text === ",") clause = k + 1;
        speaker = describedSourceBefore(doc, clause, aside) ?? speakerEndingAt(doc, aside - 1, anon);
        if (!speaker) continue;
        fromAside = true;
      } else if (prev?.text === "," && !closesOpeningAppositive(doc, i - 1, s.first) && tailForm(scan, s, i)) {
        // "CONTENT, said Steven Taylor, a chairman …"
        continue;
      } else {
        const end = skipAuxLeft(tokens, i - 1, s.index);
        if (end >= s.first)
          speaker =
            openingInquiry(doc, s, i) ??
            teamLeader(doc, s.first, end) ??
            commissionedDocumentMaker(doc, s, end, anon) ??
            speakerEndingAt(doc, end, anon) ??
            pluralBeforePlace(doc, s, end);
        if (!speaker && /^(?:and|but|then|or)$/.test(tokens[end]?.lower ?? "")) {
          // "the council denied that it had refused … and said …": the second verb shares the first cue's
          // subject, not the subject of what that cue reported
          // (the cue right before the last "that" ahead of "and": "told Al Jazeera that …, and accused …")
          let that = end - 1;
          while (that > s.first && (tokens[that] as Token).lower !== "that") that--;
          const thatAt = (tokens[that] as Token).start;
          const main =
            (tokens[that] as Token).lower === "that"
              ? events.findLast((e) => e.at >= s.start && e.at < thatAt && thatAt - e.at < MAX_CUE_TO_THAT)
              : undefined;
          // ("said planters were not against higher pay but wanted it tied to productivity", "told X that the
          // government had considered a larger rise but feared that …": a verb of wanting or fearing after an
          // earlier cue of the sentence is the reported clause's own verb, no attribution of its own)
          const inside =
            WISH_CUES.has(cue.base) && events.some((e) => e.at >= s.start && e.at < (tokens[end] as Token).start);
          if (inside) continue;
          const found = subjectBefore(doc, s, end, anon, true);
          // ("The campaign of … Reid Haverford on Monday accused …, and said …": the speaker the first verb's subject
          // was resolved to, where the subject is that one)
          // ("The committee’s ranking Democrat, Rep. Joan Pettibone of Maryland, said … but accused …": or the name set
          // off after that subject, which the first verb's speaker is, 2026-12-07, newsdev66)
          const first = found
            ? (events.find((e) => e.at >= s.start && e.speaker.start === found.start) ??
              events.find(
                (e) =>
                  e.at >= s.start &&
                  e.speaker.cluster !== undefined &&
                  doc.entities.clusters[e.speaker.cluster]?.type === "Person" &&
                  e.speaker.start > found.start &&
                  e.speaker.end <= e.at &&
                  tokens[tokenAtOrAfter(tokens, found.end)]?.text === "," &&
                  e.at < (tokens[end] as Token).start,
              ))
            : undefined;
          const subject = first?.speaker ?? found;
          // (only when the subject found stands inside what that cue reported)
          speaker = main && (!subject || subject.start > thatAt) ? main.speaker : subject;
        }
        // the subject before an anonymity aside without commas, rather than a noun inside the aside ("A city
        // official who was not authorized to discuss the talks said": the official, not "the talks")
        if (bare > s.first) {
          const subject = speakerEndingAt(doc, bare - 1, anon);
          if (subject) {
            speaker = subject;
            fromAside = true;
          }
        }
      }
      // "…, X said …": the speaker (or the cue itself) after a comma, a tail attribution's shape
      // ("…, National Disaster Centre director X said, warning …": capitalised words of an organization may stand
      // between the comma and the speaker's title)
      // (not a name set off as the appositive of a description opening the sentence: "Villarreal Cruz’s campaign
      // committee, Lorena for America, answered within the hour.")
      // ("Quintero for President said in a statement that …. “…,” the statement said.", "…, the Office of Inspector
      // General said in a report …. …, the report found.": after the cue too, whatever the content)
      if (speaker?.cluster !== undefined && tokens[i + 1]?.lower === "in")
        rememberDocument(tokens, i + 2, Math.min(s.last, i + 7), speaker, anon);
      // ("But in a letter to the department dated Oct. 28, …, the U.S. Environmental Protection Agency said …. The letter
      // also said …": a document the sentence opens in, before its speaker and cue, 2026-12-07, newsdev77)
      if (speaker?.cluster !== undefined) {
        const opening = tokens[s.first]?.lower === "but" ? s.first + 1 : s.first;
        if (tokens[opening]?.lower === "in" && /^(?:a|an|its|their)$/.test(tokens[opening + 1]?.lower ?? ""))
          rememberDocument(tokens, opening + 2, Math.min(i, opening + 4), speaker, anon);
      }
      const tailShaped = () =>
        speaker !== null &&
        (prev?.text === "," || followsComma(tokens, speaker, TITLE_WORDS)) &&
        !(prev?.text === "," && closesOpeningAppositive(doc, i - 1, s.first)) &&
        !closesOpeningAppositive(doc, tokenAtOrAfter(tokens, speaker.end), s.first);
      // content after the cue
      let c = retort ? i + 2 : i + 1;
      let via: number | undefined;
      if (/^(told|tell|tells|telling|assured|informed|warned|reminded|advised)$/.test(t.lower)) {
        via = viaAfter(doc, i);
        const obj = skipObject(doc, c, s, mask);
        // "…, a school spokesman told The Wall Street Journal.": the content is before the speaker
        if (
          obj > c &&
          speaker &&
          followsComma(tokens, speaker, TITLE_WORDS) &&
          onlyWhenAfter(tokens, obj, s.last) &&
          tailForm(scan, s, i, speaker, obj)
        ) {
          events.push(cueEvent(t, s, speaker));
          continue;
        }
        // ("told the Namibian Broadcasting Corporation (NBC), on condition of anonymity, that …": an anonymity aside
        // between the one told and the content's "that", 2026-12-08, newsdev86)
        const aside = obj > c && tokens[obj]?.text === "," ? anonymityAsideThat(doc, obj, s.last) : -1;
        if (aside > 0) c = aside;
        else if (obj > c && tokens[obj]?.lower === "that") c = obj;
        else if (obj > c && t.lower.startsWith("t")) c = obj;
      }
      // "said — on Twitter, as it happens — that …": the aside between dashes is not the content
      if (DASHES.has(tokens[c]?.text ?? "")) {
        let close = c + 1;
        while (close < s.last && close - c <= MAX_ASIDE && !DASHES.has(tokens[close]?.text ?? "") && !mask[close])
          close++;
        if (DASHES.has(tokens[close]?.text ?? "") && close + 1 < s.last) c = close + 1;
      }
      // "…, political analysts say; in 2012, …": nothing after the cue is its content
      if (tokens[c]?.text === ";") {
        if (speaker && followsComma(tokens, speaker) && tailForm(scan, s, i, speaker))
          events.push(cueEvent(t, s, speaker));
        continue;
      }
      // "reported, citing government sources, that …", "said, quoting an aide, that …": the source it cites
      // is an aside; the content is the clause after "that"
      const citedThat = citingAside(tokens, c, s.last, mask);
      if (citedThat > 0) c = citedThat;
      if (tokens[c]?.text === "," || tokens[c]?.text === ":") {
        // "said, “…”" is a direct quote, handled elsewhere; "said: …" unquoted is content;
        // "he said, not finishing his joke" is a modifier, not content
        if (mask[c + 1] || (tokens[c]?.text === "," && /ing$/.test(tokens[c + 1]?.lower ?? ""))) {
          // "…, a Chinese official said, adding that …": the content is before the speaker
          if (speaker && followsComma(tokens, speaker, TITLE_WORDS)) {
            events.push(cueEvent(t, s, speaker));
            tailForm(scan, s, i, speaker);
          }
          continue;
        }
        // "…, he said, on condition of anonymity.": a tail attribution, not content after the cue
        if (tokens[c]?.text === "," && speaker && followsComma(tokens, speaker, TITLE_WORDS)) {
          if (tailForm(scan, s, i, speaker)) {
            events.push(cueEvent(t, s, speaker));
            continue;
          }
        }
        c++;
      }
      // "said to reporters that …", "said to a crowd in Philadelphia.": a listener after "said to" ("said to
      // be …" stays content); what follows it is the content, unless it only says when or where
      if (cue.base === "say" && tokens[c]?.lower === "to") {
        const listenerEnd = afterSaidTo(doc, c, s, mask);
        if (listenerEnd < 0) {
          if (tailShaped()) tailForm(scan, s, i, speaker);
          continue;
        }
        c = listenerEnd;
      }
      const afterDay = cue.clausal ? contentAfterDay(tokens, c) : -1;
      // "…, The National reported last month, citing figures from …", "…, the SCA said on Sunday, as the
      // lines kept …": a participle or a subordinate clause after the time phrase's comma ends the attribution
      if (afterDay > 0 && tokens[afterDay - 1]?.text === "," && closesAttribution(tokens, afterDay) && tailShaped()) {
        tailForm(scan, s, i, speaker);
        continue;
      }
      // ("…, Representative Thomas Ekberg said on Wednesday as he opened a House hearing …": a clause of time right
      // after the day, with no comma, ends the attribution too, newsdev62)
      const dayEnd = dayPhraseEnd(tokens, c);
      if (
        dayEnd > 0 &&
        /^(?:as|while|when|before|after)$/.test(tokens[dayEnd]?.lower ?? "") &&
        /^(?:he|she|they|it|we|the|his|her|their)$/.test(tokens[dayEnd + 1]?.lower ?? "") &&
        tailShaped() &&
        tailForm(scan, s, i, speaker)
      ) {
        events.push(cueEvent(t, s, speaker as SpeakerRef));
        continue;
      }
      if (afterDay > 0) c = afterDay;
      else if (TIME_START.has(tokens[c]?.lower ?? "") || (tokens[c]?.lower === "of" && cue.base === "say")) {
        // "said Thursday in an email that …" keeps the clause after "that"; otherwise nothing here
        let k = c + 1;
        while (k < s.last && k - c < 12 && tokens[k]?.lower !== "that" && !mask[k]) {
          // ("Axios reported Sunday, citing two people briefed on the matter, that …": the source it cites is an
          // aside, its "that" the content's)
          const cited = tokens[k]?.text === "," ? citingAside(tokens, k, s.last, mask) : -1;
          if (cited > 0) {
            k = cited;
            break;
          }
          // ("…, Cassidy said Tuesday, hardening a standoff that could …": a participle or a subordinate clause
          // after the time closes the attribution; its "that" is a relative's)
          if (tokens[k]?.text === "," && closesAttribution(tokens, k + 1)) break;
          // ("A poll released Sunday by the Las Vegas Review-Journal found that …": the "that" is another verb's)
          if (
            k > c + 1 &&
            PAST_CUES.test(tokens[k]?.lower ?? "") &&
            !DETERMINERS_BEFORE.test(tokens[k - 1]?.lower ?? "")
          )
            break;
          k++;
          // ("said on Sunday on NBC's “Meet the Press” that …": past a programme's quoted title)
          if (mask[k]) k = Math.max(k, afterShortQuote(tokens, mask, k));
        }
        if (tokens[k]?.lower !== "that") {
          // "…, Jane Miller said Monday.": the content is before the cue
          if (tailShaped()) tailForm(scan, s, i, speaker);
          continue;
        }
        c = k;
      }
      // ("Ocampo told The Record in June, when the newspaper first asked about the lease, that he had …": a clause of
      // time set off by commas before the content's "that", 2026-12-08, newsdev86)
      const asideThat = timeClauseBeforeThat(tokens, mask, c, s.last);
      if (asideThat > 0) c = asideThat;
      // "cited by the official", "known as", "said on Twitter": no content here
      // ("reported on Wednesday in the journal …": "on" and a day is a time phrase too, and "on" with
      // a medium, "wrote on his Facebook page", a place)
      const onDay = tokens[c]?.lower === "on" && TIME_START.has(tokens[c + 1]?.lower ?? "");
      // "called himself pro-choice", "describes herself as …": the reflexive is what the content is about
      const selfObject = REFLEXIVES.has(tokens[c]?.lower ?? "") && NAMING_CUES.has(cue.base);
      // ("said at least two runners were …": "at least" counts, it places nothing)
      const atLeast = tokens[c]?.lower === "at" && /^(?:least|most)$/.test(tokens[c + 1]?.lower ?? "");
      // ("Judge Mihaela Stoenescu said as she read the verdict that …": an "as" clause of the occasion, then
      // the content after its "that")
      const asThat = tokens[c]?.lower === "as" && cue.base === "say" ? occasionThat(tokens, c, s.last, mask) : -1;
      if (asThat > 0) c = asThat;
      else if (
        (NOT_CONTENT_START.has(tokens[c]?.lower ?? "") && !selfObject && !atLeast) ||
        onDay ||
        onMedium(tokens, c, s.last, mask)
      ) {
        if (tokens[c]?.lower === "by" || tokens[c]?.lower === "as") continue;
        // "said in a statement that …", "said on Monday, …": skip the phrase (and a programme's quoted title in
        // it: "said on NBC's “Meet the Press” that …")
        let k = c + 1;
        let bracketed = 0;
        while (
          k < s.last &&
          k - c - bracketed < 10 &&
          tokens[k]?.lower !== "that" &&
          tokens[k]?.text !== "," &&
          tokens[k]?.text !== ":"
        ) {
          // ("said in a filing with the Toronto Stock Exchange (TSX) that …": an acronym in brackets is the name's)
          // ("… Exchange (LuSE) that …": a short name no rule took for a mention)
          if (
            tokens[k]?.text === "(" &&
            tokens[k + 2]?.text === ")" &&
            (doc.mentionByFirstToken.has(k + 1) || /^\p{Lu}[\p{L}-]*$/u.test(tokens[k + 1]?.text ?? ""))
          ) {
            k += 3;
            bracketed += 3;
            continue;
          }
          // ("said in a joint statement with the Ministry of National Development (MND) late on Thursday that …": a
          // name counts as one word)
          const named = doc.mentionByFirstToken.get(k);
          if (named && named.last - named.first > 1 && named.last <= s.last) {
            bracketed += named.last - named.first - 1;
            k = named.last;
            continue;
          }
          if (mask[k]) {
            const after = afterShortQuote(tokens, mask, k);
            if (after < 0) break;
            k = after;
            continue;
          }
          if (
            CLAUSE_CUT.has(tokens[k]?.text ?? "") ||
            // ("said in its weekly report that …": a venue's noun is no second cue; "said in a written statement
            // that …": nor the participle before a document's noun)
            (cueOf(tokens[k]?.lower ?? "") &&
              !issuedDocument(tokens, k) &&
              !VENUES.has(tokens[k]?.lower ?? "") &&
              !(tokens[k]?.lower === "written" && WRITTEN_DOCUMENTS.test(tokens[k + 1]?.lower ?? ""))) ||
            (CUE_NOUNS.has(tokens[k]?.lower ?? "") && !VENUES.has(tokens[k]?.lower ?? ""))
          )
            break;
          k++;
        }
        // "…, the Congressional Budget Office reported on Tuesday -- a development …", "…, the AP declared on
        // Thursday, two days after voters went to the polls", "…, the city's water utility said on Sunday, as
        // reservoirs fell …": with the speaker after a comma, a dash, a time or a subordinate clause after the
        // phrase ends the attribution; the content is before the cue
        const endsAttribution =
          DASHES.has(tokens[k]?.text ?? "") ||
          (tokens[k]?.text === "," && (closesAttribution(tokens, k + 1) || timeAfter(tokens, k + 1, s.last)));
        if (endsAttribution && tailShaped()) {
          tailForm(scan, s, i, speaker);
          continue;
        }
        const pronounAt = pronounClauseIn(tokens, c + 1, k);
        if (tokens[k]?.lower === "that") c = k;
        // "wrote on Facebook: “…”": the quote after the colon is the content, the quote rules' claim
        // (the cue stays an event for them); "said in a statement: the plan …" has its content after it
        else if (tokens[k]?.text === ":") {
          if (mask[k + 1] || mask[k + 2]) {
            if (speaker) events.push(cueEvent(t, s, speaker));
            continue;
          }
          c = k + 1;
        }
        // "a bill aimed at improving conditions, said in a statement that …": the verb after the
        // comma is the sentence's own cue (its subject ran through this phrase), not content
        else if (tokens[k]?.text === "," && !mask[k + 1] && FINITE_SPEECH.test(tokens[k + 1]?.lower ?? "")) continue;
        // "In a video posted on X before the hearing, Cárdenas denied that …": a clause with its own source and
        // cue after the phrase is that cue's, not this one's content
        else if (tokens[k]?.text === "," && !mask[k + 1] && opensAttribution(doc, k + 1)) continue;
        else if (tokens[k]?.text === "," && !mask[k + 1]) c = k + 1;
        // "Hamas said in a statement it would not attend", "… on Sunday it “rejects” the plan": a pronoun
        // subject after the phrase opens the content, as after a bare day
        else if (pronounAt > 0) c = pronounAt;
        // "…, a team led by X reported on Wednesday in the journal Nature.": the phrase ends the
        // sentence, so the content is before the cue
        else if (k >= s.last || (k + 1 === s.last && /^[.!?]$/.test(tokens[k]?.text ?? ""))) {
          if (tailShaped()) tailForm(scan, s, i, speaker);
          continue;
        }
        // another cue further on owns this sentence ("pushed back against the claims by X that …")
        else if (
          (CUE_NOUNS.has(tokens[k]?.lower ?? "") && !VENUES.has(tokens[k]?.lower ?? "")) ||
          cueOf(tokens[k]?.lower ?? "")
        )
          continue;
      }
      // "said in Cairo", "spoke at a rally": a place or occasion, not content (under 30 % on PolNeAR train)
      if (PLACE_PREPOSITIONS.has(tokens[c]?.lower ?? "") && !atLeast) {
        if (tailShaped()) tailForm(scan, s, i, speaker);
        continue;
      }
      // "said at a press conference, according to the Las Vegas Sun.": the outlet that reports it, not content
      const pastSource = pastAccordingTo(tokens, c, s.last);
      if (pastSource < 0) {
        if (tailShaped()) tailForm(scan, s, i, speaker);
        continue;
      }
      c = pastSource;
      // ("ruling 6-3 that …", "voted 52-48 that …": the vote's count before the clause)
      if (
        tokens[c]?.kind === "number" &&
        /^[-–]$/.test(tokens[c + 1]?.text ?? "") &&
        tokens[c + 2]?.kind === "number" &&
        tokens[c + 3]?.lower === "that"
      )
        c += 3;
      // ("calling that idea "insulting."": "that" determines the noun a naming verb names, no clause opens)
      const namedNoun =
        cue.base === "call" && tokens[c + 1]?.kind === "word" && !tokens[c + 1]?.cap && tokens[c + 2]?.kind === "quote";
      const hasThat = tokens[c]?.lower === "that" && !namedNoun;
      if (hasThat) c++;
      // "The former governor, who dropped his bid, noted that …": a subject the speaker rules do not know
      let loose = false;
      // without "that", only a complement right after the verb ("Protest groups say the …")
      if (!speaker && !ing && (hasThat || c === i + 1)) {
        speaker = looseSubject(doc, s, i, anon, !hasThat);
        loose = !hasThat;
      }
      // ("Attorney General Clayton Rhodes sued Brightway … on Tuesday, …. The lawsuit, filed in …, says …": the suit
      // speaks for the one who sued, newsdev61)
      if (cue.base === "sue" && speaker?.cluster !== undefined) rememberSuit(anon, speaker);
      // ("A conservation group sued on Monday to block a new Idaho law that lets …": suing reports nothing in the
      // quotation unit — no authored gold has a claim of "sued" — whatever "that" follows; the cue still speaks for
      // the participle after it, "…, accusing it of …", 2026-12-07, newsdev80)
      if (unit !== "attribution" && cue.base === "sue") {
        if (speaker) events.push(cueEvent(t, s, speaker));
        continue;
      }
      let quoteSoon = false;
      for (let k = c; k < Math.min(s.last, c + 5); k++) if (mask[k]) quoteSoon = true;
      // stance verbs count with a named, pronoun or described subject ("The government refused …")
      const named = speaker !== null;
      const stance = STANCE_CUES.has(cue.base) || WEAK_CUES.has(cue.base);
      if (stance && !hasThat && !quoteSoon && !named) {
        if (speaker) events.push(cueEvent(t, s, speaker));
        continue;
      }
      if (!speaker) {
        // "…, said X." / "…, X said." at the end of the sentence: content is what came before
        tailForm(scan, s, i);
        continue;
      }
      // "spoke to reporters", "spoke with voters", "spoke for 77 minutes": a listener or a length, not what
      // was said ("spoke to CNN about the subject" has it after "about")
      events.push(cueEvent(t, s, speaker));
      // "In a letter to Hatcher dated Monday, the inspector general, Naomi Faircloth, wrote that …": the letter is
      // hers from here on ("The letter … says")
      if (speaker?.cluster !== undefined && tokens[s.first]?.lower === "in" && i > s.first + 2)
        rememberDocument(tokens, s.first + 1, Math.min(i, s.first + 4), speaker, anon);
      if (cue.base === "speak") {
        // (from the verb itself: "spoke on Monday to Dr. Heng Sreymom, the museum's chief curator" names a listener
        // and describes them, whatever the phrase skipped above)
        const topic = speechTopic(tokens, hasThat ? c : i + 1, s.last);
        if (topic < 0) continue;
        c = topic;
      }
      const end = relativeClauseEnd(
        tokens,
        speaker,
        c,
        Math.min(opening?.end ?? s.last, contentEnd(tokens, c, s, mask, stopAtQuotes, unit !== "attribution")),
      );
      if (end <= c || mask[c]) {
        // content right after the cue that opens with a quote: a direct quote, handled elsewhere
        if (end <= c) tailForm(scan, s, i, speaker);
        continue;
      }
      // "warned of such an event, “…”": in the quotation unit a prepositional object is the topic, not a clause
      // ("said about 1.2 million people would …": "about" before a number is "some", not a topic)
      const approximately = tokens[c + 1]?.kind === "number";
      // ("warned that about one in five patients …": after "that" a preposition opens the clause)
      if (unit !== "attribution" && !hasThat && TOPIC_PREPOSITIONS.has(tokens[c]?.lower ?? "") && !approximately)
        continue;
      // ("denied using substandard materials": a denial's gerund clause counts from two words, as a stance's)
      const denialGerund = cue.denial === true && /ing$/.test(tokens[c]?.lower ?? "");
      const fewest = minContentWords(cue.base, stance || denialGerund, hasThat, tokens[c]?.lower === "to", unit);
      if (wordsBetween(tokens, c, end) < fewest) {
        const si = tokenAtOrAfter(tokens, speaker.start);
        const relative = /^(?:who|which)$/.test(tokens[si]?.lower ?? "");
        if (!relative && (tokens[i - 1]?.text === "," || tokens[si - 1]?.text === ",")) tailForm(scan, s, i, speaker);
        continue;
      }
      // "the overtime the company had offered all winter": a time alone after the cue is no content (the cue's object
      // is the gap of a relative clause)
      if (!hasThat && timeOnly(tokens, c, end)) continue;
      // ("more than double what Kowalczyk reported for the same period": the object of a cue after "what" is that free
      // relative's gap, 2026-12-07, newsdev66)
      if (!hasThat && tokens[tokenAtOrAfter(tokens, speaker.start) - 1]?.lower === "what") continue;
      // ("which first reported the pardon Thursday": a thing and when, no proposition, in the quotation unit)
      if (unit !== "attribution" && !hasThat && thingThenTime(tokens, c, end)) continue;
      // "welcomed the ruling", "rejected the criticism": in the quotation unit a stance on a thing named by
      // a determiner and a noun says nothing (the newsdev gold's "speech acts without propositional
      // content"; PolNeAR counts them); "showed Clinton ahead", "called them rapists" do
      // ("blamed the defeat on low turnout in rural areas": blaming a thing on a cause says why it happened, newsdev63)
      const blamedOn = cue.base === "blame" && tokens.slice(c, Math.min(end, c + 5)).some((w) => w.lower === "on");
      if (unit !== "attribution" && stance && !hasThat && !blamedOn && thingObject(tokens, c, end)) continue;
      // ("whether the agency's chief told Congress the whole story", "sent … a letter demanding every email and legal
      // opinion tied to the decision": a thing told or demanded, no proposition, in the quotation unit, 2026-12-08,
      // newsdev86)
      if (
        unit !== "attribution" &&
        !hasThat &&
        (cue.base === "tell" || cue.base === "demand") &&
        (thingObject(tokens, c, end) ||
          (cue.base === "demand" && /^(?:every|all|an?|the)$/.test(tokens[c]?.lower ?? "")))
      )
        continue;
      // ("The referendum would have replaced the district's 1958 middle school and added classrooms at two elementary
      // schools": a coordinated "added" with a bare plural object adds things, no words, 2026-12-08, newsdev87)
      if (
        unit !== "attribution" &&
        !hasThat &&
        cue.base === "add" &&
        tokens[i - 1]?.lower === "and" &&
        tokens[c]?.kind === "word" &&
        !tokens[c]?.cap &&
        /[^s]s$/.test(tokens[c]?.lower ?? "") &&
        !FUNCTION_WORDS.has(tokens[c]?.lower ?? "")
      )
        continue;
      // ("Democrats see an opening": seeing a thing is no claim either)
      const seen = cue.base === "see" && /^(?:a|an|the|no)$/.test(tokens[c]?.lower ?? "") && end - c <= 3;
      if (unit !== "attribution" && !hasThat && seen) continue;
      // "pushed ahead Tuesday with a bill", "jeered, chanted and waved signs": a verb of motion's particle, or a
      // series of verbs the cue opens, leaves it no content
      // (in lower case: "said Forward With Harrington had accepted …" names a committee, newsdev61)
      if (!hasThat && c === i + 1 && MOTION_PARTICLES.has(tokens[c]?.lower ?? "") && !tokens[c]?.cap) continue;
      if (!hasThat && verbSeries(tokens, i, c)) continue;
      // ("Voters who do not respond and do not vote … are removed": a coordinated verb, no content)
      if (!hasThat && c === i + 1 && /^(?:and|or|but)$/.test(tokens[c]?.lower ?? "")) continue;
      // "blasted the measure in a statement posted on X, saying it would …": a verdict on a thing whose words the
      // participle after it reports; the participle's clause is the claim
      if (
        unit !== "attribution" &&
        !hasThat &&
        VERDICT_VERBS.includes(cue.base) &&
        thingObject(tokens, c, end) &&
        tokens[end]?.text === "," &&
        /^(?:saying|calling|arguing|warning|adding|noting|claiming)$/.test(tokens[end + 1]?.lower ?? "")
      )
        continue;
      // "It did not say who had rented the house", "declined to say whether …": in the quotation unit a report
      // that withholds the answer to a question says nothing
      // ("He has not said publicly what changed": an adverb may stand between)
      const wh = /[a-z]ly$/.test(tokens[c]?.lower ?? "") ? c + 1 : c;
      if (unit !== "attribution" && !hasThat && withheld(tokens, i) && WH_WORDS.has(tokens[wh]?.lower ?? "")) continue;
      // ("lawyers from both parties had expected to clear the Senate this spring", "expected lawmakers to approve it":
      // an expectation that someone will act is no claim in the quotation unit)
      if (unit !== "attribution" && !hasThat && cue.base === "expect" && infinitiveSoon(tokens, c, end)) continue;
      // ("Republicans … have confirmed 16 district judges since January 2015": confirming a number of nominees is an act)
      if (unit !== "attribution" && !hasThat && cue.base === "confirm" && tokens[c]?.kind === "number") continue;
      // ("Nebraska's governor wants the biggest property tax cut in state history": in the quotation unit a want is no
      // claim — no authored gold holds one of "want" — PolNeAR counts it, 2026-12-07, newsdev82)
      // ("The Pennsylvania House voted 112-89 on Wednesday to tax …": a vote is an act — no authored gold holds a claim
      // of "vote" — PolNeAR counts it, 2026-12-07, newsdev83; the voter stays the subject of a participle after it:
      // "voted … to ignore a new state map …, calling it “…”")
      if (unit !== "attribution" && (cue.base === "want" || cue.base === "vote")) {
        if (speaker && cue.base === "vote") events.push(cueEvent(t, s, speaker));
        continue;
      }
      // "urged both sides to return to talks", "asked supporters to wear white": in the quotation unit a
      // request is no claim (the gold READMEs); PolNeAR counts it
      if (unit !== "attribution" && !hasThat && REQUEST_CUES.has(cue.base) && isRequest(doc, c, end)) {
        // ("asked commissioners in a letter last week to …. The letter says …": the letter is the asker's)
        if (speaker?.cluster !== undefined) rememberVenueDocument(tokens, c, end, speaker, anon);
        continue;
      }
      // "demanded that the event be called off", "insisted that he not be named": a "that" clause in the subjunctive is
      // a demand, no claim in the quotation unit
      if (unit !== "attribution" && hasThat && SUBJUNCTIVE_CUES.has(cue.base) && subjunctive(tokens, c, end)) continue;
      // ("negotiators for Mayor Denise Halloran proposed that officers … give an initial account first": a proposal is
      // a request whatever its clause's subject, and the authored golds hold no claim of "propose", 2026-12-07,
      // newsdev66)
      if (unit !== "attribution" && hasThat && cue.base === "propose") continue;
      // ("The union is demanding that the company restore performance bonuses": a singular subject and a verb with
      // no -s, the same demand without "be", newsdev57)
      if (unit !== "attribution" && hasThat && DEMAND_CUES.has(cue.base) && bareVerbAfterSubject(tokens, c, end))
        continue;
      // ("A drug company executive defended a 2,100 percent price increase …": in the quotation unit a defence of an
      // indefinite thing is a stance, no claim; the authored golds hold none — "defends his right to …" stays)
      if (unit !== "attribution" && !hasThat && cue.base === "defend" && /^(?:a|an)$/.test(tokens[c]?.lower ?? ""))
        continue;
      // ("admitted no wrongdoing in the settlement": admitting nothing is no proposition)
      if (unit !== "attribution" && !hasThat && cue.base === "admit" && tokens[c]?.lower === "no") continue;
      // ("did not warn residents until Jan. 8": an object and when, no content)
      if (
        unit !== "attribution" &&
        !hasThat &&
        tokens[c]?.kind === "word" &&
        !tokens[c]?.cap &&
        /^(?:until|till|before|after|since)$/.test(tokens[c + 1]?.lower ?? "")
      )
        continue;
      // ("If the commission finds a violation, Greaves could face …": the verb of a condition opening the sentence
      // reports nothing, newsdev57)
      if (unit !== "attribution" && insideCondition(tokens, s.first, i)) continue;
      // ("how quickly they report what they find": a short "what" clause names no proposition)
      if (unit !== "attribution" && !hasThat && tokens[c]?.lower === "what" && end - c <= 4) continue;
      // ("The Board …, which decides which pesticides may be used in the Netherlands,": a body's choosing among things
      // reports nothing, newsdev41 once the relative reached the name before its acronym)
      if (
        unit !== "attribution" &&
        !hasThat &&
        CHOOSING_CUES.has(cue.base) &&
        c === i + 1 &&
        WH_WORDS.has(tokens[c]?.lower ?? "")
      )
        continue;
      // ("the first fare a traveler sees, based on the group’s review …": a verb of perceiving closing a relative
      // clause before a comma has no content after it, newsdev62)
      if (unit !== "attribution" && !hasThat && cue.base === "see" && tokens[i + 1]?.text === ",") continue;
      // ("upheld Mississippi's requirement that voters show photo identification": what a rule requires, no one's
      // report, newsdev63)
      if (unit !== "attribution" && requiredClause(tokens, i, s.first)) continue;
      // ("only 34 percent backed sending part of it to a common fund": a poll's share, no one's stance, newsdev63)
      if (unit !== "attribution" && stanceOfShare(tokens, i, cue.base)) continue;
      // ("Campaigners celebrated on the Bundesplatz in Bern": where a stance was taken, no content, newsdev63)
      if (
        unit !== "attribution" &&
        !hasThat &&
        STANCE_CUES.has(cue.base) &&
        c === i + 1 &&
        /^(?:on|in|at|outside)$/.test(tokens[c]?.lower ?? "") &&
        tokens[c + 1]?.lower === "the" &&
        tokens[c + 2]?.cap === true &&
        end - c <= 6
      )
        continue;
      // ("hoping for a job in a doctor's office": a hope for a thing is no proposition, newsdev61)
      if (unit !== "attribution" && !hasThat && cue.base === "hope" && c === i + 1 && tokens[c]?.lower === "for")
        continue;
      // ("so nobody can say where it came from": what no one can say is no one's report, 2026-12-07, newsdev77)
      if (
        /^(?:can|could|cannot)$/.test(tokens[i - 1]?.lower ?? "") &&
        (tokens[i - 2]?.lower === "nobody" || (tokens[i - 2]?.lower === "one" && tokens[i - 3]?.lower === "no"))
      )
        continue;
      // ("Super PACs … must report their donors": an obligation to speak is no report, newsdev61)
      if (unit !== "attribution" && !hasThat && OBLIGATIONS.has(tokens[i - 1]?.lower ?? "")) continue;
      // ("of a 24-year-old man found unresponsive in his cell": a state someone was found in is no finding's content,
      // newsdev60)
      if (!hasThat && cue.base === "find" && c === i + 1 && FOUND_STATES.has(tokens[c]?.lower ?? "")) continue;
      // ("It recommended that the state verify identities …": a recommendation is a request whatever its verb's form)
      if (unit !== "attribution" && cue.base === "recommend") continue;
      // "called for independent autopsies", "demanded the resignation of …", "called a strike", ", citing copies
      // of the petitions": a request, an act or a report's source says nothing in the quotation unit
      // ("estimated in a study released in June that …": a document's participle, the "that" the clause verb's before
      // it, 2026-12-07, newsdev65)
      if (publishedParticiple(tokens, i, cue.base)) continue;
      if (unit !== "attribution" && !hasThat && noProposition(tokens, i, cue.base, c, end)) {
        // "Raghunathan … released an immigration plan …. The 26-page plan argues …": from here on the document
        // speaks for the one who released it
        if (speaker?.cluster !== undefined && PRODUCING_CUES.has(cue.base))
          rememberDocument(tokens, c, end, speaker, anon);
        continue;
      }
      // "a super PAC supporting him, began airing an ad": a lone object pronoun before the sentence goes on is
      // the stance's object, and what follows the comma is the sentence's own predicate
      if (
        unit !== "attribution" &&
        !hasThat &&
        OBJECT_PRONOUNS.has(tokens[c]?.lower ?? "") &&
        (c + 1 >= end || tokens[c + 1]?.text === ",")
      )
        continue;
      // ("one of several Republicans … who have defended Sizemore, accused the governor of …": a relative clause's
      // stance on a lone name, and what follows the comma that closes the clause is the sentence's own predicate)
      if (unit !== "attribution" && !hasThat && relativeNameObject(tokens, i, c, end)) continue;
      // "declined to comment on the layoffs", "had agreed not to discuss the vote": in the quotation unit a
      // refusal or an agreement to act says nothing about the world (PolNeAR counts them)
      if (unit !== "attribution" && !hasThat && UNDERTAKING_CUES.has(cue.base) && opensInfinitive(tokens, c, end))
        continue;
      // "Studios get tax credits, said Anna Berg": content that opens with "said", "added" or "wrote" after
      // a comma is the sentence's own tail attribution, not what the word before reported (", saying …" and
      // "he said, continued …" are content)
      const opener = tokens[c]?.lower ?? "";
      if (tokens[c - 1]?.text === "," && !opener.endsWith("ing") && TAIL_VERBS.has(cueOf(opener)?.base ?? "")) continue;
      // "In her sentencing remarks, Justice Catherine Mowbray said …": content after a comma that opens with a
      // name and its own speech verb is that person's claim, not what the word before reported (in the quotation
      // unit, where claims do not nest; PolNeAR nests them: "attacks that, Sweet noted, Trump said …")
      if (unit !== "attribution" && tokens[c - 1]?.text === "," && namedSpeakerOpens(doc, c)) continue;
      // "speaking on condition of anonymity", "asked not to be named": the terms, not the speech
      // (nor is the participle a cue a later quotation may inherit: "…, one senator said, speaking on condition of
      // anonymity. “…”" is the senator's, whatever the participle's own subject reads as)
      if (isAnonymityFormula(doc, { start: (tokens[c] as Token).start, end: (tokens[end - 1] as Token).end })) {
        if (events.at(-1)?.at === t.start) events.pop();
        continue;
      }
      // "His introductory remarks were so subdued …", "the award show is …": a finite verb right after the
      // cue leaves it no clause of its own (it is a noun), unless it ends a relative clause whose object is
      // the gap: one opened by a relative word ("a trend that the foundation predicts will continue",
      // "Kelly, who he claims has been unfair") or right after its noun ("a step they believe could help")
      if (
        !hasThat &&
        c === i + 1 &&
        FINITE_AUXILIARIES.has(tokens[c]?.lower ?? "") &&
        // ("the votes it cites were on highway bills": a verb with a noun object leaves no clause's subject gap)
        (!cue.clausal ||
          (!relativeBefore(tokens, i, s.first) &&
            !afterHeadNoun(tokens, tokenAtOrAfter(tokens, speaker.start), s.first)))
      )
        continue;
      const claim: DraftClaim = contentClaim(
        scan,
        c,
        end,
        { start: t.start, end: t.end },
        speaker,
        loose ? "cue-loose" : "cue-clause",
      );
      if (via !== undefined) claim.via = via;
      if (fromAside) claim.fixedSpeaker = true;
      claims.push(claim);
      // ("In a 38-page review released Tuesday, the … Oversight Division found …. The review found …": the
      // document an opening phrase names is the speaker's from here on)
      if (speaker?.cluster !== undefined) rememberOpeningDocument(tokens, s.first, i, speaker, anon);
    }
  }
  return { claims, events };
}

/**
 * "who have defended Sizemore, accused": the cue (token i) in a relative clause opened at most three words before
 * it, its object (from token c) a lone capitalised name of at most three words, then a comma and a past-tense
 * verb: the clause ends at the comma, and the verb after it is the main clause's.
 */
function relativeNameObject(tokens: readonly Token[], i: number, c: number, end: number): boolean {
  let relative = false;
  for (let k = i - 1; k >= i - 3 && k >= 0; k--)
    if (/^(?:who|that|which)$/.test((tokens[k] as Token).lower)) relative = true;
  if (!relative) return false;
  let k = c;
  while (k < end && k - c < 3 && tokens[k]?.cap && tokens[k]?.kind === "word") k++;
  const named = k > c;
  // ("The … Federation, which supported Quispe Huanca in the 2022 election, said …": a short phrase of when or where
  // after the name, newsdev61)
  if (named && /^(?:in|at|during|since|before|after)$/.test(tokens[k]?.lower ?? "")) {
    let p = k + 1;
    while (p < end && p - k <= 4 && (tokens[p]?.kind === "word" || tokens[p]?.kind === "number")) p++;
    if (tokens[p]?.text === ",") k = p;
  }
  const verb = tokens[k + 1];
  return (
    named &&
    tokens[k]?.text === "," &&
    verb !== undefined &&
    !verb.cap &&
    (/[a-z]ed$/.test(verb.text) || QUOTE_CUES.has(cueOf(verb.lower)?.base ?? ""))
  );
}

/**
 * Documents one releases or files that a participle after them describes ("released a study estimating that …",
 * "filed a federal lawsuit Monday accusing …").
 */
const RELEASED_DOCUMENTS = /^(?:study|report|analysis|survey|review|paper|audit|poll|lawsuit|suit|complaint)$/;

/** Verbs of releasing a document. */
const RELEASE_VERBS = /^(?:released|published|issued|unveiled|commissioned|produced|put|filed|brought)$/;

/**
 * "filed a complaint with the Texas Ethics Commission on Monday accusing …": a document filed "with" a body, then
 * the body's name and a time, right before the participle at `i`.
 */
function filedWithBefore(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= Math.max(first, i - 12); k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" && t.kind !== "number") return false;
    if (RELEASED_DOCUMENTS.test(t.lower) || SENT_DOCUMENTS.test(t.lower))
      return tokens[k + 1]?.lower === "with" && releasedBefore(tokens, k, first);
  }
  return false;
}

/** Whether a verb of releasing stands among the three words before the document's noun at `noun` ("released a new study"). */
function releasedBefore(tokens: readonly Token[], noun: number, first: number): boolean {
  for (let k = noun - 1; k >= Math.max(first, noun - 3); k--)
    if (RELEASE_VERBS.test((tokens[k] as Token).lower)) return true;
  return false;
}

/** Whether "that" stands among the eight words after the cue at `i`, in its sentence. */
function thatSoon(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 8 && tokens[k]?.sentence === tokens[i]?.sentence; k++)
    if (tokens[k]?.lower === "that") return true;
  return false;
}

/** Cues whose form is a noun as well ("its March survey report", "their latest estimates"). */
const NOUN_CUES =
  /^(?:report|reports|estimate|estimates|claim|claims|comment|comments|warning|warnings|notes|review|reviews)$/;

/**
 * Whether "its", "his", "her", "their", "our" or an article stands at most three words before the cue at `i`, with
 * no verb between ("its March survey report", "a 38-page review released Tuesday").
 */
function possessedNoun(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k] as Token;
    if (/^(?:its|his|her|their|our|a|an|the)$/.test(t.lower)) return true;
    // (a number and its hyphen may modify it: "a 38-page review")
    if (t.kind === "number" || t.text === "-") continue;
    if (t.kind !== "word" || /(?:ed|ing)$/.test(t.lower) || cueOf(t.lower)) return false;
  }
  return false;
}

/** Documents one sends that a participle after them describes ("a letter arguing that …"). */
const SENT_DOCUMENTS = /^(?:letter|memo|brief|complaint|petition)$/;

/** Past tenses of speech and finding verbs that a time phrase's walk to "that" must not cross. */
const PAST_CUES = /^(?:found|said|told|wrote|reported|concluded|showed|argued|claimed|announced|added|noted|warned)$/;
/** Words before a past form that make it an adjective or a noun's modifier ("the reported figure"). */
const DETERMINERS_BEFORE = /^(?:a|an|the|its|their|his|her|was|were|been|is|are|be)$/;

/** Longest occasion clause between "said as" and its "that" ("as she read the verdict"). */
const MAX_OCCASION = 8;

/**
 * "said as she read the verdict that …" at token c ("as"): the "that" after a short clause with a pronoun or
 * name subject and no comma, quote or second cue, or -1.
 */
function occasionThat(tokens: readonly Token[], c: number, last: number, mask: Uint8Array): number {
  const subject = tokens[c + 1];
  if (!subject || !(SUBJECT_PRONOUNS.has(subject.lower) || subject.cap)) return -1;
  for (let k = c + 2; k < last && k - c <= MAX_OCCASION; k++) {
    const t = tokens[k] as Token;
    if (mask[k] || t.kind !== "word") return -1;
    if (t.lower === "that") return k;
    if (k > c + 2 && cueOf(t.lower)) return -1;
  }
  return -1;
}

/**
 * ", citing government sources, that …" at token c: the index of that "that" (the aside names where the
 * report came from, up to 12 words), or -1.
 */
function citingAside(tokens: readonly Token[], c: number, last: number, mask: Uint8Array): number {
  if (tokens[c]?.text !== "," || !/^(?:citing|quoting)$/.test(tokens[c + 1]?.lower ?? "")) return -1;
  for (let k = c + 2; k < last && k - c <= 14 && !mask[k]; k++) {
    const w = tokens[k] as Token;
    if (w.text === ",") return tokens[k + 1]?.lower === "that" && k + 1 < last ? k + 1 : -1;
    if (w.kind === "punct" || w.kind === "quote") return -1;
  }
  return -1;
}

/** The brackets and dashes that close what they open: "(who … )", "— who … —". */
const CLOSING: Readonly<Record<string, readonly string[]>> = {
  "(": [")"],
  "—": ["—", "–", "--"],
  "–": ["—", "–", "--"],
  "--": ["—", "–", "--"],
  "-": ["-", "—", "–", "--"],
};

/**
 * Where the content of a cue inside a relative clause ends: at the bracket or dash that closes it
 * ("David Duke (who endorses Trump) spoke", "Trump - who said he would … - said at a rally …"), or
 * for ", who …," at the comma before the main clause's verb ("Sen. Jeff Flake, who backed Cruz,
 * warned of a battle …"; `mainVerbAfter`), not at the sentence's end. `end` otherwise.
 */
function relativeClauseEnd(tokens: Token[], speaker: SpeakerRef, c: number, end: number): number {
  const si = tokenAtOrAfter(tokens, speaker.start);
  if (tokens[si]?.lower !== "who" && tokens[si]?.lower !== "which") return end;
  if (tokens[si - 1]?.text === ",") {
    for (let k = c + 1; k < end - 1; k++) if (tokens[k]?.text === "," && mainVerbAfter(tokens, k + 1)) return k;
    return end;
  }
  const closers = CLOSING[tokens[si - 1]?.text ?? ""];
  if (!closers) return end;
  for (let k = c; k < end; k++) if (closers.includes(tokens[k]?.text ?? "")) return k;
  return end;
}

/** Words that open a subordinate clause (not a reported one). */
const SUBORDINATORS = new Set([
  // ("…, the commission said on Monday, despite fighting that …", 2026-12-06)
  "despite",
  "as",
  "while",
  "because",
  "after",
  "before",
  "when",
  "although",
  "though",
  "since",
  "but",
]);

/**
 * Whether the word at token k, right after a comma that follows a cue's time or venue phrase, closes the
 * attribution: a subordinator ("…, the agency said on Sunday, as reservoirs fell") or a participle ("…, the
 * ministry said on Thursday, extending a closure …", "…, Bloomberg reported on Tuesday, citing two people …").
 */
function closesAttribution(tokens: readonly Token[], k: number): boolean {
  // ("…, the National Statistical Committee said in February, and the yurt camps … were booked out": a
  // coordinate clause after the time phrase's comma is the writer's own)
  // ("…, X said on Sunday, according to the news website Fijivillage.": the outlet carrying it, 2026-12-08, newsdev87)
  const according = tokens[k]?.lower === "according" && tokens[k + 1]?.lower === "to";
  return (
    according ||
    SUBORDINATORS.has(tokens[k]?.lower ?? "") ||
    participleAt(tokens, k) ||
    /^(?:and|but)$/.test(tokens[k]?.lower ?? "")
  );
}

/** Participles of issuing a document ("a statement released …", "a report published …"). */
const ISSUED = /^(?:released|issued|published|posted|sent|distributed|circulated|obtained|seen|filed|leaked)$/;

/** Nouns of a group of researchers or investigators that someone leads. */
const TEAM_NOUNS = new Set(["team", "group", "study", "panel", "consortium", "project", "survey"]);

/**
 * "… , a team led by Dr Chidinma Okafor of the University of Exeter reported": the one who leads the team
 * speaks for it — the person after "led by", their span opening at the team's article so that a tail
 * attribution finds its comma. `end`: the last token before the cue.
 */
function teamLeader(doc: AnalyzedText, first: number, end: number): SpeakerRef | null {
  const { tokens } = doc;
  let k = end;
  // "…, a team led by Rafael Quintero-Marsh, a gastroenterologist at the University of Pittsburgh, reported":
  // the leader's appositive between commas
  if (tokens[k]?.text === ",") {
    let q = k - 1;
    while (q > first && k - q < 20 && tokens[q]?.text !== "," && tokens[q]?.kind !== "quote") q--;
    if (tokens[q]?.text !== "," || q <= first) return null;
    k = q - 1;
  }
  // "… of the University of Exeter": the leader's organization after the name
  const org = doc.mentionByLastToken.get(k);
  if (org && doc.entities.clusters[org.cluster]?.type === "Organization") {
    k = org.first - 1;
    if (tokens[k]?.lower === "the") k--;
    if (!/^(?:of|at|from)$/.test(tokens[k]?.lower ?? "")) return null;
    k--;
  }
  const leader = doc.mentionByLastToken.get(k);
  if (!leader || doc.entities.clusters[leader.cluster]?.type !== "Person") return null;
  const by = tokenAtOrAfter(tokens, leader.start) - 1;
  if (tokens[by]?.lower !== "by" || tokens[by - 1]?.lower !== "led" || !TEAM_NOUNS.has(tokens[by - 2]?.lower ?? ""))
    return null;
  let opening = by - 3;
  while (opening > first && opening > by - 6 && !/^(?:a|an|the)$/.test(tokens[opening]?.lower ?? "")) opening--;
  if (!/^(?:a|an|the)$/.test(tokens[opening]?.lower ?? "")) return null;
  return { start: (tokens[opening] as Token).start, end: leader.end, cluster: leader.cluster };
}

/** Longest description of an unnamed source before its anonymity aside ("An investigator from the PNP’s Criminal Investigation and Detection Group (CIDG)"). */
const MAX_SOURCE_DESCRIPTION = 16;

/** Words that join an unnamed source's noun to where it works or what it knows ("a manager at", "a person close to"). */
const SOURCE_LINKS = new Set([
  "at",
  "of",
  "for",
  "with",
  "in",
  "from",
  "close",
  "familiar",
  "inside",
  "within",
  // ("A Republican aide on the Judiciary Committee")
  "on",
  // ("A Federal Police officer involved in the operation")
  "involved",
  "briefed",
  "assigned",
  // ("A technician employed by the municipality at the works", 2026-12-07, newsdev52)
  "employed",
  // ("An engineer working for the institute at Troll, who asked not to be named,", newsdev61)
  "working",
  // ("A cherry grower near Cobram, who asked not to be named because of tensions …,", newsdev62)
  "near",
  // ("A nurse who worked for Meridian at the jail until June, and who asked not to be named …, said", newsdev56)
  "who",
]);

/**
 * "A senior manager at the trust", "A person close to the Rovers board", "One official in the ministry": an
 * indefinite noun phrase whose head is a person's role or "person", "source", joined to an organization or a
 * body — the unnamed source it describes (not the organization), when it fills tokens [first, end).
 */
function describedSourceBefore(doc: AnalyzedText, first: number, end: number): SpeakerRef | null {
  const { tokens } = doc;
  if (!/^(?:a|an|one)$/.test(tokens[first]?.lower ?? "") || end - first > MAX_SOURCE_DESCRIPTION) return null;
  // ("A Federal Police officer involved in …": an organization's name before the role)
  const named = doc.mentionByFirstToken.get(first + 1);
  const roleFrom = named && doc.entities.clusters[named.cluster]?.type === "Organization" ? named.last : first + 1;
  for (let k = roleFrom; k < Math.min(end - 1, roleFrom + 4); k++) {
    const t = tokens[k] as Token;
    // ("A Republican aide on the Judiciary Committee, who spoke on condition of anonymity,": a party's adjective)
    // ("A senior Republican aide on the Senate Health, Education, Labor and Pensions Committee, who was not authorized
    // …,": after a rank's adjective too, newsdev58)
    if (
      (k === first + 1 || (k === first + 2 && !(tokens[first + 1] as Token).cap)) &&
      /^(?:Republican|Democratic|GOP)$/.test(t.text)
    )
      continue;
    // ("A senior EU official involved in the talks, speaking on condition of anonymity,": an organization's name after a
    // rank's adjective, 2026-12-07, newsdev78)
    const body = k === first + 2 && !(tokens[first + 1] as Token).cap ? doc.mentionByFirstToken.get(k) : undefined;
    if (body && doc.entities.clusters[body.cluster]?.type === "Organization" && body.last < end - 1) {
      k = body.last - 1;
      continue;
    }
    if (t.cap || t.kind !== "word") return null;
    if (!SOURCE_LINKS.has(tokens[k + 1]?.lower ?? "")) continue;
    // (any noun of a trade before a place: "A cherry grower near Cobram, who asked not to be named …", newsdev62 — the
    // aside says it is someone)
    const trade = tokens[k + 1]?.lower === "near" && /^\p{Ll}{3,}(?:er|or|ist|ian)$/u.test(t.lower);
    if (
      !ROLE_NOUNS.has(t.lower) &&
      !isRoleHead(t.lower) &&
      !/^(?:person|source|insider|member)$/.test(t.lower) &&
      !trade
    )
      return null;
    const from = tokens[first + 1] as Token;
    const last = tokens[end - 1] as Token;
    return { start: (tokens[first] as Token).start, end: last.end, anonymous: doc.text.slice(from.start, last.end) };
  }
  return null;
}

/** "a statement released …", "in a statement posted on its account that …": token k issues the document before it. */
function issuedDocument(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k - 1]?.lower ?? "";
  // ("figures released on Monday by INDECOM": numbers a body publishes)
  // ("wrote in a review published by the magazine that …": a venue's noun too)
  return (
    (CUE_NOUNS.has(noun) || VENUES.has(noun) || PUBLISHED_NUMBERS.has(noun) || PUBLISHED_NOUNS.test(noun)) &&
    ISSUED.test(tokens[k]?.lower ?? "")
  );
}

/** Nouns of what a body publishes besides documents ("figures released by …", "data published by …"). */
const PUBLISHED_NUMBERS = new Set(["figures", "data", "statistics", "numbers", "results", "estimates"]);

/** "quoted Abenov as saying": a form of "quote" a few words before token `end` (the quoted one's last) in the sentence. */
function quotedBefore(tokens: readonly Token[], end: number, first: number): boolean {
  for (let k = end - 1; k >= Math.max(first, end - 5); k--) if (/^quot/.test(tokens[k]?.lower ?? "")) return true;
  return false;
}

/** "quoted him as saying", "quoted Brimin Rotich as saying": "as saying" within a few words after the cue. */
function asSayingWithin(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k < Math.min(last - 1, from + 5); k++)
    if (tokens[k]?.lower === "as" && tokens[k + 1]?.lower === "saying") return true;
  return false;
}

/** A speech verb that can only be a clause's own verb (a participle such as "written by" is not one). */
const FINITE_SPEECH = /^(?:said|says|told|tells|wrote|writes|added|adds)$/;

/** Content that opens with one of these is what the speech is about ("warned of …", "spoke about …"). */
const TOPIC_PREPOSITIONS = new Set(["of", "about"]);

/** Most words of an anonymity aside ("on condition of anonymity", "speaking on condition of anonymity"). */
const MAX_ANONYMITY_ASIDE = 8;

/**
 * The "that" token's index when the comma at `comma` opens an aside granting anonymity that a comma closes right
 * before "that" ("…, on condition of anonymity, that …"); -1 otherwise.
 */
function anonymityAsideThat(doc: AnalyzedText, comma: number, last: number): number {
  const { tokens } = doc;
  for (let k = comma + 2; k < Math.min(last, comma + MAX_ANONYMITY_ASIDE + 2); k++) {
    if (tokens[k]?.text !== ",") continue;
    if (tokens[k + 1]?.lower !== "that") return -1;
    const aside = doc.text.slice((tokens[comma + 1] as Token).start, (tokens[k - 1] as Token).end);
    return /\banonymity\b|\bnot to be (?:named|identified)\b/i.test(aside) ? k + 1 : -1;
  }
  return -1;
}

/** Longest clause of time between a cue's object and the content's ", that" ("when the newspaper first asked …"). */
const MAX_TIME_CLAUSE = 16;

/**
 * The ", that" token's index when tokens from `c` are a clause of time ("when …", "as …", "after …") that a comma
 * closes right before "that" (and holds no quotation, no other "that" and no semicolon); -1 otherwise.
 */
function timeClauseBeforeThat(tokens: readonly Token[], mask: Uint8Array, from: number, last: number): number {
  // (past a short phrase of time before it: "in June, when …")
  let c = from;
  while (c < from + 4 && c < last && tokens[c]?.text !== ",") c++;
  c = tokens[c]?.text === "," ? c + 1 : from;
  if (!/^(?:when|as|after|before|while)$/.test(tokens[c]?.lower ?? "") || tokens[c - 1]?.text !== ",") return -1;
  for (let k = c + 1; k < Math.min(last, c + MAX_TIME_CLAUSE); k++) {
    const t = tokens[k] as Token;
    if (mask[k] || t.text === ";" || (t.lower === "that" && tokens[k - 1]?.text !== ",")) return -1;
    if (t.lower === "that" && tokens[k - 1]?.text === ",") return k;
  }
  return -1;
}

/**
 * Participles of a document's issue after its noun ("an op-ed published Sunday", "a report released Tuesday"); the
 * tail rule's own list holds "filed" too (`tail-form.ts`).
 */
const ISSUE_PARTICIPLES = /^(?:published|released|issued|posted)$/;

/** Counts a noun's modifier may follow ("two rail lines"). */
const COUNTS = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|several|many|few)$/;

/**
 * "the authority's two rail lines": a word after a count and before a lower-case word no function word is a noun's
 * modifier, no verb (not "the two say that …", "the two rail against …").
 */
function countedModifier(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    COUNTS.test(tokens[i - 1]?.lower ?? "") &&
    next?.kind === "word" &&
    !next.cap &&
    !FUNCTION_WORDS.has(next.lower) &&
    !AUX_ADVERBS.has(next.lower)
  );
}

const NOUN_DETERMINERS = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|such|no|any|every)$/;

/** "the original claim", "his warning": a determiner (past adjectives, at most two) makes the word a noun, not a verb. */
function determinedNoun(tokens: Token[], i: number): boolean {
  let measure = 0;
  for (let k = i - 1; k >= 0 && i - k - measure <= 3; k--) {
    const t = tokens[k] as Token;
    // ("Brightpath’s general counsel": a name's possessive determines the noun too)
    if (k < i - 1 && isPossessive(t)) return true;
    // ("The 48-page report found": a measure joined to its noun by a hyphen modifies it)
    if (t.text === "-" && tokens[k - 1]?.kind === "number" && tokens[k - 1]?.end === t.start) {
      k--;
      measure += 2;
      continue;
    }
    // ("a 2013 think tank report": a year among the modifiers, 2026-12-07, newsdev68)
    if (t.kind === "number" && /^(?:19|20)\d\d$/.test(t.text) && k < i - 1) {
      measure++;
      continue;
    }
    if (t.kind !== "word" || AUX_ADVERBS.has(t.lower)) return false;
    // "The original claim", "A federal judge": a determiner is capitalized where a sentence starts (or a dateline's
    // dash: "CORPUS CHRISTI, Texas — A federal judge …")
    // (and Reuters' spaced hyphen: "LINCOLN, Neb. (Reuters) - A federal judge …")
    const opensSentence =
      tokens[k - 1]?.sentence !== t.sentence ||
      /^(?:—|–|--)$/.test(tokens[k - 1]?.text ?? "") ||
      wireDash(tokens, k - 1);
    if (NOUN_DETERMINERS.test(t.lower) && (!t.cap || opensSentence)) return true;
    if (t.cap) return false;
  }
  return false;
}

/**
 * Fewest words of content after a cue. An attribution (PolNeAR's unit) counts even a one-word
 * object ("Rubio opposes abortion", "denied the reports"); a quotation-unit claim wants a clause.
 */
function minContentWords(base: string, stance: boolean, hasThat: boolean, infinitive: boolean, unit: ClaimUnit) {
  if (hasThat) return 3;
  const say = base === "say" || base === "tell";
  if (unit === "attribution") return say ? 1 : stance ? (infinitive ? 2 : 1) : 2;
  return say ? 3 : stance ? (infinitive ? 3 : 2) : MIN_WORDS;
}

function cueEvent(t: Token, s: Sentence, speaker: SpeakerRef): CueEvent {
  return { at: t.start, paragraph: s.paragraph, speaker, cue: { start: t.start, end: t.end } };
}

/**
 * "…, X said": the speaker mention follows a comma (a tail attribution's shape), perhaps after up to
 * `titles` capitalised words ("…, UMWA Director Phil Smith told POLITICO") or a lower-case "the".
 */
function followsComma(tokens: Token[], speaker: SpeakerRef, titles = 0): boolean {
  let at = tokenAtOrAfter(tokens, speaker.start);
  // "…, the Athletics Integrity Unit said on Friday.", "…, the nonpartisan Congressional Budget Office
  // reported": an organization's name after its "the" and up to three lower-case words ("…, the national news agency
  // Agerpres reported", newsdev60)
  let back = at;
  while (
    back > at - 3 &&
    tokens[back - 1]?.kind === "word" &&
    !tokens[back - 1]?.cap &&
    tokens[back - 1]?.lower !== "the"
  )
    back--;
  // ("…, The Hindu reported": a newspaper's own capitalised "The" right before its name)
  if (tokens[back - 1]?.lower === "the" && (!tokens[back - 1]?.cap || back === at)) at = back - 1;
  // ("…, Estonia's state energy company Eesti Energia said on Thursday": a possessor before the lower-case words,
  // 2026-12-07, newsdev83)
  else if (back < at && isPossessive(tokens[back - 1]) && possessorStart(tokens, back, 0) < back)
    at = possessorStart(tokens, back, 0);
  // "…, Iraq’s Ministry of Water Resources said on Tuesday": a possessor in front of the name
  else {
    at = possessorStart(tokens, at, 0);
    // ("…, the Department of Veterans Affairs' Office of Inspector General said": the possessor's own "the")
    if (at < tokenAtOrAfter(tokens, speaker.start) && tokens[at - 1]?.lower === "the") at--;
  }
  // ("…, National Disaster Centre director X said": an organization's capitalised words, then its lower-case title)
  return commaBefore(tokens, at, titles) >= 0 || (titles > 0 && back < at && commaBefore(tokens, back, titles) >= 0);
}

/** How many capitalised title words may stand between a tail's comma and its speaker's name. */
const TITLE_WORDS = 3;

/** Listeners "told" names by a word ("told reporters", "told lawmakers the budget would pass", "told MPs"). */
const LISTENERS =
  /^(?:reporters|him|her|them|us|me|journalists|supporters|voters|listeners|viewers|audience|crowd|lawmakers|legislators|parliament|congress|senators|mps|delegates|students|members|donors|investors|analysts|employees|staff|workers|troops|soldiers|residents|parents|fans|followers|mourners|diplomats|colleagues|guests|shareholders|congregants|worshippers|graduates)$/;

/** Skips the listener of "told (the Associated Press|reporters|him)". */
function skipObject(doc: AnalyzedText, from: number, s: Sentence, mask: Uint8Array): number {
  const { tokens } = doc;
  let k = from;
  // "told “Fox and Friends” on Monday that …": a programme's quoted title is the listener
  const titled = tokens[from]?.kind === "quote" ? afterShortQuote(tokens, mask, from + 1) : -1;
  if (titled > 0) return titled;
  // "told a TV interviewer that …": the listener runs up to "that"
  for (let j = from; j < s.last && j - from < MAX_LISTENER; j++) {
    const w = tokens[j] as Token;
    // ("told the state-run Ethiopian News Agency (ENA) that …": a hyphen inside a word, and an acronym's brackets right
    // before "that", stand in the listener too, 2026-12-07, newsdev69)
    if (w.text === "-" && j > from && tokens[j - 1]?.end === w.start && tokens[j + 1]?.start === w.end) continue;
    if (w.text === "(" && j > from && tokens[j + 2]?.text === ")" && tokens[j + 3]?.lower === "that") return j + 3;
    if (w.kind !== "word" && !isPossessive(w)) break;
    if (w.lower === "that") {
      if (j > from) return j;
      break;
    }
  }
  // ("told the newspaper Folha de S.Paulo that …": the medium after the noun that describes it)
  // (not when an aside follows it: "told the newspaper La República, on condition of anonymity, that …")
  const medium = afterMediumNoun(doc, tokens[k]?.lower === "the" ? k + 1 : k);
  const mediumEnd = doc.mentionByFirstToken.get(medium)?.last ?? medium;
  const described = tokens[mediumEnd]?.text === "," ? k : medium;
  const m =
    doc.mentionByFirstToken.get(k) ??
    doc.mentionByFirstToken.get(k + 1) ??
    (described > k + 1 ? doc.mentionByFirstToken.get(described) : undefined);
  // ("told the Australian Broadcasting Corporation (ABC) the discovery …": the acronym in brackets is the listener's)
  if (m && (m.first <= k + 1 || m.first === described))
    return tokens[m.last]?.text === "(" && tokens[m.last + 2]?.text === ")" ? m.last + 3 : m.last;
  while (k < s.last && k - from < 4) {
    const t = tokens[k] as Token;
    if (t.lower === "that" || t.kind !== "word") break;
    k++;
    if (LISTENERS.test(t.lower)) return k;
  }
  return from;
}

/**
 * After "said" at token c = "to": the end of a listener ("to reporters", "to People", "to a raucous crowd"),
 * where the content starts ("that …", or a clause); -1 when only a time or place follows it, or nothing
 * (the content, if any, is before the cue); c when no listener stands there ("said to be …").
 */
function afterSaidTo(doc: AnalyzedText, c: number, s: Sentence, mask: Uint8Array): number {
  const { tokens } = doc;
  const first = tokens[c + 1];
  if (!first || (!first.cap && !LISTENER_START.test(first.lower))) return c;
  let k = skipObject(doc, c + 1, s, mask);
  // a name no rule took for a mention ("said to People."): its capitalized words
  if (k <= c + 1 && first.cap) while (k < s.last && tokens[k]?.kind === "word" && tokens[k]?.cap) k++;
  if (k <= c + 1) return c;
  let end = s.last;
  while (end > k && tokens[end - 1]?.kind === "punct") end--;
  if (k >= end) return -1;
  const next = tokens[k] as Token;
  if (next.lower === "that") return k;
  if (next.kind !== "word") return c;
  return onlyWhenAfter(tokens, k, end) ? -1 : k;
}

/** Longest "according to X" phrase, in tokens ("according to a report by the state's election commission"). */
const MAX_SOURCE_PHRASE = 12;

/**
 * Token c opens "according to X" ("said, according to the newspaper, that …", "said at a rally, according
 * to the Sun."): another source of the same report, not what was said. The token after the phrase's
 * comma; -1 when the phrase runs to the sentence's end; c when no such phrase stands there.
 */
function pastAccordingTo(tokens: Token[], c: number, last: number): number {
  if (tokens[c]?.lower !== "according" || tokens[c + 1]?.lower !== "to") return c;
  let k = c + 2;
  while (k < last && tokens[k]?.text !== "," && k - c <= MAX_SOURCE_PHRASE) k++;
  return tokens[k]?.text === "," && k + 1 < last ? k + 1 : -1;
}

/** How far "that" may stand after "told": "told a crowded banquet hall at a hotel in downtown Baltimore that …". */
// ("told a rally of several thousand workers outside the plant's main gate that …", newsdev57)
const MAX_LISTENER = 16;

/**
 * True when tokens [from, end) say at most when or where (a few words, no verb, not the topic):
 * "… told The Wall Street Journal[ earlier this week.]" but not "… told reporters[ this was …]" or
 * "… reminded Americans[ of his policy …]".
 */
function onlyWhenAfter(tokens: Token[], from: number, end: number): boolean {
  if (end - from > MAX_WHEN_AFTER || /^(?:of|about|to|that|how|why|what|whether)$/.test(tokens[from]?.lower ?? ""))
    return false;
  for (let k = from; k < end; k++) if (AUXILIARIES.has(tokens[k]?.lower ?? "")) return false;
  return true;
}

const MAX_WHEN_AFTER = 7;

/** Words after "spoke to" that make a listener, not an infinitive ("spoke to reporters", "spoke to the crowd"). */
const LISTENER_START =
  /^(?:the|a|an|his|her|their|its|our|my|your|him|them|us|me|you|this|that|these|those|reporters|journalists|voters|supporters|students|members|delegates|donors|crowds?|audiences?)$/;
/** What "for" may open after "spoke" that is a length of time ("for 77 minutes", "for more than an hour"). */
const LENGTH_START =
  /^(?:\d[\d,.]*|more|about|nearly|almost|over|less|roughly|some|an|a|hours|minutes|two|three|several|half)$/;
/** Prepositions that open what a speech was about after its listener ("spoke to CNN about the subject"). */
const TOPIC_AFTER_LISTENER = new Set(["about", "on", "regarding"]);

/**
 * Where the content of "speak" starts at token c: after a listener ("to reporters", "with voters") only
 * when a topic follows ("about …", "on …", "regarding …"); -1 for a listener or a length alone ("for 45 minutes").
 */
function speechTopic(tokens: Token[], c: number, last: number): number {
  const first = tokens[c];
  const next = tokens[c + 1];
  if (!first || !next) return c;
  // ("speaking briefly to reporters in Harrisburg": a manner before the listener)
  if (/^(?:briefly|publicly|privately|directly|separately|later|again|only)$/.test(first.lower))
    return speechTopic(tokens, c + 1, last);
  // ("speaking on Fox News on Friday morning": the channel, not a topic)
  if (first.lower === "on" && next.cap && !CALENDAR_WORDS.has(next.lower)) return -1;
  // ("spoke on Tuesday at the town hall to Eleni Chatzigeorgiou, the island's mayor": where, then the listener)
  if (first.lower === "at" || first.lower === "in") {
    for (let k = c + 1; k < Math.min(last, c + 7); k++) {
      const w = tokens[k] as Token;
      if (w.lower === "to" || w.lower === "with") return speechTopic(tokens, k, last);
      if (w.kind !== "word") break;
    }
  }
  // ("speaks on the final night of the Republican convention": when, not what)
  if (first.lower === "on" && next.lower === "the") {
    for (let k = c + 2; k < Math.min(last, c + 5); k++)
      if (
        /^(?:night|nights|day|days|morning|evening|afternoon|eve|weekend|anniversary|sidelines|floor|stage|steps)$/.test(
          tokens[k]?.lower ?? "",
        )
      )
        return -1;
  }
  // ("spoke on Monday to Dr. Heng Sreymom, …": the day before the listener)
  if (first.lower === "on" && CALENDAR_WORDS.has(next.lower))
    return speechTopic(tokens, tokens[c + 2]?.kind === "number" ? c + 3 : c + 2, last);
  if (first.lower === "for" && LENGTH_START.test(next.lower)) return -1;
  if (first.lower !== "to" && first.lower !== "with") return c;
  // (a name's particle opens the listener: "spoke to ap Dafydd on Tuesday")
  // ("spoke to el-Gohary in the company's rehearsal room": a name's particle joined to it opens the listener too)
  const particleName = /^\p{Ll}{1,3}-\p{Lu}/u.test(next.text);
  if (first.lower === "to" && !next.cap && !particleName && !LISTENER_START.test(next.lower) && !tokens[c + 2]?.cap)
    return c;
  for (let k = c + 2; k < last && k - c <= 10; k++) {
    const t = tokens[k] as Token;
    // ("spoke to reporters after the vote on Tuesday": a time or a place after the listener ends the search)
    // ("spoke to Reuters on condition of anonymity": the terms, not a topic)
    const after = tokens[k + 1]?.lower ?? "";
    if (TOPIC_AFTER_LISTENER.has(t.lower) && !TIME_START.has(after) && after !== "condition" && after !== "background")
      return k + 1 < last ? k + 1 : -1;
    if (t.kind !== "word" || t.lower === "that" || cueOf(t.lower) || NOT_CONTENT_START.has(t.lower)) return -1;
  }
  return -1;
}

/** Determiners of a thing already named ("the ruling", "its decision"). */
const THING_DETERMINERS = new Set(["the", "this", "that", "these", "those", "its", "his", "her", "their", "our"]);
/** Prepositions that open a phrase saying when, where or what about a thing ("the demand on Monday", "… for a raise"). */
const THING_PHRASE_STARTS = new Set([
  "on",
  "in",
  "at",
  "during",
  "last",
  "this",
  "earlier",
  "for",
  "from",
  "over",
  "of",
  "by",
  // ("which had opposed the bill since February")
  "since",
]);
/** Longest phrase after the thing: "the demand for a 30 percent raise" (6 words). */
const MAX_THING_PHRASE = 6;

/**
 * Tokens [c, end) are a determiner and a noun, perhaps with a short phrase after the noun that opens
 * with a preposition and holds no clause ("the ruling", "the demand on Monday", "the criticism of
 * his plan"): a thing, not a proposition.
 */
/** Particles that make a verb one of motion ("pushed ahead", "moved forward"). */
const MOTION_PARTICLES: ReadonlySet<string> = new Set(["ahead", "forward", "onward", "back-and-forth"]);

/** "jeered, chanted and waved": the cue at `i`, a comma, then a past-tense verb and "and" or a comma at `c`. */
function verbSeries(tokens: readonly Token[], i: number, c: number): boolean {
  const verb = tokens[c];
  return (
    c === i + 2 &&
    tokens[i + 1]?.text === "," &&
    verb !== undefined &&
    !verb.cap &&
    /[a-z]ed$/.test(verb.lower) &&
    (tokens[c + 1]?.lower === "and" || tokens[c + 1]?.text === ",")
  );
}

function thingObject(tokens: readonly Token[], from: number, end: number): boolean {
  // ("rejecting calls from some business groups to require arbitration": requests, a thing rejected, 2026-12-07,
  // newsdev67)
  // (not "rejected suggestions that the party had tampered with the forms": a proposition after "that")
  if (
    /^(?:calls|demands|requests|appeals|proposals)$/.test(tokens[from]?.lower ?? "") &&
    !tokens.slice(from, end).some((t) => t.lower === "that")
  )
    return true;
  // ("rejected a request by the mayor's lawyers to annul the warrants", "dismissed an appeal from …": a filing
  // the court ruled on, whatever its words)
  if (/^(?:a|an|the|their|his|her|its)$/.test(tokens[from]?.lower ?? "") && FILINGS.test(tokens[from + 1]?.lower ?? ""))
    return /^(?:by|from|to|for)$/.test(tokens[from + 2]?.lower ?? "");
  // ("rejected the White House's charge", "welcomed the company’s decision": a name's possessive and a noun or two)
  // ("praised Westbrook’s decision": a name's possessive with no article, 2026-12-07, newsdev64)
  const bare = tokens[from]?.cap === true && tokens[from]?.kind === "word";
  if ((tokens[from]?.lower === "the" || bare) && end - from <= 8) {
    let k = bare ? from : from + 1;
    while (k < end && (tokens[k] as Token).cap && (tokens[k] as Token).kind === "word") k++;
    if (k > (bare ? from : from + 1) && isPossessive(tokens[k]) && end - k - 1 >= 1 && end - k - 1 <= 2) {
      let plain = true;
      for (let j = k + 1; j < end && plain; j++)
        plain = (tokens[j] as Token).kind === "word" && !(tokens[j] as Token).cap;
      // (not "denied Trump's aides lied": a verb's past after the possessed noun makes a clause)
      if (plain && !(bare && /[a-z]ed$/.test(tokens[end - 1]?.lower ?? "") && end - k - 1 === 2)) return true;
    }
  }
  // ("welcomed both the audit and the pause")
  const c = tokens[from]?.lower === "both" ? from + 1 : from;
  if (!THING_DETERMINERS.has(tokens[c]?.lower ?? "") || end - c < 2) return false;
  if (end - c === 2) return true;
  // "her other complaints", "the rent cap but not the size limit": a noun phrase of plain words, or two joined
  // by "but not" / "and"
  if (plainNounPhrase(tokens, c, end)) return true;
  // ("her other complaints about the count": the plain phrase, then a short prepositional one)
  for (let k = c + 3; k <= c + 4 && k < end; k++)
    if (
      THING_PHRASE_STARTS.has(tokens[k]?.lower ?? "") &&
      plainNounPhrase(tokens, c, k) &&
      end - k <= MAX_THING_PHRASE
    ) {
      let clean = true;
      for (let j = k + 1; j < end && clean; j++) {
        const t = tokens[j] as Token;
        clean = !(t.kind === "quote" || t.text === "," || t.lower === "that" || t.lower === "to");
      }
      if (clean) return true;
    }
  for (let k = c + 2; k < end - 1; k++)
    if (
      (tokens[k]?.lower === "and" || (tokens[k]?.lower === "but" && tokens[k + 1]?.lower === "not")) &&
      plainNounPhrase(tokens, c, k)
    ) {
      const second = tokens[k]?.lower === "but" ? k + 2 : k + 1;
      if (THING_DETERMINERS.has(tokens[second]?.lower ?? "") && plainNounPhrase(tokens, second, end)) return true;
    }
  if (end - c - 2 > MAX_THING_PHRASE || !THING_PHRASE_STARTS.has(tokens[c + 2]?.lower ?? "")) return false;
  for (let k = c + 3; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "quote" || t.text === "," || t.lower === "that" || t.lower === "to") return false;
  }
  return true;
}

/** Tokens [c, end): a determiner and two or three lower-case words that are no verbs ("her other complaints"). */
function plainNounPhrase(tokens: readonly Token[], c: number, end: number): boolean {
  if (!THING_DETERMINERS.has(tokens[c]?.lower ?? "") || end - c < 2 || end - c > 4) return false;
  for (let k = c + 1; k < end; k++) {
    const t = tokens[k] as Token;
    // (not a verb: "the company lied", "the party acted"; "the new housing plans" is a noun phrase)
    if (t.kind !== "word" || t.cap || FINITE_AUXILIARIES.has(t.lower) || /ed$/.test(t.lower)) return false;
    if (
      /^(?:and|but|not|that|to|with|of|for|from|by|as|than|about|over)$/.test(t.lower) ||
      THING_PHRASE_STARTS.has(t.lower)
    )
      return false;
  }
  return true;
}

/** Most tokens between "pressed" and the "that" of its content ("pressed the minister on Monday that"). */
const MAX_PRESSED_OBJECT = 6;

/** How a view differs after "sees it" ("differently", "otherwise", "the same way"). */
const SEEN_OTHERWISE = /^(?:differently|otherwise|the|another|that|this)$/;

/** Prepositions of a topic one presses someone on, after which "that" determines a noun ("on that point"). */
const PRESSED_TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "about", "over", "for"]);

/**
 * Whether the cue at token i (of base `base`, its content from token c, no "that") says nothing: "called for
 * calm" (a call for something is a request), "demanded the resignation of the minister" (a demand for a
 * thing), "called a strike" (organizing one), "…, The Hindu reported, citing copies of the petitions" (what a
 * report cites is its source).
 */
function noProposition(tokens: readonly Token[], i: number, base: string, c: number, end: number): boolean {
  const object = tokens[c]?.lower ?? "";
  // ("…, the agency's chief financial officer told a packed public hearing Thursday night.": a gathering told is the
  // listener, and only when words follow it, 2026-12-07, newsdev80)
  if (base === "tell" && /^(?:a|an|the)$/.test(object) && gatheringToldOnly(tokens, c, end)) return true;
  // "In a statement emailed to reporters about an hour after …", "according to ICE figures provided to Breitbart
  // News": a participle after its message's noun says how the message went out (inside a prepositional phrase, or
  // before "to" or "by"); the clause's own verb, or "according to", reports it
  const participle = /ed$/.test(tokens[i]?.lower ?? "") && MESSAGE_NOUNS.has(tokens[i - 1]?.lower ?? "");
  if (
    participle &&
    ((/^(?:a|an|the|its|his|her|their)$/.test(tokens[i - 2]?.lower ?? "") &&
      /^(?:in|with|through|via)$/.test(tokens[i - 3]?.lower ?? "")) ||
      object === "to" ||
      object === "by")
  )
    return true;
  // ("ICE sent 37 detainer requests to the county jail", "did not respond to several requests for comment": a form in
  // -s counted by a number or a quantity word, at most one word before it, is a plural noun, newsdev56)
  // ("and talks broke down in December": a form in -s right before a verb's past is the subject, a noun, newsdev58)
  if (/[^s]s$/.test(tokens[i]?.lower ?? "") && PAST_AFTER_NOUN.test(object)) return true;
  const modifier = tokens[i - 1]?.kind === "word" && !tokens[i - 1]?.cap;
  if (/[^s]s$/.test(tokens[i]?.lower ?? "") && (countsNoun(tokens[i - 1]) || (modifier && countsNoun(tokens[i - 2]))))
    return true;
  // "the biggest fear now is insurance", "the main worry is …": after "the" and a superlative the cue is a noun
  if (
    /^(?:the|their|our|his|her|its)$/.test(tokens[i - 2]?.lower ?? "") &&
    /^(?:[a-z]{2,}est|main|chief|only|greatest)$/.test(tokens[i - 1]?.lower ?? "") &&
    !/^(?:honest|interest|modest|earnest)$/.test(tokens[i - 1]?.lower ?? "")
  )
    return true;
  // "Hospitals see it differently", "sees things the same way": a view held, its content the sentences after it
  if (base === "see" && /^(?:it|things|this|that)$/.test(object) && SEEN_OTHERWISE.test(tokens[c + 1]?.lower ?? ""))
    return true;
  // "did not respond to requests for comment": what one responds to is the topic
  if (base === "respond") return object === "to";
  // ("did not reply to questions from Wikinews": the same of a reply)
  if (base === "reply") return object === "to" && !tokens.slice(c, end).some((t) => t.lower === "that");
  // ("Justices … sharply questioned a lawyer for the Legislature", "after prosecutors questioned two of his aides":
  // questions put to someone, or doubts about a thing, report no words in the quotation unit's gold)
  if (base === "question") return true;
  // ("Australia has produced few dinosaur fossils compared with other continents": a comparison, no words reported)
  if (base === "compare") return true;
  // ("Mayor Gerald Pacheco on Tuesday proposed a $612 million budget for Springfield that would …": a plan put
  // forward, an act; a "that" clause is a claim, read before this)
  // ("Governor Carl Benning on Wednesday proposed selling Arkansas's state-owned …", "proposed last week to cut …": a
  // plan put forward whatever its object's form, newsdev56)
  if (base === "propose") return true;
  // ("The union is demanding 20 percent.": an amount demanded)
  if (base === "demand" && quantityObject(tokens, c, end)) return true;
  // ("Pennsylvania lawmakers are considering a bill that would …": a thing weighed, no words reported)
  if (base === "consider") return THING_DETERMINERS.has(object) || object === "a" || object === "an";
  // ("The Redden County Commission has offered $1.5 million, saying …": money offered; "threatened to stop selling
  // beans", "has threatened a national strike": an act threatened)
  // ("The agency had offered three sites in the North Sea …": a thing offered, newsdev56; a quotation offered — "the bill
  // offered “a lifeline”" — reports words)
  if (base === "offer") return !tokens.slice(c, end).some((t) => t.kind === "quote");
  // ("The committee plans a field hearing in Oakland in May": a plan of a thing, an act to come, newsdev56)
  if (base === "plan") return object !== "to" && object !== "on";
  // ("Aftershocks continued through Sunday", "have continued to meet as policy study groups": going on, no words)
  if (base === "continue") return !tokens.slice(c, end).some((t) => t.kind === "quote");
  // ("The committee's 14 Republicans and 10 Democrats have generally agreed on the problem": agreement on a topic;
  // "Ghana agreed the loan programme with the IMF in 2023": a thing agreed, newsdev58)
  if (base === "agree" && (object === "on" || THING_DETERMINERS.has(object) || object === "a" || object === "an"))
    return true;
  // ("ranked restaurants in its app by the commissions they paid": ranking things is an act, newsdev58)
  if (base === "rank") return true;
  // ("ended after the government threatened emergency arbitration": whatever is threatened, an act)
  if (base === "threaten") return true;
  // "Both candidates support a right-to-work law and oppose expanding Medicaid": a stance on a thing held, no words
  // reported (a "that" clause is a claim; not "pastors supporting Mr. Cruz", a group known by its stance)
  // ("which filed a brief supporting the challenge": a thing's participle and a thing supported, newsdev57)
  if (base === "support")
    return (
      object !== "that" &&
      (tokens[i]?.lower === "support" ||
        tokens[i]?.lower === "supports" ||
        (tokens[i]?.lower === "supporting" && THING_DETERMINERS.has(object) && !tokens[i - 1]?.cap))
    );
  // ("a 2011 vote in which Holloway backed a budget outline": backing a thing is a stance held, no words reported)
  // ("Republicans in Congress have backed the VA's effort to send …", 2026-12-07, newsdev50)
  if (base === "back") return /^(?:a|an)$/.test(object) || THING_DETERMINERS.has(object);
  // ("opposed a budget plan from the governor" keeps the stance, rules-129; opposing doing something is a stance on an act)
  if (base === "oppose") return /ing$/.test(object);
  // "because they did not want to cross the governor in public": a wish, no words reported
  if (base === "want") return object === "to";
  // "She answered Wikinews’s questions by email on Monday": answering questions is how an interview went
  if (base === "answer") return tokens.slice(c, Math.min(end, c + 4)).some((t) => /^questions?$/.test(t.lower));
  // "added two Chinese makers to its list": adding a thing to a list, no words added
  if (base === "add") return addsThingTo(tokens, c, end);
  // "wrote to the Justice Department asking it to seek …": a letter that asks is a request
  // ("The ACLU of Washington wrote to the board in January, warning that …": whom one wrote to, the claim in the
  // participle after it)
  if (base === "write" && object === "to")
    return asksIn(tokens, c, end) || !tokens.slice(c, end).some((t) => t.kind === "quote");
  // "the forecaster who wrote the expedition’s daily bulletins", "wrote a book about …": a work written, no words
  // reported
  if (base === "write") return writesWork(tokens, c, end);
  // "has declared a 14-day emergency": declaring a state, an act
  // "has declared a 14-day emergency": declaring a state, an act ("The Tanzanian government declared three days of
  // national mourning", "had declared X of the opposition Y the winner": a thing or a person declared so, newsdev57)
  if (base === "declare") return declaresState(tokens, c, end);
  // ("a record it called “a blank check …”", "what it called “political training …”": a naming in a clause that
  // describes a noun, no claim of its own)
  if (base === "call" && namesInDescribingClause(tokens, i)) return true;
  if (base === "call") return object === "for" || object === "a" || object === "an" || callsAct(tokens, c);
  // "asked for more information": a request for a thing; "asked Hargrove whether his tariff would …": a question
  // put to someone (the quotation unit's gold has no question claims)
  // ("He has asked the Tieton County Board of Commissioners for $2.4 million to reopen …": a thing asked of someone)
  if (base === "ask")
    return (
      object === "for" ||
      tokens.slice(c, Math.min(end, c + 6)).some((t) => WH_WORDS.has(t.lower)) ||
      askedSomeoneFor(tokens, c, end)
    );
  // "pressed the Minister for Health in the Dáil over overcrowding", "pressed for reforms": pressing someone on a
  // topic, or for a thing, says nothing (a "that" clause does)
  // ("pressed Aldridge on a television ad from the … Fund, a super PAC that has spent …": a "that" of a relative
  // clause further on is no content's)
  // ("pressed him on that point": a "that" after a preposition determines a noun, 2026-12-07, newsdev76)
  if (base === "press")
    return !tokens
      .slice(c, Math.min(end, c + MAX_PRESSED_OBJECT))
      .some((t, k) => t.lower === "that" && !PRESSED_TOPIC_PREPOSITIONS.has(tokens[c + k - 1]?.lower ?? ""));
  // "groups, which had pushed for the rule for a decade": pushing for a thing ("pushed back on …" may report words);
  // "The activists who pushed the ordinance through": pushing a thing through
  if (base === "push") return object === "for" || THING_DETERMINERS.has(object);
  // "one Democratic senator who had lobbied for Kitteridge": lobbying for someone is an act ("which has lobbied
  // against the bill since it was introduced": against a thing too)
  if (base === "lobby") return object === "for" || object === "against";

  // ("is demanding a monthly base pay rise of 148,000 won, …": a thing demanded, the quotation unit's gold a request
  // of no words reported, newsdev55)
  // ("are demanding rises of 3.5 percent a year": a plural thing demanded, newsdev73)
  if (base === "demand")
    return THING_DETERMINERS.has(object) || object === "a" || object === "an" || /^[a-z]{3,}s$/.test(object);
  // "pointed to a 2011 vote in which …": pointing at a thing ("pointed out that …" is a claim); "introduced him at the
  // hall": introducing someone
  if (base === "point") return object === "to";
  // ("referring to the towing company’s owner": what one refers to is a topic; "expected to finish the review by
  // Aug. 26": an intention, after the claim the sentence made)
  // ("referred the senator's own disclosure forms to the Attorney General's Office": a case passed on)
  if (base === "refer") return object === "to" || THING_DETERMINERS.has(object);
  if (base === "expect") return object === "to" && tokens[i - 1]?.lower === "and";
  // "The judge declined the state’s request to delay her order": refusing a thing asked for is an act
  if (base === "decline") return THING_DETERMINERS.has(object);
  if (base === "introduce") return object !== "that";
  // ("two days after he unveiled it at a rally": a thing put out, no words reported, newsdev70)
  if (base === "unveil") return object === "it" || object === "them";
  // ("announced rolling blackouts across the Poltava region", "publishes outage schedules on its website": a thing put
  // out, no words reported; the claims after these verbs open with a clause's subject or "that", newsdev72)
  if ((base === "announce" || base === "publish") && /^\p{Ll}/u.test(tokens[c]?.text ?? ""))
    return !ANNOUNCED_OPENERS.has(object) && !SUBJECT_PRONOUNS.has(object);
  // ("The council rejected an amendment from Councilman X that would have allowed …": a vote against a proposal, no
  // words reported; "rejected claims that …" is a denial, newsdev71)
  if (base === "reject") {
    // ("Chilean voters rejected two earlier drafts": a number and a modifier may stand before the noun, newsdev73)
    let k = c;
    while (k < c + 3 && REJECTED_MODIFIERS.test(tokens[k]?.lower ?? "")) k++;
    return PROPOSAL_NOUNS.test(tokens[k]?.lower ?? "");
  }
  // ("Enger has appealed to the Minnesota Court of Appeals": taking a case to a court, newsdev73)
  if (base === "appeal") return object === "to" || THING_DETERMINERS.has(object);
  // "The lawsuit seeks civil penalties and money for addiction treatment", "seeks to block the rule": what a suit or
  // a party seeks is a remedy or an aim, no words reported (a "that" clause is a claim)
  if (base === "seek") return object !== "that";
  // "pleaded guilty to manslaughter", "pleaded not guilty": a plea is an act in court
  if (base === "plead") return object === "guilty" || object === "not" || object === "no";
  // "thanked detectives for their work": thanks for a thing say nothing
  if (base === "thank" || base === "congratulate") return true;
  // "accepted the Republican Party's presidential nomination": an act (a "that" clause is a claim)
  if (base === "accept") return true;
  // "volunteers who knocked on more than 300,000 doors": knocking on doors says nothing
  if (base === "knock") return object === "on";
  // "Arte will show it on television next year": showing a thing, not a finding (a "that" clause is one)
  // ("Rival campaigns have shown little sympathy": a feeling shown, no words; "if they can show rising taxes": a
  // proof one may give, after a modal)
  if (base === "show")
    return (
      object === "it" ||
      object === "them" ||
      /^(?:little|no|much|some|more|less)$/.test(object) ||
      (object !== "that" && /^(?:can|could|must|may|might)$/.test(tokens[i - 1]?.lower ?? ""))
    );
  // ("A state official briefed on the inspection": briefed on a topic, no words reported)
  if (base === "brief") return object === "on" || object === "about";
  // "who … now advises candidates of both parties": advising someone is a job, no words reported ("advised that …" is
  // a claim)
  if (base === "advise") return object !== "that";
  // ("according to ICE figures provided to Breitbart News": the numbers' noun before a participle, no verb)
  if (base === "figure") return /[a-z]ed$/.test(object);
  // ("according to the White House counsel, Gideon P. Ashworth,": the lawyer's noun; "counseled that …" a claim)
  if (base === "counsel") return object !== "that";
  // "who has observed elections in Central Asia": watching, not remarking (a "that" clause is a remark)
  if (base === "observe") return true;
  // "charged the mayor … with taking bribes": a formal charge, an act of prosecutors (a "that" clause is a claim);
  // "has sued the sheriff's office", "who examined a sample of the files": a lawsuit and an examination are acts
  // ("wrongly denying some veterans benefits": withholding a thing from someone, not a denial of words, 2026-12-07,
  // newsdev68)
  if (base === "deny" && /^(?:some|many|most|them|him|her|us|thousands|hundreds)$/.test(object)) return true;
  // ("nearly a third of the disability claims it reviewed at its Oakland regional office": a review is an act too,
  // 2026-12-07, newsdev68)
  if (base === "charge" || base === "sue" || base === "examine" || base === "review") return true;
  // "endorsed Sen. X for the nomination", "challenged 900 of them as duplicates": an endorsement and a challenge
  // of a thing are acts (a "that" clause is a claim)
  if (base === "endorse" || base === "challenge") return true;
  // "approved a bill that would allow …", "approved an increase of Rs3.41": a vote or a decision, an act
  if (base === "approve" || base === "veto") return true;
  // ("The City of Lakemont adopted the policy in June": adopting a policy is an act; "after he refused her written
  // order to release …": refusing a thing is one too, 2026-12-07, newsdev64)
  if (base === "adopt") return true;
  if (base === "refuse") return THING_DETERMINERS.has(object) || object === "a" || object === "an";
  // "chose the higher rate", "appointed a new envoy": a choice is an act (a "that" clause is a claim)
  if (CHOICE_CUES.has(base)) return true;
  // ("after Gov. Ray Delgadillo named her to the U.S. Senate": naming someone to an office is an appointment)
  if (base === "name" && OBJECT_PRONOUNS.has(object) && /^(?:to|as)$/.test(tokens[c + 1]?.lower ?? "")) return true;
  // "The state allows undeclared voters, who make up …, to choose": a permission that is no request form
  // (those are left to isRequest), an act of a law or a body
  if (base === "allow" || base === "permit") return true;
  // "the rule, which requires a licensed pharmacist at every dispensing point", "bans single-use bags": a rule's
  // demand or ban is an act of the rule, no words reported
  if (base === "require" || base === "forbid" || base === "ban") return true;
  // "The two countries fought two wars over …": fighting is an act
  if (base === "fight") return true;
  // "The MSSZ has discussed both for years": a discussion of a thing reports no words of it
  if (base === "discuss") return true;
  // "who argued the case for NetChoice": arguing a case in court is the lawyer's act, not a claim
  if (base === "argue") return THING_DETERMINERS.has(object) && /^cases?$/.test(tokens[c + 1]?.lower ?? "");
  // "announced his retirement from the Supreme Court", "announced a schedule": an act made known, no words
  // reported (a "that" clause is a claim)
  if (base === "announce")
    return THING_DETERMINERS.has(object) || object === "a" || object === "an" || object === "plans";
  // "a poll released Oct. 7 by Marquette Law School had …": a thing released by someone, no words released
  // "released an immigration plan on Friday that would …": a document released, its words not reported here
  if (base === "release")
    return (
      tokens.slice(c, Math.min(end, c + 5)).some((t) => t.lower === "by") ||
      THING_DETERMINERS.has(object) ||
      object === "a" ||
      object === "an"
    );
  // "will publish its last edition on Thursday": a thing published, no words reported
  if (base === "publish") return THING_DETERMINERS.has(object) || object === "a" || object === "an";
  // "threatened a national strike from April 1": an act threatened (its "to" form is an undertaking)
  if (base === "threaten") return THING_DETERMINERS.has(object) || object === "a" || object === "an";
  // "the mountain club promoted to the Botola Pro": promotion to a league or a rank
  if (base === "promote") return object === "to";
  // "reported $19.2 million in cash on hand", "reported 41 equipment failures": figures in a filing or a log, a
  // quantity with no clause of its own ("reported 11 officers had been disciplined" has one)
  // ("and reported none of it": nothing disclosed is no report of anything)
  if (base === "report") return quantityObject(tokens, c, end) || /^(?:none|nothing)$/.test(object);
  // "seeking the Republican presidential nomination", "sought a third term": seeking a thing is an act (seeking
  // "to reassure" is left to the request and undertaking rules)
  if (base === "seek") return THING_DETERMINERS.has(object) || object === "a" || object === "an";
  // "because she feared losing her job": a fear of an act of one's own, no proposition (a "that" clause is one)
  if (base === "fear") return /[a-z]ing$/.test(object);
  return /^(?:citing|quoting)$/.test(tokens[i]?.lower ?? "") && tokens[i - 1]?.text === ",";
}

/** Past forms that make a retort with "back" ("shot back that …", "fired back that …", "hit back that …"). */
const RETORTS = /^(?:shot|fired|hit|snapped|struck)$/;

/**
 * Whether the participle at token i has a named subject right before it that opens an absolute "with" clause: "with
 * Garrity saying …", or the second of such clauses joined by "and" ("… and Vasquez-Moore accusing …").
 */
function absoluteWith(doc: AnalyzedText, i: number): boolean {
  const { tokens } = doc;
  const m = doc.mentionByLastToken.get(i - 1);
  const c = m ? doc.entities.clusters[m.cluster] : undefined;
  if (!m || (c?.type !== "Person" && c?.type !== "Organization")) return false;
  const before = tokens[m.first - 1];
  if (before?.lower === "with") return true;
  if (before?.lower !== "and") return false;
  for (let k = m.first - 2; k >= 0 && m.first - k < 30 && tokens[k]?.sentence === before.sentence; k--)
    if (tokens[k]?.lower === "with") return tokens[k - 1]?.text === ",";
  return false;
}

/** Whether the cue at token i is a document's participle ("a study released in June", "a report published …"). */
function publishedParticiple(tokens: readonly Token[], i: number, base: string): boolean {
  if (base !== "release" && base !== "publish" && base !== "issue") return false;
  return /ed$/.test(tokens[i]?.lower ?? "") && PUBLISHED_NOUNS.test(tokens[i - 1]?.lower ?? "");
}

/** Documents a participle after them says the publication of ("a study released in June"). */
const PUBLISHED_NOUNS = /^(?:study|report|survey|audit|analysis|poll|review|paper|statement|letter|memo)$/;

/** Nouns of the messages a participle may say the sending of ("a statement emailed to reporters"). */
const MESSAGE_NOUNS: ReadonlySet<string> = new Set([
  "statement",
  "letter",
  "email",
  "e-mail",
  "message",
  "memo",
  "post",
  "note",
  "release",
  "figures",
  "data",
  "documents",
  "records",
  "numbers",
]);

/** Words of a stretch of time ("all winter", "last week", "this spring", "every Monday"). */
const DURATION_WORDS = new Set([
  "all",
  "last",
  "this",
  "next",
  "every",
  "each",
  "whole",
  "that",
  "winter",
  "summer",
  "spring",
  "autumn",
  "fall",
  "year",
  "month",
  "week",
  "weekend",
  "day",
  "night",
  "morning",
  "evening",
  "afternoon",
  "season",
  "long",
]);

/** Tokens [c, end): words of a span of time alone ("all winter", "last week", "every Monday"). */
/** Tokens [c, end): a determiner, one or two lower-case words, then a time ("the pardon Thursday", "the news last week"). */
function thingThenTime(tokens: readonly Token[], c: number, end: number): boolean {
  if (!THING_DETERMINERS.has(tokens[c]?.lower ?? "")) return false;
  for (let k = c + 2; k <= c + 3 && k < end; k++) {
    const plain = tokens.slice(c + 1, k).every((t) => t.kind === "word" && !t.cap);
    if (plain && timeOnly(tokens, k, end)) return true;
  }
  return false;
}

function timeOnly(tokens: readonly Token[], c: number, end: number): boolean {
  if (end - c < 1 || end - c > 3) return false;
  for (let k = c; k < end; k++) {
    const w = (tokens[k] as Token).lower;
    if (!DURATION_WORDS.has(w) && !CALENDAR_WORDS.has(w)) return false;
  }
  return true;
}

/** Tokens [c, end): a number or an amount of money and no verb after it ("$19.2 million in cash on hand"). */
/** Verbs' past forms that follow a plural noun as its predicate ("talks broke down", "talks collapsed"). */
const PAST_AFTER_NOUN = /^(?:broke|collapsed|stalled|resumed|ended|failed|began|continued|went|fell)$/;

/** A number or a word that counts a plural noun ("37", "several", "three"). */
function countsNoun(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    (t.kind === "number" ||
      /^(?:several|many|few|numerous|multiple|repeated|two|three|four|five|six|seven|eight|nine|ten|dozens)$/.test(
        t.lower,
      ))
  );
}

function quantityObject(tokens: readonly Token[], c: number, end: number): boolean {
  const first = tokens[c];
  if (first?.kind !== "number" && !/^[$€£¥]$/.test(first?.text ?? "")) return false;
  for (let k = c + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "quote" || t.lower === "that" || FINITE_AUXILIARIES.has(t.lower) || /ed$/.test(t.lower))
      return false;
  }
  return true;
}

/** Words a reported clause after "announced" may open with (besides a subject pronoun): "that", a time, a "plans to". */
const ANNOUNCED_OPENERS = new Set([
  "that",
  "on",
  "in",
  "at",
  "late",
  "early",
  "last",
  "this",
  "yesterday",
  "today",
  "earlier",
]);

/** Proposals a body votes down ("rejected an amendment", "rejected the bill"). */
const PROPOSAL_NOUNS =
  /^(?:amendments?|proposals?|bills?|motions?|measures?|resolutions?|petitions?|nominees?|nominations?|offers?|bids?|drafts?)$/;

/** Words before a rejected proposal's noun ("an", "the", "two earlier"). */
const REJECTED_MODIFIERS = /^(?:a|an|the|his|her|its|their|two|three|both|earlier|previous|latest|new)$/;

/** Verbs of putting out a document, whose maker the document then speaks for. */
const PRODUCING_CUES = new Set(["release", "announce", "write", "publish", "issue", "unveil", "file", "post"]);

/** Remembers the document noun heading the object at c (within five words) as `speaker`'s. */
function rememberDocument(
  tokens: readonly Token[],
  c: number,
  end: number,
  speaker: SpeakerRef,
  anon: AnonymousMemory,
) {
  for (let k = c; k < Math.min(end, c + 6); k++) {
    const t = tokens[k] as Token;
    // ("said in a 38-page report": a length's number and hyphen before the noun, 2026-12-07, newsdev65)
    if (t.kind === "number" || t.text === "-") continue;
    if (t.kind !== "word") return;
    if (SPEAKING_DOCUMENTS.test(t.lower)) {
      rememberDocumentNoun(anon, t.lower, speaker);
      return;
    }
  }
}

/** Remembers the document of an "in a letter" phrase among the first words of tokens [c, end) as `speaker`'s. */
function rememberVenueDocument(
  tokens: readonly Token[],
  c: number,
  end: number,
  speaker: SpeakerRef,
  anon: AnonymousMemory,
): void {
  for (let k = c; k < Math.min(end, c + 8); k++)
    if (tokens[k]?.lower === "in" && /^(?:a|an|its|their)$/.test(tokens[k + 1]?.lower ?? "")) {
      rememberDocument(tokens, k + 2, k + 3, speaker, anon);
      return;
    }
}

/** "In a 38-page review released Tuesday, X found …": remembers the review, set off before the comma, as X's. */
function rememberOpeningDocument(
  tokens: readonly Token[],
  first: number,
  cue: number,
  speaker: SpeakerRef,
  anon: AnonymousMemory,
): void {
  if (tokens[first]?.lower !== "in" || !/^(?:a|an|its|their|his|her)$/.test(tokens[first + 1]?.lower ?? "")) return;
  for (let k = first + 2; k < cue && k <= first + 6; k++) {
    const t = tokens[k] as Token;
    if (t.text === ",") return;
    if (SPEAKING_DOCUMENTS.test(t.lower)) {
      rememberDocumentNoun(anon, t.lower, speaker);
      return;
    }
  }
}

/** Nouns of documents a "written" before them describes ("a written response", "written testimony"). */
const WRITTEN_DOCUMENTS =
  /^(?:dissent|response|responses|reply|statement|statements|testimony|answer|answers|submission|submissions|questions|comments|remarks|notice|request|order|opinion|ruling|decision|consent|evidence|note|warning|pledge|agreement|policy|rules?|law|constitution|word|text)$/;

/** Works one writes ("wrote the daily bulletins", "wrote a book"): the object of "write" that reports nothing. */
const WRITTEN_WORKS =
  /^(?:books?|letters?|bulletins?|columns?|articles?|op-eds?|memos?|essays?|songs?|novels?|scripts?|screenplays?|speeches|speech|forewords?|prefaces?|reviews?|poems?|biograph(?:y|ies)|memoirs?|textbooks?|code|software|music|lyrics|versions?|drafts?|obituar(?:y|ies)|editorials?|blogs?|posts?|chapters?|stories|story|pieces?|history|guide|manual|rules|provisions?|bills?|laws?|legislation|amendments?)$/;

/** Whether the noun phrase opening at `c` (a determiner, then up to four words) is a written work. */
function writesWork(tokens: readonly Token[], c: number, end: number): boolean {
  const object = tokens[c]?.lower ?? "";
  if (!THING_DETERMINERS.has(object) && object !== "a" && object !== "an") return false;
  for (let k = c + 1; k < Math.min(end, c + 6); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" && !isPossessive(t)) return false;
    if (WRITTEN_WORKS.test(t.lower)) return true;
  }
  return false;
}

/** Verbs of choosing: what is chosen is a thing or a person, not a proposition. */
// ("On Monday she named Deputy Chief Luis Ortega interim chief of the Hadley Falls Police Department", newsdev59)
const CHOICE_CUES = new Set(["choose", "pick", "select", "appoint", "nominate", "name"]);

/** Object pronouns: alone after a cue, the object of a stance, never a clause. */
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me"]);

/** Words that open an indirect question ("who had rented the house", "whether …"). */
const WH_WORDS = new Set(["who", "whom", "whose", "what", "which", "whether", "if", "when", "where", "why", "how"]);

/** The cue at token i is negated or refused: "did not say", "would n't say", "declined to say", "never said". */
function withheld(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? "";
  if (before === "not" || before === "never" || /n['’]t$/.test(before)) return true;
  return (
    before === "to" && /^(?:declined|refused|declines|refuses|declining|refusing)$/.test(tokens[i - 2]?.lower ?? "")
  );
}

/** Whether "to" and a verb open the content at `c`, or follow a noun phrase of at most three words ("lawmakers to approve"). */
function infinitiveSoon(tokens: readonly Token[], c: number, end: number): boolean {
  for (let k = c; k < Math.min(end, c + 4); k++) {
    const t = tokens[k] as Token;
    if (t.lower === "to") return tokens[k + 1]?.kind === "word" && !(tokens[k + 1] as Token).cap;
    if (t.kind !== "word") return false;
  }
  return false;
}

/** How far (in characters) a cue may stand before the "that" it governs ("told Al Jazeera on Sunday that"). */
const MAX_CUE_TO_THAT = 40;

/** Acts one calls ("called the three-day strike", "called a snap election"). */
const CALLED_ACTS =
  /^(?:strike|strikes|walkout|protest|protests|election|elections|vote|referendum|meeting|boycott|rally|shutdown|ceasefire|halt)$/;

/** "the three-day strike", "its first general strike": a determiner and at most three words before an act's noun. */
function callsAct(tokens: readonly Token[], c: number): boolean {
  if (!THING_DETERMINERS.has(tokens[c]?.lower ?? "")) return false;
  for (let k = c + 1; k <= c + 4; k++) {
    const t = tokens[k];
    if (t?.kind !== "word") return false;
    if (CALLED_ACTS.test(t.lower)) return true;
  }
  return false;
}

/** Finite verbs that make content a clause ("added the plan was flawed"). */
const CLAUSE_VERBS = /^(?:is|are|was|were|will|would|had|has|have|could|can|should|may|might|must|did|does|do)$/;

/** Tokens [c, end): a noun phrase, then "to" and a determiner or possessive, no finite verb before ("two makers to its list"). */
function addsThingTo(tokens: readonly Token[], c: number, end: number): boolean {
  for (let k = c; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "quote" || t.lower === "that" || CLAUSE_VERBS.test(t.lower) || /n['’]t$/.test(t.lower)) return false;
    // ("…, adding hours to each visit": to each or every one of them, 2026-12-07, newsdev79)
    if (t.lower === "to" && k > c)
      return THING_DETERMINERS.has(tokens[k + 1]?.lower ?? "") || /^(?:a|each|every)$/.test(tokens[k + 1]?.lower ?? "");
  }
  // ("which backed the bill after the Senate added a cap on future increases": a thing added to a bill, no clause in
  // it, 2026-12-07, newsdev76)
  return /^(?:a|an)$/.test(tokens[c]?.lower ?? "") && end - c <= 8;
}

/** Tokens [c, end) hold "asking" / "urging" / "calling on" before any "that" or "saying". */
/** Most words of whom one asks before "for" ("the Tieton County Board of Commissioners for …"). */
const MAX_ASKED = 8;

/** Whether tokens from `c` name whom one asked, then "for" a thing: no "to" of a request or "that" before it. */
function askedSomeoneFor(tokens: readonly Token[], c: number, end: number): boolean {
  for (let k = c; k < Math.min(end, c + MAX_ASKED); k++) {
    const w = (tokens[k] as Token).lower;
    if (w === "for") return k > c;
    if (w === "to" || w === "that" || (tokens[k] as Token).kind !== "word") return false;
  }
  return false;
}

function asksIn(tokens: readonly Token[], c: number, end: number): boolean {
  for (let k = c; k < end; k++) {
    const w = (tokens[k] as Token).lower;
    if (w === "that" || w === "saying") return false;
    if (w === "asking" || w === "urging" || (w === "calling" && tokens[k + 1]?.lower === "on")) return true;
  }
  return false;
}

/** States one declares ("a 14-day emergency", "war", "bankruptcy"). */
const DECLARED_STATES = new Set([
  "emergency",
  "war",
  "bankruptcy",
  "curfew",
  "ceasefire",
  "holiday",
  "disaster",
  "candidacy",
  "independence",
  "quarantine",
  "lockdown",
]);

/**
 * Tokens [c, end) declare a state ("a 14-day emergency", "a state of …") or a thing or a person so ("three days of
 * national mourning", "X the winner"): no clause verb and no "that" among their first words ("declared the vote was
 * rigged" reports one).
 */
function declaresState(tokens: readonly Token[], c: number, end: number): boolean {
  for (let k = c; k < end && k - c < 8; k++) {
    const w = (tokens[k] as Token).lower;
    if (DECLARED_STATES.has(w)) return true;
    if (w === "state" && tokens[k + 1]?.lower === "of") return true;
    if (CLAUSE_VERBS.test(w) || w === "that") return false;
  }
  return true;
}

/** Whether the cue at `i` stands in an "If …" / "Unless …" clause that opens its sentence at `first` (no comma between). */
function insideCondition(tokens: readonly Token[], first: number, i: number): boolean {
  if (!/^(?:if|unless)$/.test(tokens[first]?.lower ?? "")) return false;
  for (let k = first + 1; k < i; k++) if (tokens[k]?.text === "," || tokens[k]?.kind === "quote") return false;
  return true;
}

/** Verbs of undertaking or refusing an act: with a "to" infinitive right after, no proposition. */
const UNDERTAKING_CUES = new Set(["agree", "decline", "refuse", "pledge", "plan", "hope"]);

/** The content at c..end opens with "(not) to" and a lower-case verb ("to comment", "not to discuss"). */
function opensInfinitive(tokens: readonly Token[], c: number, end: number): boolean {
  const to = tokens[c]?.lower === "not" ? c + 1 : c;
  const verb = tokens[to + 1];
  return tokens[to]?.lower === "to" && to + 1 < end && verb?.kind === "word" && !verb.cap;
}

/** Nouns of what a court or a body rules on ("a request by …", "an appeal from …", "a motion to …"). */
const FILINGS = /^(?:request|motion|appeal|petition|application|bid|challenge|complaint|lawsuit|claim)$/;

/** Verbs that ask something of someone: with an object and a "to" infinitive, a request. */
/** Verbs whose "that" clause in the subjunctive asks for an act ("demanded that the event be called off"). */
const SUBJUNCTIVE_CUES = new Set(["demand", "ask", "insist", "urge", "request", "recommend", "propose", "require"]);

/** The clause at c..end has a bare "be" (or "not be") before any finite verb: the subjunctive of a demand. */
function subjunctive(tokens: readonly Token[], c: number, end: number): boolean {
  for (let k = c; k < Math.min(end, c + 10); k++) {
    const w = tokens[k]?.lower ?? "";
    if (w === "be") return true;
    if (/^(?:is|are|was|were|has|have|had|will|would|should|could|can|may|might|must|shall|does|do|did)$/.test(w))
      return false;
    if (tokens[k]?.kind !== "word") return false;
  }
  return false;
}

/** Cues whose "that" clause is a demand whenever its verb is bare ("demanded that the mayor resign"). */
const DEMAND_CUES = new Set(["demand", "urge", "request", "recommend", "propose", "require"]);

/** Past forms without -ed, which a bare verb's test must not take for one. */
const IRREGULAR_PASTS =
  /^(?:went|came|made|took|gave|knew|saw|got|kept|left|lost|paid|sent|spent|held|brought|bought|thought|found|felt|won|led|met|ran|fell|rose|grew|drew|wrote|broke|spoke|chose|began|stood|became|told|said|sold|built|meant|heard|hit|cut|set|let|put|shut|quit)$/;

/**
 * "that the company restore …", "that the mayor resign": "the" or a possessive, one singular noun, then a lower-case
 * word with no -s, -ed or -ing that is no auxiliary, adverb or irregular past — a bare verb, the subjunctive.
 */
function bareVerbAfterSubject(tokens: readonly Token[], c: number, end: number): boolean {
  if (!/^(?:the|its|his|her|their|our)$/.test(tokens[c]?.lower ?? "") || c + 2 >= end) return false;
  const noun = tokens[c + 1] as Token;
  const verb = tokens[c + 2] as Token;
  if (noun.kind !== "word" || noun.cap || /s$/.test(noun.lower) || FUNCTION_WORDS.has(noun.lower)) return false;
  if (verb.kind !== "word" || verb.cap || FUNCTION_WORDS.has(verb.lower) || AUXILIARIES.has(verb.lower)) return false;
  return !/(?:s|ed|ing|ly)$/.test(verb.lower) && !IRREGULAR_PASTS.test(verb.lower);
}

const REQUEST_CUES = new Set([
  "urge",
  "ask",
  "call",
  "tell",
  "order",
  "instruct",
  "encourage",
  "implore",
  "press",
  "beg",
  "appeal",
  "invite",
  "request",
  // a wish of someone else's act: "The Greens want the ACCC to be given the power …"
  "want",
  // permission and obligation: "The licence allows Fjellkobber ASA … to extract …"
  "allow",
  "permit",
  "authorize",
  "authorise",
  "require",
  "force",
  "enable",
]);
/** Longest object before the infinitive of a request ("the minister of health to …", "the company's chief executive to …"). */
const MAX_REQUEST_OBJECT = 5;
/** Words that open or carry a clause: "told reporters this was the only chance to …" is a report. */
const CLAUSE_WORDS = new Set(
  "this it he she they we i you there is was were are be been had has have will would could can should may might must did does do".split(
    " ",
  ),
);

/**
 * The content at c..end is a request: ("on") an object of a few words, then "to" and a lower-case verb
 * ("both sides to return to talks", "on the minister to resign"), with nothing between that opens a
 * clause (a comma, a quotation mark, "that", a pronoun subject or a finite auxiliary).
 */
export function isRequest(doc: AnalyzedText, c: number, end: number): boolean {
  const { tokens } = doc;
  const from = tokens[c]?.lower === "on" ? c + 1 : c;
  // ("asked the Michigan Department of Environment, Great Lakes, and Energy (EGLE) to step in": a name of any
  // length, and its acronym in brackets, is one word of the object)
  let skipped = 0;
  for (let k = from; k < end && k - from - skipped <= MAX_REQUEST_OBJECT; k++) {
    const name = doc.mentionByFirstToken.get(k) ?? doc.mentionByFirstToken.get(k + 1);
    if (name && (name.last - k > 1 || tokens[name.last]?.text === ",")) {
      let after = name.last;
      // ("Fjellkobber ASA, a company listed in Oslo, to extract …": the name's appositive)
      if (tokens[after]?.text === ",") {
        let close = after + 1;
        while (close < after + 10 && tokens[close] && tokens[close]?.text !== "," && tokens[close]?.kind !== "quote")
          close++;
        if (tokens[close]?.text === ",") after = close + 1;
      }
      // (the content may end inside the name, at its comma: the request reads on to the sentence's end)
      end = Math.max(end, Math.min(after + 6, doc.sentences[(tokens[k] as Token).sentence]?.last ?? end));
      if (tokens[after]?.text === "(" && tokens[after + 2]?.text === ")") after += 3;
      skipped += after - k - 1;
      k = after - 1;
      continue;
    }
    const t = tokens[k] as Token;
    // ("asked commissioners in a letter last week to set aside …": the venue and its time, no part of the object)
    if (
      t.lower === "in" &&
      /^(?:a|an|its|their|his|her)$/.test(tokens[k + 1]?.lower ?? "") &&
      VENUES.has(tokens[k + 2]?.lower ?? "")
    ) {
      let after = k + 3;
      if (/^(?:last|this|on)$/.test(tokens[after]?.lower ?? "") && tokens[after + 1]?.kind === "word") after += 2;
      skipped += after - k;
      k = after - 1;
      continue;
    }
    // ("asked a state appeals court on Thursday to throw out …": the day the request was made, no part of the object)
    if (t.lower === "on" && k > from && CALENDAR_WORDS.has(tokens[k + 1]?.lower ?? "")) {
      skipped += 2;
      k++;
      continue;
    }
    if (t.kind === "quote" || t.kind === "punct" || t.lower === "that" || CLAUSE_WORDS.has(t.lower)) return false;
    // ("told Reuters the ministry now expected to miss the target": a verb of the clause reported, no object)
    if (k > from && !t.cap && /ed$/.test(t.lower) && cueOf(t.lower) !== undefined) return false;
    if (t.lower === "to") {
      // ("urged students to “pack the hall and drown him out.”": the verb may open a quotation)
      const quoted = tokens[k + 1]?.kind === "quote" ? 1 : 0;
      const verb = tokens[k + 1 + quoted];
      return k > from && k + 1 + quoted < end && verb?.kind === "word" && !verb.cap;
    }
  }
  return false;
}

/** Longest run of modifiers between "a" and a noun ("a battery-cooling fault", "a rare public rebuke"). */
const MAX_ARTICLE_MODIFIERS = 2;

/**
 * The word at i heads a noun phrase opened by "a" or "an" ("a fault", "a battery-cooling fault", "an
 * open threat"): the article, then at most two lower-case modifiers, no function word between. The
 * caller asks only of a cue's base form ("A spokesman said" is a verb after its subject).
 */
function afterIndefiniteArticle(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - 1 - k <= MAX_ARTICLE_MODIFIERS; k--) {
    const t = tokens[k] as Token;
    if (t.lower === "a" || t.lower === "an") return true;
    if (t.kind !== "word" || t.cap || FUNCTION_WORDS.has(t.lower) || t.sentence !== tokens[i]?.sentence) return false;
  }
  return false;
}

/** Cue forms that are as often nouns ("support for her", "attacks on Trump"). */
const NOUN_OR_VERB_CUES = new Set(["support", "attacks", "attack", "criticism"]);
/** Words before such a form that make it the noun ("her support", "strong support", "terrorist attacks"). */
const NOUN_MODIFIERS = new Set(
  `his her their its our my your strong full overwhelming broad new previous uniform tepid public popular widespread
  bipartisan financial military grassroots early continued growing vocal enthusiastic lukewarm unwavering solid such
  no any more less much little enough of for with without terrorist verbal personal repeated harsh sharp fierce
  relentless constant`.split(/\s+/),
);

/** The most words a quoted title standing for a programme or a publication may have ("Meet the Press"). */
const MAX_QUOTED_TITLE = 6;

/**
 * "on NBC's “Meet the Press”": when token k opens a short quotation in Title Case (every word
 * capitalised or a function word) that closes with a quotation mark, the index after that mark; else -1.
 */
function afterShortQuote(tokens: readonly Token[], mask: Uint8Array, k: number): number {
  if (!mask[k] || mask[k - 1]) return -1;
  let r = k;
  while (r < tokens.length && mask[r] && r - k <= MAX_QUOTED_TITLE) {
    const t = tokens[r] as Token;
    if (t.kind === "word" && !t.cap && !FUNCTION_WORDS.has(t.lower)) return -1;
    r++;
  }
  return r - k <= MAX_QUOTED_TITLE && tokens[r]?.kind === "quote" ? r + 1 : -1;
}

/** Finite auxiliaries and copulas: no clause a speech verb introduces opens with one. */
const FINITE_AUXILIARIES = new Set(
  "is are was were has have had will would can could may might must should shall do does did".split(" "),
);
const RELATIVE_WORDS = new Set(["that", "which", "who", "whom", "what", "whatever", "whoever"]);

/** Whether a relative word stands among the few words before the cue at `i` (its clause's opener). */
function relativeBefore(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 8; k--) if (RELATIVE_WORDS.has(tokens[k]?.lower ?? "")) return true;
  return false;
}

/** Whether the word before token `k` (in the sentence) is a content word: a noun a reduced relative clause hangs from. */
function afterHeadNoun(tokens: readonly Token[], k: number, first: number): boolean {
  const prev = tokens[k - 1];
  return k > first && prev !== undefined && prev.kind === "word" && !prev.cap && !FUNCTION_WORDS.has(prev.lower);
}

/** Words of a span of time before "after"/"before" ("two days", "a few hours", "shortly"). */
const TIME_SPAN_WORDS =
  /^(?:\d[\d,.]*|a|an|the|few|just|shortly|only|one|two|three|four|five|six|seven|eight|nine|ten|several|less|more|than|about|nearly|almost|barely|days?|hours?|weeks?|months?|years?|minutes?)$/;

/** Whether token `at` opens "<named source> <cue verb>" ("Cárdenas denied", "the ministry said"). */
function opensAttribution(doc: AnalyzedText, at: number): boolean {
  const m = doc.mentionByFirstToken.get(at);
  const { tokens } = doc;
  // ("…, the competition regulator said …": a described source, a determiner and up to three words before the cue)
  let end = m?.last ?? -1;
  if (!m && DESCRIBED_SOURCE_DETERMINERS.has(tokens[at]?.lower ?? "")) {
    for (let k = at + 1; k <= at + 4 && end < 0; k++) {
      const t = tokens[k];
      if (t === undefined || t.kind !== "word" || t.cap) break;
      if (k > at + 1 && cueOf(t.lower) !== undefined) end = k;
    }
  }
  if (end < 0) return false;
  const verb = tokens[end];
  return verb !== undefined && verb.kind === "word" && !verb.cap && cueOf(verb.lower) !== undefined;
}

/** Determiners that open a described source ("the regulator", "a spokesman"). */
const DESCRIBED_SOURCE_DETERMINERS = new Set(["the", "a", "an"]);

/** "adds 45 minutes to each school day", "added $2 million to the budget": a quantity, then "to" within a few words. */
function addsQuantityTo(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  // ("The detour adds about 35 miles for trucks": an approximate measure, then what it is added for)
  const approximate = APPROXIMATELY.test(tokens[k]?.lower ?? "");
  if (approximate) k++;
  if (tokens[k]?.text === "$" || tokens[k]?.text === "£" || tokens[k]?.text === "€") k++;
  if (tokens[k]?.kind !== "number") return false;
  for (let j = k + 1; j <= k + 3; j++) if (tokens[j]?.lower === "to") return true;
  return MEASURES.test(tokens[k + 1]?.lower ?? "") && /^(?:for|to|on|\.|,)$/.test(tokens[k + 2]?.lower ?? ".");
}
/** Words before an approximate number ("about 35 miles"). */
const APPROXIMATELY = /^(?:about|nearly|roughly|some|almost|around)$/;
/** Units a measure is counted in ("35 miles", "20 minutes"). */
const MEASURES =
  /^(?:miles|kilometres|kilometers|km|minutes|hours|days|weeks|percent|points|dollars|feet|metres|meters)$/;

/** "two days after …", "hours before …", "a week later": a time span that opens the words at `from`. */
function timeAfter(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k < last && k - from <= 4; k++) {
    const w = (tokens[k] as Token).lower;
    if (/^(?:after|before|later|earlier|ago)$/.test(w)) return k > from;
    if (!TIME_SPAN_WORDS.test(w)) return false;
  }
  return false;
}

/** Dashes that open and close an aside. */
const DASHES = new Set(["—", "–", "--", "―"]);
/** The longest aside between dashes after a cue. */
const MAX_ASIDE = 12;

const REFLEXIVES = new Set(["himself", "herself", "themselves", "itself", "myself", "ourselves"]);
/** Cues that name or rate their object: "called himself …", "described herself as …". */
const NAMING_CUES = new Set(["call", "describe", "label", "brand", "dub", "consider", "proclaim", "declare"]);

/** Whether a name (or a personal pronoun) and a speech verb right after it open the clause at token c. */
function namedSpeakerOpens(doc: AnalyzedText, c: number): boolean {
  const { tokens } = doc;
  // (a title may stand before the name: "Justice Catherine Mowbray said")
  let k = c;
  while (k < c + 3 && !doc.mentionByFirstToken.has(k) && tokens[k]?.cap && tokens[k]?.kind === "word") k++;
  const named = doc.mentionByFirstToken.get(k);
  const after = named ? named.last : SPEAKING_PRONOUNS.has(tokens[c]?.lower ?? "") ? c + 1 : -1;
  if (after < 0) return false;
  const verb = tokens[after];
  return verb !== undefined && !verb.cap && TAIL_VERBS.has(cueOf(verb.lower)?.base ?? "");
}
/** Pronouns that open a clause as its speaker ("…, she said the attack …"). */
const SPEAKING_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they"]);

/** States a person or thing is found in ("found dead", "found unresponsive"): no finding's content. */
const FOUND_STATES: ReadonlySet<string> = new Set([
  "dead",
  "alive",
  "unresponsive",
  "unconscious",
  "injured",
  "wounded",
  "missing",
  "hanged",
  "stabbed",
  "shot",
  "buried",
  "abandoned",
  "stranded",
  "safe",
]);

/** Modals of obligation before a cue ("must report their donors", "should disclose"): no report of anything. */
const OBLIGATIONS: ReadonlySet<string> = new Set(["must", "should", "shall"]);

/** Prepositions of where a group is ("Hoteliers on the island", "Farmers in the valley"). */
const GROUP_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "in", "near", "across", "around", "along"]);

/**
 * ("Hoteliers on the island say the tax will send …"): a plural noun opening the sentence, then where its people are
 * — a preposition, "the" and one to three words — right before the cue, is an unnamed source with its place, when the
 * rules found no speaker there. (2026-12-07, newsdev78)
 */
function pluralBeforePlace(doc: AnalyzedText, s: Sentence, end: number): SpeakerRef | null {
  const { tokens } = doc;
  const noun = tokens[s.first];
  if (noun?.kind !== "word" || !/[^s]s$/.test(noun.lower) || FUNCTION_WORDS.has(noun.lower)) return null;
  if (doc.mentionByFirstToken.has(s.first) || !GROUP_PLACE_PREPOSITIONS.has(tokens[s.first + 1]?.lower ?? ""))
    return null;
  if (!/^(?:the|this)$/.test(tokens[s.first + 2]?.lower ?? "") || end - (s.first + 2) < 1 || end - (s.first + 2) > 3)
    return null;
  for (let k = s.first + 3; k <= end; k++) if ((tokens[k] as Token).kind !== "word") return null;
  const last = tokens[end] as Token;
  return { start: noun.start, end: last.end, anonymous: doc.text.slice(noun.start, last.end) };
}

/** Nouns of a gathering one tells things to ("a public hearing", "the rally", "a news conference"). */
const GATHERINGS =
  /^(?:hearing|meeting|conference|rally|crowd|audience|forum|gathering|session|briefing|summit|convention)$/;

/** Tokens [c, end): an article, up to three modifiers, a gathering's noun, then only when it was. */
function gatheringToldOnly(tokens: readonly Token[], c: number, end: number): boolean {
  let k = c + 1;
  while (k < end && k <= c + 4 && !GATHERINGS.test((tokens[k] as Token).lower)) {
    if ((tokens[k] as Token).kind !== "word" || (tokens[k] as Token).cap) return false;
    k++;
  }
  if (k >= end || !GATHERINGS.test((tokens[k] as Token).lower)) return false;
  for (let j = k + 1; j < end; j++) {
    const w = tokens[j] as Token;
    if (
      w.kind !== "word" ||
      !(CALENDAR_WORDS.has(w.lower) || /^(?:night|morning|afternoon|evening|on|last)$/.test(w.lower))
    )
      return false;
  }
  return true;
}

/** Collective nouns that take a plural verb after "the" ("the police say", "the public want"). */
const PLURAL_COLLECTIVES: ReadonlySet<string> = new Set([
  "police",
  "people",
  "public",
  "media",
  "staff",
  "crew",
  "military",
  "clergy",
  "majority",
  "jury",
  "electorate",
  "youth",
  "press",
]);

/** A suit's nouns, which speak for the one who sued. */
const SUITS: readonly string[] = ["lawsuit", "suit", "complaint"];

/** Remembers every noun of a suit as `filer`'s ("X sued …", "X filed the suit …": "The complaint says …"). */
function rememberSuit(anon: AnonymousMemory, filer: SpeakerRef): void {
  for (const noun of SUITS) anon.set(noun, { start: filer.start, end: filer.end, cluster: filer.cluster });
}

/** Remembers a document's noun as `maker`'s, and a suit's as its complaint too ("filed the suit …. The complaint …"). */
function rememberDocumentNoun(anon: AnonymousMemory, noun: string, maker: SpeakerRef): void {
  const ref = { start: maker.start, end: maker.end, cluster: maker.cluster };
  anon.set(noun, ref);
  if (SUITS.includes(noun)) anon.set("complaint", ref);
}

/** Cues of choosing, whose "which …" or "whether …" complement is a choice, not a report. */
const CHOOSING_CUES: ReadonlySet<string> = new Set(["decide", "determine", "choose"]);

/** Nouns of a rule whose "that" clause says what it requires ("the requirement that voters show …"). */
const REQUIREMENT_NOUNS: ReadonlySet<string> = new Set(["requirement", "rule", "mandate", "provision"]);

/** The cue at token i stands in a "that" clause a requirement's noun opens, its subject one to three words. */
function requiredClause(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = i - 2; k >= Math.max(first, i - 4); k--)
    if (tokens[k]?.lower === "that") return REQUIREMENT_NOUNS.has(tokens[k - 1]?.lower ?? "");
  return false;
}

/** A stance cue at token i whose subject is a share of people ("34 percent backed …"). */
function stanceOfShare(tokens: readonly Token[], i: number, base: string): boolean {
  if (!STANCE_CUES.has(base)) return false;
  return tokens[i - 1]?.lower === "percent" && /^\d/.test(tokens[i - 2]?.text ?? "");
}

/** "a new way to", "ways to", "another way around": a way (and its "to" or "around") from token `k`, past a determiner and an adjective. */
function wayFoundAt(tokens: readonly Token[], k: number): boolean {
  let at = k;
  if (/^(?:a|an|the|another|new|other|some|no)$/.test(tokens[at]?.lower ?? "")) at++;
  if (/^(?:new|better|different|cheaper|faster|legal|quiet|creative)$/.test(tokens[at]?.lower ?? "")) at++;
  return /^ways?$/.test(tokens[at]?.lower ?? "") && /^(?:to|around|out|of)$/.test(tokens[at + 1]?.lower ?? "");
}

/**
 * "released the district from a desegregation order", "released on bail": from token `k`, a "from" (or "on bail") before
 * the clause's comma or "that", with no document named on the way.
 */
function releasedFrom(tokens: readonly Token[], k: number, last: number): boolean {
  for (let j = k; j < Math.min(last, k + 12); j++) {
    const t = tokens[j] as Token;
    if (t.text === "," || t.lower === "that" || t.kind === "quote" || RELEASED_DOCUMENTS.test(t.lower)) return false;
    if (t.lower === "from" || (t.lower === "on" && tokens[j + 1]?.lower === "bail")) return j > k || t.lower === "on";
  }
  return false;
}
