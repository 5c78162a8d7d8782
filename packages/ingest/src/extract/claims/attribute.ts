import { type AnalyzedText, tokenAtOrAfter } from "../document.js";
import { partitionPoint } from "../partition-point.js";
import { type QuoteSpan, wordCount } from "../quotes/scan.js";
import type { Token } from "../text/tokens.js";
import { AdMakers } from "./ad-makers.js";
import { withoutAnonymityFormulas } from "./anonymity-formula.js";
import { type ClaimUnit, joinAttributions } from "./claim-unit.js";
import { quoteMask } from "./content.js";
import { dashCredit } from "./dash-credit.js";
import { pronounsAfterDescriptions } from "./description-pronouns.js";
import { type Attribution, directClaim, headAttribution, namingQuote, tailAttribution } from "./direct.js";
import { documentSpeakers } from "./document-speakers.js";
import { colonClaims, headlineSpan } from "./headline.js";
import { hedgeClaims } from "./hedge.js";
import { pollClaims } from "./in-poll.js";
import { type CueEvent, indirectClaims } from "./indirect.js";
import { PrefixMax, SpanIndex } from "./interval-index.js";
import { leadDescriptionsNamedLater } from "./lead-descriptions.js";
import { passiveClaims } from "./passive.js";
import { reportedBy } from "./reported-by.js";
import { scareQuoteClaims } from "./scare.js";
import type { AnonymousMemory } from "./speaker.js";
import { spokesmenFor } from "./spokesman-for.js";
import { SPEAKER_FOLLOWERS } from "./tail-form.js";
import { transcriptClaims } from "./transcript.js";
import type { DraftClaim, SpeakerRef } from "./types.js";

function isTitleCase(doc: AnalyzedText, q: QuoteSpan): boolean {
  const words = doc.text.slice(q.start, q.end).match(/[\p{L}]+/gu) ?? [];
  return words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w) || w.length <= 3);
}

/** True when a tail attribution's cue (its speaker before it) goes on to words of its own: "X said the …". */
function cueHasObject(doc: AnalyzedText, a: Attribution): boolean {
  const cue = doc.tokens[a.cueIndex];
  const next = doc.tokens[a.cueIndex + 1];
  if (!cue || !next || !a.speaker || next.sentence !== cue.sentence || a.speaker.start > cue.start) return false;
  return next.kind === "word" && !SPEAKER_FOLLOWERS.has(next.lower);
}

/** The quotation's opening mark starts its sentence (nothing of the sentence before it). */
function opensSentence(doc: AnalyzedText, q: QuoteSpan): boolean {
  const open = tokenAtOrAfter(doc.tokens, q.open);
  const before = doc.tokens[open - 1];
  return before === undefined || before.sentence !== doc.tokens[open]?.sentence;
}

/** Quotations too short to be a statement ("significantly damaged"): scare quotes or titles. */
export function isScareQuote(doc: AnalyzedText, q: QuoteSpan): boolean {
  const inner = doc.text.slice(q.start, q.end);
  const words = wordCount(inner, 8);
  // ("“I coach football.”": a short quotation that is a whole sentence of its own is a statement; "“That has to end.”",
  // four words, is no title of a work either, 2026-12-08, newsdev87)
  if (words >= 2 && words < 8 && /^\p{Lu}/u.test(inner) && /[.!?]\s*$/.test(inner) && opensSentence(doc, q))
    return false;
  if (words < 4) return true;
  if (words >= 8) return false;
  // All-Title-Case content is a title of a work
  return inner.match(/[\p{L}]+/gu)?.every((w) => /^\p{Lu}/u.test(w) || w.length <= 3) ?? false;
}

/**
 * All claims of a document, in text order: direct quotes attributed by the words right after or
 * before them; then reported speech; then quotes without attribution of their own, which inherit
 * the speaker of the same paragraph, of an unclosed quote they continue, or — for a paragraph
 * that opens with a quote — of the previous paragraph.
 */
