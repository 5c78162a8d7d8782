import { type AnalyzedText, tokenAtOrAfter } from "../document.js";
import { titlesWithHead } from "../lexicon/titles.js";
import type { Token } from "../text/tokens.js";
import type { AnonymousMemory } from "./speaker.js";
import type { DraftClaim } from "./types.js";

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
    const first = tokens[tokenAtOrAfter(tokens, speaker.start)] as Token;
    // ("according to a federal audit released Tuesday" … "The audit, by the … Office of Inspector General, found":
    // the document's maker the article names later)
    const document = doc.text
      .slice(speaker.start, speaker.end)
      .toLowerCase()
      .split(/\s+/)
      .find((w) => LEAD_DOCUMENTS.test(w));
    const maker = document ? anon?.get(document)?.cluster : undefined;
    if (maker !== undefined && /^(?:a|an)$/i.test(first.text)) {
      for (const d of claims)
        if (d.speaker?.start === speaker.start && d.speaker.end === speaker.end)
          d.speaker = { start: speaker.start, end: speaker.end, cluster: maker };
      continue;
    }
    const head = tokens[tokenAtOrAfter(tokens, speaker.end) - 1] as Token;
    const titles = titlesWithHead(head.lower);
    if (!/^(?:a|an)$/i.test(first.text) || titles.length === 0) continue;
    const holders = doc.entities.clusters.filter(
      (p) =>
        p.type === "Person" &&
        titles.some((t) => p.titles.has(t)) &&
        p.mentions.length > 0 &&
        p.mentions.every((m) => m.start > speaker.end),
    );
    if (holders.length !== 1) continue;
    const holder = holders[0] as (typeof holders)[number];
    for (const d of claims)
      if (d.speaker?.start === speaker.start && d.speaker.end === speaker.end)
        d.speaker = { start: speaker.start, end: speaker.end, cluster: holder.id };
  }
}

/** Documents a lead may cite before the article names their maker. */
const LEAD_DOCUMENTS = /^(?:audit|report|study|review|analysis|survey|investigation)$/;

/** The index of the paragraph that holds `offset`. */
function paragraphOf(doc: AnalyzedText, offset: number): number {
  return doc.paragraphs.find((p) => p.start <= offset && offset < p.end)?.index ?? -1;
}
