import type { CharSpan } from "./align.js";
import type { AnnotatedDocument } from "./examples.js";

/** The entity list of an authored gold file (`gold/newsdev…/<id>.gold.json`, ../shared/gold/README.md). */
export interface AuthoredGold {
  entities: { name: string; type: "Person" | "Organization"; aliases?: string[]; kind?: string }[];
}

/** Words that open a person's form in an alias but are no part of the name a tagger spans ("Sen. Ted Cruz"). */
const LEADING_TITLE =
  /^(?:\p{Lu}[\p{Ll}]{0,4}\.|Mr|Mrs|Ms|Dr|Sir|Dame|President|Senator|Governor|Judge|Justice|Chief|General|Rev\.?)\s+/u;

/** A name form worth spanning: capitalised, not a description ("the company") or a pronoun. */
function nameForm(form: string): string | undefined {
  const name = form.replace(LEADING_TITLE, "").trim();
  return /^[\p{Lu}\p{N}]/u.test(name) && name.length >= 2 ? name : undefined;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * The gold's people and organizations as tagger spans: every whole-word occurrence of a name or alias in the text
 * (longest forms first, never overlapping), people as PER, countries as LOC (the tagger's class for them, as
 * CoreNLP's), other organizations as ORG. Places are not listed by the gold, so the document is partial: outside
 * the spans a token may be O or a place.
 */
export function authoredSpans(gold: AuthoredGold, text: string): CharSpan[] {
  const forms: { form: string; type: CharSpan["type"] }[] = [];
  for (const e of gold.entities) {
    const type: CharSpan["type"] = e.type === "Person" ? "PER" : e.kind === "country" ? "LOC" : "ORG";
    for (const raw of [e.name, ...(e.aliases ?? [])]) {
      const form = nameForm(raw);
      if (form) forms.push({ form, type });
    }
  }
  forms.sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
  const taken = new Uint8Array(text.length);
  const spans: CharSpan[] = [];
  for (const { form, type } of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      if (taken.subarray(at, end).some((v) => v === 1)) continue;
      taken.fill(1, at, end);
      spans.push({ start: at, end, type });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function authoredDocument(id: string, gold: AuthoredGold, text: string): AnnotatedDocument {
  return { id, text, spans: authoredSpans(gold, text), partial: true };
}
