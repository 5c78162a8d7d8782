import type { AnalyzedText } from "../document.js";
import type { DraftClaim } from "./types.js";

/**
 * How claims are cut. `quotation` (the default, the project's gold in shared/gold): one claim per
 * quotation or reported clause, later quotes of a run marked `continuation`. `attribution`
 * (PolNeAR's annotation unit): one claim per attribution relation, so "“A,” X said. “B.”", a quote
 * split by its cue ("“A,” he said, “B.”") and a quote that runs on into the next paragraph are each
 * one span.
 */
export const CLAIM_UNITS = ["quotation", "attribution"] as const;
export type ClaimUnit = (typeof CLAIM_UNITS)[number];

/** Longest stretch of narration between two quotes of one run ("“A,” Jane Miller said. “B.”"). */
const MAX_RUN_GAP = 150;

const INHERITED = new Set(["quote-same-paragraph", "quote-continued", "quote-orphan"]);

/** Joins claims (sorted by start) that PolNeAR annotates as one attribution. */
export function joinAttributions(doc: AnalyzedText, claims: readonly DraftClaim[]): DraftClaim[] {
  const out: DraftClaim[] = [];
  for (const c of claims) {
    const prev = out.at(-1);
    if (prev && continuesAttribution(doc, prev, c)) {
      prev.end = Math.max(prev.end, c.end);
      if (prev.kind !== c.kind) prev.kind = "mixed";
      continue;
    }
    out.push({ ...c });
  }
  return out;
}

function continuesAttribution(doc: AnalyzedText, prev: DraftClaim, c: DraftClaim): boolean {
  const gap = doc.text.slice(prev.end, c.start);
  if (c.kind === "direct") {
    // "“A,” he said, “B.”": both halves of a quote split by its cue
    if (c.rule === "quote-head" && prev.rule === "quote-tail" && prev.cue && c.cue?.start === prev.cue.start)
      return true;
    if (c.rule === "quote-tail" || !(c.continuation || INHERITED.has(c.rule))) return false;
    if (!gap.includes("\n") && gap.length < MAX_RUN_GAP) return true;
    // "“A,” said Alan B. Krueger, a professor of economics at Princeton University and a former
    // chairman of …. “B.”": however long, the narration between is the first quote's attribution alone
    if (!gap.includes("\n") && attributionOnly(prev, gap)) return true;
    // a quote that runs on, or a paragraph that is only the next quote of the same speaker
    return (c.rule === "quote-continued" || c.rule === "quote-orphan") && !/\p{L}/u.test(gap);
  }
  return false;
}

/** A sentence's end, not an abbreviation's or an initial's period ("Mr. Obama", "Alan B. Krueger"). */
const SENTENCE_END =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Inc|Co|Corp|Calif|Fla|Mass|[A-Z]))[.!?](?=\s|$)/g;

/** The longest attribution sentence that may stand between two quotes of one run. */
const MAX_ATTRIBUTION_GAP = 400;

/** True when `gap` (after `prev`) is the tail attribution of `prev` and nothing more: its cue, one sentence end. */
function attributionOnly(prev: DraftClaim, gap: string): boolean {
  if (prev.rule !== "quote-tail" || !prev.cue || prev.cue.start < prev.end || gap.length > MAX_ATTRIBUTION_GAP)
    return false;
  // the closing mark of the first quote and the opening mark of the next are not in between
  const inner = gap.replace(/^[\s"“”'’»]+/u, "").replace(/[\s"“”'‘«]+$/u, "");
  if (/["“”«»]|''/.test(inner)) return false;
  return (inner.match(SENTENCE_END) ?? []).length <= 1;
}
