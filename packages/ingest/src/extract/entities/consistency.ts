import type { Mention } from "./types.js";

/**
 * One type per name in a document: the tagger types each occurrence on its own, so "Trump" may
 * come out a person in one sentence and an organization in another ("the Trump administration").
 * Every tagged occurrence votes for its type, a person's full name (however it was typed)
 * votes "person" twice for its surname (one "Bob McDonnell" against two "McDonnell" the tagger read as
 * an organization is no tie), and each tagged mention takes its name's majority type (a tie keeps its own).
 * Mentions typed by lexicons (known organizations, countries) are left alone.
 */
export function unifyTaggedTypes(mentions: Mention[]): void {
  const votes = new Map<string, { person: number; org: number }>();
  const vote = (name: string, type: "Person" | "Organization", weight = 1) => {
    const v = votes.get(name) ?? { person: 0, org: 0 };
    if (type === "Person") v.person += weight;
    else v.org += weight;
    votes.set(name, v);
  };
  for (const m of mentions) {
    const words = m.name.split(" ");
    if (m.type === "Person" && words.length >= 2) vote(words.at(-1) as string, "Person", 2);
    if (m.tagged !== "PER" && m.tagged !== "ORG") continue;
    vote(m.name, m.type === "Person" ? "Person" : "Organization");
  }
  for (const m of mentions) {
    if (m.tagged !== "PER" && m.tagged !== "ORG") continue;
    const v = votes.get(m.name);
    if (!v || v.person === v.org) continue;
    const type = v.person > v.org ? "Person" : "Organization";
    if (type === m.type) continue;
    m.type = type;
    m.tagged = type === "Person" ? "PER" : "ORG";
    if (type === "Person") {
      delete m.kind;
      delete m.tentative;
    } else m.kind = "organization";
  }
}
