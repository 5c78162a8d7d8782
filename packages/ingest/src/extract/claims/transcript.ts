import type { AnalyzedText } from "../document.js";
import { tokenAtOrAfter } from "../document.js";
import type { Cluster, Mention } from "../entities/types.js";
import type { Token } from "../text/tokens.js";
import type { DraftClaim, SpeakerRef } from "./types.js";

/** One turn of an interview transcript: its claim and the paragraph it fills. */
export interface TranscriptTurn {
  paragraph: number;
  claim: DraftClaim;
  /** An interviewer's question ("Wikinews: Why did you …?"): a turn that claims nothing, nor do its words. */
  question?: true;
}

/** Speaker labels have one to three words ("PENCE:", "JAKE TAPPER:"). */
const MAX_LABEL_WORDS = 3;

interface Label {
  paragraph: number;
  /** Token indexes: first label word, the colon. */
  first: number;
  colon: number;
  spelled: string;
  /** Written in title case ("Rojas:", "Wikinews:"), as a Wikinews interview writes its turns, not in capitals. */
  titleCase: boolean;
}

/**
 * Interview transcripts: a paragraph that opens with a speaker label in capitals and a colon
 * ("PENCE: Well, look, …", "“WALLACE: If I may, sir, …") is that person's turn, to the end of the
 * paragraph or of the quotation the turn opens. A label counts when it names a person of the
 * article ("PENCE" → Mike Pence, "JAKE TAPPER" → Jake Tapper), or, once the article is a
 * transcript (some label names a person), when it labels two turns or more (the interviewer the
 * article never names otherwise: "WALLACE"). So "VIDEO:", "EXCLUSIVE:" or "BYLINE:" never become
 * speakers. The label is the speaker's mention; the colon is the cue.
 */
export function transcriptClaims(doc: AnalyzedText): TranscriptTurn[] {
  const people = doc.entities.clusters.filter((c) => c.type === "Person");
  if (people.length === 0) return [];
  const labels = doc.paragraphs.map((p) => labelOf(doc, p.index)).filter((l): l is Label => l !== undefined);
  const named = new Map(labels.map((l) => [l.spelled, personLabelled(people, l.spelled)]));
  if (![...named.values()].some((c) => c !== undefined)) return [];
  const uses = new Map<string, number>();
  for (const l of labels) uses.set(l.spelled, (uses.get(l.spelled) ?? 0) + 1);
  const turns: TranscriptTurn[] = [];
  const { tokens } = doc;
  // a Wikinews interview: a title-case label that names a person of the article labels two turns or more
  const interview = labels.some((l) => l.titleCase && named.get(l.spelled) && (uses.get(l.spelled) ?? 0) >= 2);
  // the interviewer: a title-case label at least half of whose turns are questions — all its turns ask
  // ("Wikinews: The Republicans tried to knock you off the ballot." leads to the answer, it claims nothing)
  // (each turn's span, found once: where its label's colon is followed, and where the turn ends)
  const spans = labels.map((l) => {
    const start = (tokens[l.colon + 1] as Token).start;
    return { start, end: turnEnd(doc, l, start) };
  });
  const asks = new Map<string, number>();
  for (const [k, l] of labels.entries())
    if (l.titleCase && doc.text.charAt((spans[k]?.end ?? 0) - 1) === "?")
      asks.set(l.spelled, (asks.get(l.spelled) ?? 0) + 1);
  const interviewer = (l: Label) => l.titleCase && 2 * (asks.get(l.spelled) ?? 0) >= (uses.get(l.spelled) ?? 0);
  for (const [k, l] of labels.entries()) {
    // ("Rojas: Because …": an interview's title-case label counts when it labels two turns or more; the
    // interviewer the article never names is no one's entity)
    if (l.titleCase && (uses.get(l.spelled) ?? 0) < 2) continue;
    if (!named.get(l.spelled) && !l.titleCase && (uses.get(l.spelled) ?? 0) >= 2)
      named.set(l.spelled, labelPerson(doc, l));
    if (l.titleCase && !interview) continue;
    const cluster = named.get(l.spelled);
    const colon = tokens[l.colon] as Token;
    const { start, end } = spans[k] as { start: number; end: number };
    if (end - start < 2) continue;
    // ("Wierzbicki: Have councillors listened to you?": an interviewer's question asks, it claims nothing; the
    // label of one — "Wikinews:" — need name no person)
    const question = interviewer(l);
    if (!cluster && !question) continue;
    const label = { start: (tokens[l.first] as Token).start, end: (tokens[l.colon - 1] as Token).end };
    const speaker: SpeakerRef = cluster
      ? { ...label, cluster: cluster.id }
      : { ...label, anonymous: doc.text.slice(label.start, label.end) };
    turns.push({
      paragraph: l.paragraph,
      claim: {
        start,
        end,
        kind: "direct",
        cue: { start: colon.start, end: colon.end },
        speaker,
        rule: "transcript-label",
        fixedSpeaker: true,
      },
      ...(question ? { question: true as const } : {}),
    });
    // ("Nguyen: … \n\n We are not asking for …": an answer that runs on in paragraphs with no label of their own,
    // up to the next turn, continues there — the paragraphs after the last turn close the page)
    const next = labels[k + 1];
    if (!l.titleCase || question || !cluster || !next) continue;
    for (let p = l.paragraph + 1; p < next.paragraph; p++) {
      const para = doc.paragraphs[p];
      if (!para || para.end - para.start < 2) continue;
      turns.push({
        paragraph: p,
        claim: {
          start: para.start,
          end: trimmedEnd(doc.text, para.start, para.end),
          kind: "direct",
          speaker: { ...speaker },
          rule: "transcript-continued",
          fixedSpeaker: true,
        },
      });
    }
  }
  return turns;
}

