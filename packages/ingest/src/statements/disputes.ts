import { cueOf } from "../extract/lexicon/cues.js";

/**
 * Disputes: a claim that denies, rejects or calls false another claim. Conservative by design
 * (precision over recall): a claim disputes only when
 * 1. it is a denial — its cue is a denial verb (denied, rejected, disputed, dismissed, refuted, …)
 *    or its own words call something false ("This story is false", "is not true", "fake news"); and
 * 2. it refers to a report or claim ("denied the reports", "the story", "Carvin's accusation") and
 *    says whose: the target's speaker is named in the denial's words ("Trump denied Clinton's
 *    accusation" → Clinton's claims), or the target is an outlet's report in the same article (its
 *    speaker is a media organization), or, across articles, the denial names the target article's
 *    outlet. What a denial is *about* is not enough: "This story about Trump is false" disputes the
 *    story, not Trump; and
 * 3. both stand in one story: the same article, or (for a target named by speaker or outlet) an
 *    article published within WINDOW_DAYS of it.
 * A claim never disputes itself, a claim of its own speaker, or another denial.
 */
export const WINDOW_DAYS = 3;

export interface DisputeClaim {
  id: string;
  articleId: string;
  text: string;
  cue: string | null;
  /** Resolved speaker id (or null). */
  speaker: string | null;
  speakerName: string | null;
  speakerIsMedia: boolean;
  /** The words around the claim that tie it to its cue: from the cue (or the claim) to the claim's end. */
  context: string;
  publishedAt: string | null;
  outlet: string | null;
}

export interface Dispute {
  from: string;
  to: string;
  evidence: string;
}

const DENIAL_BASES = new Set(["deny", "dispute", "reject", "dismiss", "refute", "rebut", "debunk", "contest"]);
const EXTRA_DENIAL_FORMS = new Set([
  "refute",
  "refutes",
  "refuted",
  "refuting",
  "rebut",
  "rebuts",
  "rebutted",
  "debunk",
  "debunked",
  "debunks",
  "contest",
  "contested",
  "contests",
  "denial",
  "denials",
]);
const FALSITY =
  /\b(?:is|was|are|were|been|be)\s+(?:(?:completely|totally|entirely|simply|absolutely|patently|just)\s+)?(?:false|untrue|not true|wrong|fake|a lie|lies|a fabrication|fabricated|baseless|bogus|nonsense)(?![\w-])|\bfake news\b|\bnever happened\b|\bno truth\b|\bnot accurate\b|\binaccurate\b/i;
/** "the reports", "this story", "Carvin's accusation", "the Washington Post story". */
const REPORT_REFERENCE =
  /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Ss]uch|[A-Z][\w.]*['’]s)(?:\s+[A-Z][\w.'’]*){0,3}\s+(?:(?:original|latest|initial|new|published|false|recent|news)\s+)?(?:reports?|story|stories|article|articles|account|accounts|claims?|allegations?|accusations?|charges?|assertions?|figures|numbers|reporting)\b/;

export function isDenial(claim: Pick<DisputeClaim, "cue" | "text">): { evidence: string } | undefined {
  const cue = claim.cue?.toLowerCase().trim() ?? "";
  const info = cue ? cueOf(cue) : undefined;
  if ((info && (info.denial || DENIAL_BASES.has(info.base))) || EXTRA_DENIAL_FORMS.has(cue))
    return { evidence: `cue "${claim.cue}"` };
  const falsity = FALSITY.exec(claim.text);
  if (falsity) return { evidence: `"${falsity[0]}"` };
  return undefined;
}

/** The disputes among `claims` (one article's claims plus the candidates from other articles). */
export function findDisputes(claims: readonly DisputeClaim[]): Dispute[] {
  const out: Dispute[] = [];
  const denials = new Map<string, string>();
  for (const claim of claims) {
    const denial = isDenial(claim);
    if (denial) denials.set(claim.id, denial.evidence);
  }
  for (const claim of claims) {
    const why = denials.get(claim.id);
    if (!why) continue;
    const reference = REPORT_REFERENCE.exec(claim.context);
    for (const target of claims) {
      if (target.id === claim.id || denials.has(target.id)) continue;
      if (target.speaker === null || target.speaker === claim.speaker) continue;
      const sameArticle = target.articleId === claim.articleId;
      if (!sameArticle && !withinWindow(claim.publishedAt, target.publishedAt)) continue;
      const nameInContext =
        target.speakerName !== null &&
        mentions(claim.context, target.speakerName, target.speaker.startsWith("person:"));
      const outletNamed = !sameArticle && target.outlet !== null && mentions(claim.context, target.outlet);
      let evidence: string | undefined;
      if (reference && nameInContext) evidence = `${why}: "${reference[0]}" of ${target.speakerName ?? target.speaker}`;
      else if (reference && sameArticle && target.speakerIsMedia)
        evidence = `${why}: "${reference[0]}", ${target.speakerName ?? "an outlet"}'s report in the same article`;
      else if (reference && outletNamed) evidence = `${why}: "${reference[0]}" of ${target.outlet}`;
      if (evidence) out.push({ from: claim.id, to: target.id, evidence });
    }
  }
  return out;
}

/** The name, or a person's last name, stands in the context ("Carvin's accusation" names Stephanie Carvin). */
function mentions(context: string, name: string, person = false): boolean {
  const trimmed = name.replace(/^the\s+/i, "").trim();
  const forms = [trimmed];
  if (person) forms.push(trimmed.split(/\s+/).at(-1) ?? "");
  return forms.some(
    (form) => form.length >= 3 && new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(context),
  );
}

function withinWindow(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return Number.isFinite(days) && days <= WINDOW_DAYS;
}

/** An entity of the denial's own article: who or which outlet its words may name. */
export interface NamedEntity {
  id: string;
  name: string;
  label: "Person" | "Organization";
  media: boolean;
}

/** What to look for in other articles for one denial: claims by these speakers, or in these outlets, in the window. */
export interface CrossArticleAsk {
  claim: string;
  article: string;
  people: string[];
  organizations: string[];
  outlets: string[];
  /** Article dates to look between (ISO days; `to` exclusive), WINDOW_DAYS either side. */
  from: string;
  to: string;
}

/**
 * A denial that may dispute claims of other articles (rule 3): it is a denial, refers to a report,
 * has a date, and names a speaker (an entity of its article, not its own speaker) or an outlet (a
 * media organization of its article) in its words. Undefined otherwise. Pure: `findDisputes` over
 * the denial and the claims found decides.
 */
export function crossArticleAsk(claim: DisputeClaim, entities: readonly NamedEntity[]): CrossArticleAsk | undefined {
  if (!claim.publishedAt || !isDenial(claim) || !REPORT_REFERENCE.test(claim.context)) return undefined;
  const day = Date.parse(claim.publishedAt.slice(0, 10));
  if (!Number.isFinite(day)) return undefined;
  const named = entities.filter((e) => e.id !== claim.speaker && mentions(claim.context, e.name, e.label === "Person"));
  const ask = {
    people: named.filter((e) => e.label === "Person").map((e) => e.id),
    organizations: named.filter((e) => e.label === "Organization").map((e) => e.id),
    outlets: named.filter((e) => e.media).map((e) => e.name),
  };
  if (ask.people.length + ask.organizations.length + ask.outlets.length === 0) return undefined;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    claim: claim.id,
    article: claim.articleId,
    ...ask,
    from: iso(day - WINDOW_DAYS * 86_400_000),
    to: iso(day + (WINDOW_DAYS + 1) * 86_400_000),
  };
}
