import type { AnalyzedText } from "../document.js";
import { tokenAtOrAfter } from "../document.js";
import { resolveSourcePronoun } from "../entities/pronouns.js";
import type { Mention } from "../entities/types.js";
import { cueOf, QUOTE_CUES, QUOTE_TAIL_ONLY } from "../lexicon/cues.js";
import { OBJECT_PRONOUNS } from "../lexicon/function-words.js";
import type { QuoteSpan } from "../quotes/scan.js";
import type { Token } from "../text/tokens.js";
import { namesInDescribingClause } from "./naming.js";
import { type AnonymousMemory, fromMention, skipAuxLeft, speakerEndingAt, speakerStartingAt } from "./speaker.js";
import type { DraftClaim, SpeakerRef } from "./types.js";
import { viaAfter } from "./via.js";

export interface Attribution {
  speaker: SpeakerRef | null;
  cue: { start: number; end: number };
  cueIndex: number;
  via?: number;
}

function isQuoteCue(t: Token | undefined, tail = false): boolean {
  if (t?.kind !== "word") return false;
  if (tail && QUOTE_TAIL_ONLY.has(t.lower)) return true;
  const cue = cueOf(t.lower);
  return cue !== undefined && QUOTE_CUES.has(cue.base);
}

/** "…,” Dunn said." / "…,” said Peter Roberts, …" / "…,” Figueroa told USA Today." */
export function tailAttribution(doc: AnalyzedText, q: QuoteSpan, anon: AnonymousMemory): Attribution | null {
  if (q.close < 0) return null;
  const { tokens } = doc;
  let i = tokenAtOrAfter(tokens, q.close + 1);
  // ("…, 'We'll bomb them,''' said McCain": the nested quote's own mark after the two that close the quote)
  if (tokens[i]?.text === "'" && tokens[i]?.start === q.close + 2) i++;
  while (tokens[i]?.text === ",") i++;
  const first = tokens[i];
  if (!first || first.start >= (doc.paragraphs[q.paragraph]?.end ?? 0)) return null;
  // "… “you die by the pen.” He added …": a quote that ends its sentence inside the marks and
  // opened mid-sentence belongs to the words before it, not to the next sentence
  if (/[.]\s*$/.test(doc.text.slice(q.start, q.close)) && first.cap && opensMidSentence(doc, q)) return null;
  // ('dismissed the raise as “too little,” saying officers in Georgia …': a participle never inverts its speaker;
  // what follows it is its own clause)
  if (isQuoteCue(first, true) && /[a-z]ing$/.test(first.lower)) return null;
  if (isQuoteCue(first, true)) {
    let s = i + 1;
    while (tokens[s] && /^(also|then|later|again)$/.test(tokens[s]?.lower ?? "")) s++;
    const speaker = speakerStartingAt(doc, s, anon);
    if (!speaker) return null;
    return withVia(doc, { speaker, cue: { start: first.start, end: first.end }, cueIndex: i }, speaker);
  }
  // "“…,” though she noted she has …": a new clause after the quote, not its attribution
  if (CLAUSE_OPENERS_AFTER_QUOTE.has(first.lower)) return null;
  // "… had “serious questions to answer” and that she had asked …": a second complement of the verb before
  if (first.lower === "and" && tokens[i + 1]?.lower === "that") return null;
  // "… has long maintained that the process is “rigged for insiders,” and on Wednesday night he wrote …": a quote
  // inside a clause, then a clause of its own after "and"
  const midSentence = opensMidSentence(doc, q);
  if (first.lower === "and" && midSentence) return null;
  // "… said Democrats would supply “every vote we have” for a bill … the version Voss wrote.": a quote inside a
  // clause, no comma or stop in or after it, has its attribution right after it or none
  const embedded = midSentence && !/[,.!?]\s*$/.test(doc.text.slice(q.start, q.close)) && tokens[i - 1]?.text !== ",";
  for (let k = i; k < tokens.length && k - i < 24; k++) {
    const t = tokens[k] as Token;
    // ("Sen. Marco Rubio (R-Fla.) said": a period inside the speaker's parenthesis is no sentence end, nor
    // is an abbreviation's before a comma: "Donald Trump Jr., the candidate's son, said")
    // ("…,” Mayor Clarence “Buddy” Thibodeaux said": a nickname's marks inside the speaker's name are no quote)
    if ((t.kind === "quote" && !insideNickname(doc, k)) || t.sentence !== first.sentence || t.text === ";") return null;
    if (t.text === "." && tokens[k + 1]?.text !== ")" && tokens[k + 1]?.text !== ",") return null;
    // "“…,” the statement quoted him as saying": the one quoted is the speaker
    if (t.lower === "saying" && tokens[k - 1]?.lower === "as" && k - 2 > i) {
      const speaker = quotedAsSaying(doc, k - 2, anon);
      if (speaker) return withVia(doc, { speaker, cue: { start: t.start, end: t.end }, cueIndex: k }, speaker);
    }
    if (isQuoteCue(t, true) && k > i) {
      // ("“…,” one Democratic senator who had lobbied for Kitteridge said": the relative clause's antecedent
      // speaks, not the one it names)
      // (a restrictive one only: ", who heads the station," after a name is the name's aside)
      let who = i + 1;
      while (who < k && tokens[who]?.lower !== "who") who++;
      // (not one set off after a name: "“…,” Dr. Lena Voss, the assistant inspector general who led the review, told
      // NPR" — the name before the description speaks, 2026-12-07)
      const setOff = tokens[k - 1]?.text === "," && tokens.slice(i + 1, who).some((w) => w.text === ",");
      const restrictive = who < k && tokens[who - 1]?.text !== "," && !setOff;
      const end = restrictive ? who - 1 : skipAuxLeft(tokens, k - 1, t.sentence);
      const speaker = speakerEndingAt(doc, end, anon);
      if (!speaker || speaker.start < first.start || (embedded && speaker.start > first.start)) return null;
      return withVia(doc, { speaker, cue: { start: t.start, end: t.end }, cueIndex: k }, speaker);
    }
  }
  return null;
}

