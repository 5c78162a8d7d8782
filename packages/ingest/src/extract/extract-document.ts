import type { Claim, DocumentGraph, Entity } from "@claimgraph/schema";
import type { InputDocument } from "../input/types.js";
import { findAffiliations } from "./affiliations/affiliations.js";
import { partyPlural } from "./affiliations/party-notation.js";
import { aboutOfAll } from "./claims/about.js";
import { withoutAnonymityFormulas } from "./claims/anonymity-formula.js";
import { type AttributionOptions, attributeClaims } from "./claims/attribute.js";
import { cueDetector } from "./claims/cue-detector/load-model.js";
import type { CueModel } from "./claims/cue-detector/model.js";
import { withProposals } from "./claims/cue-detector/propose.js";
import { unresolvedPronoun } from "./claims/pronoun-source.js";
import { speakerRanker } from "./claims/speaker-ranker/load-model.js";
import type { RankerModel } from "./claims/speaker-ranker/model.js";
import { rerankSpeakers } from "./claims/speaker-ranker/rank.js";
import { memberships, speaksFor } from "./claims/speaks-for.js";
import type { DraftClaim } from "./claims/types.js";
import type { AnalyzedText } from "./document.js";
import { detectMentions, knownOrg } from "./entities/mentions.js";
import { resolveEntities } from "./entities/resolve.js";
import { documentContext } from "./entities/tagger/document-context.js";
import { entityTagger } from "./entities/tagger/load-model.js";
import type { TaggerModel } from "./entities/tagger/model.js";
import { tagIndex } from "./entities/tagger/pieces.js";
import { tagDocument } from "./entities/tagger/tag.js";
import type { Cluster } from "./entities/types.js";
import { countryOf } from "./lexicon/countries.js";
import { scanQuotes } from "./quotes/scan.js";
import { datelineCountry } from "./text/dateline.js";
import { splitParagraphs } from "./text/paragraphs.js";
import {
  joinBracketSplits,
  joinInitialSplits,
  splitAfterPlaceAbbreviations,
  splitSentences,
} from "./text/sentences.js";
import { tokenize } from "./text/tokens.js";

/** Bumped whenever a rule changes what is extracted (stored on articles as `extractorVersion`). */
export const EXTRACTOR_VERSION = "rules-201+entities-199+tagger-5+speakers-179+cues-157";

/**
 * Extraction options; the defaults follow the project's gold (shared/gold/README.md).
 * `tagger`: the entity tagger to use (default: the shipped model; `null`: rules only).
 * `speakerRanker`: the learned speaker ranker over the rules' claims (default: the shipped model;
 * `null`: the rules' speakers). `cueDetector`: the learned cue detector that adds claims the rules
 * missed, in the attribution unit only (default: the shipped model; `null`: the rules' claims).
 */
export type ExtractOptions = AttributionOptions & {
  tagger?: TaggerModel | null;
  speakerRanker?: RankerModel | null;
  cueDetector?: CueModel | null;
};

/**
 * Tokens, sentences, quotes and entities of a text: the shared analysis the claim rules read.
 * `tagger`: the entity tagger (default: the shipped model, loaded once per process; `null`: rules only).
 */
export function analyzeText(text: string, tagger: TaggerModel | null = entityTagger()): AnalyzedText {
  const paragraphs = splitParagraphs(text);
  const tokens = tokenize(text);
  const split = splitSentences(tokens, paragraphs);
  const quotes = scanQuotes(text, paragraphs);
  // the words seen in lower case (the tagger's document features and the rules' "However" test)
  const context = documentContext(tokens);
  const tags = tagger ? tagIndex(tagDocument(tagger, tokens, split, context), tokens.length) : undefined;
  // the rules read "(D-N.M.) said" and "Folha de S.Paulo that" as one sentence; the tagger reads the split it
  // was trained on
  const sentences = splitAfterPlaceAbbreviations(tokens, joinInitialSplits(tokens, joinBracketSplits(tokens, split)));
  const entities = resolveEntities(text, tokens, detectMentions(text, tokens, context.lowerSeen, tags));
  const doc: AnalyzedText = {
    text,
    tokens,
    paragraphs,
    sentences,
    quotes,
    entities,
    mentionByFirstToken: new Map(),
    mentionByLastToken: new Map(),
  };
  for (const m of entities.mentions) {
    doc.mentionByFirstToken.set(m.first, m);
    doc.mentionByLastToken.set(m.last - 1, m);
  }
  return doc;
}

/**
 * Extracts the document graph of one article: people and organizations (canonical names,
 * aliases, mentions), affiliations, and claims with speaker, cue, kind, offsets and targets.
 * Pure and deterministic: no I/O, the same text always gives the same graph.
 */
