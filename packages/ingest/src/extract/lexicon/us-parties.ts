/**
 * The two US parties by the words American news uses for them: the party's name, a member ("a Republican of
 * Kansas", "the committee's top Democrat"), its members ("Republicans were quick to pounce"), AP's letter
 * ("R-Tenn.") and its adjective ("the Democratic nomination", "Democratic candidate X"). One list the party
 * notation, the plurals and the appositives all read.
 */
export const US_PARTIES: readonly {
  name: string;
  member: string;
  members: string;
  letter: string;
  adjective: string;
}[] = [
  { name: "Democratic Party", member: "Democrat", members: "Democrats", letter: "D", adjective: "Democratic" },
  { name: "Republican Party", member: "Republican", members: "Republicans", letter: "R", adjective: "Republican" },
];

/** The US party a word names ("Republican", "Democrats", "R", "Democratic"), by the field `by`, or undefined. */
export function usPartyBy(by: "member" | "members" | "letter" | "adjective", word: string): string | undefined {
  return US_PARTIES.find((p) => p[by] === word)?.name;
}

/** The plural a US party's members go by ("Republicans" for the Republican Party), or undefined. */
export function usPartyMembers(name: string): string | undefined {
  return US_PARTIES.find((p) => p.name === name)?.members;
}
