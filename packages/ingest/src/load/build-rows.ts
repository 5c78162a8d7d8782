import type { Claim, Entity } from "@claimgraph/schema";
import { nameKey } from "@claimgraph/schema";
import type { LoadableArticle } from "./article.js";
import type { EntityIndex, EntityLabel } from "./entity-index.js";
import { IngestError } from "./errors.js";
import { anonymousId, articleId, claimId, organizationId, personId } from "./ids.js";
import { entityKey } from "./names.js";
import type { CorrectionBook } from "./resolve/corrections.js";
import type { ArticleRows, ClaimEdgeRow, EntityRow, MentionRow } from "./rows.js";

interface LocalEntity {
  id: string;
  label: EntityLabel;
  /** The analyst correction that sent it to `id`, if any (its edges carry it). */
  correction: string | null;
  row: EntityRow;
  mention: MentionRow;
}

/**
 * Turns one article and its document graph into rows, resolving its entities against the corpus
 * (which the index then remembers). Throws IngestError when the graph contradicts the text
 * (offsets outside it, a claim whose text is not what its offsets cut out).
 */
export function buildArticleRows(
  article: LoadableArticle,
  index: EntityIndex,
  extractorVersion: string,
  corrections?: CorrectionBook,
): ArticleRows {
  const { graph, text } = article;
  const id = articleId(text);
  const warnings: string[] = [];
  const entities = new Map<string, LocalEntity>();
  /** Names as written in the graph (canonical names and aliases) → the node they resolved to. */
  const byName = new Map<string, LocalEntity>();
  const byNormalized = new Map<string, LocalEntity | null>();

  const addEntity = (entity: Pick<Entity, "name" | "type" | "aliases" | "kind" | "mentions">) => {
    const forms = unique([entity.name, ...entity.aliases].map(squash).filter((f) => f !== ""));
    const rejected =
      corrections && corrections.size > 0 && entity.type === "Person"
        ? corrections.rejected(personId(entityKey(entity.name, "Person")), article.sourceKey)
        : undefined;
    const natural = index.resolve(entity.type, entity.name, entity.aliases, id, graph.entities, rejected);
    // A merged-away name can also resolve straight to its target by alias (the target holds its forms):
    // the correction still claims it, so that an undo takes it back.
    const ownId =
      entity.type === "Person"
        ? personId(entityKey(entity.name, "Person"))
        : organizationId(entityKey(entity.name, "Organization"));
    const redirect =
      corrections?.redirect(natural.id, article.sourceKey, id, squash(entity.name)) ??
      (ownId !== natural.id ? corrections?.redirect(ownId, article.sourceKey, id, squash(entity.name)) : undefined);
    const resolution = redirect
      ? {
          id: redirect.id,
          how: redirect.how,
          name: redirect.name,
          before: natural.how,
          correction: redirect.correction,
        }
      : { ...natural, before: null, correction: null };
    const spans = entity.mentions
      ? entity.mentions.map((span) => checkSpan(span.start, span.end, text, `entity "${entity.name}" mention`))
      : findForms(text, forms);
    // A corrected entity keeps a mention of its own even when its node is one the article names
    // otherwise too, so that undoing the correction moves exactly its edges back.
    const localKey = `${resolution.id}|${resolution.correction ?? ""}`;
    let local = entities.get(localKey);
    if (!local) {
      local = {
        id: resolution.id,
        label: entity.type,
        correction: resolution.correction,
        row: {
          id: resolution.id,
          label: entity.type,
          name: squash(resolution.name ?? entity.name),
          kind: entity.kind ?? null,
          forms: [],
        },
        mention: {
          entity: resolution.id,
          label: entity.type,
          article: id,
          count: 0,
          spans: [],
          forms: [],
          resolution: resolution.how,
          ...(resolution.correction ? { correction: resolution.correction, before: resolution.before } : {}),
          ...("possible" in resolution && resolution.possible ? { possible: resolution.possible } : {}),
        },
      };
      entities.set(localKey, local);
    } else if (!local.mention.resolution.split("; ").includes(resolution.how)) {
      local.mention.resolution += `; ${resolution.how}`;
    }
    local.row.kind ??= entity.kind ?? null;
    local.row.forms = unique([...local.row.forms, ...forms]);
    local.mention.forms = local.row.forms;
    local.mention.spans = mergeSpans(local.mention.spans, spans);
    local.mention.count = local.mention.spans.length / 2;
    for (const form of forms) {
      if (!byName.has(form)) byName.set(form, local);
      const key = `${entity.type}|${nameKey(form)}`;
      const seen = byNormalized.get(key);
      byNormalized.set(key, seen === undefined || seen === local ? local : null);
    }
    return local;
  };

  /** Each graph entity's node, by its index in `graph.entities` (extraction output names its entities by index). */
  const byIndex = graph.entities.map((entity) => addEntity(entity));

  /** The entity at an index the graph gives, else the one the name stands for in this article. */
  const entityAt = (index: number | undefined, name: string, label?: EntityLabel): LocalEntity | undefined => {
    const indexed = index === undefined ? undefined : byIndex[index];
    return indexed && (!label || indexed.label === label) ? indexed : lookup(name, label);
  };

  const lookup = (name: string, label?: EntityLabel): LocalEntity | undefined => {
    const exact = byName.get(squash(name));
    if (exact && (!label || exact.label === label)) return exact;
    const labels: EntityLabel[] = label ? [label] : ["Person", "Organization"];
    const found = labels.map((l) => byNormalized.get(`${l}|${nameKey(name)}`)).filter((e) => e);
    return found.length === 1 ? (found[0] ?? undefined) : undefined;
  };

  const claims: ArticleRows["claims"] = [];
  const said: ClaimEdgeRow[] = [];
  const about: ClaimEdgeRow[] = [];
  const via: ClaimEdgeRow[] = [];
  const anonymous = new Map<string, ArticleRows["anonymous"][number]>();
  const seenClaims = new Set<string>();

  graph.claims.forEach((claim, n) => {
    const where = `claim ${n + 1}`;
    checkSpan(claim.start, claim.end, text, where);
    const cut = text.slice(claim.start, claim.end);
    if (cut !== claim.text) {
      throw new IngestError(
        `${where}: its text does not match its offsets ${claim.start}–${claim.end} ("${preview(claim.text)}" vs "${preview(cut)}").`,
        "The document graph was made from another version of the text; extract it again.",
      );
    }
    const cid = claimId(id, claim.start, claim.end);
    if (seenClaims.has(cid)) {
      warnings.push(`${where}: same span as an earlier claim, skipped`);
      return;
    }
    seenClaims.add(cid);
    const speaker = speakerOf(claim, (name) => entityAt(claim.speaker_entity, name), id, anonymous, warnings, where);
    claims.push({
      id: cid,
      article: id,
      text: claim.text,
      kind: claim.kind,
      cue: claim.cue ?? null,
      anonymous: speaker?.anonymous ?? false,
      start: claim.start,
      end: claim.end,
      ...optionalSpan("cue", claim.cue_start, claim.cue_end, text, where),
      ...optionalSpan("speaker", claim.speaker_start, claim.speaker_end, text, where),
    });
    if (speaker) said.push({ claim: cid, entity: speaker.id, label: speaker.label, ...tag(speaker.correction) });
    const aboutIndexes = claim.about_entities?.length === claim.about.length ? claim.about_entities : undefined;
    const seenNames = new Set<string>();
    for (const [k, name] of claim.about.entries()) {
      if (seenNames.has(name)) continue;
      seenNames.add(name);
      const target = entityAt(aboutIndexes?.[k], name);
      if (target) about.push({ claim: cid, entity: target.id, label: target.label, ...tag(target.correction) });
      else warnings.push(`${where}: about "${name}" is not an entity of the article, skipped`);
    }
    if (typeof claim.via === "string" && claim.via.trim() !== "") {
      const outlet =
        entityAt(claim.via_entity, claim.via, "Organization") ??
        addEntity({ name: squash(claim.via), type: "Organization", kind: "media", aliases: [] });
      via.push({ claim: cid, entity: outlet.id, label: "Organization", ...tag(outlet.correction) });
    }
  });

  const affiliations: ArticleRows["affiliations"] = [];
  const seenAffiliations = new Set<string>();
  for (const affiliation of graph.affiliations) {
    const person = entityAt(affiliation.person_entity, affiliation.person, "Person");
    const organization = entityAt(affiliation.organization_entity, affiliation.organization, "Organization");
    if (!person || !organization) {
      warnings.push(`affiliation ${affiliation.person} → ${affiliation.organization}: not both entities, skipped`);
      continue;
    }
    const key = `${person.id}|${organization.id}`;
    if (seenAffiliations.has(key)) continue;
    seenAffiliations.add(key);
    affiliations.push({
      person: person.id,
      organization: organization.id,
      role: affiliation.role ?? null,
      former: affiliation.former ?? false,
      articleId: id,
      ...tag(person.correction),
    });
  }

  const sortedEntities = [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const anonymousRows = [...anonymous.values()];
  const mentions: MentionRow[] = [
    ...sortedEntities.map((e) => e.mention),
    ...anonymousRows.map((a) => anonymousMention(a, claims, said)),
  ];
  return {
    article: {
      id,
      sourceKey: article.sourceKey,
      props: {
        sourceKey: article.sourceKey,
        title: article.title ?? null,
        source: article.source ?? null,
        url: article.url ?? null,
        authors: article.authors && article.authors.length > 0 ? [...article.authors] : null,
        publishedAt: article.publishedAt ?? null,
        text,
        extractorVersion,
      },
    },
    entities: sortedEntities.map((e) => e.row),
    anonymous: anonymousRows,
    mentions,
    claims,
    said,
    about: dedupeEdges(about),
    via: dedupeEdges(via),
    affiliations,
    warnings,
  };
}

type Speaker = { id: string; label: EntityLabel; anonymous: boolean; correction: string | null };

function speakerOf(
  claim: Claim,
  lookup: (name: string) => LocalEntity | undefined,
  article: string,
  anonymous: Map<string, ArticleRows["anonymous"][number]>,
  warnings: string[],
  where: string,
): Speaker | null {
  if (claim.speaker === null && !claim.anonymous) return null;
  if (claim.speaker !== null && !claim.anonymous) {
    const entity = lookup(claim.speaker);
    if (entity) return { id: entity.id, label: entity.label, anonymous: false, correction: entity.correction };
    warnings.push(`${where}: speaker "${claim.speaker}" is not an entity of the article, kept as an unnamed source`);
  }
  const description = squash(claim.speaker ?? "") || "unnamed source";
  const id = anonymousId(article, nameKey(description) || "unnamed source");
  if (!anonymous.has(id)) anonymous.set(id, { id, name: description, articleId: article });
  return { id, label: "Person", anonymous: true, correction: null };
}

/** An unnamed source is mentioned where its claims name it. */
function anonymousMention(
  anonymous: ArticleRows["anonymous"][number],
  claims: ArticleRows["claims"],
  said: ClaimEdgeRow[],
): MentionRow {
  const mine = new Set(said.filter((s) => s.entity === anonymous.id).map((s) => s.claim));
  let spans: number[] = [];
  for (const claim of claims) {
    if (mine.has(claim.id) && claim.speakerStart !== null && claim.speakerEnd !== null) {
      spans = mergeSpans(spans, [[claim.speakerStart, claim.speakerEnd]]);
    }
  }
  return {
    entity: anonymous.id,
    label: "Person",
    article: anonymous.articleId,
    count: spans.length / 2,
    spans,
    forms: [anonymous.name],
    resolution: "unnamed source",
  };
}

function checkSpan(start: number, end: number, text: string, where: string): [number, number] {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
    throw new IngestError(
      `${where}: offsets ${start}–${end} are outside the text (${text.length} characters).`,
      "The document graph was made from another version of the text; extract it again.",
    );
  }
  return [start, end];
}