export function extractDocument(input: InputDocument, options: ExtractOptions = {}): DocumentGraph {
  const doc = options.tagger === undefined ? analyzeText(input.text) : analyzeText(input.text, options.tagger);
  const { clusters } = doc.entities;

  /** "Republicans" for the Republican Party when the article calls its members so. */
  const pluralOf = (name: string): string | undefined => {
    const plural = partyPlural(name);
    return plural && new RegExp(`\\b${plural}\\b`).test(input.text) ? plural : undefined;
  };
  const findOrg = (name: string): Cluster | undefined => {
    const existing = clusters.find((c) => c.type === "Organization" && c.name === name);
    const plural = pluralOf(name);
    if (existing) {
      if (plural) existing.forms.add(plural);
      return existing;
    }
    const country = countryOf(name);
    const known = knownOrg(name);
    const c: Cluster = {
      id: clusters.length,
      type: "Organization",
      name,
      forms: new Set(plural ? [name, plural] : [name]),
      mentions: [],
      gender: "u",
      titles: new Set(),
      kind: country?.form === "name" ? "country" : (known?.kind ?? "government"),
    };
    if (country?.form === "name") c.country = true;
    clusters.push(c);
    return c;
  };

  const ranker = options.speakerRanker === undefined ? speakerRanker() : options.speakerRanker;
  const ruleDrafts = withLearnedCues(doc, attributeClaims(doc, options), options);
  const drafts = ranker ? rerankSpeakers(doc, ruleDrafts, ranker) : ruleDrafts;
  const affiliations = findAffiliations(doc, findOrg);
  const targets = aboutOfAll(doc, drafts, speaksFor(affiliations), memberships(affiliations));
  const built = drafts.map((d, i) => toClaim(doc, d, targets[i] ?? []));
  for (const a of affiliations) {
    (clusters[a.person] as Cluster).used = true;
    (clusters[a.organization] as Cluster).used = true;
  }
  // ("AREQUIPA, Peru — …": the dateline's country is the story's, an entity of it like a country a claim names; the
  // gold READMEs list it)
  const home = datelineCountry(input.text);
  const homeCluster = home
    ? clusters.find((c) => c.type === "Organization" && c.name === home && c.mentions.length > 0)
    : undefined;
  if (homeCluster) homeCluster.used = true;

  const entities: Entity[] = [];
  /** A cluster's index in `entities`, for the claims' and affiliations' entity indexes. */
  const entityOf = new Map<number, number>();
  clusters.forEach((c, at) => {
    if (c.mentions.length === 0 && !c.used) return;
    if ((c.country || c.mentions.every((m) => m.tentative)) && !c.used) return;
    entityOf.set(at, entities.length);
    const entity: Entity = {
      name: c.name,
      type: c.type,
      aliases: [...c.forms].filter((f) => f !== c.name).sort(),
      mentions: c.mentions.map((m) => ({ start: m.start, end: m.end })).sort((a, b) => a.start - b.start),
    };
    if (c.kind) entity.kind = c.kind;
    entities.push(entity);
  });

  const graph: DocumentGraph = {
    document: input.id,
    entities,
    affiliations: affiliations.map((a) => ({
      person: (clusters[a.person] as Cluster).name,
      organization: (clusters[a.organization] as Cluster).name,
      role: a.role,
      former: a.former,
      person_entity: entityOf.get(a.person) as number,
      organization_entity: entityOf.get(a.organization) as number,
    })),
    claims: built.map((b) => withEntityIndexes(b, entityOf)),
    text: input.text,
    meta: {
      ...(input.title ? { title: input.title } : {}),
      ...(input.url ? { url: input.url } : {}),
      ...(input.date ? { date: input.date } : {}),
      ...(input.source ? { source: input.source } : {}),
    },
  };
  return graph;
}

/** The rules' claims plus those the learned cue detector proposes (attribution unit only), in text order. */
function withLearnedCues(doc: AnalyzedText, claims: DraftClaim[], options: ExtractOptions): DraftClaim[] {
  if (options.claimUnit !== "attribution") return claims;
  const detector = options.cueDetector === undefined ? cueDetector() : options.cueDetector;
  return detector ? withoutAnonymityFormulas(doc, withProposals(doc, claims, detector)) : claims;
}

/** A claim with the clusters its names come from (speaker, each `about` name in order, via). */
interface BuiltClaim {
  claim: Claim;
  speaker: number | undefined;
  about: number[];
  via: number | undefined;
}

/** The claim with the entity indexes of its speaker, targets and outlet (every one of them is an entity: `used`). */
function withEntityIndexes({ claim, speaker, about, via }: BuiltClaim, entityOf: ReadonlyMap<number, number>): Claim {
  const out: Claim = { ...claim };
  if (speaker !== undefined) out.speaker_entity = entityOf.get(speaker) as number;
  out.about_entities = about.map((c) => entityOf.get(c) as number);
  if (via !== undefined) out.via_entity = entityOf.get(via) as number;
  return out;
}

function toClaim(doc: AnalyzedText, d: DraftClaim, targets: readonly number[]): BuiltClaim {
  const { clusters } = doc.entities;
  const speakerCluster = d.speaker?.cluster !== undefined ? clusters[d.speaker.cluster] : undefined;
  if (speakerCluster) speakerCluster.used = true;
  // the speaker stays in `about` only when the claim names them in the third person ("his right")
  const about = targets.map((id) => clusters[id] as Cluster);
  for (const c of about) c.used = true;
  const anonymous = speakerCluster ? undefined : (d.speaker?.anonymous ?? unresolvedPronoun(doc.text, d.speaker));
  const claim: Claim = {
    speaker: speakerCluster ? speakerCluster.name : (anonymous ?? null),
    speaker_start: d.speaker ? d.speaker.start : null,
    speaker_end: d.speaker ? d.speaker.end : null,
    cue: d.cue ? doc.text.slice(d.cue.start, d.cue.end) : null,
    cue_start: d.cue ? d.cue.start : null,
    cue_end: d.cue ? d.cue.end : null,
    kind: d.kind,
    text: doc.text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    about: [...new Set(about.map((c) => c.name))],
    rule: d.rule,
  };
  // one cluster per name in `about` (the first with that name)
  const aboutClusters = claim.about.map((name) => targets.find((id) => clusters[id]?.name === name) as number);
  if (anonymous !== undefined) claim.anonymous = true;
  if (d.via !== undefined) {
    const via = clusters[d.via] as Cluster;
    via.used = true;
    claim.via = via.name;
  }
  if (d.continuation) claim.continuation = true;
  return { claim, speaker: speakerCluster ? d.speaker?.cluster : undefined, about: aboutClusters, via: d.via };
}
