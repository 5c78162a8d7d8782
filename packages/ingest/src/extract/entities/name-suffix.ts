import { LEGAL_FORMS } from "../lexicon/organizations.js";
import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** Generational suffixes written after a full name, without their period: "Donald Trump Jr.", "Vann R. Newkirk II". */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);

/**
 * The "son of" and "daughter of" that close Kyrgyz, Kazakh, Uzbek and Azerbaijani names, written in lower case
 * after the father's name ("Aibek Ermek uulu", "Gulnara Asan kyzy", "Ilham Aliyev oglu"): part of the name.
 */
const PATRONYMICS: ReadonlySet<string> = new Set(["uulu", "kyzy", "uly", "qizi", "qyzy", "oglu", "oğlu", "ogly"]);

/** Whether a word ("Jr.", "jr", "III") is a generational suffix. */
export function isNameSuffix(word: string): boolean {
  return NAME_SUFFIXES.has(word.toLowerCase().replace(/\.$/, ""));
}

/**
 * A person's name takes the generational suffix right after it ("Donald Trump Jr., the candidate's
 * son, said"), which the tagger and the tokenizer often leave outside ("Jr" "." before a comma): the
 * son is not the father, and a tail attribution's speaker must reach the comma after the suffix; and the
 * patronymic word after a Turkic name. Mutates the mentions in place.
 */
export function attachNameSuffixes(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== "Person") continue;
    const suffix = tokens[m.last];
    const before = tokens[m.last - 1] as Token;
    // "Aibek Ermek uulu", "Ermek uulu said": a Turkic patronymic word ends the name, after one word or more
    if (
      suffix &&
      PATRONYMICS.has(suffix.text) &&
      suffix.sentence === before.sentence &&
      suffix.start - before.end === 1
    ) {
      m.name = `${m.name} ${suffix.text}`;
      m.text = text.slice(m.start, suffix.end);
      m.end = suffix.end;
      m.last += 1;
      continue;
    }
    if (m.last - m.first < 2) continue;
    if (!suffix || !isNameSuffix(suffix.lower) || suffix.sentence !== before.sentence) continue;
    if (suffix.start - before.end > 1 || !/^[JSI]/.test(suffix.text)) continue;
    let last = m.last + 1;
    // "Jr" "." tokenized apart before a comma
    const dot = tokens[last];
    if (!suffix.text.endsWith(".") && /^[js]r$/.test(suffix.lower) && dot?.text === "." && dot.start === suffix.end)
      last++;
    const end = (tokens[last - 1] as Token).end;
    const added = text.slice(suffix.start, end);
    m.name = `${m.name} ${added}`;
    m.text = text.slice(m.start, end);
    m.end = end;
    m.last = last;
  }
}

/**
 * A company's name takes the legal form written in lower case right after it ("Kafwala Copper Mines plc, the
 * country's third-largest producer, said …"), which runs of capitals leave out: the name is the company's whole,
 * and the cue's speaker must reach the comma after it. Mutates the mentions in place.
 */
/** Legal forms written in capitals that may close a company's name after the tagger's piece ("… AS", "… ASA"). */
const CAPITAL_FORMS = new Set([
  "AS",
  // (the Danish form with its slash, one token: "Arctic Lanthanide Resources A/S", 2026-12-07, newsdev78)
  "A/S",
  "ASA",
  "AB",
  "AG",
  "SA",
  "NV",
  "BV",
  "SpA",
  "GmbH",
  "Oy",
  "Oyj",
  "PLC",
  "LLC",
  // ("the Vancouver firm Harlow Dene LLP", 2026-12-07, newsdev51)
  "LLP",
  "Ltd",
]);

/**
 * Legal forms only companies' names end in, in any case ("LLC", "Inc.", "Corp.", "PLC", "GmbH", "LLP"; "Ltd." with its
 * stop stays the forms' own rule's: "Vega Holdings Ltd.").
 */
const STRONG_FORMS = /^(?:llc|llp|inc|inc\.|corp|corp\.|plc|gmbh)$/;

/** Whether a token's text is a legal form written in capitals ("SA", "AS", "GmbH"). */
export function isCapitalForm(text: string): boolean {
  return CAPITAL_FORMS.has(text);
}

