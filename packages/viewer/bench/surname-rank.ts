/**
 * What `pnpm eval:search` asks of each most-quoted person: the word a reader would type (the
 * surname: the name's last word, leaving out suffixes such as "Jr.") and where the person's node
 * stands among the search hits for it. Pure.
 */
const SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  while (words.length > 1 && SUFFIXES.has((words.at(-1) as string).toLowerCase())) words.pop();
  return (words.at(-1) ?? "").replace(/,$/, "");
}

/** 1-based rank of `id` among the hits' ids; 0 when it is not among them. */
export function rankOf(hits: readonly { id: string }[], id: string): number {
  return hits.findIndex((h) => h.id === id) + 1;
}
