import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** Generational suffixes written after a full name, without their period: "Donald Trump Jr.", "Vann R. Newkirk II". */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** Whether a word ("Jr.", "jr", "III") is a generational suffix. */
export function isNameSuffix(word: string): boolean {
  return NAME_SUFFIXES.has(word.toLowerCase().replace(/\.$/, ""));
}

/**
 * A person's name takes the generational suffix right after it ("Donald Trump Jr., the candidate's
 * son, said"), which the tagger and the tokenizer often leave outside ("Jr" "." before a comma): the
 * son is not the father, and a tail attribution's speaker must reach the comma after the suffix.
 * Mutates the mentions in place.
 */
export function attachNameSuffixes(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== "Person" || m.last - m.first < 2) continue;
    const suffix = tokens[m.last];
    const before = tokens[m.last - 1] as Token;
    if (!suffix || !isNameSuffix(suffix.lower) || suffix.sentence !== before.sentence) continue;
    if (suffix.start - before.end > 1 || !/^[JSI]/.test(suffix.text)) continue;
    let last = m.last + 1;
    // "Jr" "." tokenized apart before a comma
    const dot = tokens[last];
    if (!suffix.text.endsWith(".") && /^[js]r$/.test(suffix.lower) && dot?.text === "." && dot.start === suffix.end)
      last++;
    const end = (tokens[last - 1] as Token).end;
    const added = text.slice(suffix.start, end);
    m.name = `${m.name} ${added}`;
    m.text = text.slice(m.start, end);
    m.end = end;
    m.last = last;
  }
}
