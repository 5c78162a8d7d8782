import { type AnalyzedText, tokenAtOrAfter } from "../document.js";
import { cueOf, QUOTE_CUES } from "../lexicon/cues.js";
import { partitionPoint } from "../partition-point.js";
import type { DraftClaim } from "./types.js";

/** The cues of a speaker whose words an "according to" source passes on ("X said …, according to ČTK"). */
const SAID: ReadonlySet<string> = new Set(["say", "tell"]);

/** Kinds of organization that report what others said ("…, the German news agency dpa reported"). */
const REPORTER_KINDS: ReadonlySet<string> = new Set(["media"]);
/** Words of a medium's name no lexicon typed ("JoyNews", "the state-run National News Agency (NNA)"; "the Namibian
 * Broadcasting Corporation (NBC)", 2026-12-07, newsdev68). */
const MEDIUM_NAME = /News|Press|Radio|Television|Broadcasting|\bTV\b|\bFM\b/;

/** An organization that reports: a medium by its kind, or by a word of its name. */
function isReporter(c: { type: string; kind?: string; name: string; country?: unknown } | undefined): boolean {
  return c?.type === "Organization" && !c.country && (REPORTER_KINDS.has(c.kind ?? "") || MEDIUM_NAME.test(c.name));
}

/** Nouns that describe a medium right before its name ("the newspaper Dawn", "the broadcaster NRK"). */
const MEDIUM_NOUNS = /^(?:newspaper|daily|tabloid|broadcaster|station|outlet|site|channel|magazine|weekly)$/;

/**
 * Whether cluster `id` is a medium by the description the article writes right before one of its mentions: "the
 * state news agency Agerpres", "the broadcaster NRK" (a name the tagger typed an organization of no kind, 2026-12-07,
 * newsdev68).
 */
function describedMedium(doc: AnalyzedText, id: number | undefined): boolean {
  const c = id === undefined ? undefined : doc.entities.clusters[id];
  if (c?.type !== "Organization" || c.country) return false;
  return c.mentions.some((m) => {
    const noun = doc.tokens[m.first - 1]?.lower ?? "";
    return MEDIUM_NOUNS.test(noun) || (noun === "agency" && doc.tokens[m.first - 2]?.lower === "news");
  });
}

/**
 * "Wiesenthal-Kröger said on Tuesday that …, the German news agency dpa reported.": a medium's report whose
 * content opens with a claim of someone else's (its speaker's mention right at the content's start) is that
 * claim, carried by the medium (its `via`); the medium's own wrapper is dropped — and where no wrapper was
 * found, the medium still carries the claim. In the quotation unit, where claims do not nest (PolNeAR, which
 * nests them, keeps both).
 */
export function reportedBy(doc: AnalyzedText, claims: DraftClaim[]): DraftClaim[] {
  const dropped = new Set<DraftClaim>();
  // the claims by start, each with its place in `claims`: an outer claim's candidates are found by a binary search
  // and a walk over its own span, not by a scan of every claim (a document's "according to" sentences would make
  // that quadratic)
  const order = new Map(claims.map((x, k) => [x, k] as const));
  const byStart = [...claims].sort((a, b) => a.start - b.start);
  const within = (outer: DraftClaim): DraftClaim[] => {
    const found: DraftClaim[] = [];
    for (
      // (from the claims that start with it: a tail attribution inside an "according to" claim, `tailInside`)
      let k = partitionPoint(byStart.length, (j) => (byStart[j] as DraftClaim).start < outer.start);
      k < byStart.length && (byStart[k] as DraftClaim).start < outer.end;
      k++
    )
      found.push(byStart[k] as DraftClaim);
    // (in the claims' own order, as a scan of them all would meet them)
    return found.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  };
  for (const outer of claims) {
    const reporter = outer.speaker?.cluster;
    const c = reporter === undefined ? undefined : doc.entities.clusters[reporter];
    // "X said …, according to ČTK.", "…, according to a statement": the source the sentence ends on passes on
    // what the speaker inside said, whoever it is (an outlet no lexicon knows, a document)
    const accordingTo = outer.rule === "according-to-back";
    if (!isReporter(c) && !describedMedium(doc, reporter) && !accordingTo) continue;
    // (the medium's report follows its content: "…, dpa reported"; "claims made by the Post that …" is the Post's)
    if (!outer.rule.endsWith("tail") && !accordingTo) continue;
    const inner = within(outer).find(
      (x) =>
        x !== outer &&
        (x.start > outer.start || tailInside(outer, x)) &&
        x.end <= outer.end &&
        x.speaker !== null &&
        // (after "according to", a speaker the article names, opening the sentence's clause: not "All told,
        // super PACs …", "Some 55 percent of voters said …", "What Romney has said privately …")
        // ("The government will pay …, X said on Sunday, according to Fijivillage.": the speaker's tail attribution
        // inside, its content the outer's opening, 2026-12-08, newsdev87)
        (tailInside(outer, x) ||
          ((!accordingTo || namedOpening(doc, outer.start, x.speaker)) &&
            (leadsToSpeaker(doc, outer.start, x.speaker.start) ||
              opensWithDescription(doc, outer.start, x.speaker.start)))) &&
        (x.speaker.cluster !== reporter || accordingTo) &&
        // (said, told, wrote: not "revealed", "decided", which the medium reports as facts; after "according to",
        // said or told alone: "X wrote 118 checks …, according to court documents" is the documents' claim)
        x.cue !== undefined &&
        (accordingTo ? SAID : QUOTE_CUES).has(cueOf(doc.text.slice(x.cue.start, x.cue.end).toLowerCase())?.base ?? ""),
    );
    if (!inner) continue;
    // (an organization carries it, not a person or a country: "…, according to Smith" names a witness)
    // (the source an authorless document's sentence names is the speaker's own: no one carries it)
    if (reporter !== undefined && reporter !== inner.speaker?.cluster && c?.type === "Organization" && !c.country)
      inner.via = reporter;
    dropped.add(outer);
  }
  const kept = dropped.size === 0 ? claims : claims.filter((x) => !dropped.has(x));
  // "… that he would not withdraw it, the German news agency dpa reported.": the medium the sentence ends on
  // carries a claim of someone else's that no report of the medium's own wraps
  for (const x of kept) {
    if (x.via !== undefined || x.speaker === null) continue;
    const medium = reportingMediumAfter(doc, x.end);
    if (medium !== undefined && medium !== x.speaker.cluster) x.via = medium;
  }
  return kept;
}

