import { firstNameGender } from "../lexicon/first-names.js";
import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** How many tokens after a name a pronoun may stand and still be the name's ("Biocoop said it had asked its …"). */
const PRONOUN_WINDOW = 5;

/**
 * "We have also written to Biocoop asking it to tell its fruit suppliers …", "Biocoop said it had asked its honey
 * suppliers …": a name of one word the tagger read as a person's — no title, no listed first name, no surname of a
 * person the article names in full — that "its" follows in its own sentence at one of its mentions (the tagger's or
 * an untyped one), with no "he", "she", "his" or "her" there at any of them, is an organization's.
 */
export function typeNeuterNames(tokens: readonly Token[], mentions: Mention[]): void {
  const surnames = new Set<string>();
  for (const m of mentions)
    if (m.type === "Person" && m.last - m.first >= 2) surnames.add((tokens[m.last - 1] as Token).text);
  // (an organization's name that opens with the word: resolution joins the short name to it, "Brightwell" to
  // "Brightwell Systems")
  const openings = new Set<string>();
  for (const m of mentions) if (m.type === "Organization") openings.add(m.name.split(" ")[0] as string);
  const neuter = new Map<string, boolean>();
  for (const m of mentions) {
    if ((m.type !== "Person" && m.type !== "Unknown") || m.last - m.first !== 1 || m.title || m.nickname) continue;
    const word = (tokens[m.first] as Token).text;
    if (firstNameGender(word) !== undefined || surnames.has(word) || openings.has(word)) continue;
    const pronouns = pronounsAfter(tokens, m);
    if (pronouns.personal) neuter.set(m.name, false);
    else if (pronouns.its && !neuter.has(m.name)) neuter.set(m.name, true);
  }
  // (a person's at one mention at least: the evidence holds for the name only where the tagger read a person)
  const read = new Set(mentions.filter((m) => m.type === "Person").map((m) => m.name));
  for (const m of mentions)
    if ((m.type === "Person" || m.type === "Unknown") && read.has(m.name) && neuter.get(m.name) === true) {
      m.type = "Organization";
      m.kind = "organization";
      m.tagged = "ORG";
    }
}

/** The pronouns in the few tokens after a mention, in its sentence, before another name. */
function pronounsAfter(tokens: readonly Token[], m: Mention): { its: boolean; personal: boolean } {
  let its = false;
  let personal = false;
  const sentence = tokens[m.first]?.sentence;
  for (let k = m.last; k < m.last + PRONOUN_WINDOW; k++) {
    const t = tokens[k];
    // (not past a comma: "Rudianto, its safety supervisor" describes the person by the company)
    if (!t || t.sentence !== sentence || t.text === "," || (t.cap && t.kind === "word" && t.text !== "I")) break;
    if (t.lower === "its") its = true;
    if (/^(?:he|she|his|her|him)$/.test(t.lower)) personal = true;
  }
  return { its, personal };
}

/**
 * "Caledonian MacBrayne (CalMac), which runs the island ferries, said …", "Textil Altiplano, which buys fibre from
 * …": a name of two words or more, no given name first, read as a person's, with no title, that ", which" follows (past a short name in brackets) is a thing's
 * — an organization's — wherever the article writes it; a person takes "who". Not when the article also writes
 * "who" after it.
 */
export function typeWhichNames(tokens: readonly Token[], mentions: Mention[]): void {
  const which = new Set<string>();
  const who = new Set<string>();
  for (const m of mentions) {
    // (a name of two words or more: one word before ", which" is as often a place's, "Palms, which …")
    if (m.type !== "Person" || m.title || m.last - m.first < 2) continue;
    // (nor a name that opens with a given name: "Maria Lopez, which represents nobody," is a writer's slip)
    if (firstNameGender((tokens[m.first] as Token).text) !== undefined) continue;
    let k = m.last;
    // (a short name in brackets between: "(CalMac)")
    if (tokens[k]?.text === "(" && tokens[k + 2]?.text === ")") k += 3;
    if (tokens[k]?.text !== ",") continue;
    const relative = tokens[k + 1]?.lower;
    if (relative === "which") which.add(m.name);
    else if (relative === "who" || relative === "whose") who.add(m.name);
  }
  if (which.size === 0) return;
  for (const m of mentions)
    if (m.type === "Person" && !m.title && which.has(m.name) && !who.has(m.name)) {
      m.type = "Organization";
      m.kind = "organization";
      m.tagged = "ORG";
    }
}