export function attachLegalForms(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  bracketedPrivateForms(text, tokens, mentions);
  commaLegalForms(text, tokens, mentions);
  for (const m of mentions) {
    // ("Jökulferðir ehf.", "Heidewolle eG": a name the tagger read as a person's, with no title, is a company's when
    // a legal form written in lower case follows it)
    const form = tokens[m.last];
    // ("Basin Ridge Energy LLC of Farmington": a form no person's or place's name is followed by, after a name of up to
    // four words the tagger read as a place, 2026-12-07, newsdev83)
    const strong = form !== undefined && STRONG_FORMS.test(form.lower);
    const untitled = (m.type === "Person" || m.type === "Unknown") && !m.title && m.last - m.first <= (strong ? 4 : 2);
    if ((m.type !== "Organization" && !untitled) || m.kind === "country") continue;
    const before = tokens[m.last - 1] as Token;
    // ("Lofoten Sjømat AS", "Eliassen Fiske AS": a form in capitals the tagger left out of the name)
    const capitals = form !== undefined && (CAPITAL_FORMS.has(form.text) || strong);
    if (!form || (form.cap && !capitals) || form.kind !== "word" || (!LEGAL_FORMS.has(form.lower) && !capitals))
      continue;
    if (form.sentence !== before.sentence || form.start - before.end !== 1) continue;
    if (m.type !== "Organization") {
      m.type = "Organization";
      m.tagged = "ORG";
      delete m.tentative;
    }
    m.name = `${m.name} ${form.text}`;
    m.text = text.slice(m.start, form.end);
    m.end = form.end;
    m.last += 1;
    if (m.kind === undefined || m.kind === "organization") m.kind = "company";
  }
}

/**
 * "Pescas Nova Aurora, Lda., which owns …", "Harbor Widgets, Inc., said": a company's name, a comma and its legal form
 * (its period written against it) are one name — the form is no organization of its own. Mutates the mentions in
 * place (a mention the tagger made of the form alone is dropped).
 */
function commaLegalForms(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of [...mentions]) {
    if (m.type !== "Organization" || m.kind === "country" || tokens[m.last]?.text !== ",") continue;
    const form = tokens[m.last + 1];
    if (form?.kind !== "word" || !LEGAL_FORMS.has(form.lower) || form.sentence !== tokens[m.first]?.sentence) continue;
    extendOverForm(text, tokens, mentions, m, m.last + 1);
    if (m.kind === undefined || m.kind === "organization") m.kind = "company";
  }
}

/**
 * The mention `m` extended over the legal form at token `form` and its period written against it, its whole text its
 * name; a mention the tagger made inside what it now covers is dropped.
 */
function extendOverForm(text: string, tokens: readonly Token[], mentions: Mention[], m: Mention, form: number): void {
  const stop = tokens[form + 1]?.text === "." && tokens[form + 1]?.start === (tokens[form] as Token).end ? 1 : 0;
  const last = form + 1 + stop;
  const from = m.last;
  const alone = mentions.findIndex((x) => x !== m && x.first >= from && x.first < last);
  if (alone >= 0) mentions.splice(alone, 1);
  const end = (tokens[last - 1] as Token).end;
  m.text = text.slice(m.start, end);
  m.name = m.text;
  m.end = end;
  m.last = last;
}

/**
 * "Kalahari Infusions (Pty) Ltd.": South Africa's and Namibia's private company form, its "(Pty)" in brackets, which
 * splits the run of capitals — the name before it and "Ltd" after it are one company. Mutates the mentions in place
 * (the mention the tagger made of "Ltd" alone is dropped).
 */
function bracketedPrivateForms(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of [...mentions]) {
    const k = m.last;
    if (tokens[k]?.text !== "(" || tokens[k + 1]?.text !== "Pty" || tokens[k + 2]?.text !== ")") continue;
    const form = tokens[k + 3];
    if (form?.lower !== "ltd" && form?.lower !== "ltd.") continue;
    extendOverForm(text, tokens, mentions, m, k + 3);
    m.type = "Organization";
    m.tagged = "ORG";
    m.kind = "company";
    delete m.tentative;
  }
}
