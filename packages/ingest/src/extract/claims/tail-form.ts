import { tokenAtOrAfter } from "../document.js";
import { mayBeDescribedAs } from "../entities/described-org.js";
import { WEEKDAYS } from "../lexicon/calendar.js";
import { CUE_NOUNS, cueOf, QUOTE_CUES } from "../lexicon/cues.js";
import { GROUP_PLURALS } from "../lexicon/groups.js";
import { ORG_NOUNS } from "../lexicon/organizations.js";
import { ROLE_HEADS, ROLE_NOUNS } from "../lexicon/titles.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import { isBarePossessive, isPossessive } from "../text/tokens.js";
import { CLAUSE_CUT, contentClaim, MIN_WORDS, wireDash, wordsBetween } from "./content.js";
import { speakerStartingAt } from "./speaker.js";
import { SPEAKING_DOCUMENTS } from "./speaking-documents.js";
import type { ClaimScan, SpeakerRef } from "./types.js";

/** What may follow an inverted speaker ("…, said X on Tuesday."): anything else means X is not the speaker. */
/** Verbs of asking whose object an infinitive follows ("asks a judge to order …"). */
const REQUEST_VERBS = /^(?:asks?|asked|urges?|urged|calls?)$/;

export const SPEAKER_FOLLOWERS = new Set([
  "who",
  "on",
  "in",
  "at",
  "during",
  "after",
  "before",
  "of",
  "last",
  "this",
  "earlier",
  "later",
  "recently",
  "told",
  "wrote",
  "on",
  "when",
  "while",
  "as",
  "to",
  "from",
  ...WEEKDAYS,
  "yesterday",
  "today",
  "tonight",
  "via",
  "according",
]);

/** "CONTENT, X said." / "CONTENT, said X." / "CONTENT, he added." */
/** Words after a cue that open no object: where, when, how ("…, X denied on Monday", "…, X agreed last week"). */
const NOT_AN_OBJECT =
  /^(?:on|in|at|from|during|after|before|last|this|yesterday|today|tonight|earlier|later|again|too|also|as|while|when|though|although|but|and|to|with|by|for|so|because)$/;