export function attributeClaims(doc: AnalyzedText, options: AttributionOptions = {}): DraftClaim[] {
  const anon: AnonymousMemory = new Map();
  const direct: DraftClaim[] = [];
  const attributed = new Set<number>();
  const pending: QuoteSpan[] = [];
  // an interview transcript's turns ("PENCE: …"): the quotation marks around a turn are the transcript's
  const turns = transcriptClaims(doc);
  const turnParagraphs = new Set(turns.map((t) => t.paragraph));
  for (const turn of turns) if (!turn.question) direct.push(turn.claim);
  // an interviewer's questions claim nothing, nor do the words in them
  const questions = new SpanIndex(turns.filter((t) => t.question).map((t) => t.claim));
  const ads = new AdMakers(doc);
  for (const q of doc.quotes) {
    ads.rememberBefore(q.start, anon);
    if (turnParagraphs.has(q.paragraph) || namingQuote(doc, q)) continue;
    // a short quote counts only with an attribution right after it ("“That's fine,” Sroka said.")
    const scare = isScareQuote(doc, q);
    const tail = tailAttribution(doc, q, anon);
    const headFound = tail ? null : headAttribution(doc, q, anon);
    // ('He said he had accepted "without a second's hesitation" when …': a head cue inside a clause another cue
    // reports is part of that report, and the quote with it)
    // ("said the case showed "exactly why …"", "told reporters that … and that investigators would examine “whether
    // …”", "accused the sheriff of using the report “to …”": a head cue inside a clause an earlier verb of saying in
    // the sentence reports is part of that report too)
    const head =
      headFound && (reportedBefore(doc, headFound.cueIndex) || insideReport(doc, headFound.cueIndex))
        ? null
        : headFound;
    const credit = tail || head?.speaker ? null : dashCredit(doc, q, anon);
    const closesClause = /[,.!?]\s*$/.test(doc.text.slice(q.start, q.close >= 0 ? q.close : q.end));
    // a title before a cue with words of its own ("on Fox News channel’s “Sunday Morning Futures,” Rep.
    // Darrell Issa said Democratic … are in question") is no one's words
    const title = scare && isTitleCase(doc, q);
    const titleBeforeReport = title && tail !== null && cueHasObject(doc, tail);
    if (
      titleBeforeReport ||
      (scare && !((tail || credit) && closesClause) && !(head?.speaker && closesClause && !title))
    )
      continue;
    const a = tail ?? credit ?? head;
    // ("“If a franchisee gets the benefit of the brand, why shouldn’t it share …?” Ostrander asked.": a question put
    // claims nothing in the quotation unit's gold; PolNeAR's attribution unit counts it, 2026-12-07, newsdev76)
    if (a?.speaker && options.claimUnit !== "attribution" && askedQuestion(doc, q, a.cueIndex)) {
      attributed.add(q.open);
      continue;
    }
    if (a?.speaker) {
      const claim = directClaim(q, a, tail ? "quote-tail" : credit ? "quote-dash-credit" : "quote-head");
      if (credit) claim.fixedSpeaker = true;
      direct.push(claim);
      attributed.add(q.open);
    } else pending.push(q);
  }
  const mask = quoteMask(doc);
  const quoteCues = new Map<number, SpeakerRef>();
  // "“…,” X said over breakfast.": the cue after a quote that ends with a comma is the quote's alone
  for (const c of direct)
    if (c.cue && c.speaker && c.rule === "quote-tail" && /,\W{0,2}$/.test(doc.text.slice(c.start, c.end + 2)))
      quoteCues.set(c.cue.start, c.speaker);
  ads.rememberBefore(doc.text.length, anon);
  const { claims: indirect, events } = indirectClaims(doc, mask, attributed, anon, quoteCues, options.claimUnit);
  documentSpeakers(doc, direct, anon);
  const directSpans = new SpanIndex(direct);
  const colon = colonClaims(doc).filter((c) => !directSpans.overlaps(c) && !questions.overlaps(c));
  const colonSpans = new SpanIndex(colon);
  const claims = dedupe([
    ...direct,
    ...indirect.filter((c) => !directSpans.overlaps(c) && !colonSpans.overlaps(c) && !questions.overlaps(c)),
    ...colon,
  ]);
  const claimSpans = new SpanIndex(claims);
  const addUnlessOverlapping = (c: DraftClaim) => {
    if (claimSpans.overlaps(c)) return;
    claims.push(c);
    claimSpans.add(c);
  };
  if (options.claimUnit === "attribution") {
    // "X seems unlikely to …", "the case is expected to go to trial": PolNeAR's sourceless attributions; the
    // quotation unit's gold has no claim without a source
    for (const c of hedgeClaims(doc, mask)) addUnlessOverlapping(c);
    for (const c of passiveClaims(doc, mask, anon)) addUnlessOverlapping(c);
    for (const c of pollClaims(doc, mask, anon)) addUnlessOverlapping(c);
  }
  for (const c of scareQuoteClaims(doc, doc.quotes, claims, anon)) addUnlessOverlapping(c);
  inherit(doc, pending, claims, events);
  // the anonymity terms go first: "A council officer, speaking on condition of anonymity, said …" has
  // the "said" claim nested in the "speaking" one, and dropping the outer must not take the inner with it
  const unnested = withoutAnonymityFormulas(doc, claims);
  const reported = options.claimUnit === "attribution" ? unnested : reportedBy(doc, unnested);
  const result = dropNested(dedupe(reported)).sort((a, b) => a.start - b.start);
  // the headline states what the story reports; its claims are the body's (PolNeAR alone counts them)
  const headline = headlineSpan(doc);
  pronounsAfterDescriptions(doc, result);
  leadDescriptionsNamedLater(doc, result, headline?.end, anon);
  spokesmenFor(doc, result);
  if (options.claimUnit === "attribution") return joinAttributions(doc, result);
  return headline ? result.filter((c) => c.start >= headline.end) : result;
}

