import type { ClaimKind } from "@claimgraph/schema";

/** Who a claim is attributed to, as found in the text. */
export interface SpeakerRef {
  /** The mention the claim is attributed to ("he", "Dunn", "a senior official"). */
  start: number;
  end: number;
  /** Resolved entity, when the mention names or refers to one. */
  cluster?: number;
  /** Description of an unnamed source ("senior European intelligence official"). */
  anonymous?: string;
}

export interface DraftClaim {
  start: number;
  end: number;
  kind: ClaimKind;
  cue?: { start: number; end: number };
  speaker: SpeakerRef | null;
  via?: number;
  continuation?: boolean;
  /** Rule that produced it, for debugging and tests. */
  rule: string;
}
