/**
 * The speaker as statement grouping compares it across articles: the speaker's node id after
 * cross-article resolution, except that article-scoped ids lose their article, so that the same
 * utterance attributed to "Trump" kept in two articles, or to "a senior official" in two outlets,
 * can still meet ("person:trump@<article>" → "person:trump", "anon:<article>:<description>" →
 * "anon:<description>"). A claim with no speaker has the key "none".
 */
export const NO_SPEAKER = "none";

export function speakerKey(speakerId: string | null | undefined): string {
  if (!speakerId) return NO_SPEAKER;
  const scoped = speakerId.indexOf("@");
  if (speakerId.startsWith("person:") && scoped > 0) return speakerId.slice(0, scoped);
  if (speakerId.startsWith("anon:")) {
    const rest = speakerId.slice("anon:".length);
    const colon = rest.indexOf(":");
    return colon >= 0 ? `anon:${rest.slice(colon + 1)}` : speakerId;
  }
  return speakerId;
}