export function tailForm(
  scan: ClaimScan,
  s: Sentence,
  i: number,
  known?: SpeakerRef | null,
  listenerEnd?: number,
): boolean {
  const { doc, mask, stopAtQuotes, anon, claims } = scan;
  const { tokens } = doc;
  const t = tokens[i] as Token;
  // the cue must end the sentence (apart from the speaker and a few words; "…, X told The Wall
  // Street Journal.": after the one told, `listenerEnd`)
  let k = known && listenerEnd !== undefined ? listenerEnd : i + 1;
  const denial = cueOf(t.lower)?.denial === true;
  let speaker = known ?? null;
  let speakerStart = i;
  if (!speaker) {
    // "…, welcomed the ruling": only a speech verb inverts its speaker ("…, said X"); a stance verb's
    // object is no speaker
    if (!QUOTE_CUES.has(cueOf(t.lower)?.base ?? "")) return false;
    // "…, Yaw Ofori, told Joy FM on Tuesday that …": who is told listens; "tell" never inverts its source
    if (cueOf(t.lower)?.base === "tell") return false;
    // ("The lawsuit, filed in Wake County Superior Court, says Brightway told …": a document set off by its
    // appositive opens the sentence, and the verb after the appositive is its own, newsdev61)
    if (
      tokens[s.first]?.lower === "the" &&
      SPEAKING_DOCUMENTS.test(tokens[s.first + 1]?.lower ?? "") &&
      tokens[s.first + 2]?.text === "," &&
      tokens[i - 1]?.text === ","
    )
      return false;
    speaker = speakerStartingAt(doc, k, anon);
    if (!speaker) return false;
    // "…, and that late rains, not late seed, explained the smaller plantings.": an inverted source is someone —
    // a name, a role, a body or a document — not any thing the verb takes as its object
    if (speaker.cluster === undefined && speaker.anonymous !== undefined && !speakingHead(speaker.anonymous))
      return false;
    // "…, denied the allegations": what a denial denies is its object, not a source after it ("…, said the
    // report." keeps its source)
    const head = tokens[tokenAtOrAfter(tokens, speaker.end) - 1];
    if (head && denial && CUE_NOUNS.has(head.lower)) return false;
  } else {
    // speaker came from the left: find where the speaker phrase starts
    const at = tokenAtOrAfter(tokens, speaker.start);
    const st = tokens[at]?.start === speaker.start ? at : -1;
    if (st >= 0) speakerStart = st;
  }
  // ("…, the first day of a transport strike called after the Federal Government ended …": "call" takes an object or
  // a name, never inverts an attribution, and a thing "called" is one organized, 2026-12-07, newsdev65)
  if (cueOf(t.lower)?.base === "call") return false;
  while (k < s.last && (tokens[k] as Token).start < speaker.end) k++;
  // "…, said Steven Taylor, a chairman …" — the speaker closes the clause; "said the heat could …" does not
  if (!known) {
    const next = tokens[k];
    if (next && next.sentence === s.index && !/^[.,;:!?(]$/.test(next.text) && !SPEAKER_FOLLOWERS.has(next.lower))
      return false;
    // ("The suit, filed in federal court, asks a judge to order …": one asked to act is no inverted source)
    if (next?.lower === "to" && tokens[k + 1]?.kind === "word" && REQUEST_VERBS.test(t.lower)) return false;
  }
  // "…, political analysts say; in 2012, …": a semicolon ends the attribution's clause
  let end = s.last;
  // ("…, an advocacy group charged Tuesday, and the Arkansas Department of Human Services said …": ", and" or ", but"
  // and a clause of its own after the attribution's time ends it too, 2026-12-07, newsdev65)
  for (let j = k; j < s.last; j++)
    if (
      !mask[j] &&
      (tokens[j]?.text === ";" ||
        (tokens[j]?.text === "," &&
          /^(?:and|but)$/.test(tokens[j + 1]?.lower ?? "") &&
          j - k <= 3 &&
          !/ing$/.test(t.lower)))
    ) {
      end = j;
      break;
    }
  const after = end - k;
  // "…, the minister, Paulo Reis, had ignored warnings.", "…, Ibrahim Musa, denied the allegations.": a
  // stance or denial verb with an object after it is the clause's own verb, not an attribution's ("…, X
  // said Monday." keeps its time words)
  const object = tokens[k];
  if (
    known &&
    (!QUOTE_CUES.has(cueOf(t.lower)?.base ?? "") || denial) &&
    object !== undefined &&
    k < end &&
    object.kind === "word" &&
    !object.cap &&
    !NOT_AN_OBJECT.test(object.lower)
  )
    return false;
  // ", X said." — with the speaker on the left the cue must (nearly) end the sentence, or be
  // followed only by where, when and who ("…, said Rita Katz, the director of SITE, which …")
  if (after > (known ? 4 : 12) && !trailerOnly(tokens, mask, k, end)) return false;
  // content: from the sentence start to the comma before the speaker/cue
  let left = Math.min(speakerStart, i);
  // "…, the BBC reported.", "…, the news site RTL Info reported.": the outlet's determiner phrase
  if (known) left = determinerPhraseStart(tokens, left, s.first);
  // "…, Iraq’s Ministry of Water Resources said": a possessive owner in front of the name
  if (known) left = determinerPhraseStart(tokens, possessorStart(tokens, left, s.first), s.first);
  // ("…, plant manager Alain Thibodeaux told Reuters.", "…, agency spokeswoman Kirsten Aldana-Moore said in a
  // statement.": a lower-case job label in front of the name, 2026-12-07, newsdev77)
  if (known) left = jobLabelStart(tokens, left, s.first);
  // "…, UMWA Director Phil Smith told …": capitalised titles may stand between the comma and the name
  const comma = commaBefore(tokens, left, known ? MAX_TITLE_TOKENS : 0);
  if (comma < s.first) return false;
  let first = s.first;
  while (first < comma && mask[first]) first++;
  // "CAMBRIDGE, Mass. (UPI) — Young democrats are …, a new poll indicates": content starts after the dash
  for (let k2 = comma - 1; k2 > first; k2--) {
    // "Former Rep. Chris Shays (R-Conn.) was …": a parenthesis inside the content does not cut it
    if (tokens[k2]?.text === ")") {
      let open = k2 - 1;
      while (open > first && tokens[open]?.text !== "(" && k2 - open < 12) open--;
      if (tokens[open]?.text === "(") {
        k2 = open;
        continue;
      }
    }
    if (!mask[k2] && (CLAUSE_CUT.has(tokens[k2]?.text ?? "") || wireDash(tokens, k2))) {
      first = k2 + 1;
      break;
    }
  }
  // "The pay is good, but it wasn't just the money, she said.": the content is the last clause
  first = lastClauseStart(tokens, mask, first, comma);
  if (mask[first] || first >= comma) return false;
  // "Craig Minassian, a spokesman for the foundation, said the decision to …": a name and its
  // appositive are the subject of the verb after them, not content with the speaker inverted
  if (!known && namedSubject(scan, first)) return false;
  const stop = tailContentEnd(tokens, first, comma, stopAtQuotes);
  if (wordsBetween(tokens, first, stop) < MIN_WORDS) return false;
  claims.push(
    contentClaim(scan, first, stop, { start: t.start, end: t.end }, subjectDescribed(scan, speaker, first), "cue-tail"),
  );
  return true;
}

/**
 * True when the content opens with a name followed by a comma ("Name, …"), perhaps after a title
 * and a place ("Montana Sen. Jon Tester, chairman of …").
 */
function namedSubject(scan: ClaimScan, first: number): boolean {
  const { tokens } = scan.doc;
  for (let k = first; k < first + MAX_TITLE_TOKENS; k++) {
    const m = scan.doc.mentionByFirstToken.get(k);
    // ("Sen. Frank DeLuca (D-Essex), who represents …, said …": past a party's bracket after the name, 2026-12-07,
    // newsdev66)
    const bracket = m && tokens[m.last]?.text === "(" && tokens[m.last + 2]?.text === ")" ? 3 : 0;
    if (m) return tokens[m.last + bracket]?.text === ",";
    const t = tokens[k];
    if (!t || !(t.cap || t.text === ".")) return false;
  }
  return false;
}

/**
 * The comma right before token `at`, perhaps with up to `titles` capitalised words between ("…, UMWA
 * Director Phil Smith"): its index, or -1.
 */
export function commaBefore(tokens: readonly Token[], at: number, titles = 0): number {
  let k = at - 1;
  for (let n = 0; n < titles && tokens[k]?.cap && tokens[k]?.kind === "word"; n++) k--;
  return tokens[k]?.text === "," ? k : -1;
}

/**
 * The start of one to three lower-case words right before token `at` that end in a role's head and follow a comma
 * ("plant manager", "agency spokeswoman"), or `at` itself.
 */
function jobLabelStart(tokens: readonly Token[], at: number, first: number): number {
  const head = tokens[at - 1];
  // (or before a mention that opens with its role: "agency spokeswoman Kirsten Aldana-Moore")
  const titled = tokens[at]?.kind === "word" && !tokens[at]?.cap && ROLE_HEADS.has(tokens[at]?.lower ?? "");
  if (head?.kind !== "word" || head.cap || (!titled && !ROLE_HEADS.has(head.lower))) return at;
  for (let k = at - 1; k >= Math.max(first, at - 3); k--) {
    const w = tokens[k] as Token;
    // ("…, Halyk Finance analyst Timur K. Abishev wrote …": the employer's capitalised name before the label, 2026-12-08,
    // newsdev86)
    if (w.kind === "word" && w.cap && k < at - 1) return employerStart(tokens, k, first) ?? at;
    if (w.kind !== "word" || w.cap) return at;
    if (tokens[k - 1]?.text === ",") return k;
  }
  return at;
}

/** Most capitalised words of an employer's name before a job label ("Halyk Finance analyst …"). */
const MAX_EMPLOYER_WORDS = 3;

/** The first of the capitalised words ending at token `last` right after a comma, or undefined. */
function employerStart(tokens: readonly Token[], last: number, first: number): number | undefined {
  for (let k = last; k >= Math.max(first, last - MAX_EMPLOYER_WORDS + 1); k--) {
    const w = tokens[k] as Token;
    if (w.kind !== "word" || !w.cap) return undefined;
    if (tokens[k - 1]?.text === ",") return k;
  }
  return undefined;
}

/** How many capitalised words may stand before a name: "Montana Sen.", "Former Rep.". */
const MAX_TITLE_TOKENS = 4;

/** The start of "the (news site)" in front of a name, or `at` itself (at most three words back). */
function determinerPhraseStart(tokens: Token[], at: number, first: number): number {
  // ("…, The Hindu reported": a newspaper's own "The")
  if (at - 1 >= first && tokens[at - 1]?.lower === "the") return at - 1;
  // ("…, the national news agency Agerpres reported": three lower-case words between, newsdev60)
  for (let k = at - 1; k >= Math.max(first, at - 4); k--) {
    const w = tokens[k] as Token;
    // ("…, Estonia's state energy company Eesti Energia said": a country's possessive before the lower-case words,
    // 2026-12-07, newsdev83)
    if (k < at - 1 && isPossessive(w)) {
      const owner = possessorStart(tokens, k + 1, first);
      return owner < k + 1 ? owner : at;
    }
    if (w.kind !== "word" || w.cap) return at;
    if (/^(?:the|a|an)$/.test(w.lower)) return k;
  }
  return at;
}

/** The start of a capitalised possessor right before token `at` ("Iraq’s", "South Korea's"), or `at` itself. */
export function possessorStart(tokens: readonly Token[], at: number, first: number): number {
  if (!isPossessive(tokens[at - 1]) && !isBarePossessive(tokens, at - 1)) return at;
  let k = at - 2;
  // ("…, the Department of Veterans Affairs' Office of Inspector General said": "of" between a name's capitals)
  while (
    k >= first &&
    at - 2 - k < MAX_POSSESSOR_TOKENS &&
    tokens[k]?.kind === "word" &&
    (tokens[k]?.cap || (/^(?:of|for|and)$/.test(tokens[k]?.lower ?? "") && tokens[k - 1]?.cap && tokens[k + 1]?.cap))
  )
    k--;
  return k + 1 < at - 1 ? k + 1 : at;
}
/** Most tokens of a possessor before a speaker's name ("the Department of Veterans Affairs'"). */
const MAX_POSSESSOR_TOKENS = 6;

/** Conjunctions that, after a comma, start a clause of their own. */
const CLAUSE_CONJUNCTIONS = new Set(["but", "while", "whereas", "although", "though", "yet"]);

/** The first token of the last clause in [first, end): after ", but …" or ", and he …". */
function lastClauseStart(tokens: Token[], mask: Uint8Array, first: number, end: number): number {
  let start = first;
  for (let k = first + 1; k < end - 1; k++) {
    if (mask[k] || tokens[k]?.text !== ",") continue;
    const next = tokens[k + 1] as Token;
    if (CLAUSE_CONJUNCTIONS.has(next.lower)) start = k + 2;
  }
  return start;
}

/** Words that may open what follows a tail attribution: a place, a time, an occasion. */
const TRAILER_STARTS = new Set([...SPEAKER_FOLLOWERS, "by", "for", "with", "over", "outside", "inside", "afterward"]);

/**
 * True when tokens [k, end) only describe the attribution ("in an interview later", ", the
 * director of SITE, which tracks …", ", on condition of anonymity", ", adding that …"): no quote,
 * no "that" clause of its own and no other finite cue.
 */
function trailerOnly(tokens: Token[], mask: Uint8Array, k: number, end: number): boolean {
  const first = tokens[k];
  if (!first || !(first.text === "," || TRAILER_STARTS.has(first.lower))) return false;
  for (let j = k; j < end; j++) {
    const t = tokens[j] as Token;
    // "… on MSNBC’s “Morning Joe.”": a programme's title is where, not words of the speaker
    if (mask[j] && !(titleWord(t) && namedProgramme(tokens, mask, j))) return false;
    // ", adding that …" is a claim of its own, found by the participle rule
    // (", citing copies of the petitions", ", quoting an aide": where the report comes from; ", extending a
    // closure that began …": what the reported act does, 2026-12-06)
    // (", despite fighting that …", ", as the lines kept …": a subordinate clause or phrase of its own)
    if (t.text === "," && (participleAt(tokens, j + 1) || CLAUSE_AFTER_TAIL.has(tokens[j + 1]?.lower ?? "")))
      return true;
    // ("…, X said on Sunday, according to the news website Fijivillage.": the outlet that carries the attribution,
    // 2026-12-08, newsdev87)
    if (t.text === "," && tokens[j + 1]?.lower === "according" && tokens[j + 2]?.lower === "to") return true;
    // "…, executive director of National Nurses United, a union that has … endorsed Sanders": a
    // relative clause on the appositive describes the speaker's organization; its verbs are its own
    if (j > k && relativeOnNoun(tokens, j)) return true;
    if (t.lower === "that" || t.text === ":" || t.text === ";") return false;
    // ("said in its Monday evening report": a report named after its determiner is where, not another cue)
    // (a capitalised word is a name's, not a cue: "…, as ships went around the Cape of Good Hope")
    // ("said in a report released Wednesday": a document's participle of issue is no cue)
    if (
      j > k &&
      !t.cap &&
      !t.lower.endsWith("ing") &&
      cueOf(t.lower)?.clausal &&
      !determinedCueNoun(tokens, j, k) &&
      !(ISSUE_PARTICIPLES.test(t.lower) && CUE_NOUNS.has(tokens[j - 1]?.lower ?? ""))
    )
      return false;
  }
  return true;
}

/** Participles of a document's issue after its noun ("a report released Wednesday", "a study published in …"). */
const ISSUE_PARTICIPLES = /^(?:released|published|issued|posted|filed)$/;

/** Words that open a subordinate clause or phrase after a tail attribution's comma ("…, X said, despite …"). */
const CLAUSE_AFTER_TAIL = new Set([
  "despite",
  "as",
  "while",
  "after",
  "before",
  "because",
  "although",
  "though",
  "since",
]);

/** Words in "-ing" that open no participle clause after a comma ("…, said Monday, nothing …"). */
const NOT_PARTICIPLES = new Set(["nothing", "something", "anything", "everything", "morning", "evening", "thing"]);

/**
 * Whether a lower-case participle opens a clause at token k ("adding", "citing", "extending"): a word of three
 * letters or more before its "-ing", not a noun in "-ing" ("nothing", "morning").
 */
export function participleAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t?.kind === "word" && !t.cap && /[a-z]{3,}ing$/.test(t.lower) && !NOT_PARTICIPLES.has(t.lower);
}