/** The end of [start, end) without its trailing white space. */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text.charAt(e - 1))) e--;
  return e;
}

/**
 * A person the article names only in the labels of a transcript ("WALLACE:"): a new entity whose
 * name is the label in title case ("Wallace"), mentioned where the first label stands.
 */
function labelPerson(doc: AnalyzedText, label: Label): Cluster {
  const { tokens } = doc;
  const words = tokens.slice(label.first, label.colon);
  const name = words.map((t) => t.text.charAt(0) + t.text.slice(1).toLowerCase()).join(" ");
  const id = doc.entities.clusters.length;
  const first = tokens[label.first] as Token;
  const last = tokens[label.colon - 1] as Token;
  const mention: Mention = {
    start: first.start,
    end: last.end,
    text: doc.text.slice(first.start, last.end),
    name,
    first: label.first,
    last: label.colon,
    type: "Person",
    cluster: id,
  };
  const cluster: Cluster = {
    id,
    type: "Person",
    name,
    forms: new Set([name]),
    mentions: [mention],
    gender: "u",
    titles: new Set(),
    lastName: name.split(" ").at(-1) as string,
  };
  doc.entities.clusters.push(cluster);
  return cluster;
}

/** The speaker label that opens a paragraph, after an opening quotation mark if any. */
function labelOf(doc: AnalyzedText, paragraph: number): Label | undefined {
  const { tokens } = doc;
  const p = doc.paragraphs[paragraph];
  if (!p) return undefined;
  let i = tokenAtOrAfter(tokens, p.start);
  if (tokens[i]?.kind === "quote") i++;
  const first = i;
  while (i - first < MAX_LABEL_WORDS && isCapitalsWord(tokens[i]?.text)) i++;
  // ("Ogunleye-Doyle: It would mean …", "Ní Dhonnchadha: …", "Abi Rached: …": a surname of up to three
  // title-case words or the publication; "Q: …", a question's own label)
  const titleCase = i === first && (isTitleCaseWord(tokens[i]?.text) || tokens[i]?.text === "Q");
  if (titleCase) {
    i++;
    while (
      i - first < MAX_LABEL_WORDS &&
      tokens[i - 1]?.text !== "Q" &&
      (isTitleCaseWord(tokens[i]?.text) || LOWER_NAME_WORDS.has(tokens[i]?.text ?? ""))
    )
      i++;
  }
  const next = tokens[i + 1];
  if (i === first || tokens[i]?.text !== ":" || !next || next.start >= p.end) return undefined;
  const spelled = tokens
    .slice(first, i)
    .map((t) => t.lower)
    .join(" ");
  return { paragraph, first, colon: i, spelled, titleCase };
}

/** A turn ends with its paragraph, or where the quotation that opens the paragraph closes. */
function turnEnd(doc: AnalyzedText, label: Label, start: number): number {
  const p = doc.paragraphs[label.paragraph] as { start: number; end: number };
  const opening = doc.quotes.find((q) => q.open >= p.start && q.open < start);
  let end = opening && opening.close >= 0 ? opening.close : p.end;
  while (end > start && /\s/.test(doc.text.charAt(end - 1))) end--;
  // the mark that closes the transcript's own quotation, not one that closes a quote inside the turn
  const turn = doc.text.slice(start, end);
  const last = turn.at(-1);
  const unbalanced =
    (last === '"' && (turn.match(/"/g)?.length ?? 0) % 2 === 1) ||
    (last === "”" && (turn.match(/”/g)?.length ?? 0) > (turn.match(/“/g)?.length ?? 0));
  return unbalanced ? end - 1 : end;
}

/**
 * Lower-case words inside a surname ("Asanbek kyzy:", a Kyrgyz patronymic; "uulu", "qizi", "oglu" and the like):
 * a label may go on over them after its first title-case word.
 */
const LOWER_NAME_WORDS: ReadonlySet<string> = new Set([
  "kyzy",
  "uulu",
  "qizi",
  "kizi",
  "oglu",
  "ogli",
  "ogly",
  "kızı",
  "oğlu",
]);

function isTitleCaseWord(word: string | undefined): boolean {
  // ("Ó Briain: …": the Irish particle, a capital of its own)
  // ("d'Entremont: …": an Acadian or French particle and its apostrophe before the capital)
  return (
    word !== undefined &&
    ((word.length >= 2 && /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(word)) ||
      word === "Ó" ||
      /^d['’]\p{Lu}\p{Ll}+$/u.test(word))
  );
}

function isCapitalsWord(word: string | undefined): boolean {
  return word !== undefined && word.length >= 2 && /^\p{Lu}[\p{Lu}'’.-]*$/u.test(word);
}

/** The one person of the article whose full name or surname the label spells, if exactly one (else whose first name). */
function personLabelled(people: readonly Cluster[], spelled: string): Cluster | undefined {
  const single = !spelled.includes(" ");
  const found = people.filter((c) => {
    const name = c.name.toLowerCase();
    const words = name.split(/\s+/);
    // (a Spanish name's first surname: "Rojas" of "Valentina Rojas Quiroga"; a surname of several words: "Abi
    // Rached" of "Yara Abi Rached")
    return (
      name === spelled ||
      (single && words.length > 1 && words.slice(1).includes(spelled)) ||
      (!single && name.endsWith(` ${spelled}`))
    );
  });
  if (found.length === 1) return found[0];
  if (found.length > 1 || !single) return undefined;
  // ("Heng:" for "Dr. Heng Sreymom": a family name written first, as Khmer, Chinese, Korean or Hungarian names are)
  const first = people.filter((c) => {
    const words = c.name.toLowerCase().split(/\s+/);
    return words.length > 1 && words[0] === spelled;
  });
  return first.length === 1 ? first[0] : undefined;
}
