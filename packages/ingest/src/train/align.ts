import { beginLabel, type CharSpan, insideLabel, LABEL_COUNT, OUTSIDE } from "../extract/entities/tagger/labels.js";
import type { Token } from "../extract/text/tokens.js";

export type { CharSpan };

/**
 * The labels each token may take, from gold character spans (n × LABEL_COUNT, 1 = allowed). A
 * token overlapping a span takes B- on the span's first token and I- after it. Outside spans, a
 * fully annotated text allows only O; a partly annotated one (GUM: people and organizations,
 * places not annotated) allows O or a place, and training follows whichever the model prefers.
 */
export function allowedLabels(tokens: readonly Token[], spans: readonly CharSpan[], partial: boolean): Uint8Array {
  const allowed = new Uint8Array(tokens.length * LABEL_COUNT);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let s = 0;
  let openSpan: CharSpan | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    while (s < sorted.length && (sorted[s] as CharSpan).end <= t.start) s++;
    const span = sorted[s];
    const row = i * LABEL_COUNT;
    if (span && span.start < t.end && t.start < span.end) {
      allowed[row + (openSpan === span ? insideLabel(span.type) : beginLabel(span.type))] = 1;
      openSpan = span;
      continue;
    }
    openSpan = undefined;
    allowed[row + OUTSIDE] = 1;
    if (partial) {
      allowed[row + beginLabel("LOC")] = 1;
      allowed[row + insideLabel("LOC")] = 1;
    }
  }
  return allowed;
}
