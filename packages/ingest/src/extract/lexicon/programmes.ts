/**
 * Broadcast programmes that political news names as where something was said ("told NBC's “Meet the
 * Press”", "on CBS's “Face the Nation”", "a guest on “Morning Joe”"). A programme is a work, not an actor:
 * its words name no organization ("Press", "Nation", "State", "Union") and no person ("Joe"). Matched
 * case-sensitively, word by word (`programmeAt`). Programmes named after their host ("Anderson Cooper 360")
 * are left out: the host's name is the person's.
 */
const PROGRAMMES: readonly string[] = [
  "Meet the Press",
  "Face the Nation",
  "State of the Union Address",
  "State of the Union address",
  "State of the Union",
  "Fox News Sunday",
  "Fox and Friends",
  "Fox & Friends",
  "Good Morning America",
  "Saturday Night Live",
  "The Celebrity Apprentice",
  "Celebrity Apprentice",
  "The Apprentice",
  "Morning Joe",
  "Hardball",
  "The View",
  "The Daily Show",
  "The Tonight Show",
  "Tonight Show",
  "The Late Show",
  "Late Show",
  "Last Week Tonight",
  "The Kelly File",
  "Kelly File",
  "The O'Reilly Factor",
  "O'Reilly Factor",
  "Squawk Box",
];

/** Programme names as token texts, longest first, by their first word. */
const BY_FIRST_WORD = new Map<string, string[][]>();
for (const name of [...PROGRAMMES].sort((a, b) => b.length - a.length)) {
  const words = name.split(" ");
  const first = words[0] as string;
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), words]);
}

/** Where a programme's name that starts at token `i` ends (exclusive), or -1. */
export function programmeAt(tokens: readonly { text: string }[], i: number): number {
  const candidates = BY_FIRST_WORD.get(tokens[i]?.text ?? "");
  if (!candidates) return -1;
  for (const words of candidates) if (words.every((w, k) => tokens[i + k]?.text === w)) return i + words.length;
  return -1;
}
