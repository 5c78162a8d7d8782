import type { ClaimKind } from "@claimgraph/schema";
import type { AnalyzedText } from "../document.js";

/** Who a claim is attributed to, as found in the text. */
export interface SpeakerRef {
  /** The mention the claim is attributed to ("he", "Dunn", "a senior official"). */
  start: number;
  end: number;
  /** Resolved entity, when the mention names or refers to one. */
  cluster?: number;
  /** Description of an unnamed source ("senior European intelligence official"). */
  anonymous?: string;
  /**
   * The source is a capitalized word the entity tagger did not read as a name ("Surety companies",
   * "Estimates show"): unnamed, but a subject as good as a name for the rules that want one.
   */
  capitalized?: boolean;
}

export interface DraftClaim {
  start: number;
  end: number;
  kind: ClaimKind;
  cue?: { start: number; end: number };
  speaker: SpeakerRef | null;
  via?: number;
  continuation?: boolean;
  /**
   * The speaker is given by the form itself, not inferred: a transcript's label ("PENCE: …"), a
   * quotation's credit line ("“…” ― Steve Quinlan"), the subject an anonymity aside describes ("A pilot
   * who asked not to be named … said"). The learned ranker leaves it alone.
   */
  fixedSpeaker?: boolean;
  /** Rule that produced it, for debugging and tests. */
  rule: string;
}

/**
 * What every reported-speech rule reads and writes while one document is scanned: the text, the
 * tokens already inside attributed quotes (`mask`), the quotes that end a content span, the unnamed
 * sources seen so far, and the claims found.
 */
export interface ClaimScan {
  doc: AnalyzedText;
  mask: Uint8Array;
  stopAtQuotes: Set<number>;
  anon: Map<string, SpeakerRef>;
  claims: DraftClaim[];
}
