import { nameKey } from "@claimgraph/schema";

/**
 * Presidents of the United States, by surname → the first names they go by. World knowledge the news
 * takes for granted: "President Clinton" beside Bill and Hillary Clinton is Bill, "President Obama"
 * beside Michelle and Barack Obama is Barack, "President Bush" is neither Jeb nor Barbara
 * (entities/resolve.ts: only a preference among the people an article names, never a person of its
 * own); and "President" alone is the United States' office only for them (affiliations/default-office.ts:
 * "President Vladimir Putin" is not). Before 1945, the presidents history pieces name.
 */
const PRESIDENTS: Record<string, readonly string[]> = {
  washington: ["george"],
  adams: ["john"],
  jefferson: ["thomas"],
  madison: ["james"],
  monroe: ["james"],
  jackson: ["andrew"],
  polk: ["james"],
  lincoln: ["abraham"],
  grant: ["ulysses"],
  mckinley: ["william"],
  taft: ["william"],
  wilson: ["woodrow"],
  harding: ["warren"],
  coolidge: ["calvin"],
  hoover: ["herbert"],
  roosevelt: ["franklin", "theodore", "teddy"],
  truman: ["harry"],
  eisenhower: ["dwight"],
  kennedy: ["john"],
  johnson: ["lyndon", "andrew"],
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
