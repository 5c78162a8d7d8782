import { type AnalyzedText, tokenAtOrAfter } from "../document.js";
import { CUE_NOUNS, cueOf, STANCE_CUES, WEAK_CUES } from "../lexicon/cues.js";
import { NP_BOUNDARY, PRONOUNS } from "../lexicon/function-words.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import { type AnonymousMemory, resolveNounPhrase, skipAuxLeft, speakerEndingAt, speakerStartingAt } from "./speaker.js";
import type { DraftClaim, SpeakerRef } from "./types.js";
import { viaAfter } from "./via.js";

/** A cue with a speaker, kept even when its content is too short to be a claim (for carry-over). */
export interface CueEvent {
  at: number;
  paragraph: number;
  speaker: SpeakerRef;
  cue: { start: number; end: number };
}

const CLAUSE_CUT = new Set(["–", "—", ";", "(", "―"]);
const CUT_AFTER_COMMA = new Set(["while", "whereas", "although", "though", "but", "which", "who", "because"]);
const MIN_WORDS = 4;
/** ", and" followed by a new subject starts a new clause (and maybe a new attribution). */
const CLAUSE_SUBJECT_START = /^(?:he|she|they|it|adding|a|an|the|some|many|several|most|\p{Lu}\S*)$/u;
/** Days and months: "said Thursday in an email" has no content after the cue. */
const TIME_START = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "during",
  "echoing",
  "according",
  "tonight",
  "afterward",
  "afterwards",
]);
const SPEAKER_FOLLOWERS = new Set([
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
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "yesterday",
  "today",
  "tonight",
  "via",
  "according",
]);
/** Nouns naming where something was said ("said in a statement that"), not a competing cue. */
const VENUES = new Set([
  "statement",
  "interview",
  "testimony",
  "message",
  "release",
  "letter",
  "speech",
  "email",
  "post",
]);
const NOT_CONTENT_START = new Set([
  "as",
  "by",
  "at",
  "in",
  "from",
  "with",
  "during",
  "after",
  "before",
  "when",
  "while",
  "up",
  "out",
  "off",
  "into",
  "later",
  "earlier",
  "yesterday",
  "today",
  "last",
  "this",
  "here",
  "and",
  "but",
  "or",
  "himself",
  "herself",
  "themselves",
  "itself",
  "so",
  "too",
  "again",
  "back",
  "down",
]);

/** Tokens inside a quotation get `inQuote`; content may span quotes but cues inside them are skipped. */
export function quoteMask(doc: AnalyzedText): Uint8Array {
  const mask = new Uint8Array(doc.tokens.length);
  let t = 0;
  for (const q of doc.quotes) {
    const end = q.close >= 0 ? q.close : q.end;
    while (t < doc.tokens.length && (doc.tokens[t] as Token).start <= q.open) t++;
    let k = t;
    while (k < doc.tokens.length && (doc.tokens[k] as Token).start < end) mask[k++] = 1;
  }
  return mask;
}

/** End (exclusive token index) of the content that starts at `from`, within the sentence. */
function contentEnd(tokens: Token[], from: number, s: Sentence, mask: Uint8Array, stopAtQuotes: Set<number>): number {
  let k = from;
  let depth = 0;
  while (k < s.last) {
    const t = tokens[k] as Token;
    if (stopAtQuotes.has(t.start)) break;
    if (mask[k]) {
      depth = 1;
      k++;
      continue;
    }
    if (depth === 0 && CLAUSE_CUT.has(t.text) && k > from) break;
    if (t.text === "," && k > from) {
      const next = tokens[k + 1];
      if (next && (CUT_AFTER_COMMA.has(next.lower) || (/ing$/.test(next.lower) && next.lower.length > 5))) break;
      if (next && next.lower === "according") break;
      // "…, said one candidate": another attribution starts
      if (next && /^(?:said|says|added|told)$/.test(next.lower)) break;
      if (next && next.lower === "and" && tokens[k + 2] && CLAUSE_SUBJECT_START.test(tokens[k + 2]?.text ?? "")) break;
    }
    k++;
  }
  // trailing punctuation is not content
  while (k > from && /^[.,:;!?]$/.test(tokens[k - 1]?.text ?? "")) k--;
  return k;
}

