/**
 * Full names the tagger splits at a lower-case connector between their parts: Catalan "i", Mauritanian "ould" and
 * "mint" (2026-12-07, newsdev81 and newsdev84).
 */
import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/**
 * "Housing Minister Núria Casals i Pujol": a Catalan full name joins its two surnames with a lower-case "i" ("and"),
 * which the tagger reads as the end of one name ("Núria Casals") and another ("Pujol"). A person's name of two words
 * or more, then "i" and a one-word name, is one person's name. Mutates the mentions in place, dropping the second.
 */
export function catalanSurnames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const m = mentions[k] as Mention;
    const next = mentions[k + 1] as Mention;
    if (m.type !== "Person" || m.name.split(/\s+/).length < 2 || next.title !== undefined) continue;
    if (next.type === "Organization" || next.last - next.first !== 1 || next.first !== m.last + 1) continue;
    const and = tokens[m.last] as Token;
    if (and.text !== "i" || and.sentence !== tokens[next.first]?.sentence) continue;
    if (and.start !== m.end + 1 || next.start !== and.end + 1) continue;
    joinNames(text, m, "i", next);
    mentions.splice(k + 1, 1);
  }
}

/** Person mention `m` runs on over the connector to `next`, one name ("Núria Casals" "i" "Pujol"). */
function joinNames(text: string, m: Mention, connector: string, next: Mention): void {
  m.name = `${m.name} ${connector} ${next.name}`;
  m.end = next.end;
  m.last = next.last;
  m.text = text.slice(m.start, m.end);
}

/** Mauritanian and Hassaniya connectors of a given name and the father's ("ould", "son of"; "mint", "daughter of"). */
const PATRONYMIC_CONNECTORS: ReadonlySet<string> = new Set(["ould", "mint"]);

/**
 * "Fisheries Minister Sidi Mohamed ould Bah told …", "Aminetou mint El Moctar, the federation's secretary general,":
 * a Mauritanian name joins the given name to the father's with a lower-case "ould" or "mint", which the tagger reads
 * as the end of one name (or of none, at a sentence's start) and another. A person's name (or one capitalised word the
 * tagger left untyped), the connector and a name of one or two words after it are one person's name. Mutates the
 * mentions in place, keeping them sorted.
 */
export function patronymicNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const after = mentions[k] as Mention;
    const connector = tokens[after.first - 1];
    if (!connector || !PATRONYMIC_CONNECTORS.has(connector.text) || after.type === "Organization") continue;
    if (after.title !== undefined || after.last - after.first > 2 || connector.end + 1 !== after.start) continue;
    const previous = mentions[k - 1];
    const given = tokens[after.first - 2];
    if (!given || given.end + 1 !== connector.start || given.sentence !== tokens[after.first]?.sentence) continue;
    // (the given name's own untyped mention, at a sentence's start: "Aminetou")
    const untyped =
      previous?.type === "Unknown" && previous.first === after.first - 2 && previous.last === after.first - 1;
    if (previous && previous.last === after.first - 1 && (previous.type === "Person" || untyped)) {
      if (untyped) {
        previous.type = "Person";
        previous.tagged = "PER";
      }
      joinNames(text, previous, connector.text, after);
      mentions.splice(k, 1);
    } else if (given.cap && given.kind === "word" && !(previous && previous.last > after.first - 2)) {
      after.first -= 2;
      after.start = given.start;
      after.text = text.slice(after.start, after.end);
      after.name = `${given.text} ${connector.text} ${after.name}`;
      after.type = "Person";
      after.tagged = "PER";
      delete after.tentative;
    }
  }
}
