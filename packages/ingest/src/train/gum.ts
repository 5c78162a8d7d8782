import type { CharSpan } from "./align.js";
import type { AnnotatedDocument } from "./examples.js";

/** A GUM record of shared/train/gum-entities.jsonl (the fields training and eval read). */
export interface GumRecord {
  id: string;
  genre: string;
  text: string;
  entities: {
    name: string;
    type: "Person" | "Organization";
    aliases: string[];
    mentions: { kind: string; nameStart?: number; nameEnd?: number; embedded?: boolean }[];
  }[];
}

/** Proper-name spans (not embedded in a longer name) as PER/ORG gold; places are not annotated. */
export function gumSpans(record: GumRecord): CharSpan[] {
  const spans: CharSpan[] = [];
  const seen = new Set<string>();
  for (const entity of record.entities) {
    for (const m of entity.mentions) {
      if (m.kind !== "name" || m.embedded || m.nameStart === undefined || m.nameEnd === undefined) continue;
      const key = `${m.nameStart}:${m.nameEnd}`;
      if (seen.has(key)) continue;
      seen.add(key);
      spans.push({ start: m.nameStart, end: m.nameEnd, type: entity.type === "Person" ? "PER" : "ORG" });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function gumDocument(record: GumRecord): AnnotatedDocument {
  return { id: record.id, text: record.text, spans: gumSpans(record), partial: true };
}
