/** Claim rows as a JSON document with what it was exported from. Pure. */
import type { ClaimRow } from "./rows.js";

export interface ClaimsExport {
  kind: "claimgraph.claims";
  title: string;
  exportedAt: string;
  count: number;
  claims: Array<Omit<ClaimRow, "speakers"> & { speaker: string; speakers: string[] }>;
}

export function toClaimsJson(rows: ClaimRow[], title: string, now: Date): string {
  const doc: ClaimsExport = {
    kind: "claimgraph.claims",
    title,
    exportedAt: now.toISOString(),
    count: rows.length,
    claims: rows.map((r) => ({ ...r, speaker: r.speakers.join("; ") })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
