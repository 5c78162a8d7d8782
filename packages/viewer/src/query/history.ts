/** The Cypher history: most recent first, no duplicates, bounded. Pure. */
export const HISTORY_SIZE = 30;

export function remember(history: string[], query: string): string[] {
  const q = query.trim();
  if (!q) return history;
  return [q, ...history.filter((h) => h !== q)].slice(0, HISTORY_SIZE);
}

/** Reads a stored history, ignoring anything that is not a list of strings. */
export function parseHistory(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").slice(0, HISTORY_SIZE) : [];
  } catch {
    return [];
  }
}
