/** The one snapshot version: of the document (schema.ts) and of the explorer state it carries (explorer-state.ts). */
export const SNAPSHOT_VERSION = 1 as const;
export const SNAPSHOT_KIND = "claimgraph.snapshot" as const;