/** Whether token k is inside a person's mention that holds a nickname in quotation marks. */
function insideNickname(doc: AnalyzedText, k: number): boolean {
  return doc.entities.mentions.some((m) => m.nickname !== undefined && m.first < k && k < m.last);
}

/** Conjunctions that open a clause of their own right after a quotation. */
const CLAUSE_OPENERS_AFTER_QUOTE = new Set(["though", "although", "while", "whereas", "because", "but", "since", "if"]);

/** The one quoted in "… quoted him as saying" / "… quoted Rotich as saying", ending at token `end`. */
export function quotedAsSaying(doc: AnalyzedText, end: number, anon: AnonymousMemory): SpeakerRef | null {
  const t = doc.tokens[end] as Token;
  const gender = OBJECT_PRONOUNS.get(t.lower);
  if (gender) {
    const c = resolveSourcePronoun(doc, t.start, gender);
    return c ? { start: t.start, end: t.end, cluster: c.id } : { start: t.start, end: t.end };
  }
  return speakerEndingAt(doc, end, anon);
}

/**
 * True when the quote opens after words of its own sentence ("Cruz says that “…"), or after the comma or colon
 * of an attribution inside it (“The people of Vaigai Nagar,” he said, “will give …”).
 */
function opensMidSentence(doc: AnalyzedText, q: QuoteSpan): boolean {
  const { tokens } = doc;
  const open = tokenAtOrAfter(tokens, q.open);
  const before = tokens[open - 1];
  if (before === undefined || before.sentence !== tokens[open]?.sentence) return false;
  return before.kind === "word" || ((before.text === "," || before.text === ":") && tokens[open - 2]?.kind === "word");
}

function withVia(doc: AnalyzedText, a: Attribution, _speaker: SpeakerRef): Attribution {
  const via = viaAfter(doc, a.cueIndex);
  if (via !== undefined) a.via = via;
  return a;
}

