import type { AnalyzedText } from "../document.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import type { DraftClaim } from "./types.js";

/**
 * "Pat Caddell: Democrat Voters Worried About …" — a paragraph that opens with a name and a
 * colon attributes the rest of the paragraph (or sentence) to that name (headlines, interview
 * transcripts).
 */
export function colonClaims(doc: AnalyzedText): DraftClaim[] {
  const claims: DraftClaim[] = [];
  for (const s of doc.sentences) {
    const claim = nameColon(doc, s) ?? headlineSource(doc, s);
    if (claim) claims.push(claim);
  }
  return claims;
}

/** "Pat Caddell: Democrat Voters Worried About …": a sentence that opens with a known name and a colon. */
function nameColon(doc: AnalyzedText, s: Sentence): DraftClaim | null {
  const { tokens } = doc;
  const m = doc.mentionByFirstToken.get(s.first);
  if (!m || m.start !== (tokens[s.first] as Token).start) return null;
  // "Lynch: …", "Clinton camp: …", "Trump aide: …"
  let colonAt = m.last;
  while (colonAt < s.last && colonAt - m.last < 2 && tokens[colonAt]?.text !== ":" && tokens[colonAt]?.kind === "word")
    colonAt++;
  const colon = tokens[colonAt];
  if (colon?.text !== ":" || colon.sentence !== s.index) return null;
  const c = colonAt + 1;
  if (c >= s.last) return null;
  const paragraph = doc.paragraphs[s.paragraph];
  if (!paragraph) return null;
  const first = tokens[c] as Token;
  if (first.kind === "quote") return null;
  const end = s.paragraph === (tokens[s.last - 1] as Token).sentence ? s.end : Math.min(paragraph.end, s.end);
  if (end - first.start < 15) return null;
  const claim: DraftClaim = {
    start: first.start,
    end: end,
    kind: "indirect",
    cue: { start: colon.start, end: colon.end },
    speaker: { start: m.start, end: (tokens[colonAt - 1] as Token).end, cluster: m.cluster },
    rule: "name-colon",
  };
  return claim;
}

/**
 * "Issa: Hillary Clinton’s ‘Honesty Is In Question.’" — a headline's one-word source the tagger did
 * not read as a name, that is the surname of a person the article names in full ("Rep. Darrell Issa").
 */
function surnameCluster(doc: AnalyzedText, word: Token, words: number): number | undefined {
  if (words !== 1 || !word.cap) return undefined;
  const key = word.lower;
  for (const m of doc.entities.mentions) {
    if (m.last - m.first < 2 || doc.entities.clusters[m.cluster]?.type !== "Person") continue;
    if (doc.tokens[m.last - 1]?.lower === key) return m.cluster;
  }
  return undefined;
}

/** Longest source before a headline's colon: "Former AG Mukasey at RNC", "CNN President On Trump". */
const MAX_HEADLINE_SOURCE = 6;
/** Who may be a headline's source without a name: "Poll: …", "Insiders: …", "Historians: …". */
const HEADLINE_SOURCE_NOUNS = new Set(
  `poll polls survey study report reports newspaper insiders historians experts analysts economists scientists
  officials sources critics aides advisers advisors democrats republicans voters lawmakers senators governors
  officers police prosecutors investigators researchers doctors`.split(/\s+/),
);
/** Lower-case words that may stand inside a headline's source ("Clinton to Planned Parenthood"). */
const SOURCE_LINKS = new Set(["at", "to", "on", "of", "in", "and", "the", "for"]);

/**
 * "Poll: Trump and Clinton hold narrow leads in Pennsylvania.", "Insiders: Trump will rebound …",
 * "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade." — the article's first line, a
 * headline whose source is named before a colon, though not a name the tagger knows.
 */
function headlineSource(doc: AnalyzedText, s: Sentence): DraftClaim | null {
  const { tokens } = doc;
  const paragraph = doc.paragraphs[s.paragraph];
  const first = tokens[s.first];
  if (s.paragraph !== 0 || !paragraph || !first || first.start !== paragraph.start || !first.cap) return null;
  let colonAt = s.first;
  while (colonAt < s.last && colonAt - s.first <= MAX_HEADLINE_SOURCE && tokens[colonAt]?.text !== ":") {
    const t = tokens[colonAt] as Token;
    if (t.kind !== "word" || !(t.cap || SOURCE_LINKS.has(t.lower))) return null;
    colonAt++;
  }
  const colon = tokens[colonAt];
  const c = colonAt + 1;
  if (colon?.text !== ":" || colonAt === s.first || c >= s.last) return null;
  const content = tokens[c] as Token;
  const end = Math.min(paragraph.end, s.end);
  if (content.kind === "quote" || end - content.start < 15) return null;
  // a person named in it ("Clinton to Planned Parenthood"), or a source noun ("Poll", "Insiders"); not a
  // label ("The Latest", "Breaking", "BYLINE")
  const cluster =
    doc.entities.mentions.find(
      (x) => x.first >= s.first && x.last <= colonAt && doc.entities.clusters[x.cluster]?.type === "Person",
    )?.cluster ?? surnameCluster(doc, tokens[colonAt - 1] as Token, colonAt - s.first);
  if (cluster === undefined && !HEADLINE_SOURCE_NOUNS.has((tokens[colonAt - 1] as Token).lower)) return null;
  const from = (first as Token).start;
  const to = (tokens[colonAt - 1] as Token).end;
  return {
    start: content.start,
    end,
    kind: "indirect",
    cue: { start: colon.start, end: colon.end },
    speaker:
      cluster !== undefined
        ? { start: from, end: to, cluster }
        : { start: from, end: to, anonymous: doc.text.slice(from, to) },
    rule: "headline-colon",
  };
}

/** Longest first line still read as a headline. */
const MAX_HEADLINE = 200;

/**
 * The headline, when the text opens with one: a first line of at most 200 characters that does not
 * end a sentence (no final ".", "!", "?" before closing quotes) and is set off by a blank line
 * ("Kenya confirms cholera outbreak around Kisumu as cases pass 400", then the dateline). Undefined
 * otherwise. The project's gold counts no claim in it (gold/newsdev/README.md); PolNeAR does.
 */
export function headlineSpan(
  doc: Pick<AnalyzedText, "text" | "paragraphs">,
): { start: number; end: number } | undefined {
  const [first, second] = doc.paragraphs;
  if (!first || !second || first.end - first.start > MAX_HEADLINE) return undefined;
  const line = doc.text.slice(first.start, first.end);
  if (/[.!?…]["'”’)\]]*$/u.test(line)) return undefined;
  const gap = doc.text.slice(first.end, second.start);
  if ((gap.match(/\n/g) ?? []).length < 2) return undefined;
  return { start: first.start, end: first.end };
}
