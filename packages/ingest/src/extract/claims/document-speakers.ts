import type { AnalyzedText } from "../document.js";
import type { AnonymousMemory } from "./speaker.js";
import { SPEAKING_DOCUMENTS } from "./speaking-documents.js";
import type { DraftClaim } from "./types.js";

/**
 * "In a statement released through his lawyer Sunday night, Pritchett said …. “I made a serious mistake …,” the
 * statement said.": quotations are attributed before reported speech is read, so a document that reported speech
 * later finds to be someone's ("In a statement …, Pritchett said") is still nobody's in the quotations after it. This
 * gives "the statement" (at most one word between) the maker the memory holds for it, when that maker was named
 * before the quotation.
 */
export function documentSpeakers(doc: AnalyzedText, claims: readonly DraftClaim[], anon: AnonymousMemory): void {
  for (const c of claims) {
    const s = c.speaker;
    if (!s || s.cluster !== undefined || c.fixedSpeaker) continue;
    const words = doc.text.slice(s.start, s.end).split(/\s+/);
    const head = words.at(-1) ?? "";
    if (words[0]?.toLowerCase() !== "the" || words.length > 3 || !SPEAKING_DOCUMENTS.test(head)) continue;
    const maker = anon.get(head);
    if (maker?.cluster === undefined || maker.end > c.start) continue;
    // (in place: the cue events of reported speech hold the same reference, and the quotations that inherit a
    // speaker read it from them)
    s.cluster = maker.cluster;
    delete s.anonymous;
    delete s.capitalized;
  }
}
