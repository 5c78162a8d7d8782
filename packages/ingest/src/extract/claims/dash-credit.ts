import type { AnalyzedText } from "../document.js";
import { tokenAtOrAfter } from "../document.js";
import type { QuoteSpan } from "../quotes/scan.js";
import type { Attribution } from "./direct.js";
import { type AnonymousMemory, speakerStartingAt } from "./speaker.js";

/** A dash that credits a quotation to its author, as under an epigraph: "“…” — Bernie Sanders". */
const CREDIT_DASHES = new Set(["―", "—", "–", "-", "--"]);

/**
 * "“We can build a wall around Donald Trump.” ― Steve Quinlan" and, on a line of its own, "“…”
 * ⏎ - Bernie Sanders." (vox pops, quote round-ups, fact checks): a quotation credited to a named
 * person by a dash right after its closing mark, in the same paragraph or at the start of the next.
 * Only a person's name counts ("- Reuters." credits the agency for the story, not the words), and
 * the name ends the credit: what follows is a full stop, a comma ("-Michelle Marks, Philadelphia."),
 * the end of the paragraph or the next quotation.
 */
export function dashCredit(doc: AnalyzedText, q: QuoteSpan, anon: AnonymousMemory): Attribution | null {
  if (q.close < 0) return null;
  const { tokens, text } = doc;
  const i = tokenAtOrAfter(tokens, q.close + 1);
  const dash = tokens[i];
  if (!dash || !CREDIT_DASHES.has(dash.text)) return null;
  const paragraph = doc.paragraphs[q.paragraph];
  if (!paragraph) return null;
  // the credit sits right after the quotation: in its paragraph, or opening the next one
  const between = text.slice(q.close + 1, dash.start);
  const sameParagraph = dash.start < paragraph.end;
  if (sameParagraph ? /\S/.test(between) : text.slice(q.close + 1, paragraph.end).trim() !== "") return null;
  if (!sameParagraph && doc.paragraphs[q.paragraph + 1]?.start !== dash.start) return null;
  const speaker = speakerStartingAt(doc, i + 1, anon);
  if (speaker?.cluster === undefined || doc.entities.clusters[speaker.cluster]?.type !== "Person") return null;
  if (speaker.start !== tokens[i + 1]?.start) return null;
  const after = tokens[tokenAtOrAfter(tokens, speaker.end)];
  const creditParagraph = doc.paragraphs[doc.sentences[dash.sentence]?.paragraph ?? -1];
  const ends =
    !after ||
    after.kind === "quote" ||
    after.text === "." ||
    after.text === "," ||
    after.start >= (creditParagraph?.end ?? text.length);
  if (!ends) return null;
  return { speaker, cue: { start: dash.start, end: dash.end }, cueIndex: i };
}
