import { type AnalyzedText, mentionAtOrAfter, tokenAtOrAfter } from "../document.js";
import {
  collectiveOrganizations,
  describedCountry,
  describedOrganization,
  organizationNamedBy,
} from "../entities/described-org.js";
import { resolvePronoun } from "../entities/pronouns.js";
import { TELLING } from "../entities/told-outlets.js";
import type { Cluster, Mention } from "../entities/types.js";
import { cueOf } from "../lexicon/cues.js";
import { OBJECT_PRONOUNS } from "../lexicon/function-words.js";
import { titlesWithHead } from "../lexicon/titles.js";
import { isPossessive } from "../text/tokens.js";
import { clientOf, opensClient } from "./client.js";
import type { DraftClaim } from "./types.js";

/**
 * "the president of the United States": the organization completes a role nominal (a person mention
 * written in lower case, "the president") — it says which president, it is not what the claim is about.
 */
function completesRole(doc: AnalyzedText, m: Mention, previous: Mention | undefined): boolean {
  if (!previous || doc.entities.clusters[m.cluster]?.type !== "Organization") return false;
  if (doc.entities.clusters[previous.cluster]?.type !== "Person" || !/^the\s+\p{Ll}/u.test(previous.text)) return false;
  return /^\s+of\s+(?:the\s+)?$/.test(doc.text.slice(previous.end, m.start));
}

/**
 * "a president who is loose-lipped": an indefinite role with a relative clause describes the person
 * who holds that title in the article (the most recently mentioned holder before the claim).
 */
function indefiniteRoleHolder(doc: AnalyzedText, i: number, before: number): Cluster | undefined {
  const { tokens } = doc;
  const det = tokens[i]?.lower;
  if (det !== "a" && det !== "an") return undefined;
  const titles = titlesWithHead(tokens[i + 1]?.lower ?? "");
  if (titles.length === 0 || tokens[i + 2]?.lower !== "who") return undefined;
  let best: Cluster | undefined;
  let bestAt = -1;
  for (const c of doc.entities.clusters) {
    if (c.type !== "Person" || !titles.some((t) => c.titles.has(t))) continue;
    for (const m of c.mentions)
      if (m.start < before && m.start > bestAt) {
        best = c;
        bestAt = m.start;
      }
  }
  return best;
}

/**
 * The entities a claim is about: every entity mentioned inside its span (names, role nominals
 * such as "the president", countries via "Russian officials") and third-person pronouns resolved
 * to a person. The speaker is left out unless the claim names them in the third person.
 */
const STORY_NOUNS = new Set(["story", "report", "article", "reporting"]);

/**
 * "This story is false": a demonstrative "this story|report|article" points at the news outlet
 * mentioned last before the claim (the one whose report is being answered).
 */
function storyOutlet(doc: AnalyzedText, i: number, before: number): number | undefined {
  const { tokens } = doc;
  if (tokens[i]?.lower !== "this" || !STORY_NOUNS.has(tokens[i + 1]?.lower ?? "")) return undefined;
  const mentions = doc.entities.mentions;
  for (let k = mentionAtOrAfter(mentions, before) - 1; k >= 0; k--) {
    const c = doc.entities.clusters[(mentions[k] as Mention).cluster];
    if (c?.type === "Organization" && c.kind === "media") return c.id;
  }
  return undefined;
}

/**
 * "…, telling The Blade that …", "…, telling the Grand Junction Daily Sentinel that …": a news outlet right after a form
 * of "tell" is the one the claim was told to, which carries it; no target of it (2026-12-08, newsdev86).
 */
function toldOutlet(doc: AnalyzedText, m: Mention): boolean {
  if (doc.entities.clusters[m.cluster]?.kind !== "media") return false;
  let k = m.first - 1;
  if (doc.tokens[k]?.lower === "the" && (doc.tokens[k]?.start ?? m.start) < m.start) k--;
  return TELLING.test(doc.tokens[k]?.lower ?? "");
}

/** First-person plural words: in a quotation, the organization its speaker leads or speaks for. */
const WE = new Set(["we", "our", "us", "ours", "ourselves"]);

