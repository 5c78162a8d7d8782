import { isListedFirstName } from "../lexicon/first-names.js";
import { PLACES } from "../lexicon/places.js";
import type { Token } from "../text/tokens.js";
import type { Cluster } from "./types.js";

/**
 * Offices a candidate's campaign committee is named for ("Cruz for President", "Warren for Senate"), and
 * "America", which names a candidate's committee ("Lisowski for America") as often as a group ("Democracy for
 * America"): an organization either way, of kind "campaign" only after an office.
 */
const OFFICES = new Set(["president", "senate", "governor", "congress", "mayor", "council", "america"]);

/** The US states a senator's or a governor's committee may be named for, of one word. */
const US_STATES: ReadonlySet<string> = new Set([...PLACES].filter((p) => !p.includes(" ")));

/** Verbs that open a sentence before "for" and an office ("Vote for President …", "Running for Senate …"). */
const SENTENCE_VERBS = /^(?:vote|votes|voting|run|runs|running|campaign|campaigning|stand|standing|pray|thanks)$/;

/** The kind of the committee `campaignCommitteeEnd` found, by the word after its "for". */
export function campaignKind(tokens: readonly Token[], end: number): string {
  return tokens[end - 1]?.lower === "america" ? "organization" : "campaign";
}

/**
 * "Oyelaran for President", "Warren for Senate": one or two capitalised words, "for" and an
 * office, with no name after the office ("voted for President Trump" names the president). The index after the
 * office when such a committee starts at token `i`, else -1. The words are a campaign's name, not the candidate.
 */
export function campaignCommitteeEnd(tokens: readonly Token[], i: number, lowerVocab: ReadonlySet<string>): number {
  const sentence = tokens[i]?.sentence;
  for (let n = 1; n <= 2; n++) {
    const words = tokens.slice(i, i + n);
    if (words.length < n || !words.every((t) => t.kind === "word" && t.cap && t.sentence === sentence)) return -1;
    // (a surname the article never writes in lower case, or a listed first name and a surname: "Term Limits for
    // Congress" is a goal, not a committee)
    if (n === 2 ? !isListedFirstName(words[0]?.text ?? "") : lowerVocab.has(words[0]?.lower ?? "")) continue;
    const f = tokens[i + n];
    const office = tokens[i + n + 1];
    // ("Brennan for Illinois": a senator's committee named for the state)
    const seat = office !== undefined && (OFFICES.has(office.lower) || US_STATES.has(office.lower));
    if (f?.text !== "for" || !office?.cap || !seat || office.sentence !== sentence) continue;
    const after = tokens[i + n + 2];
    if (after?.cap && after.kind === "word" && after.sentence === sentence) return -1;
    // ("Vote for President …": a sentence's first word is capitalised whatever it is — a name there only when the
    // article never writes it in lower case and it is no verb of voting: "Quintanilla for President was expected …")
    // (a listed first name and a surname may open the sentence: "Marian Oduya for President, Democratic candidate
    // Marian Oduya’s campaign committee, said …", newsdev62)
    if (tokens[i - 1]?.sentence !== sentence && n === 1 && SENTENCE_VERBS.test(words[0]?.lower ?? "")) return -1;
    return i + n + 2;
  }
  return -1;
}

/**
 * "the super PAC", "a super PAC supporting him": a kind of committee written with its acronym, naming none.
 * Whether the one-word name at token `i` is such an acronym after its lower-case "super".
 */
export function superPacAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.text === "PAC" && tokens[i - 1]?.text === "super";
}

/**
 * The candidate a committee named "<surname> for …" stands for ("Darrow for Senate", "Kalvaitis for America" → the
 * person): the one person of the article named in full whose surname opens the committee's name, if exactly one is.
 */
export function committeeCandidate(clusters: readonly Cluster[], committee: Cluster): Cluster | undefined {
  if (committee.type !== "Organization" || committee.mentions.length === 0) return undefined;
  const [surname, word] = committee.name.split(" ");
  if (word !== "for" || surname === undefined) return undefined;
  const people = clusters.filter(
    (c) => c.type === "Person" && c.name.includes(" ") && c.name.split(" ").at(-1) === surname,
  );
  return people.length === 1 ? people[0] : undefined;
}