/** "its Monday evening report", "a statement": a cue noun with a determiner a few words before it (after `from`). */
function determinedCueNoun(tokens: readonly Token[], j: number, from: number): boolean {
  // ("…, X wrote in a note to clients.": an analyst's note, where the claim was written, 2026-12-08, newsdev86)
  const lower = tokens[j]?.lower ?? "";
  if (!CUE_NOUNS.has(lower) && lower !== "note" && lower !== "notes") return false;
  for (let d = j - 1; d >= Math.max(from, j - 4); d--)
    if (/^(?:a|an|the|its|his|her|their|our)$/.test(tokens[d]?.lower ?? "")) return true;
  return false;
}

/**
 * True when token `j` is the "that" of a relative clause on an appositive noun phrase: ", a union
 * that …", ", the group that …" (a determiner right after the comma and at most four words before
 * "that"; "…, said X, is that …" is a complement, not this).
 */
function relativeOnNoun(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.lower !== "that") return false;
  for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
    const w = tokens[k] as Token;
    if (w.kind !== "word" || cueOf(w.lower)) return false;
    if (/^(?:a|an|the)$/.test(w.lower)) return k < j - 1 && tokens[k - 1]?.text === ",";
  }
  return false;
}

/** "The 40-year-old, who lived in London, worked as a geologist, the BBC reported.": all of it up to the comma. */
function tailContentEnd(tokens: Token[], first: number, comma: number, stopAtQuotes: Set<number>): number {
  for (let k = first; k < comma; k++) if (stopAtQuotes.has((tokens[k] as Token).start)) return k;
  return comma;
}