/** "Stephanie Carvin, …, said, “…”" / "Caddell continued: “…”" / "…, adding: “…”" */
export function headAttribution(doc: AnalyzedText, q: QuoteSpan, anon: AnonymousMemory): Attribution | null {
  const { tokens } = doc;
  let j = tokenAtOrAfter(tokens, q.open) - 1;
  // a two-apostrophe mark ('') is one token that starts before `open`
  while (j >= 0 && (tokens[j] as Token).end > q.open) j--;
  const open = tokens[j + 1];
  while (j >= 0 && (tokens[j]?.text === "," || tokens[j]?.text === ":")) j--;
  const t = tokens[j];
  if (!t || !open || t.sentence !== open.sentence) {
    // a colon at the end of the previous sentence is fine too ("Caddell continued:")
    if (!t || tokens[j + 1]?.text !== ":" || t.start < (doc.paragraphs[q.paragraph]?.start ?? 0)) return null;
  }
  if (!cueOf(t.lower)) {
    // "He said of Congress: “…”", "Trump told reporters about the wall: “…”"
    const colon = tokens[j + 1]?.text === ":";
    // "Bush: “The mission is to destroy ISIS.”", "- Mark Blumenthal and Jon Cohen: “…”", "More from Jones: “…”"
    const named = colon ? namedBeforeColon(doc, j) : undefined;
    const colonToken = tokens[j + 1] as Token;
    if (named)
      return {
        speaker: fromMention(doc, named),
        cue: { start: colonToken.start, end: colonToken.end },
        cueIndex: j + 1,
      };
    for (let k = j - 1; colon && k >= 0 && j - k <= 5; k--) {
      const w = tokens[k] as Token;
      if (w.kind !== "word" || w.sentence !== t.sentence) break;
      // ("Marek Zieliński … told Reuters: “…”": the one told, then the colon, newsdev61)
      const told = cueOf(w.lower)?.base === "tell" && !w.cap;
      if (cueOf(w.lower) && (told || /^(?:of|about|to|on)$/.test(tokens[k + 1]?.lower ?? ""))) {
        const speaker = speakerEndingAt(doc, skipAuxLeft(tokens, k - 1, w.sentence), anon);
        const a = { speaker, cue: { start: w.start, end: w.end }, cueIndex: k };
        return told && speaker ? withVia(doc, a, speaker) : a;
      }
    }
    return null;
  }
  const speaker = speakerEndingAt(doc, skipAuxLeft(tokens, j - 1, t.sentence), anon);
  // "… wrote on X that the ruling confirmed “what families … have known”": the verb before the quote is inside
  // what an earlier cue reports (its subject follows that cue's "that"); the quote belongs to that report
  if (speaker && insideReportedClause(tokens, tokenAtOrAfter(tokens, speaker.start), t.sentence)) return null;
  return { speaker, cue: { start: t.start, end: t.end }, cueIndex: j };
}

/**
 * "a record it called “a blank check for law enforcement.”", "what it called “political training …”": a quote a
 * naming cue opens in a clause that describes a noun — a name given, no claim, nor a quote of the paragraph's speaker.
 */
export function namingQuote(doc: AnalyzedText, q: QuoteSpan): boolean {
  const { tokens } = doc;
  let j = tokenAtOrAfter(tokens, q.open) - 1;
  while (j >= 0 && (tokens[j] as Token).end > q.open) j--;
  const t = tokens[j];
  return t !== undefined && QUOTE_NAMING_CUES.has(cueOf(t.lower)?.base ?? "") && namesInDescribingClause(tokens, j);
}

/** Cues that name a thing rather than report words ("called", "dubbed", "termed"). */
const QUOTE_NAMING_CUES: ReadonlySet<string> = new Set(["call", "dub", "term", "label", "describe"]);

/** How far before a clause's subject the cue whose "that" opens it may stand ("wrote on X that"). */
const MAX_CUE_BEFORE_THAT = 4;

/** The clause whose subject starts at token `first` is a "that" complement of a cue before it in the sentence. */
function insideReportedClause(tokens: readonly Token[], first: number, sentence: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower !== "that") return false;
  for (k--; k >= 0 && first - 1 - k <= MAX_CUE_BEFORE_THAT; k--) {
    const w = tokens[k] as Token;
    if (w.sentence !== sentence || w.kind !== "word") return false;
    if (!w.cap && cueOf(w.lower)) return true;
  }
  return false;
}

/** Words that may open the line before "Name: “…”" ("More from Jones:", "- Jon Cohen:"). */
const NAME_COLON_OPENERS = new Set(["-", "—", "–", "from", "and", "by"]);

/**
 * A person named right before a colon that opens a quote, as the line's first words or after a
 * dash, "from" or another name and "and": the one quoted.
 */
function namedBeforeColon(doc: AnalyzedText, last: number): Mention | undefined {
  const m = doc.mentionByLastToken.get(last);
  if (!m || doc.entities.clusters[m.cluster]?.type !== "Person") return undefined;
  const before = doc.tokens[m.first - 1];
  const opensLine =
    !before || before.sentence !== doc.tokens[m.first]?.sentence || /\n/.test(doc.text.slice(before.end, m.start));
  return opensLine || NAME_COLON_OPENERS.has(before.lower) ? m : undefined;
}

export function directClaim(q: QuoteSpan, a: Attribution, rule: string): DraftClaim {
  const claim: DraftClaim = { start: q.start, end: q.end, kind: "direct", cue: a.cue, speaker: a.speaker, rule };
  if (a.via !== undefined) claim.via = a.via;
  return claim;
}
