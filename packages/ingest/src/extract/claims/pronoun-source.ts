import { PRONOUNS } from "../lexicon/function-words.js";
import type { SpeakerRef } from "./types.js";

/**
 * The description of a source that is only a pronoun nobody could resolve ("they said", "I think",
 * "it recommended"): the claim has a source, just not a named one, so it is an unnamed source
 * described by the pronoun rather than a claim with no source at all (`speaker: null`).
 */
export function unresolvedPronoun(text: string, speaker: SpeakerRef | null): string | undefined {
  if (!speaker || speaker.cluster !== undefined || speaker.anonymous !== undefined) return undefined;
  const form = text.slice(speaker.start, speaker.end);
  return PRONOUNS.get(form.toLowerCase()) ? form : undefined;
}