function wordsBetween(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (tokens[k]?.kind === "word" || tokens[k]?.kind === "number") n++;
  return n;
}

function hasQuote(mask: Uint8Array, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (mask[k]) return true;
  return false;
}

/**
 * Reported speech, paraphrase and attributed belief, sentence by sentence:
 * "X said (that) …", "X told Y (that) …", "According to X, …", "…, X said." / "…, said X.",
 * "X denied/defended …", "the claim by X that …", "…, saying …". Content stops at the sentence end,
 * a dash, a semicolon or a participle clause. Quotes already attributed (`stopAtQuotes`) end it.
 */
export function indirectClaims(
  doc: AnalyzedText,
  mask: Uint8Array,
  stopAtQuotes: Set<number>,
  anon: AnonymousMemory,
): { claims: DraftClaim[]; events: CueEvent[] } {
  const { tokens } = doc;
  const claims: DraftClaim[] = [];
  const events: CueEvent[] = [];
  for (const s of doc.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i] as Token;
      if (mask[i] || t.kind !== "word") continue;
      if (t.lower === "according" && tokens[i + 1]?.lower === "to") {
        according(doc, s, i, mask, stopAtQuotes, anon, claims);
        continue;
      }
      if (CUE_NOUNS.has(t.lower)) {
        nounCue(doc, s, i, mask, stopAtQuotes, anon, claims);
        continue;
      }
      const cue = cueOf(t.lower);
      if (!cue) {
        thatClause(doc, s, i, mask, stopAtQuotes, anon, claims);
        continue;
      }
      if (t.cap) continue;
      const prev = tokens[i - 1];
      if (prev && (prev.lower === "to" || prev.lower === "a" || prev.lower === "the")) continue;
      // passive "was called", "is described": the subject is not the source
      if (prev && /^(?:was|were|is|are|been|be|being)$/.test(prev.lower) && /ed$/.test(t.lower)) continue;
      // "Trump’s leaks": a noun after a possessive
      if (prev && /^['’]s$/.test(prev.text)) continue;
      // progressive "is arguing" behaves like a finite verb
      const progressive = prev !== undefined && /^(?:is|are|was|were|been|’s|'s|am)$/.test(prev.lower);
      const ing = t.lower.endsWith("ing") && !progressive;
      // speaker: left noun phrase; for ", saying" / "by defending" the subject before
      let speaker: SpeakerRef | null = null;
      if (ing) {
        if (!prev || !(prev.text === "," || prev.lower === "by")) continue;
        // "…, Mr. Manafort said, adding that …": the speaker of the cue just before
        const lastEvent = events.at(-1);
        speaker =
          prev.text === "," && lastEvent && lastEvent.at >= s.start && t.start - lastEvent.at < 60
            ? lastEvent.speaker
            : subjectBefore(doc, s, i, anon);
      } else if (prev?.text === "," && tailForm(doc, s, i, anon, mask, stopAtQuotes, claims)) {
        // "CONTENT, said Steven Taylor, a chairman …"
        continue;
      } else {
        const end = skipAuxLeft(tokens, i - 1, s.index);
        if (end >= s.first) speaker = speakerEndingAt(doc, end, anon);
        if (!speaker && /^(?:and|but|then|or)$/.test(tokens[end]?.lower ?? ""))
          speaker = subjectBefore(doc, s, end, anon);
      }
      // content after the cue
      let c = i + 1;
      let via: number | undefined;
      if (/^(told|tell|tells|telling|assured|informed|warned|reminded|advised)$/.test(t.lower)) {
        via = viaAfter(doc, i);
        const obj = skipObject(doc, c, s);
        if (obj > c && tokens[obj]?.lower === "that") c = obj;
        else if (obj > c && t.lower.startsWith("t")) c = obj;
      }
      if (tokens[c]?.text === "," || tokens[c]?.text === ":") {
        // "said, “…”" is a direct quote, handled elsewhere; "said: …" unquoted is content;
        // "he said, not finishing his joke" is a modifier, not content
        if (mask[c + 1] || (tokens[c]?.text === "," && /ing$/.test(tokens[c + 1]?.lower ?? ""))) continue;
        c++;
      }
      if (TIME_START.has(tokens[c]?.lower ?? "") || (tokens[c]?.lower === "of" && cue.base === "say")) {
        // "said Thursday in an email that …" keeps the clause after "that"; otherwise nothing here
        let k = c + 1;
        while (k < s.last && k - c < 12 && tokens[k]?.lower !== "that" && !mask[k]) k++;
        if (tokens[k]?.lower !== "that") continue;
        c = k;
      }
      // "cited by the official", "known as", "said on Twitter": no content here
      if (NOT_CONTENT_START.has(tokens[c]?.lower ?? "")) {
        if (tokens[c]?.lower === "by" || tokens[c]?.lower === "as") continue;
        // "said in a statement that …", "said on Monday, …": skip the phrase
        let k = c + 1;
        while (k < s.last && k - c < 10 && tokens[k]?.lower !== "that" && tokens[k]?.text !== "," && !mask[k]) {
          if (
            CLAUSE_CUT.has(tokens[k]?.text ?? "") ||
            cueOf(tokens[k]?.lower ?? "") ||
            (CUE_NOUNS.has(tokens[k]?.lower ?? "") && !VENUES.has(tokens[k]?.lower ?? ""))
          )
            break;
          k++;
        }
        if (tokens[k]?.lower === "that") c = k;
        else if (tokens[k]?.text === "," && !mask[k + 1]) c = k + 1;
        // another cue further on owns this sentence ("pushed back against the claims by X that …")
        else if (
          (CUE_NOUNS.has(tokens[k]?.lower ?? "") && !VENUES.has(tokens[k]?.lower ?? "")) ||
          cueOf(tokens[k]?.lower ?? "")
        )
          continue;
      }
      const hasThat = tokens[c]?.lower === "that";
      if (hasThat) c++;
      let quoteSoon = false;
      for (let k = c; k < Math.min(s.last, c + 5); k++) if (mask[k]) quoteSoon = true;
      // stance verbs count with a named, pronoun or described subject ("The government refused …")
      const named = speaker !== null;
      const stance = STANCE_CUES.has(cue.base) || WEAK_CUES.has(cue.base);
      if (stance && !hasThat && !quoteSoon && !named) {
        if (speaker) events.push({ at: t.start, paragraph: s.paragraph, speaker, cue: { start: t.start, end: t.end } });
        continue;
      }
      if (!speaker) {
        // "…, said X." / "…, X said." at the end of the sentence: content is what came before
        tailForm(doc, s, i, anon, mask, stopAtQuotes, claims);
        continue;
      }
      events.push({ at: t.start, paragraph: s.paragraph, speaker, cue: { start: t.start, end: t.end } });
      const end = contentEnd(tokens, c, s, mask, stopAtQuotes);
      if (end <= c || mask[c]) {
        // content right after the cue that opens with a quote: a direct quote, handled elsewhere
        if (end <= c) tailForm(doc, s, i, anon, mask, stopAtQuotes, claims, speaker);
        continue;
      }
      if (
        wordsBetween(tokens, c, end) <
        (hasThat
          ? 3
          : cue.base === "say" || cue.base === "tell"
            ? 3
            : stance
              ? tokens[c]?.lower === "to"
                ? 3
                : 2
              : MIN_WORDS)
      ) {
        const si = speakerIndex(tokens, speaker);
        const relative = /^(?:who|which)$/.test(tokens[si]?.lower ?? "");
        if (!relative && (tokens[i - 1]?.text === "," || tokens[si - 1]?.text === ","))
          tailForm(doc, s, i, anon, mask, stopAtQuotes, claims, speaker);
        continue;
      }
      const claim: DraftClaim = {
        start: (tokens[c] as Token).start,
        end: (tokens[end - 1] as Token).end,
        kind: hasQuote(mask, c, end) ? "mixed" : "indirect",
        cue: { start: t.start, end: t.end },
        speaker,
        rule: "cue-clause",
      };
      if (via !== undefined) claim.via = via;
      claims.push(claim);
    }
  }
  return { claims, events };
}

function speakerIndex(tokens: Token[], speaker: SpeakerRef): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < speaker.start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adjectives that report a stance when followed by "that" ("was adamant that", "made clear that"). */
const STANCE_ADJECTIVES = new Set([
  "clear",
  "adamant",
  "convinced",
  "sure",
  "confident",
  "certain",
  "aware",
  "optimistic",
  "hopeful",
  "worried",
  "concerned",
  "skeptical",
  "sceptical",
  "insistent",
  "firm",
  "emphatic",
  "doubtful",
  "unaware",
  "mindful",
]);

/**
 * "He bemoaned that …", "She was adamant that …", "Emanuel made clear that …": any verb (or
 * stance adjective) right before "that", with a named or pronoun subject, reports a claim.
 */
function thatClause(
  doc: AnalyzedText,
  s: Sentence,
  i: number,
  mask: Uint8Array,
  stopAtQuotes: Set<number>,
  anon: AnonymousMemory,
  claims: DraftClaim[],
) {
  const { tokens } = doc;
  const t = tokens[i] as Token;
  if (tokens[i + 1]?.lower !== "that" || t.cap) return;
  const adjective = STANCE_ADJECTIVES.has(t.lower);
  if (!adjective && !/(?:ed|[^s]s)$/.test(t.lower)) return;
  let left = i - 1;
  if (adjective) {
    // "was adamant", "made clear", "is convinced"
    if (!/^(?:is|was|are|were|be|been|made|makes|make|remained|remains|seemed|felt)$/.test(tokens[left]?.lower ?? ""))
      return;
    left--;
  }
  const end0 = skipAuxLeft(tokens, left, s.index);
  if (end0 < s.first) return;
  const speaker = speakerEndingAt(doc, end0, anon);
  if (!speaker || speaker.anonymous !== undefined) return;
  const c = i + 2;
  const end = contentEnd(tokens, c, s, mask, stopAtQuotes);
  if (wordsBetween(tokens, c, end) < 3) return;
  claims.push({
    start: (tokens[c] as Token).start,
    end: (tokens[end - 1] as Token).end,
    kind: hasQuote(mask, c, end) ? "mixed" : "indirect",
    cue: { start: t.start, end: t.end },
    speaker,
    rule: "verb-that",
  });
}

/** Skips the listener of "told (the Associated Press|reporters|him)". */
function skipObject(doc: AnalyzedText, from: number, s: Sentence): number {
  const { tokens } = doc;
  let k = from;
  const m = doc.mentionByFirstToken.get(k) ?? doc.mentionByFirstToken.get(k + 1);
  if (m && m.first <= k + 1) return m.last;
  while (k < s.last && k - from < 4) {
    const t = tokens[k] as Token;
    if (t.lower === "that" || t.kind !== "word") break;
    k++;
    if (/^(reporters|him|her|them|us|me|journalists|supporters|voters|listeners|viewers|audience|crowd)$/.test(t.lower))
      return k;
  }
  return from;
}

/**
 * The subject of the clause a participle cue belongs to ("Albright urged women to vote for Clinton,
 * saying …" → Albright): the first name or pronoun of the sentence after an opening phrase, else
 * the nearest one before the cue.
 */
function subjectBefore(doc: AnalyzedText, s: Sentence, i: number, anon: AnonymousMemory): SpeakerRef | null {
  const { tokens } = doc;
  let start = s.first;
  // "Speaking at a town hall in Salem, Trump …": skip an opening phrase
  const first = tokens[s.first];
  if (first && (NP_BOUNDARY.has(first.lower) || /ing$/.test(first.lower) || first.lower === "after")) {
    let k = s.first;
    while (k < i && tokens[k]?.text !== ",") k++;
    if (k < i) start = k + 1;
  }
  // the first person or pronoun of the clause (places and organizations in an opening phrase are skipped)
  for (let k = start; k < Math.min(i, start + 6); k++) {
    const t = tokens[k] as Token;
    const m = doc.mentionByFirstToken.get(k);
    if (m && (k === start || doc.entities.clusters[m.cluster]?.type === "Person")) {
      const ref = speakerEndingAt(doc, m.last - 1, anon);
      if (ref) return ref;
    }
    if (PRONOUNS[t.lower] && t.lower !== "it") return resolveNounPhrase(doc, k, k, anon);
  }
  for (let k = i - 1; k >= s.first; k--) {
    const t = tokens[k] as Token;
    const m = doc.mentionByLastToken.get(k);
    if (m && doc.entities.clusters[m.cluster]?.type === "Person") return speakerEndingAt(doc, k, anon);
    if (PRONOUNS[t.lower] && t.lower !== "it") return resolveNounPhrase(doc, k, k, anon);
  }
  let k = s.first;
  while (k < i && k - s.first < 6 && tokens[k]?.kind === "word" && !NP_BOUNDARY.has(tokens[k]?.lower ?? "")) k++;
  if (k > s.first) return resolveNounPhrase(doc, s.first, k - 1, anon);
  return null;
}

/** "CONTENT, X said." / "CONTENT, said X." / "CONTENT, he added." */
function tailForm(
  doc: AnalyzedText,
  s: Sentence,
  i: number,
  anon: AnonymousMemory,
  mask: Uint8Array,
  stopAtQuotes: Set<number>,
  claims: DraftClaim[],
  known?: SpeakerRef | null,
): boolean {
  const { tokens } = doc;
  const t = tokens[i] as Token;
  // the cue must end the sentence (apart from the speaker and a few words)
  let k = i + 1;
  let speaker = known ?? null;
  let speakerStart = i;
  if (!speaker) {
    speaker = speakerStartingAt(doc, k, anon);
    if (!speaker) return false;
  } else {
    // speaker came from the left: find where the speaker phrase starts
    const at = tokenAtOrAfter(tokens, speaker.start);
    const st = tokens[at]?.start === speaker.start ? at : -1;
    if (st >= 0) speakerStart = st;
  }
  while (k < s.last && (tokens[k] as Token).start < speaker.end) k++;
  // "…, said Steven Taylor, a chairman …" — the speaker closes the clause; "said the heat could …" does not
  if (!known) {
    const next = tokens[k];
    if (next && next.sentence === s.index && !/^[.,;:!?(]$/.test(next.text) && !SPEAKER_FOLLOWERS.has(next.lower))
      return false;
  }
  const after = s.last - k;
  // ", X said." — with the speaker on the left the cue must (nearly) end the sentence
  if (after > (known ? 4 : 12)) return false;
  // content: from the sentence start to the comma before the speaker/cue
  const left = Math.min(speakerStart, i);
  let comma = left - 1;
  while (comma > s.first && /^[,]$/.test(tokens[comma]?.text ?? "") === false) comma--;
  if (comma !== left - 1) return false;
  let first = s.first;
  while (first < comma && mask[first]) first++;
  // "CAMBRIDGE, Mass. (UPI) — Young democrats are …, a new poll indicates": content starts after the dash
  for (let k2 = comma - 1; k2 > first; k2--) {
    if (!mask[k2] && CLAUSE_CUT.has(tokens[k2]?.text ?? "")) {
      first = k2 + 1;
      break;
    }
  }
  if (mask[first] || first >= comma) return false;
  const end = contentEnd(tokens, first, s, mask, stopAtQuotes);
  const stop = Math.min(end, comma);
  if (wordsBetween(tokens, first, stop) < MIN_WORDS) return false;
  claims.push({
    start: (tokens[first] as Token).start,
    end: (tokens[stop - 1] as Token).end,
    kind: hasQuote(mask, first, stop) ? "mixed" : "indirect",
    cue: { start: t.start, end: t.end },
    speaker,
    rule: "cue-tail",
  });
  return true;
}

/** "According to X, CONTENT." and "CONTENT, according to X." */
function according(
  doc: AnalyzedText,
  s: Sentence,
  i: number,
  mask: Uint8Array,
  stopAtQuotes: Set<number>,
  anon: AnonymousMemory,
  claims: DraftClaim[],
) {
  const { tokens } = doc;
  let speaker = speakerStartingAt(doc, i + 2, anon);
  const cue = { start: (tokens[i] as Token).start, end: (tokens[i + 1] as Token).end };
  let k = i + 2;
  while (k < s.last && tokens[k]?.text !== ",") k++;
  // "according to early results of exit polls conducted for …": the whole phrase is the source
  const phraseEnd = Math.min(k, s.last) - 1;
  if ((!speaker || speaker.end < (tokens[phraseEnd]?.end ?? 0) - 40) && phraseEnd >= i + 2) {
    let e = phraseEnd;
    while (e > i + 2 && /^[.,;:!?]$/.test(tokens[e]?.text ?? "")) e--;
    const from = tokens[i + 2] as Token;
    const to = tokens[e] as Token;
    if (!speaker) speaker = { start: from.start, end: to.end, anonymous: doc.text.slice(from.start, to.end) };
  }
  if (i === s.first || (i === s.first + 1 && tokens[s.first]?.kind !== "word")) {
    const c = k + 1;
    const end = contentEnd(tokens, c, s, mask, stopAtQuotes);
    if (wordsBetween(tokens, c, end) < MIN_WORDS) return;
    claims.push({
      start: (tokens[c] as Token).start,
      end: (tokens[end - 1] as Token).end,
      kind: hasQuote(mask, c, end) ? "mixed" : "indirect",
      cue,
      speaker,
      rule: "according-to-front",
    });
    return;
  }
  let stop = i;
  while (stop > s.first && tokens[stop - 1]?.text === ",") stop--;
  let first = s.first;
  while (first < stop && tokens[first]?.kind === "punct") first++;
  if (wordsBetween(tokens, first, stop) < MIN_WORDS) return;
  claims.push({
    start: (tokens[first] as Token).start,
    end: (tokens[stop - 1] as Token).end,
    kind: hasQuote(mask, first, stop) ? "mixed" : "indirect",
    cue,
    speaker,
    rule: "according-to-back",
  });
}

/** "the claims first made by the Washington Post that …", "Trump’s claim that …", "the reason cited by X was that …" */
function nounCue(
  doc: AnalyzedText,
  s: Sentence,
  i: number,
  mask: Uint8Array,
  stopAtQuotes: Set<number>,
  anon: AnonymousMemory,
  claims: DraftClaim[],
) {
  const { tokens } = doc;
  let speaker: SpeakerRef | null = null;
  let that = -1;
  for (let k = i + 1; k < s.last && k - i < 12; k++) {
    const t = tokens[k] as Token;
    if (mask[k] || t.kind === "punct") break;
    if (t.lower === "by" && !speaker) speaker = speakerStartingAt(doc, k + 1, anon);
    if (t.lower === "that") {
      that = k;
      break;
    }
  }
  if (that < 0) return;
  if (!speaker && tokens[i - 1] && /^['’]s$/.test(tokens[i - 1]?.text ?? ""))
    speaker = speakerEndingAt(doc, i - 2, anon);
  if (!speaker) return;
  const c = that + 1;
  const end = contentEnd(tokens, c, s, mask, stopAtQuotes);
  if (wordsBetween(tokens, c, end) < MIN_WORDS) return;
  const t = tokens[i] as Token;
  claims.push({
    start: (tokens[c] as Token).start,
    end: (tokens[end - 1] as Token).end,
    kind: hasQuote(mask, c, end) ? "mixed" : "indirect",
    cue: { start: t.start, end: t.end },
    speaker,
    rule: "cue-noun",
  });
}
