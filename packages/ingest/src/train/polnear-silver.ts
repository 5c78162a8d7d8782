import type { TaggedType } from "../extract/entities/tagger/labels.js";
import type { CharSpan } from "./align.js";
import type { AnnotatedDocument } from "./examples.js";

/** A record of shared/train/polnear-corenlp-*.jsonl: tokens [start, end, pos, ner, head, deprel]. */
export interface CoreNlpRecord {
  id: string;
  tokens: [number, number, string, string, number, string][];
  sentences: [number, number][];
}

const TYPE: Record<string, TaggedType> = { PERSON: "PER", ORGANIZATION: "ORG", LOCATION: "LOC" };

/** CoreNLP's PERSON/ORGANIZATION/LOCATION runs (maximal, within a sentence) as character spans. */
export function coreNlpSpans(record: CoreNlpRecord): CharSpan[] {
  const spans: CharSpan[] = [];
  for (const [first, last] of record.sentences) {
    let open: CharSpan | undefined;
    for (let i = first; i < last; i++) {
      const [start, end, , ner] = record.tokens[i] as CoreNlpRecord["tokens"][number];
      const type = TYPE[ner];
      if (open && type === open.type) {
        open.end = end;
        continue;
      }
      if (open) spans.push(open);
      open = type ? { start, end, type } : undefined;
    }
    if (open) spans.push(open);
  }
  return spans;
}

/** A PolNeAR article with CoreNLP's silver names (MISC and the numeric classes are O). */
export function polnearDocument(record: CoreNlpRecord, text: string): AnnotatedDocument {
  return { id: record.id, text, spans: coreNlpSpans(record), partial: false };
}
