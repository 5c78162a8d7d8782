import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** Ages news gives in an appositive after a person's name ("Josphat Kimeli Too, 58,"). */
const AGE = /^(?:1[4-9]|[2-9]\d|10\d)$/;

/**
 * "Josphat Kimeli Too, 58, has coached …": a run of two to four capitalised words that no lexicon or tagger typed,
 * set off by commas around an age, is a person's name (a company's or a place's is never so followed), and a
 * person's name the tagger ended one capitalised word before such an age runs over it. Mutates the mentions in place.
 */
export function typeAgedNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    // ("Wilfred Kiprotich Too, 61,": a person's name the tagger ended one word early, before a word it knows in
    // lower case)
    const word = tokens[m.last];
    if (
      m.type === "Person" &&
      word?.kind === "word" &&
      word.cap &&
      word.sentence === (tokens[m.first] as Token).sentence &&
      agedAt(tokens, m.last + 1) &&
      !mentions.some((o) => o.first === m.last)
    ) {
      m.last += 1;
      m.end = word.end;
      m.text = text.slice(m.start, m.end);
      m.name = `${m.name} ${word.text}`;
      continue;
    }
    if (m.type !== "Unknown" || m.last - m.first < 2 || m.last - m.first > 4) continue;
    if (!tokens.slice(m.first, m.last).every((t) => t.kind === "word" && t.cap)) continue;
    if (!agedAt(tokens, m.last)) continue;
    m.type = "Person";
    m.tagged = "PER";
  }
}

/** Whether ", <age>," starts at token `k`, in one sentence ("Comfort Ansah-Boateng, 49, chairs …"). */
export function agedAt(tokens: readonly Token[], k: number): boolean {
  const [comma, age, close] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  return comma?.text === "," && AGE.test(age?.text ?? "") && close?.text === "," && close.sentence === comma.sentence;
}