export function aboutOf(
  doc: AnalyzedText,
  claim: DraftClaim,
  organizationOf?: ReadonlyMap<number, number>,
  memberOf?: ReadonlyMap<number, readonly number[]>,
): number[] {
  const ids = new Set<number>();
  const mentions = doc.entities.mentions;
  for (let i = mentionAtOrAfter(mentions, claim.start); i < mentions.length; i++) {
    const m = mentions[i] as (typeof mentions)[number];
    if (m.start >= claim.end) break;
    if (m.start < claim.start || m.end > claim.end) continue;
    if (claim.speaker && m.start === claim.speaker.start) continue;
    // an organization the tagger was unsure of is no target (nor, then, an entity of the graph) — unless
    // it is sure of it elsewhere ("Kaveri's engineers" after "Kaveri Systems")
    if (m.tentative && (doc.entities.clusters[m.cluster]?.mentions.every((x) => x.tentative) ?? true)) continue;
    if (completesRole(doc, m, mentions[i - 1])) continue;
    if (toldOutlet(doc, m)) continue;
    ids.add(m.cluster);
  }
  // "“You spent four years asking this department for favors …,” Esquivel told Westerlund": the person a quotation
  // is told to is its "you" (newsdev70; not a medium told: "told Politico")
  const listener = toldPerson(doc, claim);
  if (listener !== undefined) ids.add(listener);
  // pronouns inside the claim
  const tokens = doc.tokens;
  const lo = tokenAtOrAfter(tokens, claim.start);
  const speakerCluster =
    claim.speaker?.cluster !== undefined ? doc.entities.clusters[claim.speaker.cluster] : undefined;
  const speakerOrg = speakerCluster?.type === "Organization" && !speakerCluster.country ? speakerCluster : undefined;
  // the organization the speaker is or speaks for: what "the union" in their words means among several
  const led = claim.speaker?.cluster !== undefined ? organizationOf?.get(claim.speaker.cluster) : undefined;
  const ownOrganization =
    speakerOrg ??
    (led !== undefined ? doc.entities.clusters[led] : undefined) ??
    describedSourceOrganization(doc, claim);
  // in reported speech, "his country" of an unnamed source is the source's own: no target
  const ownPronouns = claim.kind !== "direct" && claim.speaker?.anonymous !== undefined;
  for (let i = lo; i < tokens.length && (tokens[i]?.start ?? 0) < claim.end; i++) {
    const t = tokens[i];
    if (!t) continue;
    // "his client acted on the instructions …" said by "Leung’s barrister": Leung, not the barrister
    const client =
      claim.speaker?.cluster !== undefined && opensClient(tokens, i) ? clientOf(doc, claim.speaker.cluster) : undefined;
    if (client !== undefined) {
      ids.add(client);
      i++;
      continue;
    }
    const holder = indefiniteRoleHolder(doc, i, claim.start);
    if (holder) ids.add(holder.id);
    const outlet = storyOutlet(doc, i, claim.start);
    if (outlet !== undefined) ids.add(outlet);
    // "the municipality had treated water as a privilege": the one organization so described
    const described = describedAt(doc, i, ownOrganization);
    if (described) ids.add(described.id);
    // "the companies expected approval", "neither government has said a word": every one so named
    for (const c of collectiveAt(doc, i)) ids.add(c.id);
    // "it had shipped 50,000 doses": an organization's reported words about itself
    if (speakerOrg && IT.has(t.lower) && claim.kind !== "direct") ids.add(speakerOrg.id);
    // "“We let our owners down,” Qingfeng's chief executive said": the company she leads
    // ("“We have shared our customs data …,” said the embassy’s press attaché": an embassy's "we" is its country's, the
    // gold READMEs' newsdev16, 2026-12-07)
    if (WE.has(t.lower) && claim.kind !== "indirect" && led !== undefined) ids.add(embassyCountry(doc, led) ?? led);
    // "“We support decent housing,” said X of the Liberal Party": the one party or union a member speaks in
    if (WE.has(t.lower) && claim.kind !== "indirect" && led === undefined) {
      const own = memberOrganization(
        doc,
        claim,
        memberOf,
        (c) => c.kind === "party" || c.kind === "alliance" || c.kind === "union",
      );
      if (own !== undefined) ids.add(own);
    }
    // "her party would press …", "my bureau will enforce it": the speaker's own organization so called
    if (OWN_POSSESSIVES.has(t.lower)) {
      const noun = tokens[i + 1];
      // ("his members had ratified the deal", said of a union's executive director: the organization the speaker leads,
      // the gold READMEs' newsdev80, 2026-12-07, newsdev81)
      // ("the deal "trades our members' future …"", said by the association itself: the speaker)
      const leads = led ?? speakerOrg?.id;
      // (not a chamber's: a minority leader's "her members" are her caucus)
      if (
        /^members$/.test(noun?.lower ?? "") &&
        leads !== undefined &&
        t.lower !== "their" &&
        doc.entities.clusters[leads]?.kind !== "legislature"
      )
        ids.add(leads);
      const own =
        noun && !noun.cap && noun.kind === "word"
          ? memberOrganization(doc, claim, memberOf, (c) => callsOwn(c, noun.lower))
          : undefined;
      if (own !== undefined) ids.add(own);
    }
    if (ownPronouns) continue;
    const g = OBJECT_PRONOUNS.get(t.lower);
    if (!g) continue;
    const c = resolvePronoun(doc, t.start, g);
    if (c) ids.add(c.id);
  }
  return [...ids];
}