/** True when the quotation around token `j` follows "on|in" or a possessive: "on MSNBC’s “Morning Joe.”". */
function namedProgramme(tokens: Token[], mask: Uint8Array, j: number): boolean {
  let open = j;
  while (open > 0 && mask[open - 1]) open--;
  const before = tokens[open - 2];
  return before !== undefined && (before.lower === "on" || before.lower === "in" || isPossessive(before));
}

/** A word of a title in quotation marks: capitalized, or a short function word ("Meet the Press"). */
const titleWord = (t: Token) => t.kind !== "word" || t.cap || t.lower.length <= 3;

/**
 * "Nabz Health, a start-up …, has raised $22 million in a round led by … Crescent Peak Capital, the company said":
 * a tail's "the <noun>" stands for the organization the content opens with, when that one may be so called, not for
 * one named later in the content.
 */
function subjectDescribed(scan: ClaimScan, speaker: SpeakerRef, first: number): SpeakerRef {
  const { doc } = scan;
  const { tokens } = doc;
  if (speaker.cluster === undefined) return speaker;
  const at = tokenAtOrAfter(tokens, speaker.start);
  const noun = tokens[at + 1];
  if (tokens[at]?.lower !== "the" || !noun || noun.end !== speaker.end || noun.cap) return speaker;
  const opening = doc.mentionByFirstToken.get(tokens[first]?.lower === "the" ? first + 1 : first);
  const subject = opening ? doc.entities.clusters[opening.cluster] : undefined;
  if (!subject || subject.id === speaker.cluster || !mayBeDescribedAs(subject, noun.lower)) return speaker;
  return { ...speaker, cluster: subject.id };
}

/** Whether a description's last word is one of someone who may speak: a role, a body, a document, a group. */
function speakingHead(description: string): boolean {
  const head = description.trim().split(/\s+/).at(-1)?.toLowerCase() ?? "";
  const singular = head.replace(/s$/, "");
  return [head, singular].some(
    (w) => ROLE_NOUNS.has(w) || ROLE_HEADS.has(w) || CUE_NOUNS.has(w) || ORG_NOUNS.has(w) || GROUP_PLURALS.has(head),
  );
}