/** Whether `inner` is a tail attribution whose content opens an "according to" claim `outer` ("…, X said, according to"). */
function tailInside(outer: DraftClaim, inner: DraftClaim): boolean {
  return outer.rule === "according-to-back" && inner.rule === "cue-tail" && inner.start === outer.start;
}

/**
 * Whether `speaker` is a person or an organization the article names (not a country: "The vast majority of
 * Americans say …") and no question word stands between `start` and it ("What Romney has said …").
 */
function namedOpening(doc: AnalyzedText, start: number, speaker: NonNullable<DraftClaim["speaker"]>): boolean {
  const c = speaker.cluster === undefined ? undefined : doc.entities.clusters[speaker.cluster];
  if (!c || c.country || (c.type !== "Person" && c.type !== "Organization")) return false;
  return !/^\s*(?:what|which|who|how|why|whether|if)\b/i.test(doc.text.slice(start, speaker.start));
}

/**
 * "The Gyeongnam Provincial Police Agency said …", "Police chief John Smith said …", "On Tuesday the agency
 * said …": the words from `start` to the speaker's mention at `speaker` are at most a few words of the same
 * clause (an article, a role, a day), with no punctuation and no cue word in them.
 */
function leadsToSpeaker(doc: AnalyzedText, start: number, speaker: number): boolean {
  const between = doc.text.slice(start, speaker);
  if (between === "") return true;
  if (!/^[\p{L}\p{N}’'. -]{1,40}\s$/u.test(between)) return false;
  const words = between.trim().split(/\s+/);
  return words.length <= 4 && !words.some((w) => cueOf(w.toLowerCase()) !== undefined);
}

/**
 * "A lawyer for Elektroservis-Yug, Yevhen Moroz, said …": the words from `start` to the speaker's mention at
 * `speaker` are one description set off by a comma (no cue word in it), the speaker its appositive.
 */
function opensWithDescription(doc: AnalyzedText, start: number, speaker: number): boolean {
  const between = doc.text.slice(start, speaker);
  if (!/^[^,.;:"“”]{3,80},\s+$/.test(between)) return false;
  return !between.split(/\s+/).some((w) => cueOf(w.toLowerCase()) !== undefined);
}

/** Words of a medium's report closing a sentence ("…, dpa reported.", "…, the newspaper said."). */
const REPORT_VERBS: ReadonlySet<string> = new Set(["reported", "reports", "said", "says", "wrote", "writes"]);

/**
 * The medium whose report closes the sentence right after offset `end`: a comma, a few words (", the German
 * news agency"), a media organization's mention and a reporting verb, then the sentence's end.
 */
function reportingMediumAfter(doc: AnalyzedText, end: number): number | undefined {
  const { tokens } = doc;
  const k = tokenAtOrAfter(tokens, end);
  if (tokens[k]?.text !== ",") return undefined;
  const sentence = tokens[k]?.sentence;
  for (let j = k + 1; j < k + 8 && tokens[j]?.sentence === sentence; j++) {
    const m = doc.mentionByFirstToken.get(j);
    if (!m) continue;
    const c = doc.entities.clusters[m.cluster];
    const verb = tokens[m.last];
    const close = tokens[m.last + 1];
    if (!isReporter(c) && !describedMedium(doc, m.cluster)) return undefined;
    if (!verb || !REPORT_VERBS.has(verb.lower) || !close || !/^[.!?]$/.test(close.text)) return undefined;
    return m.cluster;
  }
  return undefined;
}