function optionalSpan<P extends "cue" | "speaker">(
  prefix: P,
  start: number | null | undefined,
  end: number | null | undefined,
  text: string,
  where: string,
): Record<`${P}Start` | `${P}End`, number | null> {
  const both = typeof start === "number" && typeof end === "number";
  if (both) checkSpan(start, end, text, `${where} ${prefix}`);
  return { [`${prefix}Start`]: both ? start : null, [`${prefix}End`]: both ? end : null } as Record<
    `${P}Start` | `${P}End`,
    number | null
  >;
}

/** Where the forms occur as whole words, longest first, without overlaps (when the graph gives no mentions). */
export function findForms(text: string, forms: readonly string[]): [number, number][] {
  const taken: [number, number][] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    if (form.length < 2) continue;
    let from = 0;
    for (;;) {
      const at = text.indexOf(form, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + form.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
    }
  }
  return taken;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** Flat sorted [s0, e0, …] with duplicates removed. */
function mergeSpans(flat: number[], more: [number, number][]): number[] {
  const pairs = new Map<string, [number, number]>();
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.set(`${flat[i]}:${flat[i + 1]}`, [flat[i] ?? 0, flat[i + 1] ?? 0]);
  for (const [s, e] of more) pairs.set(`${s}:${e}`, [s, e]);
  return [...pairs.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]).flat();
}

function dedupeEdges(edges: ClaimEdgeRow[]): ClaimEdgeRow[] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const key = `${e.claim}|${e.entity}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A correction's id on a row only when there is one (rows without corrections stay as they were). */
const tag = (correction: string | null) => (correction ? { correction } : {});

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** A name as one line: a form broken across lines in the text is the same form. */
const squash = (name: string) => name.replace(/\s+/g, " ").trim();

const preview = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