/** Second-person words a quotation addresses its listener with. */
const YOU = /^(?:you|your|yours|yourself)$/;

/** The person cluster a quotation with a "you" in it is told to ("…,” X told Westerlund), if one. */
function toldPerson(doc: AnalyzedText, claim: DraftClaim): number | undefined {
  if (claim.kind === "indirect" || !claim.cue) return undefined;
  const word = doc.text.slice(claim.cue.start, claim.cue.end).toLowerCase();
  if (word !== "told") return undefined;
  const tokens = doc.tokens;
  let i = tokenAtOrAfter(tokens, claim.start);
  while (i < tokens.length && (tokens[i]?.start ?? 0) < claim.end && !YOU.test(tokens[i]?.lower ?? "")) i++;
  if (i >= tokens.length || (tokens[i]?.start ?? 0) >= claim.end) return undefined;
  const after = tokenAtOrAfter(tokens, claim.cue.end);
  const m = doc.mentionByFirstToken.get(after);
  const c = m ? doc.entities.clusters[m.cluster] : undefined;
  return c?.type === "Person" && m?.cluster !== claim.speaker?.cluster ? c.id : undefined;
}

/**
 * "A Helix spokesperson denied that the company had promised …": the organization an unnamed source's
 * description names (not a country) is the one "the company" in their words stands for first.
 */
function describedSourceOrganization(doc: AnalyzedText, claim: DraftClaim): Cluster | undefined {
  const speaker = claim.speaker;
  if (speaker?.anonymous === undefined) return undefined;
  const { mentions, clusters } = doc.entities;
  for (let i = mentionAtOrAfter(mentions, speaker.start); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= speaker.end) break;
    const c = clusters[m.cluster];
    if (m.end <= speaker.end && c?.type === "Organization" && !c.country) return c;
  }
  return undefined;
}

/** Possessives a speaker names their own organization with ("her party", "my bureau", "our union"). */
const OWN_POSSESSIVES = new Set(["my", "our", "his", "her", "their"]);

/** Whether "her <noun>" may call `c` ("party" a party, "bureau" the Housing Bureau, "union" a union). */
function callsOwn(c: Cluster, noun: string): boolean {
  if (noun === "party") return c.kind === "party" || c.kind === "alliance";
  if (noun === "union") return c.kind === "union" || c.kind === "association";
  return (
    /^(?:bureau|ministry|department|agency|office|council|company|firm|club|team)$/.test(noun) &&
    c.name.toLowerCase().split(/\s+/).includes(noun)
  );
}

/** The one organization the claim's speaker belongs to now that `fits`, if exactly one. */
function memberOrganization(
  doc: AnalyzedText,
  claim: DraftClaim,
  memberOf: ReadonlyMap<number, readonly number[]> | undefined,
  fits: (c: Cluster) => boolean,
): number | undefined {
  const speaker = claim.speaker?.cluster;
  if (speaker === undefined || !memberOf) return undefined;
  const own = (memberOf.get(speaker) ?? []).filter((id) => {
    const c = doc.entities.clusters[id];
    return c !== undefined && !c.country && fits(c);
  });
  return own.length === 1 ? own[0] : undefined;
}

/** Third-person pronouns of an organization. */
const IT = new Set(["it", "its", "itself"]);

/**
 * "the council", "the company's", "this club": a definite description at token i (lower-case noun, not the start
 * of a longer name) and the one organization named before it that it describes.
 */