/** Whether the quotation `q`, attributed by the cue at token `cueIndex`, is a question asked ("…?” X asked."). */
function askedQuestion(doc: AnalyzedText, q: QuoteSpan, cueIndex: number): boolean {
  if (!/^(?:asked|asks|asking|wondered)$/.test(doc.tokens[cueIndex]?.lower ?? "")) return false;
  return /\?\W*$/.test(doc.text.slice(q.start, q.close >= 0 ? q.close : q.end));
}

function sameSpeaker(a: DraftClaim["speaker"], b: DraftClaim["speaker"]): boolean {
  if (!a || !b) return false;
  return (a.cluster !== undefined && a.cluster === b.cluster) || (a.start === b.start && a.end === b.end);
}

export interface AttributionOptions {
  /** One claim per quotation (default, the project's gold) or per attribution relation (PolNeAR). */
  claimUnit?: ClaimUnit;
}

/** Attributions do not nest: a claim inside another claim's content is part of it. */
function dropNested(claims: DraftClaim[]): DraftClaim[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DraftClaim[] = [];
  let cover: DraftClaim | undefined;
  for (const c of sorted) {
    if (cover && c.start >= cover.start && c.end <= cover.end) continue;
    out.push(c);
    if (!cover || c.end > cover.end) cover = c;
  }
  return out;
}

/** The first claim of each span, in order. */
/** Pronouns that open a reported clause right after its cue ("said he had …"). */
const CLAUSE_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);

/**
 * Whether the cue at token `cueIndex` stands in a clause that an earlier "said" / "told" of the same sentence
 * reports: that cue, then "that" or a subject pronoun, and no sentence punctuation up to this cue.
 */
function reportedBefore(doc: AnalyzedText, cueIndex: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[cueIndex]?.sentence;
  for (let k = cueIndex - 2; k >= 0 && cueIndex - k <= 8; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || t.kind === "quote" || /^[,;:]$/.test(t.text)) return false;
    if (
      /^(?:said|says|told)$/.test(t.lower) &&
      (tokens[k + 1]?.lower === "that" || CLAUSE_PRONOUNS.has(tokens[k + 1]?.lower ?? ""))
    )
      return true;
  }
  return false;
}

/** Finite verbs of saying whose reported clause may run on to a quote ("said", "told", "accused"). */
// (", saying the governor wanted “a competitive, open process.”": a participle reports too, newsdev56)
const REPORTING_VERBS =
  /^(?:said|says|told|tells|wrote|writes|accused|argued|argues|warned|warns|added|claimed|saying|telling|arguing|adding|warning|noting|insisting)$/;
/** How far back in its sentence a head cue may stand from the verb that reports its clause. */
const MAX_REPORT_REACH = 30;

