import type { Gender } from "../lexicon/first-names.js";

export type EntityKind = "Person" | "Organization";

/** One place in the text that names (or describes) an entity. */
export interface Mention {
  start: number;
  end: number;
  /** The surface form as written, titles included ("President Trump"). */
  text: string;
  /** The name without titles ("Trump"). */
  name: string;
  /** Token index range of the name part [first, last). */
  first: number;
  last: number;
  type: EntityKind | "Unknown";
  /** Organization kind ("country", "media", ...). */
  kind?: string;
  /** Title or role written in front ("president", "secretary of state"). */
  title?: string;
  /** Country named by a nationality adjective in front of the title ("Russian Ambassador"). */
  titleCountry?: string;
  cluster: number;
  /** What the entity tagger said about this name: a type, or "O" (not a name) when it tagged none. */
  tagged?: "PER" | "ORG" | "LOC" | "O";
  /**
   * The tagger was not sure of this organization, or of this person with no title and no known
   * first name (a low margin over O): an entity made only of such mentions is reported only when a
   * claim or an affiliation uses it, like a country.
   */
  tentative?: boolean;
  /** The nickname a person's mention holds in quotes ("Teresita “Tessie” Buenaventura" → "Tessie"). */
  nickname?: string;
}

/** A within-document entity: all mentions that refer to the same person or organization. */
export interface Cluster {
  id: number;
  type: EntityKind;
  kind?: string;
  name: string;
  /** Every surface form seen, canonical name included. */
  forms: Set<string>;
  mentions: Mention[];
  gender: Gender;
  /** Titles seen with this entity, lowercase ("president"). */
  titles: Set<string>;
  firstName?: string;
  lastName?: string;
  /** Countries: only reported when they take part in a claim or an affiliation. */
  country?: boolean;
  /** Set when something (a claim, an affiliation) uses this entity. */
  used?: boolean;
  /**
   * Nouns the article introduced this organization with ("its Montreal studio, Lanternfish Games",
   * "Friends of Eastfield Library, a volunteer group"): "the studio" later stands for it.
   */
  introducedAs?: Set<string>;
  /** The nouns of those introductions that follow its name's comma ("Chaiyaphruek Construction, the … company"). */
  appositiveAs?: Set<string>;
}