function describedAt(doc: AnalyzedText, i: number, prefer?: Cluster): Cluster | undefined {
  const { tokens } = doc;
  const the = tokens[i];
  const noun = tokens[i + 1];
  if ((the?.lower !== "the" && the?.lower !== "this") || !noun || noun.cap || noun.kind !== "word") return undefined;
  // "the country’s travellers": the country the article is about
  if (noun.lower === "country") return describedCountry(doc.entities.clusters, noun.start);
  const after = tokens[i + 2];
  // "the coast guard": a two-word description the one organization's name holds ("Philippine Coast Guard")
  if (after && after.kind === "word" && !after.cap) {
    const holder = organizationNamedBy(doc.entities.clusters, `${noun.lower} ${after.lower}`, noun.start);
    if (holder) return holder;
  }
  if (after && after.kind === "word" && !after.cap && !isPossessive(after) && NOUN_MODIFIED.test(after.lower))
    return undefined;
  // ("gaps in the chain of custody": no shops' chain)
  if (noun.lower === "chain" && after?.lower === "of") return undefined;
  return describedOrganization(doc.entities.clusters, noun.lower, noun.start, prefer);
}

/** Words that open a collective phrase: "the companies", "both governments", "neither government", "the two countries". */
const COLLECTIVE_OPENERS = new Set(["the", "both", "neither"]);

/** The organizations a collective phrase starting at token i stands for ("the two companies" at "the"). */
function collectiveAt(doc: AnalyzedText, i: number): Cluster[] {
  const { tokens } = doc;
  const opener = tokens[i];
  if (!opener || !COLLECTIVE_OPENERS.has(opener.lower)) return [];
  // "the two companies": the number belongs to the phrase
  const k = tokens[i + 1]?.lower === "two" ? i + 2 : i + 1;
  const noun = tokens[k];
  if (!noun || noun.cap || noun.kind !== "word") return [];
  // "neither government" is singular; "the companies" / "both governments" plural
  if (opener.lower !== "neither" && !noun.lower.endsWith("s")) return [];
  return collectiveOrganizations(doc.entities.clusters, noun.lower, noun.start);
}

/** Words after "the N" that make N a modifier ("the council tax", "the company car"). */
const NOUN_MODIFIED =
  /^(?:tax|car|cars|member|members|staff|building|headquarters|leader|leaders|chair|chief|president|spokesman|spokeswoman|official|officials)$/;

function isDenial(doc: AnalyzedText, claim: DraftClaim): boolean {
  if (!claim.cue) return false;
  const word = doc.text.slice(claim.cue.start, claim.cue.end).toLowerCase().split(/\s+/).at(-1) ?? "";
  return cueOf(word)?.denial === true;
}

/**
 * The targets of every claim of a document (in the claims' order): `aboutOf` each, and a denial
 * that names no one ("White House officials denied that anything untoward was shared") is about the
 * first target of the report it denies — the nearest earlier claim of another speaker with targets.
 */
export function aboutOfAll(
  doc: AnalyzedText,
  claims: readonly DraftClaim[],
  organizationOf?: ReadonlyMap<number, number>,
  memberOf?: ReadonlyMap<number, readonly number[]>,
): number[][] {
  const out = claims.map((c) => aboutOf(doc, c, organizationOf, memberOf));
  claims.forEach((claim, i) => {
    if ((out[i] as number[]).length > 0 || !isDenial(doc, claim)) return;
    for (let k = i - 1; k >= 0; k--) {
      const earlier = claims[k] as DraftClaim;
      const targets = out[k] as number[];
      if (earlier.start >= claim.start || targets.length === 0) continue;
      if (earlier.speaker?.cluster !== undefined && earlier.speaker.cluster === claim.speaker?.cluster) continue;
      out[i] = [targets[0] as number];
      return;
    }
  });
  return out;
}

/** The country an "Embassy of X" (or "X Embassy") cluster `id` is the embassy of, when the article names it. */
function embassyCountry(doc: AnalyzedText, id: number): number | undefined {
  const name = doc.entities.clusters[id]?.name ?? "";
  const of = /^(?:the )?Embassy of (?:the )?(.+)$/i.exec(name)?.[1] ?? /^(.+?) Embassy$/.exec(name)?.[1];
  if (of === undefined) return undefined;
  return doc.entities.clusters.find((c) => c.type === "Organization" && c.country && c.name === of)?.id;
}
