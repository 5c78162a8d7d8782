import type { DocumentGraph } from "@claimgraph/schema";
import { type GumGoldRecord, gumToGold } from "../eval/gum.js";
import { scoreDataset } from "../eval/score-dataset.js";
import type { TaggerModel } from "../extract/entities/tagger/model.js";
import { extractDocument } from "../extract/extract-document.js";

/** Margins tried for tentative organizations (undefined: none is tentative). */
export const ORG_MARGIN_GRID = [undefined, 10, 15, 20, 25, 30, 35, 40] as const;

/**
 * Chooses the model's `orgMinMargin` on the development documents: the margin under which a
 * tagged organization is tentative (reported only when a claim or affiliation uses it) that gives
 * the best organization F1 of the whole extraction; the smallest such margin on a tie.
 */
export function calibrateOrgMargin(
  model: TaggerModel,
  dev: readonly GumGoldRecord[],
): { orgMinMargin: number | undefined; orgF1: number; tried: { margin: number | null; orgF1: number }[] } {
  const golds = dev.map(gumToGold);
  let best: { orgMinMargin: number | undefined; orgF1: number } = { orgMinMargin: undefined, orgF1: -1 };
  const tried: { margin: number | null; orgF1: number }[] = [];
  for (const margin of ORG_MARGIN_GRID) {
    const candidate: TaggerModel = { ...model };
    if (margin === undefined) delete candidate.orgMinMargin;
    else candidate.orgMinMargin = margin;
    const predicted: DocumentGraph[] = dev.map((r) =>
      extractDocument({ id: r.id, text: r.text, origin: r.id, format: "text" }, { tagger: candidate }),
    );
    const orgF1 = scoreDataset(predicted, golds).rows.org?.f1 ?? 0;
    tried.push({ margin: margin ?? null, orgF1: Number(orgF1.toFixed(4)) });
    if (orgF1 > best.orgF1 + 1e-9) best = { orgMinMargin: margin, orgF1 };
  }
  return { ...best, tried };
}
