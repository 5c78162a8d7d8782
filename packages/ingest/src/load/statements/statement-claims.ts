import type { DisputeClaim } from "../../statements/disputes.js";
import { type Fingerprint, fingerprint } from "../../statements/fingerprint.js";
import { speakerKey } from "../../statements/speaker-key.js";
import type { ArticleRows } from "../rows.js";
import type { Report } from "./tally.js";

/** One claim as the statement stage sees it: its wording's fingerprint and what dispute detection needs. */
export interface StatementClaim {
  claim: string;
  article: string;
  publishedAt: string | null;
  outlet: string | null;
  fingerprint: Fingerprint;
  dispute: DisputeClaim;
}

/** The claims of one article's rows, in text order (pure). */
export function statementClaims(rows: ArticleRows): StatementClaim[] {
  const { article } = rows;
  const text = article.props.text;
  const speakerOf = new Map(rows.said.map((s) => [s.claim, s.entity]));
  const names = new Map<string, { name: string; media: boolean }>();
  for (const e of rows.entities) names.set(e.id, { name: e.name, media: e.kind === "media" });
  for (const a of rows.anonymous) names.set(a.id, { name: a.name, media: false });
  return rows.claims.map((claim) => {
    const speaker = speakerOf.get(claim.id) ?? null;
    const known = speaker ? names.get(speaker) : undefined;
    const from = Math.min(claim.start, claim.cueStart ?? claim.start);
    const to = Math.max(claim.end, claim.cueEnd ?? claim.end);
    return {
      claim: claim.id,
      article: article.id,
      publishedAt: article.props.publishedAt,
      outlet: article.props.source,
      fingerprint: fingerprint(claim.text, speakerKey(speaker)),
      dispute: {
        id: claim.id,
        articleId: article.id,
        text: claim.text,
        cue: claim.cue,
        speaker,
        speakerName: known?.name ?? null,
        speakerIsMedia: known?.media ?? false,
        context: text.slice(from, to),
        publishedAt: article.props.publishedAt,
        outlet: article.props.source,
      },
    };
  });
}

/** The report a claim makes of the statement it joins, `order`-th in loading order (the tally's input). */
export function reportOf(claim: StatementClaim, order: number): Report {
  return { claim: claim.claim, article: claim.article, outlet: claim.outlet, publishedAt: claim.publishedAt, order };
}
