import { nameKey } from "@claimgraph/schema";

/**
 * Presidents of the United States since 1945, by surname → the first names they go by. World
 * knowledge the news takes for granted: "President Clinton" beside Bill and Hillary Clinton is Bill,
 * "President Obama" beside Michelle and Barack Obama is Barack, "President Bush" is neither Jeb nor
 * Barbara. Only a preference among the people an article names (entities/resolve.ts), never a person
 * of its own.
 */
const PRESIDENTS: Record<string, readonly string[]> = {
  truman: ["harry"],
  eisenhower: ["dwight"],
  kennedy: ["john"],
  johnson: ["lyndon"],
  nixon: ["richard"],
  ford: ["gerald"],
  carter: ["jimmy", "james"],
  reagan: ["ronald"],
  bush: ["george"],
  clinton: ["bill", "william"],
  obama: ["barack"],
  trump: ["donald"],
  biden: ["joe", "joseph"],
};

/** Whether a surname ("Obama", "clinton") is a president's. */
export function isPresidentSurname(word: string): boolean {
  return PRESIDENTS[nameKey(word)] !== undefined;
}

/** Whether a full name ("Bill Clinton", "George W. Bush", "Barack Hussein Obama") is a president's. */
export function isPresidentName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return false;
  const firstNames = PRESIDENTS[nameKey(words.at(-1) as string)];
  return firstNames?.includes(nameKey(words[0] as string)) ?? false;
}