/**
 * Whether the cue at token `cueIndex` stands after a finite verb of saying earlier in its sentence with no quotation
 * mark, comma or semicolon between — inside the clause that verb reports.
 */
function insideReport(doc: AnalyzedText, cueIndex: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[cueIndex]?.sentence;
  // (", and that its executive board would take up the programme’s next review “in the coming weeks.”" after "said in
  // a statement that the bill was “an important step” …": a second "that" clause the same verb reports, and its
  // quotations, newsdev60)
  let secondClause = false;
  for (let k = cueIndex - 2; k >= 0 && cueIndex - k <= MAX_REPORT_REACH * (secondClause ? 2 : 1); k--) {
    const t = tokens[k] as Token;
    if (t.text === "," && tokens[k + 1]?.lower === "and" && tokens[k + 2]?.lower === "that" && k + 2 < cueIndex) {
      secondClause = true;
      continue;
    }
    if (t.sentence !== sentence || (t.kind === "quote" && !secondClause) || /^[,;:]$/.test(t.text)) return false;
    if (REPORTING_VERBS.test(t.lower)) return true;
  }
  return false;
}

function dedupe(claims: DraftClaim[]): DraftClaim[] {
  const seen = new Set<string>();
  const out: DraftClaim[] = [];
  for (const c of claims) {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

/**
 * Gives each pending quote the speaker of the claim or cue last before it, under the rules in
 * `attributeClaims`; appends the new claims to `claims` and leaves it sorted by start (stable) when
 * it added any. Every lookup goes through an index, so a document's cost grows with its claims
 * times a logarithm, not with their square (`ClaimsSoFar`).
 */
function inherit(doc: AnalyzedText, pending: QuoteSpan[], claims: DraftClaim[], events: CueEvent[]) {
  if (pending.length === 0) return;
  const known = new ClaimsSoFar(doc, claims);
  const cues = [...events].sort((a, b) => a.at - b.at);
  let added = false;
  for (const q of pending) {
    if (known.covers(q.start, q.end)) continue;
    const paragraphStart = doc.paragraphs[q.paragraph]?.start ?? 0;
    const last = lastBefore(known.lastSpokenEndingBy(q.open), cues, q.open);
    if (!last?.speaker) continue;
    const sameParagraph = last.at >= paragraphStart;
    const prevParagraphStart = doc.paragraphs[q.paragraph - 1]?.start ?? 0;
    const opensParagraph = q.open === paragraphStart;
    // orphan paragraph: only after a paragraph that ends quoting that speaker or introducing with a colon
    const prevParagraph = doc.paragraphs[q.paragraph - 1];
    const prevText = prevParagraph ? doc.text.slice(prevParagraph.start, prevParagraph.end) : "";
    const prevClaim = prevParagraph ? known.lastWithin(prevParagraph) : undefined;
    const orphanOk =
      opensParagraph &&
      last.at >= prevParagraphStart &&
      (/:\s*$/.test(prevText) ||
        (prevClaim !== undefined && prevClaim.kind === "direct" && sameSpeaker(prevClaim.speaker, last.speaker)));
    if (!(sameParagraph || q.continuation || orphanOk)) continue;
    const claim: DraftClaim = {
      start: q.start,
      end: q.end,
      kind: "direct",
      speaker: last.speaker,
      continuation: true,
      rule: q.continuation ? "quote-continued" : sameParagraph ? "quote-same-paragraph" : "quote-orphan",
    };
    // a quote right after "X also denied the reports." takes that cue
    if (last.cue && sameParagraph && !known.anyStartingAfterEndingBy(last.at, q.open)) {
      claim.cue = last.cue;
      delete claim.continuation;
    }
    claims.push(claim);
    known.add(claim);
    added = true;
  }
  // one stable sort at the end orders the claims exactly as a stable sort after every push would
  if (added) claims.sort((a, b) => a.start - b.start);
}

interface Antecedent {
  at: number;
  speaker: DraftClaim["speaker"];
  cue: CueEvent["cue"] | undefined;
}

/**
 * Of the claim (with a speaker, ending by the quote) and the cue events before the quote, the one
 * that starts last; on a tie the event wins, and among events the later one in `cues`' (stable)
 * order — what sorting the claims followed by the events by position and taking the last gives.
 */
function lastBefore(claim: DraftClaim | undefined, cues: CueEvent[], open: number): Antecedent | undefined {
  const event = cues[partitionPoint(cues.length, (i) => (cues[i] as CueEvent).at < open) - 1];
  if (event && (!claim || event.at >= claim.start)) return { at: event.at, speaker: event.speaker, cue: event.cue };
  return claim ? { at: claim.start, speaker: claim.speaker, cue: undefined } : undefined;
}

/** Positions are below 2^31 and claims fewer than 2^21, so start·2^21 + order is exact in a double. */
const ORDER_SLOTS = 2 ** 21;

/**
 * The claims of one document while `inherit` adds to them, indexed for its four questions. "Later"
 * means later in the claims array as the original scan saw it: in insertion order until the first
 * quote is added, and by start (then insertion) once the array has been sorted after that.
 */
class ClaimsSoFar {
  private readonly all: DraftClaim[] = [];
  private readonly spans: SpanIndex;
  /** by end offset: the largest start of a claim ending there or before */
  private readonly startsByEnd: PrefixMax;
  /** by end offset: the largest start·ORDER_SLOTS + order of a claim with a speaker */
  private readonly spokenByEnd: PrefixMax;
  /** by paragraph (of the start offset): the orders of the claims starting there */
  private readonly byParagraph = new Map<number, number[]>();
  private sorted = false;

  constructor(
    private readonly doc: AnalyzedText,
    claims: DraftClaim[],
  ) {
    this.spans = new SpanIndex();
    this.startsByEnd = new PrefixMax();
    this.spokenByEnd = new PrefixMax();
    for (const c of claims) this.index(c);
  }

  add(claim: DraftClaim): void {
    this.index(claim);
    this.sorted = true;
  }

  private index(c: DraftClaim): void {
    const order = this.all.length;
    if (order >= ORDER_SLOTS) throw new RangeError(`attribution: more than ${ORDER_SLOTS} claims in one document`);
    this.all.push(c);
    this.spans.add(c);
    this.startsByEnd.set(c.end, c.start);
    if (c.speaker) this.spokenByEnd.set(c.end, c.start * ORDER_SLOTS + order);
    const p = this.paragraphOf(c.start);
    const list = this.byParagraph.get(p);
    if (list) list.push(order);
    else this.byParagraph.set(p, [order]);
  }

  /** Some claim starts at or before `start` and ends at or after `end`. */
  covers(start: number, end: number): boolean {
    return this.spans.covers(start, end);
  }

  /** Some claim starts after `at` and ends at or before `end`. */
  anyStartingAfterEndingBy(at: number, end: number): boolean {
    return this.startsByEnd.upTo(end) > at;
  }

  /** Of the claims with a speaker that end at or before `end`, the last to start (later on a tie). */
  lastSpokenEndingBy(end: number): DraftClaim | undefined {
    const key = this.spokenByEnd.upTo(end);
    return key === Number.NEGATIVE_INFINITY ? undefined : this.all[key % ORDER_SLOTS];
  }

  /** The last claim lying wholly inside the paragraph. */
  lastWithin(paragraph: { index: number; start: number; end: number }): DraftClaim | undefined {
    let best: number | undefined;
    for (const order of this.byParagraph.get(this.paragraphOf(paragraph.start)) ?? []) {
      const c = this.all[order] as DraftClaim;
      if (c.start < paragraph.start || c.end > paragraph.end) continue;
      if (best === undefined || this.later(order, best)) best = order;
    }
    return best === undefined ? undefined : this.all[best];
  }

  private later(a: number, b: number): boolean {
    if (!this.sorted) return a > b;
    const ca = this.all[a] as DraftClaim;
    const cb = this.all[b] as DraftClaim;
    return ca.start !== cb.start ? ca.start > cb.start : a > b;
  }

  /** The index of the last paragraph starting at or before `offset` (-1 before the first). */
  private paragraphOf(offset: number): number {
    const paragraphs = this.doc.paragraphs;
    return partitionPoint(paragraphs.length, (i) => (paragraphs[i] as { start: number }).start <= offset) - 1;
  }
}
