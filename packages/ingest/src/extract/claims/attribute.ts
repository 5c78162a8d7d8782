import type { AnalyzedText } from "../document.js";
import { type QuoteSpan, wordCount } from "../quotes/scan.js";
import { type ClaimUnit, joinAttributions } from "./claim-unit.js";
import { quoteMask } from "./content.js";
import { directClaim, headAttribution, tailAttribution } from "./direct.js";
import { colonClaims } from "./headline.js";
import { hedgeClaims } from "./hedge.js";
import { type CueEvent, indirectClaims } from "./indirect.js";
import { passiveClaims } from "./passive.js";
import { scareQuoteClaims } from "./scare.js";
import type { AnonymousMemory } from "./speaker.js";
import type { DraftClaim, SpeakerRef } from "./types.js";

function isTitleCase(doc: AnalyzedText, q: QuoteSpan): boolean {
  const words = doc.text.slice(q.start, q.end).match(/[\p{L}]+/gu) ?? [];
  return words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w) || w.length <= 3);
}

/** Quotations too short to be a statement ("significantly damaged"): scare quotes or titles. */
export function isScareQuote(doc: AnalyzedText, q: QuoteSpan): boolean {
  const inner = doc.text.slice(q.start, q.end);
  const words = wordCount(inner);
  if (words < 4) return true;
  // All-Title-Case content is a title of a work
  const capsOnly = inner.match(/[\p{L}]+/gu)?.every((w) => /^\p{Lu}/u.test(w) || w.length <= 3) ?? false;
  return capsOnly && words < 8;
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
  for (const q of doc.quotes) {
    // a short quote counts only with an attribution right after it ("“That's fine,” Sroka said.")
    const scare = isScareQuote(doc, q);
    const tail = tailAttribution(doc, q, anon);
    const head = tail ? null : headAttribution(doc, q, anon);
    const closesClause = /[,.!?]\s*$/.test(doc.text.slice(q.start, q.close >= 0 ? q.close : q.end));
    if (scare && !(tail && closesClause) && !(head?.speaker && closesClause && !isTitleCase(doc, q))) continue;
    const a = tail ?? head;
    if (a?.speaker) {
      direct.push(directClaim(q, a, tail ? "quote-tail" : "quote-head"));
      attributed.add(q.open);
    } else pending.push(q);
  }
  const mask = quoteMask(doc);
  const quoteCues = new Map<number, SpeakerRef>();
  // "“…,” X said over breakfast.": the cue after a quote that ends with a comma is the quote's alone
  for (const c of direct)
    if (c.cue && c.speaker && c.rule === "quote-tail" && /,\W{0,2}$/.test(doc.text.slice(c.start, c.end + 2)))
      quoteCues.set(c.cue.start, c.speaker);
  const { claims: indirect, events } = indirectClaims(doc, mask, attributed, anon, quoteCues, options.claimUnit);
  const colon = colonClaims(doc).filter((c) => !overlapsAny(c, direct));
  const claims = dedupe([
    ...direct,
    ...indirect.filter((c) => !overlapsAny(c, direct) && !overlapsAny(c, colon)),
    ...colon,
  ]);
  for (const c of hedgeClaims(doc, mask)) if (!overlapsAny(c, claims)) claims.push(c);
  if (options.claimUnit === "attribution")
    for (const c of passiveClaims(doc, mask, anon)) if (!overlapsAny(c, claims)) claims.push(c);
  for (const c of scareQuoteClaims(doc, doc.quotes, claims, anon)) if (!overlapsAny(c, claims)) claims.push(c);
  inherit(doc, pending, claims, events);
  const result = dropNested(dedupe(claims)).sort((a, b) => a.start - b.start);
  return options.claimUnit === "attribution" ? joinAttributions(doc, result) : result;
}

function sameSpeaker(a: DraftClaim["speaker"], b: DraftClaim["speaker"]): boolean {
  if (!a || !b) return false;
  return (a.cluster !== undefined && a.cluster === b.cluster) || (a.start === b.start && a.end === b.end);
}

function overlapsAny(c: DraftClaim, others: DraftClaim[]): boolean {
  return others.some((o) => o.start < c.end && c.start < o.end);
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

function dedupe(claims: DraftClaim[]): DraftClaim[] {
  const out: DraftClaim[] = [];
  for (const c of claims) if (!out.some((o) => o.start === c.start && o.end === c.end)) out.push(c);
  return out;
}

function inherit(doc: AnalyzedText, pending: QuoteSpan[], claims: DraftClaim[], events: CueEvent[]) {
  for (const q of pending) {
    if (claims.some((c) => c.start <= q.start && c.end >= q.end)) continue;
    const paragraphStart = doc.paragraphs[q.paragraph]?.start ?? 0;
    const before = [
      ...claims
        .filter((c) => c.speaker && c.end <= q.open)
        .map((c) => ({ at: c.start, speaker: c.speaker, cue: undefined as CueEvent["cue"] | undefined })),
      ...events.filter((e) => e.at < q.open).map((e) => ({ at: e.at, speaker: e.speaker, cue: e.cue })),
    ].sort((a, b) => a.at - b.at);
    const last = before.at(-1);
    if (!last?.speaker) continue;
    const sameParagraph = last.at >= paragraphStart;
    const prevParagraphStart = doc.paragraphs[q.paragraph - 1]?.start ?? 0;
    const opensParagraph = q.open === paragraphStart;
    // orphan paragraph: only after a paragraph that ends quoting that speaker or introducing with a colon
    const prevParagraph = doc.paragraphs[q.paragraph - 1];
    const prevText = prevParagraph ? doc.text.slice(prevParagraph.start, prevParagraph.end) : "";
    const prevClaim = claims
      .filter((c) => prevParagraph && c.start >= prevParagraph.start && c.end <= prevParagraph.end)
      .at(-1);
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
    if (last.cue && sameParagraph && !claims.some((c) => c.start > last.at && c.end <= q.open)) {
      claim.cue = last.cue;
      delete claim.continuation;
    }
    claims.push(claim);
    claims.sort((a, b) => a.start - b.start);
  }
}
